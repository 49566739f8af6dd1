import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH } from "../../scripts/lib/chromium.ts";
import { runScript } from "../../scripts/lib/run.ts";
import { readSettings } from "../../src/build/settings.ts";
import { isSiteFile } from "./site-files.ts";

/*
 * Once per `npm test` (vitest's globalSetup, see vitest.config.ts): the sites
 * most test files read, built once by the real `npm run build` while the first files run, instead of
 * a build per file (the browser is one per test process: tests/helpers/browser.ts). Everything a run writes goes in one
 * folder in the system's temporary folder, which teardown removes, so a run leaves nothing behind.
 */

/**
 * The shared sites by name, each as the environment `npm run build` is given. Every build setting
 * is named, so a developer's own SITE_URL or HUB_DATA_DIR never changes what the tests see.
 */
const SHARED_SITES = {
  /** Built as `npm run build` builds it with nothing set. */
  default: {},
  /** Built as a host under a path would publish it: its own address, served under /hub/. */
  hub: { PATH_PREFIX: "/hub/", SITE_URL: "https://help.example.net" },
} satisfies Record<string, Record<string, string>>;

export type SharedSiteName = keyof typeof SHARED_SITES;

/** Debian's headless shell (`apt-get install chromium-headless-shell`): the same Chromium, without the desktop browser around it. */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/**
 * The browser the tests drive: the one CHROME_PATH names if it is set; otherwise the headless shell
 * when it is installed, as Playwright itself prefers for headless runs (the same Blink and V8 as
 * Debian's `chromium` of the same version, and over the every-page crawl about a fifth less CPU,
 * most of it in the browser process); otherwise `chromium`.
 */
export const TEST_BROWSER_PATH =
  !process.env.CHROME_PATH && existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM_PATH;

export interface SharedSite {
  dir: string;
  /** The environment `npm run build` was given, every build setting named. */
  env: BuildEnv;
}

/** Build settings the way `npm run build` takes them: environment variables. */
export type BuildEnv = Record<string, string>;

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's own folder in the system's temporary folder; removed when the run ends. */
    runDir: string;
    sites: Record<SharedSiteName, SharedSite>;
  }
}

/**
 * The builds' cache (`HUB_CACHE_DIR`) during a run: outside the project, so a run neither reads a
 * developer's `.cache/` nor leaves anything in it; one per project folder, so two worktrees' runs
 * never share one; emptied when the run ends.
 */
export const TEST_CACHE_DIR = path.join(
  tmpdir(),
  `hub-test-cache-${createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12)}`,
);

/** Every build setting, unset but for the cache: what tests start from, whatever the developer's shell holds. */
export const NOTHING_SET: BuildEnv = {
  HUB_DATA_DIR: "",
  HUB_OUTPUT_DIR: "",
  PATH_PREFIX: "",
  SITE_URL: "",
  HUB_TODAY: "",
  HUB_STORIES_PER_PASS: "",
  HUB_SEARCH_SHARD_SIZE: "",
  HUB_STRICT_FRESHNESS: "",
  HUB_STALE_AFTER_DAYS: "",
  HUB_CACHE_DIR: TEST_CACHE_DIR,
};

/**
 * The file a shared site's build leaves beside it when it ends: `{}` once built, `{ "error": ... }`
 * if it failed. The files that read the site wait for it (`sharedSite()` in tests/helpers/site.ts).
 */
export function readyFile(dir: string): string {
  return `${dir}.ready.json`;
}

/** Writes a ready file aside and renames it into place, so a reader never sees half of one. */
export async function writeReady(file: string, outcome: object): Promise<void> {
  await writeFile(`${file}.part`, JSON.stringify(outcome));
  await rename(`${file}.part`, file);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = await mkdtemp(path.join(tmpdir(), "hub-test-run-"));
  await mkdir(path.join(runDir, "shared"), { recursive: true });
  const names = Object.keys(SHARED_SITES) as SharedSiteName[];
  const sites = Object.fromEntries(names.map((name) => [name, sharedSiteIn(runDir, name)])) as Record<
    SharedSiteName,
    SharedSite
  >;
  // The shared sites are built while the first files run, not before: vitest starts no file until
  // the global setup returns, and files that need no shared site (the unit tests, the builds of a
  // site of a test's own) can use the cores meanwhile. Each build leaves a file when it ends.
  // A run of files that call `src/` alone (`npx vitest run tests/model`) builds nothing.
  const needed = runReadsSites(project);
  const building = Promise.allSettled(names.map((name) => (needed ? buildShared(sites[name]) : notBuilt(sites[name]))));
  project.provide("runDir", runDir);
  project.provide("sites", sites);
  return async () => {
    // Nothing is removed while a build still writes into the run's folder.
    await building;
    await rm(TEST_CACHE_DIR, { recursive: true, force: true });
    await rm(runDir, { recursive: true, force: true });
  };
}

/**
 * Whether a file in this run reads the shared sites or drives the browser. Vitest lists the run's
 * files before it calls the global setup; if that list cannot be read, the sites are built.
 */
function runReadsSites(project: TestProject): boolean {
  const files = project.vitest.state.getPaths();
  return files.length === 0 || files.some(isSiteFile);
}

/** The ready file of a shared site this run does not build, for a file that asks for it anyway. */
async function notBuilt({ dir }: SharedSite): Promise<void> {
  const error = `the shared site ${path.basename(dir)} is only built when a file in SITE_FILES (tests/helpers/site-files.ts) is in the run; add the file that reads it there`;
  await writeReady(readyFile(dir), { error });
}

/** Where a shared site is built, and the environment `npm run build` is given for it. */
function sharedSiteIn(runDir: string, name: SharedSiteName): SharedSite {
  const dir = path.join(runDir, "shared", name);
  const named = { ...NOTHING_SET, ...SHARED_SITES[name], HUB_OUTPUT_DIR: dir };
  // The day is named too, so a test that builds a variant builds it for the same day.
  return { dir, env: { ...named, HUB_TODAY: readSettings(named).today } };
}

/**
 * One shared site, built through `npm run build` itself (scripts/build.ts), as a host would build
 * it; its ready file says when it is done, or why it failed.
 */
async function buildShared({ dir, env }: SharedSite): Promise<void> {
  const run = await runScript("build.ts", [], { env }).catch((error: unknown) => ({
    status: 1,
    stderr: String(error),
  }));
  const outcome =
    run.status === 0
      ? {}
      : { error: `npm run build of the shared site in ${path.basename(dir)} failed:\n${run.stderr}` };
  await writeReady(readyFile(dir), outcome);
}
