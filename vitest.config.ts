import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Test files that build a site, read the shared builds, or drive the browser. */
const SITE_TESTS = [
  "tests/site/**/*.test.ts",
  "tests/browser/**/*.test.ts",
  "tests/publish/search-index.test.ts",
  "tests/publish/search-shards.test.ts",
];

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
];

/**
 * After those, each project's files together (a worker serves one project, so every change of
 * project starts a new one), the unit tests last; among them these, which load the data many
 * times or run the maintainer's commands, first.
 */
const LONGEST_UNIT_FIRST = [
  "tests/scripts/audit.test.ts",
  "tests/build/load-hub.test.ts",
  "tests/data/data-file-pool.test.ts",
  "tests/data/scaffold.test.ts",
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
          a.file.project.name.localeCompare(b.file.project.name) ||
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
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: SITE_TESTS,
          // Plain functions with no state between files: one module cache for all of them saves
          // loading the same modules once per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: SITE_TESTS,
          // These files read the shared builds and drive the browser; a site of their own is built
          // by npm run build in a child process (tests/helpers/site.ts), never by Eleventy in the
          // worker, so they can share a module cache too.
          isolate: false,
          // Builds the shared sites and starts the shared browser once per run (see the file).
          globalSetup: ["tests/helpers/global-setup.ts"],
        },
      },
    ],
  },
});
