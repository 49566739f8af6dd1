import { spawn } from "node:child_process";
import { linkSync, mkdirSync, readdirSync } from "node:fs";
import { cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScript } from "../../scripts/lib/run.ts";
import { buildFromEnvironment } from "../../src/build/build-site.ts";
import { copyDataWarm, type DataCopy } from "../helpers/data-copy.ts";
import { NOTHING_SET, TEST_CACHE_DIR } from "../helpers/global-setup.ts";
import { fileIdentities, hashFolder } from "../helpers/hash-folder.ts";
import { runFolder, sharedSite } from "../helpers/site.ts";

/*
 * Each mistake a maintainer could make at 11 pm, run through the real build (src/build/build-site.ts,
 * with settings read from the environment as `npm run build` reads them) against a copy of `_data/`
 * with exactly that mistake, over an output folder holding a good build. As after a maintainer's
 * last good build, the data-file cache knows every file the mistake left as it was; the files it
 * changed or added (among them each file that loops or exits) are read afresh. The build must
 * fail, say which file and field, with no stack trace, and leave every byte of the published site
 * as it was. In this process, as the data is refused before Eleventy starts; the last tests run `npm run
 * build` itself, to show it prints the same and sets its exit status.
 */
const TODAY = "2026-12-01";

interface Mistake {
  name: string;
  apply: (data: DataCopy) => Promise<void>;
  /** Text the error output must contain, with `@/` standing for the copied data folder. */
  says: string[];
  env?: Record<string, string>;
}

const replaceIn = (file: string, from: string | RegExp, to: string) => (data: DataCopy) =>
  data.edit(file, (text) => text.replace(from, to));

const MISTAKES: Mistake[] = [
  {
    name: "a story names a cause that does not exist",
    apply: replaceIn(
      "stories/blanchard-smart.ts",
      '"sexual-assault", "child-safety"',
      '"sexual-asault", "child-safety"',
    ),
    says: ['@/stories/blanchard-smart.ts: causes[2] = "sexual-asault" is not a cause; did you mean "sexual-assault"?'],
  },
  {
    name: "two resources share an id (a file copied without changing it)",
    apply: async (data) => data.write("resources/rainn-copy.ts", await data.read("resources/rainn.ts")),
    says: ['@/resources/rainn.ts: id = "rainn" is already used by @/resources/rainn-copy.ts'],
  },
  {
    name: "two stories share a slug",
    apply: replaceIn(
      "stories/blanchard-kardashian.ts",
      '"blanchard-kardashian-prison-reform"',
      '"blanchard-smart-advocacy"',
    ),
    says: [
      '@/stories/blanchard-smart.ts: slug = "blanchard-smart-advocacy" is already used by @/stories/blanchard-kardashian.ts',
    ],
  },
  {
    name: "a phone number is a digit short",
    apply: replaceIn("resources/childhelp.ts", '"+18004224453", vanity', '"+1800422445", vanity'),
    says: ['@/resources/childhelp.ts: channels[0].number = "+1800422445" is not a valid phone number'],
  },
  {
    name: "a phone number has letters in it",
    apply: replaceIn("resources/rainn.ts", '"+18006564673"', '"+1800656HOPE"'),
    says: ['@/resources/rainn.ts: channels[0].number = "+1800656HOPE" must be a full international number'],
  },
  {
    name: "a short code is written as a phone number",
    apply: replaceIn("resources/crisis-text-line.ts", 'shortCode: "741741"', 'number: "+1741741"'),
    says: ['@/resources/crisis-text-line.ts: channels[0].number = "+1741741" is not a valid phone number'],
  },
  {
    name: "the retired suicide line number comes back",
    apply: replaceIn("resources/childhelp.ts", '"+18004224453", vanity', '"+18002738255", vanity'),
    says: ['@/resources/childhelp.ts: channels[0].number = "+18002738255" is a retired number'],
  },
  {
    name: "a vanity spelling does not dial the number",
    apply: replaceIn("resources/rainn.ts", '"800-656-HOPE"', '"800-656-HOLE"'),
    says: ['@/resources/rainn.ts: channels[0].vanity = "800-656-HOLE" does not dial +18006564673'],
  },
  {
    name: "a website is a javascript: URL",
    apply: replaceIn("resources/rainn.ts", 'website: "https://www.rainn.org/"', 'website: "javascript:alert(1)"'),
    says: ['@/resources/rainn.ts: website = "javascript:alert(1)" must be a full web address starting with https://'],
  },
  {
    name: "a source is an http: URL",
    apply: replaceIn("resources/childhelp.ts", /(source: \{[^}]*url: ")https:/, "$1http:"),
    says: ['@/resources/childhelp.ts: source.url = "http://www.childhelphotline.org/" must be a full web address'],
  },
  {
    name: "a story is dated 31 February",
    apply: replaceIn("stories/blanchard-kardashian.ts", 'date: "2024-01-04"', 'date: "2024-02-31"'),
    says: ['@/stories/blanchard-kardashian.ts: date = "2024-02-31" is not a real calendar date'],
  },
  {
    name: "a story is dated in the future",
    apply: replaceIn("stories/blanchard-smart.ts", 'date: "2024-01-09"', 'date: "2027-01-09"'),
    says: ['@/stories/blanchard-smart.ts: date = "2027-01-09" is in the future (today is 2026-12-01)'],
  },
  {
    name: "a resource is marked checked on a day still to come",
    apply: replaceIn("resources/crisis-text-line.ts", 'checked: "2026-11-29"', 'checked: "2026-12-02"'),
    says: ['@/resources/crisis-text-line.ts: checked = "2026-12-02" is in the future'],
  },
  {
    name: "a story touches no cause",
    apply: replaceIn("stories/blanchard-kardashian.ts", /causes: \[[^\]]*\]/, "causes: []"),
    says: ["@/stories/blanchard-kardashian.ts: causes = [] name at least one cause this story touches"],
  },
  {
    name: "a story has no title",
    apply: replaceIn("stories/blanchard-smart.ts", /\n {2}title: .*\n/, "\n"),
    says: ["@/stories/blanchard-smart.ts: title is missing; it must be text in quotes"],
  },
  {
    name: "a field name is misspelt",
    apply: replaceIn("resources/rainn.ts", "languagesNote:", "languageNote:"),
    says: ['@/resources/rainn.ts: languageNote is not a field here; did you mean "languagesNote"?'],
  },
  {
    name: "a summary holds raw HTML",
    apply: replaceIn("stories/blanchard-kardashian.ts", "summary: `", "summary: `<script>alert(1)</script> "),
    says: ["@/stories/blanchard-kardashian.ts: summary = ", 'contains raw HTML ("<script>", "</script>")'],
  },
  {
    name: "a summary links to a data: URL",
    apply: replaceIn("stories/blanchard-smart.ts", "summary: `", "summary: `[More](data:text/html,hi). "),
    says: [
      "@/stories/blanchard-smart.ts: summary = ",
      'links to "data:text/html,hi"; links must be full https:// addresses',
    ],
  },
  {
    name: "a title holds an HTML tag",
    apply: replaceIn("stories/blanchard-smart.ts", 'title: "Elizabeth', 'title: "<b>Elizabeth'),
    says: ['@/stories/blanchard-smart.ts: title = "<b>Elizabeth', "contains an HTML tag"],
  },
  {
    name: "a story pins a resource that does not exist",
    apply: replaceIn(
      "stories/blanchard-smart.ts",
      "  contentNote:",
      '  pinnedResources: ["childhelpp"],\n  contentNote:',
    ),
    says: [
      '@/stories/blanchard-smart.ts: pinnedResources[0] = "childhelpp" is not a resource; did you mean "childhelp"?',
    ],
  },
  {
    name: "a story both pins and excludes a resource",
    apply: replaceIn(
      "stories/blanchard-smart.ts",
      "  contentNote:",
      '  pinnedResources: ["rainn"],\n  excludedResources: ["rainn"],\n  contentNote:',
    ),
    says: ['@/stories/blanchard-smart.ts: excludedResources[0] = "rainn" is also pinned'],
  },
  {
    name: "the home page's help list names an unknown resource",
    apply: replaceIn("site.ts", '"988-lifeline", "crisis-text-line"', '"988-lifline", "crisis-text-line"'),
    says: ['@/site.ts: helpNow[0] = "988-lifline" is not a resource; did you mean "988-lifeline"?'],
  },
  {
    name: "no 'need help now' line takes calls or texts 24/7, so pages would have nothing to fall back on",
    apply: replaceIn(
      "site.ts",
      '"988-lifeline", "crisis-text-line", "childhelp", "rainn", "domestic-violence-hotline"',
      '"nami-helpline"',
    ),
    says: [
      '@/site.ts: helpNow = ["nami-helpline"] has no line that takes calls or texts 24 hours a day, and every page falls back on it; add one, such as "988-lifeline"',
    ],
  },
  {
    name: "the line to try when a number does not connect is not open around the clock",
    apply: replaceIn("site.ts", 'fallbackLine: "988-lifeline"', 'fallbackLine: "nami-helpline"'),
    says: ['@/site.ts: fallbackLine = "nami-helpline" does not take calls or texts 24 hours a day'],
  },
  {
    name: "the report address is not an email address or a form",
    apply: replaceIn("site.ts", '"mailto:corrections@hub.example.org"', '"corrections@hub.example.org"'),
    says: ['@/site.ts: reportUrl = "corrections@hub.example.org" must be "mailto:" and one email address'],
  },
  {
    name: "a synonym group names a cause that does not exist",
    apply: replaceIn("synonyms.ts", 'causes: ["sexual-assault"],', 'causes: ["sexual-asault"],'),
    says: ['@/synonyms.ts: [1].causes[0] = "sexual-asault" is not a cause; did you mean "sexual-assault"?'],
  },
  {
    name: "a synonym group names a helpline that does not exist",
    apply: replaceIn("synonyms.ts", 'resources: ["rainn"],', 'resources: ["rain"],'),
    says: ['@/synonyms.ts: [1].resources[0] = "rain" is not a resource; did you mean "rainn"?'],
  },
  {
    name: "the synonyms file is missing",
    apply: (data) => rm(path.join(data.dir, "synonyms.ts")),
    says: ["@/synonyms.ts is missing; it holds the words people search with"],
  },
  {
    name: "a line in another country has a number from a third country",
    apply: replaceIn("international/ireland.ts", '"+3531800778888"', '"+448001111"'),
    says: ['@/international/ireland.ts: lines[0].channels[0].number = "+448001111" is a number in GB, not IE'],
  },
  {
    name: "a channel has an unknown type",
    apply: replaceIn("resources/rainn.ts", 'type: "call"', 'type: "cal"'),
    says: [
      '@/resources/rainn.ts: channels[0].type = "cal" must be one of "call", "text", "tty", "videophone", "whatsapp" or "chat"; did you mean "call"?',
    ],
  },
  {
    name: "a crisis line says nothing of what happens when you reach out",
    apply: replaceIn("resources/rainn.ts", /\n {2}whatHappens: \{[\s\S]*?\n {2}\},\n/, "\n"),
    says: ["@/resources/rainn.ts: whatHappens is missing: a crisis line must say what happens when you reach out"],
  },
  {
    name: "a topic's step links to a helpline that does not exist",
    apply: replaceIn("causes/sexual-assault.ts", 'help: ["rainn"]', 'help: ["rain"]'),
    says: ['@/causes/sexual-assault.ts: steps[1].help[0] = "rain" is not a resource; did you mean "rainn"?'],
  },
  {
    name: "a cause has no resource",
    apply: async (data) =>
      data.write(
        "causes/elder-abuse.ts",
        `${(await data.read("causes/reentry.ts")).split("\n")[0]}\n\nexport default defineCause({ id: "elder-abuse", name: "Elder abuse", summary: "Harm to older people.", description: "What it is, in a sentence or two." });\n`,
      ),
    says: ['@/causes/elder-abuse.ts: id = "elder-abuse" has no resource'],
  },
  {
    name: "a data file has a syntax error (a missing comma)",
    apply: replaceIn("resources/rainn.ts", 'organization: "RAINN",', 'organization: "RAINN"'),
    says: [
      "@/resources/rainn.ts: line 7, column 3 is not valid TypeScript",
      "is a comma missing at the end of the line before?",
    ],
  },
  {
    name: "a data file exports nothing",
    apply: replaceIn("causes/reentry.ts", "export default defineCause(", "defineCause("),
    says: ["@/causes/reentry.ts has no default export"],
  },
  // Text that is not what it looks like.
  {
    name: "a vanity spelling hides a right-to-left override",
    apply: replaceIn("resources/childhelp.ts", '"1-800-4-A-CHILD"', '"1-800-\\u202EDLIHC-A-4"'),
    says: [
      '@/resources/childhelp.ts: channels[0].vanity = "1-800-\\u{202E}DLIHC-A-4" contains U+202E RIGHT-TO-LEFT OVERRIDE; a spelling of a number holds only letters A to Z, digits, spaces and - . ( ) +, so delete it',
    ],
  },
  {
    name: "a form feed is pasted into a title",
    apply: replaceIn("stories/blanchard-smart.ts", 'title: "Elizabeth Smart', 'title: "Elizabeth\\fSmart'),
    says: [
      '@/stories/blanchard-smart.ts: title = "Elizabeth\\fSmart reaches out to Gypsy Rose Blanchard after her release" contains U+000C FORM FEED after "Elizabeth", a control character that breaks the feed',
    ],
  },
  {
    name: "a title is one zero-width space",
    apply: replaceIn("stories/blanchard-smart.ts", /\n {2}title: .*\n/, '\n  title: "\\u200B",\n'),
    says: [
      '@/stories/blanchard-smart.ts: title = "\\u{200B}" contains U+200B ZERO WIDTH SPACE at the start, which is invisible',
    ],
  },
  {
    name: "a summary carries a tracking image",
    apply: replaceIn("stories/blanchard-smart.ts", "summary: `", "summary: `![x](https://tracker.example/p.png) "),
    says: ["@/stories/blanchard-smart.ts: summary = ", "has an image (![...](...)); images are not published"],
  },
  {
    name: "a summary has a heading, a second h1 on the page",
    apply: replaceIn("stories/blanchard-kardashian.ts", "summary: `", "summary: `# Breaking news\n\n"),
    says: ["@/stories/blanchard-kardashian.ts: summary = ", "has a heading (a line starting with #"],
  },
  {
    name: "a title is 5,000 characters long",
    apply: replaceIn("stories/blanchard-smart.ts", /\n {2}title: .*\n/, `\n  title: "${"Long ".repeat(1000)}",\n`),
    says: [
      "@/stories/blanchard-smart.ts: title = ",
      "is 4,999 characters long; a name or title is at most 120, so shorten it",
    ],
  },
  {
    name: "a summary is only spaces",
    apply: replaceIn("stories/blanchard-kardashian.ts", /summary: `[^`]*`/, "summary: `   `"),
    says: ['@/stories/blanchard-kardashian.ts: summary = "   " must not be empty'],
  },
  {
    name: "a story is dated 1850",
    apply: replaceIn("stories/blanchard-kardashian.ts", /"2024-01-04"/g, '"1850-01-04"'),
    says: [
      '@/stories/blanchard-kardashian.ts: date = "1850-01-04" is before 1990-01-01, earlier than anything the hub covers; check the year',
    ],
  },
  {
    name: "a story is dated decades away from its source",
    apply: replaceIn("stories/blanchard-smart.ts", 'published: "2024-01-09"', 'published: "1994-01-09"'),
    says: [
      '@/stories/blanchard-smart.ts: source.published = "1994-01-09" is 10,957 days before the story\'s date (2024-01-09)',
    ],
  },
  // Help that repeats.
  {
    name: "a story pins the same resource twice",
    apply: replaceIn(
      "stories/blanchard-smart.ts",
      "  contentNote:",
      '  pinnedResources: ["rainn", "childhelp", "rainn"],\n  contentNote:',
    ),
    says: ['@/stories/blanchard-smart.ts: pinnedResources[2] = "rainn" is listed twice (also at [0]); remove one'],
  },
  {
    name: "the home page's help list names a resource twice",
    apply: replaceIn(
      "site.ts",
      '"988-lifeline", "crisis-text-line"',
      '"988-lifeline", "crisis-text-line", "988-lifeline"',
    ),
    says: ['@/site.ts: helpNow[2] = "988-lifeline" is listed twice (also at [0]); remove one'],
  },
  {
    name: "the quick exit points back at the hub",
    apply: replaceIn("site.ts", 'exitUrl: "https://www.weather.gov/"', 'exitUrl: "https://hub.example.org/about/"'),
    says: ['@/site.ts: exitUrl = "https://hub.example.org/about/" is on the hub\'s own site (hub.example.org)'],
  },
  // Data files that never finish.
  {
    name: "a data file loops forever",
    apply: replaceIn(
      "causes/reentry.ts",
      "export default defineCause(",
      "while (true) {}\nexport default defineCause(",
    ),
    // The shortest limit there is: the looping file holds a core for the whole limit (once: the
    // other files come from the cache, so it is read on its own, see data-file-pool.ts).
    env: { HUB_DATA_TIME_LIMIT: "1" },
    says: [
      "@/causes/reentry.ts did not finish loading within 1 s; look for a loop that never ends (a while or for loop whose condition stays true)",
    ],
  },
  {
    name: "a data file calls process.exit(0)",
    apply: replaceIn(
      "causes/reentry.ts",
      "export default defineCause(",
      "process.exit(0);\nexport default defineCause(",
    ),
    says: [
      "@/causes/reentry.ts: line 3 stops the file from loading: process.exit() would stop the build; a data file must only export its record",
    ],
  },
  {
    name: "a data file starts a timer that throws later",
    apply: replaceIn(
      "resources/rainn.ts",
      "export default defineResource(",
      'setTimeout(() => {\n  throw new Error("late");\n}, 200);\nexport default defineResource(',
    ),
    says: [
      "@/resources/rainn.ts leaves a timer (setTimeout or setInterval) running after it is read; a data file must only export its record",
    ],
  },
  // Settings a hurried host gets wrong.
  {
    name: "PATH_PREFIX climbs out of the site",
    apply: async () => {},
    env: { PATH_PREFIX: "../up" },
    says: ['PATH_PREFIX = "../up" has a "." or ".." part; give the path the site is served under, e.g. /hub/'],
  },
  {
    name: "PATH_PREFIX has a space and a question mark",
    apply: async () => {},
    env: { PATH_PREFIX: "/a b?c/" },
    says: ['PATH_PREFIX = "/a b?c/" has a space, "?", which an address cannot carry as it is'],
  },
  {
    name: "HUB_TODAY is a word, not a date",
    apply: async () => {},
    env: { HUB_TODAY: "yesterday" },
    says: [
      'HUB_TODAY = "yesterday" must be a date written YYYY-MM-DD, e.g. 2026-03-12; leave it unset to check dates against today',
    ],
  },
  {
    name: "strict freshness is asked for and resources are stale",
    apply: async () => {},
    env: { HUB_STRICT_FRESHNESS: "1" },
    says: [
      '@/resources/childhelp.ts: checked = "2024-01-09" was 1057 days ago, more than 180; re-check every fact at https://www.childhelphotline.org/',
    ],
  },
];

/** Build settings as `npm run build` takes them, with nothing else set. */
const env = (settings: Record<string, string>) => ({
  ...NOTHING_SET,
  HUB_TODAY: TODAY,
  HUB_STRICT_FRESHNESS: "",
  HUB_STALE_AFTER_DAYS: "",
  ...settings,
});

/**
 * The run's shared build of the good data, copied once into a folder of this file's own: what each
 * published folder starts as. The mistakes are built one after another over one published folder,
 * that copy again, file by file as hard links (a copy of its own for each mistake made the site's
 * hundred folders 35 times over: docs/testing.md, "Issue 9, session 24"). A refused build must
 * leave each name the same file, unwritten (`fileIdentities`: no file is read, where hashing the
 * site cost more than the refused build), which is checked after each mistake, before the next one
 * is built; and once every case is done, the files they all linked must still hold the bytes they
 * held at the start. Together: every mistake left the good site, byte for byte. The run's shared
 * site is never linked, so no other test file could see a change.
 */
let goodSite: string;
let goodHashes: Map<string, string>;
let goodFiles: Map<string, string>;
/** The published folder every mistake is built over, one after another: `site` inside `published`. */
let published: { published: string; site: string };
const copies: DataCopy[] = [];

beforeAll(async () => {
  goodSite = path.join(await runFolder("good-"), "site");
  await cp((await sharedSite("default")).dir, goodSite, { recursive: true });
  goodHashes = hashFolder(goodSite);
  goodFiles = fileIdentities(goodSite);
  published = await publishedSite("published-");
});

afterAll(async () => {
  for (const copy of copies) await copy.remove();
  // Not a byte of the files every case linked has changed (see above).
  if (goodSite) expect(hashFolder(goodSite)).toEqual(goodHashes);
});

/** A copy of `_data/` to break, built as after a maintainer's last good build: the files left unbroken come from the cache. */
async function brokenData(): Promise<DataCopy> {
  const data = await copyDataWarm(TEST_CACHE_DIR);
  copies.push(data);
  return data;
}

/** A published folder holding the good site, in a new folder of its own: `site` inside `published`. */
async function publishedSite(prefix: string): Promise<{ published: string; site: string }> {
  const published = await runFolder(prefix);
  const site = path.join(published, "site");
  linkTree(goodSite, site);
  return { published, site };
}

/** `to` as a copy of `from`, each file a hard link to the original, linked one after another (see tests/helpers/hash-folder.ts). */
function linkTree(from: string, to: string): void {
  const entries = readdirSync(from, { recursive: true, withFileTypes: true });
  const name = (e: (typeof entries)[number]) => path.relative(from, path.join(e.parentPath, e.name));
  mkdirSync(to, { recursive: true });
  for (const folder of entries.filter((e) => e.isDirectory()))
    mkdirSync(path.join(to, name(folder)), { recursive: true });
  for (const file of entries.filter((e) => e.isFile()))
    linkSync(path.join(from, name(file)), path.join(to, name(file)));
}

describe("npm run build refuses bad data and keeps the published site", () => {
  it.each(MISTAKES)("when $name", async (mistake) => {
    const data = await brokenData();
    const { site } = published;
    await mistake.apply(data);

    const outcome = await buildFromEnvironment(env({ HUB_DATA_DIR: data.dir, HUB_OUTPUT_DIR: site, ...mistake.env }));

    expect(outcome.ok).toBe(false);
    for (const text of mistake.says) expect(outcome.report).toContain(text.replaceAll("@/", `${data.dir}/`));
    expect(outcome.report).toMatch(/\nThe site in .+\/site\/ was left as it was\.$/);
    expectNoNoise(outcome.report);
    expect(fileIdentities(site)).toEqual(goodFiles);
    // No half-built staging folder is left beside the site either.
    expect(await readdir(published.published)).toEqual(["site"]);
  });

  it("lists every mistake in the data in one run, each with its file, and exits with 1", async () => {
    const data = await brokenData();
    await replaceIn(
      "stories/blanchard-smart.ts",
      '"sexual-assault", "child-safety"',
      '"sexual-asault", "child-safety"',
    )(data);
    await replaceIn("stories/blanchard-smart.ts", /\n {2}title: .*\n/, "\n")(data);
    await replaceIn("resources/rainn.ts", '"+18006564673"', '"+1800656467"')(data);
    await replaceIn("resources/crisis-text-line.ts", 'checked: "2026-11-29"', 'checked: "2025-02-30"')(data);

    const neverWritten = path.join(await runFolder("never-written-"), "site");
    const run = await runScript("build.ts", [], { env: env({ HUB_DATA_DIR: data.dir, HUB_OUTPUT_DIR: neverWritten }) });

    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("The data has 4 problems; nothing was published:");
    expect(run.stderr).toContain(`${data.dir}/stories/blanchard-smart.ts: title is missing`);
    expect(run.stderr).toContain(`${data.dir}/stories/blanchard-smart.ts: causes[2] = "sexual-asault"`);
    expect(run.stderr).toContain(`${data.dir}/resources/rainn.ts: channels[0].number = "+1800656467"`);
    expect(run.stderr).toContain(`${data.dir}/resources/crisis-text-line.ts: checked = "2025-02-30"`);
    expect(run.stderr).toContain(`The site in ${neverWritten}/ was left as it was.`);
    expectNoNoise(run.stderr);
    expect(await readdir(path.dirname(neverWritten))).toEqual([]);
  });
});

describe("npm run build after a build that did not finish", () => {
  const settings = (site: string) => env({ HUB_DATA_DIR: "_data", HUB_OUTPUT_DIR: site });

  it("puts the published site back when a crash between the two renames left none, even if the data is then refused", async () => {
    const published = await runFolder("crashed-");
    const site = path.join(published, "site");
    const dead = await endedPid();
    // The state a build killed mid-swap leaves: the old site set aside, the new one never renamed.
    linkTree(goodSite, `${site}.previous-${dead}`);
    await mkdir(`${site}.staging-${dead}`);
    await writeFile(path.join(`${site}.staging-${dead}`, "index.html"), "half built");
    const data = await brokenData();
    await replaceIn(
      "stories/blanchard-smart.ts",
      '"sexual-assault", "child-safety"',
      '"sexual-asault", "child-safety"',
    )(data);

    // In this process, as the data is refused before Eleventy starts; that npm run build prints
    // what was recovered is shown by the next test.
    const outcome = await buildFromEnvironment({ ...settings(site), HUB_DATA_DIR: data.dir });

    expect(outcome.ok).toBe(false);
    expect(outcome.recovered).toContain(
      "An earlier build stopped while swapping in the new site; put the last published site back in",
    );
    expect(outcome.recovered).toContain(
      `Removed what earlier builds that did not finish left behind: ${site}.staging-${dead}.`,
    );
    expect(outcome.report).toContain('causes[2] = "sexual-asault" is not a cause');
    expect(await readdir(published)).toEqual(["site"]);
    expect(hashFolder(site)).toEqual(goodHashes);
  });

  it("removes what a build killed while writing left behind, and the next build publishes, strict and without a warning when the allowed age covers every check", async () => {
    const { published, site } = await publishedSite("killed-");
    // A new file, not a write into a linked one, which would change the good site too.
    await rm(path.join(site, "index.html"));
    await writeFile(path.join(site, "index.html"), "the last published site");
    const before = hashFolder(site);

    // Killed as a CI timeout or a reboot kills it: no chance to clean up.
    const child = spawn("node_modules/.bin/tsx", ["scripts/build.ts"], {
      env: { ...process.env, ...settings(site) },
      stdio: "ignore",
    });
    const staging = await waitFor(async () =>
      (await readdir(published)).find((name) => /^site\.staging-\d+$/.test(name)),
    );
    process.kill(Number(staging.split("-").at(-1)), "SIGKILL");
    await new Promise((resolve) => child.on("close", resolve));
    expect((await readdir(published)).sort()).toEqual(["site", staging]);
    expect(hashFolder(site)).toEqual(before);

    // Strict, with an allowed age that covers every check: one build where there were two (the
    // warning that a build without --strict gives is checked by the stale translation's build in
    // tests/site/languages.test.ts, on the same data and day).
    const run = await runScript("build.ts", ["--strict", "--max-age-days", "1100"], { env: settings(site) });

    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      `Removed what earlier builds that did not finish left behind: ${path.join(published, staging)}.`,
    );
    expect(run.stdout).toMatch(/^Built \d+ files into /m);
    expect(run.stderr).toBe("");
    expect(await readdir(published)).toEqual(["site"]);
    expect(hashFolder(site)).toEqual(goodHashes);
  });
});

/** The number of a process that has ended: one this test started and waited for. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid as number;
}

/** Polls until `find` returns something; builds take seconds, so this waits up to a minute. */
async function waitFor<T>(find: () => Promise<T | undefined>): Promise<T> {
  for (let tries = 0; tries < 1200; tries++) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("waited a minute for a build to start writing");
}

/** No stack trace or tool internals on top of the maintainer's list, and no claim that anything was built. */
function expectNoNoise(report: string): void {
  expect(report).not.toMatch(/^\s+at\s/m);
  expect(report).not.toContain("node_modules");
  expect(report).not.toMatch(/Error:|Eleventy/);
  expect(report).not.toContain("Built");
}
