import { describe, expect, it } from "vitest";
import { otherLanguage, pageLanguage, twinUrl } from "../../src/view/language.ts";

describe("page languages", () => {
  it("finds a page's language from its address: Spanish under /es/, English everywhere else", () => {
    expect(pageLanguage("/")).toBe("en");
    expect(pageLanguage("/help/rainn/")).toBe("en");
    expect(pageLanguage("/es/")).toBe("es");
    expect(pageLanguage("/es/help/rainn/")).toBe("es");
    expect(pageLanguage("/es/404.html")).toBe("es");
    // A page whose own address merely starts with the letters is English.
    expect(pageLanguage("/escape/")).toBe("en");
  });

  it("gives every page's twin in the other language at the same address below /es/", () => {
    expect(twinUrl("/", "es")).toBe("/es/");
    expect(twinUrl("/es/", "en")).toBe("/");
    expect(twinUrl("/topics/child-abuse/card/", "es")).toBe("/es/topics/child-abuse/card/");
    expect(twinUrl("/es/stories/page/2/", "en")).toBe("/stories/page/2/");
    expect(twinUrl("/es/help/", "es")).toBe("/es/help/");
    expect(twinUrl("/404.html", "es")).toBe("/es/404.html");
  });

  it("links English pages to Spanish and Spanish pages to English", () => {
    expect(otherLanguage("en")).toBe("es");
    expect(otherLanguage("es")).toBe("en");
  });
});
