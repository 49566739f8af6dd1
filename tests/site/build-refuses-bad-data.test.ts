import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyData, type DataCopy, type RunResult, runScript } from "../helpers/data-copy.ts";

/*
 * Each mistake a maintainer could make at 11 pm, run through the real `npm run build`
 * (scripts/build.ts through tsx) against a copy of `_data/` with exactly that mistake, over an
 * output folder holding a good build. The build must fail, say which file and field, print no
 * stack trace, and leave every byte of the published site as it was.
 */
const TODAY = "2026-03-01";

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
    says: ['@/stories/blanchard-smart.ts: date = "2027-01-09" is in the future (today is 2026-03-01)'],
  },
  {
    name: "a resource is marked checked on a day still to come",
    apply: replaceIn("resources/crisis-text-line.ts", 'checked: "2025-07-17"', 'checked: "2026-12-01"'),
    says: ['@/resources/crisis-text-line.ts: checked = "2026-12-01" is in the future'],
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
    apply: replaceIn("site.ts", '"988-lifeline", "childhelp"', '"988-lifline", "childhelp"'),
    says: ['@/site.ts: helpNow[0] = "988-lifline" is not a resource; did you mean "988-lifeline"?'],
  },
  {
    name: "a channel has an unknown type",
    apply: replaceIn("resources/rainn.ts", 'type: "call"', 'type: "cal"'),
    says: [
      '@/resources/rainn.ts: channels[0].type = "cal" must be one of "call", "text", "tty" or "chat"; did you mean "call"?',
    ],
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
    apply: replaceIn("resources/rainn.ts", 'organisation: "RAINN",', 'organisation: "RAINN"'),
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
  {
    name: "strict freshness is asked for and resources are stale",
    apply: async () => {},
    env: { HUB_STRICT_FRESHNESS: "1" },
    says: [
      '@/resources/childhelp.ts: checked = "2024-01-09" was 782 days ago, more than 180; re-check every fact at https://www.childhelphotline.org/',
    ],
  },
];

let goodSite: string;
let goodHashes: Map<string, string>;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
  goodSite = await mkdtemp(path.join(tmpdir(), "hub-good-"));
  cleanup.push(() => rm(goodSite, { recursive: true, force: true }));
  const built = await runScript("build.ts", [], {
    HUB_DATA_DIR: "_data",
    HUB_OUTPUT_DIR: path.join(goodSite, "site"),
    HUB_TODAY: TODAY,
    HUB_STRICT_FRESHNESS: "",
    HUB_STALE_AFTER_DAYS: "",
  });
  expect(built.status, built.stderr).toBe(0);
  goodHashes = await hashFolder(path.join(goodSite, "site"));
});

afterAll(async () => {
  for (const clean of cleanup) await clean();
});

describe.concurrent("npm run build refuses bad data and keeps the published site", () => {
  it.each(MISTAKES)("when $name", async (mistake) => {
    const data = await copyData();
    const published = await mkdtemp(path.join(tmpdir(), "hub-published-"));
    cleanup.push(data.remove, () => rm(published, { recursive: true, force: true }));
    const site = path.join(published, "site");
    await cp(path.join(goodSite, "site"), site, { recursive: true });
    await mistake.apply(data);

    const run = await runScript("build.ts", [], {
      HUB_DATA_DIR: data.dir,
      HUB_OUTPUT_DIR: site,
      HUB_TODAY: TODAY,
      HUB_STRICT_FRESHNESS: "",
      HUB_STALE_AFTER_DAYS: "",
      ...mistake.env,
    });

    expect(run.status, run.stdout).not.toBe(0);
    for (const text of mistake.says) expect(run.stderr).toContain(text.replaceAll("@/", `${data.dir}/`));
    expectNoNoise(run);
    expect(await hashFolder(site)).toEqual(goodHashes);
    // No half-built staging folder is left beside the site either.
    expect(await readdir(published)).toEqual(["site"]);
  });

  it("lists every mistake in the data in one run, each with its file", async () => {
    const data = await copyData();
    cleanup.push(data.remove);
    await replaceIn(
      "stories/blanchard-smart.ts",
      '"sexual-assault", "child-safety"',
      '"sexual-asault", "child-safety"',
    )(data);
    await replaceIn("stories/blanchard-smart.ts", /\n {2}title: .*\n/, "\n")(data);
    await replaceIn("resources/rainn.ts", '"+18006564673"', '"+1800656467"')(data);
    await replaceIn("resources/crisis-text-line.ts", 'checked: "2025-07-17"', 'checked: "2025-02-30"')(data);

    const run = await runScript("build.ts", [], {
      HUB_DATA_DIR: data.dir,
      HUB_OUTPUT_DIR: path.join(tmpdir(), "hub-never-written"),
      HUB_TODAY: TODAY,
    });

    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("The data has 4 problems; nothing was published:");
    expect(run.stderr).toContain(`${data.dir}/stories/blanchard-smart.ts: title is missing`);
    expect(run.stderr).toContain(`${data.dir}/stories/blanchard-smart.ts: causes[2] = "sexual-asault"`);
    expect(run.stderr).toContain(`${data.dir}/resources/rainn.ts: channels[0].number = "+1800656467"`);
    expect(run.stderr).toContain(`${data.dir}/resources/crisis-text-line.ts: checked = "2025-02-30"`);
    expectNoNoise(run);
  });
});

describe("npm run build with good data", () => {
  it("publishes the site and warns about resources not checked for too long", async () => {
    const run = await runScript("build.ts", [], {
      HUB_DATA_DIR: "_data",
      HUB_OUTPUT_DIR: path.join(goodSite, "again"),
      HUB_TODAY: TODAY,
      HUB_STRICT_FRESHNESS: "",
      HUB_STALE_AFTER_DAYS: "",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Built \d+ files into /);
    expect(run.stderr).toContain("Warning: 12 resources were last checked more than 180 days ago: childhelp, rainn,");
    expect(await hashFolder(path.join(goodSite, "again"))).toEqual(goodHashes);
  });

  it("builds without a warning when the allowed age covers every check", async () => {
    const run = await runScript("build.ts", ["--strict", "--max-age-days", "1000"], {
      HUB_DATA_DIR: "_data",
      HUB_OUTPUT_DIR: path.join(goodSite, "strict"),
      HUB_TODAY: TODAY,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
  });
});

/** No stack trace or tool internals on top of the maintainer's list. */
function expectNoNoise(run: RunResult): void {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^\s+at\s/m);
  expect(output).not.toContain("node_modules");
  expect(output).not.toMatch(/Error:|Eleventy/);
  expect(run.stdout).not.toContain("Built");
}

/** Every file in a folder, by relative path, with a hash of its bytes. */
async function hashFolder(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(
      path.relative(dir, file),
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex"),
    );
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}
