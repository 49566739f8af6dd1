import { checkData } from "../src/build/load-hub.ts";
import { readSettings } from "../src/build/settings.ts";
import { auditReport, readFreshnessOptions, staleResources } from "../src/data/freshness.ts";
import { findDataError } from "../src/data/problem.ts";

/*
 * `npm run audit`: lists the resources whose last check is older than the allowed age
 * (`staleAfterDays` in _data/site.ts, or `--max-age-days N`), oldest first, with the source to
 * re-check each against. It only reads; the data must be valid for the list to be trusted.
 */
try {
  const settings = readSettings(process.env);
  const data = await checkData(settings);
  const { maxAgeDays } = readFreshnessOptions(process.argv.slice(2), process.env, data.site.staleAfterDays);
  const stale = staleResources(data.resources, settings.today, maxAgeDays);
  console.log(auditReport(stale, data.resources.length, settings.today, maxAgeDays));
} catch (error) {
  const dataError = findDataError(error);
  console.error(dataError ? dataError.message : error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
