import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { contentSecurityPolicyMeta } from "../../src/publish/headers.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

let hub: SiteInBrowser;
/** One tab for the three tests, reporting CSP violations as every-page.test.ts does: a new tab costs Chromium more than a page load. */
let tab: Page;
const reported: string[] = [];

/*
 * The checks over every page (no request to another site, no CSP violation, no script error, no
 * storage, links out marked noopener noreferrer) run in tests/browser/every-page.test.ts, on the
 * same visit to each page as axe's; these are the ones a single page shows.
 */
describeInBrowser("privacy, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    const context = await hub.context();
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective}`);
      });
    });
    tab = await context.newPage();
    tab.on("console", (message) => reported.push(message.text()));
  });

  afterAll(() => hub?.close());

  it("would notice a broken policy: the browser reports inline style as a violation", async () => {
    await tab.goto("");
    expect(reported).toEqual([]);
    await tab.evaluate(() => document.body.setAttribute("style", "color: red"));
    await expect.poll(() => reported).toContainEqual(expect.stringMatching(/CSP violation: style-src/));
  });

  it("puts the policy in every page's head before anything it governs", async () => {
    for (const [url, html] of await hub.site.pages()) {
      const head = html.slice(0, html.indexOf("</head>"));
      const meta = head.indexOf('<meta http-equiv="Content-Security-Policy"');
      expect(meta, url).toBeGreaterThan(0);
      for (const tag of ["<link", "<script", "<style"]) {
        const at = head.indexOf(tag);
        if (at >= 0) expect(meta, `${url} ${tag}`).toBeLessThan(at);
      }
    }
    await tab.goto("");
    const policy = await tab.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toBe(contentSecurityPolicyMeta());
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
  });

  it("loads no web fonts, and no inline script or style on any page", async () => {
    for (const [url, html] of await hub.site.pages()) {
      // A JSON-LD block is data, never run, so it is not inline script (and the CSP ignores it).
      expect(html, url).not.toMatch(
        /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>|<style[\s>]|\sstyle=|@font-face/,
      );
    }
    await tab.goto("");
    expect(await tab.evaluate(() => document.fonts.size)).toBe(0);
  });
});
