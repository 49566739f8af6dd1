import { describe, expect, it } from "vitest";
import { displayHost, httpsUrlSchema, isHttpsUrl } from "../../src/model/url.ts";

describe("isHttpsUrl", () => {
  it("accepts full https addresses", () => {
    expect(isHttpsUrl("https://www.rainn.org/")).toBe(true);
    expect(isHttpsUrl("https://988lifeline.org/chat")).toBe(true);
  });

  it("refuses addresses that run code, travel unencrypted, carry a password or are not full", () => {
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,<b>hi</b>",
      "http://www.rainn.org/",
      "https://user:secret@www.rainn.org/",
      "https://localhost/",
      "/help/rainn/",
      "www.rainn.org",
    ]) {
      expect(isHttpsUrl(bad), bad).toBe(false);
    }
  });

  it("says what a web address must be", () => {
    const result = httpsUrlSchema.safeParse("http://www.rainn.org/");
    expect(result.error?.issues[0]?.message).toBe(
      "must be a full web address starting with https:// (not http:, javascript: or data:)",
    );
  });
});

describe("httpsUrlSchema", () => {
  const messages = (value: string) => httpsUrlSchema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

  it("refuses spaces and invisible characters, which browsers drop but the feed and open data keep", () => {
    expect(messages("https://www.rainn.org/\t")).toEqual([
      "contains U+0009 TAB; an address has no spaces or invisible characters (write a space in a path as %20)",
    ]);
    expect(messages("https://www.rainn.org/get help")).toEqual([
      "contains U+0020 SPACE; an address has no spaces or invisible characters (write a space in a path as %20)",
    ]);
  });

  it("refuses a host name in letters that can pass for another site's", () => {
    expect(messages("https://www.r\u0430inn.org/")).toEqual([
      "has letters outside a to z in its host name (www.r\u0430inn.org); write the host in plain a-z letters, as the xn-- form a browser shows, so it cannot pass for another site",
    ]);
    expect(messages("https://www.xn--rinn-5cd.org/")).toEqual([]);
    expect(messages("https://de.wikipedia.org/wiki/Kindesmisshandlung_ü")).toEqual([]);
  });
});

describe("displayHost", () => {
  it("shows the host a visitor recognizes", () => {
    expect(displayHost("https://www.rainn.org/get-help")).toBe("rainn.org");
  });
});
