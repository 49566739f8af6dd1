import { readdirSync, rmdirSync, unlinkSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { escapeRegExp } from "../model/escape.ts";

/*
 * `npm run build` writes the whole site into a staging folder beside the output folder, then swaps
 * it in with two renames: the old site is set aside, the new one takes its name, the old one is
 * deleted. A build killed on the way (a CI timeout, Ctrl-C, a machine that reboots) leaves these
 * folders behind, and one killed between the two renames leaves no output folder at all. The
 * next build finds them by name, and by whether the build that made them is still running.
 */

/** The folder a build writes into: `_site.staging-1234` for process 1234. */
export function stagingFolder(target: string, pid = process.pid): string {
  return `${target}.staging-${pid}`;
}

/** Where a build puts the published site aside while it swaps the new one in: `_site.previous-1234`. */
export function previousFolder(target: string, pid = process.pid): string {
  return `${target}.previous-${pid}`;
}

/**
 * Deletes the folder `dir` and everything in it, a call per file, one after another: the old site
 * after the swap, tens of thousands of files in a big hub. Node 20's `rmSync` asks each entry's
 * type again (an `lstat` per file) where the folder's listing already says it, and costs more CPU
 * (asynchronous calls cost more still, see page-reuse.ts; the times are in docs/performance.md,
 * "Session 21"). A link is removed, never followed.
 */
export function removeFolder(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) removeFolder(entryPath);
    else unlinkSync(entryPath);
  }
  rmdirSync(dir);
}

export interface Recovery {
  /** The folder that became the output folder again, when a crash had left none. */
  restored?: string;
  /** Folders left by builds that did not finish, now deleted. */
  removed: string[];
}

/**
 * Cleans up after every earlier build of `target` that did not finish. When a crash between the
 * two renames left no output folder, the site that was set aside (complete: it was the published
 * site) is put back, so a host never serves nothing; a staging folder is never put back, since
 * nothing says its build finished. Folders of a build still running (another `npm run build`
 * into the same folder) are left alone.
 */
export async function recoverOutput(target: string): Promise<Recovery> {
  const parent = path.dirname(target);
  const name = path.basename(target);
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.(staging|previous)-(\\d+)$`);
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  const left = entries.flatMap((entry) => {
    const match = entry.isDirectory() ? pattern.exec(entry.name) : null;
    if (!match || isRunning(Number(match[2]))) return [];
    return [{ folder: path.join(parent, entry.name), kind: match[1] as "staging" | "previous" }];
  });
  const recovery: Recovery = { removed: [] };
  if (!(await exists(target))) {
    const asides = left.filter((f) => f.kind === "previous");
    const newest = (await Promise.all(asides.map(async (f) => ({ ...f, time: (await stat(f.folder)).mtimeMs }))))
      .sort((a, b) => b.time - a.time)
      .at(0);
    if (newest) {
      await rename(newest.folder, target);
      recovery.restored = newest.folder;
    }
  }
  for (const { folder } of left) {
    if (folder === recovery.restored) continue;
    await rm(folder, { recursive: true, force: true });
    recovery.removed.push(folder);
  }
  return recovery;
}

/** What the build says it did, or nothing when there was nothing to do. */
export function describeRecovery(recovery: Recovery, target: string): string | undefined {
  const shown = (folder: string) => {
    const relative = path.relative(process.cwd(), folder);
    return relative && !relative.startsWith("..") ? relative : folder;
  };
  const lines: string[] = [];
  if (recovery.restored) {
    lines.push(
      `An earlier build stopped while swapping in the new site; put the last published site back in ${shown(target)}/.`,
    );
  }
  if (recovery.removed.length > 0) {
    lines.push(
      `Removed what earlier builds that did not finish left behind: ${recovery.removed.map(shown).join(", ")}.`,
    );
  }
  return lines.length > 0 ? lines.join("\n") : undefined;
}

/**
 * Whether process `pid` exists on this machine (signal 0 tests without sending anything). Not
 * this process: the build recovers before it makes anything, so a folder with its number was left
 * by an earlier process that had the same number, and would be written over.
 */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function exists(folder: string): Promise<boolean> {
  return stat(folder).then(
    () => true,
    () => false,
  );
}
