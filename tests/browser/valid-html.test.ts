import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../scripts/lib/run.ts";
import { type BuiltSite, sharedSite } from "../helpers/site.ts";

/*
 * The Nu Html Checker (the W3C validator, npm package vnu-jar) over every built page, in one run:
 * the JVM takes seconds to start, so it checks the whole folder at once.
 * https://validator.github.io/validator/#usage
 */
const VNU_JAR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build/dist/vnu.jar",
);
const hasJava = spawnSync("java", ["-version"]).status === 0;
if (!hasJava) {
  const where = process.env.CI ? "CI requires it: this test will fail" : "the HTML check is SKIPPED";
  console.warn(`\n*** No java on PATH; ${where}. apt-get install default-jre-headless. ***\n`);
}
const describeWithJava: typeof describe = hasJava || process.env.CI ? describe : (describe.skip as typeof describe);

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * Checked as files, the pages' `'self'` means `file:`, so the checker reports the site's own
 * stylesheet and scripts as blocked by the CSP. A browser on a real host loads them (the privacy
 * tests prove it), so these warnings, and only these, are expected.
 */
const FILE_URL_CSP =
  /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) “\/assets\/[\w-]+\.(css|js)” blocked by “(style|script)-src” directive\.$/;

/**
 * The checker also counts a JSON-LD block as an inline script. It is a data block (HTML's
 * "data block": a script whose type is not JavaScript is never run), so the CSP does not apply
 * to it and browsers report nothing (tests/browser/privacy.test.ts). Expected only when the line
 * it points at is such a block.
 */
const INLINE_SCRIPT_CSP = /^Inline script violates Content Security Policy \(meta tag\)/;
const JSON_LD_LINE = /^<script type="application\/ld\+json">/;

let site: BuiltSite;
let messages: VnuMessage[];
let lines: Map<string, string[]>;

describeWithJava("valid HTML (Nu Html Checker)", () => {
  beforeAll(async () => {
    site = await sharedSite("default");
    const { status, stdout, stderr } = await run("java", [
      // The JVM's quick compiler only: the checker's run is too short for the optimizing one to
      // pay off, and the messages are the same for half the CPU (5.5 s against 2.9 s here). Code
      // from the quick compiler takes more stack, and the checker needs 512 KiB at least.
      "-XX:TieredStopAtLevel=1",
      "-Xss4m",
      "-jar",
      VNU_JAR,
      "--format",
      "json",
      "--skip-non-html",
      "--exit-zero-always",
      site.dir,
    ]);
    if (status !== 0) throw new Error(`the Nu Html Checker failed (exit ${status}):\n${stderr}`);
    // vnu writes its JSON report to stderr.
    messages = (JSON.parse(stderr || stdout) as { messages: VnuMessage[] }).messages;
    const pages = site.files.filter((f) => f.endsWith(".html"));
    const texts = await Promise.all(pages.map(site.read));
    lines = new Map(pages.map((f, i) => [path.join(site.dir, f), (texts[i] ?? "").split("\n")]));
  });

  const describeMessage = (m: VnuMessage) =>
    `${path.relative(site.dir, m.url.replace(/^file:/, ""))}:${m.lastLine} ${m.message}`;

  it("finds no errors on any page", () => {
    expect(messages.filter((m) => m.type !== "info").map(describeMessage)).toEqual([]);
  });

  const isJsonLdBlock = (m: VnuMessage) =>
    INLINE_SCRIPT_CSP.test(m.message) &&
    JSON_LD_LINE.test(lines.get(m.url.replace(/^file:/, ""))?.[(m.lastLine ?? 0) - 1] ?? "");

  it("finds no warnings either, beyond the CSP ones that only exist when checking files", () => {
    expect(
      messages
        .filter((m) => m.type === "info" && !FILE_URL_CSP.test(m.message) && !isJsonLdBlock(m))
        .map(describeMessage),
    ).toEqual([]);
  });

  it("checked every page", () => {
    const checked = new Set(messages.map((m) => m.url));
    const pages = site.files.filter((f) => f.endsWith(".html"));
    // Every page links the stylesheet, so every page produced the expected file: CSP warning.
    expect(checked.size).toBe(pages.length);
  });
});
