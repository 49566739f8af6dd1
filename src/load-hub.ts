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

/** Loads, checks and prepares all data for the pages; throws a `DataError` as `checkData` does. */
export async function loadHub(options: LoadHubOptions): Promise<Hub> {
  const data = await checkData(options);
  const strings = STRINGS[data.site.language];
  if (!strings) throw new Error(`checkData let through a language without interface text: ${data.site.language}`);
  return buildHub(data, { strings, storiesPerPage: 20, latestCount: 5, relatedCount: 3 });
}

/** One file's problems together, files in order, each file's problems in the order found. */
function byFile(problems: readonly DataProblem[]): DataProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
