import { readdir } from "node:fs/promises";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { closeDataFilePool, DEFAULT_TIME_LIMIT_MS, evaluateDataFiles } from "./data-file-pool.ts";
import type { DataProblem } from "./problem.ts";

/** The folders of `_data/` that hold one record per file. */
export const COLLECTIONS = ["causes", "resources", "stories"] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A record as its file exported it, before any checking. */
export interface DataFile {
  /** Relative to the project folder, with forward slashes, as messages show it. */
  file: string;
  value: unknown;
}

export type RawData = Record<Collection, DataFile[]> & {
  site: DataFile | undefined;
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
}

/**
 * Runs every data file (TypeScript, see `evaluate-data-file.ts`, in the worker threads of
 * `data-file-pool.ts`) and gathers what each exports by default. A file that cannot be imported,
 * or never finishes, is a problem to report, not a crash: the maintainer learns the file and line
 * of a syntax error along with every other mistake in the same run.
 */
export async function loadData(
  dataDir: string,
  { cwd = process.cwd(), timeLimitMs = DEFAULT_TIME_LIMIT_MS, keepWorkers = false }: LoadOptions = {},
): Promise<{ raw: RawData; problems: DataProblem[] }> {
  try {
    return await loadEach(dataDir, cwd, timeLimitMs);
  } finally {
    if (!keepWorkers) await closeDataFilePool();
  }
}

async function loadEach(
  dataDir: string,
  cwd: string,
  timeLimitMs: number,
): Promise<{ raw: RawData; problems: DataProblem[] }> {
  const problems: DataProblem[] = [];
  const raw: RawData = { site: undefined, causes: [], resources: [], stories: [], unreadable: {} };
  const importAll = (files: readonly string[]) => importFiles(files, cwd, timeLimitMs, problems);
  const siteFile = path.join(dataDir, "site.ts");
  const [site] = await importAll([siteFile]);
  if (!site)
    problems.push({
      file: relative(siteFile, cwd),
      field: "",
      message: "is missing; it holds the site's name and address",
    });
  raw.site = site;
  for (const collection of COLLECTIONS) {
    const folder = path.join(dataDir, collection);
    const files = await listFolder(folder, cwd, problems);
    const before = problems.length;
    raw[collection] = await importAll(files);
    const failed = new Set(problems.slice(before).map((p) => p.file));
    raw.unreadable = {
      ...raw.unreadable,
      [collection]: files.filter((f) => failed.has(relative(f, cwd))).map((f) => path.basename(f, ".ts")),
    };
  }
  return { raw, problems };
}

async function listFolder(folder: string, cwd: string, problems: DataProblem[]): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    problems.push({
      file: relative(folder, cwd),
      field: "",
      message: "is missing; create the folder with one .ts file per record",
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const file = path.join(folder, entry.name);
    if (entry.isFile() && entry.name.endsWith(".ts")) files.push(file);
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
): Promise<DataFile[]> {
  const loaded: DataFile[] = [];
  const outcomes = await evaluateDataFiles(files, { timeLimitMs });
  for (const [i, outcome] of outcomes.entries()) {
    const file = relative(files[i] as string, cwd);
    if ("missing" in outcome) continue;
    if ("error" in outcome) problems.push(importProblem(file, outcome.error));
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
 * Where a syntax error is: esbuild (see `evaluate-data-file.ts`) says
 * "<path>:<line>:<column>: ERROR: <what>", the column counted from 0 (`Location.column` in
 * https://github.com/evanw/esbuild/blob/main/lib/shared/types.ts). Lines and columns are given as
 * editors count them, from 1. Any other error thrown while the file runs is located through its
 * stack, which `evaluateDataFile` maps back to the file's own lines.
 */
export function importProblem(file: string, error: unknown): DataProblem {
  const message = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  const esbuild = /:(\d+):(\d+): ERROR: (.+)/.exec(message);
  const syntax = esbuild ? { line: esbuild[1], column: Number(esbuild[2]) + 1, what: esbuild[3] ?? "" } : undefined;
  if (syntax) {
    return {
      file,
      field: `line ${syntax.line}, column ${syntax.column}`,
      message: `is not valid TypeScript: ${syntax.what}${syntaxHint(syntax.what)}`,
    };
  }
  const line =
    error instanceof Error ? new RegExp(`${escapeRegExp(path.basename(file))}:(\\d+)`).exec(error.stack ?? "") : null;
  return {
    file,
    field: line ? `line ${line[1]}` : "",
    message: `stops the file from loading: ${message.split("\n")[0]}`,
  };
}

/** The usual cause behind esbuild's words, for someone who does not write code every day. */
function syntaxHint(what: string): string {
  if (/^Expected .* but found (end of file|`EOF`)/.test(what)) return "; a bracket opened in this file is never closed";
  if (/^Expected ["`][,}\])]/.test(what)) return "; is a comma missing at the end of the line before?";
  if (/^Unterminated string/i.test(what)) return "; a text value is missing its closing quote";
  return "";
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function relative(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join("/");
}
