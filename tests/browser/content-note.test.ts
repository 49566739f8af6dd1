import { afterAll, beforeAll, expect, it } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

let hub: SiteInBrowser;

describeInBrowser("a story's content note, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
  });
  afterAll(() => hub?.close());

  it("is read and seen before the lines to call now and the story, on a phone and on a desktop", async () => {
    const stories = hub.storyPaths;
    expect(stories.length).toBeGreaterThan(0);
    for (const width of [360, 1280]) {
      const context = await hub.context({ viewport: { width, height: 800 } });
      const page = await context.newPage();
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
      await context.close();
    }
  });

  it("has links that take a keyboard user straight to the story, or to all the help after it", async () => {
    const context = await hub.context({ reducedMotion: "reduce" });
    const page = await context.newPage();
    await page.goto("stories/blanchard-smart-advocacy/");
    await page.getByRole("link", { name: en.story.skipToStory }).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("story");
    await page.getByRole("link", { name: en.story.allHelp }).focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("help");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("tel:911");
    await context.close();
  });
});
