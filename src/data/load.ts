import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { escapeRegExp } from "../model/escape.ts";
import { findFillIns } from "../model/fill-in.ts";
import { type DataFileCache, openDataFileCache } from "./data-file-cache.ts";
import { closeDataFilePool, type DataFileOutcome, DEFAULT_TIME_LIMIT_MS, evaluateDataFiles } from "./data-file-pool.ts";
import { type CompileMessage, DataFileCompileError } from "./evaluate-data-file.ts";
import type { DataProblem } from "./problem.ts";

/** The folders of `_data/` that hold one record per file. */
export const COLLECTIONS = ["causes", "resources", "stories", "international"] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A record as its file exported it, before any checking. */
export interface DataFile {
  /** Relative to the project folder, with forward slashes, as messages show it. */
  file: string;
  value: unknown;
}

export type RawData = Record<Collection, DataFile[]> & {
  site: DataFile | undefined;
  synonyms: DataFile | undefined;
  /**
   * The presumed ids (file names) of records whose file could not be imported. That file is
   * already reported; records naming it are not reported again as naming an unknown id.
   */
  unreadable?: Partial<Record<Collection, string[]>>;
};

export interface LoadOptions {
  /** The project folder, which messages name files from. */
  cwd?: string;
  /** How long one data file may run before it is reported as never finishing, in milliseconds. */
  timeLimitMs?: number;
  /** Keep the threads that read the files for the next load (the dev server), instead of ending them. */
  keepWorkers?: boolean;
  /**
   * The folder of caches (`.cache/`): files unchanged since a load that used it are not run again
   * (see data-file-cache.ts). Unset, every file is run.
   */
  cacheDir?: string | undefined;
  /**
   * The dev server's memory of the last load (each folder's listing, each file's cache key) and
   * the files saved, added or removed since (absolute paths; `"everything"` when unknown): only
   * those files are read again, and a folder is listed again only when a file in it came or went.
   */
  since?: { memory: LoadMemory; changed: ReadonlySet<string> | "everything" } | undefined;
}

/** What a load remembers for the next one (see `LoadOptions.since`); empty before the first load. */
export interface LoadMemory {
  /** Each record folder's entries, as last listed. */
  listings: Map<string, readonly FolderEntry[]>;
  /** Each file's cache key when last read (undefined: not a plain record file), and the cache's salt it was made with. */
  keys: Map<string, string | undefined>;
  salt?: string;
  /** Each file's name as messages give it. */
  names: Map<string, string>;
}

interface FolderEntry {
  name: string;
  isFile: boolean;
}

export function emptyLoadMemory(): LoadMemory {
  return { listings: new Map(), keys: new Map(), names: new Map() };
}

export interface LoadResult {
  raw: RawData;
  problems: DataProblem[];
  /** The files that were run, as messages name them: every file, less those the cache already knew. */
  ran: string[];
}

/**
 * Runs every data file (TypeScript, see `evaluate-data-file.ts`, in the worker threads of
 * `data-file-pool.ts`) and gathers what each exports by default. A file that cannot be imported,
 * or never finishes, is a problem to report, not a crash: the maintainer learns the file and line
 * of a syntax error along with every other mistake in the same run.
 */
export async function loadData(
  dataDir: string,
  { cwd = process.cwd(), timeLimitMs = DEFAULT_TIME_LIMIT_MS, keepWorkers = false, cacheDir, since }: LoadOptions = {},
): Promise<LoadResult> {
  try {
    const cache =
      cacheDir === undefined ? undefined : await openDataFileCache(cacheDir, dataDir, { keepInMemory: keepWorkers });
    const ran: string[] = [];
    const known = since && cache ? knownSince(dataDir, since.memory, since.changed, cache.salt) : undefined;
    const loaded = await loadEach(dataDir, cwd, timeLimitMs, cache, ran, known);
    await cache?.save();
    return { ...loaded, ran };
  } finally {
    if (!keepWorkers) await closeDataFilePool();
  }
}

async function loadEach(
  dataDir: string,
  cwd: string,
  timeLimitMs: number,
  cache: DataFileCache | undefined,
  ran: string[],
  known: Known | undefined,
): Promise<{ raw: RawData; problems: DataProblem[] }> {
  const problems: DataProblem[] = [];
  const importAll = (files: readonly string[]) => importFiles(files, cwd, timeLimitMs, problems, cache, ran, known);
  const raw: RawData = {
    site: undefined,
    synonyms: undefined,
    causes: [],
    resources: [],
    stories: [],
    international: [],
    unreadable: {},
  };
  const importSingle = async (name: string, holds: string): Promise<DataFile | undefined> => {
    const file = path.join(dataDir, name);
    const before = problems.length;
    const [loaded] = await importAll([file]);
    if (!loaded && problems.length === before) {
      problems.push({ file: relative(file, cwd), field: "", message: `is missing; ${holds}` });
    }
    return loaded;
  };
  raw.site = await importSingle("site.ts", "it holds the site's name and address");
  raw.synonyms = await importSingle(
    "synonyms.ts",
    "it holds the words people search with; start it with `export default defineSynonyms([]);`",
  );
  for (const collection of COLLECTIONS) {
    const folder = path.join(dataDir, collection);
    const files = await listFolder(folder, cwd, problems, known);
    const before = problems.length;
    raw[collection] = await importAll(files);
    const failed = new Set(problems.slice(before).map((p) => p.file));
    raw.unreadable = {
      ...raw.unreadable,
      [collection]:
        failed.size === 0 ? [] : files.filter((f) => failed.has(relative(f, cwd))).map((f) => path.basename(f, ".ts")),
    };
  }
  return { raw, problems };
}

/** The last load's memory, less what changed since: what this load may take without reading. */
interface Known {
  memory: LoadMemory;
  /** Whether a folder's listing, or a file's key, may be taken from `memory`. */
  listingHolds(folder: string): Promise<boolean>;
  keyHolds(file: string): boolean;
}

function knownSince(
  dataDir: string,
  memory: LoadMemory,
  changed: ReadonlySet<string> | "everything",
  salt: string,
): Known {
  if (changed === "everything" || memory.salt !== salt) {
    memory.listings.clear();
    memory.keys.clear();
  }
  memory.salt = salt;
  // Named as the load names files (under `dataDir` as given), so no path is resolved per file.
  const root = path.resolve(dataDir);
  const touched =
    changed === "everything"
      ? new Set<string>()
      : new Set([...changed].map((file) => path.join(dataDir, path.relative(root, path.resolve(file)))));
  return {
    memory,
    async listingHolds(folder) {
      const listed = memory.listings.get(folder);
      if (!listed) return false;
      if (touched.has(folder)) return false;
      // A file saved in place is still listed; one that came or went changes the listing.
      for (const file of touched) {
        if (path.dirname(file) !== folder) continue;
        const name = path.basename(file);
        const exists = await stat(file).then(
          () => true,
          () => false,
        );
        if (exists !== listed.some((entry) => entry.name === name)) return false;
      }
      return true;
    },
    keyHolds: (file) => memory.keys.has(file) && !touched.has(file),
  };
}

async function listFolder(folder: string, cwd: string, problems: DataProblem[], known?: Known): Promise<string[]> {
  const entries =
    known && (await known.listingHolds(folder))
      ? known.memory.listings.get(folder)
      : await readdir(folder, { withFileTypes: true })
          .then((found) => found.map((entry) => ({ name: entry.name, isFile: entry.isFile() })))
          .catch(() => undefined);
  if (known) {
    if (entries) known.memory.listings.set(folder, entries);
    else known.memory.listings.delete(folder);
  }
  if (!entries) {
    problems.push({
      file: relative(folder, cwd),
      field: "",
      message: "is missing; create the folder with one .ts file per record",
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const file = path.join(folder, entry.name);
    if (entry.isFile && entry.name.endsWith(".ts")) files.push(file);
    else
      problems.push({
        file: relative(file, cwd),
        field: "",
        message: "is not read: each record is one .ts file directly in this folder",
      });
  }
  return files;
}

async function importFiles(
  files: readonly string[],
  cwd: string,
  timeLimitMs: number,
  problems: DataProblem[],
  cache: DataFileCache | undefined,
  ran: string[],
  known: Known | undefined,
): Promise<DataFile[]> {
  const loaded: DataFile[] = [];
  const outcomes = await evaluateWithCache(files, timeLimitMs, cache, (file) => ran.push(relative(file, cwd)), known);
  for (const [i, outcome] of outcomes.entries()) {
    const file = relativeKnown(files[i] as string, cwd, known);
    if ("missing" in outcome) continue;
    if ("error" in outcome) problems.push(...importProblems(file, outcome.error));
    else if ("problem" in outcome) problems.push({ file, field: "", message: outcome.problem });
    else if (outcome.exports.default === undefined) {
      problems.push({
        file,
        field: "",
        message: "has no default export; the record must be `export default define...({ ... })`",
      });
    } else loaded.push({ file, value: outcome.exports.default });
  }
  return loaded;
}

/**
 * What each file exports, in order: from the cache for a file whose key it holds, by running it in
 * the pool for every other. A file that loaded cleanly (no `fillIn(...)` blanks) is remembered.
 * The pool is not even started when every file is in the cache.
 */
async function evaluateWithCache(
  files: readonly string[],
  timeLimitMs: number,
  cache: DataFileCache | undefined,
  onRun: (file: string) => void,
  known: Known | undefined,
): Promise<DataFileOutcome[]> {
  if (!cache) {
    files.forEach(onRun);
    return evaluateDataFiles(files, { timeLimitMs });
  }
  const keys = await keysOf(files, cache, known);
  const outcomes: (DataFileOutcome | undefined)[] = keys.map((key) => {
    const exports = key === undefined ? undefined : cache.get(key);
    return exports && { exports };
  });
  const toRun = files.filter((_, i) => outcomes[i] === undefined);
  toRun.forEach(onRun);
  const ran = toRun.length > 0 ? await evaluateDataFiles(toRun, { timeLimitMs }) : [];
  let next = 0;
  return outcomes.map((cached, i) => {
    if (cached) return cached;
    const outcome = ran[next++] as DataFileOutcome;
    const key = keys[i];
    if (key !== undefined && "exports" in outcome && findFillIns(outcome.exports.default, []).length === 0) {
      cache.set(key, outcome.exports);
    }
    return outcome;
  });
}

/**
 * Each file's cache key, read a few hundred at a time: tens of thousands of reads at once run out
 * of file handles. A file the last load read and nobody saved since keeps its key unread (`known`).
 */
async function keysOf(
  files: readonly string[],
  cache: DataFileCache,
  known: Known | undefined,
): Promise<(string | undefined)[]> {
  const keys: (string | undefined)[] = files.map((file) =>
    known?.keyHolds(file) ? known.memory.keys.get(file) : undefined,
  );
  const toRead = files.flatMap((file, i) => (known?.keyHolds(file) ? [] : [i]));
  for (let start = 0; start < toRead.length; start += 256) {
    const slice = toRead.slice(start, start + 256);
    const texts = await Promise.all(slice.map((i) => readFile(files[i] as string, "utf8").catch(() => undefined)));
    // A file that cannot be read now is left to the pool, which says why, and is read again next time.
    texts.forEach((text, j) => {
      const i = slice[j] as number;
      const key = text === undefined ? undefined : cache.keyOf(text);
      keys[i] = key;
      if (known && text !== undefined) known.memory.keys.set(files[i] as string, key);
      else known?.memory.keys.delete(files[i] as string);
    });
  }
  return keys;
}

/**
 * What stopped a data file from loading, and where. esbuild's errors and warnings
 * (`DataFileCompileError`, see `evaluate-data-file.ts`) carry their own line and column; any
 * other error thrown while the file runs is located through its stack, which `evaluateDataFile`
 * maps back to the file's own lines.
 */
export function importProblems(file: string, error: unknown): DataProblem[] {
  if (error instanceof DataFileCompileError) {
    return error.messages.map((found) => ({
      file,
      field: found.line ? `line ${found.line}, column ${found.column}` : "",
      message: error.severity === "error" ? compileErrorMessage(found) : compileWarningMessage(found),
    }));
  }
  const message = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  const line =
    error instanceof Error ? new RegExp(`${escapeRegExp(path.basename(file))}:(\\d+)`).exec(error.stack ?? "") : null;
  return [
    {
      file,
      field: line ? `line ${line[1]}` : "",
      message: `stops the file from loading: ${message.split("\n")[0]}`,
    },
  ];
}

/** Data files run as CommonJS (see `evaluate-data-file.ts`); these say so where it matters. */
const COMMONJS = "(data files run as CommonJS)";

function compileErrorMessage({ text }: CompileMessage): string {
  if (/^Top-level await/.test(text)) {
    return `uses await outside a function, which a data file cannot do ${COMMONJS}; write the values in the file itself`;
  }
  return `is not valid TypeScript: ${text}${syntaxHint(text)}`;
}

function compileWarningMessage({ id, text }: CompileMessage): string {
  if (id === "empty-import-meta") {
    return `uses import.meta, which is empty in a data file ${COMMONJS}; use __dirname for this file's folder`;
  }
  if (id === "duplicate-object-key") return `gives a field twice: ${text}; keep one of them`;
  return `is refused: ${text}`;
}

/** The usual cause behind esbuild's words, for someone who does not write code every day. */
function syntaxHint(what: string): string {
  if (/^Expected .* but found (end of file|`EOF`)/.test(what)) return "; a bracket opened in this file is never closed";
  if (/^Expected ["`][,}\])]/.test(what)) return "; is a comma missing at the end of the line before?";
  if (/^Unterminated string/i.test(what)) return "; a text value is missing its closing quote";
  return "";
}

function relative(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join("/");
}

/** `relative`, remembered by the dev server, which names every file again on every save. */
function relativeKnown(file: string, cwd: string, known: Known | undefined): string {
  if (!known) return relative(file, cwd);
  let name = known.memory.names.get(file);
  if (name === undefined) {
    name = relative(file, cwd);
    known.memory.names.set(file, name);
  }
  return name;
}
