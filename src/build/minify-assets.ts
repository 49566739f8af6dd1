import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { transform } from "esbuild";

/**
 * Minifies the stylesheet and scripts a build copied into `<output>/assets/`, in place. Every page
 * must reach a visitor on a poor connection in the first round trip (14 KiB gzipped with the CSS
 * and JS it loads, tests/site/budget.test.ts), and the sources in content/assets/ are written to
 * be read, with comments that say why. esbuild, which the build already uses to compile data files,
 * removes the comments and shortens names. The build (build-site.ts) runs it once, after the
 * last pass.
 */
export async function minifyAssets(outputDir: string): Promise<void> {
  const folder = path.join(outputDir, "assets");
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.endsWith(".css") || name.endsWith(".js"))
      .map(async (name) => {
        const file = path.join(folder, name);
        const source = await readFile(file, "utf8");
        const loader = name.endsWith(".css") ? "css" : "js";
        const { code } = await transform(source, { loader, minify: true, format: loader === "js" ? "esm" : undefined });
        await writeFile(file, code);
      }),
  );
}
