import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateDataFile } from "../../src/data/evaluate-data-file.ts";
import { evaluateLiteralRecordFiles } from "../../src/data/evaluate-literal-record-files.ts";

const DEFINE = fileURLToPath(new URL("../../src/define.ts", import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "hub-evaluate-together-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A cause file importing the typed helpers by an absolute path, or by `from` when given. */
async function causeFile(name: string, body: string, from = JSON.stringify(DEFINE)): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `import { defineCause } from ${from};\n\n${body}`);
  return file;
}

const cause = (id: string) => `export default defineCause({ id: "${id}", name: "Cause ${id}" });\n`;

describe("evaluating literal record files together", () => {
  it("gives each file what it gives when run alone", async () => {
    const files = await Promise.all(["a", "b", "c"].map((id) => causeFile(`same-${id}.ts`, cause(id))));
    const alone = await Promise.all(files.map(evaluateDataFile));
    const together = await evaluateLiteralRecordFiles(files);
    expect(together.map((exports) => exports?.default)).toEqual(alone.map((exports) => exports.default));
    expect(together[0]?.default).toEqual({ id: "a", name: "Cause a" });
  });

  it("finds the typed helpers by the relative path a file names", async () => {
    const relative = JSON.stringify(path.relative(path.join(dir, "nested"), DEFINE));
    const files = [
      await causeFile("nested/one.ts", cause("one"), relative),
      await causeFile("nested/two.ts", cause("two"), relative),
    ];
    expect((await evaluateLiteralRecordFiles(files)).map((exports) => exports?.default)).toEqual([
      { id: "one", name: "Cause one" },
      { id: "two", name: "Cause two" },
    ]);
  });

  it("leaves to be run alone a file that is not plain, declares a constant, is gone or throws, and runs the others", async () => {
    const files = [
      await causeFile("first.ts", cause("first")),
      await causeFile("reads-env.ts", 'export default defineCause({ id: process.env.HOME ?? "", name: "N" });\n'),
      // In a bundle `const` becomes `var`: this would read `undefined` instead of failing.
      await causeFile("too-early.ts", 'export default defineCause({ id, name: "N" });\nconst id = "x";\n'),
      path.join(dir, "deleted.ts"),
      await causeFile("throws.ts", 'export default defineCause({ id: "t", name: true() });\n'),
      await causeFile("last.ts", cause("last")),
    ];
    const together = await evaluateLiteralRecordFiles(files);
    expect(together.map((exports) => exports?.default)).toEqual([
      { id: "first", name: "Cause first" },
      undefined,
      undefined,
      undefined,
      undefined,
      { id: "last", name: "Cause last" },
    ]);
    // Alone, each file that fails says where.
    for (const [file, line] of [
      [files[2], 3],
      [files[4], 3],
    ] as const) {
      const error = await evaluateDataFile(file as string).catch((e: unknown) => e);
      expect((error as Error).stack).toContain(`${file}:${line}:`);
    }
  });

  it("runs none together when esbuild reports anything, so each file's error or warning is told alone", async () => {
    const good = await causeFile("fine.ts", cause("fine"));
    const twice = await causeFile("twice.ts", 'export default defineCause({ id: "a", id: "b", name: "N" });\n');
    const broken = await causeFile("broken.ts", 'export default defineCause({ id: "a" name: "N" });\n');
    expect(await evaluateLiteralRecordFiles([good, twice, await causeFile("fine-2.ts", cause("f2"))])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(await evaluateLiteralRecordFiles([good, broken])).toEqual([undefined, undefined]);
  });

  it("leaves a helpers import that is neither relative nor absolute to the files run alone", async () => {
    const files = [
      await causeFile("bare-1.ts", cause("b1"), '"src/define.ts"'),
      await causeFile("bare-2.ts", cause("b2"), '"src/define.ts"'),
    ];
    expect(await evaluateLiteralRecordFiles(files)).toEqual([undefined, undefined]);
    await expect(evaluateDataFile(files[0] as string)).rejects.toThrow(/Cannot find module 'src\/define.ts'/);
  });
});
