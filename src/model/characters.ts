/**
 * Which characters the hub's text may hold. Text is published in pages, the Atom feed, the open
 * data and the search index, and read by people who cannot see what an editor's clipboard
 * carried. So a character is allowed by what it is (its Unicode general category), not refused
 * from a list of known tricks: letters, marks, digits, punctuation, symbols and spaces are text;
 * everything else is not, because it is invisible (a zero-width space: a headline of nothing),
 * reorders what is shown (a right-to-left override turns 1-800-4-A-CHILD into 1-800-DLIHC-A-4),
 * or breaks a format (a form feed makes feed.xml ill-formed, and readers drop the whole feed).
 *
 * Characters that Unicode marks as ignorable by default are refused even though some are
 * letters (the Hangul fillers draw nothing), with one exception: the joiners and variation
 * selectors some scripts and symbols need, where they sit inside a word or after a symbol.
 * https://www.unicode.org/reports/tr44/#General_Category_Values
 */

const VISIBLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;
const SPACE = /\p{Zs}/u;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
/** Zero-width non-joiner and joiner: Persian, Hindi and emoji sequences need them between two visible characters. */
const JOINER = /[\u200C\u200D]/u;
/** Variation selectors pick how the character before them looks (text or emoji ❤︎ ❤️). */
const SELECTOR = /[\uFE00-\uFE0F]/u;
/** Bidirectional controls: they change the order text is shown in, not what it says. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Text of visible characters and plain spaces only (and line breaks): allowed whole, unless `SUSPECT` finds something. */
const PLAIN = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u;
const PLAIN_LINES = /^[\p{L}\p{M}\p{N}\p{P}\p{S} \n]*$/u;
const SUSPECT = /[\p{Default_Ignorable_Code_Point}\uFFFD]/u;

/** The characters editors meet most, named as a character table names them. */
const NAMES: Readonly<Record<string, string>> = {
  "0000": "NULL",
  "0009": "TAB",
  "000A": "LINE FEED (a line break)",
  "000B": "VERTICAL TAB",
  "000C": "FORM FEED",
  "000D": "CARRIAGE RETURN",
  "001B": "ESCAPE",
  "0020": "SPACE",
  "007F": "DELETE",
  "0085": "NEXT LINE",
  "00A0": "NO-BREAK SPACE",
  "00AD": "SOFT HYPHEN",
  "034F": "COMBINING GRAPHEME JOINER",
  "061C": "ARABIC LETTER MARK",
  "115F": "HANGUL CHOSEONG FILLER",
  "1160": "HANGUL JUNGSEONG FILLER",
  "180E": "MONGOLIAN VOWEL SEPARATOR",
  "200B": "ZERO WIDTH SPACE",
  "200C": "ZERO WIDTH NON-JOINER",
  "200D": "ZERO WIDTH JOINER",
  "200E": "LEFT-TO-RIGHT MARK",
  "200F": "RIGHT-TO-LEFT MARK",
  "2028": "LINE SEPARATOR",
  "2029": "PARAGRAPH SEPARATOR",
  "202A": "LEFT-TO-RIGHT EMBEDDING",
  "202B": "RIGHT-TO-LEFT EMBEDDING",
  "202C": "POP DIRECTIONAL FORMATTING",
  "202D": "LEFT-TO-RIGHT OVERRIDE",
  "202E": "RIGHT-TO-LEFT OVERRIDE",
  "2060": "WORD JOINER",
  "2066": "LEFT-TO-RIGHT ISOLATE",
  "2067": "RIGHT-TO-LEFT ISOLATE",
  "2068": "FIRST STRONG ISOLATE",
  "2069": "POP DIRECTIONAL ISOLATE",
  "3164": "HANGUL FILLER",
  FEFF: "ZERO WIDTH NO-BREAK SPACE (byte order mark)",
  FFA0: "HALFWIDTH HANGUL FILLER",
  FFFD: "REPLACEMENT CHARACTER (�)",
};

export interface TextRules {
  /** Whether the text may run over several lines (markdown); one-line text has its line breaks joined first. */
  lineBreaks: boolean;
}

/** The first character of `text` that cannot be published: which, where, and why not. */
export interface CharacterIssue {
  char: string;
  /** Its place, counting characters (not UTF-16 units) from 0. */
  index: number;
  /** Why not, and the fix: "which is invisible; delete it ...". */
  why: string;
}

export function findCharacterIssue(text: string, { lineBreaks }: TextRules): CharacterIssue | undefined {
  // Nearly all text is plain: one pass over it, before a character-by-character look (50,000 summaries).
  if ((lineBreaks ? PLAIN_LINES : PLAIN).test(text) && !SUSPECT.test(text)) return undefined;
  const chars = [...text];
  for (const [index, char] of chars.entries()) {
    const why = refusal(char, chars[index - 1], chars[index + 1], lineBreaks);
    if (why) return { char, index, why };
  }
  return undefined;
}

/**
 * Why `text` cannot be published as it is, naming the first character that cannot be and where
 * it is; `undefined` when every character can.
 * @example characterProblem("1-800-\u202EDLIHC", { lineBreaks: false })
 * // 'contains U+202E RIGHT-TO-LEFT OVERRIDE after "1-800-", which changes the order ...'
 */
export function characterProblem(text: string, rules: TextRules): string | undefined {
  const issue = findCharacterIssue(text, rules);
  return issue && `contains ${describeCharacter(issue.char)}${where([...text], issue.index)}, ${issue.why}`;
}

function refusal(char: string, before: string | undefined, after: string | undefined, lineBreaks: boolean) {
  const fix = "delete it (it may be invisible: retype the words around it)";
  if (char === "\uFFFD") return `which stands for a character lost when the text was copied; retype it`;
  if (IGNORABLE.test(char)) {
    const inWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{S}]/u.test(c);
    if (JOINER.test(char) && inWord(before) && inWord(after)) return undefined;
    if (SELECTOR.test(char) && before !== undefined && VISIBLE.test(before)) return undefined;
    if (BIDI.test(char))
      return `which changes the order text is shown in, so visitors would not see what is written; ${fix}`;
    return `which is invisible; ${fix}`;
  }
  if (VISIBLE.test(char) || SPACE.test(char)) return undefined;
  if (char === "\n" && lineBreaks) return undefined;
  if (char === "\t") return "which shows differently in every reader; use a space instead";
  if (/[\n\u2028\u2029]/u.test(char)) return "but this text is one line; join the lines with a space";
  if (/\p{Cc}/u.test(char)) return `a control character that breaks the feed and the open data; ${fix}`;
  if (/\p{Co}/u.test(char)) return `a private-use character that shows differently on every device; ${fix}`;
  if (/\p{Cs}/u.test(char)) return `half of a character whose other half is missing; ${fix}`;
  if (/\p{Cn}/u.test(char)) return `which is not a character Unicode has defined; ${fix}`;
  return `a formatting character that is not shown; ${fix}`;
}

/** `U+202E RIGHT-TO-LEFT OVERRIDE`; a character without a name here by its code, and itself when it can be seen: `U+FF11 "１"`. */
export function describeCharacter(char: string): string {
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  const hex = `U+${code}`;
  if (NAMES[code]) return `${hex} ${NAMES[code]}`;
  return VISIBLE.test(char) && !IGNORABLE.test(char) ? `${hex} ${JSON.stringify(char)}` : hex;
}

/** ` after "1-800-"`: the visible words before the character, so it can be found in the file. */
function where(chars: string[], i: number): string {
  const before = chars
    .slice(Math.max(0, i - 20), i)
    .join("")
    .replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, "");
  if (i === 0 || before.trim() === "") return " at the start";
  return ` after ${JSON.stringify(i > 20 ? `…${before}` : before)}`;
}

/**
 * Text as it may be printed in a message or a terminal: characters that are not shown (or that
 * reorder what is) written as `\u{202E}`, so the maintainer sees what is really there.
 * @example showInvisible("1-800-\u202EDLIHC") // "1-800-\\u{202E}DLIHC"
 */
export function showInvisible(text: string): string {
  return text.replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]|\p{Default_Ignorable_Code_Point}/gu, (char) => {
    return `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
  });
}

/** Whether `text` has something to read: at least one letter or digit. */
export function hasWords(text: string): boolean {
  const shown = SUSPECT.test(text) ? text.replace(/\p{Default_Ignorable_Code_Point}/gu, "") : text;
  return /[\p{L}\p{N}]/u.test(shown);
}

/** Characters as people count them (an emoji made of two UTF-16 units is one), without copying the text. */
export function characterCount(text: string): number {
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}
