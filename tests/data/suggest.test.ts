import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance } from "../../src/data/suggest.ts";

const CAUSES = ["child-abuse", "child-safety", "sexual-assault", "mental-health"];

describe("suggestions for a misspelt word", () => {
  it("suggests the cause a maintainer most likely meant", () => {
    expect(didYouMean("sexual-asault", CAUSES)).toBe('; did you mean "sexual-assault"?');
    expect(closest("child-abus", CAUSES)).toBe("child-abuse");
    expect(closest("mentalhealth", CAUSES)).toBe("mental-health");
  });

  it("counts two swapped letters as one slip", () => {
    expect(editDistance("titel", "title")).toBe(1);
    expect(closest("stroy", ["story", "resource", "cause"])).toBe("story");
  });

  it("suggests nothing when no known word is close", () => {
    expect(didYouMean("gone", ["line", "other"])).toBe("");
    expect(didYouMean("elder-abuse", CAUSES)).toBe("");
    expect(closest("r", ["id", "a"])).toBeUndefined();
  });
});
