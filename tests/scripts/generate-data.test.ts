import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_TODAY, generateData, writeDataFolder } from "../../scripts/generate-data.ts";
import { loadData } from "../../src/data/load.ts";
import { validateData } from "../../src/data/validate.ts";

describe("the benchmark's synthetic data", () => {
  it.each([{ stories: 300 }, { stories: 40, causes: 4, resources: 8 }])(
    "passes every check the real data must pass ($stories stories, $causes topics)",
    (options) => {
      const data = generateData(options);
      expect([data.causes.length, data.resources.length]).toEqual([options.causes ?? 24, options.resources ?? 48]);
      const files = (folder: string, list: { id: string }[]) =>
        list.map((value) => ({ file: `bench/${folder}/${value.id}.ts`, value }));
      const { problems } = validateData(
        {
          site: { file: "bench/site.ts", value: data.site },
          causes: files("causes", data.causes),
          resources: files("resources", data.resources),
          stories: files("stories", data.stories),
          international: [],
          synonyms: { file: "bench/synonyms.ts", value: [] },
        },
        GENERATED_TODAY,
      );
      expect(problems).toEqual([]);
    },
  );

  it("is the same every time for the same size", () => {
    expect(generateData({ stories: 50 })).toEqual(generateData({ stories: 50 }));
  });

  it("uses only fictional phone numbers and example.org addresses", () => {
    const text = JSON.stringify(generateData({ stories: 100 }));
    const numbers = [...text.matchAll(/\+1\d{10}/g)].map(([number]) => number);
    const sites = [...text.matchAll(/https:\/\/[^"/]+/g)].map(([url]) => url);
    // Found some of each, so the checks below cannot pass on data that has none.
    expect(numbers.length).toBeGreaterThan(10);
    expect(sites.length).toBeGreaterThan(10);
    for (const number of numbers) expect(number).toMatch(/^\+1\d{3}5550[1]\d{2}$/);
    for (const url of sites) {
      expect(url).toMatch(/^https:\/\/([a-z0-9-]+\.)*example\.org$|^https:\/\/www\.weather\.gov$/);
    }
  });

  it("writes a data folder outside the project that the hub loads without a problem", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "hub-generated-"));
    try {
      await writeDataFolder(dir, generateData({ stories: 12 }));
      const { raw, problems } = await loadData(dir);
      expect(problems).toEqual([]);
      expect(raw.stories).toHaveLength(12);
      expect(validateData(raw, GENERATED_TODAY).problems).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
