import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateDataFiles } from "../../src/data/data-file-pool.ts";
import { findFillIns } from "../../src/model/fill-in.ts";
import { NEVER_FINISHES } from "../helpers/data-copy.ts";

const DEFINE = JSON.stringify(fileURLToPath(new URL("../../src/define.ts", import.meta.url)));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "hub-pool-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function dataFile(name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `import { defineCause, fillIn } from ${DEFINE};\n\n${body}`);
  return file;
}

const good = (id: string) =>
  dataFile(`${id}.ts`, `export default defineCause({ id: "${id}", name: "Cause ${id}" });\n`);

/** What the pool says about each file, as a maintainer would read it. */
function said(outcome: Awaited<ReturnType<typeof evaluateDataFiles>>[number]): unknown {
  if ("exports" in outcome) return outcome.exports.default;
  if ("error" in outcome) return `error: ${(outcome.error as Error).message}`;
  if ("problem" in outcome) return `problem: ${outcome.problem}`;
  return "missing";
}

describe("the data file pool", () => {
  it("returns every file's record in the order asked, across many batches", async () => {
    const files = await Promise.all(Array.from({ length: 1_100 }, (_, i) => good(`c${i}`)));
    const outcomes = await evaluateDataFiles(files, { timeLimitMs: 10_000 });
    expect(outcomes.map(said)).toEqual(files.map((_, i) => ({ id: `c${i}`, name: `Cause c${i}` })));
  });

  it("keeps the fillIn() blanks a new file still holds", async () => {
    const file = await dataFile("blank.ts", 'export default defineCause({ id: "a", name: fillIn("its name") });\n');
    // Alone, and in a batch, whose literal record files are run as one bundle.
    for (const files of [[file], [file, await good("beside")]]) {
      const [outcome] = await evaluateDataFiles(files, { timeLimitMs: 10_000 });
      const record = outcome && "exports" in outcome ? outcome.exports.default : undefined;
      expect(findFillIns(record)).toEqual([{ path: ["name"], hint: "its name" }]);
    }
  });

  it("stops a file that never finishes at the time limit, and still reads the files around it", async () => {
    const files = [await good("before"), await dataFile("stuck.ts", NEVER_FINISHES), await good("after")];
    const started = performance.now();
    // The shortest limit a maintainer can set (HUB_DATA_TIME_LIMIT is whole seconds), reached twice.
    const outcomes = await evaluateDataFiles(files, { timeLimitMs: 1_000 });
    expect(outcomes.map(said)).toEqual([
      { id: "before", name: "Cause before" },
      "problem: did not finish loading within 1 s; look for a loop that never ends (a while or for loop whose condition stays true)",
      { id: "after", name: "Cause after" },
    ]);
    // Once together (the batch), once alone: never stuck for good.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("stops a file read on its own at the time limit once, not twice", async () => {
    // A worker ready beforehand, as in a build's later loads, so only the file's own time is measured.
    await evaluateDataFiles([await good("warm")], { timeLimitMs: 10_000 });
    const loop = await dataFile("loop-alone.ts", "while (true) {}\n");
    const started = performance.now();
    const outcomes = await evaluateDataFiles([loop], { timeLimitMs: 1_000 });
    expect(outcomes.map(said)).toEqual([
      "problem: did not finish loading within 1 s; look for a loop that never ends (a while or for loop whose condition stays true)",
    ]);
    // Run as a batch first and then alone, it took the limit twice and a new worker's start.
    expect(performance.now() - started).toBeLessThan(1_900);
  });

  it("turns process.exit() and process.kill() into an error at the file's own line", async () => {
    const exit = await dataFile("exit.ts", "process.exit(0);\nexport default {};\n");
    const kill = await dataFile("kill.ts", "\nprocess.kill(process.pid);\n");
    const outcomes = await evaluateDataFiles([exit, kill], { timeLimitMs: 10_000 });
    expect(outcomes.map(said)).toEqual([
      "error: process.exit() would stop the build; a data file must only export its record",
      "error: process.kill() would stop the build; a data file must only export its record",
    ]);
    const error = (outcomes[1] as { error: Error }).error;
    expect(error.stack).toContain(`${kill}:4:`);
  });

  it("refuses a file that leaves a timer behind, before the timer can throw", async () => {
    const timer = await dataFile(
      "timer.ts",
      'setTimeout(() => { throw new Error("late"); }, 20);\nexport default defineCause({ id: "t", name: "T" });\n',
    );
    const outcomes = await evaluateDataFiles([await good("ok"), timer], { timeLimitMs: 10_000 });
    expect(outcomes.map(said)).toEqual([
      { id: "ok", name: "Cause ok" },
      "problem: leaves a timer (setTimeout or setInterval) running after it is read; a data file must only export its record",
    ]);
    // The timer died with its worker: nothing is thrown later in this process.
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it("reports a promise the file lets fail, as that file's error", async () => {
    const file = await dataFile(
      "reject.ts",
      'Promise.reject(new Error("nobody caught this"));\nexport default defineCause({ id: "r", name: "R" });\n',
    );
    const outcomes = await evaluateDataFiles([await good("fine"), file], { timeLimitMs: 10_000 });
    expect(outcomes.map(said)).toEqual([{ id: "fine", name: "Cause fine" }, "error: nobody caught this"]);
  });

  it("refuses an export that is not data, naming where", async () => {
    const file = await dataFile("function.ts", 'export default defineCause({ id: "f", name: () => "F" });\n');
    const outcomes = await evaluateDataFiles([file], { timeLimitMs: 10_000 });
    expect(outcomes.map(said)).toEqual([
      "problem: exports something that is not data (a function or a symbol, in the record at name); a record holds only text, numbers, true/false, lists [ ] and groups { }",
    ]);
  });

  it("says nothing about a file deleted since its folder was listed", async () => {
    const outcomes = await evaluateDataFiles([path.join(dir, "gone.ts")], { timeLimitMs: 10_000 });
    expect(outcomes.map(said)).toEqual(["missing"]);
  });
});
