import path from "node:path";
import { readSettings } from "../src/build/settings.ts";
import { newDataFile } from "../src/data/new-data-file.ts";

/*
 * `npm run new -- story "Title"` (or `resource`, `cause`): the data folder from the environment
 * (src/build/settings.ts), the file written by src/data/new-data-file.ts, and what it says, with
 * exit status 1 when nothing was written.
 */
try {
  const where = { dataDir: readSettings(process.env).dataDir, defineFile: path.resolve("src/define.ts") };
  const outcome = await newDataFile(process.argv.slice(2), where);
  if (outcome.ok) console.log(outcome.message);
  else {
    console.error(outcome.message);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
