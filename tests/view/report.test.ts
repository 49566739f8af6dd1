import { describe, expect, it } from "vitest";
import { reportHref } from "../../src/view/report.ts";
import { en } from "../../src/view/strings/en.ts";

const subject = { id: "rainn", name: "National Sexual Assault Hotline", page: "https://hub.example.org/stories/a/" };

describe("the report link", () => {
  it("opens an email to the maintainers with the line and the page in its subject and body", () => {
    const href = reportHref("mailto:corrections@hub.example.org", subject, en);
    const url = new URL(href);
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("corrections@hub.example.org");
    expect(url.searchParams.get("subject")).toBe("Something is wrong about National Sexual Assault Hotline");
    expect(url.searchParams.get("body")).toContain("Page: https://hub.example.org/stories/a/");
    // Spaces as %20, not +: mail programs read RFC 6068, not form encoding.
    expect(href).not.toContain("+");
  });

  it("opens a form with the resource and page in its query, keeping the form's own", () => {
    const href = reportHref("https://forms.example.org/report?lang=en", subject, en);
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe("https://forms.example.org/report");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      lang: "en",
      resource: "rainn",
      page: "https://hub.example.org/stories/a/",
    });
  });
});
