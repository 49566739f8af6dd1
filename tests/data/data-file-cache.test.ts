import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isPlainRecordFile, packFile } from "../../src/data/data-file-cache.ts";
import { loadData } from "../../src/data/load.ts";
import { copyData, type DataCopy } from "../helpers/data-copy.ts";

const HELPERS = new Set(["defineStory", "defineSite", "fillIn"]);
const record = (body: string, head = 'import { defineStory } from "../../src/define.ts";\n\n') =>
  `${head}export default defineStory(${body});\n`;

describe("isPlainRecordFile", () => {
  it("accepts a record made of text, numbers, lists and groups, with comments and any words in its strings", () => {
    const text = record(`{
  // A comment may say process.env or Date.now() freely.
  id: "a", title: 'It says "process" and Date.now()', count: 1.5e3, ok: true, none: null,
  summary: \`Two lines,
with a backtick-free template.\`, causes: ["x", "y"], source: { url: "https://a.example/b?c=d" },
})`);
    expect(isPlainRecordFile(text, HELPERS)).toBe(true);
  });

  it("accepts constants the file declares itself and spreads", () => {
    const text = record(
      '{ ...base, id: "b", causes }',
      'import { defineStory } from "../../src/define.ts";\nconst base = { title: "T" };\nconst causes = ["c"];\n',
    );
    expect(isPlainRecordFile(text, HELPERS)).toBe(true);
  });

  it.each([
    ["reads the environment", "{ id: process.env.ID }"],
    ["reads the clock", "{ id: String(Date.now()) }"],
    ["reads a global through a property", '{ id: "x".constructor.name }'],
    ["reaches a member by a computed name", '{ id: ""["constructor"] }'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a data file whose template fills in a value
    ["fills a template with a value", "{ id: `a-${1 + 1}` }"],
    ["uses a regular expression", '{ id: "a".replace(/a/, "b") }'],
    ["chooses with a condition", '{ id: true ? "a" : "b" }'],
    ["calls require", '{ id: require("node:os").hostname() }'],
    ["imports a module at run time", '{ id: import("node:os") }'],
  ])("refuses a file that %s", (_, body) => {
    expect(isPlainRecordFile(record(body), HELPERS)).toBe(false);
  });

  it("refuses a file that imports anything but the typed helpers", () => {
    const head = 'import { defineStory } from "../../src/define.ts";\nimport { name } from "../names.ts";\n';
    expect(isPlainRecordFile(record("{ id: name }", head), HELPERS)).toBe(false);
    const other = 'import { readFileSync } from "node:fs";\n';
    expect(isPlainRecordFile(record('{ id: "a" }', other), HELPERS)).toBe(false);
  });
});

describe("loadData with a cache", () => {
  let data: DataCopy;
  let cacheDir: string;
  beforeEach(async () => {
    data = await copyData();
    cacheDir = await mkdtemp(path.join(tmpdir(), "hub-cache-test-"));
  });
  afterEach(async () => {
    await data.remove();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("reads the same records as without it, and runs no unchanged file a second time", async () => {
    const plain = await loadData(data.dir);
    const first = await loadData(data.dir, { cacheDir });
    const second = await loadData(data.dir, { cacheDir });
    expect(first).toEqual(plain);
    expect(plain.ran.length).toBeGreaterThan(10);
    expect({ ...second, ran: plain.ran }).toEqual(plain);
    expect(second.ran).toEqual([]);
    expect(await readdir(path.join(cacheDir, "data-files"))).toHaveLength(1);
  });

  it("runs a changed file again and shows what it now says", async () => {
    await loadData(data.dir, { cacheDir });
    await data.edit("causes/reentry.ts", (text) => text.replace('name: "Life after prison"', 'name: "After prison"'));
    const { raw, ran } = await loadData(data.dir, { cacheDir });
    expect(ran).toEqual([data.file("causes/reentry.ts")]);
    expect(raw.causes.find((c) => c.file.endsWith("reentry.ts"))?.value).toMatchObject({ name: "After prison" });
  });

  it("reports a file that fails, or still has blanks to fill in, on every load", async () => {
    await data.edit("causes/reentry.ts", (text) =>
      text.replace('name: "Life after prison"', 'name: "Life after prison",,'),
    );
    await data.edit("causes/mental-health.ts", (text) =>
      text
        .replace("import { defineCause }", "import { defineCause, fillIn }")
        .replace(/ {2}summary: "[^"]*",/, '  summary: fillIn("a sentence on what the topic covers"),'),
    );
    const first = await loadData(data.dir, { cacheDir });
    const second = await loadData(data.dir, { cacheDir });
    expect(second.problems).toEqual(first.problems);
    expect(second.problems.map((p) => p.file)).toContain(data.file("causes/reentry.ts"));
    expect(second.ran.sort()).toEqual([data.file("causes/mental-health.ts"), data.file("causes/reentry.ts")]);
  });

  it("runs every file when the cache holds something it cannot read, and then reads it again", async () => {
    const pack = packFile(cacheDir, data.dir);
    await mkdir(path.dirname(pack), { recursive: true });
    await writeFile(pack, "half a pack, as a crash might leave it");
    const { problems, ran } = await loadData(data.dir, { cacheDir });
    expect(problems).toEqual([]);
    expect(ran.length).toBeGreaterThan(10);
    expect((await loadData(data.dir, { cacheDir })).ran).toEqual([]);
  });
});
