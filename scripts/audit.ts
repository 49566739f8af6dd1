import { checkData } from "../src/build/load-hub.ts";
import { readSettings } from "../src/build/settings.ts";
import { audit, auditReport } from "../src/data/audit.ts";
import { findDataError } from "../src/data/problem.ts";

/*
 * `npm run audit`: everything that needs a maintainer, in one list (see src/data/audit.ts):
 * checks older than `staleAfterDays` in _data/site.ts (or `--max-age-days N`), "what happens"
 * texts still to write, sources that name a home page, and texts above reading grade 8. It only
 * reads; the data must be valid for the list to be trusted.
 */
try {
  const settings = readSettings(process.env, { args: process.argv.slice(2) });
  const data = await checkData(settings);
  const maxAgeDays = settings.freshness.maxAgeDays ?? data.site.staleAfterDays;
  console.log(auditReport(audit(data, settings.today, maxAgeDays)));
} catch (error) {
  const dataError = findDataError(error);
  console.error(dataError ? dataError.message : error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
