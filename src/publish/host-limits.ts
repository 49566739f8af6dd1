import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * What the hosts the hub is published on accept, from each host's own documentation. A build
 * over one of them still succeeds (the site is right, and may be published elsewhere); it warns,
 * naming the host and the limit, before a deploy fails on it.
 */
export interface HostLimit {
  host: string;
  /** Most files in the whole site. */
  files?: number;
  /** Most entries (files and folders) directly in one folder. */
  perFolder?: number;
  /** Largest single file, in bytes. */
  fileBytes?: number;
  /** Largest whole site, in bytes. */
  siteBytes?: number;
  /** The page that says so. */
  source: string;
}

export const HOST_LIMITS: readonly HostLimit[] = [
  {
    host: "Cloudflare Pages (free plan)",
    files: 20_000,
    fileBytes: 25 * 2 ** 20,
    source: "https://developers.cloudflare.com/pages/platform/limits/",
  },
  {
    host: "Cloudflare Pages (paid plans)",
    files: 100_000,
    fileBytes: 25 * 2 ** 20,
    source: "https://developers.cloudflare.com/pages/platform/limits/",
  },
  { host: "Netlify", perFolder: 54_000, source: "https://docs.netlify.com/site-deploys/overview/" },
  {
    host: "GitHub Pages",
    siteBytes: 2 ** 30,
    source: "https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits",
  },
];

/** What a built site amounts to, for comparing with hosts' limits. */
export interface SiteFootprint {
  files: number;
  bytes: number;
  /** The biggest file, relative to the site's folder. */
  largest: { file: string; bytes: number };
  /** The folder with most entries directly in it, relative to the site's folder (`.` for the root). */
  fullest: { folder: string; entries: number };
}

/**
 * Measures the site in `dir`, a folder at a time: at 50,000 stories the whole listing at once
 * (250,000 entries, and a path for each file) added a few hundred MB to the end of the build,
 * its peak (docs/performance.md). Synchronous: nothing else runs at that point of a build, and
 * Node's asynchronous calls (a directory handle and a `stat` promise per file, through libuv's
 * threads) cost over ten times the CPU and the time at 10,000 stories (docs/performance.md,
 * "Session 21").
 */
export function siteFootprint(dir: string): SiteFootprint {
  const footprint: SiteFootprint = {
    files: 0,
    bytes: 0,
    largest: { file: "", bytes: 0 },
    fullest: { folder: ".", entries: 0 },
  };
  const folders = [dir];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const entries = readdirSync(folder, { withFileTypes: true });
    if (entries.length > footprint.fullest.entries) {
      footprint.fullest = { folder: path.relative(dir, folder) || ".", entries: entries.length };
    }
    for (const entry of entries) {
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) folders.push(entryPath);
      else if (entry.isFile()) {
        const { size } = statSync(entryPath);
        footprint.files++;
        footprint.bytes += size;
        if (size > footprint.largest.bytes) footprint.largest = { file: path.relative(dir, entryPath), bytes: size };
      }
    }
  }
  return footprint;
}

/** One line for each host whose limit the site is over, naming the host, the limit and what to do. */
export function hostWarnings(site: SiteFootprint, limits: readonly HostLimit[] = HOST_LIMITS): string[] {
  const count = (n: number) => n.toLocaleString("en-US");
  const size = (bytes: number) =>
    bytes >= 2 ** 30
      ? `${(bytes / 2 ** 30).toFixed(1)} GiB`
      : bytes >= 2 ** 20
        ? `${(bytes / 2 ** 20).toFixed(1)} MiB`
        : `${count(bytes)} bytes`;
  const warnings: string[] = [];
  for (const limit of limits) {
    const over: string[] = [];
    if (limit.files !== undefined && site.files > limit.files) {
      over.push(`at most ${count(limit.files)} files in a site; this one has ${count(site.files)}`);
    }
    if (limit.perFolder !== undefined && site.fullest.entries > limit.perFolder) {
      over.push(
        `at most ${count(limit.perFolder)} files in one folder; ${site.fullest.folder}/ has ${count(site.fullest.entries)}`,
      );
    }
    if (limit.fileBytes !== undefined && site.largest.bytes > limit.fileBytes) {
      over.push(`files of at most ${size(limit.fileBytes)}; ${site.largest.file} is ${size(site.largest.bytes)}`);
    }
    if (limit.siteBytes !== undefined && site.bytes > limit.siteBytes) {
      over.push(`sites of at most ${size(limit.siteBytes)}; this one is ${size(site.bytes)}`);
    }
    if (over.length > 0) {
      warnings.push(`${limit.host} takes ${over.join(", and ")}: a deploy there would fail (${limit.source}).`);
    }
  }
  return warnings;
}
