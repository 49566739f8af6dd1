import { createHash } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { IndexFile } from "pagefind";
import * as pagefind from "pagefind";
import type { SearchRecord, SearchRecordList } from "./search-records.ts";

/** Where the extra shards are listed, inside the first shard's folder; `content/assets/search.js` reads it. */
export const SHARDS_FILE = "shards.json";

/** What `indexSearch` wrote. */
export interface IndexedSearch {
  pages: number;
  shards: number;
  /** Shards taken from an earlier build (`reuse`) instead of indexed again. */
  reused: number;
  /**
   * Each shard's key, by its folder: a hash of its records and of the code that writes them. Pagefind
   * writes the same records into the same bytes (builds are byte-identical), so a later build whose
   * shard has the key this build wrote can take the shard from this build instead of indexing it again.
   */
  keys: Record<string, string>;
}

/**
 * Builds the search index of a built site with Pagefind's Node API
 * (https://pagefind.app/docs/node-api/) from each language's records (src/publish/search-records.ts), into
 * `<siteDir>/pagefind/`, and for a big hub into further shards `<siteDir>/pagefind-2/`, ...
 * each with at most `shardSize` records. A shard's records are made when its turn comes, and its
 * index is deleted from Pagefind's process once written, before the next is built, so memory
 * stays bounded however big the hub grows. A shard `reuse` has already put in its folder (a later
 * build taking the shards whose key did not change from the site it replaces: one story edited in
 * a 10,000-story hub means one shard indexed again, not all) is not indexed.
 * `pagefind/shards.json` lists the other shards, relative to the site root, for the browser to
 * merge. Result addresses start at the site's root; in the browser Pagefind takes the path
 * prefix from where its own script is served, so one index works under any prefix.
 */
export async function indexSearch(
  siteDir: string,
  languages: readonly SearchRecordList[],
  {
    shardSize,
    code,
    reuse = async () => false,
  }: {
    shardSize: number;
    /** A hash of the code and locked packages (src/build/page-reuse.ts), part of each shard's key. */
    code: string;
    /** Puts the shard with this key in its folder from an earlier build; false when it cannot. */
    reuse?: (folder: string, key: string) => Promise<boolean>;
  },
): Promise<IndexedSearch> {
  const shards = shardsOf(languages, shardSize);
  const folders = shards.map((_, i) => (i === 0 ? "pagefind" : `pagefind-${i + 1}`));
  const keys: Record<string, string> = {};
  let reused = 0;
  try {
    for (const [i, folder] of folders.entries()) {
      const records = shards[i]?.() ?? [];
      const key = createHash("sha256").update(code).update("\0").update(JSON.stringify(records)).digest("hex");
      keys[folder] = key;
      if (await reuse(folder, key)) reused += 1;
      else await buildShard(path.join(siteDir, folder), records);
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
  return { pages: languages.reduce((sum, list) => sum + list.length, 0), shards: folders.length, reused, keys };
}

/**
 * Shards of at most `shardSize` records, each made when called, shard k holding every language's
 * k-th equal share: in the browser, Pagefind searches the index of the page's language in every
 * shard it merges, and a shard without it would answer in another language instead. Every page
 * has its twin in every language, so each shard holds each language.
 */
export function shardsOf(languages: readonly SearchRecordList[], shardSize: number): (() => SearchRecord[])[] {
  const share = Math.max(1, Math.floor(shardSize / Math.max(1, languages.length)));
  const count = Math.max(1, ...languages.map((list) => Math.ceil(list.length / share)));
  return Array.from(
    { length: count },
    (_, k) => () => languages.flatMap((list) => list.slice(k * share, (k + 1) * share)),
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
    // Taken in memory and written here, not by Pagefind's writeFiles: Pagefind's process could
    // still be writing the files it reported written (seen under load as an empty
    // pagefind-entry.json and a build failing with "Unexpected end of JSON input").
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`Pagefind could not write its index: ${got.errors.join("; ")}`);
    await writeIndexFiles(outputPath, got.files);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Writes a shard's files, but for Pagefind's ready-made interfaces, which set inline styles that
 * the site's Content-Security-Policy refuses: the site has its own (`content/assets/search.js`),
 * so these are never loaded, and code nobody runs is not published.
 */
async function writeIndexFiles(outputPath: string, files: readonly IndexFile[]): Promise<void> {
  const folders = new Set(files.map((file) => path.dirname(path.join(outputPath, file.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(
    files
      .filter((file) => !/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file.path))
      .map((file) =>
        writeFile(
          path.join(outputPath, file.path),
          file.path === "pagefind-entry.json" ? sortLanguages(file.content) : file.content,
        ),
      ),
  );
}

/**
 * Pagefind lists an index's languages in no fixed order (a hash map's), so two builds of the same
 * commit would differ; sorted, they are the same byte for byte. Pagefind reads them by name.
 */
function sortLanguages(content: Uint8Array): string {
  const entry = JSON.parse(Buffer.from(content).toString("utf8")) as { languages?: Record<string, unknown> };
  const languages = Object.fromEntries(Object.entries(entry.languages ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ ...entry, languages });
}
