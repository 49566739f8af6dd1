import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { splitSitemap, splitSitemapFile } from "../../src/publish/sitemap-index.ts";

const ROOT = "https://help.example.net/hub/";
const sitemap = (count: number) =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...Array.from({ length: count }, (_, i) => `  <url><loc>${ROOT}stories/s${i + 1}/</loc></url>`),
    "</urlset>",
  ].join("\n");
const parse = (xml: string) => new XMLParser().parse(xml);
const locs = (xml: string): string[] => [parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc);

describe("splitSitemap", () => {
  it("leaves a sitemap at the limit as one file", () => {
    expect(splitSitemap(sitemap(5), ROOT, 5)).toBeUndefined();
  });

  it("over the limit, lists every address once, in order, in files of at most the limit, named by an index at sitemap.xml", () => {
    const files = [...(splitSitemap(sitemap(12), ROOT, 5) ?? [])];
    expect(files.map((f) => f.name)).toEqual(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"]);
    const index = parse(files[0]?.text ?? "").sitemapindex;
    expect(index.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${ROOT}sitemap-1.xml`,
      `${ROOT}sitemap-2.xml`,
      `${ROOT}sitemap-3.xml`,
    ]);
    const parts = files.slice(1).map((f) => locs(f.text));
    expect(parts.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(parts.flat()).toEqual(locs(sitemap(12)));
  });

  it("writes the index and its files beside the site's root", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-sitemap-"));
    try {
      await writeFile(path.join(dir, "sitemap.xml"), sitemap(3));
      expect(await splitSitemapFile(dir, ROOT, 2)).toBe(2);
      expect((await readdir(dir)).sort()).toEqual(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"]);
      expect(await readFile(path.join(dir, "sitemap.xml"), "utf8")).toContain("<sitemapindex");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
