import { describe, expect, it } from "vitest";
import { daysBetween, formatDate, isoDateSchema } from "../../src/model/date.ts";

const messages = (value: unknown) => isoDateSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe("dates in data files", () => {
  it("accepts real calendar days, 29 February in a leap year included", () => {
    expect(messages("2026-03-12")).toEqual([]);
    expect(messages("2024-02-29")).toEqual([]);
  });

  it("refuses days that are not on the calendar", () => {
    for (const bad of ["2024-02-31", "2025-02-29", "2026-13-01", "2026-04-31"]) {
      expect(messages(bad), bad).toEqual(["is not a real calendar date (check the day and month)"]);
    }
  });

  it("refuses other ways of writing a date, with the way to write it", () => {
    for (const bad of ["12/03/2026", "2026-3-12", "12 March 2026"]) {
      expect(messages(bad), bad).toEqual(["must be a date written YYYY-MM-DD, e.g. 2026-03-12"]);
    }
  });

  it("refuses a date before 1990, earlier than anything the hub covers", () => {
    expect(messages("1850-06-01")).toEqual([
      "is before 1990-01-01, earlier than anything the hub covers; check the year",
    ]);
    expect(messages("1990-01-01")).toEqual([]);
  });

  it("counts whole days between two dates, across a leap day", () => {
    expect(daysBetween("2024-01-09", "2026-03-01")).toBe(782);
    expect(daysBetween("2026-03-01", "2026-02-28")).toBe(-1);
  });

  it("writes a date as a US visitor reads it: month, day, year", () => {
    expect(formatDate("2026-03-12", "en")).toBe("March 12, 2026");
  });

  it("writes a date as a US Spanish speaker reads it: day, the month in lower case, year", () => {
    expect(formatDate("2026-03-12", "es-US")).toBe("12 de marzo de 2026");
    expect(formatDate("2024-01-09", "es-US")).toBe("9 de enero de 2024");
  });
});
