import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { runScript } from "../../scripts/lib/run.ts";
import { NOTHING_SET } from "../helpers/global-setup.ts";
import { hashFolder } from "../helpers/hash-folder.ts";
import { runFolder } from "../helpers/site.ts";

/*
 * `npm run build` twice on the same site, and in passes, through the real build script. Three
 * builds prove both: a build from nothing in one pass, then, after one story changed, a second
 * build of that site that reuses what it can, and a build from nothing of the changed data in
 * passes. The last two must publish the same bytes: everything the warm build published was
 * rendered in one pass (now or by the first build), everything the build in passes published was
 * rendered in passes, so a difference is a fault in either. (Each used to have a one-pass build of
 * its own to compare with: two builds of the hub more.)
 */

/**
 * Enough for eight passes of ten story pages and several search shards; more only costs CPU. Few
 * topics and helplines: most of a build of the generator's default 24 and 48 was their pages, which
 * neither the passes nor the reuse of story pages touch.
 */
const HUB = { stories: 30, causes: 4, resources: 8 };

/** The story the second build finds added. */
const ADDED = "a-story-added";

async function build(dataDir: string, outputDir: string, cacheDir: string, settings: Record<string, string> = {}) {
  const run = await runScript("build.ts", [], {
    env: {
      ...NOTHING_SET,
      HUB_DATA_DIR: dataDir,
      HUB_OUTPUT_DIR: outputDir,
      HUB_CACHE_DIR: cacheDir,
      HUB_TODAY: GENERATED_TODAY,
      // Small shards, so that the search index comes in several and most of them keep their records.
      HUB_SEARCH_SHARD_SIZE: "40",
      ...settings,
    },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

let story: ReturnType<typeof generateData>["stories"][number];
let warm: { dir: string; stdout: string };
let inPasses: { dir: string; stdout: string };

beforeAll(async () => {
  const folder = await runFolder("warm-");
  const at = (name: string) => path.join(folder, name);
  const generated = generateData(HUB);
  await writeDataFolder(at("data"), generated);
  await build(at("data"), at("site"), at("cache"));
  // The newest story: it has no related stories pointing at it from pages of stories older than it.
  story = generated.stories.reduce((a, b) => (a.date > b.date ? a : b));
  const file = path.join(at("data"), "stories", `${story.id}.ts`);
  const text = await readFile(file, "utf8");
  await writeFile(file, text.replace(JSON.stringify(story.title), JSON.stringify(`${story.title}, edited`)));
  // And a story added, a maintainer's most common change, dated today: newer than every other.
  await writeFile(
    path.join(at("data"), "stories", `${ADDED}.ts`),
    text
      .replace(JSON.stringify(story.id), JSON.stringify(ADDED))
      .replace(JSON.stringify(story.slug), JSON.stringify(ADDED))
      .replaceAll(JSON.stringify(story.date), JSON.stringify(GENERATED_TODAY)),
  );
  // Side by side: neither reads what the other writes.
  const [warmOut, passesOut] = await Promise.all([
    build(at("data"), at("site"), at("cache")),
    // 31 stories (one added) have 62 story pages in two languages: at 10 a pass, seven passes and the first for the other pages.
    build(at("data"), at("passes"), at("passes-cache"), { HUB_STORIES_PER_PASS: "10" }),
  ]);
  warm = { dir: at("site"), stdout: warmOut };
  inPasses = { dir: at("passes"), stdout: passesOut };
}, 180_000); // three builds of the hub: on a busy 2-core machine more than the default minute

describe("a second npm run build after one story changed and one was added", () => {
  it("renders and indexes again only what shows the two stories, and publishes exactly what a build from nothing publishes", async () => {
    // Most of the 60 story pages and of the pages of story lists are as they were.
    const reused = Number(/; (\d+) unchanged story and list pages taken from the last build/.exec(warm.stdout)?.[1]);
    const files = hashFolder(warm.dir);
    expect(reused).toBeGreaterThan(50);
    expect(reused).toBeLessThan(files.size);
    const [, shards, taken] = (/in (\d+) index shards, (\d+) taken from the last build/.exec(warm.stdout) ?? []).map(
      Number,
    );
    // The newest stories' records are the last of each language's (search-records.ts): only the last shard is new.
    expect(shards).toBeGreaterThan(1);
    expect(taken).toBe((shards as number) - 1);
    // The build from nothing is the one in passes (see above).
    expect(files).toEqual(hashFolder(inPasses.dir));
    expect(await readFile(path.join(warm.dir, "stories", story.slug, "index.html"), "utf8")).toContain(", edited");
    expect(files.has(`stories/${ADDED}/index.html`)).toBe(true);
  });
});

describe("npm run build in passes", () => {
  it("writes the same site, file for file, as a build in one pass", async () => {
    expect(inPasses.stdout).toMatch(/in 8 passes of up to 10 story pages \(/);
    const files = hashFolder(inPasses.dir);
    expect([...files.keys()].filter((f) => f.startsWith("stories/")).length).toBeGreaterThan(HUB.stories);
    // The warm build's pages were all rendered in one pass.
    expect(files).toEqual(hashFolder(warm.dir));
  });
});
