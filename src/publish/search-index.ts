import { createHash } from "node:crypto";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./search-records.ts";

/** Where the extra shards are listed, inside the first shard's folder; `content/assets/search.js` reads it. */
export const SHARDS_FILE = "shards.json";

/** One shard of the index: the folder it is written to, its records, and a key of both. */
export interface SearchShard {
  folder: string;
  records: SearchRecord[];
  /**
   * Changes whenever the shard's files could: its records, or `code` (what writes them). Pagefind
   * writes the same records into the same bytes (builds are byte-identical), so a shard whose key
   * a build already wrote can be taken from that build instead of indexed again.
   */
  key: string;
}

/** What `indexSearch` wrote. */
export interface IndexedSearch {
  pages: number;
  shards: number;
  /** Shards taken from an earlier build (`reuse`) instead of indexed again. */
  reused: number;
  /** Each shard's key, by its folder: what a later build compares its own keys with. */
  keys: Record<string, string>;
}

/**
 * `records` in shards of at most `shardSize` (`shardsOf`), each keyed by its records and `code`
 * (a hash of the code and locked packages, src/build/page-reuse.ts). The first shard is written to
 * `pagefind/`, the others to `pagefind-2/`, ...
 */
export function searchShards(records: readonly SearchRecord[], shardSize: number, code: string): SearchShard[] {
  return shardsOf(records, shardSize).map((list, i) => ({
    folder: i === 0 ? "pagefind" : `pagefind-${i + 1}`,
    records: list,
    key: createHash("sha256").update(code).update("\0").update(JSON.stringify(list)).digest("hex"),
  }));
}

/**
 * Builds the search index of a built site with Pagefind's Node API
 * (https://pagefind.app/docs/node-api/) from `shards` (`searchShards`), each into its folder of
 * `siteDir`, but for those `reuse` has already put there (a later build taking the shards whose
 * records did not change from the site it replaces: one story edited in a 10,000-story hub means
 * one shard indexed again, not all). Each shard's index is deleted from Pagefind's process once
 * written, before the next is built, so memory stays bounded however big the hub grows.
 * `pagefind/shards.json` lists the other shards, relative to the site root, for the browser to
 * merge. Result addresses start at the site's root; in the browser Pagefind takes the path
 * prefix from where its own script is served, so one index works under any prefix.
 */
export function indexSearch(
  siteDir: string,
  shards: SearchShard[],
  reuse: (shard: SearchShard) => Promise<boolean> = async () => false,
): Promise<IndexedSearch> {
  // Not async, so nothing keeps the records once they are shared out: each shard is let go when it
  // is written, and the index runs while the pages are rendered, so this lowers the build's peak.
  const keys = Object.fromEntries(shards.map((shard) => [shard.folder, shard.key]));
  const pages = shards.reduce((sum, shard) => sum + shard.records.length, 0);
  return writeShards(siteDir, shards, reuse).then((reused) => ({
    pages,
    shards: Object.keys(keys).length,
    reused,
    keys,
  }));
}

async function writeShards(
  siteDir: string,
  shards: SearchShard[],
  reuse: (shard: SearchShard) => Promise<boolean>,
): Promise<number> {
  const folders = shards.map((shard) => shard.folder);
  let reused = 0;
  try {
    for (let shard = shards.shift(); shard; shard = shards.shift()) {
      if (await reuse(shard)) reused += 1;
      else await buildShard(path.join(siteDir, shard.folder), shard.records);
    }
  } finally {
    // Pagefind runs as a separate process; without this the build would never exit.
    await pagefind.close();
  }
  const others = folders.slice(1).map((folder) => `${folder}/`);
  const list = path.join(siteDir, "pagefind", SHARDS_FILE);
  // Removed first: a reused first shard's files are links to the published site's, which writing
  // through the link would change in place.
  await rm(list, { force: true });
  await writeFile(list, `${JSON.stringify(others)}\n`);
  return reused;
}

/**
 * Shards of at most `shardSize` records, shard k holding every language's k-th equal share: in
 * the browser, Pagefind searches the index of the page's language in every shard it merges, and a
 * shard without it would answer in another language instead. Every page has its twin in every
 * language, so each shard holds each language.
 */
export function shardsOf(records: readonly SearchRecord[], shardSize: number): SearchRecord[][] {
  const byLanguage = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const list = byLanguage.get(record.language);
    if (list) list.push(record);
    else byLanguage.set(record.language, [record]);
  }
  const share = Math.max(1, Math.floor(shardSize / Math.max(1, byLanguage.size)));
  const count = Math.max(1, ...[...byLanguage.values()].map((list) => Math.ceil(list.length / share)));
  return Array.from({ length: count }, (_, k) =>
    [...byLanguage.values()].flatMap((list) => list.slice(k * share, (k + 1) * share)),
  );
}

async function buildShard(outputPath: string, records: readonly SearchRecord[]): Promise<void> {
  const created = await pagefind.createIndex({});
  const index = created.index;
  if (!index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: record.language,
        // The search page lists results with a line to call or text first (content/assets/search.js).
        // One filter with one value: Pagefind writes a filter's values, and its list of filters, in
        // a different order on every build, so more would break byte-identical builds.
        filters: record.call ? { help: ["line"] } : {},
        // Meta is strings only (https://pagefind.app/docs/metadata/); the button's parts go in one key each.
        meta: {
          title: record.title,
          description: record.description,
          ...(record.call
            ? {
                callHref: record.call.href,
                callLabel: record.call.label,
                ...(record.call.line ? { callLine: record.call.line } : {}),
              }
            : {}),
        },
      });
      if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    await sortLanguages(outputPath);
  } finally {
    // Not pagefind.close() per shard: it kills the process, which can still be writing the files
    // writeFiles reported written (seen under load: an empty pagefind-entry.json). Pagefind answers
    // deleteIndex only after it has finished with the index, so the files are whole by then.
    await index.deleteIndex();
  }
  await removeReadyMadeUi(outputPath);
}

/**
 * Pagefind lists an index's languages in no fixed order (a hash map's), so two builds of the same
 * commit would differ; sorted, they are the same byte for byte. Pagefind reads them by name.
 */
async function sortLanguages(outputPath: string): Promise<void> {
  const file = path.join(outputPath, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(file, "utf8")) as { languages?: Record<string, unknown> };
  const languages = Object.fromEntries(Object.entries(entry.languages ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(file, JSON.stringify({ ...entry, languages }));
}

/**
 * Pagefind also writes its ready-made interfaces, which set inline styles that the site's
 * Content-Security-Policy refuses. The site has its own (`content/assets/search.js`), so these
 * are never loaded: leave them out rather than publish code nobody runs.
 */
async function removeReadyMadeUi(outputPath: string): Promise<void> {
  const files = await readdir(outputPath);
  const ui = files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f));
  await Promise.all(ui.map((f) => rm(path.join(outputPath, f))));
}
