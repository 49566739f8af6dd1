import { describe, expect, it } from "vitest";
import { slugify } from "../../src/data/slug.ts";

describe("slugify", () => {
  it("makes an address from a headline", () => {
    expect(slugify("Gypsy Rose Blanchard’s release: what's next?")).toBe("gypsy-rose-blanchards-release-whats-next");
    expect(slugify("  Élan & Zoë: 24/7 help  ")).toBe("elan-and-zoe-24-7-help");
  });

  it("spells letters outside ASCII the usual Latin way instead of dropping them", () => {
    expect(slugify("Łódź")).toBe("lodz");
    expect(slugify("Straße")).toBe("strasse");
    expect(slugify("Søren's story")).toBe("sorens-story");
    expect(slugify("Все вместе")).toBe("vse-vmeste");
  });

  it("drops Spanish accents and marks, and keeps ü a plain u", () => {
    expect(slugify("Niños en peligro: ¿qué hacer?")).toBe("ninos-en-peligro-que-hacer");
    expect(slugify("Línea de Crisis Bilingüe, año 2026")).toBe("linea-de-crisis-bilingue-ano-2026");
  });

  it("keeps a name written in capitals and small letters as one word", () => {
    expect(slugify("McDonald family on iPhone safety")).toBe("mcdonald-family-on-iphone-safety");
  });

  it("stops at a whole word before 60 characters", () => {
    const slug = slugify("A very long headline that goes on and on about many different things at once");
    expect(slug).toBe("a-very-long-headline-that-goes-on-and-on-about-many");
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it("cuts a single word longer than 60 characters at 60", () => {
    expect(slugify(`${"x".repeat(70)} end`)).toBe("x".repeat(60));
  });

  it("refuses a title with nothing to make an address from", () => {
    expect(() => slugify("?!")).toThrow('"?!" has no letters or digits to make an id from');
    expect(() => slugify("日本語")).toThrow("has no letters or digits");
  });
});
