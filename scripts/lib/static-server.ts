import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { CONTENT_TYPES } from "./content-types.ts";

export interface ServeOptions {
  /** The folder the site lives under, with a slash at each end (`/hub/`); nothing outside it exists. */
  prefix?: string;
  /** Compress text with gzip when the browser accepts it, as hosts do (Lighthouse checks it). */
  gzip?: boolean;
  /** Headers sent with every response, such as the site's security headers. */
  headers?: Readonly<Record<string, string>>;
}

export interface StaticServer {
  /** The site's root URL, with the prefix and a trailing slash: `http://127.0.0.1:41234/hub/`. */
  url: string;
  /** The origin alone: `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** What a request asks for, before the disk is looked at. */
export type Lookup = { file: string } | { status: 400 | 404 };

/**
 * Serves a built folder on 127.0.0.1 the way a plain static host does, for the tests, the
 * screenshots and Lighthouse: `/x/` serves `x/index.html`, `/x` redirects to `/x/`, a missing file
 * gets `404.html` with status 404, and nothing outside the folder or the prefix is ever read.
 */
export async function serveFolder(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const { prefix = "/", gzip = false, headers = {} } = options;
  if (!prefix.startsWith("/") || !prefix.endsWith("/")) throw new Error(`prefix "${prefix}" must start and end with /`);
  const server = createServer((req, res) => {
    respond(req, res, { root, prefix, gzip, headers }).catch((error: unknown) => {
      // A broken connection or an unreadable file ends this response, never the server.
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" }).end("Internal error");
      else res.destroy(error instanceof Error ? error : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * The file under `root` that a request path names, or why there is none. The path is decoded
 * once (a malformed `%` escape or a NUL byte is a bad request), must lie under `prefix`, and
 * the file must lie inside `root` itself: `/..%2Fsite-evil/x` must not reach a sibling folder
 * whose name merely starts with the root's.
 * @example lookup("/srv/site", "/hub/", "/hub/topics/?q=1") // { file: "/srv/site/topics/" }
 */
export function lookup(root: string, prefix: string, requestPath: string): Lookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.replace(/[?#].*$/s, ""));
  } catch {
    return { status: 400 };
  }
  if (decoded.includes("\0")) return { status: 400 };
  if (!decoded.startsWith(prefix)) return { status: 404 };
  const file = path.join(root, decoded.slice(prefix.length));
  const inside = path.relative(root, file);
  if (inside === ".." || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return { status: 404 };
  return { file };
}

interface Site {
  root: string;
  prefix: string;
  gzip: boolean;
  headers: Readonly<Record<string, string>>;
}

async function respond(req: IncomingMessage, res: ServerResponse, site: Site): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...site.headers, allow: "GET, HEAD", "content-type": "text/plain" }).end("Method not allowed");
    return;
  }
  const requestPath = req.url ?? "/";
  const [pathname = "/", query] = requestPath.split(/\?(.*)/s);
  const withQuery = (to: string) => (query === undefined ? to : `${to}?${query}`);
  // As hosts do, so that relative links on the page resolve from inside the folder. Leading
  // slashes are collapsed: `//example.com/` would send the browser to another site.
  const redirect = (to: string) =>
    res.writeHead(301, { ...site.headers, location: withQuery(to.replace(/^\/+/, "/")) }).end();
  if (`${pathname}/` === site.prefix) return void redirect(site.prefix);
  const found = lookup(site.root, site.prefix, requestPath);
  if ("status" in found && found.status === 400) {
    res.writeHead(400, { ...site.headers, "content-type": "text/plain" }).end("Bad request");
    return;
  }
  const file = "file" in found ? found.file : undefined;
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (file && info?.isFile()) return send(req, res, site, file, 200);
  if (file && info?.isDirectory()) {
    const index = path.join(file, "index.html");
    if ((await stat(index).catch(() => undefined))?.isFile()) {
      if (pathname.endsWith("/")) return send(req, res, site, index, 200);
      return void redirect(`${pathname}/`);
    }
  }
  const notFound = path.join(site.root, "404.html");
  if ((await stat(notFound).catch(() => undefined))?.isFile()) return send(req, res, site, notFound, 404);
  res.writeHead(404, { ...site.headers, "content-type": "text/plain" }).end("Not found");
}

/** Text compresses well; images, fonts and WebAssembly are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|javascript))|\+xml/;

async function send(req: IncomingMessage, res: ServerResponse, site: Site, file: string, status: number) {
  const type = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
  const compress = site.gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(status, {
    ...site.headers,
    "content-type": type,
    ...(site.gzip ? { vary: "Accept-Encoding" } : {}),
    ...(compress ? { "content-encoding": "gzip" } : {}),
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  await (compress ? pipeline(createReadStream(file), createGzip(), res) : pipeline(createReadStream(file), res));
}
