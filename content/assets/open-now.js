// @ts-check
/*
 * "Closed now. Opens Monday at 10 AM Eastern Time." for lines that are not open around the clock.
 * Only the browser knows the time, so the page carries the hours as data (`data-hours`, made by
 * `hoursData` in src/model/hours.ts, with the zone's name in the page's language) and the sentences
 * with `{day}`, `{time}`, `{clock}` and `{zone}` left to fill in (from src/view/strings). The hours in
 * plain words are in the page already; this line only adds to them.
 */

/**
 * @typedef {{ days: string[], opens: string, closes: string }} Period
 * @typedef {{ timeZone: string, zone: string, periods: Period[] }} WeeklyHours
 * @typedef {{ open: true, closes: string } | { open: false, daysAhead: number, weekday: number, opens: string }} OpenState
 * @typedef {{ openNow: string, closedNow: string, onDay: string, at: string, atOne: string, atMidnight: string }} Sentences
 */

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const SHORT_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** @param {string} time "HH:MM" */
const minutesOf = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Whether a line is open at `now`, in its own time zone, and if not, when it next opens.
 * `weekday` counts from Monday = 0; `daysAhead` is 0 for later today.
 * @param {WeeklyHours} hours
 * @param {Date} now
 * @returns {OpenState | undefined} undefined only for hours with no periods
 */
export function openState(hours, now) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: hours.timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  /** @param {string} type */
  const part = (type) => parts.find((p) => p.type === type)?.value ?? "";
  const today = SHORT_DAYS.indexOf(part("weekday"));
  const minute = Number(part("hour")) * 60 + Number(part("minute"));
  /** @param {number} day */
  const periodsOn = (day) => hours.periods.filter((p) => p.days.includes(DAYS[day] ?? ""));

  const openPeriods = periodsOn(today).filter((p) => minutesOf(p.opens) <= minute && minute < minutesOf(p.closes));
  if (openPeriods.length > 0) {
    const closes = openPeriods.map((p) => p.closes).sort();
    return { open: true, closes: closes[closes.length - 1] ?? "" };
  }
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const weekday = (today + daysAhead) % 7;
    const opens = periodsOn(weekday)
      .map((p) => p.opens)
      .filter((time) => daysAhead > 0 || minutesOf(time) > minute)
      .sort();
    if (opens[0] !== undefined) return { open: false, daysAhead, weekday, opens: opens[0] };
  }
  return undefined;
}

/**
 * Fills each `{name}` in a sentence once, from `values`.
 * @param {string} template
 * @param {Record<string, string>} values
 */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);

/**
 * The state as a sentence in the page's language: times in the line's time zone, named as the
 * page names it (`zone`). Spanish says "a las 10" but "a la 1", so times from 1:00 to 1:59 have a
 * sentence of their own (`atOne`).
 * @param {OpenState} state
 * @param {string} zone
 * @param {string} locale
 * @param {Sentences} sentences
 */
export function describeOpenState(state, zone, locale, sentences) {
  /** @param {string} time "HH:MM" */
  const at = (time) => {
    if (time === "24:00") return fill(sentences.atMidnight, { zone });
    const minutes = minutesOf(time);
    const clock = new Intl.DateTimeFormat(locale, {
      timeZone: "UTC",
      hour: "numeric",
      ...(minutes % 60 === 0 ? {} : { minute: "2-digit" }),
    }).format(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
    // Chromium puts a plain space before AM/PM; keep "10 AM" on one line as the page's own text does.
    const values = { clock: clock.replace(/\s/g, "\u00a0"), zone };
    return fill(Math.floor(minutes / 60) % 12 === 1 ? sentences.atOne : sentences.at, values);
  };
  if (state.open) return fill(sentences.openNow, { time: at(state.closes) });
  const day =
    state.daysAhead <= 1
      ? new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(state.daysAhead, "day")
      : fill(sentences.onDay, {
          // 1 January 2024 was a Monday, so day `weekday` of that week has the right name.
          day: new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long" }).format(
            Date.UTC(2024, 0, 1 + state.weekday),
          ),
        });
  return fill(sentences.closedNow, { day, time: at(state.opens) });
}

/** Adds or refreshes the sentence inside every element that carries hours. */
function showOpenNow() {
  const locale = document.documentElement.lang || "en";
  const now = new Date();
  for (const element of document.querySelectorAll("[data-hours]")) {
    if (!(element instanceof HTMLElement)) continue;
    const { hours, openNow = "", closedNow = "", onDay = "", at = "", atOne = "", atMidnight = "" } = element.dataset;
    /** @type {WeeklyHours} */
    const weekly = JSON.parse(hours ?? "{}");
    const state = openState(weekly, now);
    if (!state) continue;
    let line = element.querySelector(".open-now");
    if (!line) {
      line = document.createElement("span");
      element.append(line);
    }
    line.className = `open-now ${state.open ? "open-now--open" : "open-now--closed"}`;
    const sentences = { openNow, closedNow, onDay, at, atOne, atMidnight };
    line.textContent = describeOpenState(state, weekly.zone, locale, sentences);
  }
}

// Imported by the tests in Node, where there is no page to enhance.
if (typeof document === "object") {
  showOpenNow();
  // A page left open should not go on saying "open now" after the line closes.
  setInterval(showOpenNow, 60_000);
}
