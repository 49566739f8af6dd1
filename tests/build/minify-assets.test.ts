import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { minifyAssets } from "../../src/build/minify-assets.ts";

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

async function siteWith(files: Record<string, string>): Promise<(name: string) => Promise<string>> {
  dir = await mkdtemp(path.join(tmpdir(), "hub-minify-"));
  await mkdir(path.join(dir, "assets"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, "assets", name), text);
  return (name) => readFile(path.join(dir, "assets", name), "utf8");
}

describe("minifying the built assets", () => {
  it("drops the comments and spaces from the stylesheet and scripts, and leaves other files alone", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><!-- an icon --></svg>';
    const read = await siteWith({
      "site.css": "/* Why the exit bar sticks. */\n.exit {\n  position: sticky;\n  top: 0;\n}\n",
      "exit.js":
        "// Leaves at once.\nconst target = document.querySelector('[data-exit]');\nexport function leave() {\n  location.replace(target.href);\n}\n",
      "favicon.svg": svg,
    });
    await minifyAssets(dir);
    expect(await read("site.css")).toBe(".exit{position:sticky;top:0}\n");
    const js = await read("exit.js");
    expect(js).not.toContain("Leaves at once");
    expect(js).toContain("location.replace");
    expect(js).toMatch(/export\s*\{/);
    expect(await read("favicon.svg")).toBe(svg);
  });

  it("gives the same bytes when it runs again, as it does after each pass of a big build", async () => {
    const read = await siteWith({
      "open-now.js": "export const hours = { opens: '10:00' };\nconsole.log(hours.opens);\n",
    });
    await minifyAssets(dir);
    const once = await read("open-now.js");
    await minifyAssets(dir);
    expect(await read("open-now.js")).toBe(once);
  });

  it("does nothing for a site without an assets folder", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "hub-minify-"));
    await expect(minifyAssets(dir)).resolves.toBeUndefined();
  });
});
