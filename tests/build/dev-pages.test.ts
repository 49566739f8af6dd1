import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { handToConfig } from "../../src/build/config-options.ts";
import { skippedByDevServer } from "../../src/build/dev-pages.ts";
import { REFUSED_DATA } from "../../src/build/dev-problems.ts";
import { type BuildHub, checkData, devHub, prepareHub } from "../../src/build/load-hub.ts";
import { readSettings } from "../../src/build/settings.ts";
import { NOTHING_SET } from "../helpers/global-setup.ts";
import { hashFolder } from "../helpers/hash-folder.ts";

describe("which templates npm start skips", () => {
  const page = (inputPath: string) => ({ inputPath });
  it("skips every template while the data is refused", () => {
    expect(skippedByDevServer({ hub: REFUSED_DATA, page: page("./content/stories/story.njk") })).toBe(true);
  });

  it("skips the pages that are not story pages only while what they show is unchanged", () => {
    const unchanged = { sitePagesUnchanged: true };
    expect(skippedByDevServer({ hub: unchanged, page: page("./content/topics/topic.njk") })).toBe(true);
    expect(skippedByDevServer({ hub: unchanged, page: page("./content/sitemap.njk") })).toBe(true);
    expect(skippedByDevServer({ hub: {}, page: page("./content/topics/topic.njk") })).toBe(false);
  });

  it("renders story pages, the feed, the open data and any template it does not know on every save", () => {
    const unchanged = { sitePagesUnchanged: true };
    for (const template of ["stories/story.njk", "stories/lists.njk", "feed.njk", "open-data/hub.njk", "new.njk"]) {
      expect(skippedByDevServer({ hub: unchanged, page: page(`./content/${template}`) })).toBe(false);
    }
  });
});

describe("npm start's pages after saves", () => {
  it("are byte for byte what a dev server started afresh on the same data writes, and a story edit leaves the other pages alone", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "hub-dev-pages-"));
    try {
      const [dataDir, cacheDir] = [path.join(folder, "data"), path.join(folder, "cache")];
      const generated = generateData({ stories: 150 });
      await writeDataFolder(dataDir, generated);
      const settings = {
        ...readSettings({ ...NOTHING_SET, HUB_DATA_DIR: dataDir, HUB_CACHE_DIR: cacheDir, HUB_TODAY: GENERATED_TODAY }),
        serving: true,
      };
      const render = async (outputDir: string, hub: () => Promise<BuildHub>) => {
        const eleventy = new Eleventy("content", outputDir, {
          configPath: "eleventy.config.ts",
          quietMode: true,
          config: handToConfig({ settings: { ...settings, outputDir }, pass: undefined, hub }),
        });
        await eleventy.write();
      };
      const fresh = async (name: string) => {
        const out = path.join(folder, name);
        await render(out, devHub(settings));
        return hashFolder(out);
      };
      const edit = async (file: string, from: string, to: string) => {
        const text = await readFile(path.join(dataDir, file), "utf8");
        expect(text).toContain(from);
        await writeFile(path.join(dataDir, file), text.replace(from, to));
      };
      const dev = devHub(settings);
      const served = path.join(folder, "served");
      await render(served, dev);

      // A story shown on no topic page and not on the home page: only its pages and lists change.
      const shown = new Set(
        prepareHub(await checkData(settings), "/").editions.flatMap((e) => [
          ...e.latestStories.map((s) => s.id),
          ...e.causes.flatMap((c) => c.latestStories.map((s) => s.id)),
        ]),
      );
      const story = generated.stories.find((s) => !shown.has(s.id));
      if (!story) throw new Error("every generated story is among the newest of a topic");
      const topics = path.join(served, "topics", "index.html");
      const before = (await stat(topics)).mtimeMs;
      await edit(`stories/${story.id}.ts`, JSON.stringify(story.title), JSON.stringify(`${story.title}, edited`));
      await render(served, dev);
      expect((await stat(topics)).mtimeMs).toBe(before);
      expect(await readFile(path.join(served, "stories", story.slug, "index.html"), "utf8")).toContain(", edited");
      expect(await hashFolder(served)).toEqual(await fresh("fresh-1"));

      // A resource renamed: its pages, the topics and every story page that shows it.
      const resource = generated.resources[0];
      if (!resource) throw new Error("the generated hub has no resource");
      await edit(
        `resources/${resource.id}.ts`,
        JSON.stringify(resource.name),
        JSON.stringify(`${resource.name}, renamed`),
      );
      await render(served, dev);
      // A story taken away: its pages go from the lists and the sitemap (the old files stay, as in any Eleventy run).
      const gone = generated.stories.find((s) => s.id !== story.id);
      if (!gone) throw new Error("the generated hub has one story");
      await rm(path.join(dataDir, "stories", `${gone.id}.ts`));
      await render(served, dev);
      const now = await hashFolder(served);
      for (const file of [...now.keys()]) if (file.startsWith(path.join("stories", gone.slug))) now.delete(file);
      for (const file of [...now.keys()]) if (file.startsWith(path.join("es", "stories", gone.slug))) now.delete(file);
      expect(now).toEqual(await fresh("fresh-2"));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 300_000); // eight runs of Eleventy on a busy 2-core machine
});
