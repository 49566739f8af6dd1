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
}

/** Loads, checks and prepares all data; throws a `DataError` listing every problem when any is found. */
export async function loadHub({ dataDir, today, siteUrl }: LoadHubOptions): Promise<Hub> {
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
