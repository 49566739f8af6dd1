import { type Hours, WEEKDAYS, type Weekday } from "../model/hours.ts";

/** One weekly opening, in the line's local time, as machine-readable formats want it. */
export interface OpeningPeriod {
  days: Weekday[];
  /** HH:MM */
  opens: string;
  /** HH:MM, never 24:00 (see `closingTime`). */
  closes: string;
}

/**
 * Hours as the weekly periods that structured data and open data formats list. A line open
 * around the clock is every day from 00:00 to 23:59, the form search engines document
 * (https://developers.google.com/search/docs/appearance/structured-data/local-business).
 */
export function openingPeriods(hours: Hours): OpeningPeriod[] {
  if (hours.kind === "always") return [{ days: [...WEEKDAYS], opens: "00:00", closes: "23:59" }];
  return hours.periods.map((p) => ({ days: [...p.days], opens: p.opens, closes: closingTime(p.closes) }));
}

/** Many readers of HH:MM times refuse 24:00, so closing at midnight is written as the last minute of the day. */
function closingTime(time: string): string {
  return time === "24:00" ? "23:59" : time;
}
