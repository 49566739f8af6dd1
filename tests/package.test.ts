import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  bin?: string | Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

const project = JSON.parse(await readFile("package.json", "utf8")) as PackageJson;
const dependencies = Object.keys(project.dependencies ?? {});

/** What a host runs after `npm ci --omit=dev`, and what a maintainer runs to edit the data. */
const RUNTIME_SCRIPTS = ["build", "start", "new", "audit"] as const;

/**
 * Dependencies no file imports by name: Eleventy loads Nunjucks itself, but the hub's templates are
 * written in it, so it is pinned beside Eleventy to move in step; tsx runs the scripts.
 */
const NOT_IMPORTED = ["nunjucks", "tsx"];

/** Code the build starts in a process or thread of its own: the search index writer, the data file readers. */
const PROCESSES = ["src/publish/pagefind-writer.ts", "src/data/data-file-worker.ts"];

/** Every package the build, the dev server and the maintainer tools import, found by esbuild's bundler. */
async function importedPackages(): Promise<string[]> {
  const dataFiles = (await readdir("_data", { recursive: true }))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join("_data", f));
  const { metafile } = await build({
    entryPoints: [
      "scripts/build.ts",
      "scripts/new.ts",
      "scripts/audit.ts",
      "eleventy.config.ts",
      // Run in processes and threads of their own, so no file imports them.
      ...PROCESSES,
      ...dataFiles,
    ],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    outdir: "unused",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const names = Object.values(metafile.inputs)
    .flatMap((input) => input.imports)
    .filter((i) => i.external && !i.path.startsWith("node:"))
    .map((i) =>
      i.path
        .split("/")
        .slice(0, i.path.startsWith("@") ? 2 : 1)
        .join("/"),
    );
  return [...new Set(names)].sort();
}

describe("package.json", () => {
  it("lists in dependencies every package the build and the maintainer tools import, so npm ci --omit=dev builds", async () => {
    const imported = await importedPackages();
    expect(imported).toContain("@11ty/eleventy");
    expect(imported.filter((name) => !dependencies.includes(name))).toEqual([]);
  });

  it("keeps in dependencies nothing the build and the maintainer tools do not use", async () => {
    const used = new Set([...(await importedPackages()), ...NOT_IMPORTED]);
    expect(dependencies.filter((name) => !used.has(name))).toEqual([]);
  });

  it("runs the build, dev server and maintainer tools with programs from dependencies", async () => {
    const bins = new Map<string, string>();
    for (const name of dependencies) {
      const { bin } = JSON.parse(await readFile(`node_modules/${name}/package.json`, "utf8")) as PackageJson;
      for (const command of typeof bin === "string" ? [name.split("/").pop() ?? name] : Object.keys(bin ?? {})) {
        bins.set(command, name);
      }
    }
    for (const script of RUNTIME_SCRIPTS) {
      const program = project.scripts?.[script]?.split(" ")[0] ?? "";
      expect(bins.has(program), `npm run ${script} starts ${program}`).toBe(true);
    }
  });

  it("has a reviewed allowScripts entry for every package in the lock file with an install script", async () => {
    const lock = JSON.parse(await readFile("package-lock.json", "utf8")) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.split("node_modules/").pop() ?? where);
    expect(withScripts).toContain("esbuild");
    expect(withScripts.filter((name) => !(name in (project.allowScripts ?? {})))).toEqual([]);
  });
});
