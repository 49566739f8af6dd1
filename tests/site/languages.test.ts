import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../scripts/lib/run.ts";
import { buildFromEnvironment } from "../../src/build/build-site.ts";
import { loadHub } from "../../src/build/load-hub.ts";
import { escapeRegExp } from "../../src/model/escape.ts";
import { englishHash } from "../../src/model/translation.ts";
import { en } from "../../src/view/strings/en.ts";
import { es } from "../../src/view/strings/es.ts";
import { NOTHING_SET } from "../helpers/global-setup.ts";
import { parsePage } from "../helpers/html.ts";
import {
  type BuiltSite,
  runFolder,
  sharedSite,
  VARIANT_TODAY,
  type VariantSite,
  variantSite,
} from "../helpers/site.ts";

/*
 * The hub in two languages (docs/translating.md): every page and its Spanish twin under /es/, on
 * the run's shared build of the real data.
 */
const ROOT = "https://hub.example.org/";
let site: BuiltSite;
let pages: Map<string, string>;

beforeAll(async () => {
  site = await sharedSite("default");
  pages = await site.pages();
});

const isNotFound = (url: string) => url.endsWith("/404.html");
const twinOf = (url: string) => (url.startsWith("/es/") ? url.slice(3) : `/es${url}`);
const page = (url: string) => parsePage(pages.get(url) ?? "");
/** The addresses of the Spanish pages. */
const spanishUrls = () => [...pages.keys()].filter((url) => url.startsWith("/es/"));

/** A Spanish page without what it marks as English, and without its scripts and styles: the Spanish a visitor reads. */
function spanishOnly(url: string): Document {
  const doc = page(url);
  for (const marked of doc.querySelectorAll('[lang="en"], script, style')) marked.remove();
  return doc;
}

/** Every string of an interface text object, by its path ("nav.home"); functions are left out. */
function leaves(strings: object, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else if (value && typeof value === "object") for (const [p, v] of leaves(value, path)) found.set(p, v);
  }
  return found;
}

/** `phrase` as whole words: "text" is not found in "texto". */
function wholeWords(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "u");
}

/**
 * Words only tú uses: its pronouns and possessives, and the tú forms of the verbs a help page
 * would use ("puedes", "necesitas"). Forms tú shares with usted's third person ("llama", "habla")
 * are left out: they cannot tell the two apart.
 */
const TU_FORMS = new RegExp(
  `(?<![\\p{L}])(?:${[
    "tú",
    "tu",
    "tus",
    "te",
    "ti",
    "contigo",
    "tienes",
    "puedes",
    "quieres",
    "eres",
    "estás",
    "necesitas",
    "sientes",
    "sabes",
    "vives",
    "hablas",
    "llamas",
    "escribes",
    "debes",
    "vas",
    "has",
    "haces",
    "piensas",
    "prefieres",
  ].join("|")})(?![\\p{L}])`,
  "giu",
);

describe("the hub in English and Spanish", () => {
  it("gives every English page a Spanish twin at /es/ and back, each naming both and English as x-default", () => {
    const english = [...pages.keys()].filter((url) => !url.startsWith("/es/"));
    expect(english.length).toBeGreaterThan(40);
    for (const url of pages.keys()) {
      expect(pages.has(twinOf(url)), `${url} has no twin at ${twinOf(url)}`).toBe(true);
      const doc = page(url);
      // The header links to the same page in the other language, in that language.
      const link = doc.querySelector(".site-header__language");
      expect(link?.getAttribute("href"), url).toBe(twinOf(url));
      expect(link?.getAttribute("hreflang"), url).toBe(url.startsWith("/es/") ? "en" : "es");
      if (isNotFound(url)) continue;
      const alternate = (lang: string) =>
        doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute("href");
      const [englishUrl, spanishUrl] = url.startsWith("/es/") ? [twinOf(url), url] : [url, twinOf(url)];
      expect(alternate("en"), url).toBe(`${ROOT}${englishUrl.slice(1)}`);
      expect(alternate("es"), url).toBe(`${ROOT}${spanishUrl.slice(1)}`);
      expect(alternate("x-default"), url).toBe(`${ROOT}${englishUrl.slice(1)}`);
    }
  });

  it("shows no English interface text on a Spanish page, only English names marked as English", () => {
    const spanish = leaves(es);
    // Words the same in both languages ("TTY", "WhatsApp", "Chat") are not English on a Spanish page.
    const english = [...leaves(en)].filter(([path, text]) => spanish.get(path) !== text && text.length > 3);
    expect(english.length).toBeGreaterThan(100);
    const spanishPages = spanishUrls();
    // The names left in English, as the pages mark them, in the long pages' prose too
    // ("líneas como [Crisis Text Line]{lang=en}").
    const names = new Set(
      spanishPages.flatMap((url) => [...page(url).querySelectorAll('[lang="en"]')].map((e) => e.textContent ?? "")),
    );
    expect(names).toContain("Crisis Text Line");
    for (const url of spanishPages) {
      const doc = spanishOnly(url);
      // The body only: a page title names its helpline in English, and a title cannot be marked as English.
      let text = (doc.body.textContent ?? "").replace(/\s+/g, " ");
      for (const name of names) text = text.replaceAll(name, "");
      const found = english.filter(([, phrase]) => wholeWords(phrase).test(text)).map(([path, p]) => `${path}: ${p}`);
      expect(found, url).toEqual([]);
    }
  });

  it("speaks to the visitor as usted on every Spanish page, as the hotlines do: never as tú", () => {
    const tuFound = (text: string) => [...text.matchAll(TU_FORMS)].map((m) => m[0]);
    // The check finds tú where it is.
    expect(tuFound("Si tienes miedo, te escuchamos.")).toEqual(["tienes", "te"]);
    expect(tuFound("Si tiene miedo, le escuchamos.")).toEqual([]);
    for (const url of spanishUrls()) {
      const doc = spanishOnly(url);
      const text = `${doc.title} ${doc.body.textContent ?? ""}`.replace(/\s+/g, " ");
      expect(tuFound(text), url).toEqual([]);
    }
  });

  it("marks the names and sources left in English as English, and the page as Spanish", () => {
    const rainn = page("/es/help/rainn/");
    // US Spanish: Pagefind and the "open now" script read it, and take the 12-hour clock from it.
    expect(rainn.documentElement.getAttribute("lang")).toBe("es-US");
    expect(rainn.querySelector("h1")?.getAttribute("lang")).toBe("en");
    expect(rainn.querySelector(".source a")?.getAttribute("lang")).toBe("en");
    const story = page("/es/stories/blanchard-smart-advocacy/");
    expect(story.querySelector("h1")?.getAttribute("lang")).toBeNull();
    expect(story.querySelector(".source p")?.getAttribute("lang")).toBe("en");
    // Cards name each line in English, marked so a screen reader says it in English.
    const topic = page("/es/topics/sexual-assault/");
    const names = [...topic.querySelectorAll(".card__title a")];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.getAttribute("lang"), name.textContent ?? "").toBe("en");
    expect(page("/topics/sexual-assault/").querySelector(".card__title a")?.getAttribute("lang")).toBeNull();
    expect(JSON.parse(story.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}")).toMatchObject({
      "@graph": expect.arrayContaining([expect.objectContaining({ inLanguage: "es-US" })]),
    });
  });

  it("marks every English name from the data as English wherever a Spanish page shows it, long pages included", async () => {
    const hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
    // The names of the helplines, organizations and other countries' lines, as the data writes them,
    // and the numbers spelled in English words ("1-800-4-A-CHILD").
    const names = [
      ...new Set([
        ...hub.resources.flatMap((r) => [r.name, r.organization]),
        ...hub.outside.countries.flatMap((country) => country.lines.map((line) => line.name)),
        ...hub.resources.flatMap((r) =>
          r.channels.flatMap((c) => ("vanity" in c && c.vanity && /\p{L}/u.test(c.vanity) ? [c.vanity] : [])),
        ),
      ]),
    ];
    expect(names).toContain("Crisis Text Line");
    expect(names).toContain("1-800-4-A-CHILD");
    // Each name's pattern made once, not once for every text of every page.
    const patterns = names.map((name) => ({ name, pattern: wholeWords(name) }));
    const unmarked: string[] = [];
    let seen = 0;
    for (const url of spanishUrls()) {
      const doc = page(url);
      // Text only, in the body: a page's title names its helpline, and a title cannot be marked.
      const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style")) continue;
        const text = (node.textContent ?? "").replace(/\s+/g, " ");
        for (const { name } of patterns.filter(({ name, pattern }) => text.includes(name) && pattern.test(text))) {
          seen += 1;
          if (!parent.closest("[lang]")?.getAttribute("lang")?.startsWith("en"))
            unmarked.push(`${url}: ${name} in “${text.trim()}”`);
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(unmarked).toEqual([]);
  });

  it("lists first the ways in that answer in the page's language, and says which do not", () => {
    const ways = (url: string) =>
      [...page(url).querySelectorAll("main .channels__item")].map((item) => item.textContent?.replace(/\s+/g, " "));
    // 988's "AYUDA" text answers in Spanish only: last on the English page, in its place on the Spanish one.
    const english = ways("/help/988-lifeline/");
    expect(english.at(-1)).toContain("In Spanish.");
    const spanish = ways("/es/help/988-lifeline/");
    expect(spanish.findIndex((w) => w?.includes("AYUDA"))).toBeLessThan(spanish.length - 1);
    expect(spanish.join(" ")).toContain("Oprima 2 para recibir ayuda en español.");
    // A line that answers in English only says so on every way in, on the Spanish page.
    for (const way of ways("/es/help/nami-helpline/")) expect(way).toContain("En inglés.");
  });

  it("says beside each button of the need-help-now box which ways in answer in another language", () => {
    const rows = (url: string) =>
      [...page(url).querySelectorAll(".line__ways li")].map((row) => row.textContent?.replace(/\s+/g, " ").trim());
    const spanish = rows("/es/");
    expect(spanish).toContain("Envíe un mensaje de texto al 988 En inglés.");
    expect(spanish).toContain("Envíe “HOME” al 741741 En inglés.");
    expect(spanish).toContain("Envíe “AYUDA” al 741741");
    expect(rows("/")).toContain("Text “AYUDA” to 988 In Spanish.");
  });

  it("offers the Spanish in one line on the 404 page hosts serve everywhere, and has a Spanish 404 page", async () => {
    const notFound = page("/404.html");
    const offer = notFound.querySelector('main p[lang="es"] a');
    expect(offer?.textContent).toBe(es.notFound.offer);
    expect(offer?.getAttribute("href")).toBe("/es/");
    const spanish = page("/es/404.html");
    expect(spanish.querySelector("h1")?.textContent).toBe(es.notFound.title);
    expect(spanish.querySelector('main p[lang="en"] a')?.getAttribute("href")).toBe("/");
    expect(await site.read("_redirects")).toBe("/es/*  /es/404.html  404\n");
  });

  it("has a Spanish feed of the stories with a Spanish summary, linked from the Spanish pages", async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const { feed } = parser.parse(await site.read("es/feed.xml"));
    const english = parser.parse(await site.read("feed.xml")).feed;
    expect(feed["@_xml:lang"]).toBe("es-US");
    const entries = [feed.entry].flat();
    expect(entries.map((e: { title: string }) => e.title)).toContain(
      "Elizabeth Smart se pone en contacto con Gypsy Rose Blanchard tras su salida de prisión",
    );
    const ids = new Set([english.entry].flat().map((e: { id: string }) => e.id));
    for (const entry of entries) expect(ids.has(entry.id)).toBe(false);
    expect(page("/es/").querySelector('link[type="application/atom+xml"]')?.getAttribute("href")).toBe("/es/feed.xml");
  });

  it("lists both languages in the sitemap, each address with its twins", async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const { urlset } = parser.parse(await site.read("sitemap.xml"));
    const entry = urlset.url.find((u: { loc: string }) => u.loc === `${ROOT}es/help/rainn/`);
    const links = Object.fromEntries(
      entry["xhtml:link"].map((l: Record<string, string>) => [l["@_hreflang"], l["@_href"]]),
    );
    expect(links).toEqual({
      en: `${ROOT}help/rainn/`,
      es: `${ROOT}es/help/rainn/`,
      "x-default": `${ROOT}help/rainn/`,
    });
  });
});

describe("a translation that has gone stale", () => {
  // The English of a topic's summary changed after its Spanish was written, and one story has no
  // Spanish yet: a copy of the data built once for this file and tests/site/build.test.ts.
  let variant: VariantSite;
  const env = (extra: Record<string, string>) => ({ ...NOTHING_SET, HUB_TODAY: VARIANT_TODAY, ...extra });
  const changed = "When a parent or caregiver harms a child, or fails to give the care a child needs to be safe.";

  beforeAll(async () => {
    variant = await variantSite("stale-spanish-no-lines");
  });

  const says = (where: string) =>
    [
      `${variant.dataDir}/causes/child-abuse.ts: es.summary was translated from other English (from "4e05ca43")`,
      `update the Spanish, then set from: "${englishHash(changed)}"`,
    ].map((text) => expect(where).toContain(text));

  it("is warned about by the build, beside the resources not checked for too long, which still publishes, and its page says where the English is shown", async () => {
    const { run } = variant;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("Warning: 1 Spanish text no longer matches its English:");
    says(run.stderr);
    // And the one for resources checked too long ago, which every build without --strict gives on
    // this data and day: npm run build shows it here (the data checks' good build is a strict one).
    expect(run.stderr).toContain("Warning: 8 resources were last checked more than 180 days ago: childhelp, rainn,");
    const story = parsePage(await variant.read("es/stories/blanchard-kardashian-prison-reform/index.html"));
    expect(story.querySelector("h1")?.getAttribute("lang")).toBe("en");
    expect(story.querySelector(".story__untranslated")?.textContent).toBe(es.story.untranslated);
    expect(story.querySelector('.story__body div[lang="en"]')?.textContent).toContain(
      "A few days after she left prison",
    );
    expect(await variant.read("es/feed.xml")).not.toContain("blanchard-kardashian");
  });

  it("is refused by a strict build, naming the file, the field and the fix", async () => {
    const out = `${await runFolder("stale-strict-")}/site`;
    // In this process, as the data is refused before Eleventy starts (the data checks show that
    // npm run build prints the same and exits with 1).
    const outcome = await buildFromEnvironment(env({ HUB_DATA_DIR: variant.dataDir, HUB_OUTPUT_DIR: out }), [
      "--strict",
      "--max-age-days",
      "3000",
    ]);
    expect(outcome.ok).toBe(false);
    expect(outcome.report).toContain("The data has 1 problem; nothing was published:");
    says(outcome.report);
  });

  it("is listed by npm run audit, with the stories still to translate", async () => {
    const run = await runScript("audit.ts", [], { env: env({ HUB_DATA_DIR: variant.dataDir }) });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("1 Spanish text translated from English that has changed since");
    says(run.stdout);
    expect(run.stdout).toContain(`${variant.dataDir}/stories/blanchard-kardashian.ts: es not given (`);
  });
});
