import { afterEach, describe, expect, it } from "vitest";
import { importProblem, loadData } from "../../src/data/load.ts";
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

  it("names the file, line and column of a syntax error, with the likely cause", async () => {
    data = await copyData();
    await data.edit("resources/rainn.ts", (text) => text.replace('organization: "RAINN",', 'organization: "RAINN"'));
    const { raw, problems } = await loadData(data.dir);
    // The tests load data through Vite, whose wording differs from tsx's; the place and the hint do not.
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^\S+\/resources\/rainn\.ts: line 7, column 3 is not valid TypeScript: .+; is a comma missing at the end of the line before\?$/,
      ),
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

describe("importProblem", () => {
  it("reads where a syntax error is from tsx's message, counting columns from 1 as editors do", () => {
    const error = new Error('Transform failed with 1 error:\n/x/a.ts:28:2: ERROR: Expected "}" but found "extra"');
    expect(importProblem("_data/a.ts", error)).toEqual({
      file: "_data/a.ts",
      field: "line 28, column 3",
      message:
        'is not valid TypeScript: Expected "}" but found "extra"; is a comma missing at the end of the line before?',
    });
  });

  it("names an unclosed string", () => {
    const error = new Error("Transform failed with 1 error:\n/x/a.ts:30:0: ERROR: Unterminated string literal");
    expect(importProblem("_data/a.ts", error)).toEqual({
      file: "_data/a.ts",
      field: "line 30, column 1",
      message: "is not valid TypeScript: Unterminated string literal; a text value is missing its closing quote",
    });
  });
});
