import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { WHOLE_BUILD } from "../../src/build/build-pass.ts";
import { checkData, devHub, hubForPass, loadHub, type PreparedHub, prepareHub } from "../../src/build/load-hub.ts";

const options = { dataDir: "_data", today: "2026-12-01" };

describe("loading the hub", () => {
  it("prepares the data once for all the passes of a build, giving each its share of story pages", async () => {
    const hub = prepareHub(await checkData(options), "/");
    const pass = (index: number) => hubForPass(hub, { index, count: 3 });
    const [first, second, third] = [pass(0), pass(1), pass(2)];
    expect(second.stories).toBe(first.stories);
    // Both languages' story pages are shared out between the passes after the first.
    expect(first.pages.stories.map((s) => s.url)).toEqual([
      ...first.stories.map((s) => s.url),
      ...first.stories.map((s) => `/es${s.url}`),
    ]);
    expect(first.batch.stories).toEqual([]);
    expect([...second.batch.stories, ...third.batch.stories]).toEqual(first.pages.stories);
    expect(second.batch.stories).toHaveLength(Math.ceil(first.pages.stories.length / 2));
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
  it("builds, after every kind of edit, the same hub a build from nothing makes, reading only the files saved and reusing what the edit did not reach", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-dev-hub-"));
    try {
      // Few topics and helplines: every check builds the whole view model cold, most of it their pages.
      const data = generateData({ stories: 60, causes: 4, resources: 8 });
      await writeDataFolder(dir, data);
      const options = { dataDir: dir, today: GENERATED_TODAY, serving: true, cacheDir: path.join(dir, ".cache") };
      const hub = devHub(options);
      // Everything the pages show, functions aside, and the report links those functions make.
      const shown = (h: PreparedHub) => ({
        json: JSON.stringify({ languages: h.languages, pages: h.pages, all: h.all }),
        reports: h.editions.flatMap((e) => e.stories.map((s) => s.help.report({ id: "x", name: "X" }))),
      });
      // The dev server's watcher names the files saved since the last load (src/build/dev-data-watch.ts).
      let saved = new Set<string>();
      const expectSameAsCold = async (changed: ReadonlySet<string> | "everything" = saved) => {
        const dev = (await hub(changed)).hub;
        saved = new Set();
        expect(shown(dev)).toEqual(shown(hubForPass(prepareHub(await checkData(options), "/"), WHOLE_BUILD)));
        return dev;
      };
      const edit = async (file: string, from: string, to: string) => {
        const text = await readFile(path.join(dir, file), "utf8");
        expect(text).toContain(from);
        await writeFile(path.join(dir, file), text.replace(from, to));
        saved.add(path.join(dir, file));
      };
      const before = await expectSameAsCold("everything");

      const [story, other] = [...data.stories].sort((a, b) => (a.date > b.date ? -1 : 1));
      if (!story || !other) throw new Error("the generated hub has too few stories");
      await edit(`stories/${story.id}.ts`, JSON.stringify(story.title), JSON.stringify(`${story.title}, edited`));
      const edited = await expectSameAsCold();
      // The story, and the few whose related stories name it, are views made again; the rest are kept.
      const kept = edited.stories.filter((s) => before.stories.includes(s));
      expect(kept.length).toBeGreaterThan(50);
      expect(kept.map((s) => s.id)).not.toContain(story.id);

      const resource = data.resources[0];
      if (!resource) throw new Error("the generated hub has no resource");
      await edit(
        `resources/${resource.id}.ts`,
        JSON.stringify(resource.name),
        JSON.stringify(`${resource.name}, renamed`),
      );
      // One of the lines of `helpNow`, which make the general lines a story shows when none of its
      // own answers around the clock: the views of the stories that do not show it are kept.
      expect(data.site.helpNow).toContain(resource.id);
      const renamed = await expectSameAsCold();
      const showsIt = (view: object) => JSON.stringify(view).includes(`/help/${resource.id}/`);
      const elsewhere = renamed.stories.filter((s) => !s.causes.some((id) => resource.causes.includes(id)));
      expect(elsewhere.filter((s) => !showsIt(s)).length).toBeGreaterThan(0);
      for (const view of elsewhere) expect(edited.stories.includes(view)).toBe(!showsIt(view));
      const cause = data.causes[0];
      if (!cause) throw new Error("the generated hub has no cause");
      await edit(`causes/${cause.id}.ts`, JSON.stringify(cause.name), JSON.stringify(`${cause.name}, renamed`));
      await expectSameAsCold();
      // A story moved in time changes the order of every list it is on, and its neighbours' related stories.
      const moved = path.join(dir, "stories", `${other.id}.ts`);
      await writeFile(moved, (await readFile(moved, "utf8")).replaceAll(JSON.stringify(other.date), '"2001-01-01"'));
      saved.add(moved);
      await expectSameAsCold();
      // A new story, then one taken away.
      const added = (await readFile(path.join(dir, "stories", `${story.id}.ts`), "utf8"))
        .replace(`"id": ${JSON.stringify(story.id)}`, `"id": "added-story"`)
        .replace(`"slug": ${JSON.stringify(story.slug)}`, `"slug": "added-story"`);
      await writeFile(path.join(dir, "stories", "added-story.ts"), added);
      saved.add(path.join(dir, "stories", "added-story.ts"));
      expect((await expectSameAsCold()).stories.map((s) => s.id)).toContain("added-story");
      await rm(path.join(dir, "stories", `${other.id}.ts`));
      saved.add(path.join(dir, "stories", `${other.id}.ts`));
      expect((await expectSameAsCold()).stories.map((s) => s.id)).not.toContain(other.id);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
