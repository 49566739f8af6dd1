import { describe, expect, it } from "vitest";
import { allPageUrls, type Batch, batchOf, passCount, WHOLE_BUILD, writesInPass } from "../../src/build/build-pass.ts";

describe("building in passes", () => {
  const all = { stories: ["a", "b", "c", "d", "e", "f", "g"], storyLists: ["1", "2", "3"] } as unknown as Batch;

  it("shares the story and list pages out so each is written by exactly one pass", () => {
    for (let count = 1; count <= 8; count++) {
      const batches = Array.from({ length: count }, (_, index) => batchOf(all, { index, count }));
      expect(batches.flatMap((b) => b.stories)).toEqual(all.stories);
      expect(batches.flatMap((b) => b.storyLists)).toEqual(all.storyLists);
    }
  });

  it("writes every page at once outside npm run build, as the dev server and tests do", () => {
    expect(batchOf(all, WHOLE_BUILD)).toEqual(all);
    expect(writesInPass({ pagination: { data: "hub.causes" } }, undefined)).toBe(true);
  });

  it("lists every page's address for the sitemap, the story pages other passes write included", () => {
    const pages = [{ url: "/topics/" }, { url: "/" }, { url: "/stories/b/" }];
    const batch = {
      stories: [{ url: "/stories/b/" }, { url: "/stories/a/" }],
      storyLists: [{ url: "/stories/" }],
    } as unknown as Batch;
    expect(allPageUrls(pages, batch)).toEqual(["/", "/stories/", "/stories/a/", "/stories/b/", "/topics/"]);
  });

  it("writes pages outside hub.batch in the first pass only, and a share of the batch in every pass", () => {
    const storyTemplate = { pagination: { data: "hub.batch.stories" } };
    const topicTemplate = { pagination: { data: "hub.causes" } };
    const homePage = {};
    expect([storyTemplate, topicTemplate, homePage].map((t) => writesInPass(t, { index: 0, count: 3 }))).toEqual([
      true,
      true,
      true,
    ]);
    expect([storyTemplate, topicTemplate, homePage].map((t) => writesInPass(t, { index: 2, count: 3 }))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("makes one pass per so many stories, and always at least one", () => {
    expect([0, 1, 5000, 5001, 50_000].map((n) => passCount(n, 5000))).toEqual([1, 1, 1, 3, 11]);
  });

  it("writes no story page in the first of several passes, which writes every other page", () => {
    expect(batchOf(all, { index: 0, count: 3 })).toEqual({ stories: [], storyLists: [] });
    expect(batchOf(all, { index: 1, count: 3 }).stories).toEqual(["a", "b", "c", "d"]);
  });
});
