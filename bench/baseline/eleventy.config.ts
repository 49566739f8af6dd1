import path from "node:path";
import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";

/*
 * The bare Eleventy baseline the benchmark compares the hub with: the same generated data folder,
 * loaded the way Eleventy's docs load TypeScript data (a "ts" data extension importing each file,
 * https://www.11ty.dev/docs/data-custom/), and one paginated Nunjucks template with a minimal
 * layout. No validation, pairing, markdown or lists: what any Eleventy site of this size costs.
 * Folders come from BENCH_DATA_DIR and BENCH_OUTPUT_DIR (set by scripts/bench.ts).
 */
const INPUT = "bench/baseline";

export default function (eleventyConfig: UserConfig) {
  const dataDir = process.env.BENCH_DATA_DIR;
  const outputDir = process.env.BENCH_OUTPUT_DIR;
  if (!dataDir || !outputDir) throw new Error("Set BENCH_DATA_DIR and BENCH_OUTPUT_DIR (scripts/bench.ts does).");

  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (file: string) => (await import(pathToFileURL(path.resolve(file)).href)).default,
  });

  return {
    // Eleventy reads the data folder relative to the input folder.
    dir: { input: INPUT, data: path.relative(INPUT, dataDir), includes: "_includes", output: outputDir },
    templateFormats: ["njk"],
  };
}
