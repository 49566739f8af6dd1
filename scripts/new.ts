import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readSettings } from "../src/build/settings.ts";
import { KINDS, type Kind, scaffold } from "../src/data/scaffold.ts";
import { didYouMean } from "../src/data/suggest.ts";

/*
 * `npm run new -- story "Title"` (or `resource`, `cause`): writes a new data file with every field,
 * its id made from the title, and refuses to overwrite a file that exists.
 */
const [kind = "", ...words] = process.argv.slice(2);
const title = words.join(" ").trim();
const usage = 'Usage: npm run new -- story "Title"   (or resource "Name", cause "Name")';

try {
  if (!(kind in KINDS)) {
    throw new Error(`"${kind}" is not something npm run new makes${didYouMean(kind, Object.keys(KINDS))}\n${usage}`);
  }
  if (!title) throw new Error(`Give the ${kind}'s title in quotes.\n${usage}`);
  const made = scaffold(kind as Kind, title, {
    dataDir: readSettings(process.env).dataDir,
    defineFile: path.resolve("src/define.ts"),
  });
  await mkdir(path.dirname(made.file), { recursive: true });
  // "wx" fails if the file exists, so an existing record is never overwritten, even in a race.
  await writeFile(made.file, made.text, { flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
    throw new Error(`${made.file} already exists; nothing was written. Edit it, or choose a different title.`);
  });
  console.log(`Wrote ${made.file}.`);
  console.log("Replace each fillIn(...) in it with the real value; `npm run build` lists the ones still left.");
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
