import type { Message } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { DataFileCompileError } from "../../src/data/evaluate-data-file.ts";
import { importProblems, loadData } from "../../src/data/load.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { copyData, type DataCopy } from "../helpers/data-copy.ts";

let data: DataCopy | undefined;
afterEach(async () => {
  await data?.remove();
  data = undefined;
});

describe("loadData", () => {
  it("reads every seed file, one record per file", async () => {
    const { raw, problems } = await loadData("_data");
    expect(problems).toEqual([]);
    expect(raw.site?.file).toBe("_data/site.ts");
    expect(raw.resources.map((r) => r.file)).toContain("_data/resources/childhelp.ts");
    expect(raw.stories.length).toBeGreaterThan(0);
  });

  it("runs a file that imports a local file and a package and reads a file beside it with __dirname", async () => {
    data = await copyData();
    await data.write("names.ts", 'export const reentry: string = "Life after prison";\n');
    await data.write("summary.txt", "Read from a file.");
    await data.edit("causes/reentry.ts", (text) =>
      text
        .replace(
          "export default",
          'import { readFileSync } from "node:fs";\nimport path from "node:path";\nimport { DateTime } from "luxon";\nimport { reentry } from "../names.ts";\n\nexport default',
        )
        .replace('  name: "Life after prison",', "  name: reentry,")
        .replace('alsoKnownAs: ["Reentry"]', 'alsoKnownAs: [DateTime.fromISO("2026-03-12").toFormat("yyyy")]')
        .replace(
          / {2}summary: "[^"]*",/,
          '  summary: readFileSync(path.join(__dirname, "..", "summary.txt"), "utf8"),',
        ),
    );
    const { raw, problems } = await loadData(data.dir);
    expect(problems).toEqual([]);
    expect(raw.causes.find((c) => c.file.endsWith("reentry.ts"))?.value).toMatchObject({
      name: "Life after prison",
      alsoKnownAs: ["2026"],
      summary: "Read from a file.",
    });
  });

  it("names the file, line and column of a syntax error, with the likely cause", async () => {
    data = await copyData();
    await data.edit("resources/rainn.ts", (text) => text.replace('organization: "RAINN",', 'organization: "RAINN"'));
    const { raw, problems } = await loadData(data.dir);
    expect(problems.map(formatProblem)).toEqual([
      `${data.file("resources/rainn.ts")}: line 7, column 3 is not valid TypeScript: Expected "}" but found "crisisLine"; is a comma missing at the end of the line before?`,
    ]);
    expect(raw.unreadable?.resources).toEqual(["rainn"]);
  });

  it("says when a bracket is never closed", async () => {
    data = await copyData();
    await data.edit("causes/reentry.ts", (text) => text.replace(/\}\);\s*$/, "}\n"));
    const { problems } = await loadData(data.dir);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /reentry\.ts: line \d+, column \d+ is not valid TypeScript: .*a bracket opened in this file is never closed$/,
      ),
    ]);
  });

  it("names the line of an error thrown while a file runs", async () => {
    data = await copyData();
    await data.edit("stories/blanchard-smart.ts", (text) => text.replace("  title:", "  title: missingName,\n  x:"));
    const { problems } = await loadData(data.dir);
    expect(problems.map(formatProblem)).toEqual([
      `${data.file("stories/blanchard-smart.ts")}: line 6 stops the file from loading: missingName is not defined`,
    ]);
  });

  it("refuses a file that uses import.meta or top-level await, and says data files run as CommonJS", async () => {
    data = await copyData();
    await data.edit("causes/reentry.ts", (text) =>
      text.replace(
        "export default",
        'const here = import.meta.url;\nconst when = await Promise.resolve("now");\n\nexport default',
      ),
    );
    const { problems, raw } = await loadData(data.dir);
    expect(problems.map(formatProblem)).toEqual([
      `${data.file("causes/reentry.ts")}: line 4, column 14 uses await outside a function, which a data file cannot do (data files run as CommonJS); write the values in the file itself`,
    ]);
    expect(raw.unreadable?.causes).toEqual(["reentry"]);
    await data.edit("causes/reentry.ts", (text) => text.replace('await Promise.resolve("now")', '"now"'));
    expect((await loadData(data.dir)).problems.map(formatProblem)).toEqual([
      `${data.file("causes/reentry.ts")}: line 3, column 14 uses import.meta, which is empty in a data file (data files run as CommonJS); use __dirname for this file's folder`,
    ]);
  });

  it("refuses a file that gives a field twice, at the second one, counting columns as an editor does", async () => {
    data = await copyData();
    await data.edit("causes/reentry.ts", (text) =>
      text.replace('  name: "Life after prison",', '  name: "Life after prison — Łódź", name: "Reentry",'),
    );
    const { problems } = await loadData(data.dir);
    expect(problems.map(formatProblem)).toEqual([
      `${data.file("causes/reentry.ts")}: line 5, column 37 gives a field twice: Duplicate key "name" in object literal; keep one of them`,
    ]);
  });

  it("reports a file with no default export and a file that is not TypeScript", async () => {
    data = await copyData();
    await data.edit("causes/reentry.ts", (text) => text.replace("export default ", ""));
    await data.write("stories/notes.md", "A note left in the folder.");
    const { problems } = await loadData(data.dir);
    expect(problems.map(formatProblem)).toEqual([
      `${data.file("causes/reentry.ts")} has no default export; the record must be \`export default define...({ ... })\``,
      `${data.file("stories/notes.md")} is not read: each record is one .ts file directly in this folder`,
    ]);
  });

  it("reports a missing folder instead of crashing", async () => {
    const { problems } = await loadData("no-such-data");
    expect(problems.map(formatProblem)).toContain(
      "no-such-data/stories is missing; create the folder with one .ts file per record",
    );
  });
});

/** A message as esbuild gives it: the column in bytes, counted from 0. */
function esbuildMessage(line: number, column: number, text: string, id = ""): Message {
  return {
    id,
    pluginName: "",
    text,
    location: { file: "/x/a.ts", namespace: "file", line, column, length: 1, lineText: "x".repeat(80), suggestion: "" },
    notes: [],
    detail: undefined,
  };
}

describe("importProblems", () => {
  it("places a syntax error where esbuild found it, counting columns from 1 as editors do", () => {
    const error = new DataFileCompileError("/x/a.ts", "error", [
      esbuildMessage(28, 2, 'Expected "}" but found "extra"'),
    ]);
    expect(importProblems("_data/a.ts", error)).toEqual([
      {
        file: "_data/a.ts",
        field: "line 28, column 3",
        message:
          'is not valid TypeScript: Expected "}" but found "extra"; is a comma missing at the end of the line before?',
      },
    ]);
  });

  it("names an unclosed string", () => {
    const error = new DataFileCompileError("/x/a.ts", "error", [esbuildMessage(30, 0, "Unterminated string literal")]);
    expect(importProblems("_data/a.ts", error)).toEqual([
      {
        file: "_data/a.ts",
        field: "line 30, column 1",
        message: "is not valid TypeScript: Unterminated string literal; a text value is missing its closing quote",
      },
    ]);
  });

  it("reports every warning in a file, each at its place, in esbuild's words when there is no better", () => {
    const error = new DataFileCompileError("/x/a.ts", "warning", [
      esbuildMessage(3, 4, 'The "typeof" operator will never evaluate to "strin"', "impossible-typeof"),
      esbuildMessage(9, 0, 'Duplicate key "id" in object literal', "duplicate-object-key"),
    ]);
    expect(importProblems("_data/a.ts", error).map(formatProblem)).toEqual([
      '_data/a.ts: line 3, column 5 is refused: The "typeof" operator will never evaluate to "strin"',
      '_data/a.ts: line 9, column 1 gives a field twice: Duplicate key "id" in object literal; keep one of them',
    ]);
  });
});
