import { describe, expect, it } from "vitest";
import { describeHours, hoursData, hoursSchema } from "../../src/model/hours.ts";

const words = { always: "Open 24 hours a day, 7 days a week", to: "to", midnight: "midnight" };

describe("hours", () => {
  it("says a 24/7 line is always open", () => {
    expect(describeHours({ kind: "always" }, "en", words)).toBe("Open 24 hours a day, 7 days a week");
  });

  // Times use the narrow no-break space (U+202F) that ICU puts before AM/PM, so "10 AM" never wraps.
  it("describes weekday hours in words with the line's time zone", () => {
    const nami = hoursSchema.parse({
      kind: "weekly",
      timeZone: "America/New_York",
      periods: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "10:00", closes: "22:00" }],
    });
    expect(describeHours(nami, "en", words)).toBe("Monday to Friday, 10\u202fAM to 10\u202fPM Eastern Time");
  });

  it("lists days that are not a run, and says midnight for 24:00", () => {
    const hours = hoursSchema.parse({
      kind: "weekly",
      timeZone: "America/Chicago",
      periods: [
        { days: ["wed", "mon"], opens: "09:30", closes: "17:00" },
        { days: ["sat"], opens: "10:00", closes: "24:00" },
      ],
    });
    expect(describeHours(hours, "en", words)).toBe(
      "Monday and Wednesday, 9:30\u202fAM to 5\u202fPM; Saturday, 10\u202fAM to midnight Central Time",
    );
  });

  it("refuses a period that closes before it opens, a bad time and an unknown time zone", () => {
    const bad = (value: unknown) => hoursSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
    expect(
      bad({
        kind: "weekly",
        timeZone: "America/New_York",
        periods: [{ days: ["mon"], opens: "22:00", closes: "10:00" }],
      }),
    ).toContain("closes must be later than opens");
    expect(
      bad({
        kind: "weekly",
        timeZone: "America/New_York",
        periods: [{ days: ["mon"], opens: "9am", closes: "10:00" }],
      }),
    ).toContainEqual(expect.stringMatching(/HH:MM/));
    expect(
      bad({ kind: "weekly", timeZone: "Eastern", periods: [{ days: ["mon"], opens: "09:00", closes: "10:00" }] }),
    ).toEqual([expect.stringMatching(/time zone/)]);
    expect(bad("24/7")).toEqual([expect.stringMatching(/kind: "always"/)]);
  });

  it("gives the browser weekly hours as JSON, and nothing for a line that is always open", () => {
    const periods = [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "10:00", closes: "22:00" }];
    const nami = hoursSchema.parse({ kind: "weekly", timeZone: "America/New_York", periods });
    expect(JSON.parse(hoursData(nami) ?? "")).toEqual({ timeZone: "America/New_York", periods });
    expect(hoursData({ kind: "always" })).toBeUndefined();
  });
});
