import { describe, expect, it } from "vitest";
import { fillIn, findFillIns, isWithin } from "../../src/model/fill-in.ts";

describe("fillIn blanks", () => {
  it("are found wherever they sit in a record, with their hints", () => {
    const record = {
      title: "Done",
      date: fillIn("a date"),
      source: { url: fillIn("an address") },
      causes: [fillIn("an id")],
    };
    expect(findFillIns(record)).toEqual([
      { path: ["date"], hint: "a date" },
      { path: ["source", "url"], hint: "an address" },
      { path: ["causes", 0], hint: "an id" },
    ]);
    expect(findFillIns({ title: "Done", causes: ["child-abuse"] })).toEqual([]);
  });

  it("cover the fields inside them, and only those", () => {
    const fill = { path: ["source"], hint: "a source" };
    expect(isWithin(["source", "url"], fill)).toBe(true);
    expect(isWithin(["source"], fill)).toBe(true);
    expect(isWithin(["sources"], fill)).toBe(false);
    expect(isWithin([], fill)).toBe(false);
  });
});
