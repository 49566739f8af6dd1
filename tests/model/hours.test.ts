import { describe, expect, it } from "vitest";
import { describeHours, hoursData, hoursSchema, type WeeklyHours, zoneName } from "../../src/model/hours.ts";
import { en } from "../../src/view/strings/en.ts";
import { es } from "../../src/view/strings/es.ts";

const words = en.hours;
const nami: WeeklyHours = {
  kind: "weekly",
  timeZone: "America/New_York",
  periods: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "10:00", closes: "22:00" }],
};

describe("hours", () => {
  it("says a 24/7 line is always open", () => {
    expect(describeHours({ kind: "always" }, "en", words)).toBe("Open 24 hours a day, 7 days a week");
  });

  // Times use the narrow no-break space (U+202F) that ICU puts before AM/PM, so "10 AM" never wraps.
  it("describes weekday hours in words with the line's time zone", () => {
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

  it("gives the browser weekly hours as JSON, with the zone named as the page names it", () => {
    expect(JSON.parse(hoursData(nami, "Eastern Time"))).toEqual({
      timeZone: "America/New_York",
      zone: "Eastern Time",
      periods: nami.periods,
    });
  });

  it("says the hours in Spanish as a US Spanish speaker would read them", () => {
    expect(describeHours(nami, "es-US", es.hours)).toBe(
      "de lunes a viernes, de 10\u202fa.m. a 10\u202fp.m., hora del Este",
    );
    const hours = hoursSchema.parse({
      kind: "weekly",
      timeZone: "America/Chicago",
      periods: [
        { days: ["wed", "mon"], opens: "09:30", closes: "17:00" },
        { days: ["sat"], opens: "13:00", closes: "24:00" },
      ],
    });
    expect(describeHours(hours, "es-US", es.hours)).toBe(
      "lunes y miércoles, de 9:30\u202fa.m. a 5\u202fp.m.; sábado, de 1\u202fp.m. a medianoche, hora del Centro",
    );
  });

  it("names the US time zones in Spanish as people hear them, whatever Intl calls them", () => {
    expect(zoneName("America/New_York", "es-US", es.hours)).toBe("hora del Este");
    expect(zoneName("America/Detroit", "es-US", es.hours)).toBe("hora del Este");
    expect(zoneName("America/Chicago", "es-US", es.hours)).toBe("hora del Centro");
    expect(zoneName("America/Denver", "es-US", es.hours)).toBe("hora de la Montaña");
    expect(zoneName("America/Phoenix", "es-US", es.hours)).toBe("hora de la Montaña");
    expect(zoneName("Pacific/Honolulu", "es-US", es.hours)).toBe("hora de Hawái");
    expect(zoneName("America/Los_Angeles", "es-US", es.hours)).toBe("hora del Pacífico");
    expect(zoneName("America/Los_Angeles", "en", en.hours)).toBe("Pacific Time");
  });
});
