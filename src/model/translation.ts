import { createHash } from "node:crypto";
import { z } from "zod";
import { labelSchema, markdownSchema, plainTextSchema } from "./text.ts";

/**
 * The hub in a second language. Every data file keeps its Spanish beside its English, in an `es`
 * field that mirrors the record's shape but holds only the visible prose: each text becomes a
 * translated leaf `{ text, from }`, where `from` is `englishHash` of the English it was translated
 * from. When the English changes, its hash no longer matches `from`: the build names the field
 * (src/data/translations.ts), so a translation cannot go stale unnoticed. Arrays align by index
 * (`{}` for an item with nothing to translate). Ids, addresses, dates, numbers, keywords, vanity
 * spellings and organizations' names are never translated. docs/translating.md says how to work.
 */

/** The languages the hub is published in, the site's own first. */
export const LANGUAGES = ["en", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language every data file is written in; translations live in its `es` field. */
export const SOURCE_LANGUAGE: Language = "en";

/**
 * The first 8 hex digits of the SHA-256 of the English text, NFC-normalized and trimmed: short
 * enough to type, long enough that a changed text never keeps its hash by chance.
 * @example englishHash("Guía de Ayuda") // a different hash from "Guia de Ayuda" only if NFC differs
 */
export function englishHash(english: string): string {
  return createHash("sha256").update(english.normalize("NFC").trim()).digest("hex").slice(0, 8);
}

const hashSchema = z
  .string({ error: 'must be the 8 hex digits of the English text\'s hash in quotes, e.g. "3f2a9c01"' })
  .regex(/^[0-9a-f]{8}$/, { error: 'must be the 8 hex digits of the English text\'s hash, e.g. "3f2a9c01"' });

/** What a record's `es` must be, said when it is missing or is not a group of fields. */
export const TRANSLATION = {
  error:
    'must be the Spanish of this record, in the shape of its English, each text as { text: "...", from: "<hash of the English>" } (docs/translating.md)',
};

/** A text in Spanish, and the hash of the English it says. */
export interface Translated {
  text: string;
  from: string;
}

function leaf<T extends z.ZodType<string, string>>(text: T) {
  return z.strictObject(
    { text, from: hashSchema },
    { error: 'must be a translation: { text: "the Spanish", from: "the English text\'s hash" }' },
  );
}

/** A translated name or title. */
export const translatedLabel = leaf(labelSchema);
/** A translated sentence or two. */
export const translatedText = leaf(plainTextSchema);
/** Translated markdown paragraphs. */
export const translatedMarkdown = leaf(markdownSchema);

/** Whether `value` is a translated leaf, as opposed to a group of them or a list. */
export function isTranslated(value: unknown): value is Translated {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Translated).text === "string" &&
    typeof (value as Translated).from === "string"
  );
}

/**
 * The record with its translated texts in place of the English, everything else as it was.
 * Texts the translation leaves out (names) stay in English; `alsoKnownAs` lists are replaced
 * whole, since they are not aligned by index.
 */
export function applyTranslation<T>(record: T, translation: unknown): T {
  if (translation === undefined) return record;
  if (isTranslated(translation)) return (typeof record === "string" ? translation.text : record) as T;
  if (Array.isArray(translation)) {
    if (!Array.isArray(record)) return record;
    if (translation.every(isTranslated) && translation.length > 0 && record.every((r) => typeof r === "string")) {
      return translation.map((t) => t.text) as T;
    }
    return record.map((item, i) => applyTranslation(item, translation[i])) as T;
  }
  if (typeof translation === "object" && translation !== null && typeof record === "object" && record !== null) {
    const out: Record<string, unknown> = { ...(record as Record<string, unknown>) };
    for (const [key, value] of Object.entries(translation)) {
      if (key in out) out[key] = applyTranslation(out[key], value);
    }
    return out as T;
  }
  return record;
}

/**
 * Which of a record's fields are prose to translate, in the record's shape: `"text"` must be
 * translated wherever the English has it; `"name"` may be (an official Spanish name); `"aliases"`
 * is a list of names translated as a list of its own; `[spec]` is each item of a list.
 */
export type ProseSpec = "text" | "name" | "aliases" | readonly [ProseSpec] | { readonly [key: string]: ProseSpec };

/** One English text a spec names: where it is (`steps[1].text`), what it says, and whether Spanish is required. */
export interface ProseField {
  path: (string | number)[];
  english: string;
  kind: "text" | "name" | "aliases";
}

/** Every English text in `record` that `spec` names, in the record's order. */
export function proseFields(record: unknown, spec: ProseSpec, path: (string | number)[] = []): ProseField[] {
  if (typeof spec === "string") {
    if (spec === "aliases") {
      return Array.isArray(record)
        ? record.flatMap((english, i) =>
            typeof english === "string" ? [{ path: [...path, i], english, kind: spec }] : [],
          )
        : [];
    }
    return typeof record === "string" ? [{ path, english: record, kind: spec }] : [];
  }
  if (Array.isArray(spec)) {
    const item = spec[0] as ProseSpec;
    return Array.isArray(record) ? record.flatMap((value, i) => proseFields(value, item, [...path, i])) : [];
  }
  if (typeof record !== "object" || record === null) return [];
  return Object.entries(spec).flatMap(([key, inner]) =>
    proseFields((record as Record<string, unknown>)[key], inner, [...path, key]),
  );
}

/**
 * The `es` field for `record`, in the shape the contract asks, with each required text given by
 * `translate(english, path)`: used by `npm run new` (blanks to fill in) and by the synthetic
 * benchmark data.
 */
export function draftTranslation(record: unknown, spec: ProseSpec, translate: (english: string) => unknown): unknown {
  if (typeof spec === "string") {
    if (spec === "aliases") {
      return Array.isArray(record) && record.length > 0
        ? record.map((english: string) => ({ text: translate(english), from: englishHash(english) }))
        : undefined;
    }
    if (spec === "name" || typeof record !== "string") return undefined;
    return { text: translate(record), from: englishHash(record) };
  }
  if (Array.isArray(spec)) {
    if (!Array.isArray(record) || record.length === 0) return undefined;
    return record.map((item) => draftTranslation(item, spec[0] as ProseSpec, translate) ?? {});
  }
  if (typeof record !== "object" || record === null) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(spec)) {
    const value = draftTranslation((record as Record<string, unknown>)[key], inner, translate);
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
