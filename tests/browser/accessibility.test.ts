import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

let hub: SiteInBrowser;
let tab: Page;

/** What a test's visitor has: the browser's defaults unless it says otherwise. */
interface Visitor {
  width?: number;
  height?: number;
  colorScheme?: "light" | "dark";
  reducedMotion?: "reduce" | "no-preference";
}

/** The tests' one tab, set to the visitor's screen and preferences, on a fresh load of `path`. */
async function visit(
  path: string,
  { width = 1280, height = 720, colorScheme = "light", reducedMotion = "no-preference" }: Visitor = {},
): Promise<Page> {
  await tab.setViewportSize({ width, height });
  await tab.emulateMedia({ colorScheme, reducedMotion });
  await tab.goto(path);
  return tab;
}

/*
 * axe's WCAG checks and the reflow check over every page, light and dark, run in
 * tests/browser/every-page.test.ts, on the same visit to each page as the privacy checks; these are
 * the checks a visitor's keyboard, screen and preferences make on a few pages.
 */
describeInBrowser("accessibility, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    // The tests share one tab: a new tab costs Chromium more than a page load.
    tab = await (await hub.context()).newPage();
  });
  afterAll(() => hub?.close());

  it("lets a keyboard user skip to the main content", async () => {
    const page = await visit("stories/blanchard-smart-advocacy/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
  });

  it("shows where the keyboard focus is on every link and button, never hidden under the exit bar", async () => {
    const problems: string[] = [];
    for (const path of ["", "topics/sexual-assault/", "stories/blanchard-smart-advocacy/", "help/nami-helpline/"]) {
      // Reduced motion so the page scrolls to each focused link at once, not smoothly after the check.
      const page = await visit(path, { width: 360, height: 640, reducedMotion: "reduce" });
      // Only what is shown can take focus (the header's search box is hidden on a phone).
      const stops = await page
        .locator("a[href], button, input, select, textarea, [tabindex='0']")
        .filter({ visible: true })
        .count();
      // Forwards through every stop, then back again: the browser scrolls differently each way.
      const keys = [...Array(stops).fill("Tab"), ...Array(stops - 1).fill("Shift+Tab")] as string[];
      // The page notes where the focus is as each Tab arrives, before the browser moves it: what the
      // press before left. One call into the page per press instead of two, and the last one after.
      await page.evaluate(() => {
        const state = () => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          // Whatever is drawn on top at the middle of a box of the focused element is what the
          // visitor sees there; a link that wraps has a box per line.
          const seen = [...element.getClientRects()].some((box) => {
            const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return onTop !== null && element.contains(onTop);
          });
          return {
            name: `${element.tagName} ${element.textContent?.trim().slice(0, 30)}`,
            visible: style.outlineStyle !== "none" && style.outlineWidth !== "0px" && style.boxShadow !== "none",
            inView: seen,
          };
        };
        const noted: ReturnType<typeof state>[] = [];
        addEventListener(
          "keydown",
          (event) => {
            if (event.key === "Tab") noted.push(state());
          },
          { capture: true },
        );
        Object.assign(window, { focusAfterEachPress: () => [...noted.slice(1), state()] });
      });
      for (const key of keys) await page.keyboard.press(key);
      const seen = await page.evaluate(() =>
        (
          window as unknown as { focusAfterEachPress(): { name: string; visible: boolean; inView: boolean }[] }
        ).focusAfterEachPress(),
      );
      expect(seen).toHaveLength(keys.length);
      for (const [i, focus] of seen.entries()) {
        if (!focus.visible) problems.push(`/${path} ${focus.name}: no visible focus`);
        if (!focus.inView) problems.push(`/${path} ${keys[i]} ${focus.name}: focused out of sight`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("lands a story's skip links on their headings, clear of the exit bar, on a phone and a desktop", async () => {
    for (const viewport of [
      { width: 360, height: 640 },
      { width: 1280, height: 800 },
    ]) {
      const page = await visit("stories/blanchard-smart-advocacy/", { ...viewport, reducedMotion: "reduce" });
      for (const [link, heading] of [
        [en.story.skipToStory, "#summary-heading"],
        [en.story.allHelp, "#help-heading"],
      ] as const) {
        await page.getByRole("link", { name: link }).click();
        const box = await page.locator(heading).boundingBox();
        const bar = await page.locator(".exit").boundingBox();
        expect(box && bar && box.y >= bar.y + bar.height, `${viewport.width} px ${link}`).toBe(true);
      }
    }
  });

  it("makes every call, text and chat button and the exit at least 44 px tall and wide", async () => {
    const small: string[] = [];
    for (const path of ["", "topics/child-abuse/", "help/988-lifeline/"]) {
      const page = await visit(path, { width: 360, height: 640 });
      const sizes = await page.$$eval(".button, .exit__link", (elements) =>
        elements.map((e) => ({ text: e.textContent?.trim(), ...e.getBoundingClientRect().toJSON() })),
      );
      expect(sizes.length).toBeGreaterThan(1);
      for (const size of sizes) if (size.height < 44 || size.width < 44) small.push(`/${path} ${size.text}`);
    }
    expect(small).toEqual([]);
  });

  it("keeps still for visitors who ask for reduced motion", async () => {
    const scrollBehavior = async (reducedMotion: "reduce" | "no-preference") => {
      const page = await visit("stories/blanchard-smart-advocacy/", { reducedMotion });
      return page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        animations: document.getAnimations().length,
      }));
    };
    expect(await scrollBehavior("reduce")).toEqual({ scroll: "auto", animations: 0 });
    expect((await scrollBehavior("no-preference")).scroll).toBe("smooth");
  });

  it("follows the visitor's light or dark color scheme", async () => {
    const background = async (colorScheme: "light" | "dark") => {
      const page = await visit("", { colorScheme });
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await background("light")).toBe("rgb(250, 249, 246)");
    expect(await background("dark")).toBe("rgb(20, 25, 28)");
  });

  it("labels every call and text button with what it does", async () => {
    const page = await visit("help/childhelp/");
    const labels = await page.locator(".channels .button").allTextContents();
    expect(labels).toEqual([en.channel.call("1-800-422-4453"), en.channel.text("1-800-422-4453"), en.channel.chat]);
  });
});
