import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/data/problem.ts";
import { staleMessage, staleTranslations, untranslatedStories } from "../../src/data/translations.ts";
import { validateData } from "../../src/data/validate.ts";
import { englishHash } from "../../src/model/translation.ts";
import { cause, raw, resource, site, story } from "../helpers/records.ts";

const TODAY = "2026-03-01";

const base = () => ({
  site: site({ helpNow: ["line"] }),
  causes: [cause("child-abuse")],
  resources: [resource("line", ["child-abuse"])],
  stories: [story("a", ["child-abuse"])],
});

function check(records: Parameters<typeof raw>[0]) {
  const { data, problems } = validateData(raw(records), TODAY);
  return { data, problems: problems.map(formatProblem) };
}

describe("the Spanish beside the English", () => {
  it("accepts records whose Spanish matches the English, and a story with no Spanish", () => {
    const { data, problems } = check(base());
    expect(problems).toEqual([]);
    expect(data && staleTranslations(data)).toEqual([]);
    expect(data && untranslatedStories(data)).toEqual([{ file: "_data/stories/a.ts", title: "Story a" }]);
  });

  it("refuses a cause, resource or site with no Spanish, naming the file and the field", () => {
    const records = base();
    records.causes = [{ ...cause("child-abuse"), es: undefined as never }];
    expect(check(records).problems).toEqual([
      `_data/causes/child-abuse.ts: es is missing; it must be the Spanish of this record, in the shape of its English, each text as { text: "...", from: "<hash of the English>" } (docs/translating.md)`,
    ]);
  });

  it("refuses a missing Spanish text, and says what to translate and which hash to write", () => {
    const records = base();
    const line = resource("line", ["child-abuse"], true, { notFor: ["It is not for reporting."] });
    line.es = { ...(line.es as object), notFor: undefined } as never;
    expect(check({ ...records, resources: [line] }).problems).toEqual([
      `_data/resources/line.ts: es.notFor[0] is missing: translate notFor[0] ("It is not for reporting.") as { text: "...", from: "${englishHash("It is not for reporting.")}" }`,
    ]);
  });

  it("refuses Spanish for a field the English does not have, and a list of another length", () => {
    const line = resource("line", ["child-abuse"]);
    const es = line.es as Record<string, unknown>;
    line.es = {
      ...es,
      languagesNote: { text: "Hay intérpretes.", from: englishHash("x") },
      channels: [{}, {}],
    } as never;
    expect(check({ ...base(), resources: [line] }).problems).toEqual([
      "_data/resources/line.ts: es.channels has 2 items but the English channels has 1; keep one per English item, in the same order ({} for one with nothing to translate)",
      '_data/resources/line.ts: es.languagesNote = "Hay intérpretes." translates nothing: the English has no languagesNote; remove it',
    ]);
  });

  it("refuses what is never translated (ids, addresses), naming the field", () => {
    const line = resource("line", ["child-abuse"]);
    line.es = { ...(line.es as object), website: { text: "https://x.example.org/", from: "00000000" } } as never;
    expect(check({ ...base(), resources: [line] }).problems).toEqual([
      "_data/resources/line.ts: es.website is not a field here; only visible text is translated (docs/translating.md), so remove it",
    ]);
  });

  it("finds a Spanish text whose English has changed, and gives the new hash to write once it is updated", () => {
    const records = base();
    const changed = { ...cause("child-abuse"), summary: "A new English summary." };
    records.causes = [{ ...changed, es: cause("child-abuse").es }];
    const { data, problems } = check(records);
    expect(problems).toEqual([]);
    const stale = data ? staleTranslations(data) : [];
    expect(stale.map(staleMessage)).toEqual([
      `_data/causes/child-abuse.ts: es.summary was translated from other English (from "${englishHash("A cause.")}"); the English now says "A new English summary.": update the Spanish, then set from: "${englishHash("A new English summary.")}"`,
    ]);
  });

  it("finds an alternative name with no Spanish, and a Spanish name that stands for no English one", () => {
    const records = base();
    records.causes = [
      cause("child-abuse", {
        alsoKnownAs: ["Old name", "New name"],
        es: {
          ...(cause("child-abuse", { alsoKnownAs: ["Old name"] }).es as object),
          alsoKnownAs: [{ text: "Nombre", from: englishHash("Gone name") }],
        } as never,
      }),
    ];
    const { data } = check(records);
    expect((data ? staleTranslations(data) : []).map(staleMessage)).toEqual([
      `_data/causes/child-abuse.ts: es.alsoKnownAs[0] = "${englishHash("Gone name")}" stands for no English name in alsoKnownAs any more; translate the English name it replaced, or remove it`,
      `_data/causes/child-abuse.ts: es.alsoKnownAs has no Spanish for "Old name"; add { text: "...", from: "${englishHash("Old name")}" }`,
      `_data/causes/child-abuse.ts: es.alsoKnownAs has no Spanish for "New name"; add { text: "...", from: "${englishHash("New name")}" }`,
    ]);
  });

  it("refuses a synonym group without the words Spanish speakers type", () => {
    const synonyms = [{ words: ["help"], resources: ["line"] }];
    expect(check({ ...base(), synonyms } as never).problems).toEqual([
      `_data/synonyms.ts: [0].es is missing; it must list what Spanish speakers type for this need, e.g. ["ayuda"]`,
    ]);
  });
});
