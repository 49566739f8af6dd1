import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { describe, inject } from "vitest";
import { TEST_BROWSER_PATH } from "./global-setup.ts";

export const hasBrowser = existsSync(TEST_BROWSER_PATH);

/**
 * The run's one Chromium (started in tests/helpers/global-setup.ts), for this test file. Each file
 * gets its own connection; `close()` on it ends the connection and its contexts, not the browser.
 */
export function connectBrowser(): Promise<Browser> {
  const endpoint = inject("browserEndpoint");
  if (!endpoint) {
    throw new Error(
      `No Chromium at ${TEST_BROWSER_PATH}. Install it (apt-get install chromium-headless-shell, or chromium) or set CHROME_PATH; browser tests cannot run without it.`,
    );
  }
  return chromium.connect(endpoint);
}

/**
 * `describe` for tests that need a real browser. Without one they are skipped with a loud warning
 * on a developer's machine, and fail in CI (CI=true), where skipping would hide a broken promise.
 */
export const describeInBrowser: typeof describe =
  hasBrowser || process.env.CI ? describe : (describe.skip as typeof describe);

if (!hasBrowser) {
  const where = process.env.CI ? "CI requires it: these tests will fail" : "browser tests are SKIPPED";
  console.warn(
    `\n*** No Chromium at ${TEST_BROWSER_PATH}; ${where}. apt-get install chromium-headless-shell (or chromium), or set CHROME_PATH. ***\n`,
  );
}
