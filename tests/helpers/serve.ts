import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { CONTENT_TYPES as TYPES } from "../../scripts/lib/content-types.ts";

export interface StaticServer {
  /** The site's root URL, with the prefix and a trailing slash: `http://127.0.0.1:41234/hub/`. */
  url: string;
  /** The origin alone: `http://127.0.0.1:41234`. */
  origin: string;
  /** Every path requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a built folder the way a plain static host does: `/x/` serves `x/index.html`, a missing
 * file gets `404.html` with status 404, nothing outside `prefix` exists.
 */
export async function serveFolder(dir: string, prefix = "/"): Promise<StaticServer> {
  const root = path.resolve(dir);
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    requests.push(pathname);
    const file = pathname.startsWith(prefix) ? await resolveFile(root, pathname.slice(prefix.length)) : undefined;
    const status = file ? 200 : 404;
    const served = file ?? path.join(root, "404.html");
    const exists = await stat(served).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!exists) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(status, { "content-type": TYPES[path.extname(served)] ?? "application/octet-stream" });
    createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function resolveFile(root: string, relative: string): Promise<string | undefined> {
  const candidate = path.join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = path.join(candidate, "index.html");
    return (await stat(index).catch(() => undefined))?.isFile() ? index : undefined;
  }
  return undefined;
}
