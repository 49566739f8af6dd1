import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "../../src/publish/headers.ts";
import { headersFile, nginxConfig, redirectsFile } from "../../src/publish/hosting.ts";

describe("host configuration", () => {
  it("sends every security header on every path under the prefix, and lets anyone read the open data", () => {
    const file = headersFile({ "X-One": "1", "X-Two": "a b" }, "/hub/");
    expect(file).toBe("/hub/*\n  X-One: 1\n  X-Two: a b\n/hub/open-data/*\n  Access-Control-Allow-Origin: *\n");
  });

  it("repeats every header in nginx's Spanish and open data blocks, because nginx would drop the inherited ones", () => {
    const config = nginxConfig({ "X-One": "1" }, "/srv/site");
    expect(config.match(/add_header X-One "1" always;/g)).toHaveLength(3);
    expect(config).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(config).toContain("root /srv/site;");
  });

  it("serves the Spanish 404 page for a missing page under /es/, on nginx and Netlify", () => {
    expect(nginxConfig({}, "/srv/site")).toContain("location /es/ {\n    error_page 404 /es/404.html;\n");
    expect(nginxConfig({}, "/srv/site")).toContain("error_page 404 /404.html;\n");
    expect(redirectsFile("/")).toBe("/es/*  /es/404.html  404\n");
    expect(redirectsFile("/hub/")).toBe("/hub/es/*  /hub/es/404.html  404\n");
  });

  it("keeps the nginx snippet in docs/deploying.md exactly as src/publish/headers.ts says (copy the expected block if this fails)", async () => {
    const readme = await readFile("docs/deploying.md", "utf8");
    const block = readme.match(/```nginx\n([\s\S]*?)```/)?.[1];
    expect(block).toBe(nginxConfig(securityHeaders(), "/var/www/advocacy-resource-hub"));
  });
});
