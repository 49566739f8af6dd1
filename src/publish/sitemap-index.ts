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
 * lists more than `limit` addresses: `sitemap-1.xml`, `sitemap-2.xml`... of up to `limit` each,
 * in the same order, and `sitemap.xml` as the index naming them at `root` (the site's public
 * address, ending in `/`). The index keeps the address robots.txt and search consoles already
 * know. Undefined when the sitemap is small enough to stay one file.
 */
export function splitSitemap(xml: string, root: string, limit = SITEMAP_URL_LIMIT): SitemapFile[] | undefined {
  const entries = xml.match(/<url>[\s\S]*?<\/url>/g) ?? [];
  if (entries.length <= limit) return undefined;
  const open = /^[\s\S]*?<urlset[^>]*>/.exec(xml)?.[0];
  if (!open) throw new Error("sitemap.xml has no <urlset>; content/sitemap.njk must write one");
  const parts: SitemapFile[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    const list = entries.slice(start, start + limit).map((entry) => `  ${entry}`);
    parts.push({ name: `sitemap-${parts.length + 1}.xml`, text: `${open}\n${list.join("\n")}\n</urlset>\n` });
  }
  const index = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map(({ name }) => `  <sitemap><loc>${root}${name}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
  return [{ name: "sitemap.xml", text: index }, ...parts];
}

/** Splits `<siteDir>/sitemap.xml` in place when it is over the limit; returns how many sitemap files it now makes. */
export async function splitSitemapFile(siteDir: string, root: string, limit = SITEMAP_URL_LIMIT): Promise<number> {
  const file = path.join(siteDir, "sitemap.xml");
  const files = splitSitemap(await readFile(file, "utf8"), root, limit);
  if (!files) return 1;
  await Promise.all(files.map(({ name, text }) => writeFile(path.join(siteDir, name), text)));
  return files.length - 1;
}
