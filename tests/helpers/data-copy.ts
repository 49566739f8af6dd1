import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { packFile } from "../../src/data/data-file-cache.ts";
import { loadData } from "../../src/data/load.ts";

/** Where tests put their data folders: inside the project, because data files import `src/`. */
const ROOT = path.resolve(".cache/tests");

/**
 * A line that keeps a data file from ever finishing without holding a core: it waits for a change
 * to a value nothing can change. The time limit ends it as it ends an endless loop, by ending the
 * reader's thread. The endless loop itself, which spins a core for the whole limit, keeps the
 * tests that are about it: the data checks' looping file (build-refuses-bad-data.test.ts) and the
 * file read alone (data-file-pool.test.ts).
 */
export const NEVER_FINISHES = "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);\n";

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
  const { folders, files } = await filesOf(from);
  for (const folder of folders) await mkdir(path.join(abs, folder), { recursive: true });
  await Promise.all(
    [...files].map(([name, bytes]) => {
      const file = path.join(abs, name);
      if (!name.endsWith(".ts")) return writeFile(file, bytes);
      const src = path.relative(path.dirname(file), path.resolve("src")).split(path.sep).join("/");
      return writeFile(file, bytes.toString("utf8").replace(/from "(\.\.\/)+src\//g, `from "${src}/`));
    }),
  );
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

/**
 * A copy of `from` (as `copyData`) whose data-file cache in `cacheDir` (src/data/data-file-cache.ts)
 * already knows every file as copied: what a maintainer's build meets after editing a file or two
 * since the last build. A build of it compiles and runs only the files the test then changes or
 * adds, not every file cold, which cost about half a CPU-second a build. Copies made with the same
 * `root` sit at the same depth, so their files' text, and so their keys, are the same.
 */
export async function copyDataWarm(cacheDir: string, from = "_data", root = ROOT): Promise<DataCopy> {
  const pack = await warmPack(cacheDir, from, root);
  const copy = await copyData(from, root);
  const file = packFile(cacheDir, copy.dir);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, pack);
  return copy;
}

/** The cache pack of a good copy, made once per test process by loading one. */
const packs = new Map<string, Promise<Buffer>>();

function warmPack(cacheDir: string, from: string, root: string): Promise<Buffer> {
  const key = [cacheDir, from, root].map((folder) => path.resolve(folder)).join("\0");
  let pack = packs.get(key);
  if (!pack) {
    pack = (async () => {
      const good = await copyData(from, root);
      try {
        const { problems } = await loadData(good.dir, { cacheDir });
        if (problems.length > 0) throw new Error(`${from} does not load cleanly: ${JSON.stringify(problems)}`);
        return await readFile(packFile(cacheDir, good.dir));
      } finally {
        await good.remove();
        await rm(packFile(cacheDir, good.dir), { force: true });
      }
    })();
    packs.set(key, pack);
  }
  return pack;
}

/** A folder's files read once per test process: a file copies it dozens of times, and reading it again cost more than writing it. */
const read = new Map<string, Promise<{ folders: string[]; files: Map<string, Buffer> }>>();

function filesOf(from: string): Promise<{ folders: string[]; files: Map<string, Buffer> }> {
  const key = path.resolve(from);
  let files = read.get(key);
  if (!files) {
    files = (async () => {
      const entries = await readdir(key, { recursive: true, withFileTypes: true });
      const name = (e: (typeof entries)[number]) => path.relative(key, path.join(e.parentPath, e.name));
      const folders = entries.filter((e) => e.isDirectory()).map(name);
      const names = entries.filter((e) => e.isFile()).map(name);
      const bytes = await Promise.all(names.map((n) => readFile(path.join(key, n))));
      return { folders, files: new Map(names.map((n, i) => [n, bytes[i] as Buffer])) };
    })();
    read.set(key, files);
  }
  return files;
}
