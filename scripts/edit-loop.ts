import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadData } from "../src/data/load.ts";
import { type Running, start } from "./lib/run.ts";

/*
 * `npm run edit-loop`: how long after saving a story a maintainer running `npm start` sees it.
 * Starts the dev server exactly as `npm start` does (on a free port, writing to a temporary
 * folder), waits for a story page, then several times: changes the story's title in its data
 * file, and polls the page until the new title is served. Prints each time and the median.
 * The data file is put back as it was, whatever happens.
 */

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rounds = Number(values.rounds);
const POLL_MS = 20;

const { raw } = await loadData("_data");
const story = raw.stories[0];
if (!story) throw new Error("_data/stories/ holds no story to edit.");
const { title, slug } = story.value as { title: string; slug: string };
const original = await readFile(story.file, "utf8");
if (!original.includes(JSON.stringify(title))) {
  throw new Error(`${story.file}: cannot find the title written as ${JSON.stringify(title)} to change it.`);
}

const output = await mkdtemp(path.join(os.tmpdir(), "hub-edit-loop-"));
const port = await freePort();
const url = `http://localhost:${port}/stories/${slug}/`;
let server: Running | undefined;
const restore = () => writeFile(story.file, original);
process.once("SIGINT", () => {
  void restore().then(() => process.exit(130));
});

try {
  // Its own process group, so stopping it stops tsx watch and Eleventy under it.
  server = start("npm", ["start", "--", `--port=${port}`], {
    env: { HUB_OUTPUT_DIR: output },
    detached: true,
    echoStderr: true,
  });
  await waitFor(url, (html) => html.includes(escapeHtml(title)), 120_000);

  const times: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const edited = `${title} (edit ${round})`;
    await writeFile(story.file, original.replace(JSON.stringify(title), JSON.stringify(edited)));
    const saved = performance.now();
    await waitFor(url, (html) => html.includes(escapeHtml(edited)), 30_000);
    times.push(performance.now() - saved);
    console.log(`edit ${round}: shown ${Math.round(times.at(-1) ?? 0)} ms after the save`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `\nEdited ${story.file} ${rounds} times: median ${Math.round(median)} ms, slowest ${Math.round(sorted.at(-1) ?? 0)} ms ` +
      `from save to served page (polled every ${POLL_MS} ms; load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}).`,
  );
} finally {
  await restore();
  if (server?.child.pid) process.kill(-server.child.pid);
  await rm(output, { recursive: true, force: true });
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

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
