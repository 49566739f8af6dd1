import path from "node:path";

/*
 * Truly bare Eleventy in two languages: the yardstick for a bilingual hub, whose every story has an
 * English page and a Spanish one under /es/. The same as bench/bare/ (plain Node, no tsx, the same
 * ONE JavaScript data file, a layout, five resources looked up per page), with a second paginated
 * template for the Spanish pages, which shows a story's Spanish where it has some and its English
 * where not, as the hub does. So it writes two pages per story, as the hub's story pages do;
 * bench/bare/ stays the one-language yardstick beside it.
 * Folders come from BENCH_DATA_DIR and BENCH_OUTPUT_DIR (set by scripts/bench.ts).
 */
const INPUT = "bench/bare-bilingual";

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
