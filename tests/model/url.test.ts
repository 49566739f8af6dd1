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

describe("displayHost", () => {
  it("shows the host a visitor recognises", () => {
    expect(displayHost("https://www.rainn.org/get-help")).toBe("rainn.org");
  });
});
