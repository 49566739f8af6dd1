import { describe, expect, it } from "vitest";
import { isLiteralRecordFile, isPlainRecordFile } from "../../src/data/plain-record-file.ts";

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
    ["re-exports another file", '{ id: "a" });\nexport * from "../other.ts";\n(0'],
    ["re-exports a name from another file", '{ id: "a" });\nexport { defineStory } from "../other.ts";\n(0'],
  ])("refuses a file that %s", (_, body) => {
    expect(isPlainRecordFile(record(body), HELPERS)).toBe(false);
  });

  it("refuses a file that imports anything but the typed helpers", () => {
    const head = 'import { defineStory } from "../../src/define.ts";\nimport { name } from "../names.ts";\n';
    expect(isPlainRecordFile(record("{ id: name }", head), HELPERS)).toBe(false);
    const other = 'import { readFileSync } from "node:fs";\n';
    expect(isPlainRecordFile(record('{ id: "a" }', other), HELPERS)).toBe(false);
  });

  it("takes a field named `from`, as a translation has, for a field", () => {
    expect(isPlainRecordFile(record('{ id: "a", es: { title: { text: "T", from: "abcd1234" } } }'), HELPERS)).toBe(
      true,
    );
  });
});

describe("isLiteralRecordFile", () => {
  it("is a plain record file that declares no constant: its record written out whole", () => {
    expect(isLiteralRecordFile(record('{ id: "a", causes: ["x"] }'), HELPERS)).toBe(true);
    const head = 'import { defineStory } from "../../src/define.ts";\nconst causes = ["c"];\n';
    expect(isLiteralRecordFile(record('{ id: "b", causes }', head), HELPERS)).toBe(false);
    expect(isPlainRecordFile(record('{ id: "b", causes }', head), HELPERS)).toBe(true);
    expect(isLiteralRecordFile(record("{ id: process.env.ID }"), HELPERS)).toBe(false);
  });
});
