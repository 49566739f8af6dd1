import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookup, type StaticServer, serveFolder } from "../../scripts/lib/static-server.ts";

let work: string;
let site: string;
let plain: StaticServer;
let hub: StaticServer;

/** The site, and beside it a folder whose name starts with the site's: a careless prefix check lets it through. */
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "hub-serve-"));
  site = path.join(work, "site");
  const files: Record<string, string> = {
    "site/index.html": "<p>home</p>",
    "site/404.html": "<p>not here</p>",
    "site/topics/index.html": "<p>topics</p>",
    "site/assets/site.css": `body { color: black; }\n${"p { margin: 0; }\n".repeat(200)}`,
    "site-evil/secret.txt": "secret",
    "secret.txt": "secret",
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work, name)), { recursive: true });
    await writeFile(path.join(work, name), text);
  }
  plain = await serveFolder(site);
  hub = await serveFolder(site, { prefix: "/hub/", gzip: true, headers: { "X-Frame-Options": "DENY" } });
});
afterAll(async () => {
  await Promise.all([plain?.close(), hub?.close()]);
  await rm(work, { recursive: true, force: true });
});

/** A request sent exactly as written: fetch() would tidy `..` and `%2e%2e` away before sending. */
function raw(server: StaticServer, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.origin);
    const req = request({ host: url.hostname, port: url.port, path: rawPath }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the static server", () => {
  it("serves a folder's index.html for /x/ and redirects /x to /x/", async () => {
    expect(await (await fetch(`${plain.url}topics/`)).text()).toBe("<p>topics</p>");
    const redirect = await fetch(`${plain.url}topics?q=1`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("/topics/?q=1");
  });

  it("answers a missing file with 404.html and status 404", async () => {
    const response = await fetch(`${plain.url}no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("<p>not here</p>");
  });

  it("never serves a file outside the folder, however the path is written", async () => {
    for (const attempt of [
      "/../secret.txt",
      "/..%2Fsecret.txt",
      "/..%2Fsite-evil/secret.txt",
      "/%2e%2e/site-evil/secret.txt",
      "/topics/..%2F..%2Fsite-evil%2Fsecret.txt",
      `/${encodeURIComponent(path.join(work, "secret.txt"))}`,
    ]) {
      const { status, body } = await raw(plain, attempt);
      expect({ attempt, status, body }).toEqual({ attempt, status: 404, body: "<p>not here</p>" });
    }
  });

  it("answers a malformed escape or a NUL byte with 400 and keeps serving", async () => {
    expect((await raw(plain, "/%E0%A4%A")).status).toBe(400);
    expect((await raw(plain, "/index.html%00.css")).status).toBe(400);
    expect((await raw(plain, "/")).body).toBe("<p>home</p>");
  });

  it("serves nothing outside its path prefix, and sends /hub to /hub/", async () => {
    expect((await fetch(`${hub.origin}/index.html`)).status).toBe(404);
    expect((await raw(hub, "/hub/..%2Fsite-evil/secret.txt")).status).toBe(404);
    expect(await (await fetch(`${hub.url}topics/`)).text()).toBe("<p>topics</p>");
    const redirect = await fetch(`${hub.origin}/hub`, { redirect: "manual" });
    expect(redirect.headers.get("location")).toBe("/hub/");
  });

  it("compresses text with gzip when asked to, and sends the given headers with every response", async () => {
    const css = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      const url = new URL(`${hub.url}assets/site.css`);
      request(url, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", reject)
        .end();
    });
    expect(css.headers).toMatchObject({
      "content-type": "text/css; charset=utf-8",
      "content-encoding": "gzip",
      "x-frame-options": "DENY",
    });
    expect(gunzipSync(css.body).toString()).toMatch(/^body \{ color: black; \}/);
    const missing = await fetch(`${hub.url}nothing`);
    expect(missing.headers.get("x-frame-options")).toBe("DENY");
    expect((await fetch(`${plain.url}assets/site.css`)).headers.get("content-encoding")).toBeNull();
  });
});

describe("lookup", () => {
  it("keeps a sibling folder whose name starts with the root's out", () => {
    expect(lookup("/work/site", "/", "/..%2Fsite-evil/a.html")).toEqual({ status: 404 });
    expect(lookup("/work/site", "/", "/stories/a/?q=%ZZ")).toEqual({ file: "/work/site/stories/a/" });
  });
});
