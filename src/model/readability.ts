import { fleschKincaid } from "flesch-kincaid";
import MarkdownIt, { type Token } from "markdown-it";
import { syllable } from "syllable";

/**
 * How hard a text is to read, as the Flesch-Kincaid grade level (1975): the US school grade a
 * reader needs. People reach the hub upset, on a small screen, sometimes in their second
 * language; its texts aim at grade 8 or below, like the best public health pages.
 *
 * The formula and the syllable counts come from wooorm's `flesch-kincaid` and `syllable`
 * (https://github.com/words), which retext-readability is built on. Sentences and words are
 * found with the built-in `Intl.Segmenter` (Unicode's own rules, so "…" and quotes behave), and
 * each paragraph or list item is a sentence of its own. A number ("988", "24/7") has no syllables
 * for the counter, so it counts as one word of one syllable: a reader takes it in at a glance.
 */
export const MAX_GRADE = 8;

export interface Readability {
  /** The Flesch-Kincaid grade, to one decimal place; 0 for a text with no words. */
  grade: number;
  sentences: number;
  words: number;
  /** The sentence with the most words, trimmed: the first one to shorten when a text is too hard. */
  longestSentence: string;
}

/** What the formulas are made of: a text's sentences, words and syllables. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** The sentence with the most words, trimmed. */
  longestSentence: string;
}

/**
 * The sentences, words and syllables of plain text in `language`, each word's syllables counted by
 * `syllablesOf`. Lines without a full stop (list items, headings) are sentences of their own.
 */
export function countText(text: string, language: "en" | "es", syllablesOf: (word: string) => number): TextCounts {
  const { sentenceSegmenter, wordSegmenter } = segmentersFor(language);
  const wordsOf = (sentence: string) =>
    [...wordSegmenter.segment(sentence)].filter((s) => s.isWordLike).map((s) => s.segment);
  const sentences = text
    .split(/\n\s*\n|\n(?=\s*[-*] )/)
    .flatMap((block) => [...sentenceSegmenter.segment(block.replace(/\s+/g, " ").trim())])
    .map((s) => s.segment.trim())
    .filter((s) => wordsOf(s).length > 0);
  const counts: TextCounts = { sentences: sentences.length, words: 0, syllables: 0, longestSentence: "" };
  let longestCount = 0;
  for (const sentence of sentences) {
    const list = wordsOf(sentence);
    counts.words += list.length;
    // A number ("988", "24/7") has no syllables for a counter: one word of one syllable.
    counts.syllables += list.reduce((sum, word) => sum + (/\d/.test(word) ? 1 : syllablesOf(word)), 0);
    if (list.length > longestCount) {
      longestCount = list.length;
      counts.longestSentence = sentence;
    }
  }
  return counts;
}

const segmenters = new Map<string, { sentenceSegmenter: Intl.Segmenter; wordSegmenter: Intl.Segmenter }>();

function segmentersFor(language: string) {
  let found = segmenters.get(language);
  if (!found) {
    found = {
      sentenceSegmenter: new Intl.Segmenter(language, { granularity: "sentence" }),
      wordSegmenter: new Intl.Segmenter(language, { granularity: "word" }),
    };
    segmenters.set(language, found);
  }
  return found;
}

/** The grade of plain English text. */
export function readability(text: string): Readability {
  const { sentences, words, syllables, longestSentence } = countText(text, "en", (word) => Math.max(1, syllable(word)));
  if (words === 0) return { grade: 0, sentences: 0, words: 0, longestSentence: "" };
  const grade = fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences, words, longestSentence };
}

const parser = new MarkdownIt({ html: false, linkify: false });

/**
 * The words a reader reads in a markdown text, one block per paragraph, heading or list item,
 * without the markup or link addresses.
 */
export function markdownText(source: string): string {
  const blocks: string[] = [];
  for (const token of parser.parse(source, {})) {
    if (token.type === "inline") blocks.push(inlineText(token.children ?? []));
  }
  return blocks.join("\n\n");
}

function inlineText(tokens: Token[]): string {
  return tokens
    .map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type.endsWith("break") ? " " : ""))
    .join("");
}
