import { describe, expect, it } from "vitest";
import { audit, auditReport, isHomePage, missingWhatHappens } from "../../src/data/audit.ts";
import { validateData } from "../../src/data/validate.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { cause, raw, resource, withSpanishText } from "../helpers/records.ts";

const TODAY = "2026-12-01";

function auditOf(resources: ReturnType<typeof resource>[]) {
  const { data, problems } = validateData(raw({ causes: [cause("a")], resources }), TODAY);
  if (!data) throw new Error(problems.map((p) => `${p.field} ${p.message}`).join("; "));
  return audit(data, TODAY, 180);
}

/** Spanish for whom a line serves in long words, "very hard" on the INFLESZ scale. */
const HARD_SPANISH_SERVES =
  "Personas afectadas por situaciones extraordinariamente complicadas, y también organizaciones comunitarias, instituciones educativas, profesionales sanitarios y administraciones públicas interesadas en información especializada.";

describe("the audit", () => {
  it("tells a home page from the page that states the facts", () => {
    expect(isHomePage("https://www.rainn.org/")).toBe(true);
    expect(isHomePage("https://www.rainn.org")).toBe(true);
    expect(isHomePage("https://www.rainn.org/get-help/national-sexual-assault-hotline")).toBe(false);
    expect(isHomePage("https://www.nami.org/?p=4491")).toBe(false);
  });

  it("asks for what happens on every line people can reach, and for the parts a line leaves out", () => {
    const parse = (extra: Parameters<typeof resource>[3], crisisLine = false) =>
      resourceSchema.parse(resource("x", ["a"], crisisLine, extra));
    expect(missingWhatHappens(parse({ channels: [{ type: "call", number: "+18004224453" }] }))).toEqual([
      "whatHappens",
    ]);
    expect(missingWhatHappens(parse({}, true))).toEqual([
      "whatHappens.wait",
      "whatHappens.name",
      "whatHappens.whenTheyTellOthers",
    ]);
    // An organization no one calls has nothing to say about calling it.
    expect(missingWhatHappens(parse({}))).toEqual([]);
  });

  it("lists old checks, missing what-happens texts, home-page sources and hard texts in one report", () => {
    const report = auditReport(
      auditOf([
        resource("line", ["a"], true, { checked: "2025-01-01" }),
        withSpanishText(
          resource("org", ["a"], false, {
            checked: "2026-11-01",
            summary: "Comprehensive, confidential information and referrals to community organizations and facilities.",
            source: { name: "Org", url: "https://org.example.org/" },
          }),
          "serves",
          HARD_SPANISH_SERVES,
        ),
      ]),
    );
    expect(report).toContain("1 of 2 resources were last checked more than 180 days before 2026-12-01, oldest first:");
    expect(report).toContain(
      '1 helpline without all of "what happens when you reach out" (write only what the organization\'s own page says):\n' +
        "  _data/resources/line.ts: whatHappens.wait, whatHappens.name, whatHappens.whenTheyTellOthers not given (Resource line)",
    );
    expect(report).toContain(
      "1 source naming a home page instead of the page that states the facts:\n" +
        "  _data/resources/org.ts: source.url = https://org.example.org/ is a home page; name the page that states the facts",
    );
    expect(report).toMatch(/1 text above reading grade 8.*\n {2}_data\/resources\/org\.ts: summary is at grade \d/);
    expect(report).toMatch(
      /1 Spanish text of 20 words or more below 55 on the INFLESZ scale.*\n {2}_data\/resources\/org\.ts: es\.serves reads at \d/,
    );
  });

  it("says each part is done when there is nothing left to do", () => {
    const report = auditReport(
      auditOf([
        resource("line", ["a"], true, {
          checked: "2026-11-01",
          whatHappens: {
            whoAnswers: "A counselor.",
            wait: "A few minutes.",
            name: "You need not give it.",
            whenTheyTellOthers: "Only if a child is in danger.",
            sources: [{ name: "How it works", url: "https://line.example.org/how" }],
          },
        }),
      ]),
    );
    expect(report).toBe(
      [
        "All 1 resources were checked within 180 days of 2026-12-01. Nothing to re-check.",
        "",
        "Every helpline says what happens when you reach out.",
        "",
        "Every source names the page that states its facts.",
        "",
        "Every text reads at grade 8 or below.",
        "",
        "Every Spanish text of 20 words or more reads at 55 or above on the INFLESZ scale.",
        "",
        "Every Spanish text matches its English.",
        "",
        "Every story has its title, summary and content note in Spanish.",
      ].join("\n"),
    );
  });
});
