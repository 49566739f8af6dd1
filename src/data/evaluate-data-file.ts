import { readFile } from "node:fs/promises";
import { createRequire, SourceMap } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { type TransformOptions, transform } from "esbuild";

/** What a data file exports; the record is its default export. */
export interface DataFileExports {
  default?: unknown;
}

/**
 * Runs one TypeScript data file and returns its exports.
 *
 * Importing each file as an ES module (`import()` through tsx) costs about 1 ms of CPU per file,
 * and Node keeps every module, its source and its transformed code for the life of the process:
 * at 50,000 stories that was most of a minute and over a gigabyte before a page was built. Here the
 * file is compiled with esbuild, the compiler tsx itself uses, to a CommonJS function that runs
 * once and is then dropped. What it imports (the typed helpers in `src/define.ts`) still goes
 * through Node's `require` and tsx, so it is loaded once. Each run reads the file afresh, so the
 * dev server sees every edit.
 *
 * Errors keep the file's own line numbers: esbuild reports a syntax error as
 * `<file>:<line>:<column>: ERROR: <what>`, and an error thrown while the file runs has its stack
 * mapped back through a source map (https://nodejs.org/api/module.html#class-modulesourcemap).
 */
export async function evaluateDataFile(file: string): Promise<DataFileExports> {
  // require() and stack traces need the absolute path.
  const absolute = path.resolve(file);
  const source = await readFile(absolute, "utf8");
  const options: TransformOptions = { loader: "ts", format: "cjs", target: "node20", sourcefile: absolute };
  const { code } = await transform(source, options);
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

/** Rewrites `<file>:<line>:<column>` in a stack from the compiled code's lines to the file's own. */
function mapStack(stack: string, file: string, map: SourceMap): string {
  const place = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+):(\\d+)`, "g");
  return stack.replace(place, (found, line, column) => {
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    return "originalLine" in entry ? `${file}:${entry.originalLine + 1}:${entry.originalColumn + 1}` : found;
  });
}
