import { type BuildPass, batchOf, WHOLE_BUILD } from "./build-pass.ts";
import { buildHub, type Hub } from "./hub.ts";
import { loadData } from "./load.ts";
import { DataError } from "./problem.ts";
import { STRINGS } from "./strings/index.ts";
import { validateData } from "./validate.ts";

export interface LoadHubOptions {
  dataDir: string;
  /** YYYY-MM-DD; story dates after it are refused. */
  today: string;
  /** Replaces `url` in `_data/site.ts`, for builds published elsewhere. */
  siteUrl?: string | undefined;
  /** Which pass of a build in passes this is; the whole build by default. */
  pass?: BuildPass;
}

/** The hub the passes of one build share, so the data is loaded and checked once, not once per pass. */
let shared: { key: string; hub: Promise<Hub> } | undefined;

/**
 * Loads, checks and prepares all data; throws a `DataError` listing every problem when any is found.
 * In a build in passes (see build-pass.ts) the first pass loads it and the others reuse it; each
 * gets its own `batch` of pages to write. A build in one pass (the dev server) always reads afresh.
 */
export async function loadHub(options: LoadHubOptions): Promise<Hub> {
  const pass = options.pass ?? WHOLE_BUILD;
  if (pass.count === 1) return loadWholeHub(options);
  const key = JSON.stringify([options.dataDir, options.today, options.siteUrl, pass.count]);
  if (shared?.key !== key) shared = { key, hub: loadWholeHub(options) };
  const hub = await shared.hub;
  return Object.freeze({ ...hub, batch: batchOf(hub.batch, pass) });
}

async function loadWholeHub({ dataDir, today, siteUrl }: LoadHubOptions): Promise<Hub> {
  const { raw, problems: loadProblems } = await loadData(dataDir);
  if (siteUrl && raw.site && typeof raw.site.value === "object") {
    raw.site = { file: `${raw.site.file} (url from SITE_URL)`, value: { ...raw.site.value, url: siteUrl } };
  }
  const { data, problems } = validateData(raw, today);
  const all = [...loadProblems, ...problems];
  const strings = data ? STRINGS[data.site.language] : undefined;
  if (data && !strings) {
    all.push({
      file: raw.site?.file ?? "_data/site.ts",
      field: "language",
      value: data.site.language,
      message: `has no interface text; add src/strings/${data.site.language}.ts (a copy of en.ts, translated)`,
    });
  }
  if (all.length > 0 || !data || !strings) throw new DataError(all);
  return buildHub(data, { strings, storiesPerPage: 20, latestCount: 5, relatedCount: 3 });
}
