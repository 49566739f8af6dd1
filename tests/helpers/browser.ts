import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { describe } from "vitest";
import { CHROMIUM_ARGS } from "../../scripts/lib/chromium.ts";
import { TEST_BROWSER_PATH } from "./global-setup.ts";

export const hasBrowser = existsSync(TEST_BROWSER_PATH);

/** What a test file gets of the browser: contexts of its own, all closed by `close()`. */
export interface TestBrowser {
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A tab in a context of its own. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Closes this file's contexts; the browser stays up for the next file. */
  close(): Promise<void>;
}

/**
 * This test process's Chromium, started by the first browser file it runs and kept for the next:
 * the browser files share a module cache (`isolate: false` in vitest.config.ts), so a vitest
 * worker runs one Chromium for all of its files. It is driven straight through Playwright's pipe,
 * not through a Playwright server that all workers connect to: that server in vitest's main
 * process serialized every message twice. Playwright ends it, and removes its profile, when the
 * process exits.
 */
let running: Promise<Browser> | undefined;

function launch(args: string[] = []): Promise<Browser> {
  if (!hasBrowser) {
    throw new Error(
      `No Chromium at ${TEST_BROWSER_PATH}. Install it (apt-get install chromium-headless-shell, or chromium) or set CHROME_PATH; browser tests cannot run without it.`,
    );
  }
  return chromium.launch({ executablePath: TEST_BROWSER_PATH, args: [...CHROMIUM_ARGS, ...args] });
}

function workerBrowser(): Promise<Browser> {
  running ??= launch().then(
    (browser) => {
      // A browser that crashed is started again for the next file, not handed on dead.
      browser.on("disconnected", () => {
        running = undefined;
      });
      return browser;
    },
    (error: unknown) => {
      // Nor is a failed start handed to every later file: the next one tries again.
      running = undefined;
      throw error;
    },
  );
  return running;
}

export interface BrowserOptions {
  /**
   * A Chromium of the file's own that draws nothing (`--enable-begin-frame-control`, and no frame is
   * ever asked for): over the every-page crawl, which only loads pages and reads them (axe, the DOM,
   * layout), the rastering and compositing of every page was about a sixth of the browser's CPU,
   * and axe finds the same violations, of contrast and target size too, and the same page widths.
   * A click, a screenshot or anything else that waits for a drawn frame never ends in it.
   */
  drawsNothing?: boolean;
}

/** The browser for this test file: each context it opens is its own, and `close()` closes them all. */
export async function connectBrowser(options: BrowserOptions = {}): Promise<TestBrowser> {
  const own = options.drawsNothing ? await launch(["--enable-begin-frame-control"]) : undefined;
  const browser = own ?? (await workerBrowser());
  const contexts = new Set<BrowserContext>();
  const newContext = async (options?: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    contexts.add(context);
    context.on("close", () => contexts.delete(context));
    return context;
  };
  return {
    newContext,
    newPage: async (options) => (await newContext(options)).newPage(),
    close: async () => {
      await Promise.all([...contexts].map((context) => context.close()));
      await own?.close();
    },
  };
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
