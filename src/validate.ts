import type { z } from "zod";
import { type Cause, causeSchema } from "./cause.ts";
import { daysBetween, type IsoDate } from "./date.ts";
import type { DataFile, RawData } from "./load.ts";
import { type DataProblem, fieldPath } from "./problem.ts";
import { type Resource, resourceSchema } from "./resource.ts";
import { type Site, siteSchema } from "./site.ts";
import { type Story, storySchema } from "./story.ts";
import { didYouMean } from "./suggest.ts";

/** A record that passed its own checks, with the file it came from for later messages. */
export interface Sourced<T> {
  file: string;
  record: T;
}

export interface HubData {
  site: Site;
  causes: Sourced<Cause>[];
  resources: Sourced<Resource>[];
  stories: Sourced<Story>[];
}

/**
 * Checks every record on its own (shape), then against each other (references, uniqueness),
 * and returns every problem found in one pass so a maintainer fixes them all at once.
 * `today` decides what counts as a future date; it is passed in so tests and builds agree.
 */
export function validateData(raw: RawData, today: IsoDate): { data?: HubData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const site = raw.site ? parse(siteSchema, raw.site, problems) : undefined;
  const causes = raw.causes.flatMap((f) => sourced(causeSchema, f, problems));
  const resources = raw.resources.flatMap((f) => sourced(resourceSchema, f, problems));
  const stories = raw.stories.flatMap((f) => sourced(storySchema, f, problems));

  const causeIds = unique("id", causes, (c) => c.id, problems);
  const resourceIds = unique("id", resources, (r) => r.id, problems);
  unique("id", stories, (s) => s.id, problems);
  unique("slug", stories, (s) => s.slug, problems);

  const knownCause = (file: string, field: string, id: string) => {
    if (!causeIds.has(id))
      problems.push({ file, field, value: id, message: `is not a cause${didYouMean(id, causeIds.keys())}` });
  };
  const knownResource = (file: string, field: string, id: string) => {
    if (!resourceIds.has(id)) {
      problems.push({ file, field, value: id, message: `is not a resource${didYouMean(id, resourceIds.keys())}` });
    }
  };

  const eachId = (ids: readonly string[], check: (id: string, i: number) => void) => {
    for (const [i, id] of ids.entries()) check(id, i);
  };
  if (site && raw.site) {
    const siteFile = raw.site.file;
    eachId(site.helpNow, (id, i) => knownResource(siteFile, `helpNow[${i}]`, id));
  }
  for (const { file, record } of causes) {
    eachId(record.related, (id, i) => {
      knownCause(file, `related[${i}]`, id);
      if (id === record.id) {
        problems.push({ file, field: `related[${i}]`, value: id, message: "is this cause itself; remove it" });
      }
    });
  }
  for (const { file, record } of resources) {
    eachId(record.causes, (id, i) => knownCause(file, `causes[${i}]`, id));
    repeated(file, "causes", record.causes, problems);
  }
  for (const { file, record } of stories) {
    eachId(record.causes, (id, i) => knownCause(file, `causes[${i}]`, id));
    repeated(file, "causes", record.causes, problems);
    eachId(record.pinnedResources, (id, i) => knownResource(file, `pinnedResources[${i}]`, id));
    eachId(record.excludedResources, (id, i) => {
      knownResource(file, `excludedResources[${i}]`, id);
      if (record.pinnedResources.includes(id)) {
        problems.push({
          file,
          field: `excludedResources[${i}]`,
          value: id,
          message: "is also pinned; keep it in one list only",
        });
      }
    });
    for (const field of ["date", "source.published"] as const) {
      const value = field === "date" ? record.date : record.source.published;
      if (daysBetween(today, value) > 0) {
        problems.push({
          file,
          field,
          value,
          message: `is in the future (today is ${today}); use the day it was published`,
        });
      }
    }
  }

  const helped = new Set(resources.flatMap((r) => r.record.causes));
  for (const { file, record } of causes) {
    if (!helped.has(record.id)) {
      problems.push({
        file,
        field: "id",
        value: record.id,
        message: "has no resource; add this id to the causes of at least one file in _data/resources/",
      });
    }
  }

  if (problems.length > 0 || !site) return { problems };
  return { data: { site, causes, resources, stories }, problems };
}

function parse<T>(schema: z.ZodType<T>, file: DataFile, problems: DataProblem[]): T | undefined {
  const result = schema.safeParse(file.value, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(...describeIssue(file.file, issue));
  return undefined;
}

function sourced<T>(schema: z.ZodType<T>, file: DataFile, problems: DataProblem[]): Sourced<T>[] {
  const record = parse(schema, file, problems);
  return record === undefined ? [] : [{ file: file.file, record }];
}

/** Turns zod's issue into the hub's wording: a missing field says so, an unknown one suggests the right name. */
function describeIssue(file: string, issue: z.core.$ZodIssue): DataProblem[] {
  const field = fieldPath(issue.path);
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file,
      field: field ? `${field}.${key}` : key,
      message: `is not a field here${didYouMean(key, KNOWN_FIELDS)}`,
    }));
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return [{ file, field, message: `is missing: it ${issue.message}` }];
  }
  return [{ file, field, value: issue.input, message: issue.message }];
}

/** Every field name any record may have, for "did you mean" on a misspelt one. */
const KNOWN_FIELDS = [causeSchema, resourceSchema, storySchema, siteSchema].flatMap((schema) => [
  ...fieldNames(schema),
]);

/** Walks a schema's objects, arrays, optionals and unions, collecting object keys. */
function fieldNames(schema: z.core.$ZodType, names = new Set<string>()): Set<string> {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
    innerType?: z.core.$ZodType;
    options?: z.core.$ZodType[];
  };
  for (const [key, child] of Object.entries(def.shape ?? {})) {
    names.add(key);
    fieldNames(child, names);
  }
  for (const child of [def.element, def.innerType, ...(def.options ?? [])]) if (child) fieldNames(child, names);
  return names;
}

function unique<T>(
  field: string,
  records: Sourced<T>[],
  key: (r: T) => string,
  problems: DataProblem[],
): Map<string, string> {
  const seen = new Map<string, string>();
  for (const { file, record } of records) {
    const value = key(record);
    const first = seen.get(value);
    if (first !== undefined) {
      problems.push({ file, field, value, message: `is already used by ${first}; every ${field} must be different` });
    } else {
      seen.set(value, file);
    }
  }
  return seen;
}

function repeated(file: string, field: string, ids: readonly string[], problems: DataProblem[]): void {
  for (const [i, id] of ids.entries()) {
    if (ids.indexOf(id) !== i)
      problems.push({ file, field: `${field}[${i}]`, value: id, message: "is listed twice; remove one" });
  }
}
