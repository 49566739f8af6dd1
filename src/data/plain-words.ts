import type { HubData } from "../model/hub-data.ts";
import { MAX_GRADE, markdownText, readability } from "../model/readability.ts";

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
