import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../../scripts/lib/run.ts";
import { buildFromEnvironment } from "../../src/build/build-site.ts";
import { newDataFile } from "../../src/data/new-data-file.ts";
import { copyData, type DataCopy } from "../helpers/data-copy.ts";

const TODAY = "2026-12-01";
const where = (data: DataCopy) => ({ dataDir: data.dir, defineFile: path.resolve("src/define.ts") });

const copies: DataCopy[] = [];
afterAll(async () => {
  for (const copy of copies) await copy.remove();
});

/*
 * `npm run new` itself runs twice, to show what the command prints and its exit status; the other
 * cases call the function it runs (src/data/new-data-file.ts), as each run of the command costs a
 * start of tsx and its imports.
 */
describe("npm run new", () => {
  it("writes a new story, refuses to overwrite it, and the build refuses it until filled", async () => {
    const data = await copyData();
    copies.push(data);
    const env = { HUB_DATA_DIR: data.dir, HUB_TODAY: TODAY };
    const first = await runScript("new.ts", ["story", "A calm headline"], { env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Wrote ${data.dir}/stories/a-calm-headline.ts.`);
    expect(first.stdout).toContain("Replace each fillIn(...) in it with the real value");
    const written = await data.read("stories/a-calm-headline.ts");

    await data.edit("stories/a-calm-headline.ts", (text) =>
      text.replace('"A calm headline"', '"A calm headline, edited"'),
    );
    const again = await newDataFile(["story", "A", "calm", "headline"], where(data));
    expect(again).toEqual({
      ok: false,
      message: `${data.dir}/stories/a-calm-headline.ts already exists; nothing was written. Edit it, or choose a different title.`,
    });
    expect(await data.read("stories/a-calm-headline.ts")).toBe(
      written.replace('"A calm headline"', '"A calm headline, edited"'),
    );

    // In this process, as the data is refused before Eleventy starts.
    const out = await mkdtemp(path.join(tmpdir(), "hub-new-"));
    const build = await buildFromEnvironment({ ...env, HUB_OUTPUT_DIR: path.join(out, "site") });
    await rm(out, { recursive: true, force: true });
    expect(build.ok).toBe(false);
    expect(build.report).toContain(
      `${data.dir}/stories/a-calm-headline.ts: date is not filled in yet: replace fillIn(...) with the day the news was published`,
    );
  });

  it("explains what it makes when the kind is misspelt or the title is missing, and writes nothing", async () => {
    const misspelt = await runScript("new.ts", ["stroy", "A headline"]);
    expect(misspelt.status).toBe(1);
    expect(misspelt.stdout).toBe("");
    expect(misspelt.stderr).toContain('"stroy" is not something npm run new makes; did you mean "story"?');
    expect(misspelt.stderr).toContain('Usage: npm run new -- story "Title"');
    const data = await copyData();
    copies.push(data);
    for (const args of [["cause"], ["cause", "  "]]) {
      const untitled = await newDataFile(args, where(data));
      expect(untitled.ok).toBe(false);
      expect(untitled.message).toContain("Give the cause's title in quotes.");
      expect(untitled.message).toContain('Usage: npm run new -- story "Title"');
    }
    expect(await newDataFile(["resorce", "RAINN"], where(data))).toMatchObject({
      ok: false,
      message: expect.stringContaining('did you mean "resource"?'),
    });
    expect(await readdir(path.join(data.dir, "causes"))).toEqual(await readdir("_data/causes"));
    expect(await readdir(path.join(data.dir, "resources"))).toEqual(await readdir("_data/resources"));
  });
});
