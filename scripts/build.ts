import { buildSite, failureReport } from "../src/build/build-site.ts";
import { outputDirOf, readSettings, type Settings } from "../src/build/settings.ts";

/*
 * `npm run build`: the settings from the environment and the command line (src/build/settings.ts),
 * the build itself (src/build/build-site.ts), and what it says, with exit status 1 on failure.
 */
let settings: Settings | undefined;
try {
  settings = readSettings(process.env, { args: process.argv.slice(2) });
} catch (error) {
  console.error(failureReport(error, outputDirOf(process.env)));
  process.exitCode = 1;
}

if (settings) {
  const outcome = await buildSite(settings);
  if (outcome.ok) {
    console.log(outcome.report);
    if (outcome.warning) console.warn(outcome.warning);
  } else {
    console.error(outcome.report);
    process.exitCode = 1;
  }
}
