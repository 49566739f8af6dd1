import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { KINDS, type Kind, scaffold } from "./scaffold.ts";
import { didYouMean } from "./suggest.ts";

const USAGE = 'Usage: npm run new -- story "Title"   (or resource "Name", cause "Name")';

/** What `npm run new` says: on stdout when it wrote the file (`ok`), on stderr with exit status 1 when not. */
export interface NewDataFileOutcome {
  ok: boolean;
  message: string;
}

/**
 * `npm run new -- story "Title"` (or `resource`, `cause`), from its arguments: writes a new data
 * file with every field (`scaffold`), its id made from the title, into `where.dataDir`, and never
 * overwrites a file that exists. A misspelt kind or a missing title is explained with the usage.
 */
export async function newDataFile(
  args: readonly string[],
  where: { dataDir: string; defineFile: string },
): Promise<NewDataFileOutcome> {
  const [kind = "", ...words] = args;
  const title = words.join(" ").trim();
  if (!(kind in KINDS)) {
    return {
      ok: false,
      message: `"${kind}" is not something npm run new makes${didYouMean(kind, Object.keys(KINDS))}\n${USAGE}`,
    };
  }
  if (!title) return { ok: false, message: `Give the ${kind}'s title in quotes.\n${USAGE}` };
  const made = scaffold(kind as Kind, title, where);
  await mkdir(path.dirname(made.file), { recursive: true });
  try {
    // "wx" fails if the file exists, so an existing record is never overwritten, even in a race.
    await writeFile(made.file, made.text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return {
      ok: false,
      message: `${made.file} already exists; nothing was written. Edit it, or choose a different title.`,
    };
  }
  return {
    ok: true,
    message: `Wrote ${made.file}.\nReplace each fillIn(...) in it with the real value; \`npm run build\` lists the ones still left.`,
  };
}
