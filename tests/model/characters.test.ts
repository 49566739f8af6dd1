import { describe, expect, it } from "vitest";
import { characterProblem, hasWords, showInvisible } from "../../src/model/characters.ts";

const oneLine = { lineBreaks: false };

describe("which characters text may hold", () => {
  it("accepts letters, accents, digits, punctuation, symbols and spaces in any script", () => {
    for (const text of [
      "Childhelp® National Child Abuse Hotline",
      "Línea de ayuda: 24/7, ¿sí?",
      "Munchausen syndrome by proxy — “MSBP”",
      "10\u00A0AM",
      "می\u200Cخواهم",
      "Love ❤️",
      "日本語のテキスト",
    ]) {
      expect(characterProblem(text, oneLine), text).toBeUndefined();
    }
  });

  it("names a character that reorders text, and where it is", () => {
    expect(characterProblem("1-800-\u202EDLIHC-A-4", oneLine)).toBe(
      'contains U+202E RIGHT-TO-LEFT OVERRIDE after "1-800-", which changes the order text is shown in, so visitors would not see what is written; delete it (it may be invisible: retype the words around it)',
    );
  });

  it("refuses invisible characters, even the ones Unicode counts as letters", () => {
    expect(characterProblem("\u200B", oneLine)).toMatch(
      /^contains U\+200B ZERO WIDTH SPACE at the start, which is invisible/,
    );
    expect(characterProblem("Hotline\u3164", oneLine)).toMatch(/^contains U\+3164 HANGUL FILLER after "Hotline"/);
    expect(characterProblem("soft\u00ADhyphen", oneLine)).toMatch(/U\+00AD SOFT HYPHEN/);
    expect(characterProblem("\u200Dalone", oneLine)).toMatch(/U\+200D ZERO WIDTH JOINER at the start/);
  });

  it("refuses control characters that break the feed, and line breaks in one-line text", () => {
    expect(characterProblem("A title\fpasted", oneLine)).toMatch(
      /U\+000C FORM FEED after "A title", a control character/,
    );
    expect(characterProblem("a\tb", oneLine)).toMatch(/U\+0009 TAB.*use a space instead/);
    expect(characterProblem("one\ntwo", oneLine)).toMatch(/this text is one line/);
    expect(characterProblem("one\ntwo", { lineBreaks: true })).toBeUndefined();
    expect(characterProblem("one\u2028two", { lineBreaks: true })).toMatch(/U\+2028 LINE SEPARATOR/);
  });

  it("refuses private-use characters and text lost in copying", () => {
    expect(characterProblem("logo \uE000", oneLine)).toMatch(/U\+E000.*private-use/);
    expect(characterProblem("caf\uFFFD", oneLine)).toMatch(/REPLACEMENT CHARACTER.*lost when the text was copied/);
  });

  it("spells out what does not show, for messages", () => {
    expect(showInvisible("1-800-\u202EDLIHC\u200B")).toBe("1-800-\\u{202E}DLIHC\\u{200B}");
    expect(showInvisible("Plain text, café.")).toBe("Plain text, café.");
  });

  it("finds words only where there is a letter or a digit", () => {
    expect(hasWords("988")).toBe(true);
    expect(hasWords("— … —")).toBe(false);
    expect(hasWords("\u3164\u3164")).toBe(false);
  });
});
