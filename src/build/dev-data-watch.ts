import { type FSWatcher, watch } from "node:fs";
import path from "node:path";
import { COLLECTIONS } from "../data/load.ts";

/*
 * Eleventy's watcher (chokidar 4) lists a whole folder again whenever anything in it changes,
 * `lstat`ing each entry and testing it against Eleventy's ignore globs: over a second per save in a
 * `stories/` folder of 10,000 files (docs/performance.md, "What a save costs"). The dev server
 * watches the data folder itself instead, with one `fs.watch` (inotify on Linux, no listing) on the
 * folder and on each record folder in it, and tells Eleventy through one small watched file
 * (dev-session.ts). It also learns which files changed, so the next load reads only those
 * (src/data/load.ts, `since`).
 */

/** What changed since the last `take`: these files (absolute paths), or possibly anything. */
export type DataChanges = ReadonlySet<string> | "everything";

export interface DataWatcher {
  /** Whether a change was seen that `take` has not handed out yet. */
  readonly pending: boolean;
  /** The changes seen since the last call, and forgets them. The first call says "everything". */
  take(): DataChanges;
  close(): void;
}

/**
 * Watches `dataDir` and its record folders (`COLLECTIONS`), calling `onChange` after every event.
 * A folder created later is watched from then on; a watch that fails makes the next `take`
 * say "everything", so a missed event can cost a full read, never a stale page.
 */
export function watchDataFolder(dataDir: string, onChange: () => void): DataWatcher {
  const root = path.resolve(dataDir);
  const watchers = new Map<string, FSWatcher>();
  let changed = new Set<string>();
  let everything = true;
  const seen = (file: string) => {
    changed.add(file);
    onChange();
  };
  const lost = () => {
    everything = true;
    onChange();
  };
  const follow = (folder: string) => {
    if (watchers.has(folder)) return;
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name === null) return lost();
        const file = path.join(folder, name.toString());
        // A record folder made (or put back) after the server started: watch it too.
        if (folder === root && (COLLECTIONS as readonly string[]).includes(name.toString())) {
          watchers.get(file)?.close();
          watchers.delete(file);
          follow(file);
        }
        seen(file);
      });
      watcher.on("error", () => {
        watchers.get(folder)?.close();
        watchers.delete(folder);
        lost();
      });
      watchers.set(folder, watcher);
    } catch {
      // Missing now (a record folder not made yet): the load reports it; its creation is seen above.
    }
  };
  follow(root);
  for (const collection of COLLECTIONS) follow(path.join(root, collection));
  return {
    get pending() {
      return everything || changed.size > 0;
    },
    take() {
      const taken: DataChanges = everything ? "everything" : changed;
      everything = false;
      changed = new Set();
      return taken;
    },
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
