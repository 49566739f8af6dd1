import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type HostLimit, hostWarnings, type SiteFootprint, siteFootprint } from "../../src/publish/host-limits.ts";

const SMALL: HostLimit[] = [
  { host: "Tiny Pages (free plan)", files: 3, fileBytes: 10, source: "https://tiny.example/limits" },
  { host: "Folder Host", perFolder: 2, source: "https://folders.example/limits" },
  { host: "Small Host", siteBytes: 1000, source: "https://small.example/limits" },
];

describe("siteFootprint", () => {
  it("counts the files, their bytes, the biggest file and the fullest folder", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-footprint-"));
    try {
      await mkdir(path.join(dir, "stories", "a"), { recursive: true });
      await mkdir(path.join(dir, "stories", "b"), { recursive: true });
      await mkdir(path.join(dir, "stories", "c"), { recursive: true });
      await writeFile(path.join(dir, "index.html"), "12345");
      await writeFile(path.join(dir, "stories", "a", "index.html"), "123456789012");
      expect(siteFootprint(dir)).toEqual({
        files: 2,
        bytes: 17,
        largest: { file: path.join("stories", "a", "index.html"), bytes: 12 },
        fullest: { folder: "stories", entries: 3 },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("hostWarnings", () => {
  const within: SiteFootprint = {
    files: 3,
    bytes: 30,
    largest: { file: "index.html", bytes: 10 },
    fullest: { folder: ".", entries: 2 },
  };

  it("says nothing for a site within every limit", () => {
    expect(hostWarnings(within, SMALL)).toEqual([]);
  });

  it("names the host, each limit the site is over, what is over it, and where the host says so", () => {
    const over: SiteFootprint = {
      files: 4,
      bytes: 2000,
      largest: { file: "open-data/hub.json", bytes: 11 * 2 ** 20 },
      fullest: { folder: "stories", entries: 3 },
    };
    expect(hostWarnings(over, SMALL)).toEqual([
      "Tiny Pages (free plan) takes at most 3 files in a site; this one has 4, and files of at most 10 bytes; open-data/hub.json is 11.0 MiB: a deploy there would fail (https://tiny.example/limits).",
      "Folder Host takes at most 2 files in one folder; stories/ has 3: a deploy there would fail (https://folders.example/limits).",
      "Small Host takes sites of at most 1,000 bytes; this one is 2,000 bytes: a deploy there would fail (https://small.example/limits).",
    ]);
  });

  it("warns about Cloudflare Pages' free plan at 20,001 files and Netlify at 54,001 entries in a folder", () => {
    const big = { ...within, files: 20_001, fullest: { folder: "stories", entries: 54_001 } };
    const warnings = hostWarnings(big);
    expect(warnings[0]).toMatch(
      /^Cloudflare Pages \(free plan\) takes at most 20,000 files in a site; this one has 20,001/,
    );
    expect(warnings[1]).toMatch(/^Netlify takes at most 54,000 files in one folder; stories\/ has 54,001/);
    expect(warnings).toHaveLength(2);
  });
});
