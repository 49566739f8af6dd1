import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePage } from "../helpers/html.ts";
import { type BuiltSite, sharedSite } from "../helpers/site.ts";

/*
 * Page budgets: a visitor on a poor connection gets the whole page in the first round trip.
 * TCP's initial congestion window is 10 packets, about 14 KiB (RFC 6928), so every page's HTML
 * plus the same-origin CSS and JS it loads must fit in 14 KiB once gzipped, and nothing may hold
 * up the first paint but one stylesheet. These tests read whatever the built pages reference, so
 * they stay right as scripts, styles and metadata are added.
 */
const BUDGET_BYTES = 14 * 1024;
const ORIGIN = "https://hub.invalid";

let site: BuiltSite;
let pages: Map<string, Document>;

beforeAll(async () => {
  site = await sharedSite("default");
  pages = new Map([...(await site.pages())].map(([url, html]) => [url, parsePage(html)]));
});

describe("page budgets", () => {
  it("keeps every page, with the CSS and JS it loads, within 14 KiB gzipped", async () => {
    expect(pages.size).toBeGreaterThan(0);
    const over: string[] = [];
    for (const [url, doc] of pages) {
      const parts = [{ name: "HTML", bytes: gzipped(await site.read(fileOf(url))) }];
      for (const asset of await assetsOf(url, doc)) parts.push({ name: asset, bytes: gzipped(await readAsset(asset)) });
      const total = parts.reduce((sum, part) => sum + part.bytes, 0);
      if (total > BUDGET_BYTES) {
        over.push(`${url}: ${kib(total)} (${parts.map((p) => `${p.name} ${kib(p.bytes)}`).join(" + ")})`);
      }
    }
    expect(over, `over the ${kib(BUDGET_BYTES)} gzip budget`).toEqual([]);
  });

  it("holds up the first paint with at most one stylesheet on every page", async () => {
    const blocking: string[] = [];
    for (const [url, doc] of pages) {
      const sheets = [...doc.querySelectorAll('link[rel~="stylesheet"]')].filter(rendersBlocked);
      const inline = doc.querySelectorAll("style").length;
      const imports = (await Promise.all(sheets.map((l) => cssImports(resolve(url, l.getAttribute("href"))))))
        .flat()
        .map((u) => `@import ${u}`);
      const all = [
        ...sheets.map((l) => String(l.getAttribute("href"))),
        ...(inline ? [`${inline} <style>`] : []),
        ...imports,
      ];
      if (sheets.length + Math.min(inline, 1) > 1 || imports.length > 0) blocking.push(`${url}: ${all.join(", ")}`);
    }
    expect(blocking, "pages with more than one render-blocking stylesheet").toEqual([]);
  });

  it("runs every script deferred or as a module, never while the page is parsed", () => {
    const blocking: string[] = [];
    for (const [url, doc] of pages) {
      for (const script of doc.querySelectorAll("script")) {
        if (!runs(script)) continue;
        const src = script.getAttribute("src");
        const deferred = script.hasAttribute("defer") || script.hasAttribute("async");
        if (script.getAttribute("type") !== "module" && !(src && deferred)) {
          blocking.push(`${url}: ${src ?? "an inline script"}`);
        }
      }
    }
    expect(blocking, "scripts that block parsing").toEqual([]);
  });
});

/** Same-origin stylesheets and scripts a page loads, with what they import, as URL paths. */
async function assetsOf(url: string, doc: Document): Promise<string[]> {
  const found = new Set<string>();
  const add = async (asset: string | undefined, follow: (asset: string) => Promise<string[]>) => {
    if (!asset || found.has(asset)) return;
    found.add(asset);
    for (const child of await follow(asset)) await add(child, follow);
  };
  for (const link of doc.querySelectorAll('link[rel~="stylesheet"]')) {
    await add(resolve(url, link.getAttribute("href")), cssImports);
  }
  for (const link of doc.querySelectorAll('link[rel~="modulepreload"]')) {
    await add(resolve(url, link.getAttribute("href")), jsImports);
  }
  for (const script of doc.querySelectorAll("script[src]")) {
    if (runs(script)) await add(resolve(url, script.getAttribute("src")), jsImports);
  }
  return [...found];
}

/** `@import` rules: each is one more request before the page can paint. */
async function cssImports(asset: string | undefined): Promise<string[]> {
  if (!asset) return [];
  const css = (await readAsset(asset)).toString("utf8");
  return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)].flatMap((m) => resolve(asset, m[1]) ?? []);
}

/** Static `import ... from "./x.js"` and `import "./x.js"` in a module: fetched before it runs. */
async function jsImports(asset: string): Promise<string[]> {
  const js = (await readAsset(asset)).toString("utf8");
  return [...js.matchAll(/(?:^|[;\n])\s*import\s*(?:[^"'();]*?\sfrom\s*)?["']([^"']+)["']/g)].flatMap(
    (m) => resolve(asset, m[1]) ?? [],
  );
}

/** The URL path of `href` seen from `base`, or `undefined` when it is on another site. */
function resolve(base: string, href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  const url = new URL(href, `${ORIGIN}${base}`);
  return url.origin === ORIGIN ? decodeURIComponent(url.pathname) : undefined;
}

/** A stylesheet the browser waits for before painting (not print-only, not disabled). */
function rendersBlocked(link: Element): boolean {
  const media = (link.getAttribute("media") ?? "all").trim().toLowerCase();
  return !link.hasAttribute("disabled") && media !== "print" && media !== "not all";
}

/** A script the browser runs (JSON-LD and other data blocks are not run). */
function runs(script: Element): boolean {
  const type = (script.getAttribute("type") ?? "").trim().toLowerCase();
  return type === "" || type === "module" || type === "text/javascript" || type === "application/javascript";
}

async function readAsset(asset: string): Promise<Buffer> {
  const file = path.join(site.dir, fileOf(asset));
  return readFile(file).catch(() => {
    throw new Error(`${asset} is referenced by a page but was not built`);
  });
}

/** `/stories/x/` → `stories/x/index.html`; `/assets/site.css` → `assets/site.css`. */
function fileOf(url: string): string {
  return `${url.slice(1)}${url.endsWith("/") ? "index.html" : ""}`;
}

function gzipped(content: string | Buffer): number {
  return gzipSync(content).length;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
