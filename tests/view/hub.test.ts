import { describe, expect, it } from "vitest";
import { validateData } from "../../src/data/validate.ts";
import { buildHub } from "../../src/view/hub.ts";
import { en } from "../../src/view/strings/en.ts";
import { cause, raw, resource, site, story } from "../helpers/records.ts";

function hubOf(stories: ReturnType<typeof story>[], storiesPerPage = 2) {
  const { data, problems } = validateData(
    raw({ causes: [cause("a"), cause("b")], resources: [resource("line", ["a", "b"])], stories }),
    "2026-11-23",
  );
  expect(problems).toEqual([]);
  if (!data) throw new Error("no data");
  return buildHub(data, { strings: en, storiesPerPage, latestCount: 2, relatedCount: 2 });
}

const dated = (id: string, day: number, causes = ["a"]) =>
  story(id, causes, { date: `2026-01-${String(day).padStart(2, "0")}` });

describe("the hub view", () => {
  it("lists stories newest first, ties in id order", () => {
    const hub = hubOf([dated("old", 1), dated("b-new", 9), dated("a-new", 9)]);
    expect(hub.stories.map((s) => s.id)).toEqual(["a-new", "b-new", "old"]);
  });

  it("splits each story list into pages that link to each other", () => {
    const hub = hubOf([1, 2, 3, 4, 5].map((d) => dated(`s${d}`, d)));
    const all = hub.storyLists.filter((l) => !l.cause);
    expect(all.map((l) => [l.url, l.stories.map((s) => s.id), l.previousUrl, l.nextUrl])).toEqual([
      ["/stories/", ["s5", "s4"], undefined, "/stories/page/2/"],
      ["/stories/page/2/", ["s3", "s2"], "/stories/", "/stories/page/3/"],
      ["/stories/page/3/", ["s1"], "/stories/page/2/", undefined],
    ]);
    const topicB = hub.storyLists.filter((l) => l.cause?.id === "b");
    expect(topicB).toEqual([expect.objectContaining({ url: "/topics/b/stories/", stories: [], pages: 1 })]);
  });

  it("titles each page of a story list, with its number when the list has several", () => {
    const hub = hubOf([1, 2, 3].map((d) => dated(`s${d}`, d)));
    expect(hub.storyLists.map((l) => [l.url, l.heading, l.title])).toEqual([
      ["/stories/", "Stories", "Stories (Page 1 of 2)"],
      ["/stories/page/2/", "Stories", "Stories (Page 2 of 2)"],
      ["/topics/a/stories/", "Stories on Cause a", "Stories on Cause a (Page 1 of 2)"],
      ["/topics/a/stories/page/2/", "Stories on Cause a", "Stories on Cause a (Page 2 of 2)"],
      ["/topics/b/stories/", "Stories on Cause b", "Stories on Cause b"],
    ]);
  });

  it("shows the newest stories on the home page, as many as asked", () => {
    const hub = hubOf([1, 2, 3].map((d) => dated(`s${d}`, d)));
    expect(hub.latestStories.map((s) => s.id)).toEqual(["s3", "s2"]);
  });

  it("gives the header and footer their links, each with the section it marks as current", () => {
    const hub = hubOf([]);
    expect(hub.navigation.map((l) => [l.name, l.url])).toEqual([
      ["Topics", "/topics/"],
      ["Helplines", "/help/"],
      ["Stories", "/stories/"],
      ["Browsing safely", "/safety/"],
      ["Search", "/search/"],
    ]);
    expect(hub.footerNavigation.map((l) => l.url)).toEqual([
      "/",
      "/topics/",
      "/help/",
      "/other-countries/",
      "/stories/",
      "/about/",
      "/safety/",
    ]);
  });

  it("relates a story to the stories nearest in time on its topics", () => {
    const hub = hubOf([1, 2, 3, 4, 5].map((d) => dated(`s${d}`, d)));
    const middle = hub.stories.find((s) => s.id === "s3");
    expect(middle?.related.map((s) => s.id)).toEqual(["s4", "s2"]);
  });

  it("shows a topic's latest stories and how many there are in all", () => {
    const hub = hubOf([dated("x", 1), dated("y", 2), dated("z", 3, ["b"])]);
    const a = hub.causes.find((c) => c.id === "a");
    expect(a?.latestStories.map((s) => s.id)).toEqual(["y", "x"]);
    expect(a?.storyCount).toBe(2);
  });

  it("turns each channel into a labelled link built from the stored digits", () => {
    const hub = hubOf([]);
    expect(hub.resources[0]?.channelViews).toEqual([
      { type: "call", inPageLanguage: true, dialsNumber: true, href: "tel:+18004224453", label: "Call 1-800-422-4453" },
    ]);
  });

  it("links WhatsApp to the app by its digits, and says a videophone number rather than linking it", () => {
    const { data, problems } = validateData(
      raw({
        causes: [cause("a")],
        resources: [
          resource("line", ["a"], true, {
            channels: [
              { type: "call", shortCode: "988" },
              { type: "whatsapp", number: "+14422983263", vanity: "442-AYUDAME", languages: ["es"] },
              { type: "videophone", shortCode: "988" },
              { type: "videophone", shortCode: "988", url: "https://line.example.org/asl" },
            ],
          }),
        ],
      }),
      "2026-11-23",
    );
    expect(problems).toEqual([]);
    if (!data) throw new Error("no data");
    const hub = buildHub(data, { strings: en, storiesPerPage: 2, latestCount: 2, relatedCount: 2 });
    expect(hub.resources[0]?.channelViews.slice(1)).toEqual([
      {
        type: "whatsapp",
        dialsNumber: true,
        href: "https://wa.me/14422983263",
        label: "WhatsApp 1-442-298-3263",
        vanity: "442-AYUDAME",
        inPageLanguage: false,
        languages: ["es"],
        languagesText: "Spanish",
      },
      // A tel: link would start a voice call, which is no use to someone who signs.
      { type: "videophone", inPageLanguage: true, dialsNumber: true, label: "Videophone 988" },
      {
        type: "videophone",
        inPageLanguage: true,
        dialsNumber: true,
        href: "https://line.example.org/asl",
        label: "Video call in sign language",
        note: "From a videophone, dial 988.",
      },
    ]);
  });

  it("says what a line is for in words a reader uses, not a label", () => {
    const hub = hubOf([story("s", ["a", "b"])]);
    expect(hub.stories[0]?.help.lines[0]?.reason).toBe("For cause a and cause b");
  });

  it("gives each topic's steps their links: a helpline's own page, or the page elsewhere", () => {
    const { data, problems } = validateData(
      raw({
        causes: [
          cause("a", {
            steps: [
              { text: "Call now.", emergency: true },
              { text: "Talk it through.", help: ["line"] },
              {
                text: "Find your state's number.",
                help: [{ name: "State list", url: "https://gov.example.org/list" }],
              },
            ],
          }),
        ],
        resources: [resource("line", ["a"])],
      }),
      "2026-11-23",
    );
    expect(problems).toEqual([]);
    if (!data) throw new Error("no data");
    const hub = buildHub(data, { strings: en, storiesPerPage: 2, latestCount: 2, relatedCount: 2 });
    expect(hub.causes[0]?.stepViews).toEqual([
      { text: "Call now.", links: [], emergency: true },
      {
        text: "Talk it through.",
        links: [{ name: "Resource line", url: "/help/line/", external: false }],
        emergency: false,
      },
      {
        text: "Find your state's number.",
        links: [{ name: "State list", url: "https://gov.example.org/list", external: true }],
        emergency: false,
      },
    ]);
  });

  it("makes a printable help card for each topic with a line to call or text, and none for the others", () => {
    const { data, problems } = validateData(
      raw({
        site: site({ helpNow: ["general"], fallbackLine: "general" }),
        causes: [cause("a"), cause("b"), cause("c")],
        resources: [
          resource("general", ["c"]),
          resource("org", ["a", "b"], false),
          resource("line", ["a"], true, {
            hours: {
              kind: "weekly",
              timeZone: "America/New_York",
              periods: [{ days: ["mon"], opens: "09:00", closes: "17:00" }],
            },
          }),
        ],
      }),
      "2026-11-23",
    );
    expect(problems).toEqual([]);
    if (!data) throw new Error("no data");
    const hub = buildHub(data, { strings: en, storiesPerPage: 20, latestCount: 2, relatedCount: 2 });
    expect(hub.helpCards.map((c) => [c.url, c.resources.map((r) => r.id)])).toEqual([
      ["/topics/a/card/", ["line"]],
      ["/topics/c/card/", ["general"]],
    ]);
    expect(hub.causes.map((c) => c.helpCardUrl)).toEqual(["/topics/a/card/", undefined, "/topics/c/card/"]);
    expect(hub.resources.find((r) => r.id === "line")?.hoursData).toContain('"timeZone":"America/New_York"');
  });

  it("falls back on the general lines, saying why, when none of a page's own lines answers 24/7", () => {
    const { data, problems } = validateData(
      raw({
        site: site({ helpNow: ["general"], fallbackLine: "general" }),
        causes: [cause("reform"), cause("crisis")],
        resources: [resource("general", ["crisis"]), resource("think-tank", ["reform"], false)],
        stories: [
          story("about-reform", ["reform"]),
          story("left-out", ["crisis"], { excludedResources: ["general"] }),
          story("helped", ["crisis"]),
        ],
      }),
      "2026-11-23",
    );
    expect(problems).toEqual([]);
    if (!data) throw new Error("no data");
    const hub = buildHub(data, { strings: en, storiesPerPage: 20, latestCount: 2, relatedCount: 2 });
    const storyView = (id: string) => hub.stories.find((s) => s.id === id);
    expect(storyView("about-reform")?.help.floor).toEqual({
      reason: en.floor.story,
      lines: [expect.objectContaining({ id: "general" })],
    });
    expect(storyView("about-reform")?.talkNow.reason).toBe(en.floor.story);
    expect(storyView("left-out")?.help.floor?.reason).toBe(en.floor.storyExcluded);
    expect(storyView("helped")?.help.floor).toBeUndefined();
    expect(storyView("helped")?.talkNow).toEqual({
      lines: [expect.objectContaining({ resource: expect.objectContaining({ id: "general" }) })],
    });
    expect(hub.causes.find((c) => c.id === "reform")?.help.floor?.reason).toBe(en.floor.topic);
    expect(hub.resourcePages.find((p) => p.resource.id === "think-tank")?.floor?.reason).toBe(
      en.floor.notALine("Resource think-tank"),
    );
    expect(hub.resourcePages.find((p) => p.resource.id === "general")?.floor).toBeUndefined();
  });

  it("names the line to try when a number does not connect, with the ways it takes", () => {
    const { data } = validateData(
      raw({
        site: site({ helpNow: ["line"], fallbackLine: "line" }),
        causes: [cause("a")],
        resources: [
          resource("line", ["a"], true, {
            channels: [
              { type: "call", shortCode: "988" },
              { type: "text", shortCode: "988" },
            ],
          }),
        ],
      }),
      "2026-11-23",
    );
    if (!data) throw new Error("no data");
    const hub = buildHub(data, { strings: en, storiesPerPage: 20, latestCount: 2, relatedCount: 2 });
    expect(hub.helpContext).toEqual({
      emergencyNumber: "911",
      fallback: { name: "Resource line", url: "/help/line/", ways: "call or text", number: "988", href: "tel:988" },
      linesFor: "the United States",
      outsideUrl: "/other-countries/",
      base: "",
      englishNames: [],
    });
  });

  it("fills in each card's report link with the line and the page it is on", () => {
    const hub = hubOf([dated("s", 1)]);
    const help = hub.stories[0]?.help;
    const line = help?.lines[0];
    if (!help || !line) throw new Error("the story has no line");
    const href = help.report(line.resource);
    expect(href).toMatch(/^mailto:corrections@hub\.example\.org\?subject=/);
    expect(decodeURIComponent(href)).toContain("Page: https://hub.example.org/stories/s/");
    expect(decodeURIComponent(href)).toContain("Resource: Resource line");
  });
});
