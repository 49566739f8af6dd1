import { beforeAll, describe, expect, it } from "vitest";
import { loadHub } from "../../src/build/load-hub.ts";
import { pageMetadata } from "../../src/publish/page-metadata.ts";
import type { Hub } from "../../src/view/hub.ts";

let hub: Hub;
beforeAll(async () => {
  hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
});
const ROOT = "https://example.org/hub/";
const graphOf = (jsonLd: string) => (JSON.parse(jsonLd) as { "@graph": Record<string, unknown>[] })["@graph"];
function crumbsOf(jsonLd: string) {
  const list = graphOf(jsonLd).find((n) => n["@type"] === "BreadcrumbList");
  if (!list) throw new Error("no BreadcrumbList");
  return (list.itemListElement as { name: string; item: string }[]).map((c) => [c.name, c.item]);
}

describe("page metadata", () => {
  it("describes a story as an article from its summary, with its canonical address and breadcrumbs", () => {
    const story = hub.stories.find((s) => s.id === "blanchard-smart");
    if (!story) throw new Error("no stories");
    const meta = pageMetadata(hub, { url: story.url, title: story.title }, ROOT);
    expect(meta).toMatchObject({ ogType: "article", published: story.date, canonical: `${ROOT}${story.url.slice(1)}` });
    expect(meta.description.length).toBeLessThanOrEqual(200);
    expect(meta.description).toMatch(/^Gypsy Rose Blanchard came home from prison at the end of December 2023\. .+…$/);
    expect(crumbsOf(meta.jsonLd)).toEqual([
      ["Home", ROOT],
      ["Stories", `${ROOT}stories/`],
      [story.title, meta.canonical],
    ]);
  });

  it("leads a topic's story list back through the topic", () => {
    const list = hub.storyLists.find((l) => l.cause?.id === "child-abuse");
    if (!list?.cause) throw new Error("no list");
    const meta = pageMetadata(hub, { url: list.url, title: "Stories on Child abuse and neglect" }, ROOT);
    expect(graphOf(meta.jsonLd)[0]?.["@type"]).toBe("CollectionPage");
    expect(crumbsOf(meta.jsonLd).map(([name]) => name)).toEqual([
      "Home",
      "Topics",
      list.cause.name,
      "Stories on Child abuse and neglect",
    ]);
  });

  it("makes a helpline's page about the service it describes", () => {
    const meta = pageMetadata(hub, { url: "/help/rainn/", title: "RAINN", description: "d" }, ROOT);
    const [page] = graphOf(meta.jsonLd);
    expect(page).toMatchObject({ "@type": "WebPage", mainEntity: { "@id": `${ROOT}help/rainn/#service` } });
  });

  it("falls back to the site's name and description, and keeps the 404 page out of search engines", () => {
    expect(pageMetadata(hub, { url: "/" }, ROOT)).toMatchObject({
      title: hub.site.name,
      description: hub.site.description,
      canonical: ROOT,
    });
    const notFound = pageMetadata(hub, { url: "/404.html", title: "Page not found" }, ROOT);
    expect(notFound.robots).toBe("noindex");
    expect(notFound.canonical).toBeUndefined();
  });
});
