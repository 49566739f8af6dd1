import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataFileCompileError, evaluateDataFile } from "../../src/data/evaluate-data-file.ts";

const DEFINE = JSON.stringify(fileURLToPath(new URL("../../src/define.ts", import.meta.url)));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "hub-evaluate-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function dataFile(name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `import { defineCause } from ${DEFINE};\n\n${body}`);
  return file;
}

describe("evaluating a data file", () => {
  it("returns the record the file exports by default, types stripped", async () => {
    const file = await dataFile(
      "ok.ts",
      'const name: string = "Mental health";\n\nexport default defineCause({ id: "mental-health", name });\n',
    );
    expect((await evaluateDataFile(file)).default).toEqual({ id: "mental-health", name: "Mental health" });
  });

  it("sees every edit, so the dev server shows a changed file", async () => {
    const file = await dataFile("edited.ts", 'export default defineCause({ id: "a", name: "Before" });\n');
    expect((await evaluateDataFile(file)).default).toMatchObject({ name: "Before" });
    await dataFile("edited.ts", 'export default defineCause({ id: "a", name: "After" });\n');
    expect((await evaluateDataFile(file)).default).toMatchObject({ name: "After" });
  });

  it("reports a syntax error at the file's own line and column, counted from 1 in characters", async () => {
    const file = await dataFile("syntax.ts", 'export default defineCause({\n  id: "a",\n  name: "Łódź" "B",\n});\n');
    const error = await evaluateDataFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileCompileError);
    expect(error).toMatchObject({
      severity: "error",
      messages: [{ line: 5, column: 16, text: 'Expected "}" but found "\\"B\\""' }],
    });
    expect((error as Error).message).toBe(`${file}:5:16: ERROR: Expected "}" but found "\\"B\\""`);
  });

  it("does not run a file esbuild warns about", async () => {
    const file = await dataFile(
      "warned.ts",
      'globalThis.hubRanWarnedFile = true;\nexport default defineCause({ id: "a", name: import.meta.url });\n',
    );
    const error = await evaluateDataFile(file).catch((e: unknown) => e);
    expect(error).toMatchObject({ severity: "warning", messages: [{ id: "empty-import-meta", line: 4, column: 45 }] });
    expect("hubRanWarnedFile" in globalThis).toBe(false);
  });

  it("points an error thrown while the file runs at the file's own line", async () => {
    const file = await dataFile(
      "typo.ts",
      'const id = "a";\n\nexport default defineCause({\n  id,\n  name: nmae,\n});\n',
    );
    const error = await evaluateDataFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReferenceError);
    expect((error as Error).stack).toContain(`${file}:7:`);
  });

  it("has nothing by default when the file exports nothing", async () => {
    const file = await dataFile("empty.ts", "defineCause;\n");
    expect((await evaluateDataFile(file)).default).toBeUndefined();
  });
});
