import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/data/load.ts";
import { parsePage, precedes } from "../helpers/html.ts";
import { type BuiltSite, sharedSite, variantSite } from "../helpers/site.ts";

let site: BuiltSite;
let pages: Map<string, string>;
let data: Awaited<ReturnType<typeof loadData>>["raw"];
/** The tests here only read the pages, so each is parsed once for all of them. */
const parsed = new Map<string, Document>();
const page = (url: string) => {
  let doc = parsed.get(url);
  if (!doc) {
    const html = pages.get(url);
    if (html === undefined) throw new Error(`no page at ${url}`);
    doc = parsePage(html);
    parsed.set(url, doc);
  }
  return doc;
};
const idOf = (file: { value: unknown }) => (file.value as { id: string }).id;

beforeAll(async () => {
  site = await sharedSite("default");
  pages = await site.pages();
  data = (await loadData("_data")).raw;
});

/** The digits a phone's keypad dials for a spelling: "1-800-4-A-CHILD" is 18004224453. */
function keypad(spelled: string): string {
  const KEYS = "22233344455566677778889999";
  return spelled
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => KEYS[letter.charCodeAt(0) - 65] ?? "")
    .replace(/\D/g, "");
}

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

  it("opens every story with its content note and lines to call now, then the story, then all its help", () => {
    for (const story of data.stories) {
      const doc = page(`/stories/${(story.value as { slug: string }).slug}/`);
      const note = doc.querySelector(".content-note");
      const talk = doc.querySelector("#talk-now");
      const body = doc.querySelector("#story");
      const help = doc.querySelector("#help");
      expect(note && talk && body && help).toBeTruthy();
      expect(precedes(note as Node, talk as Node)).toBe(true);
      expect(precedes(talk as Node, body as Node)).toBe(true);
      expect(precedes(body as Node, help as Node)).toBe(true);
      // The skip links go where they say.
      expect([...(note?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"))).toEqual(["#story", "#help"]);
      expect(talk?.querySelector('a[href="tel:911"]')).not.toBeNull();
      expect(talk?.querySelectorAll('a[href^="tel:+1"], a[href^="sms:"], a[href="tel:988"]').length).toBeGreaterThan(0);
      expect(help?.querySelector('a[href="tel:911"]')).not.toBeNull();
      for (const card of help?.querySelectorAll(".card") ?? []) {
        expect(card.querySelector(".card__reason")?.textContent).toMatch(/^(For [a-z].+|Chosen for this story)$/);
      }
    }
  });

  it("lists the lines you can call or text before the organizations, whatever their crisis flag", () => {
    const doc = page("/stories/blanchard-kardashian-prison-reform/");
    const groups = [...doc.querySelectorAll("#help .help__group")].map((h) => h.textContent);
    expect(groups).toEqual(["Helplines you can call or text", "Organizations working on this"]);
    const lines = doc.querySelector("#help .help__group")?.nextElementSibling;
    expect(lines?.textContent).toContain("988");
    const cards = [...doc.querySelectorAll("#help .card__title a")].map((a) => a.getAttribute("href"));
    // SAMHSA's helpline is not a crisis line but can be called: it comes before every organization.
    expect(cards.indexOf("/help/samhsa-helpline/")).toBeLessThan(cards.indexOf("/help/vera-institute/"));
  });

  it("leads the Blanchard and Smart story with Childhelp, then RAINN", () => {
    const cards = [...page("/stories/blanchard-smart-advocacy/").querySelectorAll("#help .card__title a")];
    expect(cards.slice(0, 2).map((a) => a.getAttribute("href"))).toEqual(["/help/childhelp/", "/help/rainn/"]);
  });

  it("pairs the Blanchard and Kardashian story with a line for emotional distress, Childhelp, and the reform and reentry organizations", () => {
    const doc = page("/stories/blanchard-kardashian-prison-reform/");
    const lines = [...doc.querySelectorAll("#help .card--crisis .card__title a")].map((a) => a.getAttribute("href"));
    const orgs = [...doc.querySelectorAll("#help .card--org .card__title a")].map((a) => a.getAttribute("href"));
    // 988 fits its reentry cause (life after prison); Childhelp its medical child abuse.
    expect(lines).toEqual(["/help/988-lifeline/", "/help/childhelp/"]);
    expect([...doc.querySelectorAll("#talk-now .talk__name")].map((n) => n.textContent)).toEqual([
      "If you are in immediate danger",
      "988 Suicide & Crisis Lifeline",
      "Childhelp National Child Abuse Hotline",
    ]);
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
      [...pages.keys()].flatMap((url) =>
        [...page(url).querySelectorAll("a[href^='tel:'], a[href^='sms:']")].map((a) => a.getAttribute("href")),
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
      const doc = page(url);
      for (const [id, digits] of Object.entries(expected)) {
        const cards = [...doc.querySelectorAll(".card")].filter(
          (card) => card.querySelector(".card__title a")?.getAttribute("href") === `/help/${id}/`,
        );
        const scopes = url === `/help/${id}/` ? [doc.querySelector("main") as Element] : cards;
        for (const scope of scopes) {
          for (const a of scope.querySelectorAll("a[href^='tel:'], a[href^='sms:']")) {
            const href = a.getAttribute("href") ?? "";
            // The emergency number, and the line every help box names for when a number does not connect.
            if (href === "tel:911" || a.closest(".help__fallback")) continue;
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

  it("dials exactly the number each call, text and WhatsApp button shows, and the spelling beside it, on every page", () => {
    let buttons = 0;
    let spellings = 0;
    for (const url of pages.keys()) {
      const links = page(url).querySelectorAll("a[href^='tel:'], a[href^='sms:'], a[href^='https://wa.me/']");
      for (const a of links) {
        const href = a.getAttribute("href") ?? "";
        const label = (a.textContent ?? "").trim();
        const where = `${url}: "${label}" dials ${href}`;
        const [target = "", query = ""] = href.replace(/^(tel:|sms:|https:\/\/wa\.me\/)/, "").split("?");
        const dials = target.replace(/\D/g, "");
        // The number as the label shows it, without a keyword to send ("Text “HOME” to 741741").
        const shown = label.replace(/“[^”]*”/g, "").replace(/\D/g, "");
        expect(shown, where).not.toBe("");
        if (target.startsWith("+") || href.startsWith("https://wa.me/")) {
          // An international number shows its national digits: +353 1800 77 88 88 as "1800 77 88 88".
          expect(dials.endsWith(shown) && dials.length - shown.length <= 3, where).toBe(true);
        } else {
          expect(dials, where).toBe(shown);
        }
        // The keyword the label tells a visitor to send is the one the message is written with.
        expect(new URLSearchParams(query).get("body") ?? undefined, where).toBe(label.match(/“([^”]*)”/)?.[1]);
        buttons++;
        const detail = a.parentElement?.querySelector(".channels__detail")?.textContent ?? "";
        const spelled = detail.match(/(?:Also written|También se escribe) ([0-9A-Z-]+)/)?.[1];
        if (spelled) {
          expect(dials.endsWith(keypad(spelled)), `${where}, written ${spelled}`).toBe(true);
          spellings++;
        }
      }
    }
    expect(buttons).toBeGreaterThan(500);
    expect(spellings).toBeGreaterThan(50);
  });

  it("tells the hours each line's data gives, wherever the line is shown: around the clock only when it is", () => {
    type Hours = { kind: string };
    const byId = new Map(data.resources.map((file) => [idOf(file), (file.value as { hours: Hours }).hours]));
    const byName = new Map(
      data.international.flatMap((file) =>
        (file.value as { lines: { name: string; hours: Hours }[] }).lines.map((line) => [line.name, line.hours]),
      ),
    );
    const helpPage = (href: string) => href.match(/^\/(?:es\/)?help\/([^/]+)\/$/)?.[1];
    const told = { always: 0, weekly: 0 };
    for (const url of pages.keys()) {
      for (const shown of page(url).querySelectorAll(".hours, .line__hours")) {
        // The line it belongs to: the card or entry around it, by its link or its name, or the page itself.
        const entry = shown.closest(".card, .line");
        const title = entry?.querySelector(".card__title, .line__title");
        const linked = helpPage(title?.querySelector("a")?.getAttribute("href") ?? "");
        const hours = entry
          ? linked
            ? byId.get(linked)
            : byName.get(title?.textContent?.trim() ?? "")
          : byId.get(helpPage(url) ?? "");
        const text = (shown.textContent ?? "").replace(/\s+/g, " ").trim();
        const where = `${url}: "${text}"`;
        expect(hours, `${where} belongs to no line`).toBeDefined();
        const allDay = /Open 24 hours a day|Open 24\/7|Abierta las 24 horas|Abierta 24\/7/.test(text);
        const notAllDay = /Not open 24 hours|No está abierta las 24 horas/.test(text);
        expect({ allDay, notAllDay }, where).toEqual({
          allDay: hours?.kind === "always",
          notAllDay: hours?.kind !== "always",
        });
        if (hours?.kind === "always" || hours?.kind === "weekly") told[hours.kind]++;
      }
    }
    expect(told.always).toBeGreaterThan(100);
    expect(told.weekly).toBeGreaterThan(4);
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

  it("says on a helpline's own page which source its facts were checked against, and on what day", () => {
    const doc = page("/help/crisis-text-line/");
    expect(doc.querySelector(".source time")?.getAttribute("datetime")).toBe("2026-11-29");
    expect(doc.querySelector(".source time")?.textContent).toBe(
      "Checked against Crisis Text Line: Now available in Spanish on November 29, 2026.",
    );
    // Every helpline's page, in both languages, links its own source and gives its own check date.
    for (const file of data.resources) {
      const { id, source, checked } = file.value as { id: string; source: { url: string }; checked: string };
      for (const url of [`/help/${id}/`, `/es/help/${id}/`]) {
        const section = page(url).querySelector(".source");
        expect(section?.querySelector("a")?.getAttribute("href"), url).toBe(source.url);
        expect(section?.querySelector("time")?.getAttribute("datetime"), url).toBe(checked);
      }
    }
  });

  it("keeps check dates off the cards and the printed help card, where an old date alarms and does not help", () => {
    for (const [url, html] of pages) {
      // A helpline's own page says where and when its facts were checked; the lines abroad have
      // no page of their own, so the other-countries page is theirs.
      if ((url.startsWith("/help/") && url !== "/help/") || url === "/other-countries/") continue;
      expect(html, url).not.toMatch(/Checked (against|\d)/);
    }
  });

  it("says what happens when you reach out on every helpline's page, and folds it on its cards", () => {
    for (const resource of data.resources) {
      const value = resource.value as { id: string; crisisLine: boolean };
      if (!value.crisisLine) continue;
      const section = page(`/help/${value.id}/`).querySelector("#happens-heading")?.parentElement;
      expect(section?.querySelector("dt")?.textContent, value.id).toBe("Who answers");
      expect(section?.querySelector(".what-happens__sources a")?.getAttribute("href"), value.id).toMatch(/^https:/);
    }
    const childhelp = page("/help/childhelp/").querySelector(".what-happens")?.textContent ?? "";
    expect(childhelp).toContain("When they may tell someone else");
    expect(childhelp).toContain("they may have to tell the authorities");
    const card = [...page("/topics/child-abuse/").querySelectorAll("#help .card")].find((c) =>
      c.querySelector(".card__title")?.textContent?.includes("Childhelp"),
    );
    const folded = card?.querySelector("details.card__happens");
    expect(folded?.hasAttribute("open")).toBe(false);
    expect(folded?.querySelector("summary")?.textContent).toBe("What happens when you reach out");
  });

  it("gives every topic three to five steps, each with the help that fits it", () => {
    for (const cause of data.causes) {
      const steps = page(`/topics/${idOf(cause)}/`).querySelectorAll(".steps__list > li");
      expect(steps.length, idOf(cause)).toBeGreaterThanOrEqual(3);
      expect(steps.length, idOf(cause)).toBeLessThanOrEqual(5);
      for (const step of steps) expect(step.querySelectorAll(".steps__help a").length, idOf(cause)).toBeGreaterThan(0);
    }
    const abuse = page("/topics/child-abuse/").querySelector(".steps");
    expect(abuse?.querySelector('a[href="tel:911"]')?.textContent).toBe("Call 911");
    expect(
      abuse?.querySelector('a[href="https://www.childwelfare.gov/topics/responding/reporting/how/"]'),
    ).not.toBeNull();
    expect(abuse?.querySelector('a[href="/help/childhelp/"]')?.textContent).toBe(
      "Childhelp National Child Abuse Hotline",
    );
  });

  it("reaches Crisis Text Line in Spanish by text and by WhatsApp", () => {
    const ways = [...page("/help/crisis-text-line/").querySelectorAll(".channels a")].map((a) => [
      a.getAttribute("href"),
      a.textContent,
    ]);
    expect(ways).toContainEqual(["sms:741741?&body=AYUDA", "Text “AYUDA” to 741741"]);
    expect(ways).toContainEqual(["https://wa.me/14422983263", "WhatsApp 1-442-298-3263"]);
  });

  it("writes visible text in US English: organization, not organisation, and dates month first", () => {
    for (const url of pages.keys()) {
      const text = page(url).body.textContent ?? "";
      expect(text, url).not.toMatch(/organis|summaris|recognis|behaviour|counsell|colour/i);
      expect(text, url).not.toMatch(
        /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/,
      );
    }
  });

  it("marks up every page in its language, English or Spanish, with a skip link to the main content", () => {
    for (const url of pages.keys()) {
      const doc = page(url);
      expect(doc.documentElement.getAttribute("lang"), url).toBe(url.startsWith("/es/") ? "es-US" : "en");
      expect(doc.querySelector("a.skip-link")?.getAttribute("href"), url).toBe("#main");
      expect(doc.querySelector("main#main"), url).not.toBeNull();
      expect(doc.querySelectorAll("h1").length, url).toBe(1);
    }
  });

  it("has a link to call or text a line on every page but the printable cards, besides the emergency number", () => {
    const missing = [...pages]
      .filter(([url]) => !url.endsWith("/card/"))
      .filter(([url]) =>
        [...page(url).querySelectorAll("a[href^='tel:'], a[href^='sms:']")].every(
          (a) => a.getAttribute("href") === "tel:911",
        ),
      )
      .map(([url]) => url);
    expect(missing).toEqual([]);
  });

  it("shows at least one line open 24/7 on every story, topic and helpline page", () => {
    const urls = [...pages.keys()].filter(
      (url) => /^\/(stories|topics|help)\/[^/]+\/$/.test(url) && !url.startsWith("/stories/page/"),
    );
    expect(urls.length).toBeGreaterThan(20);
    const allDay = new Set(["tel:988", "sms:988", "sms:741741?&body=HOME", "tel:+18004224453", "tel:+18006564673"]);
    for (const url of urls) {
      const doc = page(url);
      const links = [...doc.querySelectorAll("main a[href^='tel:'], main a[href^='sms:']")].map((a) =>
        a.getAttribute("href"),
      );
      expect(
        links.some((href) => href && (allDay.has(href) || href.startsWith("tel:+1800"))),
        url,
      ).toBe(true);
    }
    // A topic served only by organizations says why it shows the general lines.
    expect(page("/topics/prison-reform/").querySelector(".floor")?.textContent).toContain(
      "No helpline for this topic answers around the clock",
    );
  });

  it("says in every help box that the lines are for the United States, and links to the other countries", () => {
    for (const url of [
      "/",
      "/search/",
      "/404.html",
      "/topics/child-abuse/",
      "/stories/blanchard-smart-advocacy/",
      "/help/rainn/",
    ]) {
      const area = page(url).querySelector("main .help__area");
      expect(area?.textContent, url).toContain("These lines are for the United States.");
      expect(area?.querySelector("a")?.getAttribute("href"), url).toBe("/other-countries/");
      expect(page(url).querySelector("main .help__fallback")?.textContent, url).toBe(
        "If a number does not connect, call or text 988, or call 911.",
      );
    }
  });

  it("lists emergency numbers and checked lines for five other countries, never in a US help box", () => {
    const doc = page("/other-countries/");
    const countries = [...doc.querySelectorAll("section.country")];
    expect(countries.map((c) => c.querySelector("h2")?.textContent)).toEqual([
      "Australia",
      "Canada",
      "Ireland",
      "New Zealand",
      "United Kingdom",
    ]);
    for (const country of countries) {
      expect(country.querySelector(".emergency a[href^='tel:']"), country.id).not.toBeNull();
      for (const card of country.querySelectorAll(".card")) {
        expect(card.querySelector(".card__checked time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(card.querySelector(".card__checked a")?.getAttribute("href")).toMatch(/^https:\/\//);
      }
    }
    expect(doc.querySelector(".outside__directory a")?.getAttribute("href")).toBe("https://findahelpline.com/");
    for (const [url, html] of pages) {
      if (url === "/other-countries/" || url === "/es/other-countries/") continue;
      expect(html, url).not.toMatch(/Samaritans|116 ?123|tel:\+44|tel:\+61|tel:999/);
    }
  });

  it("lets a visitor report a mistake from every card and helpline page, with the line and page filled in", () => {
    for (const url of ["/help/", "/topics/child-abuse/", "/stories/blanchard-smart-advocacy/"]) {
      for (const card of page(url).querySelectorAll("main .card")) {
        const href = card.querySelector(".report a")?.getAttribute("href") ?? "";
        expect(href, url).toMatch(/^mailto:corrections@hub\.example\.org\?subject=/);
        expect(decodeURIComponent(href), url).toContain(`Page: https://hub.example.org${url}`);
      }
    }
    const own = page("/help/nami-helpline/").querySelector("main .report a")?.getAttribute("href") ?? "";
    expect(decodeURIComponent(own)).toContain(
      "Resource: NAMI HelpLine\nPage: https://hub.example.org/help/nami-helpline/",
    );
  });
});

describe("a story whose editor left out every line that fits it", () => {
  it("is published with the site's general lines, saying why, not with the emergency number alone", async () => {
    // The Blanchard and Kardashian story leaves out 988, Childhelp and SAMHSA: a copy of the data
    // built once for this file and tests/site/languages.test.ts (where the story has no Spanish).
    const built = await variantSite("stale-spanish-no-lines");
    const doc = parsePage(await built.read("stories/blanchard-kardashian-prison-reform/index.html"));
    const reason = "The lines for this story's topics were left out because they do not fit it.";
    expect(doc.querySelector("#talk-now .talk__intro")?.textContent).toContain(reason);
    expect([...doc.querySelectorAll("#talk-now .talk__line .button")].map((a) => a.getAttribute("href"))).toEqual([
      "tel:911",
      "tel:988",
      "sms:741741?&body=HOME",
    ]);
    expect(doc.querySelector("#help .floor")?.textContent).toContain(reason);
  });
});
