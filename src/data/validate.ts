import type { z } from "zod";
import { CAUSE_PROSE, causeSchema } from "../model/cause.ts";
import { COUNTRY_PROSE, countrySchema } from "../model/country.ts";
import { daysBetween, type IsoDate } from "../model/date.ts";
import type { HubData, Sourced } from "../model/hub-data.ts";
import { alwaysOpenChannel } from "../model/reach.ts";
import { RESOURCE_PROSE, type Resource, resourceSchema } from "../model/resource.ts";
import { SITE_PROSE, siteSchema } from "../model/site.ts";
import { STORY_PROSE, storySchema } from "../model/story.ts";
import { synonymsSchema } from "../model/synonyms.ts";
import type { ProseSpec } from "../model/translation.ts";
import type { DataFile, RawData } from "./load.ts";
import type { DataProblem } from "./problem.ts";
import { checkShape, type Shaped } from "./shape.ts";
import { didYouMean } from "./suggest.ts";
import { translationProblems } from "./translations.ts";

/**
 * Checks every record on its own (shape), then against each other (references, uniqueness),
 * and returns every problem found in one pass so a maintainer fixes them all at once.
 * Cross-record checks also read the valid fields of records that failed their own checks, so a
 * mistake in one field never hides another, and never echoes as a false "is not a cause".
 * `today` decides what counts as a future date; it is passed in so tests and builds agree.
 * `memo` (the dev server's, see `CheckMemo`) keeps each record's own checks between saves.
 */
export function validateData(
  raw: RawData,
  today: IsoDate,
  memo?: CheckMemo,
): { data?: HubData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  // Spanish that is missing, or that has no English to translate (src/data/translations.ts),
  // said after every record's shape, as it always was.
  const translationFound: DataProblem[] = [];
  const check = <T>(schema: z.ZodType<T>, spec: ProseSpec | undefined, file: DataFile): Shaped<T> => {
    const checked = checkRecord(schema, spec, file, memo);
    problems.push(...checked.problems);
    translationFound.push(...checked.translation);
    return checked.shaped;
  };
  const site = raw.site ? check(siteSchema, SITE_PROSE, raw.site) : undefined;
  const causes = raw.causes.map((f) => check(causeSchema, CAUSE_PROSE, f));
  const resources = raw.resources.map((f) => check(resourceSchema, RESOURCE_PROSE, f));
  const stories = raw.stories.map((f) => check(storySchema, STORY_PROSE, f));
  const countries = raw.international.map((f) => check(countrySchema, COUNTRY_PROSE, f));
  const synonyms = raw.synonyms ? check(synonymsSchema, undefined, raw.synonyms) : undefined;
  problems.push(...translationFound);

  // A file that could not be read is already reported; its id (the file name) is not reported again.
  const unreadable = raw.unreadable ?? {};
  const causeIds = unique("id", causes, (c) => c.id, problems);
  const resourceIds = unique("id", resources, (r) => r.id, problems);
  unique("id", stories, (s) => s.id, problems);
  unique("slug", stories, (s) => s.slug, problems);
  unique("id", countries, (c) => c.id, problems);
  const knownCauses = new Set([...causeIds.keys(), ...(unreadable.causes ?? [])]);
  const knownResources = new Set([...resourceIds.keys(), ...(unreadable.resources ?? [])]);

  const knownCause = (file: string, field: string, id: string) => {
    if (!knownCauses.has(id))
      problems.push({ file, field, value: id, message: `is not a cause${didYouMean(id, causeIds.keys())}` });
  };
  const knownResource = (file: string, field: string, id: string) => {
    if (!knownResources.has(id)) {
      problems.push({ file, field, value: id, message: `is not a resource${didYouMean(id, resourceIds.keys())}` });
    }
  };

  const eachId = (ids: readonly string[] | undefined, check: (id: string, i: number) => void) => {
    for (const [i, id] of (ids ?? []).entries()) check(id, i);
  };
  if (site) {
    eachId(site.known.helpNow, (id, i) => knownResource(site.file, `helpNow[${i}]`, id));
    if (site.known.fallbackLine) knownResource(site.file, "fallbackLine", site.known.fallbackLine);
  }
  if (raw.synonyms) checkSynonymTargets(raw.synonyms.file, raw.synonyms.value, knownCause, knownResource);
  for (const { file, known } of causes) {
    for (const [i, step] of (known.steps ?? []).entries()) {
      for (const [j, help] of step.help.entries()) {
        if (typeof help === "string") knownResource(file, `steps[${i}].help[${j}]`, help);
      }
    }
    eachId(known.related, (id, i) => {
      knownCause(file, `related[${i}]`, id);
      if (id === known.id) {
        problems.push({ file, field: `related[${i}]`, value: id, message: "is this cause itself; remove it" });
      }
    });
  }
  for (const { file, known } of resources) {
    eachId(known.causes, (id, i) => knownCause(file, `causes[${i}]`, id));
    if (known.checked && daysBetween(today, known.checked) > 0) {
      problems.push({
        file,
        field: "checked",
        value: known.checked,
        message: `is in the future (today is ${today}); use the day you checked the facts`,
      });
    }
  }
  for (const { file, known } of stories) {
    eachId(known.causes, (id, i) => knownCause(file, `causes[${i}]`, id));
    eachId(known.pinnedResources, (id, i) => knownResource(file, `pinnedResources[${i}]`, id));
    eachId(known.excludedResources, (id, i) => {
      knownResource(file, `excludedResources[${i}]`, id);
      if (known.pinnedResources?.includes(id)) {
        problems.push({
          file,
          field: `excludedResources[${i}]`,
          value: id,
          message: "is also pinned; keep it in one list only",
        });
      }
    });
    const dates = { date: known.date, "source.published": known.source?.published };
    for (const [field, value] of Object.entries(dates)) {
      if (value && daysBetween(today, value) > 0) {
        problems.push({
          file,
          field,
          value,
          message: `is in the future (today is ${today}); use the day it was published`,
        });
      }
    }
  }

  // Whether a cause has help can only be decided when every resource file could be read.
  if ((unreadable.resources ?? []).length === 0) {
    // Read from the files as written: a resource whose causes list has another mistake (an id
    // listed twice) still helps with the causes it names.
    const helped = new Set(raw.resources.flatMap((r) => listed(r.value, "causes")));
    for (const { file, known } of causes) {
      if (known.id && !helped.has(known.id)) {
        problems.push({
          file,
          field: "id",
          value: known.id,
          message: "has no resource; add this id to the causes of at least one file in _data/resources/",
        });
      }
    }
  }

  // Every page falls back on these lines, so they must answer around the clock (src/view/help-floor.ts).
  if (site && (unreadable.resources ?? []).length === 0) {
    const byId = new Map(resources.flatMap(({ record }) => (record ? [[record.id, record] as const] : [])));
    const allDay = (id: string) => {
      const resource = byId.get(id);
      return resource !== undefined && alwaysOpenChannel(resource) !== undefined;
    };
    const suggestion = [...byId.values()].find((r) => r.crisisLine && alwaysOpenChannel(r));
    const helpNow = site.known.helpNow ?? [];
    if (helpNow.length > 0 && helpNow.every((id) => byId.has(id)) && !helpNow.some(allDay)) {
      problems.push({
        file: site.file,
        field: "helpNow",
        value: helpNow,
        message: `has no line that takes calls or texts 24 hours a day, and every page falls back on it; add one${suggest(suggestion)}`,
      });
    }
    const fallback = site.known.fallbackLine;
    if (fallback && byId.has(fallback) && !allDay(fallback)) {
      problems.push({
        file: site.file,
        field: "fallbackLine",
        value: fallback,
        message: `does not take calls or texts 24 hours a day, so it cannot be the line to try when a number does not connect; name one that does${suggest(suggestion)}`,
      });
    }
  }

  const valid = <T>(list: Shaped<T>[]): Sourced<T>[] =>
    list.flatMap(({ file, record }) => (record === undefined ? [] : [{ file, record }]));
  if (problems.length > 0 || !site?.record || !synonyms?.record) return { problems };
  return {
    data: {
      site: site.record,
      siteFile: site.file,
      causes: valid(causes),
      resources: valid(resources),
      stories: valid(stories),
      countries: valid(countries),
      synonyms: synonyms?.record ?? [],
    },
    problems,
  };
}

/**
 * What one record's own checks found: its shape and, when it passed, its Spanish. They read
 * nothing but the record, so the dev server, which checks the data again on every save, keeps
 * them for every record whose file did not change: the data file cache hands it the same object
 * for an unchanged file (data-file-cache.ts), and only the saved file is checked again. Two files
 * with the same bytes share an object, so what is kept also names the file and the schema.
 */
export type CheckMemo = WeakMap<object, CheckedRecord>;

interface CheckedRecord {
  file: string;
  schema: unknown;
  shaped: Shaped<unknown>;
  problems: readonly DataProblem[];
  translation: readonly DataProblem[];
}

function checkRecord<T>(
  schema: z.ZodType<T>,
  spec: ProseSpec | undefined,
  file: DataFile,
  memo: CheckMemo | undefined,
): CheckedRecord & { shaped: Shaped<T> } {
  const key = memo && file.value !== null && typeof file.value === "object" ? file.value : undefined;
  const kept = key && memo?.get(key);
  if (kept && kept.file === file.file && kept.schema === schema) return kept as CheckedRecord & { shaped: Shaped<T> };
  const problems: DataProblem[] = [];
  const shaped = checkShape(schema, file, problems);
  const translation = spec && shaped.record ? translationProblems(shaped.file, shaped.record, spec) : [];
  const checked = { file: file.file, schema, shaped, problems, translation };
  if (key) memo?.set(key, checked);
  return checked;
}

function unique<T>(
  field: string,
  records: Shaped<T>[],
  key: (r: Partial<T>) => string | undefined,
  problems: DataProblem[],
): Map<string, string> {
  const seen = new Map<string, string>();
  for (const { file, known } of records) {
    const value = key(known);
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first !== undefined) {
      problems.push({ file, field, value, message: `is already used by ${first}; every ${field} must be different` });
    } else {
      seen.set(value, file);
    }
  }
  return seen;
}

/** The text items of a list field in a record as its file exports it, whatever else is wrong with it. */
function listed(record: unknown, field: string): string[] {
  const list = record && typeof record === "object" ? (record as Record<string, unknown>)[field] : undefined;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : [];
}

function suggest(resource: Resource | undefined): string {
  return resource ? `, such as "${resource.id}"` : "";
}

/**
 * The causes and resources each synonym group names must exist. Read from the raw file, so a
 * mistake in one group's words does not hide a misspelt id in another.
 */
function checkSynonymTargets(
  file: string,
  value: unknown,
  knownCause: (file: string, field: string, id: string) => void,
  knownResource: (file: string, field: string, id: string) => void,
): void {
  if (!Array.isArray(value)) return;
  for (const [i, group] of value.entries()) {
    if (!group || typeof group !== "object") continue;
    const { causes, resources } = group as { causes?: unknown; resources?: unknown };
    const ids = (list: unknown) =>
      Array.isArray(list) ? list.filter((id): id is string => typeof id === "string") : [];
    for (const [j, id] of ids(causes).entries()) knownCause(file, `[${i}].causes[${j}]`, id);
    for (const [j, id] of ids(resources).entries()) knownResource(file, `[${i}].resources[${j}]`, id);
  }
}
