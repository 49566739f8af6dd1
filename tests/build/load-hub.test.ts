import { describe, expect, it } from "vitest";
import { checkData, hubForPass, loadHub, prepareHub } from "../../src/build/load-hub.ts";

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
