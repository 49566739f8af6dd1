import { z } from "zod";
import { characterCount, characterProblem, hasWords } from "./characters.ts";
import { markdownProblems } from "./markdown.ts";

/** Ids are also URL segments, so they are lower-case words joined by hyphens. */
export const idSchema = z
  .string({ error: 'must be an id in quotes, e.g. "child-abuse"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters and digits joined by single hyphens, e.g. "sexual-assault"',
  });

/**
 * The kinds of text a record holds. A field takes the kind that fits what it shows, and with it
 * the characters, the length and (for markdown) the formatting it may have; a new field reuses
 * a kind instead of inventing its own rules. Lengths count characters as people do (a letter
 * with an accent is one), after normalising.
 */
export interface TextKind {
  /** What the kind is, for messages: "a name or title". */
  what: string;
  min: number;
  max: number;
  /** One line: line breaks and runs of spaces are joined into one space, as a page shows them anyway. */
  oneLine: boolean;
}

/** A name or a headline: one line, as it appears in headings, lists, buttons and feed titles. */
export const LABEL: TextKind = { what: "a name or title", min: 2, max: 120, oneLine: true };
/** A sentence or two of plain text: a summary on a card, a note, who a line serves. */
export const PLAIN_TEXT: TextKind = { what: "plain text (a sentence or two)", min: 2, max: 400, oneLine: true };
/** A few short paragraphs of markdown: a story's summary, a topic's description. */
export const MARKDOWN: TextKind = { what: "markdown (a few short paragraphs)", min: 20, max: 3000, oneLine: false };

const TAG = /<\/?[a-zA-Z][^>]*>/;

/** Why `text` (already normalised) is not text of this kind, one message per mistake. */
export function textProblems(text: string, kind: TextKind): string[] {
  if (text === "") return ["must not be empty"];
  const problems: string[] = [];
  const character = characterProblem(text, { lineBreaks: !kind.oneLine });
  if (character) problems.push(character);
  else if (!hasWords(text)) problems.push("has no letters or digits; write words a visitor can read");
  const length = characterCount(text);
  if (length > kind.max) {
    problems.push(
      `is ${length.toLocaleString("en")} characters long; ${kind.what} is at most ${kind.max.toLocaleString("en")}, so shorten it`,
    );
  } else if (length < kind.min && !character) {
    problems.push(`is too short for ${kind.what}; write at least ${kind.min} characters`);
  }
  return problems;
}

/**
 * Unicode lets the same letter be stored two ways (é as one character, or e and an accent);
 * NFC picks one, so search, sorting and comparisons see one spelling. Safe: nothing changes on
 * screen. https://unicode.org/reports/tr15/
 */
function normalise(text: string, kind: TextKind): string {
  const nfc = text.normalize("NFC");
  return kind.oneLine ? nfc.replace(/[ \n]*\n[ \n]*| {2,}/g, " ") : nfc;
}

function textSchema(kind: TextKind, typeError: string, extra?: (text: string) => string[]) {
  return z
    .string({ error: typeError })
    .overwrite((text) => normalise(text, kind))
    .trim()
    .superRefine((text, ctx) => {
      const problems = textProblems(text, kind);
      if (text !== "" && extra) problems.push(...extra(text));
      for (const message of problems) ctx.addIssue({ code: "custom", message });
    });
}

/**
 * Text shown as written. Nunjucks escapes it anyway; a tag is still refused, because whoever
 * typed `<b>` expected bold and would see the angle brackets instead.
 */
const noTags = (text: string) =>
  TAG.test(text) ? ["contains an HTML tag; write plain text (markdown is not read here either)"] : [];

/** A name or a headline (`LABEL`). */
export const labelSchema = textSchema(LABEL, "must be text in quotes", noTags);

/** A sentence or two of plain text (`PLAIN_TEXT`). */
export const plainTextSchema = textSchema(PLAIN_TEXT, "must be text in quotes", noTags);

/** Markdown paragraphs with emphasis, https links and lists, nothing else (see `markdownProblems`). */
export const markdownSchema = textSchema(MARKDOWN, "must be markdown text in quotes", markdownProblems);
