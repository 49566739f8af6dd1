import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * One sitemap file may list at most 50,000 addresses (and be at most 50 MB uncompressed); a site
 * with more lists them in several files and names those in a sitemap index
 * (https://www.sitemaps.org/protocol.html#index,
 * https://developers.google.com/search/docs/crawling-indexing/sitemaps/large-sitemaps).
 */
export const SITEMAP_URL_LIMIT = 50_000;

/** A file to write beside the site's root: its name (`sitemap-2.xml`) and its text. */
export interface SitemapFile {
  name: string;
  text: string;
}

/**
 * The files that replace `sitemap.xml` (the template's, every address in one `<urlset>`) when it
 * lists more than `limit` addresses: `sitemap.xml` as the index naming the others at `root` (the
 * site's public address, ending in `/`), then `sitemap-1.xml`, `sitemap-2.xml`... of up to
 * `limit` addresses each, in the same order. The index keeps the address robots.txt and search
 * consoles already know. Undefined when the sitemap is small enough to stay one file. Each file's
 * text is made only when it is reached, so a writer holds one at a time: at 100,000 stories the
 * sitemap is tens of megabytes, and every part at once held that again.
 */
export function splitSitemap(xml: string, root: string, limit = SITEMAP_URL_LIMIT): Iterable<SitemapFile> | undefined {
  const entries = xml.match(/<url>[\s\S]*?<\/url>/g) ?? [];
  if (entries.length <= limit) return undefined;
  const open = /^[\s\S]*?<urlset[^>]*>/.exec(xml)?.[0];
  if (!open) throw new Error("sitemap.xml has no <urlset>; content/sitemap.njk must write one");
  const count = Math.ceil(entries.length / limit);
  const names = Array.from({ length: count }, (_, i) => `sitemap-${i + 1}.xml`);
  return (function* () {
    yield {
      name: "sitemap.xml",
      text: [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...names.map((name) => `  <sitemap><loc>${root}${name}</loc></sitemap>`),
        "</sitemapindex>",
        "",
      ].join("\n"),
    };
    for (const [i, name] of names.entries()) {
      const list = entries.slice(i * limit, (i + 1) * limit).map((entry) => `  ${entry}`);
      yield { name, text: `${open}\n${list.join("\n")}\n</urlset>\n` };
    }
  })();
}

/** Splits `<siteDir>/sitemap.xml` in place when it is over the limit; returns how many sitemap files it now makes. */
export async function splitSitemapFile(siteDir: string, root: string, limit = SITEMAP_URL_LIMIT): Promise<number> {
  const files = splitSitemap(await readFile(path.join(siteDir, "sitemap.xml"), "utf8"), root, limit);
  if (!files) return 1;
  let written = 0;
  // One file at a time, each dropped once written (see splitSitemap).
  for (const { name, text } of files) {
    await writeFile(path.join(siteDir, name), text);
    written++;
  }
  return written - 1;
}
