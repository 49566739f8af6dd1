/** Longest slug made from a title: long enough to read, short enough to share. */
const MAX_LENGTH = 60;

/**
 * An id or page address from a title: lower-case ASCII letters and digits joined by single
 * hyphens, accents dropped, apostrophes removed, cut at a word boundary. Throws when nothing
 * usable is left (a title of only punctuation or of a script without Latin letters).
 * @example slugify("Gypsy Rose Blanchard's release: what's next?") // "gypsy-rose-blanchards-release-whats-next"
 */
export function slugify(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH && slug) break;
    slug = next.slice(0, MAX_LENGTH);
  }
  if (!slug) throw new Error(`"${title}" has no letters or digits to make an id from; give a title in words`);
  return slug;
}
