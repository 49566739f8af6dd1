import { DateTime } from "luxon";
import { z } from "zod";

/**
 * The earliest day a data date may be. The hub pairs news a visitor has just read with help, and
 * records the days its facts were checked: a date before this is a typo (1024 for 2024, 1850).
 * The latest is today (HUB_TODAY), checked with the data (src/data/validate.ts).
 */
export const EARLIEST_DATE = "1990-01-01";

/**
 * Dates in data files are written `YYYY-MM-DD`, must exist on the calendar (no 31 February) and
 * fall on or after `EARLIEST_DATE`.
 */
export const isoDateSchema = z
  .string({ error: "must be a date written YYYY-MM-DD, e.g. 2026-03-12" })
  // abort: a date written another way gets one message, not also "not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD, e.g. 2026-03-12", abort: true })
  .refine(isCalendarDate, {
    error: "is not a real calendar date (check the day and month)",
    abort: true,
  })
  .refine((value) => value >= EARLIEST_DATE, {
    error: `is before ${EARLIEST_DATE}, earlier than anything the hub covers; check the year`,
  });

export type IsoDate = z.infer<typeof isoDateSchema>;

/** Whether `value` is a day on the calendar written YYYY-MM-DD: "2024-02-31" is not. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(value);
  // Date.parse rolls 31 February over into March; the round trip does not.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Data dates are calendar days with no time zone: parse them as UTC so a build is the same anywhere. */
export function parseIsoDate(value: string): DateTime {
  return DateTime.fromISO(value, { zone: "utc" });
}

/**
 * Dates already written, by locale and date: thousands of stories share a few hundred days, and
 * luxon's formatting each time was seconds of a 10,000-story build (docs/performance.md). At most
 * one entry per day and locale.
 */
const formatted = new Map<string, string>();

/**
 * A date as a visitor reads it.
 * @example formatDate("2026-03-12", "en") // "March 12, 2026"
 */
export function formatDate(value: IsoDate, locale: string): string {
  // The hub serves the United States: month, day, year, as US readers write it; in Spanish,
  // "9 de enero de 2024", as US Spanish-language media write it.
  const key = `${locale}\0${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const format = locale.split("-")[0] === "es" ? "d 'de' MMMM 'de' yyyy" : "MMMM d, yyyy";
    text = parseIsoDate(value).setLocale(locale).toFormat(format);
    formatted.set(key, text);
  }
  return text;
}

/**
 * Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. A date-only
 * ISO string is read as UTC midnight by `Date.parse` itself (ECMA-262, Date Time String Format),
 * which is several times quicker than luxon, and every story is checked this way.
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
