import { type ChildProcess, fork } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ShardReply } from "./pagefind-writer.ts";
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
  let writer: ShardWriter | undefined;
  try {
    for (const [i, folder] of folders.entries()) {
      const records = shards[i]?.() ?? [];
      const key = createHash("sha256").update(code).update("\0").update(JSON.stringify(records)).digest("hex");
      keys[folder] = key;
      if (await reuse(folder, key)) reused += 1;
      else {
        writer ??= shardWriter();
        await writer.write(path.join(siteDir, folder), records);
      }
    }
  } finally {
    // The writer and Pagefind run as processes of their own; without this the build would never exit.
    await writer?.close();
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

interface ShardWriter {
  /** Resolves once the shard's files are all on disk. */
  write(outputPath: string, records: readonly SearchRecord[]): Promise<void>;
  close(): Promise<void>;
}

/** Starts the process that indexes and writes shards (pagefind-writer.ts), one request at a time. */
function shardWriter(): ShardWriter {
  const child: ChildProcess = fork(fileURLToPath(new URL("./pagefind-writer.ts", import.meta.url)), [], {
    execArgv: ["--import", import.meta.resolve("tsx")],
    // Records go over as structured clones, not JSON text made and parsed again.
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = once(child, "exit");
  return {
    async write(outputPath, records) {
      const answer = once(child, "message").then(([reply]) => reply as ShardReply);
      const died = exited.then(([code]) => {
        throw new Error(`The search index writer stopped (exit code ${code}) before writing ${outputPath}`);
      });
      child.send({ outputPath, records });
      const reply = await Promise.race([answer, died]);
      if (!reply.ok) throw new Error(reply.message);
    },
    async close() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
