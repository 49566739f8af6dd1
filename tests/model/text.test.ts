import { describe, expect, it } from "vitest";
import { idSchema, labelSchema, markdownSchema, plainTextSchema } from "../../src/model/text.ts";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);

describe("text fields", () => {
  it("accepts ids of lower-case words joined by hyphens, and nothing else", () => {
    expect(idSchema.safeParse("sexual-assault").success).toBe(true);
    for (const bad of ["Sexual-Assault", "sexual_assault", "sexual--assault", "-child", "child abuse"]) {
      expect(messages(idSchema.safeParse(bad)), bad).toEqual([
        'must be lower-case letters and digits joined by single hyphens, e.g. "sexual-assault"',
      ]);
    }
  });

  it("refuses an HTML tag or nothing but spaces in plain text", () => {
    expect(messages(plainTextSchema.safeParse("A <b>bold</b> claim"))).toEqual([
      "contains an HTML tag; write plain text (markdown is not read here either)",
    ]);
    expect(messages(plainTextSchema.safeParse("   "))).toEqual(["must not be empty"]);
    expect(plainTextSchema.safeParse("Ages 5 < 12").success).toBe(true);
  });

  it("refuses markdown with raw HTML", () => {
    expect(messages(markdownSchema.safeParse("<script>alert(1)</script> and more words"))).toEqual([
      'contains raw HTML ("<script>", "</script>"); write plain markdown instead',
    ]);
  });

  it("refuses a headline of one invisible character", () => {
    expect(messages(labelSchema.safeParse("\u200B"))).toEqual([
      "contains U+200B ZERO WIDTH SPACE at the start, which is invisible; delete it (it may be invisible: retype the words around it)",
    ]);
  });

  it("refuses text with nothing to read in it", () => {
    expect(messages(labelSchema.safeParse("— —"))).toEqual([
      "has no letters or digits; write words a visitor can read",
    ]);
  });

  it("gives each kind of text a length range, and says by how much it is off", () => {
    expect(messages(labelSchema.safeParse("x".repeat(5000)))).toEqual([
      "is 5,000 characters long; a name or title is at most 120, so shorten it",
    ]);
    expect(messages(labelSchema.safeParse("A"))).toEqual([
      "is too short for a name or title; write at least 2 characters",
    ]);
    expect(messages(plainTextSchema.safeParse("word ".repeat(100)))).toEqual([
      "is 499 characters long; plain text (a sentence or two) is at most 400, so shorten it",
    ]);
    expect(messages(markdownSchema.safeParse("TBD"))).toEqual([
      "is too short for markdown (a few short paragraphs); write at least 20 characters",
    ]);
    expect(messages(markdownSchema.safeParse("word ".repeat(700)))).toEqual([
      "is 3,499 characters long; markdown (a few short paragraphs) is at most 3,000, so shorten it",
    ]);
  });

  it("joins the lines of one-line text and normalises accents to one spelling", () => {
    expect(labelSchema.parse("  A headline\n   wrapped   over lines ")).toBe("A headline wrapped over lines");
    const decomposed = "Cafe\u0301 Nou";
    expect(labelSchema.parse(decomposed)).toBe("Caf\u00E9 Nou");
    expect(markdownSchema.parse("First paragraph here.\n\nSecond  one,\nwrapped.")).toBe(
      "First paragraph here.\n\nSecond  one,\nwrapped.",
    );
  });
});
