import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it, vi } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { handToConfig } from "../../src/build/config-options.ts";
import { skippedByDevServer, writesHubExport } from "../../src/build/dev-pages.ts";
import { REFUSED_DATA } from "../../src/build/dev-problems.ts";
import { type DevSession, devSession } from "../../src/build/dev-session.ts";
import { checkData, prepareHub } from "../../src/build/load-hub.ts";
import { readSettings } from "../../src/build/settings.ts";
import { NOTHING_SET } from "../helpers/global-setup.ts";
import { hashFolder } from "../helpers/hash-folder.ts";

describe("which templates npm start skips", () => {
  const page = (inputPath: string) => ({ inputPath });
  it("skips every template while the data is refused", () => {
    expect(skippedByDevServer({ hub: REFUSED_DATA, page: page("./content/stories/story.njk") })).toBe(true);
  });

  it("skips the pages that are not story pages, and the sitemap, only in a pass that leaves them out", () => {
    const skipped = { sitePagesSkipped: true };
    expect(skippedByDevServer({ hub: skipped, page: page("./content/index.njk") })).toBe(true);
    expect(skippedByDevServer({ hub: skipped, page: page("./content/sitemap.njk") })).toBe(false);
    expect(skippedByDevServer({ hub: { sitemapSkipped: true }, page: page("./content/sitemap.njk") })).toBe(true);
    expect(skippedByDevServer({ hub: { sitemapSkipped: true }, page: page("./content/index.njk") })).toBe(false);
    expect(skippedByDevServer({ hub: {}, page: page("./content/index.njk") })).toBe(false);
  });

  it("renders story pages, the pages it picks one by one and any template it does not know on every save", () => {
    const skipped = { sitePagesSkipped: true, sitemapSkipped: true, openDataSkipped: true };
    for (const template of [
      "stories/story.njk",
      "stories/lists.njk",
      "help/resource.njk",
      "topics/topic.njk",
      "topics/card.njk",
      "new.njk",
    ]) {
      expect(skippedByDevServer({ hub: skipped, page: page(`./content/${template}`) })).toBe(false);
    }
  });

  it("knows every template that pages over hub.all, since a pass gives those templates only its share", async () => {
    // A template added that pages over hub.all must have its pages' addresses in perPageUrls (dev-pages.ts).
    const templates = (await readdir("content", { recursive: true })).filter((file) => /\.(njk|md)$/.test(file));
    const pagingOverAll: string[] = [];
    for (const file of templates) {
      if ((await readFile(path.join("content", file), "utf8")).includes("data: hub.all.")) pagingOverAll.push(file);
    }
    expect(pagingOverAll.sort()).toEqual(["help/resource.njk", "topics/card.njk", "topics/topic.njk"]);
  });

  it("skips the feeds and the open data only in a pass that leaves them out", () => {
    expect(skippedByDevServer({ hub: { openDataSkipped: true }, page: page("./content/feed.njk") })).toBe(true);
    expect(
      skippedByDevServer({ hub: { sitePagesSkipped: true, sitemapSkipped: true }, page: page("./content/feed.njk") }),
    ).toBe(false);
    // hub.json, which no template renders, goes with them, and in a build only in the first pass.
    expect(writesHubExport({ openDataSkipped: true }, undefined)).toBe(false);
    expect(writesHubExport(REFUSED_DATA, undefined)).toBe(false);
    expect(writesHubExport({ sitePagesSkipped: true, sitemapSkipped: true }, undefined)).toBe(true);
    expect(writesHubExport({}, { index: 0, count: 3 })).toBe(true);
    expect(writesHubExport({}, { index: 1, count: 3 })).toBe(false);
  });
});

/**
 * Small enough that a full render is quick (most of a render is the topic and helpline pages, so
 * few of them), big enough that a renamed resource shows on more story pages than one pass renders,
 * that the lists run to a second page, and that some stories are on no topic page and not on the
 * home page.
 */
const HUB = { stories: 40, causes: 4, resources: 8 };
/**
 * Story and list pages in a pass nobody waits for (300 in npm start): at least the 12 a story edit
 * changes here, so they are rendered at once, and fewer than the pages a renamed resource changes.
 */
const CHUNK = 16;

describe("npm start's pages after saves", () => {
  it("are byte for byte what a dev server started afresh writes, however the passes after each save fall", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "hub-dev-pages-"));
    const sessions: DevSession[] = [];
    try {
      const [dataDir, cacheDir] = [path.join(folder, "data"), path.join(folder, "cache")];
      const generated = generateData(HUB);
      await writeDataFolder(dataDir, generated);
      const settings = {
        ...readSettings({ ...NOTHING_SET, HUB_DATA_DIR: dataDir, HUB_CACHE_DIR: cacheDir, HUB_TODAY: GENERATED_TODAY }),
        serving: true,
      };
      const session = (watch: boolean) => {
        const made = devSession({ load: settings, wake: () => undefined, watch, chunk: CHUNK });
        sessions.push(made);
        return made;
      };
      const render = async (outputDir: string, dev: DevSession, hub = dev.hub) => {
        const eleventy = new Eleventy("content", outputDir, {
          configPath: "eleventy.config.ts",
          quietMode: true,
          config: handToConfig({ settings: { ...settings, outputDir }, pass: undefined, hub, dev }),
        });
        await eleventy.write();
      };
      const fresh = async (name: string) => {
        const out = path.join(folder, name);
        await render(out, session(false));
        return hashFolder(out);
      };
      const dev = session(true);
      const served = path.join(folder, "served");
      const page = (url: string) => readFile(path.join(served, url, url.endsWith("/") ? "index.html" : ""), "utf8");
      // Saved once the session's watcher has seen it.
      const save = async (file: string, from: string, to: string) => {
        const text = await readFile(path.join(dataDir, file), "utf8");
        expect(text).toContain(from);
        await writeFile(path.join(dataDir, file), text.replace(from, to));
        await vi.waitFor(() => expect(dev.saved).toBe(true));
      };
      // Every page asked for, then passes until none is left: what a maintainer clicking around gets.
      const finish = async () => {
        const feeds = Promise.all(["/feed.xml", "/es/feed.xml", "/open-data/hub.json"].map((url) => dev.ready(url)));
        for (let pass = 0; dev.unfinished || pass === 0; pass++) {
          expect(pass).toBeLessThan(30);
          await render(served, dev);
        }
        await feeds;
      };
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
      const storyUrl = `/stories/${story.slug}/`;
      const topics = path.join(served, "topics", "index.html");
      const before = (await stat(topics)).mtimeMs;
      const openDataBefore = await page("/open-data/hub.json");
      await save(`stories/${story.id}.ts`, JSON.stringify(story.title), JSON.stringify(`${story.title}, edited`));
      // Asked for while the save is read: answered once the page is written again.
      const asked = dev.ready(storyUrl).then(() => page(storyUrl));
      await render(served, dev);
      expect(await asked).toContain(", edited");
      expect((await stat(topics)).mtimeMs).toBe(before);
      // The feeds and the open data wait until someone asks for them.
      expect(await page("/open-data/hub.json")).toBe(openDataBefore);
      expect(dev.unfinished).toBe(false);
      await finish();
      expect(await page("/open-data/hub.json")).toContain(", edited");
      expect(hashFolder(served)).toEqual(await fresh("fresh-1"));

      // A resource renamed, shown on more story pages than a pass renders: the pages looked at
      // (a story's, the resource's own) come first, the others after; one asked for meanwhile
      // (a story's, the help index) waits for its pass.
      const spanish = prepareHub(await checkData(settings), "/").languages.es;
      const showing = (r: { id: string }) =>
        spanish.stories.filter((s) => JSON.stringify(s.help).includes(`/help/${r.id}/`));
      const resource = generated.resources.find((r) => showing(r).length > CHUNK);
      if (!resource) throw new Error(`no generated resource is shown on more than ${CHUNK} stories in each language`);
      const lookedAt = showing(resource)[0]?.url as string;
      const resourcePage = `/help/${resource.id}/`;
      await Promise.all([dev.ready(lookedAt), dev.ready(resourcePage)]);
      await save(
        `resources/${resource.id}.ts`,
        JSON.stringify(resource.name),
        JSON.stringify(`${resource.name}, renamed`),
      );
      await render(served, dev);
      expect(await page(lookedAt)).toContain(", renamed");
      expect(await page(resourcePage)).toContain(", renamed");
      expect(await page("/help/")).not.toContain(", renamed");
      expect(dev.unfinished).toBe(true);
      let indexAnswered = false;
      const index = dev.ready("/help/").then(async () => {
        indexAnswered = true;
        return page("/help/");
      });
      const waiting: string[] = [];
      for (const { url } of showing(resource)) {
        if (!(await page(url)).includes(", renamed")) waiting.push(url);
      }
      const stale = waiting.at(-1);
      if (!stale) throw new Error("every page showing the resource was rendered at once");
      let answered = false;
      const answer = dev.ready(stale).then(async () => {
        answered = true;
        return page(stale);
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(answered).toBe(false);
      expect(indexAnswered).toBe(false);
      // A second save while a pass renders: the next passes show both.
      const second = generated.stories.find((s) => s.id !== story.id && shown.has(s.id));
      if (!second) throw new Error("no second story to edit");
      await render(served, dev, async () => {
        const hub = await dev.hub();
        await save(`stories/${second.id}.ts`, JSON.stringify(second.title), JSON.stringify(`${second.title}, edited`));
        return hub;
      });
      await render(served, dev);
      expect(await answer).toContain(", renamed");
      expect(await index).toContain(", renamed");
      await finish();
      expect(await page(`/stories/${second.slug}/`)).toContain(", edited");
      expect(hashFolder(served)).toEqual(await fresh("fresh-2"));

      // A story taken away: its pages go from the lists and the sitemap (the old files stay, as in any Eleventy run).
      const gone = generated.stories.find((s) => s.id !== story.id && s.id !== second.id);
      if (!gone) throw new Error("the generated hub has too few stories");
      await rm(path.join(dataDir, "stories", `${gone.id}.ts`));
      await vi.waitFor(() => expect(dev.saved).toBe(true));
      await finish();
      const now = hashFolder(served);
      for (const file of [...now.keys()]) if (file.startsWith(path.join("stories", gone.slug))) now.delete(file);
      for (const file of [...now.keys()]) if (file.startsWith(path.join("es", "stories", gone.slug))) now.delete(file);
      expect(now).toEqual(await fresh("fresh-3"));
    } finally {
      for (const made of sessions) made.close();
      await rm(folder, { recursive: true, force: true });
    }
  }, 600_000); // a dozen runs of Eleventy on a busy 2-core machine
});
