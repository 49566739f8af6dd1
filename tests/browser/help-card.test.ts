import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

let hub: SiteInBrowser;
/** One tab for the three tests: a new tab costs Chromium more than a page load. */
let tab: Page;

/** The shared tab as a screen shows pages, in the visitor's color scheme. */
async function onScreen(colorScheme: "light" | "dark" = "light"): Promise<Page> {
  await tab.emulateMedia({ media: "screen", colorScheme });
  return tab;
}

const visible = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.some((e) => (e as HTMLElement).offsetParent !== null));

describeInBrowser("the printable help card, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    tab = await (await hub.context()).newPage();
  });
  afterAll(() => hub?.close());

  it("is linked from each topic that has a line to call or text, and only from those", async () => {
    const page = await onScreen();
    await page.goto("topics/sexual-assault/");
    await page.getByRole("link", { name: en.helpCard.link }).click();
    expect(page.url()).toBe(`${hub.server.url}topics/sexual-assault/card/`);
    // Its only organizations have no phone: a card would have no numbers on it.
    await page.goto("topics/prison-reform/");
    expect(await page.getByRole("link", { name: en.helpCard.link }).count()).toBe(0);
    expect(hub.paths).not.toContain("topics/prison-reform/card/");
  });

  it("has a neutral title and gives each line's numbers and hours, and 911", async () => {
    const page = await onScreen();
    await page.goto("topics/sexual-assault/card/");
    expect(await page.title()).not.toMatch(/sexual|assault|abuse/i);
    expect(await page.locator("h1").textContent()).toBe(en.helpCard.title);
    const card = page.locator(".help-card");
    // RAINN first: it names sexual assault first among its causes; Childhelp names it third.
    expect(await card.locator("h2").allTextContents()).toEqual([
      "National Sexual Assault Hotline",
      "Childhelp National Child Abuse Hotline",
    ]);
    expect(await card.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "tel:+18006564673",
      "tel:+18004224453",
      "sms:+18004224453",
    ]);
    expect(await card.textContent()).toContain("Call 1-800-656-4673");
    expect(await card.textContent()).toContain(en.hours.always);
    expect(await card.textContent()).toContain(en.emergency.text("911"));
    await page.goto("topics/mental-health/card/");
    expect(await page.locator(".help-card").textContent()).toMatch(
      /NAMI HelpLine.*Monday to Friday.*Not open 24 hours/s,
    );
  });

  it("prints as the card alone, black on white, even from a dark screen", async () => {
    const page = await onScreen("dark");
    await page.goto("topics/child-abuse/card/");
    await page.emulateMedia({ media: "print" });
    for (const hidden of [".exit", ".site-header", ".site-footer", ".breadcrumbs", ".help-card__hint"]) {
      expect(await visible(page, hidden), hidden).toBe(false);
    }
    expect(await visible(page, ".help-card")).toBe(true);
    const colors = await page.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      card: getComputedStyle(document.querySelector(".help-card") as Element).backgroundColor,
      number: getComputedStyle(document.querySelector(".help-card a") as Element).color,
    }));
    expect(colors).toEqual({ page: "rgb(255, 255, 255)", card: "rgb(255, 255, 255)", number: "rgb(0, 0, 0)" });
    // One sheet of paper.
    const pdf = await page.pdf({ format: "Letter" });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });
});
