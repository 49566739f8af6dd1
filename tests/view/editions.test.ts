import { describe, expect, it } from "vitest";
import { validateData } from "../../src/data/validate.ts";
import { englishHash } from "../../src/model/translation.ts";
import { buildEditions } from "../../src/view/editions.ts";
import { cause, raw, resource, site, story } from "../helpers/records.ts";

function editionsOf(records: Parameters<typeof raw>[0]) {
  const { data, problems } = validateData(raw(records), "2026-11-23");
  expect(problems).toEqual([]);
  if (!data) throw new Error("no data");
  return buildEditions(data, { storiesPerPage: 20, latestCount: 2, relatedCount: 2 });
}

const records = () => ({
  site: site({ helpNow: ["line"], fallbackLine: "line" }),
  causes: [cause("a")],
  resources: [
    resource("line", ["a"], true, {
      languages: ["en", "es"],
      channels: [
        { type: "call", number: "+18004224453" },
        { type: "text", shortCode: "988", keyword: "HELP", languages: ["en"] },
        { type: "text", shortCode: "988", keyword: "AYUDA", languages: ["es"] },
      ],
    }),
    resource("texts", ["a"], true, {
      languages: ["en", "es"],
      channels: [
        { type: "text", shortCode: "741741", keyword: "HOME", languages: ["en"] },
        { type: "text", shortCode: "741741", keyword: "AYUDA", languages: ["es"] },
      ],
    }),
    resource("english-only", ["a"], true, {
      languagesNote: "Interpreters help in 200 languages.",
      channels: [{ type: "call", number: "+18006564673" }],
    }),
  ],
  stories: [
    story("translated", ["a"], {
      es: {
        title: { text: "Una noticia", from: englishHash("Story translated") },
        summary: {
          text: "Lo que pasó, en una o dos frases.",
          from: englishHash("What happened, in a sentence or two."),
        },
        contentNote: { text: "Menciona el abuso.", from: englishHash("Mentions abuse.") },
      },
    }),
    story("english", ["a"]),
  ],
});

describe("the hub in every language", () => {
  it("builds each language's pages from its own texts, under its own addresses", () => {
    const { en, es } = editionsOf(records());
    expect(en.causes[0]).toMatchObject({ name: "Cause a", url: "/topics/a/" });
    expect(es.causes[0]).toMatchObject({ name: "Cause a (es)", url: "/es/topics/a/" });
    expect(es.site).toMatchObject({ name: "Hub (es)", language: "es-US" });
    expect(es.navigation.map((n) => n.url)).toContain("/es/stories/");
    expect(es.helpContext).toMatchObject({
      linesFor: "the United States (es)",
      outsideUrl: "/es/other-countries/",
      base: "/es",
    });
    expect(es.storyLists[0]?.url).toBe("/es/stories/");
  });

  it("pairs each story with the same help in both languages", () => {
    const { en, es } = editionsOf(records());
    const helpOf = (hub: typeof en) => hub.stories.map((s) => [s.id, s.help.lines.map((m) => m.resource.id)]);
    expect(helpOf(es)).toEqual(helpOf(en));
  });

  it("marks what stays in English on a Spanish page: line names, sources, and a story with no Spanish", () => {
    const { en, es } = editionsOf(records());
    expect(es.resources[0]?.nameLang).toBe("en");
    expect(es.resources[0]?.sourceLang).toBe("en");
    expect(en.resources[0]?.nameLang).toBeUndefined();
    const story = (id: string) => es.stories.find((s) => s.id === id);
    expect(story("translated")).toMatchObject({ title: "Una noticia" });
    expect(story("translated")?.textLang).toBeUndefined();
    expect(story("english")).toMatchObject({ title: "Story english", textLang: "en" });
    expect(es.latestStories.find((s) => s.id === "english")?.titleLang).toBe("en");
  });

  it("lists first the ways in that answer in the page's language, and says how the others answer", () => {
    const { en, es } = editionsOf(records());
    const line = (hub: typeof en) => hub.resources.find((r) => r.id === "line");
    expect(line(en)?.channelsInOrder.map((c) => c.label)).toEqual([
      "Call 1-800-422-4453",
      "Text “HELP” to 988",
      "Text “AYUDA” to 988",
    ]);
    expect(line(es)?.channelsInOrder.map((c) => [c.label, c.languagesText])).toEqual([
      ["Llame al 1-800-422-4453", undefined],
      ["Envíe “AYUDA” al 988", "español"],
      ["Envíe “HELP” al 988", "inglés"],
    ]);
    // The one-tap button (help boxes, search results) answers in the page's language where it can.
    const button = (hub: typeof en) => hub.resources.find((r) => r.id === "texts")?.allDay?.label;
    expect(button(en)).toBe("Text “HOME” to 741741");
    expect(button(es)).toBe("Envíe “AYUDA” al 741741");
    // Decided from the line's own note: it offers interpreters, so the Spanish page says so.
    const interpreted = es.resources.find((r) => r.id === "english-only")?.channelsInOrder[0];
    expect(interpreted).toMatchObject({ inPageLanguage: false, interpreter: "Con intérprete." });
  });
});
