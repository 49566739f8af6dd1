import type { z } from "zod";
import { type FillIn, findFillIns, isWithin } from "../model/fill-in.ts";
import type { DataFile } from "./load.ts";
import { type DataProblem, fieldPath } from "./problem.ts";
import { didYouMean } from "./suggest.ts";

export interface Shaped<T> {
  file: string;
  /** The record, when every field passed. */
  record: T | undefined;
  /**
   * The fields that passed on their own, even when others did not: cross-record checks use them,
   * so one wrong title does not hide a misspelt cause in the same file, and a resource with a bad
   * phone number is not also reported as "not a resource" everywhere it is named.
   */
  known: Partial<T>;
}

/**
 * Checks one record against its schema and adds a problem, in a maintainer's words, for each
 * field that is wrong, missing, unknown or still a `fillIn(...)` from `npm run new`.
 */
export function checkShape<T>(schema: z.ZodType<T>, file: DataFile, problems: DataProblem[]): Shaped<T> {
  const fills = findFillIns(file.value);
  for (const fill of fills) problems.push({ file: file.file, ...fillInMessage(fill) });
  const result = schema.safeParse(file.value, { reportInput: true, error: plainMessage });
  if (result.success && fills.length === 0) return { file: file.file, record: result.data, known: result.data };
  for (const issue of result.error?.issues ?? []) {
    // A blank left to fill in already has its own problem; zod's complaint about the same spot adds nothing.
    if (fills.some((fill) => isWithin(issue.path, fill))) continue;
    problems.push(...describeIssue(file.file, issue, file.value, schema));
  }
  return { file: file.file, record: undefined, known: validFields(schema, file.value) };
}

/** Each top-level field that passes its own schema. */
function validFields<T>(schema: z.ZodType<T>, value: unknown): Partial<T> {
  const shape = (schema._zod.def as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !value || typeof value !== "object") return {};
  const known: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const result = field.safeParse((value as Record<string, unknown>)[key]);
    if (result.success) known[key] = result.data;
  }
  return known as Partial<T>;
}

/**
 * zod's own words for the mistakes schemas leave to it ("Invalid input: expected array, received
 * string"), said for someone who edits data, not code. A schema's own message, where it has one,
 * wins over these (https://zod.dev/error-customization#error-precedence).
 */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_WORDS[issue.expected];
    case "too_small":
      if (issue.origin === "array") return `must list at least ${issue.minimum}`;
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "number") return `must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}`;
      return undefined;
    case "invalid_value":
      return `must be one of ${orList(issue.values)}${didYouMean(String(issue.input), issue.values.map(String))}`;
    default:
      return undefined;
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "must be text in quotes",
  number: "must be a number",
  int: "must be a whole number",
  boolean: "must be true or false",
  array: 'must be a list in square brackets, e.g. ["child-abuse"]',
  object: "must be a group of fields in curly brackets: { ... }",
};

/**
 * Turns a zod issue into the hub's wording: a missing field says so, an unknown one suggests the
 * right name. The value shown is read from the record at the issue's path: zod reports the whole
 * object for a refinement on it (a channel, for a wrong number) or for a union's unknown kind.
 */
function describeIssue(file: string, issue: z.core.$ZodIssue, record: unknown, schema: z.core.$ZodType): DataProblem[] {
  const field = fieldPath(issue.path);
  const value = valueAt(record, issue.path);
  if (issue.code === "unrecognized_keys") {
    const fields = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => ({
      file,
      field: field ? `${field}.${key}` : key,
      message: `is not a field here${didYouMean(
        key,
        fields.filter((f) => f !== key),
      )}${
        // Inside a translation: ids, addresses, dates, numbers and keywords stay as the English has them.
        issue.path[0] === "es" ? "; only visible text is translated (docs/translating.md), so remove it" : ""
      }`,
    }));
  }
  if (issue.code === "invalid_union" && "discriminator" in issue && typeof issue.discriminator === "string") {
    // zod reports the whole object; the maintainer needs the one word that picks its kind.
    const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
    const allowed = `must be one of ${orList(options)}`;
    if (value === undefined) return [{ file, field, message: `is missing; it ${allowed}` }];
    return [{ file, field, value, message: `${allowed}${didYouMean(String(value), options)}` }];
  }
  if (value === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return [{ file, field, message: `is missing; it ${issue.message}` }];
  }
  // A rule about a field left out (a resource's hours, a crisis line with no whatHappens) is said as such, not "= undefined".
  if (value === undefined && issue.code === "custom") {
    const message = issue.message.startsWith("is missing") ? issue.message : `is missing; ${issue.message}`;
    return [{ file, field, message }];
  }
  return [{ file, field, value, message: issue.message }];
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let current = record;
  for (const key of path) {
    if (!current || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `"call", "text", "tty" or "chat"` */
function orList(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : (quoted[0] ?? "");
}

/** The field names the object at `path` may have: a misspelt field is matched against its neighbours only. */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let level = [schema];
  for (const key of path) {
    level = level.flatMap(unwrap).flatMap((s) => {
      const def = s._zod.def as SchemaDef;
      if (typeof key === "number") return def.element ? [def.element] : [];
      const child = def.shape?.[String(key)];
      return child ? [child] : [];
    });
  }
  return [...new Set(level.flatMap(unwrap).flatMap((s) => Object.keys((s._zod.def as SchemaDef).shape ?? {})))];
}

/** The schemas an optional, a default or a union stands for. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType[] {
  const def = schema._zod.def as SchemaDef;
  if (def.innerType) return unwrap(def.innerType);
  if (def.options) return def.options.flatMap(unwrap);
  return [schema];
}

interface SchemaDef {
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
}

/** The problem a maintainer sees for a blank still in a file. */
export function fillInMessage(fill: FillIn): { field: string; message: string } {
  return { field: fieldPath(fill.path), message: `is not filled in yet: replace fillIn(...) with ${fill.hint}` };
}
