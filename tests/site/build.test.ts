import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/data/load.ts";
import { parsePage, precedes } from "../helpers/html.ts";
import { type BuiltSite, sharedSite } from "../helpers/site.ts";

let site: BuiltSite;
let pages: Map<string, string>;
let data: Awaited<ReturnType<typeof loadData>>["raw"];
const page = (url: string) => {
  const html = pages.get(url);
  if (html === undefined) throw new Error(`no page at ${url}`);
  return parsePage(html);
};
const idOf = (file: { value: unknown }) => (file.value as { id: string }).id;

beforeAll(async () => {
  site = await sharedSite("default");
  pages = await site.pages();
  data = (await loadData("_data")).raw;
});

describe("the built site", () => {
  it("has a page for every cause, story and resource, and the fixed pages", () => {
    for (const cause of data.causes) expect(pages.has(`/topics/${idOf(cause)}/`)).toBe(true);
    for (const story of data.stories) {
      expect(pages.has(`/stories/${(story.value as { slug: string }).slug}/`)).toBe(true);
    }
    for (const resource of data.resources) expect(pages.has(`/help/${idOf(resource)}/`)).toBe(true);
    for (const url of ["/", "/topics/", "/help/", "/stories/", "/about/", "/safety/", "/404.html"]) {
      expect(pages.has(url), url).toBe(true);
    }
  });

  it("covers the seven causes the source articles touch", () => {
    const ids = data.causes.map(idOf);
    for (const id of [
      "child-abuse",
      "medical-child-abuse",
      "sexual-assault",
      "child-safety",
      "mental-health",
      "prison-reform",
      "reentry",
    ]) {
      expect(ids).toContain(id);
      expect(page(`/topics/${id}/`).querySelector("#help .card")).not.toBeNull();
    }
  });

  it("shows every story's help, with tel: links, before the story itself", () => {
    for (const story of data.stories) {
      const doc = page(`/stories/${(story.value as { slug: string }).slug}/`);
      const help = doc.querySelector("#help");
      const body = doc.querySelector(".story__body");
      const note = doc.querySelector(".content-note");
      expect(help && body && note).toBeTruthy();
      expect(precedes(note as Node, help as Node)).toBe(true);
      expect(precedes(help as Node, body as Node)).toBe(true);
      expect(help?.querySelector('a[href="tel:911"]')).not.toBeNull();
      expect(help?.querySelectorAll('a[href^="tel:+1"]').length).toBeGreaterThan(0);
      for (const card of help?.querySelectorAll(".card") ?? []) {
        expect(card.querySelector(".card__reason")?.textContent).toMatch(/^(Matches: .+|Chosen for this story)$/);
      }
    }
  });

  it("leads the Blanchard and Smart story with Childhelp, then RAINN", () => {
    const cards = [...page("/stories/blanchard-smart-advocacy/").querySelectorAll("#help .card__title a")];
    expect(cards.slice(0, 2).map((a) => a.getAttribute("href"))).toEqual(["/help/childhelp/", "/help/rainn/"]);
  });

  it("pairs the Blanchard and Kardashian story with a crisis line and the reform and reentry organisations", () => {
    const doc = page("/stories/blanchard-kardashian-prison-reform/");
    const lines = [...doc.querySelectorAll("#help .card--crisis .card__title a")].map((a) => a.getAttribute("href"));
    const orgs = [...doc.querySelectorAll("#help .card--org .card__title a")].map((a) => a.getAttribute("href"));
    expect(lines).toEqual(["/help/childhelp/"]);
    expect(orgs).toEqual(
      expect.arrayContaining([
        "/help/prison-policy-initiative/",
        "/help/vera-institute/",
        "/help/national-reentry-resource-center/",
      ]),
    );
  });

  it("reaches every helpline in the content guide by a working tel: or sms: link", async () => {
    const hrefs = new Set(
      [...(await site.pages()).values()].flatMap((html) =>
        [...parsePage(html).querySelectorAll("a[href^='tel:'], a[href^='sms:']")].map((a) => a.getAttribute("href")),
      ),
    );
    for (const href of [
      "tel:+18004224453",
      "sms:+18004224453",
      "tel:+18006564673",
      "tel:988",
      "sms:988",
      "sms:988?&body=AYUDA",
      "sms:741741?&body=HOME",
      "tel:+18007997233",
      "tel:+18007873224",
      "sms:88788?&body=START",
      "tel:+18009506264",
      "sms:62640?&body=helpline",
      "tel:+18006624357",
      "tel:+18004874889",
      "tel:+18008435678",
      "tel:911",
    ]) {
      expect(hrefs, href).toContain(href);
    }
  });

  it("writes Childhelp's and RAINN's digits the same way wherever they appear", () => {
    const expected = { childhelp: "+18004224453", rainn: "+18006564673" };
    let seen = 0;
    for (const [url, html] of pages) {
      const doc = parsePage(html);
      for (const [id, digits] of Object.entries(expected)) {
        const cards = [...doc.querySelectorAll(".card")].filter(
          (card) => card.querySelector(".card__title a")?.getAttribute("href") === `/help/${id}/`,
        );
        const scopes = url === `/help/${id}/` ? [doc.querySelector("main") as Element] : cards;
        for (const scope of scopes) {
          for (const a of scope.querySelectorAll("a[href^='tel:'], a[href^='sms:']")) {
            const href = a.getAttribute("href") ?? "";
            if (href === "tel:911") continue;
            expect(href.replace(/^(tel|sms):/, ""), `${url} ${id}`).toBe(digits);
            seen++;
          }
        }
      }
      for (const shown of html.match(/\b1-800-(422|656)-\d{4}\b/g) ?? []) {
        expect(["1-800-422-4453", "1-800-656-4673"], url).toContain(shown);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it("never shows the retired suicide prevention number", () => {
    for (const [url, html] of pages) {
      expect(html, url).not.toMatch(/273[-. ]?8255|273-TALK/);
    }
  });

  it("says when a line is not open around the clock", () => {
    const card = page("/help/nami-helpline/");
    expect(card.querySelector(".hours")?.textContent).toMatch(/Monday to Friday.*Eastern Time.*Not open 24 hours/s);
  });

  it("shows when each resource's facts were last checked, and where from", () => {
    const doc = page("/help/childhelp/");
    expect(doc.querySelector(".source time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.querySelector(".source")?.textContent).toMatch(/Checked \d{1,2} \w+ \d{4}/);
  });

  it("marks up every page in English with a skip link to the main content", () => {
    for (const [url, html] of pages) {
      const doc = parsePage(html);
      expect(doc.documentElement.getAttribute("lang"), url).toBe("en");
      expect(doc.querySelector("a.skip-link")?.getAttribute("href"), url).toBe("#main");
      expect(doc.querySelector("main#main"), url).not.toBeNull();
      expect(doc.querySelectorAll("h1").length, url).toBe(1);
    }
  });
});
