import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchIndexFrom } from "../../src/build/dev-search-index.ts";

let dir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "hub-dev-search-"));
  await mkdir(path.join(dir, "_site/pagefind"), { recursive: true });
  await mkdir(path.join(dir, "dev/pagefind-2"), { recursive: true });
  await writeFile(path.join(dir, "_site/pagefind/pagefind.js"), "published index");
  await writeFile(path.join(dir, "_site/secret.txt"), "not an index file");
  const middleware = searchIndexFrom(path.join(dir, "_site"), path.join(dir, "dev"), "/hub/");
  server = createServer((request, response) =>
    middleware(request, response, () => response.writeHead(404).end("next")),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string) =>
  fetch(`${origin}${url}`).then(async (r) => [r.status, await r.text(), r.headers.get("content-type")]);

describe("the dev server's search index", () => {
  it("is the one the last npm run build published, under the path prefix", async () => {
    expect(await get("/hub/pagefind/pagefind.js")).toEqual([200, "published index", "text/javascript; charset=utf-8"]);
  });

  it("serves nothing else from the published folder, and nothing outside it", async () => {
    expect((await get("/hub/secret.txt"))[0]).toBe(404);
    expect((await get("/hub/pagefind/../secret.txt"))[0]).toBe(404);
    expect((await get("/hub/pagefind/missing.js"))[0]).toBe(404);
    expect((await get("/pagefind/pagefind.js"))[0]).toBe(404);
  });
});
