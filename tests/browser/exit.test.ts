import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { es } from "../../src/view/strings/es.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { EXIT_STUB, openSite, type SiteInBrowser } from "./fixture.ts";

const EXIT_URL = "https://www.weather.gov/";
const HOME = "";
const TOPIC = "topics/sexual-assault/";

let hub: SiteInBrowser;
/** The context the tests share, its exit answered: a new context costs Chromium about twice a new tab. */
let shared: BrowserContext;
/** What a test opened of its own, closed after it. */
let opened: BrowserContext | Page | undefined;
/** One tab for the tests that need no history of their own: a new tab costs Chromium more than a page load. */
let tab: Page;

/** The neutral site, answered locally. */
const answerExit = (context: BrowserContext) =>
  context.route(`${EXIT_URL}**`, (route) => route.fulfill({ contentType: "text/html", body: EXIT_STUB }));

/**
 * A visitor who opened the home page, then a topic, in a new tab: Back has a page to return to.
 * The tab is new, so its history holds only those two; a fresh profile only when the visitor's
 * browser differs (JavaScript off).
 */
async function visitor(options?: BrowserContextOptions): Promise<Page> {
  let page: Page;
  if (options) {
    const context = await hub.context(options);
    opened = context;
    await answerExit(context);
    page = await context.newPage();
  } else {
    page = await shared.newPage();
    opened = page;
  }
  await page.goto(HOME);
  await page.goto(TOPIC);
  return page;
}

/** The shared tab on a fresh load of a topic page, at the browser's default screen and media. */
async function onTopic(): Promise<Page> {
  await tab.setViewportSize({ width: 1280, height: 720 });
  await tab.emulateMedia({ media: "screen", reducedMotion: "no-preference" });
  await tab.goto(TOPIC);
  return tab;
}

const status = (page: Page) => page.locator("[data-exit-status]");

describeInBrowser("the quick exit, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    shared = await hub.context();
    await answerExit(shared);
    tab = await shared.newPage();
  });
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  afterAll(() => hub?.close());

  it("comes first in the tab order after the skip link, on every kind of page", async () => {
    const page = await onTopic();
    for (const path of [HOME, TOPIC, "stories/blanchard-smart-advocacy/", "help/childhelp/", "safety/"]) {
      await page.goto(path);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(en.exit.label);
    }
  });

  it("leaves for the neutral site when clicked, and Back does not return to the page", async () => {
    const page = await visitor();
    await page.getByRole("link", { name: en.exit.label }).click();
    await page.waitForURL(EXIT_URL);
    expect(await page.title()).toBe("Weather");
    await page.goBack();
    // The topic page was replaced in history; Back skips it to the page before.
    expect(page.url()).toBe(hub.server.url);
  });

  it("blanks the page at once, before the neutral site has answered", async () => {
    for (const leave of [
      (page: Page) => page.getByRole("link", { name: en.exit.label }).click(),
      async (page: Page) => {
        for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      },
    ]) {
      const page = await shared.newPage();
      opened = page;
      // The neutral site does not answer until the test has seen the page the exit left behind,
      // so nothing of the next page can be mistaken for it. (A page's route comes before its context's.)
      let answer = () => {};
      const answered = new Promise<void>((resolve) => {
        answer = resolve;
      });
      await page.route(`${EXIT_URL}**`, async (route) => {
        await answered;
        await route.fulfill({ contentType: "text/html", body: EXIT_STUB });
      });
      await page.goto(TOPIC);
      // Listeners added after the page's own run after it, in the same moment: they report the
      // page as the exit left it. (Playwright cannot evaluate in a page that is navigating.)
      const seen: string[] = [];
      page.on("console", (message) => seen.push(message.text()));
      await page.evaluate(() => {
        const report = () =>
          console.log(JSON.stringify([document.body.childElementCount, document.body.textContent, document.title]));
        document.addEventListener("click", report);
        document.addEventListener("keyup", report);
      });
      // Playwright's click and key press wait for the navigation they start, which is held.
      const leaving = leave(page);
      await expect.poll(() => seen.at(-1)).toBe(JSON.stringify([0, "", ""]));
      answer();
      await leaving;
      await page.waitForURL(EXIT_URL);
      await page.close();
    }
  });

  it("leaves when Shift is pressed three times, counting down for screen readers", async () => {
    const page = await visitor();
    expect(await status(page).getAttribute("role")).toBe("status");
    await page.keyboard.press("Shift");
    expect(await status(page).textContent()).toBe("Shift, press 2 more times to exit.");
    await page.keyboard.press("Shift");
    expect(await status(page).textContent()).toBe("Shift, press 1 more time to exit.");
    await page.keyboard.press("Shift");
    await page.waitForURL(EXIT_URL);
    await page.goBack();
    expect(page.url()).toBe(hub.server.url);
  });

  it("speaks Spanish on a Spanish page: the link, the countdown and its expiry", async () => {
    // A context of its own: the fake clock belongs to the context, and the shared tab runs on real time.
    const context = await hub.context();
    opened = context;
    await context.route(`${EXIT_URL}**`, (route) => route.fulfill({ contentType: "text/html", body: EXIT_STUB }));
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`es/${TOPIC}`);
    expect(await page.getByRole("link", { name: "Salir de esta página" }).isVisible()).toBe(true);
    await page.keyboard.press("Shift");
    expect(await status(page).textContent()).toBe("Shift (Mayús): oprímala 2 veces más para salir.");
    await page.clock.runFor(5_100);
    expect(await status(page).textContent()).toBe(es.exit.expired);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    expect(await status(page).textContent()).toBe("Shift (Mayús): oprímala 1 vez más para salir.");
    await page.keyboard.press("Shift");
    await page.waitForURL(EXIT_URL);
  });

  it("starts the count again when the three presses take longer than five seconds", async () => {
    const context = await hub.context();
    opened = context;
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(TOPIC);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.clock.runFor(5_100);
    expect(await status(page).textContent()).toBe(en.exit.expired);
    await page.keyboard.press("Shift");
    expect(await status(page).textContent()).toBe("Shift, press 2 more times to exit.");
    expect(page.url()).toBe(`${hub.server.url}${TOPIC}`);
  });

  it("does not leave while someone types capitals, or presses Escape", async () => {
    const page = await onTopic();
    await page.keyboard.press("Shift+A");
    await page.keyboard.press("Shift+B");
    await page.keyboard.press("Shift+C");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Escape");
    expect(page.url()).toBe(`${hub.server.url}${TOPIC}`);
    expect(await status(page).textContent()).toBe("");
  });

  it("still leaves with JavaScript switched off, as a plain link that Back can return through", async () => {
    const page = await visitor({ javaScriptEnabled: false });
    const link = page.getByRole("link", { name: en.exit.label });
    expect(await link.getAttribute("href")).toBe(EXIT_URL);
    expect((await link.getAttribute("rel"))?.split(" ")).toEqual(
      expect.arrayContaining(["nofollow", "noopener", "noreferrer"]),
    );
    await link.click();
    await page.waitForURL(EXIT_URL);
    expect(await page.title()).toBe("Weather");
    // Without JavaScript nothing can replace the history entry: Back returns, as the safety page says.
    await page.goBack();
    expect(page.url()).toBe(`${hub.server.url}${TOPIC}`);
  });

  it("stays in view while the page scrolls, on a phone and on a wide screen", async () => {
    for (const [path, viewport] of [
      ["stories/blanchard-smart-advocacy/", { width: 360, height: 640 }],
      [TOPIC, { width: 1280, height: 800 }],
    ] as const) {
      await tab.setViewportSize(viewport);
      // Reduced motion, so scrollTo jumps at once instead of scrolling smoothly past the checks.
      await tab.emulateMedia({ media: "screen", reducedMotion: "reduce" });
      await tab.goto(path);
      await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const box = await tab.getByRole("link", { name: en.exit.label }).boundingBox();
      expect(box?.y, `${viewport.width} px`).toBeGreaterThanOrEqual(0);
      expect(box?.y, `${viewport.width} px`).toBeLessThan(viewport.height);
    }
  });

  it("leaves when the left and right Shift keys are pressed three times between them", async () => {
    for (const keys of [
      ["ShiftLeft", "ShiftRight", "ShiftLeft"],
      ["ShiftRight", "ShiftRight", "ShiftLeft"],
    ]) {
      const page = await onTopic();
      for (const [i, key] of keys.entries()) {
        await page.keyboard.press(key);
        if (i < 2) expect(await status(page).textContent()).toBe(en.exit.pressMore(2 - i));
      }
      await page.waitForURL(EXIT_URL);
    }
  });

  it("is not printed", async () => {
    const page = await onTopic();
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("link", { name: en.exit.label }).isVisible()).toBe(false);
  });
});
