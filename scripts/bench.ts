import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { GENERATED_TODAY, type GeneratedData, generateData, writeDataFolder } from "./generate-data.ts";
import { start } from "./lib/run.ts";

/*
 * `npm run bench [-- --sizes 1000,10000,50000] [--keep]`: how the build grows with the number of
 * stories. For each size it generates a synthetic data folder in a temporary folder (never
 * `_data/`) and, one after the other, builds it three ways: with the real build (scripts/build.ts),
 * cold (no cache) and then warm (one story changed, the cache of the cold build kept); with truly
 * bare Eleventy (bench/bare/: plain Node, the same records from ONE JavaScript data file); and with
 * the `.ts`-file baseline (bench/baseline/: Eleventy importing each `.ts` file through tsx).
 * Each build runs in a child process that reports its own CPU time and peak memory on exit
 * (bench/report-usage.js); the CPU of the processes it starts is sampled from /proc. tsx's disk
 * cache is off, so nothing reuses TypeScript compiled by an earlier run, as on a fresh clone.
 */

const TARGETS = { cpuRatioAt10k: 2.0, cpuRatioAt10kWithoutSearch: 1.5, warmShareAt10k: 0.25, peakBytesAt50k: 1.2e9 };

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
  /** The same build again with one story changed and the cold build's cache kept. */
  warm: Run;
  /** Truly bare Eleventy: one JavaScript data file, one page per story. */
  bare: Run;
  /** The same, with each story's page in English and in Spanish, as the hub writes its story pages. */
  bilingual: Run;
  /** Eleventy importing the `.ts` files through tsx, as Eleventy's docs suggest. */
  baseline: Run;
  /** `uptime`'s load averages when this size started and ended. */
  load: [string, string];
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

const rows: Row[] = [];
for (const stories of sizes) {
  const work = await mkdtemp(path.join(os.tmpdir(), `hub-bench-${stories}-`));
  try {
    const loadAtStart = uptime();
    const data = path.join(work, "data");
    const bareData = path.join(work, "bare-data");
    process.stderr.write(`${stories} stories: generating... `);
    const generated = generateData({ stories });
    await writeDataFolder(data, generated);
    await writeBareData(bareData, generated);
    const hubEnv = {
      HUB_DATA_DIR: data,
      HUB_OUTPUT_DIR: path.join(work, "hub"),
      HUB_TODAY: GENERATED_TODAY,
      // A cache of its own, empty at first: the cold build is a fresh clone's first build.
      HUB_CACHE_DIR: path.join(work, "cache"),
    };
    process.stderr.write("hub build... ");
    const hub = await measure(["scripts/build.ts"], hubEnv, path.join(work, "hub"));
    process.stderr.write("bare Eleventy... ");
    const bare = await measure(
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=bench/bare/eleventy.config.js", "--quiet"],
      { BENCH_DATA_DIR: bareData, BENCH_OUTPUT_DIR: path.join(work, "bare") },
      path.join(work, "bare"),
      { tsx: false },
    );
    process.stderr.write("bare Eleventy in two languages... ");
    const bilingual = await measure(
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=bench/bare/eleventy.config.js", "--quiet"],
      {
        BENCH_INPUT_DIR: "bench/bare-bilingual",
        BENCH_DATA_DIR: bareData,
        BENCH_OUTPUT_DIR: path.join(work, "bare-bilingual"),
      },
      path.join(work, "bare-bilingual"),
      { tsx: false },
    );
    process.stderr.write(".ts baseline... ");
    const baseline = await measure(
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=bench/baseline/eleventy.config.ts", "--quiet"],
      { BENCH_DATA_DIR: data, BENCH_OUTPUT_DIR: path.join(work, "baseline") },
      path.join(work, "baseline"),
    );
    process.stderr.write("warm hub build... ");
    await changeOneStory(data, generated);
    const warm = await measure(["scripts/build.ts"], hubEnv, path.join(work, "hub"));
    process.stderr.write(
      `done (CPU s: hub ${hub.cpuSeconds.toFixed(1)}, bare ${bare.cpuSeconds.toFixed(1)}, bare in two languages ${bilingual.cpuSeconds.toFixed(1)}, .ts baseline ${baseline.cpuSeconds.toFixed(1)}, warm ${warm.cpuSeconds.toFixed(1)})\n`,
    );
    rows.push({ stories, hub, warm, bare, bilingual, baseline, load: [loadAtStart, uptime()] });
  } finally {
    if (values.keep) process.stderr.write(`  kept ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
}

console.log(report(rows));

/**
 * The same records for bare Eleventy, in ONE JavaScript data file (`hub.js`): the stories, the
 * resources by id, and for each story the ids of five resources its page shows (those of its
 * topics first), which the bare template looks up as the hub's story pages look up their helplines.
 */
async function writeBareData(dir: string, data: GeneratedData): Promise<void> {
  const resources = Object.fromEntries(data.resources.map((r) => [r.id, r]));
  const stories = data.stories.map((story) => {
    const fits = data.resources.filter((r) => r.causes.some((c) => story.causes.includes(c)));
    const help = [...new Set([...fits, ...data.resources].map((r) => r.id))].slice(0, 5);
    return { ...story, help };
  });
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  await writeFile(
    path.join(dir, "hub.js"),
    `export default ${JSON.stringify({ site: data.site, resources, stories })};\n`,
  );
}

/** What a maintainer does between two builds: one story's title edited, its file saved. */
async function changeOneStory(dir: string, data: GeneratedData): Promise<void> {
  const story = data.stories[Math.floor(data.stories.length / 2)];
  if (!story) return;
  const file = path.join(dir, "stories", `${story.id}.ts`);
  const source = await readFile(file, "utf8");
  await writeFile(file, source.replace(JSON.stringify(story.title), JSON.stringify(`${story.title}, edited`)));
}

/** The machine's load averages (1, 5, 15 minutes), as `uptime` prints them. */
function uptime(): string {
  try {
    return /load average: (.*)$/.exec(execFileSync("uptime", { encoding: "utf8" }).trim())?.[1] ?? "";
  } catch {
    return os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(", ");
  }
}

/**
 * Runs one build in a child Node process and returns what it cost and how many pages it wrote.
 * The build process reports its own CPU and peak memory; the processes it starts (esbuild, which
 * compiles TypeScript, and Pagefind, which indexes the site for search) are never waited for by
 * Node, so they are sampled from /proc while they run.
 */
async function measure(
  args: string[],
  env: Record<string, string>,
  outputDir: string,
  { tsx = true }: { tsx?: boolean } = {},
): Promise<Run> {
  const usageFile = path.join(os.tmpdir(), `hub-bench-usage-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  // Bare Eleventy runs on plain Node; the usage reporter is plain JavaScript so it needs no tsx.
  const { child, result } = start(
    process.execPath,
    [...(tsx ? ["--import", "tsx"] : []), "--import", "./bench/report-usage.js", ...args],
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

function report(rows: Row[]): string {
  const fixed = (n: number, digits = 1) => n.toFixed(digits);
  const mb = (bytes: number) => String(Math.round(bytes / 1e6));
  const search = (run: Run): Usage => run.helpers.get("pagefind") ?? { cpuSeconds: 0, peakBytes: 0 };
  const withoutSearch = (run: Run) => run.cpuSeconds - search(run).cpuSeconds;
  const lines = [
    "| stories | hub pages | hub wall s | hub CPU s | of which search index | hub peak MB | search index peak MB | bare pages | bare wall s | bare CPU s | bare peak MB | bare in two languages: pages | wall s | CPU s | peak MB | .ts baseline wall s | .ts baseline CPU s | CPU hub / bare | same, without search index | CPU hub / bare in two languages | same, without search index | CPU hub / .ts baseline | warm wall s | warm CPU s | CPU warm / cold | load average at start; at end |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...rows
      .map(({ stories, hub, warm, bare, bilingual, baseline, load }) =>
        [
          stories,
          hub.pages,
          fixed(hub.wallSeconds),
          fixed(hub.cpuSeconds),
          fixed(search(hub).cpuSeconds),
          mb(hub.peakBytes),
          mb(search(hub).peakBytes),
          bare.pages,
          fixed(bare.wallSeconds),
          fixed(bare.cpuSeconds),
          mb(bare.peakBytes),
          bilingual.pages,
          fixed(bilingual.wallSeconds),
          fixed(bilingual.cpuSeconds),
          mb(bilingual.peakBytes),
          fixed(baseline.wallSeconds),
          fixed(baseline.cpuSeconds),
          fixed(hub.cpuSeconds / bare.cpuSeconds, 2),
          fixed(withoutSearch(hub) / bare.cpuSeconds, 2),
          fixed(hub.cpuSeconds / bilingual.cpuSeconds, 2),
          fixed(withoutSearch(hub) / bilingual.cpuSeconds, 2),
          fixed(hub.cpuSeconds / baseline.cpuSeconds, 2),
          fixed(warm.wallSeconds),
          fixed(warm.cpuSeconds),
          fixed(warm.cpuSeconds / hub.cpuSeconds, 2),
          load.join("; "),
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];

  const at = (n: number) => rows.find((r) => r.stories === n);
  const [at10k, at50k] = [at(10_000), at(50_000)];
  const checks: string[] = [];
  if (at10k) {
    const ratio = at10k.hub.cpuSeconds / at10k.bare.cpuSeconds;
    const bare = withoutSearch(at10k.hub) / at10k.bare.cpuSeconds;
    const warm = at10k.warm.cpuSeconds / at10k.hub.cpuSeconds;
    // Issue 13 doubled the hub's pages; the one-language column is the target as issue 14 wrote it.
    const twoLanguages = at10k.hub.cpuSeconds / at10k.bilingual.cpuSeconds;
    const twoLanguagesBare = withoutSearch(at10k.hub) / at10k.bilingual.cpuSeconds;
    checks.push(
      atMost("CPU hub / bare Eleventy at 10k stories", ratio, TARGETS.cpuRatioAt10k),
      atMost("the same without the search index", bare, TARGETS.cpuRatioAt10kWithoutSearch),
      atMost("CPU hub / bare Eleventy in two languages at 10k", twoLanguages, TARGETS.cpuRatioAt10k),
      atMost("the same without the search index", twoLanguagesBare, TARGETS.cpuRatioAt10kWithoutSearch),
      atMost("CPU warm / cold build at 10k", warm, TARGETS.warmShareAt10k),
    );
  }
  if (at10k && at50k) {
    const ratio10k = at10k.hub.cpuSeconds / at10k.bare.cpuSeconds;
    const ratio50k = at50k.hub.cpuSeconds / at50k.bare.cpuSeconds;
    checks.push(
      verdict(
        `CPU hub / bare Eleventy at 50k: ${fixed(ratio50k, 2)}`,
        ratio50k <= ratio10k,
        `no worse than at 10k (${fixed(ratio10k, 2)})`,
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
  return [
    "",
    ...lines,
    "",
    ...(checks.length ? [...checks.map((c) => `- ${c}`), ""] : []),
    `Machine: ${machine}. ${new Date().toISOString().slice(0, 10)}. Load averages are uptime's (1, 5, 15 min).`,
    "CPU is user + system time of the build process and every process it starts (esbuild; Pagefind, the search index);",
    "peak memory is the build process's maximum resident set size, and Pagefind's its own.",
  ].join("\n");
}

function verdict(measured: string, met: boolean, target: string): string {
  return `${measured}: target ${target} ${met ? "met" : "MISSED"}`;
}

/** A ratio measured against a ceiling: "CPU warm / cold build at 10k: 0.37: target <= 0.25 MISSED". */
function atMost(what: string, ratio: number, target: number): string {
  return verdict(`${what}: ${ratio.toFixed(2)}`, ratio <= target, `<= ${target}`);
}
