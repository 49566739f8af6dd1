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

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/** The grade of plain text. Lines without a full stop (list items, headings) are sentences of their own. */
export function readability(text: string): Readability {
  const sentences = text
    .split(/\n\s*\n|\n(?=\s*[-*] )/)
    .flatMap((block) => [...sentenceSegmenter.segment(block.replace(/\s+/g, " ").trim())])
    .map((s) => s.segment.trim())
    .filter((s) => wordsOf(s).length > 0);
  let words = 0;
  let syllables = 0;
  let longestSentence = "";
  let longestCount = 0;
  for (const sentence of sentences) {
    const list = wordsOf(sentence);
    words += list.length;
    syllables += list.reduce((sum, word) => sum + syllablesOf(word), 0);
    if (list.length > longestCount) {
      longestCount = list.length;
      longestSentence = sentence;
    }
  }
  if (words === 0) return { grade: 0, sentences: 0, words: 0, longestSentence: "" };
  const grade = fleschKincaid({ sentence: sentences.length, word: words, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences: sentences.length, words, longestSentence };
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

function wordsOf(sentence: string): string[] {
  return [...wordSegmenter.segment(sentence)].filter((s) => s.isWordLike).map((s) => s.segment);
}

function syllablesOf(word: string): number {
  return /\d/.test(word) ? 1 : Math.max(1, syllable(word));
}
