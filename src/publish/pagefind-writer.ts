import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { IndexFile } from "pagefind";
import * as pagefind from "pagefind";
import type { SearchRecord } from "./search-records.ts";

/*
 * The process that writes the search index, one shard at a time, for `indexSearch`
 * (search-index.ts), which starts it and sends it each shard's records.
 *
 * Pagefind's `writeFiles` answers before its files are on disk: its process writes them in the
 * background, so reading one straight after could find it empty (a build failed with "Unexpected
 * end of JSON input"), and closing Pagefind after the last shard could cut off files still being
 * written. `getFiles` hands over every file of a shard instead, in one message: a shard's whole
 * index in memory at once. In a process of its own that memory is not added to the build's, which
 * at 50,000 stories has little to spare under its 1.2 GB (docs/performance.md).
 */

/** One shard to write: its folder and its records. */
export interface ShardRequest {
  outputPath: string;
  records: readonly SearchRecord[];
}

/** The answer to each request, once the shard's files are all on disk. */
export type ShardReply = { ok: true } | { ok: false; message: string };

process.on("message", (request: ShardRequest) => {
  writeShard(request).then(
    () => reply({ ok: true }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
// The build closes the channel when it is done, or dies: Pagefind's process must end with this one.
process.on("disconnect", () => {
  void pagefind.close().then(() => process.exit(0));
});

function reply(answer: ShardReply): void {
  process.send?.(answer);
}

async function writeShard({ outputPath, records }: ShardRequest): Promise<void> {
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
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`Pagefind could not write its index: ${got.errors.join("; ")}`);
    writeIndexFiles(outputPath, got.files);
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Writes a shard's files, but for Pagefind's ready-made interfaces, which set inline styles that
 * the site's Content-Security-Policy refuses: the site has its own (`content/assets/search.js`),
 * so these are never loaded, and code nobody runs is not published. One file after another,
 * synchronously: a shard is thousands of small files, and on the machines measured Node's
 * asynchronous calls cost more CPU for them than the same calls made in turn (docs/performance.md,
 * "Session 21" and "Session 23"). Nothing else in this process waits meanwhile.
 */
function writeIndexFiles(outputPath: string, files: readonly IndexFile[]): void {
  const kept = files.filter((file) => !/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file.path));
  for (const folder of new Set(kept.map((file) => path.dirname(path.join(outputPath, file.path))))) {
    mkdirSync(folder, { recursive: true });
  }
  for (const file of kept) {
    writeFileSync(
      path.join(outputPath, file.path),
      file.path === "pagefind-entry.json" ? sortLanguages(file.content) : file.content,
    );
  }
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
