import { describe, expect, it } from "vitest";
import { openingPeriods } from "../../src/publish/opening-hours.ts";

describe("opening periods for machines", () => {
  it("write a line open around the clock as every day from 00:00 to 23:59", () => {
    expect(openingPeriods({ kind: "always" })).toEqual([
      { days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], opens: "00:00", closes: "23:59" },
    ]);
  });

  it("keep weekly hours in local time and write closing at midnight as 23:59", () => {
    const periods = openingPeriods({
      kind: "weekly",
      timeZone: "America/New_York",
      periods: [
        { days: ["mon", "fri"], opens: "10:00", closes: "22:00" },
        { days: ["sat"], opens: "18:00", closes: "24:00" },
      ],
    });
    expect(periods).toEqual([
      { days: ["mon", "fri"], opens: "10:00", closes: "22:00" },
      { days: ["sat"], opens: "18:00", closes: "23:59" },
    ]);
  });
});
