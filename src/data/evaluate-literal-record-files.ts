import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { build, type Plugin } from "esbuild";
import type { DataFileExports } from "./evaluate-data-file.ts";
import { definedHelpers, isLiteralRecordFile } from "./plain-record-file.ts";

/**
 * Runs many literal record files (plain-record-file.ts: a record written out whole, importing only
 * the typed helpers) at once: one esbuild bundle of them, run once.
 *
 * `evaluateDataFile` compiles each file with its own esbuild call, and esbuild's cost is mostly per
 * call, not per byte: at 10,000 stories those calls cost several times what one bundle of the same
 * files does (docs/performance.md, "Session 23"). A bundle keeps each file a module of its own,
 * run by a function of its own, so a file that throws stops no other. For a literal record file it
 * changes nothing the file can see: `src/define.ts` stays outside the bundle and is required by
 * the path the file names, as the file alone would; the file names no `__dirname`, `require` or
 * global; and it declares no constant, which a bundle would turn from `const` into `var`.
 *
 * Returns each file's exports in order, or undefined where the file must be run on its own with
 * `evaluateDataFile`: a file that is not a literal record file, could not be read, or threw; and
 * every file when esbuild reported anything at all, so that errors and warnings are told file by
 * file, with their lines, exactly as before.
 */
export async function evaluateLiteralRecordFiles(files: readonly string[]): Promise<(DataFileExports | undefined)[]> {
  const helpers = await definedHelpers();
  const texts = await Promise.all(files.map((file) => readFile(file, "utf8").catch(() => undefined)));
  const literal = new Map<string, string>();
  texts.forEach((text, i) => {
    if (text !== undefined && isLiteralRecordFile(text, helpers)) literal.set(path.resolve(files[i] as string), text);
  });
  const results: (DataFileExports | undefined)[] = files.map(() => undefined);
  // One file gains nothing from a bundle.
  if (literal.size < 2) return results;
  const thunks = await bundle(literal);
  if (!thunks) return results;
  const byFile = new Map([...literal.keys()].map((file, i) => [file, thunks[i]]));
  return files.map((file) => {
    const run = byFile.get(path.resolve(file));
    if (!run) return undefined;
    try {
      return run();
    } catch {
      // Run alone, the file throws the same error with its own line numbers (evaluateDataFile).
      return undefined;
    }
  });
}

/** One function per file that runs it and returns its exports, or undefined when esbuild reported anything. */
async function bundle(texts: ReadonlyMap<string, string>): Promise<(() => DataFileExports)[] | undefined> {
  const files = [...texts.keys()];
  const contents = `module.exports = [\n${files.map((file) => `() => require(${JSON.stringify(file)})`).join(",\n")}\n];`;
  try {
    const { outputFiles, warnings } = await build({
      stdin: {
        contents,
        loader: "js",
        resolveDir: path.dirname(files[0] as string),
        sourcefile: "literal-record-files.js",
      },
      bundle: true,
      write: false,
      format: "cjs",
      platform: "node",
      target: "node20",
      // Paths as given, as Node's require resolves a file's imports from where it was asked for.
      preserveSymlinks: true,
      logLevel: "silent",
      plugins: [recordFiles(texts)],
    });
    const code = outputFiles?.[0]?.text;
    if (warnings.length > 0 || code === undefined) return undefined;
    const module: { exports: (() => DataFileExports)[] } = { exports: [] };
    const run = vm.compileFunction(code, ["exports", "require", "module"], { filename: "literal-record-files.js" });
    run(module.exports, createRequire(files[0] as string), module);
    return module.exports;
  } catch {
    return undefined;
  }
}

/**
 * Gives esbuild the text already judged literal, not the file again (the dev server may be saving
 * it), and leaves the typed helpers out of the bundle: each file requires `src/define.ts` by the
 * absolute path its own import names, as it would alone. An import that is neither relative nor
 * absolute is left to the files run alone, which say what is wrong with it.
 */
function recordFiles(texts: ReadonlyMap<string, string>): Plugin {
  return {
    name: "literal-record-files",
    setup(build) {
      build.onResolve({ filter: /(^|\/)src\/define\.ts$/ }, ({ path: spec, resolveDir }) => {
        if (!/^\.{0,2}\//.test(spec)) return { errors: [{ text: `${spec} is neither relative nor absolute` }] };
        return { path: path.resolve(resolveDir, spec), external: true };
      });
      build.onLoad({ filter: /\.ts$/ }, ({ path: file }) => {
        const text = texts.get(file);
        return text === undefined ? undefined : { contents: text, loader: "ts" };
      });
    },
  };
}
