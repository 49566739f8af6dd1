import { describe, expect, it } from "vitest";
import { loadHub } from "../../src/build/load-hub.ts";
import { loadData } from "../../src/data/load.ts";
import { validateData } from "../../src/data/validate.ts";
import { causeSchema } from "../../src/model/cause.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { storySchema } from "../../src/model/story.ts";
import { hubExport, hubExportJson } from "../../src/publish/hub-export.ts";
import { cause, hubOf, resource } from "../helpers/records.ts";

describe("the hub's own open data", () => {
  it("holds every cause, resource and story exactly as checked from its data file", async () => {
    const exported = hubExport(await loadHub({ dataDir: "_data", today: "2026-12-01" }));
    const { data } = validateData((await loadData("_data")).raw, "2026-12-01");
    if (!data) throw new Error("the data does not validate");
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.causes)).toEqual(byId(data.causes.map((c) => c.record)));
    expect(byId(exported.resources)).toEqual(byId(data.resources.map((r) => r.record)));
    expect(byId(exported.stories)).toEqual(byId(data.stories.map((s) => s.record)));
    expect(exported.site).toEqual({
      name: data.site.name,
      description: data.site.description,
      url: data.site.url,
      language: data.site.language,
    });
  });

  it("passes the hub's own schemas again after a round trip through JSON", async () => {
    const exported = JSON.parse(JSON.stringify(hubExport(await loadHub({ dataDir: "_data", today: "2026-12-01" }))));
    for (const c of exported.causes) expect(causeSchema.safeParse(c).success).toBe(true);
    for (const r of exported.resources) expect(resourceSchema.safeParse(r).success).toBe(true);
    for (const s of exported.stories) expect(storySchema.safeParse(s).success).toBe(true);
  });

  it("is written a record at a time as the very bytes JSON.stringify lays out, with or without stories", async () => {
    const hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
    expect([...hubExportJson(hub)].join("")).toBe(`${JSON.stringify(hubExport(hub), null, 2)}\n`);
    const empty = hubOf({ causes: [cause("a")], resources: [resource("line", ["a"], true)] });
    expect(empty.stories).toEqual([]);
    expect([...hubExportJson(empty)].join("")).toBe(`${JSON.stringify(hubExport(empty), null, 2)}\n`);
  });
});
