import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/data/problem.ts";
import { validateData } from "../../src/data/validate.ts";
import type { Hours } from "../../src/model/hours.ts";
import { cause, raw, resource, site, story } from "../helpers/records.ts";

const TODAY = "2026-03-01";

/** A small valid hub: two causes, a crisis line for each, one story; each test breaks one thing. */
const base = () => ({
  site: site({ helpNow: ["line"] }),
  causes: [cause("child-abuse"), cause("sexual-assault")],
  resources: [resource("line", ["child-abuse"]), resource("other", ["sexual-assault"])],
  stories: [story("a", ["child-abuse"])],
});

/** The problems `validateData` finds, as the build prints them. */
function problems(records: Parameters<typeof raw>[0], unreadable?: { causes?: string[]; resources?: string[] }) {
  const data = raw(records);
  if (unreadable) data.unreadable = unreadable;
  return validateData(data, TODAY).problems.map(formatProblem);
}

describe("validateData", () => {
  it("accepts valid data and returns every record with the file it came from", () => {
    const { data, problems } = validateData(raw(base()), TODAY);
    expect(problems).toEqual([]);
    expect(data?.stories.map((s) => s.file)).toEqual(["_data/stories/a.ts"]);
    expect(data?.resources.map((r) => r.record.id)).toEqual(["line", "other"]);
  });

  it("refuses a story that names an unknown cause, suggesting the nearest one", () => {
    expect(problems({ ...base(), stories: [story("a", ["child-abuse", "sexual-asault"])] })).toEqual([
      '_data/stories/a.ts: causes[1] = "sexual-asault" is not a cause; did you mean "sexual-assault"?',
    ]);
  });

  it("refuses a resource or a related cause that names an unknown cause", () => {
    const records = base();
    records.resources[1] = resource("other", ["sexual-assault", "elder-abuse"]);
    records.causes[0] = cause("child-abuse", { related: ["child-abus"] });
    expect(problems(records)).toEqual([
      '_data/causes/child-abuse.ts: related[0] = "child-abus" is not a cause; did you mean "child-abuse"?',
      '_data/resources/other.ts: causes[1] = "elder-abuse" is not a cause',
    ]);
  });

  it("refuses a cause related to itself", () => {
    const records = base();
    records.causes[0] = cause("child-abuse", { related: ["child-abuse"] });
    expect(problems(records)).toEqual([
      '_data/causes/child-abuse.ts: related[0] = "child-abuse" is this cause itself; remove it',
    ]);
  });

  it("refuses an id used twice, naming both files", () => {
    const records = base();
    const copy = { file: "_data/resources/line-copy.ts", value: resource("line", ["child-abuse"]) };
    const data = raw(records);
    data.resources.push(copy);
    expect(validateData(data, TODAY).problems.map(formatProblem)).toEqual([
      '_data/resources/line-copy.ts: id = "line" is already used by _data/resources/line.ts; every id must be different',
    ]);
  });

  it("refuses two stories with the same id or the same slug", () => {
    const records = { ...base(), stories: [story("a", ["child-abuse"]), story("b", ["child-abuse"], { slug: "a" })] };
    expect(problems(records)).toEqual([
      '_data/stories/b.ts: slug = "a" is already used by _data/stories/a.ts; every slug must be different',
    ]);
    const data = raw({ ...base(), stories: [story("a", ["child-abuse"])] });
    data.stories.push({ file: "_data/stories/a-again.ts", value: story("a", ["child-abuse"], { slug: "a-again" }) });
    expect(validateData(data, TODAY).problems.map(formatProblem)).toEqual([
      '_data/stories/a-again.ts: id = "a" is already used by _data/stories/a.ts; every id must be different',
    ]);
  });

  it("refuses a cause listed twice on one record", () => {
    expect(problems({ ...base(), stories: [story("a", ["child-abuse", "child-abuse"])] })).toEqual([
      '_data/stories/a.ts: causes[1] = "child-abuse" is listed twice (also at [0]); remove one',
    ]);
  });

  it("treats every list of ids as a set: a line pinned twice, or listed twice to help now, would show twice", () => {
    const records = base();
    records.site = site({ helpNow: ["line", "other", "line"] });
    records.stories = [story("a", ["child-abuse"], { pinnedResources: ["other", "other"] })];
    records.causes[0] = cause("child-abuse", { related: ["sexual-assault", "sexual-assault"] });
    expect(problems(records)).toEqual([
      '_data/site.ts: helpNow[2] = "line" is listed twice (also at [0]); remove one',
      '_data/causes/child-abuse.ts: related[1] = "sexual-assault" is listed twice (also at [0]); remove one',
      '_data/stories/a.ts: pinnedResources[1] = "other" is listed twice (also at [0]); remove one',
    ]);
  });

  it("refuses a way of reaching a line listed twice, but not one text line with two keywords", () => {
    const records = base();
    records.resources[0] = resource("line", ["child-abuse"], true, {
      channels: [
        { type: "call", number: "+18004224453" },
        { type: "text", shortCode: "988" },
        { type: "text", shortCode: "988", keyword: "AYUDA" },
        { type: "call", number: "+18004224453", note: "The same line again." },
      ],
    });
    expect(problems(records)).toEqual([
      '_data/resources/line.ts: channels[3] = {"type":"call","number":"+18004224453","note":"The same line again."} repeats channels[0] (call +18004224453); remove one',
    ]);
  });

  it("accepts a British number spelt the British way, with its leading 0", () => {
    const records = base();
    records.resources[0] = resource("line", ["child-abuse"], true, {
      channels: [{ type: "call", number: "+442079460123", vanity: "020 7946 0123" }],
    });
    expect(problems(records)).toEqual([]);
  });

  it("refuses a quick exit that stays on the hub's own site", () => {
    const records = { ...base(), site: site({ helpNow: ["line"], exitUrl: "https://www.hub.example.org/" }) };
    expect(problems(records)).toEqual([
      '_data/site.ts: exitUrl = "https://www.hub.example.org/" is on the hub\'s own site (hub.example.org); the quick exit must leave it, for an ordinary site such as https://www.weather.gov/',
    ]);
  });

  it("refuses a site address with a query or a fragment, which every page address would carry", () => {
    const records = { ...base(), site: site({ helpNow: ["line"], url: "https://hub.example.org/?ref=1" }) };
    expect(problems(records)).toEqual([
      '_data/site.ts: url = "https://hub.example.org/?ref=1" must be the site\'s address alone, with no ? or # part, e.g. https://hub.example.org',
    ]);
  });

  it("refuses a story dated far from its source, and a check too lax to mean anything", () => {
    const records = base();
    records.stories = [
      story("a", ["child-abuse"], { date: "2024-01-09", source: { publication: "Paper", published: "1994-01-09" } }),
    ];
    records.site = site({ helpNow: ["line"], staleAfterDays: 100_000 });
    expect(problems(records)).toEqual([
      "_data/site.ts: staleAfterDays = 100000 must be at most 730 (two years); a check older than that is no check at all",
      '_data/stories/a.ts: source.published = "1994-01-09" is 10,957 days before the story\'s date (2024-01-09); both are the day the news came out, so they may be at most 31 days apart: check both years',
    ]);
  });

  it("compares a story's date with its source's only when both are real dates", () => {
    const records = base();
    records.stories = [
      story("a", ["child-abuse"], { date: "2024-02-31", source: { publication: "Paper", published: "1994-01-09" } }),
    ];
    expect(problems(records)).toEqual([
      '_data/stories/a.ts: date = "2024-02-31" is not a real calendar date (check the day and month)',
    ]);
  });

  it("refuses a story with no cause", () => {
    expect(problems({ ...base(), stories: [story("a", [])] })).toEqual([
      "_data/stories/a.ts: causes = [] name at least one cause this story touches",
    ]);
  });

  it("refuses pinned or excluded resources that do not exist, and one both pinned and excluded", () => {
    const stories = [
      story("a", ["child-abuse"], { pinnedResources: ["lime"], excludedResources: ["gone"] }),
      story("b", ["child-abuse"], { pinnedResources: ["other"], excludedResources: ["other"] }),
    ];
    expect(problems({ ...base(), stories })).toEqual([
      '_data/stories/a.ts: pinnedResources[0] = "lime" is not a resource; did you mean "line"?',
      '_data/stories/a.ts: excludedResources[0] = "gone" is not a resource',
      '_data/stories/b.ts: excludedResources[0] = "other" is also pinned; keep it in one list only',
    ]);
  });

  it("refuses a 'need help now' resource that does not exist", () => {
    expect(problems({ ...base(), site: site({ helpNow: ["line", "lines"] }) })).toEqual([
      '_data/site.ts: helpNow[1] = "lines" is not a resource; did you mean "line"?',
    ]);
  });

  it("refuses story and source dates after today, and accepts today", () => {
    const stories = [
      story("a", ["child-abuse"], { date: "2026-03-02", source: { publication: "Paper", published: TODAY } }),
      story("b", ["child-abuse"], { date: TODAY, source: { publication: "Paper", published: "2026-03-02" } }),
    ];
    expect(problems({ ...base(), stories })).toEqual([
      '_data/stories/a.ts: date = "2026-03-02" is in the future (today is 2026-03-01); use the day it was published',
      '_data/stories/b.ts: source.published = "2026-03-02" is in the future (today is 2026-03-01); use the day it was published',
    ]);
  });

  it("refuses a resource checked on a day still to come", () => {
    const records = base();
    records.resources[0] = resource("line", ["child-abuse"], true, { checked: "2026-03-02" });
    expect(problems(records)).toEqual([
      '_data/resources/line.ts: checked = "2026-03-02" is in the future (today is 2026-03-01); use the day you checked the facts',
    ]);
  });

  it("refuses a crisis line that does not say what happens when you reach out", () => {
    const records = base();
    const { whatHappens: _, ...line } = resource("line", ["child-abuse"]);
    records.resources[0] = line;
    expect(problems(records)).toEqual([
      "_data/resources/line.ts: whatHappens is missing: a crisis line must say what happens when you reach out, as { whoAnswers, wait, name, whenTheyTellOthers, sources } from the organization's own pages",
    ]);
  });

  it("refuses a WhatsApp short code and a videophone with nothing to dial or open", () => {
    const records = base();
    records.resources[0] = resource("line", ["child-abuse"], true, {
      channels: [
        { type: "call", shortCode: "988" },
        { type: "whatsapp", shortCode: "741741" } as never,
        { type: "videophone" },
        { type: "whatsapp", number: "+14422983263", vanity: "442-AYUDAMI" },
      ],
    });
    expect(problems(records)).toEqual([
      "_data/resources/line.ts: channels[1].number is missing; it must be text in quotes",
      "_data/resources/line.ts: channels[1].shortCode is not a field here",
      "_data/resources/line.ts: channels[2].number is missing: give the number a videophone dials (number or shortCode), the url of its video call page, or both",
      '_data/resources/line.ts: channels[3].vanity = "442-AYUDAMI" does not dial +14422983263 on a phone keypad; check both for a wrong digit',
    ]);
  });

  it("refuses a topic with fewer than 3 or more than 5 steps, and a step that links to no help", () => {
    const records = base();
    const step = { text: "Call.", emergency: true };
    records.causes[0] = cause("child-abuse", { steps: [step, step] });
    records.causes[1] = cause("sexual-assault", { steps: [step, step, step, step, step, { text: "Read." }] });
    records.causes.push(cause("unlinked", { steps: [step, step, { text: "Read." }] }));
    records.resources[1] = resource("other", ["sexual-assault", "unlinked"]);
    expect(problems(records)).toEqual([
      expect.stringMatching(/^_data\/causes\/child-abuse\.ts: steps = .* give at least 3 steps a reader can take now$/),
      expect.stringMatching(
        /^_data\/causes\/sexual-assault\.ts: steps = .* give at most 5 steps; keep the most useful$/,
      ),
      "_data/causes/unlinked.ts: steps[2].help is missing; must link the step to help: resource ids, { name, url } links, or emergency: true for the emergency number",
    ]);
  });

  it("refuses a step that links to a helpline that does not exist, or to a page that is not https", () => {
    const records = base();
    const call = { text: "Call.", emergency: true };
    records.causes[0] = cause("child-abuse", { steps: [call, call, { text: "Talk.", help: ["lien"] }] });
    records.causes[1] = cause("sexual-assault", {
      steps: [call, call, { text: "Read.", help: [{ name: "List", url: "http://gov.example.org/list" }] }],
    });
    expect(problems(records)).toEqual([
      expect.stringMatching(
        /^_data\/causes\/sexual-assault\.ts: steps\[2\]\.help\[0\]\.url = "http:\/\/gov.example.org\/list" must be a full web address/,
      ),
      '_data/causes/child-abuse.ts: steps[2].help[0] = "lien" is not a resource; did you mean "line"?',
    ]);
  });

  it("refuses a cause that no resource helps with", () => {
    expect(problems({ ...base(), causes: [...base().causes, cause("elder-abuse")] })).toEqual([
      '_data/causes/elder-abuse.ts: id = "elder-abuse" has no resource; add this id to the causes of at least one file in _data/resources/',
    ]);
  });

  it("still checks a record's references when another of its fields is wrong", () => {
    const stories = [story("a", ["sexual-asault"], { title: "" })];
    expect(problems({ ...base(), stories })).toEqual([
      '_data/stories/a.ts: title = "" must not be empty',
      '_data/stories/a.ts: causes[0] = "sexual-asault" is not a cause; did you mean "sexual-assault"?',
    ]);
  });

  it("does not call a resource unknown, or its causes unhelped, because one of its own fields is wrong", () => {
    const records = base();
    records.resources[1] = resource("other", ["sexual-assault"], true, { website: "http://other.example.org/" });
    records.stories = [story("a", ["sexual-assault"], { pinnedResources: ["other"] })];
    expect(problems(records)).toEqual([
      '_data/resources/other.ts: website = "http://other.example.org/" must be a full web address starting with https:// (not http:, javascript: or data:)',
    ]);
  });

  it("does not report references to a file that could not be read, nor decide which causes lack help", () => {
    const records = { ...base(), resources: [resource("line", ["child-abuse"])] };
    records.stories = [story("a", ["sexual-assault"], { pinnedResources: ["other"] })];
    expect(problems(records, { resources: ["other"] })).toEqual([]);
  });

  it("finds every problem in one pass, not just the first", () => {
    const records = base();
    records.causes[1] = cause("sexual-assault", { name: "" });
    records.resources[0] = resource("line", ["child-abuse"], true, { checked: "2025-02-30" });
    records.stories = [
      story("a", ["child-abus"], { date: "2026-03-05", source: { publication: "Paper", published: TODAY } }),
    ];
    expect(problems(records)).toHaveLength(4);
  });

  it("refuses 'need help now' lines of which none takes calls or texts 24/7, and says which would do", () => {
    const weekly: Hours = {
      kind: "weekly",
      timeZone: "America/New_York",
      periods: [{ days: ["mon"], opens: "09:00", closes: "17:00" }],
    };
    const records = base();
    records.resources[0] = resource("line", ["child-abuse"], true, { hours: weekly });
    records.resources.push(resource("org", ["child-abuse"], false));
    expect(problems({ ...records, site: site({ helpNow: ["line", "org"], fallbackLine: "line" }) })).toEqual([
      '_data/site.ts: helpNow = ["line","org"] has no line that takes calls or texts 24 hours a day, and every page falls back on it; add one, such as "other"',
      '_data/site.ts: fallbackLine = "line" does not take calls or texts 24 hours a day, so it cannot be the line to try when a number does not connect; name one that does, such as "other"',
    ]);
  });

  it("refuses a fallback line that does not exist", () => {
    expect(problems({ ...base(), site: site({ fallbackLine: "lin" }) })).toEqual([
      '_data/site.ts: fallbackLine = "lin" is not a resource; did you mean "line"?',
    ]);
  });

  it("refuses a report address that is neither one email address nor an https form", () => {
    for (const reportUrl of ["corrections@hub.example.org", "mailto:a@b.org?subject=x", "http://forms.example.org/"]) {
      expect(problems({ ...base(), site: site({ reportUrl }) }), reportUrl).toEqual([
        expect.stringContaining(`_data/site.ts: reportUrl = "${reportUrl}" must be "mailto:" and one email address`),
      ]);
    }
  });

  it("refuses synonyms that name an unknown cause, resource or way to reach a line, or name nothing", () => {
    const synonyms = [
      { words: ["raped"], es: ["me violaron"], causes: ["sexual-asault"], resources: ["lin"] },
      { words: ["deaf"], es: ["sordo"], ways: ["fax"] },
      { words: ["help"], es: ["ayuda"] },
    ];
    expect(problems({ ...base(), synonyms } as Parameters<typeof raw>[0])).toEqual([
      '_data/synonyms.ts: [1].ways[0] = "fax" must be one of "call", "text", "tty", "videophone", "whatsapp", "chat"',
      "_data/synonyms.ts: [2].resources is missing; name what these words should find: causes, resources, ways or languages",
      '_data/synonyms.ts: [0].causes[0] = "sexual-asault" is not a cause; did you mean "sexual-assault"?',
      '_data/synonyms.ts: [0].resources[0] = "lin" is not a resource; did you mean "line"?',
    ]);
  });
});
