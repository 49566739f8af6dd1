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
import type { RawData } from "./load.ts";
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
 */
export function validateData(raw: RawData, today: IsoDate): { data?: HubData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const site = raw.site ? checkShape(siteSchema, raw.site, problems) : undefined;
  const causes = raw.causes.map((f) => checkShape(causeSchema, f, problems));
  const resources = raw.resources.map((f) => checkShape(resourceSchema, f, problems));
  const stories = raw.stories.map((f) => checkShape(storySchema, f, problems));
  const countries = raw.international.map((f) => checkShape(countrySchema, f, problems));
  const synonyms = raw.synonyms ? checkShape(synonymsSchema, raw.synonyms, problems) : undefined;

  // Spanish that is missing, or that has no English to translate (src/data/translations.ts).
  const translated = (list: Shaped<unknown>[], spec: ProseSpec) => {
    for (const { file, record } of list) if (record) problems.push(...translationProblems(file, record, spec));
  };
  if (site) translated([site], SITE_PROSE);
  translated(causes, CAUSE_PROSE);
  translated(resources, RESOURCE_PROSE);
  translated(stories, STORY_PROSE);
  translated(countries, COUNTRY_PROSE);

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
