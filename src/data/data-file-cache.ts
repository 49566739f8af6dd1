import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import type { DataFileExports } from "./evaluate-data-file.ts";
import { definedHelpers, isPlainRecordFile } from "./plain-record-file.ts";

/*
 * Loading a data file means compiling it with esbuild and running it in a worker thread
 * (data-file-pool.ts), seconds of CPU at 10,000 stories (docs/performance.md, "What each cache
 * does"), paid again on every build and on every save in `npm start` though almost no file changed.
 * This cache keeps what each file exported, keyed by the file's bytes and everything else that
 * decides what it evaluates to: the typed helpers (`src/define.ts` and the files it imports), the
 * installed packages (`package-lock.json`) and the Node version. An unchanged file is never
 * compiled or run again; any change to any of those is a new key, so a stale record is never used.
 *
 * Only files whose exports follow from those alone are kept: files that import nothing but
 * `src/define.ts` and use no name from outside (no `process`, `Date`, `require`, property access,
 * template literals with `${...}`: see `isPlainRecordFile`). Any other file is run every time, as
 * before. Only files that loaded cleanly are kept: a file that fails, or still holds `fillIn(...)`
 * blanks, is run again so its problem is reported in full every time.
 *
 * One pack file per data folder (`<cacheDir>/data-files/<folder>-<hash>.v8`), rewritten after a
 * load that changed it (to a temporary name, then renamed, so a reader never sees half of one).
 * `npm run build` and `npm start` read the same pack; the dev server also keeps it in memory
 * between saves. Deleting `.cache/` is always safe: the next load is a cold one.
 */

/** Changes whenever what a pack holds, or how keys are made, changes. */
const FORMAT = "data-file-cache 1";

const DEFINE = fileURLToPath(new URL("../define.ts", import.meta.url));
const PROJECT = path.dirname(path.dirname(DEFINE));

/** Packs read in this process, by path: the dev server loads the same folder on every save. */
const inMemory = new Map<string, Pack>();

interface Pack {
  /** Everything but the file's bytes that goes into a key. */
  salt: string;
  /**
   * What the dev server already decoded, by key: an unchanged file gives the same object on every
   * save, so the checks and the view model can keep what they made of it (validate.ts, view/reuse.ts).
   */
  decoded?: Map<string, DataFileExports>;
  /** Whether the file of each key is a plain record file: the dev server reads every file on every save, and judging one takes a scan of its text. */
  plain?: Map<string, boolean>;
  /** Serialized exports (v8's structured clone format, what worker threads use) by key. */
  entries: Map<string, Buffer>;
}

export interface DataFileCache {
  /** Everything but a file's bytes that its key is made of: a key made under another salt is stale. */
  readonly salt: string;
  /** The key of a file's text, or undefined when the file's exports may depend on more than its text. */
  keyOf(source: string): string | undefined;
  /**
   * What the file with this key exported when it was last run: a fresh copy, or, kept in memory
   * (the dev server), the same object for the same key on every load, which no one may change.
   */
  get(key: string): DataFileExports | undefined;
  /** Remembers what a file exported; records with `fillIn(...)` blanks are never passed here. */
  set(key: string, exports: DataFileExports): void;
  /** Writes the pack when this load used other entries than the pack holds. */
  save(): Promise<void>;
}

/**
 * Opens the cache of the data folder `dataDir` in `cacheDir`; a missing or unreadable pack is an
 * empty one. `keepInMemory` (the dev server) keeps the pack in this process for the next load.
 */
export async function openDataFileCache(
  cacheDir: string,
  dataDir: string,
  { keepInMemory = false }: { keepInMemory?: boolean } = {},
): Promise<DataFileCache> {
  const file = packFile(cacheDir, dataDir);
  const { salt, helpers } = await currentSalt();
  let pack = inMemory.get(file);
  if (!pack || pack.salt !== salt) pack = (await readPack(file, salt)) ?? { salt, entries: new Map() };
  const before = pack.entries;
  const used = new Map<string, Buffer>();
  const decodedBefore = pack.decoded;
  const decoded = new Map<string, DataFileExports>();
  const plainBefore = pack.plain;
  const plain = new Map<string, boolean>();
  return {
    salt,
    keyOf(source) {
      const key = hash(`${salt}\0${source}`);
      const isPlain = plainBefore?.get(key) ?? isPlainRecordFile(source, helpers);
      if (keepInMemory) plain.set(key, isPlain);
      return isPlain ? key : undefined;
    },
    get(key) {
      const stored = before.get(key);
      if (!stored) return undefined;
      used.set(key, stored);
      if (!keepInMemory) return v8.deserialize(stored) as DataFileExports;
      const exports = decodedBefore?.get(key) ?? (v8.deserialize(stored) as DataFileExports);
      decoded.set(key, exports);
      return exports;
    },
    set(key, exports) {
      used.set(key, v8.serialize(exports));
      if (keepInMemory) decoded.set(key, exports);
    },
    async save() {
      // Only the dev server loads again in this process; a build lets the pack go once its data is read.
      if (keepInMemory) inMemory.set(file, { salt, entries: used, decoded, plain });
      if (used.size === before.size && [...used.keys()].every((key) => before.has(key))) return;
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(temporary, v8.serialize({ format: FORMAT, salt, entries: [...used] }));
        await rename(temporary, file);
      } catch {
        // A cache that cannot be written (a read-only or full disk, a folder deleted meanwhile)
        // makes the next load a cold one; it must not fail this one.
        await rm(temporary, { force: true }).catch(() => undefined);
      }
    },
  };
}

/** The pack of the data folder `dataDir`: named for the folder and where it is, so two folders never share one. */
export function packFile(cacheDir: string, dataDir: string): string {
  const absolute = path.resolve(dataDir);
  return path.join(
    path.resolve(cacheDir),
    "data-files",
    `${path.basename(absolute)}-${hash(absolute).slice(0, 12)}.v8`,
  );
}

async function readPack(file: string, salt: string): Promise<Pack | undefined> {
  try {
    const stored = v8.deserialize(await readFile(file)) as { format?: unknown; salt?: unknown; entries?: unknown };
    if (stored.format !== FORMAT || stored.salt !== salt || !Array.isArray(stored.entries)) return undefined;
    const entries = new Map<string, Buffer>();
    for (const [key, value] of stored.entries as [string, Uint8Array][]) entries.set(key, Buffer.from(value));
    return { salt, entries };
  } catch {
    // No pack yet, or one a crash or an older version left: a cold load, as on a fresh clone.
    return undefined;
  }
}

/**
 * What besides a file's bytes decides what it exports: the typed helpers and every local file they
 * import (read afresh on each load, so an edit to `src/model/` shows even in a running dev
 * server), the locked package versions, the Node version and this cache's format.
 */
async function currentSalt(): Promise<{ salt: string; helpers: Set<string> }> {
  const seen = new Set<string>();
  const parts: string[] = [FORMAT, process.version];
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    // The pattern also finds examples in comments, which may name no file.
    const text = await readFile(file, "utf8").catch(() => "");
    parts.push(file, text);
    const imports = [...text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)];
    for (const [, spec] of imports) await visit(path.resolve(path.dirname(file), spec as string));
  };
  await visit(DEFINE);
  parts.push(await readFile(path.join(PROJECT, "package-lock.json"), "utf8").catch(() => "no lock file"));
  return { salt: hash(parts.join("\0")), helpers: await definedHelpers() };
}

function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
