import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

let hub: SiteInBrowser;
/** One tab for both tests: a new tab costs Chromium more than a page load. */
let tab: Page;

describeInBrowser("a story's content note, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    tab = await (await hub.context()).newPage();
  });
  afterAll(() => hub?.close());

  it("is read and seen before the lines to call now and the story, on a phone and on a desktop", async () => {
    const stories = hub.storyPaths;
    expect(stories.length).toBeGreaterThan(0);
    const page = tab;
    await page.emulateMedia({ reducedMotion: "no-preference" });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of stories) {
        await page.goto(path);
        const order = await page.evaluate(() =>
          [".content-note", "#talk-now", "#story"].map((s) => document.querySelector(s)?.getBoundingClientRect().top),
        );
        expect(
          order.every((y) => typeof y === "number"),
          path,
        ).toBe(true);
        const [note, help, story] = order as number[];
        expect(note, `${width} px /${path}`).toBeLessThan(help as number);
        expect(help, `${width} px /${path}`).toBeLessThan(story as number);
        // On a phone the note is on the first screen, so nobody meets the story unwarned.
        expect(note, `${width} px /${path}`).toBeLessThan(800);
      }
    }
  });

  it("has links that take a keyboard user straight to the story, or to all the help after it", async () => {
    const page = tab;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("stories/blanchard-smart-advocacy/");
    await page.getByRole("link", { name: en.story.skipToStory }).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("story");
    await page.getByRole("link", { name: en.story.allHelp }).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("help");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("tel:911");
  });
});
