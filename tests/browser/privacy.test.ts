import { afterAll, beforeAll, expect, it } from "vitest";
import { contentSecurityPolicyMeta } from "../../src/publish/headers.ts";
import { describeInBrowser } from "../helpers/browser.ts";
import { openSite, type SiteInBrowser } from "./fixture.ts";

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

describeInBrowser("privacy, in a real browser", () => {
  beforeAll(async () => {
    hub = await openSite();
    // No bypassCSP: the pages run under their own policy, exactly as a visitor's browser runs them.
    const context = await hub.context();
    let current: Visit | undefined;
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(hub.server.origin)) return route.continue();
      current?.offOrigin.push(url);
      return route.abort();
    });
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
      });
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const list = message.text().startsWith("CSP violation") ? current?.cspViolations : current?.consoleErrors;
      list?.push(message.text());
    });
    page.on("pageerror", (error) => current?.consoleErrors.push(error.message));
    for (const path of hub.paths) {
      current = { path, offOrigin: [], cspViolations: [], consoleErrors: [], external: [] };
      visits.push(current);
      await page.goto(path, { waitUntil: "load" });
      current.external = await page.$$eval("a[href]", (anchors) =>
        anchors
          .filter((a) => /^https?:$/.test((a as HTMLAnchorElement).protocol))
          .filter((a) => (a as HTMLAnchorElement).origin !== location.origin)
          .map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute("rel") ?? "" })),
      );
    }
    stored = await page.evaluate(async () => ({
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

  it("visits every built page", () => {
    expect(visits.length).toBe(hub.paths.length);
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

  it("would notice a broken policy: the browser reports inline style as a violation", async () => {
    const context = await hub.context();
    const page = await context.newPage();
    const reported: string[] = [];
    page.on("console", (message) => reported.push(message.text()));
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective}`);
      });
    });
    await page.goto("");
    await page.evaluate(() => document.body.setAttribute("style", "color: red"));
    await expect.poll(() => reported).toContainEqual(expect.stringMatching(/CSP violation: style-src/));
    await context.close();
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
    const context = await hub.context();
    const page = await context.newPage();
    await page.goto("");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toBe(contentSecurityPolicyMeta());
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    await context.close();
  });

  it("loads no web fonts, and no inline script or style on any page", async () => {
    for (const [url, html] of await hub.site.pages()) {
      // A JSON-LD block is data, never run, so it is not inline script (and the CSP ignores it).
      expect(html, url).not.toMatch(
        /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>|<style[\s>]|\sstyle=|@font-face/,
      );
    }
    const context = await hub.context();
    const page = await context.newPage();
    await page.goto("");
    expect(await page.evaluate(() => document.fonts.size)).toBe(0);
    await context.close();
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
