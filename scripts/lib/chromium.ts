/**
 * Debian's Chromium (`apt-get install chromium`), or the browser at CHROME_PATH, and the flags it
 * runs with, for the browser tests and `npm run lighthouse`. Test tools cannot download their own
 * browser on these machines, so none is fetched.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";

/** Without the networking flags Chromium calls home at start and fails noisily on a closed network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
