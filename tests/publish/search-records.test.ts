import { beforeAll, describe, expect, it } from "vitest";
import type { BuildHub } from "../../src/build/load-hub.ts";
import { loadHub } from "../../src/build/load-hub.ts";
import { shardsOf } from "../../src/publish/search-index.ts";
import { searchRecordList } from "../../src/publish/search-records.ts";
import { cause, hubOf, resource, searchRecords, story } from "../helpers/records.ts";

let hub: BuildHub;
/** A page's record in its language's index. */
const record = (url: string) => {
  const found = hub.editions.flatMap(searchRecords).find((r) => r.url === url);
  if (!found) throw new Error(`no record for ${url}`);
  return found;
};

beforeAll(async () => {
  hub = await loadHub({ dataDir: "_data", today: "2026-12-01" });
});

describe("what search indexes", () => {
  it("has one record for every topic, helpline and story, and the page for other countries, at its page's address", () => {
    const urls = searchRecords(hub).map((r) => r.url);
    expect(urls.sort()).toEqual(
      [...hub.causes, ...hub.resources, ...hub.stories, hub.outside].map((x) => x.url).sort(),
    );
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

  it("finds helplines and topics by the words people in trouble type, with or without accents", () => {
    expect(record("/help/988-lifeline/").content).toContain("I want to kill myself");
    expect(record("/topics/mental-health/").content).toContain("want to die");
    // The Spanish index has what Spanish speakers type (`es` in _data/synonyms.ts), the English index not.
    expect(record("/es/help/rainn/").content).toContain("violación");
    expect(record("/es/help/rainn/").content).toContain("violacion");
    expect(record("/help/rainn/").content).not.toContain("me violaron");
    expect(record("/es/help/988-lifeline/").content).toContain("me quiero morir");
    expect(record("/es/help/988-lifeline/").content).not.toContain("I want to kill myself");
    // `ways: ["tty", "text"]` reaches every line with a TTY or a text number, and only those.
    expect(record("/help/samhsa-helpline/").content).toContain("sign language");
    expect(record("/es/help/crisis-text-line/").content).toContain("sordo");
    expect(record("/help/missing-kids/").content).not.toContain("sign language");
    // `languages: ["es"]` reaches every line that answers in Spanish.
    expect(record("/es/help/childhelp/").content).toContain("ayuda");
    expect(record("/es/help/nami-helpline/").content).not.toContain("en español");
    // `broad` words find the group's pages too, each language's in its own index.
    expect(record("/help/childhelp/").content.split("\n")).toContain("beats me");
    expect(record("/es/help/childhelp/").content.split("\n")).toContain("me pegan");
    expect(record("/help/childhelp/").content.split("\n")).not.toContain("me pegan");
  });

  it("puts each page in its own language's index, so the Spanish search finds the Spanish pages", () => {
    for (const r of hub.editions.flatMap(searchRecords)) {
      expect(r.language, r.url).toBe(r.url.startsWith("/es/") ? "es" : "en");
    }
    expect(record("/es/topics/sexual-assault/").title).toBe(
      hub.languages.es.causes.find((c) => c.id === "sexual-assault")?.name,
    );
  });

  it("gives every result with a line its call or text button, naming the line when the result is a topic or story", () => {
    expect(record("/help/988-lifeline/").call).toEqual({ href: "tel:988", label: "Call 988" });
    expect(record("/help/crisis-text-line/").call).toEqual({
      href: "sms:741741?&body=HOME",
      label: "Text “HOME” to 741741",
    });
    expect(record("/topics/sexual-assault/").call).toEqual({
      href: "tel:+18006564673",
      label: "Call 1-800-656-4673",
      line: "National Sexual Assault Hotline",
    });
    // A topic served only by organizations offers the general line that stands in on its page.
    expect(record("/topics/prison-reform/").call?.line).toBe("988 Suicide & Crisis Lifeline");
    expect(record("/stories/blanchard-kardashian-prison-reform/").call?.line).toBe("988 Suicide & Crisis Lifeline");
    expect(record("/help/vera-institute/").call).toBeUndefined();
  });

  it("describes each result by its page's own summary, never by the words it is found by", () => {
    expect(record("/help/988-lifeline/").description).toBe(hub.resources.find((r) => r.id === "988-lifeline")?.summary);
    for (const r of hub.editions.flatMap(searchRecords))
      expect(r.description, r.url).not.toMatch(/kill myself|violaci|me quiero morir/);
  });
});

describe("the search index in shards", () => {
  /** The shards of a hub of these stories, one a day from 2025-01-01, at four records a shard. */
  const shardsFor = (days: number[]) => {
    const hub = hubOf({
      causes: [cause("a")],
      resources: [resource("line", ["a"], true)],
      stories: days.map((day) =>
        story(`s${day}`, ["a"], { date: new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10) }),
      ),
    });
    return shardsOf([searchRecordList(hub)], 4).map((shard) => shard());
  };

  it("changes only the last shard when a new story is added, so a later build indexes only that one again", () => {
    const days = Array.from({ length: 10 }, (_, i) => i);
    const before = shardsFor(days);
    const after = shardsFor([...days, 10]);
    // A topic, a helpline, the page for other countries and 10 stories: 13 records, in 4 shards.
    expect(before).toHaveLength(4);
    expect(after).toHaveLength(4);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)?.map((r) => r.url)).toContain("/stories/s10/");
    expect(before.flat().map((r) => r.url)).not.toContain("/stories/s10/");
  });
});
