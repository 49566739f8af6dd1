import { describe, expect, it } from "vitest";
import { markdownText, readability } from "../../src/model/readability.ts";

describe("readability", () => {
  it("grades short sentences of common words low, and long sentences of long words high", () => {
    expect(readability("You can call at any time. Someone will listen.").grade).toBeLessThan(3);
    expect(
      readability(
        "Free, confidential information and referrals to treatment, support groups and community organizations for mental health and substance use.",
      ).grade,
    ).toBeGreaterThan(14);
  });

  it("follows the Flesch-Kincaid formula: 0.39 words per sentence + 11.8 syllables per word - 15.59", () => {
    // 2 sentences, 11 words, 13 syllables ("happy" and "today" have two each).
    const result = readability("The dog is happy today. The cat sat on the mat.");
    expect(result).toMatchObject({ sentences: 2, words: 11 });
    expect(result.grade).toBeCloseTo(0.39 * (11 / 2) + 11.8 * (13 / 11) - 15.59, 1);
  });

  it("names the sentence with the most words, the first to shorten", () => {
    const { longestSentence } = readability(
      "Call now. If you would rather not talk, you can text or chat instead. Thank you.",
    );
    expect(longestSentence).toBe("If you would rather not talk, you can text or chat instead.");
  });

  it("counts a number as one short word, which the syllable counter cannot", () => {
    const result = readability("Call 988 at any time.");
    expect(result).toMatchObject({ sentences: 1, words: 5 });
    expect(result.grade).toBeCloseTo(0.39 * 5 + 11.8 * (6 / 5) - 15.59, 1);
  });

  it("gives a text with no words grade 0 rather than a division by zero", () => {
    expect(readability("   ")).toEqual({ grade: 0, sentences: 0, words: 0, longestSentence: "" });
  });
});

describe("markdownText", () => {
  it("keeps the words a reader reads and drops markup and link addresses", () => {
    expect(markdownText("Read *Mommy Dead and Dearest* on [the site](https://example.org/page).")).toBe(
      "Read Mommy Dead and Dearest on the site.",
    );
  });

  it("makes each paragraph and list item its own sentence, even without a full stop", () => {
    const text = markdownText("A heading line\n\n- first item\n- second item");
    expect(readability(text).sentences).toBe(3);
  });
});
