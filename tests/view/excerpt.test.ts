import { describe, expect, it } from "vitest";
import { plainExcerpt } from "../../src/view/excerpt.ts";

describe("plain excerpts", () => {
  it("take the first paragraph as plain text, without markdown or line breaks", () => {
    expect(plainExcerpt("Two *short*\n[lines](https://example.org/).\n\nMore text.", 100)).toBe("Two short lines.");
  });

  it("cut a long paragraph at a word and say so with an ellipsis", () => {
    const excerpt = plainExcerpt("one two three four five six seven eight nine ten", 20);
    expect(excerpt).toBe("one two three four…");
    expect(excerpt.length).toBeLessThanOrEqual(20);
  });
});
