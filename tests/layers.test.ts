import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * `src/` is built in layers, each a folder that may import only itself and the layers listed for
 * it. `model` knows nothing else; `data` (reading and checking files) and `view` (what pages show)
 * both stand on the model but not on each other; `publish` turns the view into feeds, metadata and
 * open data; `build` runs everything. `define.ts`, which data files import, sits on the model.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: ["model"],
  data: ["model", "data"],
  view: ["model", "view"],
  publish: ["model", "view", "publish"],
  build: ["model", "data", "view", "publish", "build"],
  "define.ts": ["model"],
};

const SRC = path.resolve("src");

/** Every .ts file under src/, relative to it with forward slashes. */
const files = readdirSync(SRC, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.split(path.sep).join("/"))
  .sort();

/** The layer a file belongs to: its first folder under src/, or the file itself at the top. */
const layerOf = (file: string) => file.split("/")[0] ?? file;

/** The src/ files a file imports (static, dynamic and type-only imports alike), relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(SRC, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"(\.{1,2}\/[^"]+)"/g)].map(
    (m) => m[1] ?? "",
  );
  return specifiers
    .map((s) =>
      path
        .relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), s))
        .split(path.sep)
        .join("/"),
    )
    .filter((target) => !target.startsWith(".."));
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("the layers of src/", () => {
  it("put every file in a known layer", () => {
    expect(files.filter((f) => !(layerOf(f) in MAY_IMPORT))).toEqual([]);
  });

  it("import only from their own layer or the layers below", () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => !MAY_IMPORT[layerOf(file)]?.includes(layerOf(target)))
        .map((target) => `src/${file} (${layerOf(file)}) imports src/${target} (${layerOf(target)})`),
    );
    expect(wrong).toEqual([]);
  });

  it("import only files that exist", () => {
    const missing = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !graph.has(t)).map((t) => `src/${file} imports src/${t}`),
    );
    expect(missing).toEqual([]);
  });

  it("have no import cycles", () => {
    const cycles: string[] = [];
    const state = new Map<string, "visiting" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => `src/${f}`).join(" -> "));
        return;
      }
      state.set(file, "visiting");
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
