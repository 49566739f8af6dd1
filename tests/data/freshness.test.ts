import { describe, expect, it } from "vitest";
import { staleProblem, staleResources, staleSection, staleWarning } from "../../src/data/freshness.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { resourceSchema } from "../../src/model/resource.ts";
import { resource } from "../helpers/records.ts";

const TODAY = "2026-03-01";
const sourced = (id: string, checked: string) => ({
  file: `_data/resources/${id}.ts`,
  record: resourceSchema.parse(
    resource(id, ["child-abuse"], true, { checked, source: { name: `${id} site`, url: `https://${id}.example.org/` } }),
  ),
});
const RESOURCES = [sourced("fresh", "2026-01-01"), sourced("old", "2025-01-01"), sourced("older", "2024-01-09")];

describe("staleResources", () => {
  it("finds resources checked longer ago than allowed, oldest first, with their sources", () => {
    const stale = staleResources(RESOURCES, TODAY, 180);
    expect(stale.map((s) => [s.id, s.checked, s.age, s.source.url])).toEqual([
      ["older", "2024-01-09", 782, "https://older.example.org/"],
      ["old", "2025-01-01", 424, "https://old.example.org/"],
    ]);
  });

  it("counts a check exactly the allowed age ago as still fresh", () => {
    expect(staleResources([sourced("edge", "2025-09-02")], TODAY, 180)).toEqual([]);
    expect(staleResources([sourced("edge", "2025-09-01")], TODAY, 180).map((s) => s.age)).toEqual([181]);
  });

  it("says what to re-check and where, for a strict build", () => {
    const [older] = staleResources(RESOURCES, TODAY, 180);
    expect(older && formatProblem(staleProblem(older, 180))).toBe(
      '_data/resources/older.ts: checked = "2024-01-09" was 782 days ago, more than 180; re-check every fact at https://older.example.org/ and set checked to the day you did',
    );
  });

  it("warns in the build output with the ids and where to learn more", () => {
    expect(staleWarning(staleResources(RESOURCES, TODAY, 180), 180)).toBe(
      "Warning: 2 resources were last checked more than 180 days ago: older, old.\n" +
        "  `npm run audit` lists them with the sources to re-check; `npm run build -- --strict` refuses to build until they are.",
    );
  });
});

describe("staleSection", () => {
  it("lists each stale resource with its date, age, source and file", () => {
    const report = staleSection(staleResources(RESOURCES, TODAY, 180), RESOURCES.length, TODAY, 180).join("\n");
    expect(report).toContain("2 of 3 resources were last checked more than 180 days before 2026-03-01, oldest first:");
    expect(report).toContain(
      "2024-01-09 (782 days ago)  Resource older\n    re-check at: https://older.example.org/ (older site)\n    then set checked in: _data/resources/older.ts",
    );
    expect(report.indexOf("Resource older")).toBeLessThan(report.indexOf("Resource old\n"));
  });

  it("says so when nothing needs re-checking", () => {
    expect(staleSection([], 3, TODAY, 1000)).toEqual([
      "All 3 resources were checked within 1000 days of 2026-03-01. Nothing to re-check.",
    ]);
  });
});
