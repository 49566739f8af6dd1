import { beforeAll, describe, expect, it } from "vitest";
import { loadHub } from "../../src/build/load-hub.ts";
import { searchRecords } from "../../src/publish/search-records.ts";
import type { Hub } from "../../src/view/hub.ts";

let hub: Hub;
const record = (url: string) => {
  const found = searchRecords(hub).find((r) => r.url === url);
  if (!found) throw new Error(`no record for ${url}`);
  return found;
};

beforeAll(async () => {
  hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
});

describe("what search indexes", () => {
  it("has one record for every topic, helpline and story, at its page's address", () => {
    const urls = searchRecords(hub).map((r) => r.url);
    expect(urls.sort()).toEqual([...hub.causes, ...hub.resources, ...hub.stories].map((x) => x.url).sort());
  });

  it("finds a story by its title and every paragraph of its summary, not by the help shown with it", () => {
    const story = record("/stories/blanchard-smart-advocacy/");
    expect(story.title).toBe("Elizabeth Smart reaches out to Gypsy Rose Blanchard after her release");
    expect(story.content).toContain("Salt Lake City");
    expect(story.content).toContain("who feel there is no way out");
    expect(story.content).toContain("Decider");
    expect(story.content).not.toMatch(/1-800|Childhelp|RAINN|\*|`/);
  });

  it("finds a helpline by its numbers and vanity spelling as well as its name", () => {
    expect(record("/help/crisis-text-line/").content).toContain("741741");
    expect(record("/help/988-lifeline/").content).toContain("Call 988");
    expect(record("/help/childhelp/").content).toContain("1-800-4-A-CHILD");
    expect(record("/help/childhelp/").content).toContain("It is not a line for reporting abuse");
  });

  it("finds a topic by the other names people know it by", () => {
    expect(record("/topics/medical-child-abuse/").content).toContain("Munchausen syndrome by proxy");
  });
});
