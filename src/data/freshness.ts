import { parseArgs } from "node:util";
import { daysBetween, type IsoDate } from "../model/date.ts";
import type { Sourced } from "../model/hub-data.ts";
import type { Resource } from "../model/resource.ts";
import type { DataProblem } from "./problem.ts";

/**
 * A helpline's number, hours and promises change; a page that still shows last year's facts can
 * send someone to a dead line. Every resource records the day a person last checked it against
 * its source; this finds the ones whose check is too old.
 */
export interface StaleResource {
  file: string;
  id: string;
  name: string;
  checked: IsoDate;
  /** Whole days from `checked` to today. */
  age: number;
  source: Resource["source"];
}

/** Resources checked more than `maxAgeDays` before `today`, oldest check first (then by id). */
export function staleResources(
  resources: readonly Sourced<Resource>[],
  today: IsoDate,
  maxAgeDays: number,
): StaleResource[] {
  return resources
    .map(({ file, record }) => ({
      file,
      id: record.id,
      name: record.name,
      checked: record.checked,
      age: daysBetween(record.checked, today),
      source: record.source,
    }))
    .filter((r) => r.age > maxAgeDays)
    .sort((a, b) => b.age - a.age || (a.id < b.id ? -1 : 1));
}

/** A stale resource as a problem, for the strict build that refuses to publish it. */
export function staleProblem(stale: StaleResource, maxAgeDays: number): DataProblem {
  return {
    file: stale.file,
    field: "checked",
    value: stale.checked,
    message: `was ${stale.age} days ago, more than ${maxAgeDays}; re-check every fact at ${stale.source.url} and set checked to the day you did`,
  };
}

/** What the build prints when it publishes stale resources anyway. */
export function staleWarning(stale: readonly StaleResource[], maxAgeDays: number): string {
  const count = stale.length === 1 ? "1 resource was" : `${stale.length} resources were`;
  return [
    `Warning: ${count} last checked more than ${maxAgeDays} days ago: ${stale.map((s) => s.id).join(", ")}.`,
    "  `npm run audit` lists them with the sources to re-check; `npm run build -- --strict` refuses to build until they are.",
  ].join("\n");
}

/** The part of `npm run audit` about old checks: what to re-check, where, oldest first. */
export function staleSection(
  stale: readonly StaleResource[],
  total: number,
  today: IsoDate,
  maxAgeDays: number,
): string[] {
  if (stale.length === 0) {
    return [`All ${total} resources were checked within ${maxAgeDays} days of ${today}. Nothing to re-check.`];
  }
  const lines = [
    `${stale.length} of ${total} resources were last checked more than ${maxAgeDays} days before ${today}, oldest first:`,
  ];
  for (const s of stale) {
    lines.push(
      "",
      `${s.checked} (${s.age} days ago)  ${s.name}`,
      `    re-check at: ${s.source.url} (${s.source.name})`,
      `    then set checked in: ${s.file}`,
    );
  }
  lines.push(
    "",
    "Re-check every fact on the card (numbers, hours, languages, what it is not for), not just that the page loads.",
  );
  return lines;
}

export interface FreshnessOptions {
  /** A resource checked longer ago than this many days is stale; unset, `staleAfterDays` in `_data/site.ts` decides. */
  maxAgeDays: number | undefined;
  /** Refuse to build while any resource is stale. */
  strict: boolean;
}

/**
 * The freshness options from `--max-age-days N` and `--strict` on the command line, over the
 * values of `HUB_STALE_AFTER_DAYS` and `HUB_STRICT_FRESHNESS` that `readSettings`
 * (src/build/settings.ts) has already checked; with neither, the age is left to `staleAfterDays` in
 * `_data/site.ts`. Throws, with what to type instead, on a flag it cannot read.
 */
export function readFreshnessOptions(args: readonly string[], variables: FreshnessOptions): FreshnessOptions {
  const values = parseFlags(args);
  const age = values["max-age-days"];
  const maxAgeDays = age === undefined ? variables.maxAgeDays : parseAgeDays(age);
  if (maxAgeDays === undefined && age !== undefined) throw new Error(`--max-age-days ${AGE_RULE}; got "${age}"`);
  return { maxAgeDays, strict: values.strict ?? variables.strict };
}

/** What an age in days may be: a check ten years old is no check at all. */
export const AGE_RULE = "must be a whole number of days from 0 to 3650, e.g. 180";

/** Days as digits, 0 to 3650; `undefined` for anything else ("1e2", "six months", "-1"). */
export function parseAgeDays(value: string): number | undefined {
  const days = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  return days <= 3650 ? days : undefined;
}

/** What an on/off setting may be: anything else was meant as something, and is not silently off. */
export const SWITCH_RULE = "must be 1, true or yes to turn it on, or 0, false, no or nothing to leave it off";

/** `HUB_STRICT_FRESHNESS`: `undefined` when it is neither on nor off ("on", "strict"). */
export function parseSwitch(value: string | undefined): boolean | undefined {
  const word = (value ?? "").trim().toLowerCase();
  if (["1", "true", "yes"].includes(word)) return true;
  if (["", "0", "false", "no"].includes(word)) return false;
  return undefined;
}

function parseFlags(args: readonly string[]): { "max-age-days"?: string | undefined; strict?: boolean | undefined } {
  try {
    return parseArgs({
      args: [...args],
      options: { "max-age-days": { type: "string" }, strict: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const what = (error instanceof Error ? error.message : String(error)).split(/\.\s/)[0];
    throw new Error(`${what}; the options are --strict and --max-age-days N`);
  }
}
