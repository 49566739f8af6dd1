import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { en } from "../../src/view/strings/en.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/** WCAG 2.2 level AA, and everything below it. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Tabs that check pages at once (see beforeAll). */
const AXE_TABS = 3;

const PASSES = [
  { colorScheme: "light", width: 320, rules: undefined },
  { colorScheme: "dark", width: 640, rules: ["color-contrast"] },
] as const;

let hub: SiteInBrowser;
let tab: Page;
const axeFound: string[] = [];
const tooWide: string[] = [];

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

/** axe's violations on the open page, one line each: "rule: target"; all AA rules unless `rules` names some. */
async function axeViolations(page: Page, rules: readonly string[] | undefined): Promise<string[]> {
  const results = await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
        document,
        { runOnly, resultTypes: ["violations"] },
      ),
    rules ? { type: "rule", values: rules } : { type: "tag", values: WCAG_AA },
  );
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

describeInBrowser("accessibility, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    // Every page twice: in light at 320 px (WCAG's 400% reflow case, and a small phone) with all of
    // axe's AA rules, then in dark at 640 px (1280 px at 200% zoom), where only colors change, so
    // only contrast is checked again. Each page is loaded once, in the first pass's state, and then
    // switched to the second's, as a visitor's phone does when it rotates or turns dark: a page load
    // costs Chromium more than the check. axe comes in as a Playwright init script, which the
    // browser runs outside the page's CSP: the pages keep their own policy here too.
    // The pages of both languages are shared out between a few tabs that check at once: while one
    // tab waits for its page to load, another runs axe, so twice the pages take less than twice the time.
    const [first] = PASSES;
    const context = await hub.context();
    await context.addInitScript({ path: AXE_PATH });
    const share = (tab: number) => hub.paths.filter((_, i) => i % AXE_TABS === tab);
    await Promise.all(
      Array.from({ length: AXE_TABS }, async (_, tab) => {
        const page = await context.newPage();
        for (const path of share(tab)) {
          for (const pass of PASSES) {
            await page.setViewportSize({ width: pass.width, height: 700 });
            await page.emulateMedia({ colorScheme: pass.colorScheme });
            if (pass === first) await page.goto(path);
            const where = `${pass.colorScheme} ${pass.width} px /${path}`;
            axeFound.push(...(await axeViolations(page, pass.rules)).map((v) => `${where} ${v}`));
            const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
            if (scrollWidth > pass.width) tooWide.push(`${where}: ${scrollWidth} px wide`);
          }
        }
      }),
    );
    await context.close();
    // The tests below share one tab without axe: a new tab costs Chromium more than a page load.
    tab = await (await hub.context()).newPage();
  });
  afterAll(() => hub?.close());

  it("has no WCAG 2.2 AA violations that axe can find, on any page, in light and dark", () => {
    expect(axeFound).toEqual([]);
  });

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
      for (const key of [...Array(stops).fill("Tab"), ...Array(stops - 1).fill("Shift+Tab")]) {
        await page.keyboard.press(key);
        const focus = await page.evaluate(() => {
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
        });
        if (!focus.visible) problems.push(`/${path} ${focus.name}: no visible focus`);
        if (!focus.inView) problems.push(`/${path} ${key} ${focus.name}: focused out of sight`);
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

  it("reflows to 320 px, and to 200% zoom, without sideways scrolling on any page", () => {
    expect(tooWide).toEqual([]);
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
