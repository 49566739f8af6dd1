import transliterateToSlug from "@sindresorhus/slugify";

/** Longest slug made from a title: long enough to read, short enough to share. */
const MAX_LENGTH = 60;

/**
 * An id or page address from a title: lower-case ASCII letters and digits joined by single
 * hyphens, cut at a word boundary. Letters become their usual Latin spelling ("Łódź" → lodz,
 * "Straße" → strasse, "Søren's" → sorens, "я" → ya) through @sindresorhus/slugify, which knows
 * far more alphabets than a hand-written table would; "&" becomes "and". Throws when nothing usable
 * is left (a title of only punctuation, or of a script it cannot spell in Latin letters).
 * @example slugify("Gypsy Rose Blanchard's release: what's next?") // "gypsy-rose-blanchards-release-whats-next"
 */
export function slugify(title: string): string {
  const words = transliterateToSlug(title, {
    // A headline's "McDonald" or "iPhone" is one word, not two.
    decamelize: false,
    // The library spells ü the German way (ue). Spanish is the language US helplines offer most
    // after English, and its "bilingüe" should become bilingue, not bilinguee.
    customReplacements: [
      ["ü", "u"],
      ["Ü", "U"],
    ],
  })
    .split("-")
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
