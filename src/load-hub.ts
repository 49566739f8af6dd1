import path from "node:path";
import { type BuildPass, batchOf } from "./build-pass.ts";
import { buildHub, type Hub } from "./hub.ts";
import { loadData } from "./load.ts";
import { DataError, type DataProblem } from "./problem.ts";
import { STRINGS } from "./strings/index.ts";
import { type HubData, validateData } from "./validate.ts";

export interface LoadHubOptions {
  dataDir: string;
  /** YYYY-MM-DD; story dates after it are refused. */
  today: string;
  /** Replaces `url` in `_data/site.ts`, for builds published elsewhere. */
  siteUrl?: string | undefined;
  /**
   * Which pass of `npm run build` this is (see build-pass.ts). Unset (the dev server, tests), the
   * data is read afresh on every call; set, it is read once per process and shared by the passes.
   */
  pass?: BuildPass | undefined;
}

/** Loads and checks all data; throws a `DataError` listing every problem when any is found. */
export async function checkData({ dataDir, today, siteUrl }: LoadHubOptions): Promise<HubData> {
  const { raw, problems: loadProblems } = await loadData(dataDir);
  if (siteUrl && raw.site && typeof raw.site.value === "object") {
    raw.site = { file: `${raw.site.file} (url from SITE_URL)`, value: { ...raw.site.value, url: siteUrl } };
  }
  const { data, problems } = validateData(raw, today);
  const all = [...loadProblems, ...problems];
  if (data && !STRINGS[data.site.language]) {
    all.push({
      file: raw.site?.file ?? "_data/site.ts",
      field: "language",
      value: data.site.language,
      message: `has no interface text; add src/strings/${data.site.language}.ts (a copy of en.ts, translated)`,
    });
  }
  if (all.length > 0 || !data) throw new DataError(byFile(all));
  return data;
}

/** What `npm run build` has read, checked and prepared, kept for the rest of its run. */
let shared: { key: string; data: Promise<HubData>; hub?: Promise<Hub> } | undefined;

function sharedRun(options: LoadHubOptions): { data: Promise<HubData>; hub?: Promise<Hub> } {
  const key = JSON.stringify([path.resolve(options.dataDir), options.today, options.siteUrl]);
  if (shared?.key !== key) shared = { key, data: checkData(options) };
  return shared;
}

/**
 * `checkData`, but once per process for the same data: `npm run build` checks the data before
 * Eleventy starts, and each of its passes then builds from what was checked instead of reading
 * tens of thousands of files again.
 */
export function checkDataOnce(options: LoadHubOptions): Promise<HubData> {
  return sharedRun(options).data;
}

/**
 * Loads, checks and prepares all data for the pages; throws a `DataError` as `checkData` does.
 * In a pass of `npm run build` the hub is prepared once and each pass gets its `batch` of pages.
 */
export async function loadHub(options: LoadHubOptions): Promise<Hub> {
  const { pass } = options;
  if (!pass) return prepare(await checkData(options));
  const run = sharedRun(options);
  run.hub ??= run.data.then(prepare);
  const whole = await run.hub;
  return Object.freeze({ ...whole, batch: batchOf(whole.batch, pass) });
}

function prepare(data: HubData): Hub {
  const strings = STRINGS[data.site.language];
  if (!strings) throw new Error(`checkData let through a language without interface text: ${data.site.language}`);
  return buildHub(data, { strings, storiesPerPage: 20, latestCount: 5, relatedCount: 3 });
}

/** One file's problems together, files in order, each file's problems in the order found. */
function byFile(problems: readonly DataProblem[]): DataProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
