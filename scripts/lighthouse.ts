import { type ChildProcess, spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createGzip } from "node:zlib";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import { securityHeaders } from "../src/publish/headers.ts";
import { CHROMIUM_PATH as CHROMIUM, CHROMIUM_ARGS } from "./lib/chromium.ts";
import { CONTENT_TYPES as TYPES } from "./lib/content-types.ts";

/*
 * `npm run lighthouse`: builds the site with the real data into a temporary folder, serves it the
 * way a static host does (gzip, the security headers from src/publish/headers.ts), and runs Lighthouse 12
 * on the home page, a topic page and a story page, on mobile and desktop, with Debian's Chromium.
 * Prints the scores as a markdown table and every audit that kept a category under 100.
 * Exits with 1 when any score is under 100. Not part of `npm test`: scores depend on the machine.
 */

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

const work = await mkdtemp(path.join(os.tmpdir(), "hub-lighthouse-"));
const site = path.join(work, "site");
let server: Server | undefined;
let chromium: ChildProcess | undefined;
try {
  await build(site);
  server = await serve(site);
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const pages = await pagesToAudit(site);
  const { child, port } = await launchChromium(path.join(work, "profile"));
  chromium = child;

  const rows: string[] = [];
  const problems: string[] = [];
  for (const [name, url] of pages) {
    for (const formFactor of ["mobile", "desktop"] as const) {
      const lhr = await audit(`${origin}${url}`, port, formFactor);
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
      `Lighthouse 12 with ${CHROMIUM}; load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}.`,
    ].join("\n"),
  );
  if (problems.length) process.exitCode = 1;
} finally {
  chromium?.kill();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
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

/** Serves `dir` as a static host would: index.html for folders, 404.html with status 404, gzip, security headers. */
function serve(dir: string): Promise<Server> {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = await findFile(root, pathname);
    const served = file ?? path.join(root, "404.html");
    const type = TYPES[path.extname(served)] ?? "application/octet-stream";
    const compress = /^(text\/|application\/(json|xml|manifest))|svg/.test(type);
    res.writeHead(file ? 200 : 404, {
      ...securityHeaders(),
      "content-type": type,
      "cache-control": "max-age=600",
      ...(compress ? { "content-encoding": "gzip" } : {}),
    });
    const stream = createReadStream(served);
    (compress ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function findFile(root: string, pathname: string): Promise<string | undefined> {
  const candidate = path.join(root, pathname);
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  const index = path.join(candidate, "index.html");
  return info?.isDirectory() && (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
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

/** Lighthouse's trace sometimes misses the navigation on a busy machine (NO_NAVSTART); such a run is tried again. */
async function audit(url: string, port: number, formFactor: "mobile" | "desktop", attempts = 3): Promise<Result> {
  const flags: Flags = { port, logLevel: "error", onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, formFactor === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (!lhr.runtimeError) return lhr;
  if (attempts > 1) return audit(url, port, formFactor, attempts - 1);
  throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
}

/** "Category: audit title (score): what it found" for each scored audit that did not pass. */
function failingAudits(lhr: Result): string[] {
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
function found(details: Result["audits"][string]["details"]): string {
  if (!details || !("items" in details)) return "";
  const items = (details.items as Record<string, unknown>[]).slice(0, 3).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    return String(item.description ?? item.url ?? node?.snippet ?? JSON.stringify(item)).slice(0, 160);
  });
  return items.length ? `: ${items.join("; ")}` : "";
}
