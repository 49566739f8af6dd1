import { rmSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { loadHub } from "../../src/build/load-hub.ts";
import { readSettings } from "../../src/build/settings.ts";
import { indexSearch } from "../../src/publish/search-index.ts";
import { searchRecords } from "../../src/publish/search-records.ts";

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

export interface BuildOptions {
  /** Data folder, default `_data`. */
  dataDir?: string;
  /** Served path, default `/`. */
  pathPrefix?: string;
  /** Other environment settings (see src/build/settings.ts). */
  env?: Record<string, string>;
  /** Also build the search index, as `npm run build` does after Eleventy. */
  search?: boolean;
}

/** Every folder built in this test process, removed when it exits so runs leave nothing behind. */
const built: string[] = [];
process.once("exit", () => {
  for (const dir of built) rmSync(dir, { recursive: true, force: true });
});

/**
 * Builds the real site through Eleventy's programmatic API into a new temporary folder.
 * Settings travel through the environment, as they do for `npm run build`; the previous values
 * are restored afterwards so one test's settings never leak into another's.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const dir = await mkdtemp(path.join(tmpdir(), "hub-site-"));
  built.push(dir);
  const env: Record<string, string> = {
    HUB_OUTPUT_DIR: dir,
    HUB_DATA_DIR: options.dataDir ?? "_data",
    PATH_PREFIX: options.pathPrefix ?? "/",
    ...options.env,
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const eleventy = new Eleventy("content", dir, { configPath: "eleventy.config.ts", quietMode: true });
    eleventy.disableLogger();
    await eleventy.write();
    if (options.search) {
      const settings = readSettings(process.env);
      const hub = await loadHub(settings);
      await indexSearch(dir, hub.editions.flatMap(searchRecords), { shardSize: settings.searchShardSize });
    }
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return siteIn(dir);
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
