import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../../scripts/lib/run.ts";
import { copyData, type DataCopy } from "../helpers/data-copy.ts";

const env = { HUB_DATA_DIR: "_data", HUB_TODAY: "2026-03-01", HUB_STALE_AFTER_DAYS: "" };
const copies: DataCopy[] = [];
afterAll(async () => {
  for (const copy of copies) await copy.remove();
});

describe("npm run audit", () => {
  it("lists the resources to re-check, oldest first, with their sources and files", async () => {
    const run = await runScript("audit.ts", [], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      "12 of 12 resources were last checked more than 180 days before 2026-03-01, oldest first:",
    );
    expect(run.stdout).toContain(
      "2024-01-09 (782 days ago)  Childhelp National Child Abuse Hotline\n" +
        "    re-check at: https://www.childhelphotline.org/ (Childhelp National Child Abuse Hotline)\n" +
        "    then set checked in: _data/resources/childhelp.ts",
    );
    const dates = [...run.stdout.matchAll(/^(\d{4}-\d{2}-\d{2}) \(/gm)].map((m) => m[1]);
    expect(dates).toHaveLength(12);
    expect(dates).toEqual([...dates].sort());
  });

  it("takes the allowed age from --max-age-days", async () => {
    const run = await runScript("audit.ts", ["--max-age-days", "600"], { env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^2 of 12 resources were last checked more than 600 days before 2026-03-01/);
    const none = await runScript("audit.ts", ["--max-age-days=1000"], { env });
    expect(none.stdout.trim()).toBe(
      "All 12 resources were checked within 1000 days of 2026-03-01. Nothing to re-check.",
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
