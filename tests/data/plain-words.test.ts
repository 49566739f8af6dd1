import { describe, expect, it } from "vitest";
import { loadData } from "../../src/data/load.ts";
import {
  hardSpanishTextMessage,
  hardSpanishTexts,
  hardTextMessage,
  hardTexts,
  shippedSpanishTexts,
  shippedTexts,
} from "../../src/data/plain-words.ts";
import { validateData } from "../../src/data/validate.ts";
import { cause, raw, resource, story, withSpanishText } from "../helpers/records.ts";

const HARD =
  "Comprehensive, confidential information and referrals to community organizations, treatment facilities and educational opportunities.";

function dataWith(records: Parameters<typeof raw>[0]) {
  const { data, problems } = validateData(raw(records), "2026-12-01");
  if (!data) throw new Error(problems.map((p) => `${p.field} ${p.message}`).join("; "));
  return data;
}

describe("plain words", () => {
  it("reads every text a visitor reads, named by file and field, markdown without its markup", () => {
    const data = dataWith({
      causes: [cause("a", { description: "What it *is*. [More](https://example.org/more)." })],
      resources: [resource("line", ["a"], true, { notFor: ["Not this.", "Not that."] })],
      stories: [story("s", ["a"])],
    });
    const fields = shippedTexts(data).map((t) => `${t.file}: ${t.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        "_data/resources/line.ts: summary",
        "_data/resources/line.ts: notFor[1]",
        "_data/resources/line.ts: whatHappens.whoAnswers",
        "_data/causes/a.ts: description",
        "_data/causes/a.ts: steps[2].text",
        "_data/stories/s.ts: summary",
        "_data/stories/s.ts: contentNote",
      ]),
    );
    expect(shippedTexts(data).find((t) => t.field === "description")?.text).toBe("What it is. More.");
  });

  it("names the file, the field, the grade and the longest sentence of a text above grade 8", () => {
    const data = dataWith({
      causes: [cause("a")],
      resources: [resource("line", ["a"], true, { summary: `Call us. ${HARD}` })],
    });
    const [hard, ...others] = hardTexts(data);
    expect(others).toEqual([]);
    expect(hard).toMatchObject({ file: "_data/resources/line.ts", field: "summary", longestSentence: HARD });
    expect(hard?.grade).toBeGreaterThan(8);
    expect(hardTextMessage(hard as NonNullable<typeof hard>)).toBe(
      `_data/resources/line.ts: summary is at grade ${hard?.grade}, above 8; shorten its longest sentence: "${HARD}"`,
    );
  });

  it("leaves texts of a few words alone, where the formula says nothing", () => {
    const data = dataWith({ causes: [cause("a")], resources: [resource("line", ["a"], true, { serves: "Anyone." })] });
    expect(hardTexts(data)).toEqual([]);
  });

  it("finds every shipped text at reading grade 8 or below", async () => {
    const { raw: shipped } = await loadData("_data");
    const { data, problems } = validateData(shipped, "2026-12-01");
    expect(problems).toEqual([]);
    if (!data) throw new Error("the shipped data does not validate");
    expect(shippedTexts(data).length).toBeGreaterThan(100);
    expect(hardTexts(data).map((text) => hardTextMessage(text))).toEqual([]);
  });
});

/** Spanish of 20 words and more, most of them long: "very hard" on the INFLESZ scale. */
const HARD_ES =
  "Proporcionamos información confidencial, orientación especializada y derivaciones a organizaciones comunitarias, instituciones de tratamiento y oportunidades educativas para personas afectadas.";

/** A helpline whose Spanish summary is `spanish`, translated from its English summary. */
function withSpanishSummary(spanish: string) {
  return withSpanishText(
    resource("line", ["a"], true, { summary: "A service for anyone who needs it." }),
    "summary",
    spanish,
  );
}

describe("plain words in Spanish", () => {
  it("reads the Spanish of every text a visitor reads, named as the data file holds it, and no English in its place", () => {
    const data = dataWith({
      causes: [cause("a")],
      resources: [withSpanishSummary("Un servicio para quien lo necesite.")],
      stories: [story("s", ["a"], { es: undefined })],
    });
    const texts = shippedSpanishTexts(data);
    expect(texts.find((t) => t.field === "es.summary" && t.file === "_data/resources/line.ts")?.text).toBe(
      "Un servicio para quien lo necesite.",
    );
    expect(texts.map((t) => t.field)).toEqual(
      expect.arrayContaining(["es.steps[2].text", "es.whatHappens.whoAnswers"]),
    );
    // A story with no Spanish shows its English, which is not scored as Spanish.
    expect(texts.filter((t) => t.file === "_data/stories/s.ts")).toEqual([]);
  });

  it("names the file, the Spanish field, the score and the longest sentence of a text below 55", () => {
    const data = dataWith({ causes: [cause("a")], resources: [withSpanishSummary(`Llame ya. ${HARD_ES}`)] });
    const [hard, ...others] = hardSpanishTexts(data);
    expect(others).toEqual([]);
    expect(hard).toMatchObject({ file: "_data/resources/line.ts", field: "es.summary", longestSentence: HARD_ES });
    expect(hard?.score).toBeLessThan(55);
    expect(hardSpanishTextMessage(hard as NonNullable<typeof hard>)).toBe(
      `_data/resources/line.ts: es.summary reads at ${hard?.score} on the INFLESZ scale, below 55; shorten its longest sentence: "${HARD_ES}"`,
    );
  });

  it("leaves texts under 20 words alone, where one long word moves the score by whole bands", () => {
    const data = dataWith({
      causes: [cause("a")],
      resources: [withSpanishSummary("Usted decide qué información personal compartir.")],
    });
    expect(hardSpanishTexts(data)).toEqual([]);
  });

  it("finds every shipped Spanish text of 20 words or more at 55 or above", async () => {
    const { data } = validateData((await loadData("_data")).raw, "2026-12-01");
    if (!data) throw new Error("the shipped data does not validate");
    expect(shippedSpanishTexts(data).length).toBeGreaterThan(100);
    expect(hardSpanishTexts(data).map((text) => hardSpanishTextMessage(text))).toEqual([]);
  });
});
