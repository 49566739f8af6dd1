import { mkdtemp, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { buildSite } from "../../src/build/build-site.ts";
import { readSettings, type Settings } from "../../src/build/settings.ts";
import type { SharedSiteName } from "./global-setup.ts";

export interface BuiltSite {
  /** Absolute path of the built folder. */
  dir: string;
  /** Every built file, by its path relative to `dir` with forward slashes (`stories/x/index.html`). */
  files: string[];
  /** The text of a built file. */
  read(file: string): Promise<string>;
  /** Every built HTML page: its URL path (`/stories/x/`) and its text. */
  pages(): Promise<Map<string, string>>;
}

/**
 * A site this run built once for every test file (tests/helpers/global-setup.ts), through
 * `npm run build`: `default` as it builds with nothing set, `hub` for https://help.example.net
 * under /hub/. Many files read it at once: read it, never change it.
 */
export function sharedSite(name: SharedSiteName): Promise<BuiltSite> {
  return siteIn(inject("sites")[name].dir);
}

/** The settings a shared site was built with, for a test that builds a variant of it. */
export function sharedSettings(name: SharedSiteName): Settings {
  return inject("sites")[name].settings;
}

/**
 * A site of the test's own, for a test that changes a setting or the data: built by the same
 * build as `npm run build` (src/build/build-site.ts) into a new folder in the run's folder.
 * `changes` apply to the settings of a build with nothing set (`_data` in, root prefix, today).
 */
export async function buildOwnSite(changes: Partial<Omit<Settings, "outputDir">> = {}): Promise<BuiltSite> {
  const outputDir = path.join(await runFolder("site-"), "site");
  const outcome = await buildSite({ ...readSettings({}), ...changes, outputDir });
  if (!outcome.ok) throw new Error(outcome.report);
  return siteIn(outputDir);
}

/** A new, empty folder inside the run's folder in the system's temporary folder, removed when the run ends. */
export function runFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(inject("runDir"), prefix));
}

/** A view of an already built folder. */
export async function siteIn(dir: string): Promise<BuiltSite> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  const read = (file: string) => readFile(path.join(dir, file), "utf8");
  return {
    dir,
    files,
    read,
    async pages() {
      const html = files.filter((f) => f.endsWith(".html"));
      const texts = await Promise.all(html.map(read));
      return new Map(html.map((f, i) => [urlOf(f), texts[i] ?? ""]));
    },
  };
}

/** `stories/x/index.html` → `/stories/x/`; `404.html` → `/404.html`. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
