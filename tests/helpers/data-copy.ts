import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where tests put their data folders: inside the project, because data files import `src/`. */
const ROOT = path.resolve(".cache/tests");

export interface DataCopy {
  /** The folder, relative to the project folder, as messages name it (`.cache/tests/data-x/`). */
  dir: string;
  /** Path of a file inside the copy, as messages name it: `file("stories/a.ts")`. */
  file(name: string): string;
  read(name: string): Promise<string>;
  write(name: string, text: string): Promise<void>;
  /** Rewrites a file's text; throws if the edit changes nothing, so a stale test cannot pass by accident. */
  edit(name: string, change: (text: string) => string): Promise<void>;
  remove(): Promise<void>;
}

/**
 * A copy of `_data/` to break on purpose. Data files import `../../src/define.ts`; the copy sits
 * deeper in the project (or, with `root`, elsewhere), so those imports are rewritten to reach
 * `src/` from where it is.
 */
export async function copyData(from = "_data", root = ROOT): Promise<DataCopy> {
  await mkdir(root, { recursive: true });
  const abs = await mkdtemp(path.join(root, "data-"));
  await cp(from, abs, { recursive: true });
  for (const entry of await readdir(abs, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const src = path.relative(path.dirname(file), path.resolve("src")).split(path.sep).join("/");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/from "(\.\.\/)+src\//g, `from "${src}/`));
  }
  const dir = path.relative(process.cwd(), abs).split(path.sep).join("/");
  const at = (name: string) => path.join(abs, name);
  return {
    dir,
    file: (name) => `${dir}/${name}`,
    read: (name) => readFile(at(name), "utf8"),
    write: (name, text) => writeFile(at(name), text),
    async edit(name, change) {
      const before = await readFile(at(name), "utf8");
      const after = change(before);
      if (after === before) throw new Error(`the edit to ${name} changed nothing`);
      await writeFile(at(name), after);
    },
    remove: () => rm(abs, { recursive: true, force: true }),
  };
}
