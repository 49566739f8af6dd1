import { DateTime } from "luxon";
import { z } from "zod";

/** Dates in data files are written `YYYY-MM-DD` and must exist on the calendar (no 31 February). */
export const isoDateSchema = z
  .string({ error: "must be a date written YYYY-MM-DD, e.g. 2026-03-12" })
  // abort: a date written another way gets one message, not also "not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written YYYY-MM-DD, e.g. 2026-03-12", abort: true })
  .refine((value) => parseIsoDate(value).isValid, {
    error: "is not a real calendar date (check the day and month)",
  });

export type IsoDate = z.infer<typeof isoDateSchema>;

/** Data dates are calendar days with no time zone: parse them as UTC so a build is the same anywhere. */
export function parseIsoDate(value: string): DateTime {
  return DateTime.fromISO(value, { zone: "utc" });
}

/**
 * A date as a visitor reads it.
 * @example formatDate("2026-03-12", "en") // "March 12, 2026"
 */
export function formatDate(value: IsoDate, locale: string): string {
  // The hub serves the United States: month, day, year, as US readers write it.
  return parseIsoDate(value).setLocale(locale).toFormat("MMMM d, yyyy");
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(parseIsoDate(to).diff(parseIsoDate(from), "days").days);
}
