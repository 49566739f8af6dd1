import path from "node:path";

/**
 * The test files that read the shared sites or drive a browser (tests/helpers/global-setup.ts builds
 * the shared sites only when one of these is in the run), as paths from the project folder: a
 * folder ends in a slash.
 */
export const SITE_FILES = [
  "tests/site/",
  "tests/browser/",
  "tests/publish/search-index.test.ts",
  "tests/publish/search-shards.test.ts",
];

/** Whether the test file at `file` (absolute, or from the project folder) is one of SITE_FILES. */
export function isSiteFile(file: string): boolean {
  const relative = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");
  return SITE_FILES.some((entry) => (entry.endsWith("/") ? relative.startsWith(entry) : relative === entry));
}
