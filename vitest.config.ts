import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { isSiteFile } from "./tests/helpers/site-files.ts";

/**
 * The files that take longest, each running several builds or checking every page, in the order
 * they start: on two workers none is then left running alone at the end. The shared sites are
 * still being built when the run starts (tests/helpers/global-setup.ts), so the first two need
 * none: the warm build builds its own, and the dev server's pages render in the worker. Vitest
 * orders files by the last run's durations when it has them, but after `npm ci` (CI, a fresh
 * clone) it has none and goes by file size, which put the warm build and the passes test last.
 */
const LONGEST_FIRST = [
  "tests/site/warm-build.test.ts",
  "tests/build/dev-pages.test.ts",
  "tests/site/build-refuses-bad-data.test.ts",
  "tests/browser/every-page.test.ts",
  "tests/publish/search-index.test.ts",
  "tests/browser/dev-server.test.ts",
  // Mostly waits for its time limits to run out: beside the others' CPU, not alone at the end.
  "tests/data/data-file-pool.test.ts",
];

/**
 * After those, the other files that read the shared sites, then the files that call `src/` directly,
 * short enough to fill the last seconds of both workers; among them these, which load the data
 * many times or run the maintainer's commands, first.
 */
const LONGEST_UNIT_FIRST = [
  "tests/scripts/audit.test.ts",
  "tests/build/load-hub.test.ts",
  "tests/data/scaffold.test.ts",
  "tests/data/new-data-file.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (list: string[], file: TestSpecification) => {
      const at = list.findIndex((name) => file.moduleId.endsWith(name));
      return at === -1 ? list.length : at;
    };
    const sorted = await super.sort(files);
    return sorted
      .map((file, index) => ({ file, index }))
      .sort(
        (a, b) =>
          rank(LONGEST_FIRST, a.file) - rank(LONGEST_FIRST, b.file) ||
          Number(isSiteFile(b.file.moduleId)) - Number(isSiteFile(a.file.moduleId)) ||
          rank(LONGEST_UNIT_FIRST, a.file) - rank(LONGEST_UNIT_FIRST, b.file) ||
          a.index - b.index,
      )
      .map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    // Data files import src/define.ts, which the data loader (src/data/evaluate-data-file.ts)
    // loads with Node's own require(), not vitest's, so workers need tsx loaded.
    execArgv: ["--import", "tsx"],
    // One pool of data file readers per test process, shared by every build and load it runs.
    setupFiles: ["tests/helpers/keep-data-file-pool.ts"],
    // Builds and browser runs take seconds on a 2-core machine; these are limits, not goals.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Waits for the browser (a search's results, a status line); a loaded machine takes over a second.
    expect: { poll: { timeout: 10_000 } },
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. The workers
    // spend much of their time waiting on Chromium, Java and the processes they start, so two keep
    // both cores busy.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    include: ["tests/**/*.test.ts"],
    // No test file keeps state between files, so each worker keeps one module cache for every file
    // it runs instead of loading the same modules once per file. One project, so the two workers
    // last the whole run: vitest starts new workers whenever the next file belongs to another
    // project, and each costs seconds of CPU to start and fill its cache.
    isolate: false,
    // Builds the shared sites once per run, when a file that reads them is in it (see the file).
    globalSetup: ["tests/helpers/global-setup.ts"],
  },
});
