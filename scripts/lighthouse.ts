import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { securityHeaders } from "../src/publish/headers.ts";
import { CHROMIUM_PATH as CHROMIUM, CHROMIUM_ARGS } from "./lib/chromium.ts";
import { type StaticServer, serveFolder } from "./lib/static-server.ts";

/*
 * `npm run lighthouse`: builds the site with the real data into a temporary folder, serves it the
 * way a static host does (gzip, the security headers from src/publish/headers.ts), and runs Lighthouse 12
 * on the home page, a topic page and a story page, on mobile and desktop, with Debian's Chromium.
 * Prints the scores as a markdown table and every audit that kept a category under 100.
 * Exits with 1 when any score is under 100. Not part of `npm test`: scores depend on the machine.
 *
 * Lighthouse is not in the hub's own install (about 200 packages of its own): it lives in
 * `tools/lighthouse/`, a package with its own lock file that `npm run lighthouse` installs first,
 * and runs here through its command line, the interface Lighthouse documents for this.
 */

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const LIGHTHOUSE = path.resolve("tools/lighthouse/node_modules/lighthouse/cli/index.js");
if (!existsSync(LIGHTHOUSE)) {
  throw new Error("Lighthouse is not installed: run `npm run lighthouse`, which installs tools/lighthouse first.");
}

const work = await mkdtemp(path.join(os.tmpdir(), "hub-lighthouse-"));
const site = path.join(work, "site");
let server: StaticServer | undefined;
let chromium: ChildProcess | undefined;
try {
  await build(site);
  // Ten minutes of caching, as GitHub Pages sends: Lighthouse reports how long assets are cached.
  server = await serveFolder(site, { gzip: true, headers: { ...securityHeaders(), "cache-control": "max-age=600" } });
  const pages = await pagesToAudit(site);
  const { child, port } = await launchChromium(path.join(work, "profile"));
  chromium = child;

  const versions = new Set<string>();
  const rows: string[] = [];
  const problems: string[] = [];
  for (const [name, url] of pages) {
    for (const formFactor of ["mobile", "desktop"] as const) {
      const lhr = await audit(`${server.origin}${url}`, { port, formFactor, report: path.join(work, "report.json") });
      versions.add(lhr.lighthouseVersion);
      const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
      rows.push(`| ${name} (\`${url}\`) | ${formFactor} | ${scores.join(" | ")} |`);
      problems.push(...failingAudits(lhr).map((line) => `${name}, ${formFactor}: ${line}`));
    }
  }
  console.log(
    [
      "",
      "| page | device | performance | accessibility | best practices | SEO |",
      "| --- | --- | ---: | ---: | ---: | ---: |",
      ...rows,
      "",
      problems.length ? `Audits under 100:\n${problems.map((p) => `- ${p}`).join("\n")}` : "Every category scores 100.",
      `Lighthouse ${[...versions].join(", ")} with ${CHROMIUM}; load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}.`,
    ].join("\n"),
  );
  if (problems.length) process.exitCode = 1;
} finally {
  // Chromium writes to its profile until it exits: removing the folder sooner fails with ENOTEMPTY.
  if (chromium && chromium.exitCode === null) {
    const exited = new Promise((resolve) => chromium?.once("exit", resolve));
    chromium.kill();
    await exited;
  }
  await server?.close();
  await rm(work, { recursive: true, force: true });
}

/** The real build (scripts/build.ts), into `dir`, from `_data/`. */
async function build(dir: string): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    env: { ...process.env, HUB_OUTPUT_DIR: dir },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`The build failed (exit ${code}).`);
}

/** Home, then the first topic and the first story the home page links to, so the choice follows the data. */
async function pagesToAudit(dir: string): Promise<[string, string][]> {
  const home = await readFile(path.join(dir, "index.html"), "utf8");
  const first = (pattern: RegExp, what: string) => {
    const href = pattern.exec(home)?.[1];
    if (!href) throw new Error(`The home page links to no ${what}; nothing to audit.`);
    return href;
  };
  return [
    ["home", "/"],
    ["topic", first(/href="(\/topics\/[a-z0-9-]+\/)"/, "topic")],
    ["story", first(/href="(\/stories\/[a-z0-9-]+\/)"/, "story")],
  ];
}

/** Starts Chromium with a DevTools port of its own choosing and waits until it says which. */
function launchChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.on("error", (error) =>
      reject(new Error(`Cannot start ${CHROMIUM} (apt-get install chromium): ${error.message}`)),
    );
    child.stderr?.on("data", (chunk) => {
      output += chunk;
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.on("close", (code) => reject(new Error(`Chromium exited (${code}) before it was ready:\n${output}`)));
  });
}

/** The parts of Lighthouse's JSON report read here (https://github.com/GoogleChrome/lighthouse/blob/main/docs/understanding-results.md). */
interface Report {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}
interface Audit {
  title: string;
  score: number | null;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
}

/**
 * One Lighthouse run against the Chromium already listening on `port`. Lighthouse's trace
 * sometimes misses the navigation on a busy machine (NO_NAVSTART); such a run is tried again.
 */
async function audit(
  url: string,
  run: { port: number; formFactor: "mobile" | "desktop"; report: string },
  attempts = 3,
): Promise<Report> {
  const args = [
    LIGHTHOUSE,
    url,
    `--port=${run.port}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    ...(run.formFactor === "desktop" ? ["--preset=desktop"] : []),
    "--output=json",
    `--output-path=${run.report}`,
    "--no-enable-error-reporting",
    "--quiet",
  ];
  await rm(run.report, { force: true });
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const report = await readFile(run.report, "utf8").then(
    (text) => JSON.parse(text) as Report,
    () => undefined,
  );
  if (code === 0 && report && !report.runtimeError) return report;
  if (attempts > 1) return audit(url, run, attempts - 1);
  const why = report?.runtimeError?.message ?? (stderr.trim() || `exit ${code}`);
  throw new Error(`Lighthouse could not audit ${url}: ${why}`);
}

/** "Category: audit title (score): what it found" for each scored audit that did not pass. */
function failingAudits(lhr: Report): string[] {
  return CATEGORIES.flatMap((id) => {
    const category = lhr.categories[id];
    if (!category || category.score === 1) return [];
    return category.auditRefs.flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) return [];
      return [`${category.title}: ${audit.title} (${audit.displayValue || audit.score})${found(audit.details)}`];
    });
  });
}

/** The first few items an audit lists (a URL, a console message, a node), so a failure says where to look. */
function found(details: Audit["details"]): string {
  if (!details?.items) return "";
  const items = details.items.slice(0, 3).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    return String(item.description ?? item.url ?? node?.snippet ?? JSON.stringify(item)).slice(0, 160);
  });
  return items.length ? `: ${items.join("; ")}` : "";
}
