import { describe, expect, it } from "vitest";
import type { Hours } from "../../src/model/hours.ts";
import type { ResourceInput } from "../../src/model/resource.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { viewResource } from "../../src/view/channel.ts";
import { en } from "../../src/view/strings/en.ts";
import { talkNow } from "../../src/view/talk-now.ts";
import { resource } from "../helpers/records.ts";

const view = (input: ResourceInput) =>
  viewResource(resourceSchema.parse(input), "en", en, (id) => ({ id, name: id, url: `/topics/${id}/` }));
const weekly: Hours = {
  kind: "weekly",
  timeZone: "America/New_York",
  periods: [{ days: ["mon"], opens: "09:00", closes: "17:00" }],
};

describe("the talk-now strip", () => {
  it("shows a story's crisis lines that answer 24/7, best first, three at most", () => {
    const ranked = ["a", "b", "c", "d"].map((id) => view(resource(id, ["x"])));
    const strip = talkNow(ranked, [], "why");
    expect(strip.lines.map((l) => [l.resource.id, l.channel.label])).toEqual([
      ["a", "Call 1-800-422-4453"],
      ["b", "Call 1-800-422-4453"],
      ["c", "Call 1-800-422-4453"],
    ]);
    expect(strip.reason).toBeUndefined();
  });

  it("leaves out lines with limited hours and helplines that are not crisis lines", () => {
    const ranked = [
      view(resource("weekdays", ["x"], true, { hours: weekly })),
      view(resource("referrals", ["x"], false, { channels: [{ type: "call", number: "+18006624357" }] })),
      view(resource("crisis", ["x"])),
    ];
    expect(talkNow(ranked, [], "why").lines.map((l) => l.resource.id)).toEqual(["crisis"]);
  });

  it("stands the general lines in, saying why, when none of the story's lines will do", () => {
    const general = [view(resource("general", ["y"]))];
    const strip = talkNow([view(resource("weekdays", ["x"], true, { hours: weekly }))], general, "No line yet.");
    expect(strip).toEqual({ lines: [expect.objectContaining({ resource: general[0] })], reason: "No line yet." });
  });
});
