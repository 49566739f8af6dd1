import { describe, expect, it } from "vitest";
import { FEED_LIMIT, storyFeed, toRfc3339 } from "../../src/publish/feed.ts";
import { isUuid } from "../../src/publish/uuid.ts";
import { cause, hubOf, resource, site, story } from "../helpers/records.ts";

function hubWith(stories: ReturnType<typeof story>[], url = "https://hub.example.org") {
  return hubOf({
    site: site({ url }),
    causes: [cause("a")],
    resources: [resource("line", ["a"], true, { checked: "2025-03-04" })],
    stories,
  });
}

describe("the story feed", () => {
  it("lists the newest stories first, no more than its limit, updated on the newest story's day", () => {
    const days = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => i);
    const feed = storyFeed(hubWith(days.map((i) => story(`s${i}`, ["a"], { date: dateAfter("2025-01-01", i) }))));
    expect(feed.entries).toHaveLength(FEED_LIMIT);
    expect(feed.entries[0]?.story.id).toBe(`s${FEED_LIMIT + 4}`);
    expect(feed.updated.toISOString()).toBe(`${dateAfter("2025-01-01", FEED_LIMIT + 4)}T00:00:00.000Z`);
  });

  it("gives feed readers ids that survive a change of the site's address", () => {
    const feed = storyFeed(hubWith([story("one", ["a"])]));
    expect(feed.id).toMatch(/^urn:uuid:/);
    expect(feed.entries[0]?.id).toMatch(/^urn:uuid:/);
    expect(isUuid(feed.entries[0]?.id.slice("urn:uuid:".length) ?? "")).toBe(true);
    const moved = storyFeed(hubWith([story("one", ["a"])], "https://help.example.net"));
    expect(moved.id).toBe(feed.id);
    expect(moved.entries[0]?.id).toBe(feed.entries[0]?.id);
    expect(storyFeed(hubWith([story("two", ["a"])])).entries[0]?.id).not.toBe(feed.entries[0]?.id);
  });

  it("takes its date from the data even with no stories, never from the clock", () => {
    expect(storyFeed(hubWith([])).updated.toISOString()).toBe("2025-03-04T00:00:00.000Z");
  });
});

describe("toRfc3339", () => {
  it("writes a moment as Atom wants it: UTC, to the second, ending in Z", () => {
    expect(toRfc3339(new Date("2026-03-12"))).toBe("2026-03-12T00:00:00Z");
    expect(toRfc3339(new Date("2026-03-12T23:59:58.999-05:00"))).toBe("2026-03-13T04:59:58Z");
  });

  it("stops the build on a date that does not exist rather than print one", () => {
    expect(() => toRfc3339(new Date("2026-02-31x"))).toThrow(RangeError);
  });
});

function dateAfter(start: string, days: number): string {
  return new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
}
