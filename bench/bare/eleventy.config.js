import path from "node:path";

/*
 * Truly bare Eleventy, the benchmark's yardstick: plain JavaScript run by plain Node (no tsx), the
 * same stories from ONE JavaScript data file (`hub.js`, written by scripts/bench.ts), and one
 * paginated Nunjucks template with a layout that looks up five resources per page. What any
 * Eleventy site with this many pages costs before it does anything of its own.
 * Folders come from BENCH_DATA_DIR and BENCH_OUTPUT_DIR (set by scripts/bench.ts).
 *
 * The same config builds bench/bare-bilingual/ when BENCH_INPUT_DIR names it: the yardstick for a
 * bilingual hub, with a second paginated template that writes each story's Spanish page under
 * /es/ (its Spanish where it has some, its English where not), so two pages per story, as the
 * hub's story pages are.
 */
const INPUT = process.env.BENCH_INPUT_DIR || "bench/bare";

export default function () {
  const dataDir = process.env.BENCH_DATA_DIR;
  const outputDir = process.env.BENCH_OUTPUT_DIR;
  if (!dataDir || !outputDir) throw new Error("Set BENCH_DATA_DIR and BENCH_OUTPUT_DIR (scripts/bench.ts does).");
  return {
    // Eleventy reads the data folder relative to the input folder.
    dir: { input: INPUT, data: path.relative(INPUT, dataDir), includes: "_includes", output: outputDir },
    templateFormats: ["njk"],
  };
}
