import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { watchDataFolder } from "../../src/build/dev-data-watch.ts";
import { devSession, sitePath } from "../../src/build/dev-session.ts";

describe("the dev server's session", () => {
  it("renders a save's pages asked for first, holds those requests until they are written, and the rest after", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-dev-session-"));
    let wakes = 0;
    const session = devSession({
      load: { dataDir: dir, today: GENERATED_TODAY, serving: true, cacheDir: path.join(dir, ".cache") },
      wake: () => wakes++,
      watch: true,
      chunk: 10,
    });
    try {
      const data = generateData({ stories: 60 });
      await writeDataFolder(dir, data);
      const first = await session.hub();
      expect(first.batch.stories).toEqual(first.pages.stories);
      session.passWritten();
      expect(session.unfinished).toBe(false);

      const resource = data.resources[0];
      if (!resource) throw new Error("the generated hub has no resource");
      const showing = first.pages.stories.filter((s) => JSON.stringify(s.help).includes(`/help/${resource.id}/`));
      expect(showing.length).toBeGreaterThan(10);
      const file = path.join(dir, "resources", `${resource.id}.ts`);
      const text = await readFile(file, "utf8");
      await writeFile(file, text.replace(JSON.stringify(resource.name), JSON.stringify(`${resource.name}, renamed`)));
      await vi.waitFor(() => expect(session.saved).toBe(true));
      expect(wakes).toBeGreaterThan(0);

      const looked = showing.at(-1)?.url as string;
      const resourceUrl = `/es/help/${resource.id}/`;
      let answered = 0;
      const answers = [looked, resourceUrl].map((url) => session.ready(url).then(() => answered++));
      const edited = await session.hub();
      expect(edited.batch.stories.map((s) => s.url)).toEqual([looked]);
      // Of the pages that are not story pages, only the one looked at: the others wait, the
      // sitemap (it lists them all) with them; the feeds and the open data wait to be asked for.
      expect(edited.all.resourcePages.map((page) => page.resource.url)).toEqual([resourceUrl]);
      expect([...edited.all.causes, ...edited.all.helpCards]).toEqual([]);
      expect(edited).toMatchObject({ sitePagesSkipped: true, sitemapSkipped: true, openDataSkipped: true });
      await Promise.resolve();
      expect(answered).toBe(0);
      // The help index, not rendered in this pass, is held until a pass writes it.
      let indexAnswered = false;
      const index = session.ready("/help/").then(() => {
        indexAnswered = true;
      });
      session.passWritten();
      await Promise.all(answers);
      expect(answered).toBe(2);
      await Promise.resolve();
      expect(indexAnswered).toBe(false);

      const rendered = new Set([looked]);
      const sitemaps: number[] = [];
      for (let pass = 0; session.unfinished; pass++) {
        expect(pass).toBeLessThan(20);
        const next = await session.hub();
        expect(next.batch.stories.length + next.batch.storyLists.length).toBeLessThanOrEqual(10);
        if (next.sitemapSkipped !== true) {
          sitemaps.push(pass);
          expect(next.sitePagesSkipped).toBeUndefined();
          expect(next.all.resourcePages.length).toBe(first.all.resourcePages.length);
          expect(next.all.causes.length).toBe(first.all.causes.length);
        }
        for (const page of next.batch.stories) rendered.add(page.url);
        session.passWritten();
        if (pass === 0) await index;
      }
      // The pages that are not story pages, all together, in the first pass after the save's.
      expect(sitemaps).toEqual([0]);
      expect(indexAnswered).toBe(true);
      expect(showing.filter((s) => !rendered.has(s.url))).toEqual([]);
      // Nothing changed: a request is answered at once.
      await session.ready(looked);
      await session.ready(resourceUrl);
    } finally {
      session.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lets every request through while the data is refused: the pages served are the last that built", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-dev-session-"));
    const session = devSession({ load: { dataDir: dir, today: GENERATED_TODAY }, wake: () => undefined, watch: true });
    try {
      const data = generateData({ stories: 20 });
      await writeDataFolder(dir, data);
      const first = await session.hub();
      session.passWritten();
      const story = first.pages.stories[0];
      if (!story) throw new Error("no story page");
      await writeFile(path.join(dir, "stories", `${data.stories[0]?.id}.ts`), "export default {");
      await vi.waitFor(() => expect(session.saved).toBe(true));
      const answer = session.ready(story.url);
      await expect(session.hub()).rejects.toThrow();
      await answer;
    } finally {
      session.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a request's path on the site", () => {
  it("drops the query, the path prefix and a final index.html", () => {
    expect(sitePath("/hub/stories/a/index.html?x=1", "/hub/")).toBe("/stories/a/");
    expect(sitePath("/stories/a/", "/")).toBe("/stories/a/");
    expect(sitePath("/es/feed.xml", "/")).toBe("/es/feed.xml");
  });
});

describe("the data folder's watcher", () => {
  it("says everything at first, then each file saved, added or removed, in folders made later too", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-dev-watch-"));
    await mkdir(path.join(dir, "stories"));
    const watcher = watchDataFolder(dir, () => undefined);
    try {
      expect(watcher.take()).toBe("everything");
      expect(watcher.pending).toBe(false);
      await writeFile(path.join(dir, "stories", "a.ts"), "export default 1;");
      await vi.waitFor(() => expect(watcher.pending).toBe(true));
      expect(watcher.take()).toEqual(new Set([path.join(dir, "stories", "a.ts")]));
      await mkdir(path.join(dir, "causes"));
      await vi.waitFor(() => expect(watcher.pending).toBe(true));
      watcher.take();
      await writeFile(path.join(dir, "causes", "b.ts"), "export default 2;");
      await vi.waitFor(() => expect(watcher.take()).toEqual(new Set([path.join(dir, "causes", "b.ts")])));
      await rm(path.join(dir, "stories", "a.ts"));
      await vi.waitFor(() => expect(watcher.take()).toEqual(new Set([path.join(dir, "stories", "a.ts")])));
    } finally {
      watcher.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
