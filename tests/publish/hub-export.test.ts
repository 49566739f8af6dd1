import { describe, expect, it } from "vitest";
import { loadHub } from "../../src/build/load-hub.ts";
import { loadData } from "../../src/data/load.ts";
import { validateData } from "../../src/data/validate.ts";
import { causeSchema } from "../../src/model/cause.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { storySchema } from "../../src/model/story.ts";
import { type HubExport, hubExportJson } from "../../src/publish/hub-export.ts";
import type { Hub } from "../../src/view/hub.ts";
import { cause, hubOf, resource } from "../helpers/records.ts";

/** The text of `open-data/hub.json` as the build writes it, part after part. */
const exportText = (hub: Hub) => [...hubExportJson(hub)].join("");
const exported = (hub: Hub) => JSON.parse(exportText(hub)) as HubExport;
const defaultHub = () => loadHub({ dataDir: "_data", today: "2026-12-01" });

describe("the hub's own open data", () => {
  it("holds every cause, resource and story exactly as checked from its data file", async () => {
    const file = exported(await defaultHub());
    const { data } = validateData((await loadData("_data")).raw, "2026-12-01");
    if (!data) throw new Error("the data does not validate");
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(file.causes)).toEqual(byId(data.causes.map((c) => c.record)));
    expect(byId(file.resources)).toEqual(byId(data.resources.map((r) => r.record)));
    expect(byId(file.stories)).toEqual(byId(data.stories.map((s) => s.record)));
    expect(file.site).toEqual({
      name: data.site.name,
      description: data.site.description,
      url: data.site.url,
      language: data.site.language,
    });
  });

  it("passes the hub's own schemas again after a round trip through JSON", async () => {
    const file = exported(await defaultHub());
    for (const c of file.causes) expect(causeSchema.safeParse(c).success).toBe(true);
    for (const r of file.resources) expect(resourceSchema.safeParse(r).success).toBe(true);
    for (const s of file.stories) expect(storySchema.safeParse(s).success).toBe(true);
  });

  it("is written a record at a time as the very bytes JSON.stringify lays out, with or without stories", async () => {
    const empty = hubOf({ causes: [cause("a")], resources: [resource("line", ["a"], true)] });
    expect(empty.stories).toEqual([]);
    for (const hub of [await defaultHub(), empty]) {
      const text = exportText(hub);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    expect(exported(empty).stories).toEqual([]);
  });
});
