import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadData } from "../src/data/load.ts";
import { escapeHtml } from "../src/model/escape.ts";
import { GENERATED_TODAY, type GeneratedData, generateData, writeDataFolder } from "./generate-data.ts";
import { type Running, start } from "./lib/run.ts";

/*
 * `npm run edit-loop [-- <stories>] [--rounds 5]`: how long after saving a data file a maintainer
 * running `npm start` sees it. With a number of stories, the hub is a generated one of that size
 * (scripts/generate-data.ts, in a temporary folder); without, it is `_data/`. Starts the dev
 * server exactly as `npm start` does (on a free port, writing to a temporary folder), waits for a
 * story page, then, round after round: changes a story's title and polls its page until the new
 * title is served; then does the same with a resource's name and its page. Prints each time and
 * the medians, and the CPU time the dev server's processes spent on each edit: on a shared
 * machine the wall time grows with everyone else's load, the CPU time much less. Every data file
 * is put back as it was, whatever happens.
 */

const { values, positionals } = parseArgs({
  options: { rounds: { type: "string", default: "5" } },
  allowPositionals: true,
});
const rounds = Number(values.rounds);
const size = positionals[0] === undefined ? undefined : Number(positionals[0]);
if (size !== undefined && (!Number.isInteger(size) || size < 1)) {
  throw new Error(`The size must be a whole number of stories, e.g. 10000; got ${positionals[0]}`);
}
const POLL_MS = 20;

const work = await mkdtemp(path.join(os.tmpdir(), "hub-edit-loop-"));
const dataDir = size === undefined ? "_data" : path.join(work, "data");
const generated = size === undefined ? undefined : generateData({ stories: size });
if (generated) await writeDataFolder(dataDir, generated);
const { story, resource } = generated ? firstGenerated(dataDir, generated) : await firstRecords(dataDir);
const output = path.join(work, "site");
const port = await freePort();
const originals = new Map<string, string>();
const restore = () => Promise.all([...originals].map(([file, text]) => writeFile(file, text)));
let server: Running | undefined;
process.once("SIGINT", () => {
  void restore().then(() => process.exit(130));
});

try {
  // Its own process group, so stopping it stops tsx watch and Eleventy under it.
  server = start("npm", ["start", "--", `--port=${port}`], {
    env: {
      HUB_OUTPUT_DIR: output,
      HUB_DATA_DIR: dataDir,
      ...(size === undefined ? {} : { HUB_CACHE_DIR: path.join(work, "cache"), HUB_TODAY: GENERATED_TODAY }),
    },
    detached: true,
    echoStderr: true,
  });
  const started = performance.now();
  const storyUrl = `http://localhost:${port}/stories/${story.slug}/`;
  await waitFor(storyUrl, (html) => html.includes(escapeHtml(story.text)), 60 * 60_000);
  console.log(`The dev server showed its first page after ${Math.round((performance.now() - started) / 1000)} s.`);
  const group = server.child.pid;
  const storyTimes = await editRounds("story title", story.file, story.text, storyUrl, group);
  const resourceUrl = `http://localhost:${port}/help/${resource.id}/`;
  const resourceTimes = await editRounds("resource name", resource.file, resource.text, resourceUrl, group);
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
  const hub = size === undefined ? "_data/" : `a generated hub of ${size} stories`;
  console.log(
    `\nWith ${hub}, from save to served page (polled every ${POLL_MS} ms; load average ${load}):\n` +
      `  a story edit:    ${summary(storyTimes)}\n` +
      `  a resource edit: ${summary(resourceTimes)}`,
  );
} finally {
  await restore();
  if (server?.child.pid) process.kill(-server.child.pid);
  await rm(work, { recursive: true, force: true });
}

interface EditTime {
  /** From the save to the page showing it, in milliseconds. */
  wall: number;
  /** CPU seconds the dev server's processes used meanwhile; undefined where /proc cannot tell. */
  cpu: number | undefined;
}

/** Edits `text` in `file` once a round, and times each until `url` shows the edit. */
async function editRounds(
  what: string,
  file: string,
  text: string,
  url: string,
  group: number | undefined,
): Promise<EditTime[]> {
  const original = await readFile(file, "utf8");
  if (!original.includes(JSON.stringify(text))) {
    throw new Error(`${file}: cannot find the ${what} written as ${JSON.stringify(text)} to change it.`);
  }
  originals.set(file, original);
  const times: EditTime[] = [];
  for (let round = 1; round <= rounds; round++) {
    const edited = `${text} (edit ${round})`;
    const cpuBefore = await groupCpu(group);
    await writeFile(file, original.replace(JSON.stringify(text), JSON.stringify(edited)));
    const saved = performance.now();
    await waitFor(url, (html) => html.includes(escapeHtml(edited)), 10 * 60_000);
    const wall = performance.now() - saved;
    const cpuAfter = await groupCpu(group);
    const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    times.push({ wall, cpu });
    console.log(
      `${what} edit ${round}: shown ${Math.round(wall)} ms after the save` +
        (cpu === undefined ? "" : ` (dev server CPU ${cpu.toFixed(2)} s)`),
    );
  }
  await writeFile(file, original);
  return times;
}

/** The first story and resource of the data folder: their files, and the text an edit changes. */
async function firstRecords(dir: string) {
  const { raw } = await loadData(dir);
  const story = raw.stories[0];
  const resource = raw.resources[0];
  if (!story || !resource) throw new Error(`${dir} holds no story or no resource to edit.`);
  const { title, slug } = story.value as { title: string; slug: string };
  const { name, id } = resource.value as { name: string; id: string };
  return {
    story: { file: path.resolve(story.file), text: title, slug },
    resource: { file: path.resolve(resource.file), text: name, id },
  };
}

/** The same, for a generated hub: without running tens of thousands of files to find two. */
function firstGenerated(dir: string, data: GeneratedData) {
  const [story, resource] = [data.stories[0], data.resources[0]];
  if (!story || !resource) throw new Error("The generated hub has no story or no resource.");
  return {
    story: { file: path.join(dir, "stories", `${story.id}.ts`), text: story.title, slug: story.slug },
    resource: { file: path.join(dir, "resources", `${resource.id}.ts`), text: resource.name, id: resource.id },
  };
}

function summary(times: readonly EditTime[]): string {
  const walls = times.map((t) => t.wall).sort((a, b) => a - b);
  const cpus = times.flatMap((t) => (t.cpu === undefined ? [] : [t.cpu])).sort((a, b) => a - b);
  const cpu = cpus.length === times.length ? `; dev server CPU median ${median(cpus).toFixed(2)} s` : "";
  return `median ${Math.round(median(walls))} ms, slowest ${Math.round(walls.at(-1) ?? 0)} ms (${times.length} edits)${cpu}`;
}

function median(sorted: readonly number[]): number {
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The CPU seconds (user and system) used so far by the live processes of process group `group`:
 * the dev server and the processes it started. Read from /proc, so Linux only; undefined elsewhere.
 */
async function groupCpu(group: number | undefined): Promise<number | undefined> {
  if (group === undefined) return undefined;
  const pids = await readdir("/proc").catch(() => undefined);
  if (!pids) return undefined;
  let ticks = 0;
  for (const pid of pids.filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    // After the command's name in parentheses: state, ppid, pgrp, ... utime (14th field), stime,
    // cutime, cstime (proc(5)); the name may hold spaces, so fields are counted from its end.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== group) continue;
    ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
  }
  // Linux counts in clock ticks of 1/100 s (USER_HZ) on every architecture Node runs on.
  return ticks / 100;
}

/** Polls `url` until its body passes `test`; fails after `timeout` ms. */
async function waitFor(url: string, test: (html: string) => boolean, timeout: number): Promise<void> {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    const html = await fetch(url, { cache: "no-store" }).then(
      (response) => (response.ok ? response.text() : ""),
      () => "",
    );
    if (test(html)) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${url} did not show the change within ${timeout / 1000} s`);
}

/** A port nothing is listening on: the operating system's choice for a throwaway server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
