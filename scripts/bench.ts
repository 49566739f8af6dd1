import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { GENERATED_TODAY, generateData, writeDataFolder } from "./generate-data.ts";
import { start } from "./lib/run.ts";

/*
 * `npm run bench [-- --sizes 1000,10000,50000] [--keep]`: how the build grows with the number of
 * stories. For each size it generates a synthetic data folder in a temporary folder (never
 * `_data/`), builds it with the real build (scripts/build.ts), builds the same stories with a bare
 * Eleventy baseline (bench/baseline/), and prints a markdown table ready for the README.
 * Each build runs in a child process that reports its own CPU time and peak memory on exit
 * (bench/report-usage.ts); the CPU of its esbuild child is sampled from /proc. tsx's disk cache
 * is off in both, so neither reuses TypeScript compiled by an earlier run, as on a fresh clone.
 */

const TARGETS = { cpuRatioAt10k: 1.3, growth10kTo50k: 5.5, peakBytesAt50k: 1.2e9 };

interface Run {
  pages: number;
  wallSeconds: number;
  /** The build process and every process it started. */
  cpuSeconds: number;
  /** The build process's own peak; helper processes have theirs in `helpers`. */
  peakBytes: number;
  /** Processes the build started, by what they are: "esbuild", "pagefind". */
  helpers: Map<string, Usage>;
}

interface Usage {
  cpuSeconds: number;
  peakBytes: number;
}

interface Row {
  stories: number;
  hub: Run;
  baseline: Run;
}

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,50000" },
    keep: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error(`--sizes must be whole numbers of stories separated by commas, e.g. 1000,10000; got ${values.sizes}`);
}

const loadBefore = os.loadavg();
const rows: Row[] = [];
for (const stories of sizes) {
  const work = await mkdtemp(path.join(os.tmpdir(), `hub-bench-${stories}-`));
  try {
    const data = path.join(work, "data");
    process.stderr.write(`${stories} stories: generating... `);
    await writeDataFolder(data, generateData({ stories }));
    process.stderr.write("hub build... ");
    const hub = await measure(
      ["scripts/build.ts"],
      {
        HUB_DATA_DIR: data,
        HUB_OUTPUT_DIR: path.join(work, "hub"),
        HUB_TODAY: GENERATED_TODAY,
      },
      path.join(work, "hub"),
    );
    process.stderr.write("baseline build... ");
    const baseline = await measure(
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=bench/baseline/eleventy.config.ts", "--quiet"],
      { BENCH_DATA_DIR: data, BENCH_OUTPUT_DIR: path.join(work, "baseline") },
      path.join(work, "baseline"),
    );
    process.stderr.write(`done (${hub.cpuSeconds.toFixed(1)} s and ${baseline.cpuSeconds.toFixed(1)} s CPU)\n`);
    rows.push({ stories, hub, baseline });
  } finally {
    if (values.keep) process.stderr.write(`  kept ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
}
const loadAfter = os.loadavg();

console.log(report(rows, loadBefore, loadAfter));

/**
 * Runs one build in a child Node process and returns what it cost and how many pages it wrote.
 * The build process reports its own CPU and peak memory; the processes it starts (esbuild, which
 * compiles TypeScript, and Pagefind, which indexes the site for search) are never waited for by
 * Node, so they are sampled from /proc while they run.
 */
async function measure(args: string[], env: Record<string, string>, outputDir: string): Promise<Run> {
  const usageFile = path.join(os.tmpdir(), `hub-bench-usage-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const { child, result } = start(
    process.execPath,
    ["--import", "tsx", "--import", "./bench/report-usage.ts", ...args],
    {
      env: { ...env, TSX_DISABLE_CACHE: "1", BENCH_USAGE_FILE: usageFile },
    },
  );
  const seen = new Map<number, Usage & { name: string }>();
  const sampler = setInterval(() => sampleDescendants(child.pid, seen), 200);
  const { status, stdout, stderr } = await result.finally(() => clearInterval(sampler));
  const wallSeconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`${args[0]} failed (exit ${status}):\n${stdout}${stderr}`);
  const usage = JSON.parse(await readFile(usageFile, "utf8")) as NodeJS.ResourceUsage;
  await rm(usageFile, { force: true });
  const helpers = new Map<string, Usage>();
  for (const { name, cpuSeconds, peakBytes } of seen.values()) {
    const sum = helpers.get(name) ?? { cpuSeconds: 0, peakBytes: 0 };
    helpers.set(name, { cpuSeconds: sum.cpuSeconds + cpuSeconds, peakBytes: Math.max(sum.peakBytes, peakBytes) });
  }
  const helperSeconds = [...helpers.values()].reduce((sum, h) => sum + h.cpuSeconds, 0);
  return {
    pages: await countPages(outputDir),
    wallSeconds,
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 + helperSeconds,
    // maxRSS is in kilobytes (getrusage(2)).
    peakBytes: usage.maxRSS * 1024,
    helpers,
  };
}

/** Records each descendant of `root`: what it is, its CPU so far and its peak memory (Linux /proc; elsewhere nothing). */
function sampleDescendants(root: number | undefined, seen: Map<number, Usage & { name: string }>): void {
  if (root === undefined || !existsSync("/proc")) return;
  const read = (file: string) => {
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  };
  const stats = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      // Fields after the command name, which may hold spaces: state ppid ... utime(14) stime(15).
      const fields = read(`/proc/${pid}/stat`)?.split(") ")[1]?.split(" ");
      return fields
        ? [{ pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }]
        : [];
    });
  const family = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of stats) {
      if (!family.has(s.pid) && family.has(s.ppid)) {
        family.add(s.pid);
        grew = true;
      }
    }
  }
  for (const s of stats) {
    if (s.pid === root || !family.has(s.pid)) continue;
    const command = read(`/proc/${s.pid}/cmdline`) ?? "";
    const name = /pagefind/.test(command) ? "pagefind" : /esbuild/.test(command) ? "esbuild" : "other";
    const peakKb = Number(/VmHWM:\s+(\d+)/.exec(read(`/proc/${s.pid}/status`) ?? "")?.[1] ?? 0);
    const before = seen.get(s.pid);
    // Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture.
    seen.set(s.pid, {
      // An exiting process has no command line left: keep the name it had.
      name: before && before.name !== "other" ? before.name : name,
      cpuSeconds: s.ticks / 100,
      peakBytes: Math.max(before?.peakBytes ?? 0, peakKb * 1024),
    });
  }
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}

function report(rows: Row[], before: number[], after: number[]): string {
  const fixed = (n: number, digits = 1) => n.toFixed(digits);
  const mb = (bytes: number) => String(Math.round(bytes / 1e6));
  const search = (run: Run): Usage => run.helpers.get("pagefind") ?? { cpuSeconds: 0, peakBytes: 0 };
  const withoutSearch = (run: Run) => run.cpuSeconds - search(run).cpuSeconds;
  const lines = [
    "| stories | hub pages | hub wall s | hub CPU s | of which search index | hub pages/s (CPU) | hub peak MB | search index peak MB | baseline pages | baseline wall s | baseline CPU s | baseline peak MB | CPU hub / baseline | same, without search index |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows
      .map(({ stories, hub, baseline }) =>
        [
          stories,
          hub.pages,
          fixed(hub.wallSeconds),
          fixed(hub.cpuSeconds),
          fixed(search(hub).cpuSeconds),
          Math.round(hub.pages / hub.cpuSeconds),
          mb(hub.peakBytes),
          mb(search(hub).peakBytes),
          baseline.pages,
          fixed(baseline.wallSeconds),
          fixed(baseline.cpuSeconds),
          mb(baseline.peakBytes),
          fixed(hub.cpuSeconds / baseline.cpuSeconds, 2),
          fixed(withoutSearch(hub) / baseline.cpuSeconds, 2),
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];

  const at = (n: number) => rows.find((r) => r.stories === n);
  const [at10k, at50k] = [at(10_000), at(50_000)];
  const checks: string[] = [];
  if (at10k) {
    const ratio = at10k.hub.cpuSeconds / at10k.baseline.cpuSeconds;
    const bare = withoutSearch(at10k.hub) / at10k.baseline.cpuSeconds;
    checks.push(
      verdict(
        `CPU hub / baseline at 10k stories: ${fixed(ratio, 2)} (${fixed(bare, 2)} without the search index)`,
        ratio <= TARGETS.cpuRatioAt10k,
        `<= ${TARGETS.cpuRatioAt10k}`,
      ),
    );
  }
  if (at10k && at50k) {
    const cpu = at50k.hub.cpuSeconds / at10k.hub.cpuSeconds;
    const wall = at50k.hub.wallSeconds / at10k.hub.wallSeconds;
    checks.push(
      verdict(
        `hub CPU at 50k / at 10k: ${fixed(cpu, 2)} (wall ${fixed(wall, 2)}; 5 times the stories)`,
        cpu <= TARGETS.growth10kTo50k,
        `<= ${TARGETS.growth10kTo50k}`,
      ),
    );
  }
  if (at50k) {
    checks.push(
      verdict(
        `hub peak memory at 50k: ${mb(at50k.hub.peakBytes)} MB (the search index process: ${mb(search(at50k.hub).peakBytes)} MB)`,
        at50k.hub.peakBytes <= TARGETS.peakBytesAt50k,
        `<= ${mb(TARGETS.peakBytesAt50k)} MB`,
      ),
    );
  }

  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(" ");
  return [
    "",
    ...lines,
    "",
    ...(checks.length ? [...checks.map((c) => `- ${c}`), ""] : []),
    `Machine: ${machine}. Load average before ${load(before)}, after ${load(after)} (1, 5, 15 min). ${new Date().toISOString().slice(0, 10)}.`,
    "CPU is user + system time of the build process and every process it starts (esbuild; Pagefind, the search index);",
    "peak memory is the build process's maximum resident set size, and Pagefind's its own.",
  ].join("\n");
}

function verdict(measured: string, met: boolean, target: string): string {
  return `${measured}: target ${target} ${met ? "met" : "MISSED"}`;
}
