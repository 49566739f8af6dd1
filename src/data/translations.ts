import { CAUSE_PROSE } from "../model/cause.ts";
import { COUNTRY_PROSE } from "../model/country.ts";
import type { HubData } from "../model/hub-data.ts";
import { RESOURCE_PROSE } from "../model/resource.ts";
import { SITE_PROSE } from "../model/site.ts";
import { STORY_PROSE } from "../model/story.ts";
import { englishHash, isTranslated, type ProseSpec, proseFields } from "../model/translation.ts";
import type { DataProblem } from "./problem.ts";

/**
 * Keeping the Spanish in step with the English (src/model/translation.ts). A Spanish text that
 * is missing, or that translates a field the English does not have, is a problem: the build
 * refuses it. One whose `from` no longer matches its English is stale: the English changed
 * after it was translated, so the build warns, `npm run audit` lists it, and
 * `npm run build -- --strict` refuses it until the Spanish is brought up to date.
 */
export interface StaleTranslation {
  file: string;
  /** The Spanish field: `es.steps[1].text`. */
  field: string;
  /** The English it should say, as it reads now. */
  english: string;
  /** The hash the Spanish records, and the one to write once it is updated. */
  from: string;
  hash: string;
}

/** What a translation lacks or has too much of: each one a problem with file, field and fix. */
export function translationProblems(file: string, record: unknown, spec: ProseSpec): DataProblem[] {
  const es = (record as { es?: unknown }).es;
  if (es === undefined) return [];
  const problems: DataProblem[] = [];
  for (const field of proseFields(record, spec)) {
    if (field.kind !== "text") continue;
    if (!isTranslated(valueAt(es, field.path))) {
      problems.push({
        file,
        field: `es.${pathText(field.path)}`,
        message: `is missing: translate ${pathText(field.path)} ("${excerpt(field.english)}") as { text: "...", from: "${englishHash(field.english)}" }`,
      });
    }
  }
  walkExtra(file, record, es, spec, [], problems);
  return problems;
}

/** Spanish the English no longer matches, in one record. */
export function staleIn(file: string, record: unknown, spec: ProseSpec): StaleTranslation[] {
  const es = (record as { es?: unknown }).es;
  if (es === undefined) return [];
  const stale: StaleTranslation[] = [];
  const aliases = new Map<string, string>();
  for (const field of proseFields(record, spec)) {
    if (field.kind === "aliases") {
      aliases.set(englishHash(field.english), field.english);
      continue;
    }
    const leaf = valueAt(es, field.path);
    const hash = englishHash(field.english);
    if (isTranslated(leaf) && leaf.from !== hash) {
      stale.push({ file, field: `es.${pathText(field.path)}`, english: field.english, from: leaf.from, hash });
    }
  }
  // Alternative names are not aligned: each Spanish one must stand for an English one, and each English one needs one.
  const named = new Set<string>();
  for (const [key, inner] of Object.entries(typeof spec === "object" && !Array.isArray(spec) ? spec : {})) {
    if (inner !== "aliases") continue;
    const list = (es as Record<string, unknown>)[key];
    for (const [i, leaf] of (Array.isArray(list) ? list : []).entries()) {
      if (!isTranslated(leaf)) continue;
      if (aliases.has(leaf.from)) named.add(leaf.from);
      else stale.push({ file, field: `es.${key}[${i}]`, english: "", from: leaf.from, hash: "" });
    }
    for (const [hash, english] of aliases) {
      if (!named.has(hash)) stale.push({ file, field: `es.${key}`, english, from: "", hash });
    }
  }
  return stale;
}

/** Every stale translation in the hub, file by file. */
export function staleTranslations(data: HubData): StaleTranslation[] {
  return [
    ...staleIn(data.siteFile, data.site, SITE_PROSE),
    ...data.causes.flatMap(({ file, record }) => staleIn(file, record, CAUSE_PROSE)),
    ...data.resources.flatMap(({ file, record }) => staleIn(file, record, RESOURCE_PROSE)),
    ...data.countries.flatMap(({ file, record }) => staleIn(file, record, COUNTRY_PROSE)),
    ...data.stories.flatMap(({ file, record }) => staleIn(file, record, STORY_PROSE)),
  ];
}

/** Stories with no Spanish yet: their Spanish pages show the English, and say so. */
export function untranslatedStories(data: HubData): { file: string; title: string }[] {
  return data.stories.filter(({ record }) => !record.es).map(({ file, record }) => ({ file, title: record.title }));
}

/** A stale translation in a maintainer's words: what changed, and what to do. */
export function staleMessage(stale: StaleTranslation): string {
  if (stale.english === "") {
    return `${stale.file}: ${stale.field} = "${stale.from}" stands for no English name in alsoKnownAs any more; translate the English name it replaced, or remove it`;
  }
  if (stale.from === "") {
    return `${stale.file}: ${stale.field} has no Spanish for "${excerpt(stale.english)}"; add { text: "...", from: "${stale.hash}" }`;
  }
  return `${stale.file}: ${stale.field} was translated from other English (from "${stale.from}"); the English now says "${excerpt(stale.english)}": update the Spanish, then set from: "${stale.hash}"`;
}

/** A stale translation as a problem, for the strict build that refuses it. */
export function staleTranslationProblem(stale: StaleTranslation): DataProblem {
  const message = staleMessage(stale).slice(`${stale.file}: ${stale.field} `.length);
  return { file: stale.file, field: stale.field, message };
}

/** What the build prints when it publishes stale translations anyway. */
export function staleTranslationWarning(stale: readonly StaleTranslation[]): string {
  const count =
    stale.length === 1 ? "1 Spanish text no longer matches" : `${stale.length} Spanish texts no longer match`;
  return [
    `Warning: ${count} its English:`,
    ...stale.map((s) => `  ${staleMessage(s)}`),
    "  `npm run audit` lists them; `npm run build -- --strict` refuses to build until they are updated.",
  ].join("\n");
}

/** Spanish at places the English has nothing, and lists of another length than the English's. */
function walkExtra(
  file: string,
  english: unknown,
  es: unknown,
  spec: ProseSpec | undefined,
  path: (string | number)[],
  problems: DataProblem[],
): void {
  const field = `es${path.length > 0 ? `.${pathText(path)}` : ""}`;
  if (spec === "aliases") return;
  if (isTranslated(es)) {
    if (typeof english !== "string" || spec === undefined) {
      problems.push({
        file,
        field,
        value: es.text,
        message: `translates nothing: the English has no ${pathText(path)}; remove it`,
      });
    }
    return;
  }
  if (Array.isArray(es)) {
    const item = Array.isArray(spec) ? (spec[0] as ProseSpec) : undefined;
    const count = Array.isArray(english) ? english.length : 0;
    if (es.length !== count) {
      problems.push({
        file,
        field,
        message: `has ${es.length} item${es.length === 1 ? "" : "s"} but the English ${pathText(path)} has ${count}; keep one per English item, in the same order ({} for one with nothing to translate)`,
      });
      return;
    }
    for (const [i, value] of es.entries()) {
      walkExtra(file, (english as unknown[])[i], value, item, [...path, i], problems);
    }
    return;
  }
  if (typeof es === "object" && es !== null) {
    const specs = typeof spec === "object" && !Array.isArray(spec) ? (spec as Record<string, ProseSpec>) : {};
    for (const [key, value] of Object.entries(es)) {
      const inner = english && typeof english === "object" ? (english as Record<string, unknown>)[key] : undefined;
      walkExtra(file, inner, value, specs[key], [...path, key], problems);
    }
  }
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** `["steps", 1, "text"]` → `steps[1].text`. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
