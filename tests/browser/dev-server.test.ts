import { type ChildProcess, spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connectBrowser, describeInBrowser, type TestBrowser } from "../helpers/browser.ts";
import { copyData, type DataCopy, NEVER_FINISHES } from "../helpers/data-copy.ts";
import { runFolder } from "../helpers/site.ts";

/*
 * `npm start` as a maintainer uses it: the dev server on a copy of the data, a page open in
 * Chromium, and the data broken and fixed while it runs. The copy lives in the run's folder, outside
 * the project, because Eleventy does not watch the git-ignored folders where other tests keep theirs.
 * One server does it all: it starts on data that is already broken, which costs no build, and the
 * fix is its first build. (A second server for the broken start cost a whole start of tsx watch and
 * Eleventy, about 13 s.)
 */
const AXE_PATH = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const STORY = "stories/blanchard-smart-advocacy/";
const TITLE = "Elizabeth Smart reaches out to Gypsy Rose Blanchard after her release";

let data: DataCopy;
/** `_data/site.ts` as the copy had it before the test broke it. */
let goodSite: string;
let server: ChildProcess | undefined;
let origin: string;
let browser: TestBrowser | undefined;
let page: Page;
let publishedBefore: number | undefined;

const banner = () => page.locator("aside.hub-dev-problems");
const fetchText = (path: string) =>
  fetch(`${origin}/${path}`)
    .then((response) => response.text())
    .catch(() => undefined);

describeInBrowser("npm start while the data is broken", () => {
  beforeAll(async () => {
    data = await copyData("_data", await runFolder("dev-data-"));
    goodSite = await data.read("site.ts");
    await data.edit("site.ts", (text) =>
      text.replace('"988-lifeline", "crisis-text-line"', '"988-lifline", "crisis-text-line"'),
    );
    publishedBefore = await modified("_site/index.html");
    const port = await freePort();
    origin = `http://localhost:${port}`;
    server = spawn("npm", ["start", "--", `--port=${port}`], {
      env: { ...process.env, HUB_DATA_DIR: path.resolve(data.dir), HUB_DATA_TIME_LIMIT: "2", HUB_OUTPUT_DIR: "" },
      stdio: "ignore",
      // Its own process group, so stopping it stops tsx watch and Eleventy under it.
      detached: true,
    });
    await waitFor(() => fetchText(""), 120_000);
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid);
    await data?.remove();
  });

  it("starts on data that is already broken, and shows the problems instead of stopping", async () => {
    const html = await fetchText("");
    expect(html).toContain('<aside class="hub-dev-problems"');
    expect(html).toContain(`${data.file("site.ts")}: helpNow[0] = &quot;988-lifline&quot; is not a resource`);
  });

  it("builds outside the published folder once the data is fixed", async () => {
    await data.write("site.ts", goodSite);
    await waitFor(async () => {
      const html = await fetchText(STORY);
      return html?.includes("<h1") && !html.includes("hub-dev-problems") ? html : undefined;
    }, 120_000);
    browser = await connectBrowser();
    const context = await browser.newContext({ baseURL: origin });
    await context.addInitScript({ path: AXE_PATH });
    page = await context.newPage();
    await page.goto(STORY);
    expect(await modified(".cache/dev-site/index.html")).toBeDefined();
    expect(await modified("_site/index.html")).toBe(publishedBefore);
    await expect.poll(() => page.locator("h1").textContent()).toBe(TITLE);
    expect(await banner().count()).toBe(0);
  });

  it("shows the data's problems on the open page, without a reload by hand, readable and accessible", async () => {
    await data.edit("stories/blanchard-smart.ts", (text) =>
      text.replace('title: "Elizabeth Smart', 'title: "Elizabeth\\fSmart'),
    );

    await expect.poll(() => banner().count(), { timeout: 60_000 }).toBe(1);
    const heading = page.getByRole("complementary", {
      name: "The data has 1 problem, so this page was not rebuilt",
    });
    await expect.poll(() => heading.count()).toBe(1);
    expect(await banner().locator("li").allTextContents()).toEqual([
      `${data.file("stories/blanchard-smart.ts")}: title = "Elizabeth\\fSmart reaches out to Gypsy Rose Blanchard after her release" contains U+000C FORM FEED after "Elizabeth", a control character that breaks the feed and the open data; delete it (it may be invisible: retype the words around it)`,
    ]);
    const axe = await page.evaluate(
      (values) =>
        (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(
          document,
          { runOnly: { type: "tag", values }, resultTypes: ["violations"] },
        ),
      WCAG_AA,
    );
    expect(axe.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
  });

  it("shows the problems on every page, to a browser without JavaScript too", async () => {
    for (const path of ["", "help/rainn/", "no-such-page/"]) {
      const html = await fetch(`${origin}/${path}`).then((response) => response.text());
      expect(html, path).toContain('<aside class="hub-dev-problems"');
    }
  });

  it("is not left hung by a data file that never finishes, once it is fixed", async () => {
    const story = await data.read("stories/blanchard-smart.ts");
    await data.write("stories/blanchard-smart.ts", story.replace("export default", `${NEVER_FINISHES}export default`));
    await expect
      .poll(() => banner().textContent(), { timeout: 90_000 })
      .toContain("did not finish loading within 2 s; look for a loop that never ends");

    await data.write(
      "stories/blanchard-smart.ts",
      story.replace('title: "Elizabeth\\fSmart', 'title: "Elizabeth Smart'),
    );
    await expect.poll(() => banner().count(), { timeout: 90_000 }).toBe(0);
    await expect.poll(() => page.locator("h1").textContent()).toBe(TITLE);
  });
});

async function modified(file: string): Promise<number | undefined> {
  return (await stat(file).catch(() => undefined))?.mtimeMs;
}

async function waitFor<T>(find: () => Promise<T | undefined>, timeout: number): Promise<T> {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the dev server did not answer within ${timeout / 1000} s`);
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
