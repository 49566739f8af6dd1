import { buildFromEnvironment } from "../src/build/build-site.ts";

/*
 * `npm run build`: the settings from the environment and the command line (src/build/settings.ts),
 * the build itself (src/build/build-site.ts), and what it says, with exit status 1 on failure.
 */
const outcome = await buildFromEnvironment(process.env, process.argv.slice(2));
if (outcome.recovered) console.log(outcome.recovered);
if (outcome.ok) {
  console.log(outcome.report);
  if (outcome.warning) console.warn(outcome.warning);
} else {
  console.error(outcome.report);
  process.exitCode = 1;
}
