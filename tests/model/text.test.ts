import { describe, expect, it } from "vitest";
import { idSchema, markdownSchema, plainTextSchema } from "../../src/model/text.ts";

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
    expect(messages(markdownSchema.safeParse("<script>alert(1)</script>"))).toEqual([
      'contains raw HTML ("<script>", "</script>"); write plain markdown instead',
    ]);
  });
});
