import { readdir } from "node:fs/promises";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/data/load.ts";
import { securityHeaders } from "../../src/publish/headers.ts";
import { isUuid } from "../../src/publish/uuid.ts";
import { parsePage } from "../helpers/html.ts";
import { type BuiltSite, sharedSettings, sharedSite } from "../helpers/site.ts";

/** The shared `hub` site: built as a host would publish it, at its own address, served under /hub/. */
const SITE_URL = "https://help.example.net";
const ROOT = `${SITE_URL}/hub/`;

let site: BuiltSite;
let pages: Map<string, string>;
let data: Awaited<ReturnType<typeof loadData>>["raw"];

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["entry", "link", "url", "category"].includes(name),
});
function parseXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text);
}
const slugs = () => data.stories.map((s) => (s.value as { slug: string }).slug);
const ids = (list: { value: unknown }[]) => list.map((f) => (f.value as { id: string }).id);

/** JSON-LD nodes anywhere in a value: every object that names a type. */
function nodesIn(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(nodesIn);
  if (!value || typeof value !== "object") return [];
  const own = "@type" in value ? [value as Record<string, unknown>] : [];
  return [...own, ...Object.values(value).flatMap(nodesIn)];
}

/** Every schema.org type the hub publishes; a typo in a builder would silently mean nothing to a reader. */
const SCHEMA_TYPES = new Set([
  "Article",
  "Audience",
  "BreadcrumbList",
  "CollectionPage",
  "ContactPoint",
  "EntryPoint",
  "Language",
  "ListItem",
  "NewsArticle",
  "OpeningHoursSpecification",
  "Organization",
  "SearchAction",
  "Service",
  "ServiceChannel",
  "Thing",
  "WebPage",
  "WebSite",
]);

beforeAll(async () => {
  expect(sharedSettings("hub")).toMatchObject({ siteUrl: SITE_URL, pathPrefix: "/hub/" });
  site = await sharedSite("hub");
  pages = await site.pages();
  data = (await loadData("_data")).raw;
});

describe("the Atom feed", () => {
  it("is well-formed Atom that lists every story at its full address, newest first", async () => {
    const { feed } = parseXml(await site.read("feed.xml"));
    expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(feed.link.find((l: { rel: string }) => l.rel === "self").href).toBe(`${ROOT}feed.xml`);
    const links = feed.entry.map((e: { link: { href: string }[] }) => e.link[0]?.href);
    expect(links.sort()).toEqual(
      slugs()
        .map((slug) => `${ROOT}stories/${slug}/`)
        .sort(),
    );
    const dates = feed.entry.map((e: { updated: string }) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
    for (const entry of feed.entry) expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });

  it("puts each story's content note and help before the story, with working links", async () => {
    const { feed } = parseXml(await site.read("feed.xml"));
    const entry = feed.entry.find((e: { link: { href: string }[] }) =>
      e.link[0]?.href.endsWith("/blanchard-smart-advocacy/"),
    );
    const content = parsePage(`<!doctype html><html><body>${entry.content["#text"]}</body></html>`);
    const text = content.body.textContent ?? "";
    expect(text.indexOf("Content note")).toBeLessThan(text.indexOf("Help, if this story affects you"));
    expect(text.indexOf("Help, if this story affects you")).toBeLessThan(
      text.indexOf("Gypsy Rose Blanchard came home"),
    );
    const hrefs = [...content.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain(`${ROOT}help/childhelp/`);
    expect(hrefs).toContain("tel:+18004224453");
    for (const href of hrefs) expect(href).toMatch(/^(https:|tel:|sms:)/);
  });

  it("is announced on every page", () => {
    for (const [url, html] of pages) {
      expect(
        parsePage(html).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href"),
        url,
      ).toBe(url.startsWith("/es/") ? "/hub/es/feed.xml" : "/hub/feed.xml");
    }
  });
});

describe("the sitemap and robots.txt", () => {
  it("list every page but the 404 pages at its full address", async () => {
    const { urlset } = parseXml(await site.read("sitemap.xml"));
    const locs: string[] = urlset.url.map((u: { loc: string }) => u.loc);
    const expected = [...pages.keys()]
      .filter((url) => !url.endsWith("/404.html"))
      .map((url) => `${ROOT}${url.slice(1)}`);
    expect(locs.sort()).toEqual(expected.sort());
    expect(locs).toContain(`${ROOT}help/childhelp/`);
  });

  it("name the sitemap in robots.txt", async () => {
    expect(await site.read("robots.txt")).toMatch(new RegExp(`^Sitemap: ${ROOT}sitemap\\.xml$`, "m"));
  });
});

describe("every page's metadata", () => {
  it("has one JSON-LD block that parses, escapes <, and names only schema.org types", () => {
    for (const [url, html] of pages) {
      const blocks = parsePage(html).querySelectorAll('script[type="application/ld+json"]');
      expect(blocks.length, url).toBe(1);
      const text = blocks[0]?.textContent ?? "";
      expect(text, url).not.toContain("<");
      const value = JSON.parse(text);
      expect(value["@context"], url).toBe("https://schema.org");
      const nodes = nodesIn(value);
      expect(nodes.length, url).toBeGreaterThan(0);
      for (const node of nodes) expect(SCHEMA_TYPES, `${url}: ${node["@type"]}`).toContain(node["@type"]);
    }
  });

  it("gives breadcrumbs in JSON-LD that match the visible breadcrumbs and the heading", () => {
    let checked = 0;
    for (const [url, html] of pages) {
      const doc = parsePage(html);
      const visible = doc.querySelector("nav.breadcrumbs");
      if (!visible) continue;
      const graph = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "")["@graph"];
      const list = graph.find((n: { "@type": string }) => n["@type"] === "BreadcrumbList");
      const shown = [
        ...[...visible.querySelectorAll("a")].map((a) => [a.textContent, `${SITE_URL}${a.getAttribute("href")}`]),
        [doc.querySelector("h1")?.textContent, `${SITE_URL}/hub${url}`],
      ];
      expect(
        list.itemListElement.map((i: { name: string; item: string }) => [i.name, i.item]),
        url,
      ).toEqual(shown);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it("has a canonical address from the site address, Open Graph tags and a description", () => {
    for (const [url, html] of pages) {
      const doc = parsePage(html);
      const attr = (selector: string, name = "content") => doc.querySelector(selector)?.getAttribute(name);
      expect(attr('meta[name="description"]'), url).toBeTruthy();
      expect(attr('meta[property="og:title"]'), url).toBeTruthy();
      expect(attr('meta[property="og:description"]'), url).toBe(attr('meta[name="description"]'));
      if (url.endsWith("/404.html")) {
        expect(attr('link[rel="canonical"]', "href")).toBeUndefined();
        expect(attr('meta[name="robots"]')).toBe("noindex");
        continue;
      }
      expect(attr('link[rel="canonical"]', "href"), url).toBe(`${ROOT}${url.slice(1)}`);
      expect(attr('meta[property="og:url"]'), url).toBe(`${ROOT}${url.slice(1)}`);
    }
    const story = parsePage(pages.get("/stories/blanchard-smart-advocacy/") ?? "");
    expect(story.querySelector('meta[property="og:type"]')?.getAttribute("content")).toBe("article");
    // Data text is escaped once, where it is shown: "&" stays "&" in the title and the preview.
    const lifeline = parsePage(pages.get("/help/988-lifeline/") ?? "");
    expect(lifeline.querySelector("title")?.textContent).toBe("988 Suicide & Crisis Lifeline | Advocacy Resource Hub");
    expect(lifeline.querySelector('meta[property="og:title"]')?.getAttribute("content")).toBe(
      "988 Suicide & Crisis Lifeline",
    );
  });
});

describe("the open data", () => {
  it("publishes every resource as an HSDS service with its organization, phones, schedules and languages", async () => {
    const services = JSON.parse(await site.read("open-data/hsds/services.json"));
    expect(services).toHaveLength(data.resources.length);
    for (const service of services) {
      for (const key of ["id", "name", "status", "organization", "phones", "schedules", "languages"]) {
        expect(service, `${service.name}: ${key}`).toHaveProperty(key);
      }
      expect(isUuid(service.id)).toBe(true);
      for (const key of ["id", "name", "description"]) expect(service.organization).toHaveProperty(key);
      for (const phone of service.phones) {
        expect(isUuid(phone.id)).toBe(true);
        expect(phone.number).toMatch(/^(\+\d+|\d{3,6})$/);
      }
      for (const item of [...service.schedules, ...service.languages]) expect(isUuid(item.id)).toBe(true);
    }
  });

  it("publishes the organizations with their services, ids matching the services file", async () => {
    const services = JSON.parse(await site.read("open-data/hsds/services.json"));
    const organizations = JSON.parse(await site.read("open-data/hsds/organizations.json"));
    for (const organization of organizations) {
      for (const key of ["id", "name", "description"]) expect(organization).toHaveProperty(key);
    }
    const listed = organizations.flatMap((o: { services: { id: string }[] }) => o.services.map((s) => s.id));
    expect(listed.sort()).toEqual(services.map((s: { id: string }) => s.id).sort());
  });

  it("keeps the ids it has published for a service, its organization, a story and the feed", async () => {
    // Pinned to the ids these real records had on 2026-11-29: others may hold them, so a change to
    // the namespace, the names ids are made from, or which id goes where must fail here.
    const services = JSON.parse(await site.read("open-data/hsds/services.json"));
    const childhelp = services.find((s: { name: string }) => s.name === "Childhelp National Child Abuse Hotline");
    expect(childhelp.id).toBe("afaf7ea3-cdab-5abf-9002-ee7c3830b759");
    expect(childhelp.organization.id).toBe("71eb6116-83e3-5c74-8f92-7dc1e2b80351");
    const organizations = JSON.parse(await site.read("open-data/hsds/organizations.json"));
    expect(organizations.find((o: { name: string }) => o.name === "Childhelp").id).toBe(
      "71eb6116-83e3-5c74-8f92-7dc1e2b80351",
    );
    const { feed } = parseXml(await site.read("feed.xml"));
    expect(feed.id).toBe("urn:uuid:de3343ba-e42c-5fd8-85f8-ffae99b9eeba");
    const story = feed.entry.find((e: { link: { href: string }[] }) =>
      e.link[0]?.href.endsWith("/blanchard-smart-advocacy/"),
    );
    expect(story.id).toBe("urn:uuid:1da9e415-2ef6-573b-8752-3e5b79abab9b");
  });

  it("publishes the hub's own causes, resources and stories", async () => {
    const hub = JSON.parse(await site.read("open-data/hub.json"));
    expect(hub.causes.map((c: { id: string }) => c.id).sort()).toEqual(ids(data.causes).sort());
    expect(hub.resources.map((r: { id: string }) => r.id).sort()).toEqual(ids(data.resources).sort());
    expect(hub.stories.map((s: { id: string }) => s.id).sort()).toEqual(ids(data.stories).sort());
    expect(hub.site.url).toBe(SITE_URL);
  });
});

describe("what hosts and search read", () => {
  it("writes a _headers file with the same security headers as src/publish/headers.ts, under the path prefix", async () => {
    const file = await site.read("_headers");
    expect(file.split("\n")[0]).toBe("/hub/*");
    for (const [name, value] of Object.entries(securityHeaders())) expect(file).toContain(`  ${name}: ${value}\n`);
  });

  it("indexes the stories, topics and helplines and the page for other countries for search, and nothing else", async () => {
    const entry = JSON.parse(await site.read("pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    const expected = slugs().length + ids(data.causes).length + ids(data.resources).length + 1;
    // One index per language, each with every page in it (src/publish/search-records.ts).
    expect(entry.languages).toMatchObject({ en: { page_count: expected }, es: { page_count: expected } });
    expect(JSON.parse(await site.read("pagefind/shards.json"))).toEqual([]);
    const bundle = await readdir(path.join(site.dir, "pagefind"));
    expect(bundle).toContain("pagefind.js");
    expect(bundle.filter((f) => /pagefind-(ui|component-ui|modular-ui|highlight)/.test(f))).toEqual([]);
  });

  it("lists every topic and helpline on the search page for visitors without JavaScript", () => {
    const doc = parsePage(pages.get("/search/") ?? "");
    const hrefs = [...doc.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    for (const id of ids(data.causes)) expect(hrefs).toContain(`/hub/topics/${id}/`);
    for (const id of ids(data.resources)) expect(hrefs).toContain(`/hub/help/${id}/`);
    expect(doc.querySelector('form[action="/hub/search/"] input[name="q"]')).not.toBeNull();
  });
});
