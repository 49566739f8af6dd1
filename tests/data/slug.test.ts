import { describe, expect, it } from "vitest";
import { slugify } from "../../src/data/slug.ts";

describe("slugify", () => {
  it("makes an address from a headline", () => {
    expect(slugify("Gypsy Rose Blanchard’s release: what's next?")).toBe("gypsy-rose-blanchards-release-whats-next");
    expect(slugify("  Élan & Zoë: 24/7 help  ")).toBe("elan-zoe-24-7-help");
  });

  it("stops at a whole word before 60 characters", () => {
    const slug = slugify("A very long headline that goes on and on about many different things at once");
    expect(slug).toBe("a-very-long-headline-that-goes-on-and-on-about-many");
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it("refuses a title with nothing to make an address from", () => {
    expect(() => slugify("?!")).toThrow('"?!" has no letters or digits to make an id from');
  });
});
