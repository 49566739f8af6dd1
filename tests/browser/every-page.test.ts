import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

/*
 * The checks that visit every built page of both languages, on one visit per page: the privacy
 * checks (every other origin routed to a failure, CSP violations, script errors, links out) and
 * axe's WCAG checks with the reflow check. A page load costs Chromium about as much as the checks
 * on it, so the two used to load every page twice (once in privacy.test.ts, once in
 * accessibility.test.ts); the checks of one page on one tab that the other files do
 * (a policy that would be noticed, the keyboard, the button sizes...) stay in those files.
 */

const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/** WCAG 2.2 level AA, and everything below it. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Tabs that check pages at once: while one waits for its page to load, another runs axe. */
const TABS = 3;

/**
 * Every page twice: in light at 320 px (WCAG's 400% reflow case, and a small phone) with all of
 * axe's AA rules, and in dark at 640 px (1280 px at 200% zoom), where only colors change, so only
 * the rules that read colors run again: the contrast of text, and links told apart from the text
 * around them by more than their color (which costs next to nothing beside the contrast). Each page
 * is loaded once, in the state the tab is already in, and then switched to the other, as a
 * visitor's phone does when it rotates or turns dark: a tab alternates, so it is never switched
 * back just to be navigated away (a whole relayout and restyle of the old page, for nothing). Which
 * of the two states a page loads in changes nothing the checks see: the site's scripts read neither
 * the width nor the color scheme, and its CSS lays a page out the same whether a state was there at
 * load or came after.
 */
const PASSES = [
  { colorScheme: "light", width: 320, rules: undefined, textSpacing: true },
  { colorScheme: "dark", width: 640, rules: ["color-contrast", "link-in-text-block"], textSpacing: false },
] as const;

/** What one visit to a page left behind: anything a visitor's browser did that the hub promises it never does. */
interface Visit {
  path: string;
  offOrigin: string[];
  cspViolations: string[];
  consoleErrors: string[];
  /** Links to other sites, with their rel. */
  external: { href: string; rel: string }[];
}

let hub: SiteInBrowser;
const visits: Visit[] = [];
let stored: { cookies: number; local: number; session: number; databases: number; documentCookie: string };
const axeFound: string[] = [];
const tooWide: string[] = [];
const spacingHides: string[] = [];

/** What one pass over the open page found. */
interface PassFound {
  /** axe's violations, one line each: "rule: target". */
  violations: string[];
  scrollWidth: number;
  /** Links to other sites, with their rel. */
  external: { href: string; rel: string }[];
  /** What WCAG's text spacing pushed out of its box, one line each; empty when not asked for. */
  spacingHides: string[];
}

/**
 * One pass over the open page in one call into it, as each call is a round trip through
 * Playwright's server and the browser: axe (all AA rules unless `rules` names some), the page's
 * width, and its links to other sites. axe runs without naming the elements it checks (`selectors:
 * false`), which costs about a sixth of a run and is only read when something fails: a page with
 * violations is checked again with the names on, so a failure still says which element.
 *
 * With `textSpacing`, last, WCAG 1.4.12's test: the text spacing a visitor's own style sheet may
 * set (line height 1.5 times the font size; letter, word and paragraph spacing 0.12, 0.16 and 2
 * times it) is laid over the page, with every closed `<details>` opened, and every element that
 * shows text must still hold it: none whose content now runs past its box, clipped or spilling over
 * what follows, unless it scrolls. The sheet is adopted, not a `<style>` element, which the page's
 * Content-Security-Policy would refuse; the sheet and the opened `<details>` are undone before the
 * next pass.
 */
function checkPass(page: Page, { rules, textSpacing }: (typeof PASSES)[number]): Promise<PassFound> {
  return page.evaluate(
    async ({ runOnly, textSpacing }) => {
      const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
      const run = (selectors: boolean) => axe.run(document, { runOnly, resultTypes: ["violations"], selectors });
      let { violations } = await run(false);
      if (violations.length > 0) ({ violations } = await run(true));
      const spacingHides: string[] = [];
      if (textSpacing) {
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(
          "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
        );
        const before = document.adoptedStyleSheets;
        document.adoptedStyleSheets = [...before, spacing];
        // What a visitor opens ("What happens when you reach out") is held to the same.
        const closed = [...document.querySelectorAll("details")].filter((details) => !details.open);
        for (const details of closed) details.open = true;
        if (document.documentElement.scrollWidth > innerWidth) {
          spacingHides.push(`the page is ${document.documentElement.scrollWidth} px wide`);
        }
        for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
          const text = element.textContent?.trim();
          const box = element.getBoundingClientRect();
          // Elements hidden but for screen readers (a 1 px box) hold text no one sees.
          if (!text || box.width <= 1 || box.height <= 1) continue;
          const style = getComputedStyle(element);
          const scrolls = (overflow: string) => overflow === "auto" || overflow === "scroll";
          const tooTall = element.scrollHeight > element.clientHeight + 1 && !scrolls(style.overflowY);
          const tooWide = element.scrollWidth > element.clientWidth + 1 && !scrolls(style.overflowX);
          if (element.clientHeight > 0 && (tooTall || tooWide)) {
            spacingHides.push(
              `<${element.tagName.toLowerCase()} class="${element.className}"> "${text.slice(0, 40)}": ${element.scrollWidth} x ${element.scrollHeight} px in a box of ${element.clientWidth} x ${element.clientHeight}`,
            );
          }
        }
        for (const details of closed) details.open = false;
        document.adoptedStyleSheets = before;
      }
      return {
        violations: violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`)),
        scrollWidth: document.documentElement.scrollWidth,
        external: [...document.querySelectorAll("a[href]")]
          .filter((a) => /^https?:$/.test((a as HTMLAnchorElement).protocol))
          .filter((a) => (a as HTMLAnchorElement).origin !== location.origin)
          .map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute("rel") ?? "" })),
        spacingHides,
      };
    },
    { runOnly: rules ? { type: "rule", values: rules } : { type: "tag", values: WCAG_AA }, textSpacing },
  );
}

/** One tab's share of the pages, each visited once with every check run on that visit. */
async function visitShare(page: Page, paths: string[]): Promise<void> {
  let current: Visit | undefined;
  // Requests are watched, not intercepted: every other origin goes to a proxy that does not exist
  // (see the context below), and pausing each of the site's own requests for a check cost
  // Chromium and Playwright's server more than the checks on some pages.
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${hub.server.origin}/`) && !/^(data|blob):/.test(url)) current?.offOrigin.push(url);
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const list = message.text().startsWith("CSP violation") ? current?.cspViolations : current?.consoleErrors;
    list?.push(message.text());
  });
  page.on("pageerror", (error) => current?.consoleErrors.push(error.message));
  let passes: readonly (typeof PASSES)[number][] = PASSES;
  let state: (typeof PASSES)[number] | undefined;
  for (const path of paths) {
    current = { path, offOrigin: [], cspViolations: [], consoleErrors: [], external: [] };
    visits.push(current);
    for (const pass of passes) {
      if (pass !== state) {
        await page.setViewportSize({ width: pass.width, height: 700 });
        await page.emulateMedia({ colorScheme: pass.colorScheme });
        state = pass;
      }
      const loading = pass === passes[0];
      if (loading) await page.goto(path, { waitUntil: "load" });
      const found = await checkPass(page, pass);
      if (loading) current.external = found.external;
      const where = `${pass.colorScheme} ${pass.width} px /${path}`;
      axeFound.push(...found.violations.map((v) => `${where} ${v}`));
      if (found.scrollWidth > pass.width) tooWide.push(`${where}: ${found.scrollWidth} px wide`);
      spacingHides.push(...found.spacingHides.map((hidden) => `${where}: ${hidden}`));
    }
    // The next page loads in the state this one was left in.
    passes = passes.toReversed();
  }
}

describeInBrowser("every page, in a real browser", () => {
  beforeAll(async () => {
    // Nothing here clicks or looks at the screen, so the browser need not draw the pages.
    hub = await openSite({ drawsNothing: true });
    // No bypassCSP: the pages run under their own policy, exactly as a visitor's browser runs them.
    // axe comes in as a Playwright init script, which the browser runs outside the page's CSP, so
    // it neither needs the policy loosened nor shows up as a violation of it.
    // Every request but the site's own goes to a proxy on a port nothing listens on, and fails
    // there: no page can reach another site, and each attempt is still seen as a request.
    const context = await hub.context({
      proxy: { server: "http://127.0.0.1:9", bypass: new URL(hub.server.origin).hostname },
    });
    await context.addInitScript({ path: AXE_PATH });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
      });
    });
    const tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
    await Promise.all(
      tabs.map((tab, t) =>
        visitShare(
          tab,
          hub.paths.filter((_, i) => i % TABS === t),
        ),
      ),
    );
    // The tabs share the profile, so one tab sees what any page stored.
    const [tab] = tabs as [Page];
    stored = await tab.evaluate(async () => ({
      cookies: 0,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      documentCookie: document.cookie,
    }));
    stored.cookies = (await context.cookies()).length;
    await context.close();
  });
  afterAll(() => hub?.close());

  describe("privacy", () => {
    it("visits every built page", () => {
      expect(visits.map((v) => v.path).sort()).toEqual(hub.paths);
      expect(hub.paths).toEqual(expect.arrayContaining(["", "safety/", "topics/child-abuse/card/", "404.html"]));
    });

    it("makes no request to any other site from any page", () => {
      const offOrigin = visits.flatMap((v) => v.offOrigin.map((url) => `${v.path}: ${url}`));
      expect(offOrigin).toEqual([]);
    });

    it("breaks none of its own Content-Security-Policy on any page", () => {
      expect(visits.flatMap((v) => v.cspViolations.map((text) => `${v.path}: ${text}`))).toEqual([]);
    });

    it("runs every page without a script error", () => {
      expect(visits.flatMap((v) => v.consoleErrors.map((text) => `${v.path}: ${text}`))).toEqual([]);
    });

    it("leaves no cookie, local or session storage, or database behind", () => {
      expect(stored).toEqual({ cookies: 0, local: 0, session: 0, databases: 0, documentCookie: "" });
    });

    it("marks every link to another site noopener noreferrer", () => {
      const missing = visits.flatMap((v) =>
        v.external
          .filter((link) => !["noopener", "noreferrer"].every((word) => link.rel.split(/\s+/).includes(word)))
          .map((link) => `${v.path}: ${link.href} rel="${link.rel}"`),
      );
      expect(missing).toEqual([]);
      // Every page links out at least through the quick exit.
      expect(visits.every((v) => v.external.length > 0)).toBe(true);
    });
  });

  describe("accessibility", () => {
    it("has no WCAG 2.2 AA violations that axe can find, on any page, in light and dark", () => {
      expect(axeFound).toEqual([]);
    });

    it("reflows to 320 px, and to 200% zoom, without sideways scrolling on any page", () => {
      expect(tooWide).toEqual([]);
    });

    it("keeps all its text in view on every page at 320 px when a visitor widens its spacing (WCAG 1.4.12)", () => {
      expect(spacingHides).toEqual([]);
    });
  });
});
