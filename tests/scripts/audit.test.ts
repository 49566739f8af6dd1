import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../../scripts/lib/run.ts";
import { checkData } from "../../src/build/load-hub.ts";
import { audit, auditReport } from "../../src/data/audit.ts";
import { copyData, type DataCopy } from "../helpers/data-copy.ts";

const TODAY = "2026-12-01";
const env = { HUB_DATA_DIR: "_data", HUB_TODAY: TODAY, HUB_STALE_AFTER_DAYS: "" };
const copies: DataCopy[] = [];
afterAll(async () => {
  for (const copy of copies) await copy.remove();
});

describe("npm run audit", () => {
  it("lists the resources to re-check, oldest first, with their sources and files", async () => {
    const run = await runScript("audit.ts", [], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "8 of 14 resources were last checked more than 180 days before 2026-12-01, oldest first:",
    );
    expect(run.stdout).toContain(
      "2024-01-09 (1057 days ago)  Childhelp National Child Abuse Hotline\n" +
        "    re-check at: https://www.childhelphotline.org/ (Childhelp National Child Abuse Hotline)\n" +
        "    then set checked in: _data/resources/childhelp.ts",
    );
    const dates = [...run.stdout.matchAll(/^(\d{4}-\d{2}-\d{2}) \(/gm)].map((m) => m[1]);
    expect(dates).toHaveLength(8);
    expect(dates).toEqual([...dates].sort());
  });

  it("takes the allowed age from --max-age-days", async () => {
    const run = await runScript("audit.ts", ["--max-age-days", "600"], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^2 of 14 resources were last checked more than 600 days before 2026-12-01/);
    // The flag's other spelling (--max-age-days=1100) is read by the same settings, as tests/build/settings.test.ts shows.
    expect(await reportFor("_data", 1100)).toMatch(
      /^All 14 resources were checked within 1100 days of 2026-12-01. Nothing to re-check.\n/,
    );
  });

  it("lists in the same report the helplines missing parts of what happens, home-page sources and hard texts", async () => {
    const data = await copyData();
    copies.push(data);
    // Its Spanish goes with it: Spanish with no English to translate is refused.
    await data.edit("resources/nami-helpline.ts", (text) =>
      text
        .replace(/\n {2}whatHappens: \{[\s\S]*?\n {2}\},\n/, "\n")
        .replace(/\n {4}whatHappens: \{[\s\S]*?\n {4}\},\n/, "\n"),
    );
    await data.edit("resources/samhsa-helpline.ts", (text) =>
      text.replace(
        'https://www.samhsa.gov/find-help/national-helpline" },\n  checked',
        'https://www.samhsa.gov/" },\n  checked',
      ),
    );
    await data.edit("causes/reentry.ts", (text) =>
      text.replace(
        "Find programs for people leaving prison in your state.",
        "Identify comprehensive reentry programming opportunities available throughout your jurisdiction.",
      ),
    );
    const report = await reportFor(data.dir);
    expect(report).toContain(`${data.dir}/resources/nami-helpline.ts: whatHappens not given (NAMI HelpLine)`);
    expect(report).toContain(
      `${data.dir}/resources/samhsa-helpline.ts: source.url = https://www.samhsa.gov/ is a home page; name the page that states the facts`,
    );
    expect(report).toMatch(
      new RegExp(
        `${data.dir}/causes/reentry.ts: steps\\[0\\]\\.text is at grade \\d+(\\.\\d)?, above 8; shorten its longest sentence: "Identify comprehensive reentry programming opportunities available throughout your jurisdiction."`,
      ),
    );
  });

  it("lists the data's problems instead when the data is not valid", async () => {
    const data = await copyData();
    copies.push(data);
    await data.edit("resources/rainn.ts", (text) => text.replace('checked: "2024-01-09"', 'checked: "2024-02-31"'));
    const run = await runScript("audit.ts", [], { env: { ...env, HUB_DATA_DIR: data.dir } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${data.dir}/resources/rainn.ts: checked = "2024-02-31" is not a real calendar date`);
  });
});

/**
 * The report `npm run audit` prints, made in this process as scripts/audit.ts makes it: the runs of
 * the script itself above show it prints this report, and each run is a process start and a data
 * load, so the reports that only need other data are made here.
 */
async function reportFor(dataDir: string, maxAgeDays?: number): Promise<string> {
  const data = await checkData({ dataDir, today: TODAY });
  return auditReport(audit(data, TODAY, maxAgeDays ?? data.site.staleAfterDays));
}
