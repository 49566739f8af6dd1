import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CAUSE_PROSE } from "../../src/model/cause.ts";
import { applyTranslation, draftTranslation, englishHash, proseFields } from "../../src/model/translation.ts";

describe("englishHash", () => {
  it("is the first 8 hex digits of the SHA-256 of the English, NFC-normalized and trimmed, as the translator computed it", () => {
    const english = "  Cafe\u0301 help  ";
    const expected = createHash("sha256").update("Café help".normalize("NFC")).digest("hex").slice(0, 8);
    expect(englishHash(english)).toBe(expected);
    expect(englishHash("Café help")).toBe(expected);
    expect(englishHash("Cafe help")).not.toBe(expected);
  });

  it("matches a hash the translator wrote in the data", () => {
    expect(englishHash("Child abuse and neglect")).toBe("c113dab6");
  });
});

const cause = {
  id: "child-abuse",
  name: "Child abuse",
  alsoKnownAs: ["Maltreatment"],
  summary: "When a child is hurt.",
  description: "What it is.",
  steps: [
    { text: "Call 911.", help: [], emergency: true },
    { text: "Report it.", help: [{ name: "State lines", url: "https://example.org/" }, "childhelp"] },
  ],
};

describe("draftTranslation", () => {
  it("writes the es field in the contract's shape: leaves with hashes, steps by index, {} for a resource id", () => {
    const es = draftTranslation(cause, CAUSE_PROSE, (english) => `ES ${english}`);
    expect(es).toEqual({
      name: { text: "ES Child abuse", from: englishHash("Child abuse") },
      alsoKnownAs: [{ text: "ES Maltreatment", from: englishHash("Maltreatment") }],
      summary: { text: "ES When a child is hurt.", from: englishHash("When a child is hurt.") },
      description: { text: "ES What it is.", from: englishHash("What it is.") },
      steps: [
        { text: { text: "ES Call 911.", from: englishHash("Call 911.") } },
        {
          text: { text: "ES Report it.", from: englishHash("Report it.") },
          help: [{ name: { text: "ES State lines", from: englishHash("State lines") } }, {}],
        },
      ],
    });
  });
});

describe("proseFields", () => {
  it("lists every English text to translate with its path, and no id or address", () => {
    const paths = proseFields(cause, CAUSE_PROSE).map((f) => f.path.join("."));
    expect(paths).toEqual([
      "name",
      "alsoKnownAs.0",
      "summary",
      "description",
      "steps.0.text",
      "steps.1.text",
      "steps.1.help.0.name",
    ]);
  });
});

describe("applyTranslation", () => {
  it("puts the Spanish in place of the English and leaves ids, addresses and untranslated names alone", () => {
    const es = draftTranslation(cause, CAUSE_PROSE, (english) => `ES ${english}`);
    const spanish = applyTranslation(cause, es);
    expect(spanish.name).toBe("ES Child abuse");
    expect(spanish.alsoKnownAs).toEqual(["ES Maltreatment"]);
    expect(spanish.steps[1]?.help).toEqual([{ name: "ES State lines", url: "https://example.org/" }, "childhelp"]);
    expect(spanish.id).toBe("child-abuse");
    expect(cause.name).toBe("Child abuse");
  });

  it("replaces a list of alternative names whole, since the Spanish need not align with the English", () => {
    const record = { alsoKnownAs: ["A", "B"] };
    const es = { alsoKnownAs: [{ text: "Uno", from: englishHash("A") }] };
    expect(applyTranslation(record, es).alsoKnownAs).toEqual(["Uno"]);
  });
});
