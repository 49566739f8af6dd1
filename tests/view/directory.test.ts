import { describe, expect, it } from "vitest";
import type { ResourceInput } from "../../src/model/resource.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { viewResource } from "../../src/view/channel.ts";
import { buildDirectory } from "../../src/view/directory.ts";
import { en } from "../../src/view/strings/en.ts";
import { resource } from "../helpers/records.ts";

const view = (input: ResourceInput) =>
  viewResource(resourceSchema.parse(input), "en", en, (id) => ({ id, name: id, url: `/topics/${id}/` }));

const lines = [
  view(
    resource("lifeline", ["a"], true, {
      channels: [
        { type: "call", shortCode: "988" },
        { type: "text", shortCode: "988", keyword: "AYUDA", languages: ["es"] },
      ],
      languages: ["en", "es"],
    }),
  ),
  view(
    resource("weekdays", ["a"], true, {
      channels: [
        { type: "call", number: "+18009506264" },
        { type: "tty", number: "+18004874889" },
      ],
      hours: {
        kind: "weekly",
        timeZone: "America/New_York",
        periods: [{ days: ["mon"], opens: "09:00", closes: "17:00" }],
      },
    }),
  ),
];

describe("the help index's groups", () => {
  it("groups lines by each way of reaching them that the data has, in the schema's order, then language, then 24/7", () => {
    const directory = buildDirectory(lines, "en", en);
    expect(directory.groups.map((g) => [g.id, g.heading, g.entries.map((e) => e.resource.id)])).toEqual([
      ["way-call", "Lines you can call", ["lifeline", "weekdays"]],
      ["way-text", "Lines you can text", ["lifeline"]],
      ["way-tty", "Lines for TTY users", ["weekdays"]],
      ["lang-es", "Lines that answer in Spanish", ["lifeline"]],
      ["all-day", "Lines open 24 hours a day", ["lifeline"]],
    ]);
    expect(directory.filters).toEqual({
      ways: [
        { value: "call", label: "Call" },
        { value: "text", label: "Text" },
        { value: "tty", label: "TTY" },
      ],
      languages: [{ value: "es", label: "In Spanish" }],
    });
  });

  it("shows each line's buttons for its group: the Spanish text in Spanish, the 24/7 call in 24/7", () => {
    const groups = new Map(buildDirectory(lines, "en", en).groups.map((g) => [g.id, g]));
    const labels = (id: string) => groups.get(id)?.entries.map((e) => e.channels.map((c) => c.label));
    expect(labels("lang-es")).toEqual([["Text “AYUDA” to 988"]]);
    expect(labels("all-day")).toEqual([["Call 988"]]);
    expect(labels("way-tty")).toEqual([["TTY 1-800-487-4889"]]);
  });
});
