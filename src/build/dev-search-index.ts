import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

/*
 * `npm start` does not build a search index (Pagefind takes seconds, and the dev server rebuilds
 * on every save). Its search page used the index the last `npm run build` left in `_site/`, back
 * when the dev server wrote there too; now that it builds into its own folder, it still does:
 * an index file the dev server's folder lacks is served from the published one.
 */

const TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
};

/** Middleware for Eleventy's dev server: `<prefix>pagefind*` files from `published`, when the dev build has none. */
export function searchIndexFrom(published: string, devOutput: string, pathPrefix: string) {
  return async (request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const relative = pathname.startsWith(pathPrefix) ? pathname.slice(pathPrefix.length) : "";
    if (!/^pagefind(-\d+)?\//.test(relative) || relative.split("/").includes("..")) return next();
    const own = await isFile(path.join(devOutput, relative));
    const file = path.join(published, relative);
    if (own || !(await isFile(file))) return next();
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  };
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}
