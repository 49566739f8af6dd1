import { spawn } from "node:child_process";
import { link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  describeRecovery,
  previousFolder,
  recoverOutput,
  removeFolder,
  stagingFolder,
} from "../../src/build/output-folder.ts";

let dir: string;
let target: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "hub-recover-"));
  target = path.join(dir, "_site");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The number of a process that has ended: one this test started and waited for. */
async function endedPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid as number;
}

async function folder(at: string, page: string): Promise<void> {
  await mkdir(at, { recursive: true });
  await writeFile(path.join(at, "index.html"), page);
}

describe("recovering the output folder after a build that did not finish", () => {
  it("removes what killed builds left beside the site, and keeps the site", async () => {
    const dead = await endedPid();
    await folder(target, "published");
    await folder(stagingFolder(target, dead), "half built");
    await folder(previousFolder(target, dead), "older");
    await folder(path.join(dir, "_site.staging-notes"), "not a build's");

    const recovery = await recoverOutput(target);

    expect(recovery.restored).toBeUndefined();
    expect(recovery.removed.sort()).toEqual([previousFolder(target, dead), stagingFolder(target, dead)].sort());
    expect((await readdir(dir)).sort()).toEqual(["_site", "_site.staging-notes"]);
    expect(await readFile(path.join(target, "index.html"), "utf8")).toBe("published");
  });

  it("puts the set-aside site back when a crash between the two renames left none", async () => {
    const dead = await endedPid();
    await folder(previousFolder(target, dead), "published");
    await folder(stagingFolder(target, dead), "new, but maybe not finished");

    const recovery = await recoverOutput(target);

    expect(recovery.restored).toBe(previousFolder(target, dead));
    expect(await readdir(dir)).toEqual(["_site"]);
    expect(await readFile(path.join(target, "index.html"), "utf8")).toBe("published");
    expect(describeRecovery(recovery, target)).toMatch(
      /^An earlier build stopped while swapping in the new site; put the last published site back in /,
    );
  });

  it("never touches the folders of a build still running", async () => {
    await folder(target, "published");
    const running = process.ppid;
    await folder(stagingFolder(target, running), "being built");
    expect(await recoverOutput(target)).toEqual({ removed: [] });
    expect((await readdir(dir)).sort()).toEqual(["_site", `_site.staging-${running}`]);
  });

  it("does nothing, and says nothing, when there is nothing to recover", async () => {
    const recovery = await recoverOutput(target);
    expect(recovery).toEqual({ removed: [] });
    expect(describeRecovery(recovery, target)).toBeUndefined();
  });
});

describe("removing the old site after the swap", () => {
  it("removes every file and folder in it, and a link in it without following it", async () => {
    const old = previousFolder(target);
    await folder(path.join(old, "stories", "a"), "a story");
    await folder(path.join(old, "es", "stories", "a"), "una historia");
    await writeFile(path.join(old, "feed.xml"), "<feed/>");
    // Outside the old site, and linked from it: a link is removed, what it points at is not.
    await folder(path.join(dir, "kept"), "kept");
    await symlink(path.join(dir, "kept"), path.join(old, "kept-link"));
    await link(path.join(dir, "kept", "index.html"), path.join(old, "hard-link.html"));
    removeFolder(old);
    expect((await readdir(dir)).sort()).toEqual(["kept"]);
    expect(await readFile(path.join(dir, "kept", "index.html"), "utf8")).toBe("kept");
  });
});
