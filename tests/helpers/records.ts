import type { DataFile, RawData } from "../../src/data/load.ts";
import { validateData } from "../../src/data/validate.ts";
import { CAUSE_PROSE, type CauseInput } from "../../src/model/cause.ts";
import { RESOURCE_PROSE, type ResourceInput } from "../../src/model/resource.ts";
import { SITE_PROSE, type SiteInput } from "../../src/model/site.ts";
import type { StoryInput } from "../../src/model/story.ts";
import type { SynonymGroupInput } from "../../src/model/synonyms.ts";
import { draftTranslation, englishHash, type ProseSpec } from "../../src/model/translation.ts";
import { type SearchRecord, searchRecordList } from "../../src/publish/search-records.ts";
import { buildHub, type Hub } from "../../src/view/hub.ts";
import { en } from "../../src/view/strings/en.ts";

/** A Spanish field for `record` that matches its English: each text marked "(es)", each hash right. */
export function spanish<T>(record: T, spec: ProseSpec): never {
  return draftTranslation(record, spec, (english) => `${english} (es)`) as never;
}

/** `record` with its `es` drafted from its English, unless `extra` gave one. */
function withSpanish<T extends { es?: unknown }>(record: Omit<T, "es"> & { es?: unknown }, spec: ProseSpec): T {
  return { ...record, es: record.es ?? spanish(record, spec) } as T;
}

/** `line` with its Spanish `field` written as `text`, translated from the English of that field. */
export function withSpanishText(line: ResourceInput, field: "summary" | "serves", text: string): ResourceInput {
  const es = line.es as NonNullable<ResourceInput["es"]>;
  return { ...line, es: { ...es, [field]: { text, from: englishHash(line[field]) } } };
}

/** Valid records to start from; each test changes only what it is about. */
export function cause(id: string, extra: Partial<CauseInput> = {}): CauseInput {
  const steps = ["Call for help now.", "Talk to someone.", "Read more."].map((text) => ({ text, emergency: true }));
  return withSpanish<CauseInput>(
    { id, name: `Cause ${id}`, summary: "A cause.", description: "What it is, in a sentence or two.", steps, ...extra },
    CAUSE_PROSE,
  );
}

export function resource(
  id: string,
  causes: string[],
  crisisLine = true,
  extra: Partial<ResourceInput> = {},
): ResourceInput {
  return withSpanish<ResourceInput>(
    {
      id,
      name: `Resource ${id}`,
      organization: "An organization",
      crisisLine,
      summary: "A service.",
      channels: crisisLine ? [{ type: "call", number: "+18004224453" }] : [],
      website: `https://${id}.example.org/`,
      hours: { kind: "always" },
      serves: "Anyone.",
      area: "United States",
      causes,
      ...(crisisLine
        ? {
            whatHappens: {
              whoAnswers: "A trained counselor.",
              sources: [{ name: "How it works", url: "https://source.example.org/how-it-works" }],
            },
          }
        : {}),
      source: { name: "Source", url: "https://source.example.org/facts" },
      checked: "2026-01-01",
      ...extra,
    },
    RESOURCE_PROSE,
  );
}

/** A story whose source came out the day it is dated (the two must be close), unless `extra` says otherwise. */
export function story(id: string, causes: string[], extra: Partial<StoryInput> = {}): StoryInput {
  const date = extra.date ?? "2026-01-01";
  return {
    id,
    slug: id,
    title: `Story ${id}`,
    date,
    source: { publication: "Paper", published: date },
    summary: "What happened, in a sentence or two.",
    causes,
    contentNote: "Mentions abuse.",
    ...extra,
  };
}

export function site(extra: Partial<SiteInput> = {}): SiteInput {
  return withSpanish<SiteInput>(
    {
      name: "Hub",
      description: "A hub.",
      url: "https://hub.example.org",
      language: "en",
      emergencyNumber: "911",
      exitUrl: "https://www.weather.gov/",
      helpNow: ["line"],
      fallbackLine: "line",
      linesFor: "the United States",
      worldwideDirectory: { name: "Directory", url: "https://directory.example.org/" },
      reportUrl: "mailto:corrections@hub.example.org",
      staleAfterDays: 180,
      ...extra,
    },
    SITE_PROSE,
  );
}

/** Records as if loaded from `_data/<collection>/<id>.ts`. */
export function raw(records: {
  site?: SiteInput;
  causes?: CauseInput[];
  resources?: ResourceInput[];
  stories?: StoryInput[];
  synonyms?: SynonymGroupInput[];
}): RawData {
  const files = (folder: string, list: { id: string }[] = []): DataFile[] =>
    list.map((value) => ({ file: `_data/${folder}/${value.id}.ts`, value }));
  return {
    site: { file: "_data/site.ts", value: records.site ?? site() },
    causes: files("causes", records.causes),
    resources: files("resources", records.resources),
    stories: files("stories", records.stories),
    international: [],
    synonyms: { file: "_data/synonyms.ts", value: records.synonyms ?? [] },
  };
}

/**
 * The English hub of `records` (see `raw`), checked as on 2026-11-23 and paged as the site pages it
 * (20 stories a list page, 5 newest, 3 related); throws with the problems if they are refused.
 */
export function hubOf(records: Parameters<typeof raw>[0]): Hub {
  const { data, problems } = validateData(raw(records), "2026-11-23");
  if (!data) throw new Error(problems.map((p) => p.message).join("; "));
  return buildHub(data, { strings: en, storiesPerPage: 20, latestCount: 5, relatedCount: 3 });
}

/** Every search record of one language's hub at once, as the index takes them shard by shard. */
export function searchRecords(hub: Hub): SearchRecord[] {
  const list = searchRecordList(hub);
  return list.slice(0, list.length);
}
