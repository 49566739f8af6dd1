import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

/**
 * The journey of a visitor in crisis on a small phone (360 x 740): how far they must scroll to
 * the first number, whether a story stays reachable, and whether the help index narrows to what
 * they can use. docs/crisis-journey.md says why each number matters.
 */
const PHONE = { width: 360, height: 740 };
let hub: SiteInBrowser;
/** One phone tab for the tests on real time with JavaScript on: a new context costs Chromium more than a few page loads. */
let phone: Page;

/** Where an element starts, from the top of the page, in screens of the phone's height. */
async function screensDown(page: Page, selector: string): Promise<number> {
  const top = await page
    .locator(selector)
    .first()
    .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  return top / PHONE.height;
}

describeInBrowser("the crisis journey, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    phone = await (await hub.context({ viewport: PHONE })).newPage();
  });
  afterAll(() => hub?.close());

  it("puts every story's first call link within 1.5 screens and its first paragraph within 3, on a phone", async () => {
    const stories = hub.storyPaths;
    expect(stories.length).toBeGreaterThan(1);
    const page = phone;
    for (const path of stories) {
      await page.goto(path);
      expect(await screensDown(page, "main a[href^='tel:']"), path).toBeLessThan(1.5);
      expect(await screensDown(page, "#story p"), path).toBeLessThan(3);
      // The strip between the note and the story takes one screen at most.
      const strip = await page.locator("#talk-now").boundingBox();
      expect(strip?.height, path).toBeLessThanOrEqual(PHONE.height);
    }
  });

  it("shows the need-help-now lines on the page for an address that does not exist", async () => {
    const page = phone;
    await page.goto("no-such-page/");
    const box = page.getByRole("region", { name: en.helpNow.heading });
    expect(await box.locator("a[href^='tel:+1'], a[href='tel:988']").count()).toBeGreaterThan(1);
  });

  it("narrows the help index by how to reach someone, by language and by open now", async () => {
    const context = await hub.context({ viewport: PHONE, timezoneId: "America/New_York" });
    const page = await context.newPage();
    // A Saturday: the NAMI HelpLine, open on weekdays only, is closed.
    await page.clock.setFixedTime(new Date("2026-11-28T15:00:00-05:00"));
    await page.goto("help/");
    const shown = () =>
      page.locator("[data-filterable]:visible .card__title a").evaluateAll((links) => links.map((a) => a.textContent));
    const filters = page.getByRole("form", { name: en.directory.filterHeading });
    expect(await filters.isVisible()).toBe(true);
    // The sections for visitors without JavaScript give way to the filters.
    expect(await page.locator("#way-call").isVisible()).toBe(false);

    await filters.getByRole("radio", { name: "TTY" }).check();
    expect(await shown()).toEqual(["National Domestic Violence Hotline", "SAMHSA National Helpline"]);
    expect(await page.getByRole("status").filter({ hasText: "Showing" }).textContent()).toBe(
      "Showing 2 of 9 helplines.",
    );

    await filters.getByRole("radio", { name: "Text" }).check();
    await filters.getByRole("checkbox", { name: "In Spanish" }).check();
    // SAMHSA takes texts, and calls in Spanish, but its text line answers in English only.
    expect(await shown()).toEqual([
      "988 Suicide & Crisis Lifeline",
      "Childhelp National Child Abuse Hotline",
      "Crisis Text Line",
      "National Domestic Violence Hotline",
    ]);

    await filters.getByRole("radio", { name: en.directory.anyWay }).check();
    await filters.getByRole("checkbox", { name: "In Spanish" }).uncheck();
    await filters.getByRole("checkbox", { name: en.directory.openNow }).check();
    expect(await shown()).not.toContain("NAMI HelpLine");
    expect(await shown()).toContain("988 Suicide & Crisis Lifeline");
    await context.close();
  });

  it("counts a line with weekday hours as open now on a weekday afternoon", async () => {
    const context = await hub.context({ viewport: PHONE });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date("2026-11-30T15:00:00-05:00"));
    await page.goto("help/");
    await page.getByRole("checkbox", { name: en.directory.openNow }).check();
    expect(await page.locator("[data-filterable]:visible").getByRole("link", { name: "NAMI HelpLine" }).count()).toBe(
      1,
    );
    await context.close();
  });

  it("without JavaScript, lists every group as a section with a heading and a link from the top", async () => {
    const context = await hub.context({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("help/");
    expect(await page.getByRole("form", { name: en.directory.filterHeading }).count()).toBe(0);
    const links = await page
      .getByRole("navigation", { name: en.directory.find })
      .getByRole("link")
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toEqual([
      ["Lines you can call", "#way-call"],
      ["Lines you can text", "#way-text"],
      ["Lines for TTY users", "#way-tty"],
      ["Lines on WhatsApp", "#way-whatsapp"],
      ["Lines with online chat", "#way-chat"],
      ["Lines that answer in Spanish", "#lang-es"],
      ["Lines open 24 hours a day", "#all-day"],
      [en.directory.organizations, "#organizations"],
    ]);
    for (const [name, href] of links) {
      const section = page.locator(href as string);
      expect(await section.isVisible(), href as string).toBe(true);
      expect(await section.getByRole("heading", { level: 2 }).first().textContent()).toBe(name);
    }
    expect(await page.locator("#way-tty a[href^='tel:']").count()).toBe(2);
    await context.close();
  });
});
