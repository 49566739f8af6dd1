import { describe, expect, it } from "vitest";
import { publicUrl, siteRoot } from "../../src/publish/site-address.ts";

describe("public addresses", () => {
  it("put the path prefix after the site's address", () => {
    expect(siteRoot("https://example.org", "/")).toBe("https://example.org/");
    expect(siteRoot("https://example.org/", "/hub/")).toBe("https://example.org/hub/");
    expect(publicUrl("https://example.org/hub/", "/stories/x/")).toBe("https://example.org/hub/stories/x/");
  });

  it("accept a site address that already ends in the path prefix", () => {
    expect(siteRoot("https://someone.github.io/hub", "/hub/")).toBe("https://someone.github.io/hub/");
  });

  it("refuse a site address whose path the build does not serve, rather than publish dead links", () => {
    expect(() => siteRoot("https://someone.github.io/hub", "/")).toThrow(/PATH_PREFIX=\/hub\//);
  });

  it("refuse a relative path, which would mean something else on every page", () => {
    expect(() => publicUrl("https://example.org/", "stories/")).toThrow(/must start with/);
  });
});
