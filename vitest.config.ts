import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Eleventy imports eleventy.config.ts with Node's own import(), so workers need tsx loaded.
    execArgv: ["--import", "tsx"],
    // Builds and browser runs take seconds on a 2-core machine; these are limits, not goals.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
