import type { HubData } from "../model/hub-data.ts";
import { MAX_GRADE, markdownText, readability } from "../model/readability.ts";
import { MIN_INFLESZ, MIN_SPANISH_WORDS, spanishReadability } from "../model/spanish-readability.ts";
import { applyTranslation } from "../model/translation.ts";

/** A text visitors read, with the file and field it comes from. */
export interface ShippedText {
  file: string;
  /** As the build names fields: `summary`, `notFor[1]`, `whatHappens.wait`, `steps[2].text`. */
  field: string;
  /** The words as a reader meets them: markdown fields without their markup. */
  text: string;
}

/** A text above the grade allowed, with what to shorten first. */
export interface HardText extends ShippedText {
  grade: number;
  longestSentence: string;
}

/**
 * Every sentence the hub writes for visitors in its own words: what each line is, is not and
 * does when you reach out, who it serves, each topic and its steps, each story and its content
 * note. Names and titles are left out: "Substance Abuse and Mental Health Services
 * Administration" is a name, not a sentence to rewrite.
 */
export function shippedTexts(data: HubData): ShippedText[] {
  const texts: ShippedText[] = [];
  const add = (file: string, field: string, text: string | undefined) => {
    if (text !== undefined) texts.push({ file, field, text });
  };
  for (const { file, record } of data.resources) {
    add(file, "summary", record.summary);
    add(file, "serves", record.serves);
    for (const [i, line] of record.notFor.entries()) add(file, `notFor[${i}]`, line);
    add(file, "languagesNote", record.languagesNote);
    for (const [i, channel] of record.channels.entries()) add(file, `channels[${i}].note`, channel.note);
    const happens = record.whatHappens;
    if (happens) {
      add(file, "whatHappens.whoAnswers", happens.whoAnswers);
      add(file, "whatHappens.wait", happens.wait);
      add(file, "whatHappens.name", happens.name);
      add(file, "whatHappens.whenTheyTellOthers", happens.whenTheyTellOthers);
    }
  }
  for (const { file, record } of data.causes) {
    add(file, "summary", record.summary);
    add(file, "description", markdownText(record.description));
    for (const [i, step] of record.steps.entries()) add(file, `steps[${i}].text`, step.text);
  }
  for (const { file, record } of data.stories) {
    add(file, "summary", markdownText(record.summary));
    add(file, "contentNote", record.contentNote);
  }
  return texts;
}

/**
 * Below this many words the formula says nothing: "Anyone." scores grade 20 for its three
 * syllables. A text that short is a label, and a reader takes it in at a glance.
 */
export const MIN_WORDS = 5;

/** The texts above `maxGrade` (grade 8 unless told), hardest first. */
export function hardTexts(data: HubData, maxGrade = MAX_GRADE): HardText[] {
  return shippedTexts(data)
    .map((text) => {
      const { grade, words, longestSentence } = readability(text.text);
      return { ...text, grade, words, longestSentence };
    })
    .filter((text) => text.words >= MIN_WORDS && text.grade > maxGrade)
    .map(({ words: _, ...text }) => text)
    .sort((a, b) => b.grade - a.grade || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * One line a maintainer can act on.
 * @example "_data/resources/rainn.ts: summary is at grade 9.4, above 8; shorten its longest sentence: \"...\""
 */
export function hardTextMessage(text: HardText, maxGrade = MAX_GRADE): string {
  return `${text.file}: ${text.field} is at grade ${text.grade}, above ${maxGrade}; shorten its longest sentence: "${text.longestSentence}"`;
}

/** A Spanish text below the INFLESZ score allowed, with what to shorten first. */
export interface HardSpanishText extends ShippedText {
  score: number;
  longestSentence: string;
}

/**
 * The Spanish of every text `shippedTexts` reads, where the data file gives it: the same fields,
 * named as the file holds them (`es.summary`, `es.steps[2].text`). A story without Spanish shows
 * its English, which is not Spanish to score.
 */
export function shippedSpanishTexts(data: HubData): ShippedText[] {
  const inSpanish = <T extends { es?: unknown }>(list: readonly { file: string; record: T }[]) =>
    list.map(({ file, record }) => ({ file, record: applyTranslation(record, record.es) }));
  const english = shippedTexts(data);
  const spanish = shippedTexts({
    ...data,
    causes: inSpanish(data.causes),
    resources: inSpanish(data.resources),
    stories: inSpanish(data.stories),
  });
  return spanish
    .filter((text, i) => text.text !== english[i]?.text)
    .map((text) => ({ ...text, field: `es.${text.field}` }));
}

/** The Spanish texts of `MIN_SPANISH_WORDS` words or more below `minScore` (55 unless told). */
export function hardSpanishTexts(data: HubData, minScore = MIN_INFLESZ): HardSpanishText[] {
  return shippedSpanishTexts(data)
    .map((text) => ({ ...text, ...spanishReadability(text.text) }))
    .filter((text) => text.words >= MIN_SPANISH_WORDS && text.score < minScore)
    .map(({ file, field, text, score, longestSentence }) => ({ file, field, text, score, longestSentence }))
    .sort((a, b) => a.score - b.score || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * One line a maintainer can act on.
 * @example "_data/resources/rainn.ts: es.summary reads at 48.2 on the INFLESZ scale, below 55; shorten its longest sentence: \"...\""
 */
export function hardSpanishTextMessage(text: HardSpanishText, minScore = MIN_INFLESZ): string {
  return `${text.file}: ${text.field} reads at ${text.score} on the INFLESZ scale, below ${minScore}; shorten its longest sentence: "${text.longestSentence}"`;
}
