import { readFile } from "node:fs/promises";
import { createRequire, SourceMap } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { type Message, type TransformFailure, type TransformOptions, transform } from "esbuild";
import { escapeRegExp } from "../model/escape.ts";

/** What a data file exports; the record is its default export. */
export interface DataFileExports {
  default?: unknown;
}

/**
 * Runs one TypeScript data file and returns its exports.
 *
 * Importing each file as an ES module (`import()` through tsx) costs CPU for every file, and Node
 * keeps every module, its source and its transformed code for the life of the process: at 50,000
 * stories that was most of the build's memory before a page was built (docs/performance.md). Here
 * the file is compiled with esbuild, the compiler tsx itself uses, to a CommonJS function that runs
 * once and is then dropped. What it imports (the typed helpers in `src/define.ts`) still goes
 * through Node's `require` and tsx, so it is loaded once. Each run reads the file afresh, so the
 * dev server sees every edit.
 *
 * So a data file runs as CommonJS: it may import local files and packages, but `import.meta` is
 * empty and top-level `await` cannot compile. A file esbuild cannot compile, or warns about, is
 * not run: it throws `DataFileCompileError` with esbuild's own places and words. esbuild's
 * warnings are mistakes in a file this small (`import.meta`, a key given twice, a `typeof`
 * compared with a type that does not exist), and running such a file would hide them.
 * An error thrown while the file runs keeps the file's own line numbers: its stack is mapped back
 * through a source map (https://nodejs.org/api/module.html#class-modulesourcemap).
 */
export async function evaluateDataFile(file: string): Promise<DataFileExports> {
  // require() and stack traces need the absolute path.
  const absolute = path.resolve(file);
  const source = await readFile(absolute, "utf8");
  // Silent: what esbuild finds is returned to the caller, not printed in the middle of a build.
  const options: TransformOptions = {
    loader: "ts",
    format: "cjs",
    target: "node20",
    sourcefile: absolute,
    logLevel: "silent",
  };
  const { code, warnings } = await transform(source, options).catch((error: unknown) => {
    throw isTransformFailure(error) ? new DataFileCompileError(absolute, "error", error.errors) : error;
  });
  if (warnings.length > 0) throw new DataFileCompileError(absolute, "warning", warnings);
  const module: { exports: DataFileExports } = { exports: {} };
  try {
    const run = vm.compileFunction(code, ["exports", "require", "module", "__filename", "__dirname"], {
      filename: absolute,
    });
    run(module.exports, createRequire(absolute), module, absolute, path.dirname(absolute));
  } catch (error) {
    if (error instanceof Error && error.stack) {
      const { map } = await transform(source, { ...options, sourcemap: "external" });
      error.stack = mapStack(error.stack, absolute, new SourceMap(JSON.parse(map)));
    }
    throw error;
  }
  return module.exports;
}

/** Something esbuild found in a data file, at the place an editor shows: line and column from 1. */
export interface CompileMessage {
  /** esbuild's name for a warning (`empty-import-meta`, `duplicate-object-key`); empty for errors. */
  id: string;
  text: string;
  line?: number;
  column?: number;
}

/** A data file that was not run because esbuild could not compile it, or warned about it. */
export class DataFileCompileError extends Error {
  readonly messages: readonly CompileMessage[];

  constructor(
    readonly file: string,
    readonly severity: "error" | "warning",
    found: readonly Message[],
  ) {
    const messages = found.map(compileMessage);
    super(
      messages
        .map((m) => `${file}${m.line ? `:${m.line}:${m.column}` : ""}: ${severity.toUpperCase()}: ${m.text}`)
        .join("\n"),
    );
    this.name = "DataFileCompileError";
    this.messages = messages;
  }
}

/**
 * esbuild counts columns in bytes from 0 (`Location.column` in
 * https://github.com/evanw/esbuild/blob/main/lib/shared/types.ts); editors count characters from
 * 1, which differ as soon as a line holds a name such as "Łódź" before the mistake.
 */
function compileMessage({ id, text, location }: Message): CompileMessage {
  if (!location) return { id, text };
  const before = Buffer.from(location.lineText, "utf8").subarray(0, location.column).toString("utf8");
  return { id, text, line: location.line, column: before.length + 1 };
}

function isTransformFailure(error: unknown): error is TransformFailure {
  return error instanceof Error && Array.isArray((error as Partial<TransformFailure>).errors);
}

/** Rewrites `<file>:<line>:<column>` in a stack from the compiled code's lines to the file's own. */
function mapStack(stack: string, file: string, map: SourceMap): string {
  const place = new RegExp(`${escapeRegExp(file)}:(\\d+):(\\d+)`, "g");
  return stack.replace(place, (found, line, column) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    return "originalLine" in entry ? `${file}:${entry.originalLine + 1}:${entry.originalColumn + 1}` : found;
  });
}
