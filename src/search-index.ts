import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Builds the search index of a built site with Pagefind (https://pagefind.app/docs/node-api/),
 * into `<siteDir>/pagefind/`. Only what pages mark with `data-pagefind-body` is indexed: the
 * text of stories, topics and helplines, not the navigation or help boxes repeated on every page.
 * Pagefind's result URLs start at the site's root; in the browser it takes the path prefix from
 * where its own script is served, so one index works under any prefix.
 */
export async function indexSearch(siteDir: string): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({});
    const index = created.index;
    if (!index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join("; ")}`);
    const outputPath = path.join(siteDir, "pagefind");
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    await removeReadyMadeUi(outputPath);
    return { pages: await indexedPages(outputPath) };
  } finally {
    // Pagefind runs as a separate process; without this the build would never exit.
    await pagefind.close();
  }
}

/**
 * Pagefind also writes its ready-made interfaces, which set inline styles that the site's
 * Content-Security-Policy refuses. The site has its own (`content/assets/search.js`), so these
 * are never loaded: leave them out rather than publish code nobody runs.
 */
async function removeReadyMadeUi(outputPath: string): Promise<void> {
  const files = await readdir(outputPath);
  const ui = files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f));
  await Promise.all(ui.map((f) => rm(path.join(outputPath, f))));
}

/** Pages that had something to index; `addDirectory` counts every HTML file it read instead. */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
