import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { checkData, devHub, hubForPass, loadHub, prepareHub } from "../../src/build/load-hub.ts";

const options = { dataDir: "_data", today: "2026-12-01" };

describe("loading the hub", () => {
  it("prepares the data once for all the passes of a build, giving each its share of story pages", async () => {
    const hub = prepareHub(await checkData(options), "/");
    const first = hubForPass(hub, { index: 0, count: 2 });
    const second = hubForPass(hub, { index: 1, count: 2 });
    expect(second.stories).toBe(first.stories);
    // Both languages' story pages are shared out between the passes.
    expect(first.pages.stories.map((s) => s.url)).toEqual([
      ...first.stories.map((s) => s.url),
      ...first.stories.map((s) => `/es${s.url}`),
    ]);
    expect([...first.batch.stories, ...second.batch.stories]).toEqual(first.pages.stories);
    expect(first.batch.stories).toHaveLength(Math.ceil(first.pages.stories.length / 2));
  });

  it("reads the data afresh for every build in one pass, as the dev server needs", async () => {
    const before = await loadHub(options);
    const after = await loadHub(options);
    expect(after.stories).not.toBe(before.stories);
    expect(after.batch.stories).toEqual(after.pages.stories);
  });

  it("carries the Content-Security-Policy every page puts in its head", async () => {
    const hub = await loadHub(options);
    expect(hub.contentSecurityPolicy).toMatch(/^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
  });
});

describe("devHub", () => {
  it("renders every page on the first rebuild, then only the story and list pages a saved edit changed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-dev-hub-"));
    try {
      const data = generateData({ stories: 60 });
      await writeDataFolder(dir, data);
      const hub = devHub({ dataDir: dir, today: GENERATED_TODAY });
      const first = await hub();
      expect(first.batch.stories.map((s) => s.url)).toEqual(first.pages.stories.map((s) => s.url));
      expect((await hub()).batch).toEqual({ stories: [], storyLists: [] });

      const story = data.stories.reduce((a, b) => (a.date > b.date ? a : b));
      const file = path.join(dir, "stories", `${story.id}.ts`);
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace(JSON.stringify(story.title), JSON.stringify(`${story.title}, edited`)));
      const edited = await hub();
      expect(edited.batch.stories.map((s) => s.url)).toContain(`/stories/${story.slug}/`);
      // Of 120 story pages (60 in each language): the story in both, and those that name it as related.
      expect(edited.batch.stories.length).toBeLessThan(20);
      expect(edited.batch.storyLists.length).toBeGreaterThan(0);
      expect(edited.batch.storyLists.every((list) => JSON.stringify(list).includes(", edited"))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
