import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { findDataError, formatProblem } from "../data/problem.ts";
import { escapeHtml } from "../model/escape.ts";
import { formatSettingProblem, SettingsError } from "./settings.ts";

/*
 * While `npm start` ran and the data had problems, Eleventy could not build, and the browser kept
 * showing the last pages that built with no sign that anything was wrong (and a dev server
 * started on broken data stopped at once). Now, in `npm start` only, data the checks refuse does
 * not stop Eleventy: the problems are printed, no page is written, so the dev server keeps the
 * last pages that built, and puts the problems at the top of every page it serves (a banner, no
 * JavaScript needed, read first by a screen reader) until they are fixed. A small script reloads
 * the page when they change, so the banner comes and goes as the maintainer saves. None of this
 * is in a built site: it is added to pages as the dev server sends them
 * (https://www.11ty.dev/docs/dev-server/#options). `npm run build` still refuses the data.
 */

/** What the banner says: the problems as `npm run build` prints them, and a version that changes with them. */
interface DevStatus {
  version: string;
  problems: readonly string[];
}

/** A new number each time the dev server starts, so a page from the last run reloads too. */
const BOOT = Date.now().toString(36);
let changes = 0;
let status: DevStatus = { version: `${BOOT}-0`, problems: [] };

/** The hub in `npm start` while the data is refused: every template sees it and is skipped. */
export const REFUSED_DATA = Object.freeze({ refused: true as const });
export type RefusedData = typeof REFUSED_DATA;

/**
 * The hub for `npm start`: as loaded, or, when the data or a setting is refused, `REFUSED_DATA`
 * after printing the problems (as `npm run build` would) and noting them for the banner. Any other
 * error is Eleventy's to report, as before.
 */
export async function serveThroughProblems<T>(loading: Promise<T>): Promise<T | RefusedData> {
  try {
    const hub = await loading;
    setProblems([]);
    return hub;
  } catch (error) {
    const dataError = findDataError(error);
    const refused = dataError?.problems.map(formatProblem) ?? settingsProblems(error);
    if (!refused) throw error;
    setProblems(refused);
    console.error(
      `${(dataError ?? (error as Error)).message}\nThe pages served are the last that built; fix the data and save.`,
    );
    return REFUSED_DATA;
  }
}

/** Whether a template's data holds the refused hub, so the template is not written. */
export function isRefused(data: { hub?: unknown }): boolean {
  return data.hub === REFUSED_DATA;
}

function settingsProblems(error: unknown): string[] | undefined {
  return error instanceof SettingsError ? error.problems.map(formatSettingProblem) : undefined;
}

function setProblems(problems: readonly string[]): void {
  if (problems.join("\n") === status.problems.join("\n")) return;
  changes++;
  status = { version: `${BOOT}-${changes}`, problems };
}

/** The dev server's own files, apart from the site's. */
const PREFIX = "/.hub-dev/";
const FILES: Readonly<Record<string, { type: string; body: () => string }>> = {
  "status.json": { type: "application/json", body: () => JSON.stringify({ version: status.version }) },
  "problems.css": { type: "text/css", body: () => read("dev-problems.css") },
  "problems.js": { type: "text/javascript", body: () => read("dev-problems.js") },
};

function read(name: string): string {
  return readFileSync(new URL(`./dev-client/${name}`, import.meta.url), "utf8");
}

/**
 * Middleware for Eleventy's dev server: serves the banner's own files, and adds the banner and its
 * script to every HTML page on its way out.
 */
export function devProblemsMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  const url = request.url ?? "/";
  const file = url.startsWith(PREFIX) ? FILES[url.slice(PREFIX.length).split("?")[0] ?? ""] : undefined;
  if (file) {
    response.writeHead(200, { "Content-Type": `${file.type}; charset=utf-8`, "Cache-Control": "no-store" });
    response.end(file.body());
    return;
  }
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((data?: unknown, ...rest: unknown[]) => {
    const html = String(response.getHeader("Content-Type") ?? "").startsWith("text/html");
    return end(html && typeof data === "string" ? withBanner(data, status) : data, ...rest);
  }) as ServerResponse["end"];
  next();
}

/** The page with the banner (when there are problems) first in its body, and the script that keeps it current. */
export function withBanner(html: string, { version, problems }: DevStatus): string {
  const script = `<script type="module" src="${PREFIX}problems.js" data-version="${version}"></script>`;
  const head = html.includes("</head>") ? html.replace("</head>", `${script}</head>`) : `${script}${html}`;
  if (problems.length === 0) return head;
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const banner = [
    `<link rel="stylesheet" href="${PREFIX}problems.css">`,
    `<aside class="hub-dev-problems" aria-labelledby="hub-dev-problems-title">`,
    `<h2 id="hub-dev-problems-title">The data has ${count}, so this page was not rebuilt</h2>`,
    `<ul>${problems.map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join("")}</ul>`,
    "<p>Fix them and save: this page shows the change by itself. Only <code>npm start</code> shows this box; <code>npm run build</code> publishes nothing until the data is fixed.</p>",
    "</aside>",
  ].join("");
  return head.replace(/<body[^>]*>/, (body) => `${body}${banner}`);
}
