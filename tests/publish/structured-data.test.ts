import { beforeAll, describe, expect, it } from "vitest";
import { loadHub } from "../../src/build/load-hub.ts";
import {
  articleNode,
  type JsonLdContext,
  type JsonLdNode,
  resourceNodes,
  serializeJsonLd,
  websiteNode,
} from "../../src/publish/structured-data.ts";
import type { Hub, ResourceView, StoryView } from "../../src/view/hub.ts";

let hub: Hub;
let context: JsonLdContext;
beforeAll(async () => {
  hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
  context = { site: hub.site, root: "https://example.org/hub/", strings: hub.strings };
});

const resourceById = (id: string) => hub.resources.find((r) => r.id === id) as ResourceView;
const byType = (nodes: JsonLdNode[], type: string) => nodes.find((n) => n["@type"] === type) as JsonLdNode;

describe("structured data", () => {
  it("cannot be ended early by text that closes the script element, and reads back unchanged", () => {
    const value = { name: "</script><script>alert(1)</script> & <!--" };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it("describes a story as an article based on the news article it cites", () => {
    const story = hub.stories.find((s) => s.id === "blanchard-smart") as StoryView;
    const node = articleNode(story, "A description.", context);
    expect(node).toMatchObject({
      "@type": "Article",
      headline: story.title,
      datePublished: "2024-01-09",
      url: "https://example.org/hub/stories/blanchard-smart-advocacy/",
      isBasedOn: { "@type": "NewsArticle", publisher: { "@type": "Organization", name: "Decider" } },
    });
    expect(node.about).toContainEqual({
      "@type": "Thing",
      name: "Medical child abuse",
      url: "https://example.org/hub/topics/medical-child-abuse/",
    });
  });

  it("gives a helpline's organization a contact point for each way to reach it, with hours and languages", () => {
    const [organization] = resourceNodes(resourceById("childhelp"), context);
    expect(organization).toMatchObject({
      "@type": "Organization",
      name: "Childhelp",
      url: "https://www.childhelp.org/",
    });
    const contacts = organization?.contactPoint as JsonLdNode[];
    expect(contacts.map((c) => [c.contactType, c.telephone ?? c.url])).toEqual([
      ["Helpline (phone call)", "+18004224453"],
      ["Helpline (text message)", "+18004224453"],
      ["Helpline (online chat)", "https://www.childhelphotline.org/"],
    ]);
    expect(contacts[0]).toMatchObject({
      hoursAvailable: [{ "@type": "OpeningHoursSpecification", opens: "00:00", closes: "23:59" }],
      availableLanguage: [
        { "@type": "Language", name: "English", alternateName: "en" },
        { "@type": "Language", name: "Spanish", alternateName: "es" },
      ],
    });
  });

  it("describes the service with channels that point at those contact points, short codes kept short", () => {
    const nodes = resourceNodes(resourceById("988-lifeline"), context);
    const service = byType(nodes, "Service");
    const contacts = byType(nodes, "Organization").contactPoint as JsonLdNode[];
    expect(contacts.map((c) => c.telephone ?? c.url)).toEqual(["988", "988", "988", "https://988lifeline.org/"]);
    expect(service.provider).toEqual({ "@id": byType(nodes, "Organization")["@id"] });
    expect(service.availableChannel).toEqual([
      { "@type": "ServiceChannel", name: "Call 988", servicePhone: { "@id": contacts[0]?.["@id"] } },
      { "@type": "ServiceChannel", name: "Text 988", serviceSmsNumber: { "@id": contacts[1]?.["@id"] } },
      { "@type": "ServiceChannel", name: "Text “AYUDA” to 988", serviceSmsNumber: { "@id": contacts[2]?.["@id"] } },
      { "@type": "ServiceChannel", name: "Chat online", serviceUrl: "https://988lifeline.org/" },
    ]);
    expect(contacts[2]?.availableLanguage).toEqual([{ "@type": "Language", name: "Spanish", alternateName: "es" }]);
  });

  it("reaches WhatsApp at its wa.me address, in the language of that way in", () => {
    const nodes = resourceNodes(resourceById("crisis-text-line"), context);
    const contacts = byType(nodes, "Organization").contactPoint as JsonLdNode[];
    const whatsapp = contacts.find((c) => c.contactType === "Helpline (WhatsApp)");
    expect(whatsapp).toMatchObject({ url: "https://wa.me/14422983263" });
    expect(whatsapp).not.toHaveProperty("telephone");
    expect(whatsapp?.availableLanguage).toEqual([{ "@type": "Language", name: "Spanish", alternateName: "es" }]);
    expect(byType(nodes, "Service").availableChannel).toContainEqual({
      "@type": "ServiceChannel",
      name: "WhatsApp 1-442-298-3263",
      serviceUrl: "https://wa.me/14422983263",
    });
  });

  it("names the time zone of hours that are not around the clock, and says what a line is not for", () => {
    const service = byType(resourceNodes(resourceById("nami-helpline"), context), "Service");
    expect(service.hoursAvailable).toEqual([
      expect.objectContaining({
        opens: "10:00",
        closes: "22:00",
        description: expect.stringContaining("Eastern Time"),
      }),
    ]);
    expect(service.description).toContain("It is not a crisis line");
  });

  it("describes an organization without a helpline as an organization only", () => {
    const nodes = resourceNodes(resourceById("vera-institute"), context);
    expect(nodes.map((n) => n["@type"])).toEqual(["Organization"]);
    expect(nodes[0]).not.toHaveProperty("contactPoint");
  });

  it("points the site's search action at the search page under the path prefix", () => {
    expect(websiteNode(context)).toMatchObject({
      "@type": "WebSite",
      url: "https://example.org/hub/",
      potentialAction: { target: { urlTemplate: "https://example.org/hub/search/?q={search_term_string}" } },
    });
  });
});
