import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOpenState, openState } from "../../content/assets/open-now.js";
import { en } from "../../src/view/strings/en.ts";
import { es } from "../../src/view/strings/es.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

// NAMI HelpLine, as in _data/resources/nami-helpline.ts; `zone` as the English pages name it.
const nami = {
  timeZone: "America/New_York",
  zone: "Eastern Time",
  periods: [{ days: ["mon", "tue", "wed", "thu", "fri"], opens: "10:00", closes: "22:00" }],
};
/** The sentences as the pages carry them (content/_includes/help.njk), placeholders left in. */
const sentencesOf = (strings: typeof en) => ({
  openNow: strings.hours.openNow("{time}"),
  closedNow: strings.hours.closedNow("{day}", "{time}"),
  onDay: strings.hours.onDay("{day}"),
  at: strings.hours.at("{clock}", "{zone}"),
  atOne: strings.hours.atOne("{clock}", "{zone}"),
  atMidnight: strings.hours.atMidnight("{zone}"),
});
const say = (hours: typeof nami, iso: string, strings = en, locale = "en") => {
  const now = new Date(iso);
  const state = openState(hours, now);
  if (!state) throw new Error("no state");
  return describeOpenState(state, hours.zone, locale, sentencesOf(strings));
};
const diga = (hours: typeof nami, iso: string) => say({ ...hours, zone: "hora del Este" }, iso, es, "es-US");
/** The browser keeps "10 AM" together with a no-break space. */
const nb = (text: string) => text.replace(/(\d) (AM|PM|a\.m\.|p\.m\.)/g, "$1\u00a0$2");

describe("whether a line is open now (content/assets/open-now.js)", () => {
  it("says a weekday line is open, and until when, in its own time zone", () => {
    expect(say(nami, "2026-01-07T16:00:00Z")).toBe(nb("Open now, until 10 PM Eastern Time."));
  });

  it("says a line opens later today when the morning has not reached its hours", () => {
    expect(say(nami, "2026-01-05T12:00:00Z")).toBe(nb("Closed now. Opens today at 10 AM Eastern Time."));
  });

  it("looks past the weekend: closed on Friday night means open on Monday", () => {
    // 22:30 on Friday in New York is 03:30 on Saturday in UTC.
    expect(say(nami, "2026-01-10T03:30:00Z")).toBe(nb("Closed now. Opens Monday at 10 AM Eastern Time."));
    expect(say(nami, "2026-01-11T15:00:00Z")).toBe(nb("Closed now. Opens tomorrow at 10 AM Eastern Time."));
  });

  it("follows daylight saving time in the line's zone", () => {
    // 14:30 UTC on the Monday after clocks went forward is 10:30 in New York: open.
    expect(openState(nami, new Date("2026-03-09T14:30:00Z"))).toEqual({ open: true, closes: "22:00" });
    // The same UTC time a week before the change is 9:30 there: not yet.
    expect(openState(nami, new Date("2026-03-02T14:30:00Z"))).toMatchObject({ open: false, daysAhead: 0 });
  });

  it("says midnight for a line that closes at 24:00, and minutes when a time has them", () => {
    const late = {
      timeZone: "America/Chicago",
      zone: "Central Time",
      periods: [{ days: ["sat"], opens: "09:30", closes: "24:00" }],
    };
    expect(say(late, "2026-01-10T20:00:00Z")).toBe("Open now, until midnight Central Time.");
    expect(say(late, "2026-01-10T12:00:00Z")).toBe(nb("Closed now. Opens today at 9:30 AM Central Time."));
  });
});

describe("whether a line is open now, in Spanish", () => {
  it("says the weekday with its article, and the zone after a comma", () => {
    expect(diga(nami, "2026-01-10T03:30:00Z")).toBe(nb("Cerrada ahora. Abre el lunes a las 10 a.m., hora del Este."));
  });

  it("says today and tomorrow without an article", () => {
    expect(diga(nami, "2026-01-05T12:00:00Z")).toBe(nb("Cerrada ahora. Abre hoy a las 10 a.m., hora del Este."));
    expect(diga(nami, "2026-01-11T15:00:00Z")).toBe(nb("Cerrada ahora. Abre mañana a las 10 a.m., hora del Este."));
  });

  it("says until when a line is open", () => {
    expect(diga(nami, "2026-01-07T16:00:00Z")).toBe(nb("Abierta ahora, hasta las 10 p.m., hora del Este."));
  });

  it("says “la 1” and “la medianoche”, not “las”", () => {
    const afternoon = { ...nami, periods: [{ days: ["sat"], opens: "13:30", closes: "24:00" }] };
    expect(diga(afternoon, "2026-01-10T15:00:00Z")).toBe(nb("Cerrada ahora. Abre hoy a la 1:30 p.m., hora del Este."));
    expect(diga(afternoon, "2026-01-10T20:00:00Z")).toBe("Abierta ahora, hasta la medianoche, hora del Este.");
  });
});

let hub: SiteInBrowser;
/**
 * One tab for the tests with JavaScript on: a new tab costs Chromium more than a page load. Each
 * test sets the clock it needs (the clock belongs to the tab's context) before it loads a page.
 */
let tab: Page;

describeInBrowser("the open-now line, in a real browser with a fixed clock", () => {
  beforeAll(async () => {
    hub = await openSite();
    tab = await (await hub.context()).newPage();
  });
  afterAll(() => hub?.close());

  it("tells a visitor on Saturday that the NAMI HelpLine opens on Monday", async () => {
    await tab.clock.setFixedTime(new Date("2026-01-10T15:00:00Z"));
    await tab.goto("help/nami-helpline/");
    const hours = tab.locator(".hours");
    await expect
      .poll(() => hours.locator(".open-now").textContent())
      .toBe(nb("Closed now. Opens Monday at 10 AM Eastern Time."));
    expect(await hours.textContent()).toMatch(/Monday to Friday, 10\u202fAM to 10\u202fPM Eastern Time/);
    await tab.goto("topics/mental-health/");
    await expect
      .poll(() => tab.locator(".open-now").allTextContents())
      .toEqual([nb("Closed now. Opens Monday at 10 AM Eastern Time.")]);
  });

  it("tells a visitor on a Wednesday afternoon that it is open until 10 PM", async () => {
    await tab.clock.setFixedTime(new Date("2026-01-07T19:00:00Z"));
    await tab.goto("help/nami-helpline/");
    await expect.poll(() => tab.locator(".open-now").textContent()).toBe(nb("Open now, until 10 PM Eastern Time."));
  });

  it("tells a visitor on the Spanish page, in Spanish, that the NAMI HelpLine opens on Monday", async () => {
    await tab.clock.setFixedTime(new Date("2026-01-10T15:00:00Z"));
    await tab.goto("es/help/nami-helpline/");
    const hours = tab.locator(".hours");
    await expect
      .poll(() => hours.locator(".open-now").textContent())
      .toBe(nb("Cerrada ahora. Abre el lunes a las 10 a.m., hora del Este."));
    expect(await hours.textContent()).toMatch(
      /De lunes a viernes, de 10\u202fa\.m\. a 10\u202fp\.m\., hora del Este\./,
    );
  });

  it("adds nothing to lines open around the clock", async () => {
    await tab.goto("help/childhelp/");
    await tab.waitForLoadState("load");
    expect(await tab.locator("[data-hours]").count()).toBe(0);
    expect(await tab.locator(".open-now").count()).toBe(0);
  });

  it("keeps the hours in plain words for visitors without JavaScript", async () => {
    const context = await hub.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("help/nami-helpline/");
    expect(await page.locator(".hours").textContent()).toMatch(/Monday to Friday.*Eastern Time.*Not open 24 hours/s);
    expect(await page.locator(".open-now").count()).toBe(0);
    await context.close();
  });
});
