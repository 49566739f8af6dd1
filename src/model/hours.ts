import { DateTime, Info } from "luxon";
import { z } from "zod";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const timeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: "must be a 24-hour time written HH:MM, e.g. 09:30 or 22:00" });

const periodSchema = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS)).min(1, { error: "name at least one day (mon, tue, ... sun)" }),
    opens: timeSchema,
    closes: timeSchema,
  })
  .refine((p) => p.opens < p.closes, { error: "closes must be later than opens", path: ["closes"] });

/**
 * When a line answers. Either around the clock, or weekly periods in the line's own time zone.
 * Copying "24/7" for a line that is not is a known trap in public helpline data, so a line that
 * is not `always` open says so on every page that shows it.
 */
export const hoursSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("always") }),
    z.strictObject({
      kind: z.literal("weekly"),
      timeZone: z.string().refine((zone) => DateTime.local().setZone(zone).isValid, {
        error: "must be a time zone name such as America/New_York",
      }),
      periods: z.array(periodSchema).min(1, { error: "give at least one opening period" }),
    }),
  ],
  { error: 'must be { kind: "always" } or { kind: "weekly", timeZone, periods }' },
);

export type Hours = z.infer<typeof hoursSchema>;
export type WeeklyHours = Extract<Hours, { kind: "weekly" }>;

export interface HoursWords {
  /** Shown for a line open around the clock. */
  always: string;
  /** A run of three or more days: "Monday to Friday", "de lunes a viernes". */
  dayRun: (first: string, last: string) => string;
  /** One period's times: "10 AM to 10 PM", "de 10 a.m. a 10 p.m.". */
  timeRange: (opens: string, closes: string) => string;
  /** The periods and the zone they are in: "... 10 PM Eastern Time", "... 10 p.m., hora del Este". */
  inZone: (periods: string, zone: string) => string;
  /** A period that closes at 24:00. */
  midnight: string;
  /**
   * Time zones as people in the page's language say them, by their English name ("Eastern Time"):
   * Intl's Spanish ("hora oriental") is not what US Spanish speakers hear. A zone not listed keeps
   * Intl's name in the page's language.
   */
  zones: Readonly<Record<string, string>>;
}

/**
 * Hours in plain words.
 * @example describeHours({ kind: "always" }, "en", words) // "Open 24 hours a day, 7 days a week"
 * @example describeHours(namiHours, "en", words) // "Monday to Friday, 10 AM to 10 PM Eastern Time"
 * @example describeHours(namiHours, "es-US", es.hours) // "de lunes a viernes, de 10 a.m. a 10 p.m., hora del Este"
 */
export function describeHours(hours: Hours, locale: string, words: HoursWords): string {
  if (hours.kind === "always") return words.always;
  const periods = hours.periods.map(
    (p) =>
      `${describeDays(p.days, locale, words)}, ${words.timeRange(formatTime(p.opens, locale, words), formatTime(p.closes, locale, words))}`,
  );
  return words.inZone(periods.join("; "), zoneName(hours.timeZone, locale, words));
}

/** "Monday to Friday" for a run of three or more days, otherwise the days listed. */
function describeDays(days: readonly Weekday[], locale: string, words: HoursWords): string {
  const names = Info.weekdays("long", { locale });
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const indexes = sorted.map((d) => WEEKDAYS.indexOf(d));
  const consecutive = indexes.every((n, i) => i === 0 || n === (indexes[i - 1] ?? 0) + 1);
  if (consecutive && indexes.length >= 3) {
    return words.dayRun(names[indexes[0] ?? 0] ?? "", names[indexes[indexes.length - 1] ?? 0] ?? "");
  }
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(indexes.map((i) => names[i] ?? ""));
}

function formatTime(time: string, locale: string, words: HoursWords): string {
  if (time === "24:00") return words.midnight;
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  const at = DateTime.fromObject({ hour, minute }, { zone: "utc", locale });
  return at.toLocaleString(minute === 0 ? { hour: "numeric" } : { hour: "numeric", minute: "2-digit" });
}

/**
 * "Eastern Time", "hora del Este": the generic name people use all year, not "Eastern Standard
 * Time", said in the page's language.
 */
export function zoneName(timeZone: string, locale: string, words: Pick<HoursWords, "zones">): string {
  return words.zones[genericName(timeZone, "en-US")] ?? genericName(timeZone, locale);
}

/** Named as on a fixed recent day: on the epoch, Detroit (no daylight saving in 1970) was "Eastern Standard Time". */
const NAMED_ON = Date.UTC(2024, 0, 1);

function genericName(timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "longGeneric" }).formatToParts(NAMED_ON);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * The hours as JSON for the page's `data-hours` attribute, from which the browser says whether a
 * line is open now and when it next opens (`content/assets/open-now.js`), with the name of the
 * zone in the page's language (`zoneName`), so the sentence names it as the hours above it do.
 * Only weekly hours need it: a line that is always open has nothing to compute. The plain-words
 * hours stay in the HTML for visitors without JavaScript.
 * @example hoursData(namiHours, "Eastern Time") // '{"timeZone":"America/New_York","zone":"Eastern Time","periods":[{"days":["mon",...],"opens":"10:00","closes":"22:00"}]}'
 */
export function hoursData(hours: WeeklyHours, zone: string): string {
  return JSON.stringify({ timeZone: hours.timeZone, zone, periods: hours.periods });
}
