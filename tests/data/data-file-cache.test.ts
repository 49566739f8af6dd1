import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { packFile } from "../../src/data/data-file-cache.ts";
import { loadData } from "../../src/data/load.ts";
import { copyData, type DataCopy } from "../helpers/data-copy.ts";

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
