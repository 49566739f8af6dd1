import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { describe } from "vitest";

/**
 * Debian's Chromium (`apt-get install chromium`), or the browser at CHROME_PATH. Test tools cannot
 * download their own browser on these machines, so none is fetched.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Without the networking flags Chromium calls home at start and fails noisily on a closed network. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const hasBrowser = existsSync(CHROMIUM_PATH);

export function launchBrowser(): Promise<Browser> {
  if (!hasBrowser) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium) or set CHROME_PATH; browser tests cannot run without it.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/**
 * `describe` for tests that need a real browser. Without one they are skipped with a loud warning
 * on a developer's machine, and fail in CI (CI=true), where skipping would hide a broken promise.
 */
export const describeInBrowser: typeof describe =
  hasBrowser || process.env.CI ? describe : (describe.skip as typeof describe);

if (!hasBrowser) {
  const where = process.env.CI ? "CI requires it: these tests will fail" : "browser tests are SKIPPED";
  console.warn(`\n*** No Chromium at ${CHROMIUM_PATH}; ${where}. apt-get install chromium, or set CHROME_PATH. ***\n`);
}
