import { describe, expect, it } from "vitest";
import { isRefused, REFUSED_DATA, serveThroughProblems, withBanner } from "../../src/build/dev-problems.ts";
import { SettingsError } from "../../src/build/settings.ts";
import { DataError } from "../../src/data/problem.ts";

const PAGE =
  '<!doctype html><html lang="en"><head><title>A page</title></head><body class="x"><h1>A page</h1></body></html>';

describe("the dev server's problem banner", () => {
  it("puts the problems first in the body, escaped, with the script that keeps them current", () => {
    const html = withBanner(PAGE, { version: "v1", problems: ['_data/a.ts: title = "<b>" contains an HTML tag'] });
    expect(html).toContain('<script type="module" src="/.hub-dev/problems.js" data-version="v1"></script></head>');
    expect(html).toContain(
      '<body class="x"><link rel="stylesheet" href="/.hub-dev/problems.css"><aside class="hub-dev-problems"',
    );
    expect(html).toContain('<h2 id="hub-dev-problems-title">The data has 1 problem, so this page was not rebuilt</h2>');
    expect(html).toContain("<li><code>_data/a.ts: title = &quot;&lt;b&gt;&quot; contains an HTML tag</code></li>");
  });

  it("adds only the script while the data is fine, so a later problem still reaches the page", () => {
    const html = withBanner(PAGE, { version: "v2", problems: [] });
    expect(html).not.toContain("hub-dev-problems");
    expect(html).toContain('data-version="v2"');
  });
});

describe("npm start while the data is refused", () => {
  it("keeps serving instead of stopping: no page is written, and the problems are noted", async () => {
    const error = new DataError([{ file: "_data/site.ts", field: "name", message: "must not be empty" }]);
    const hub = await serveThroughProblems(Promise.reject(error));
    expect(hub).toBe(REFUSED_DATA);
    expect(isRefused({ hub })).toBe(true);
  });

  it("treats settings the same way, and passes the hub through once it loads", async () => {
    const refused = await serveThroughProblems(
      Promise.reject(new SettingsError([{ name: "PATH_PREFIX", value: "..", message: "is wrong" }])),
    );
    expect(refused).toBe(REFUSED_DATA);
    expect(await serveThroughProblems(Promise.resolve({ site: "ok" }))).toEqual({ site: "ok" });
    expect(isRefused({ hub: { site: "ok" } })).toBe(false);
  });

  it("leaves any other error to Eleventy, which reports it", async () => {
    await expect(serveThroughProblems(Promise.reject(new Error("a template is broken")))).rejects.toThrow(
      "a template is broken",
    );
  });
});
