/**
 * Full public addresses, for everything read away from the site itself: canonical links, Open
 * Graph, structured data, the feed, the sitemap and robots.txt. Pages link to each other with
 * root-relative paths that Eleventy's HtmlBasePlugin prefixes; these cannot be, so they are built
 * here from one site address (`url` in `_data/site.ts`, or `SITE_URL`) and the path prefix.
 */

/**
 * The address of the site's home page: the site's origin, then the path it is served under.
 * The site address may carry that path itself (`https://example.github.io/hub`); any other path
 * means the build and the address disagree, which would publish links that lead nowhere.
 * @example siteRoot("https://example.org", "/hub/") // "https://example.org/hub/"
 */
export function siteRoot(siteUrl: string, pathPrefix: string): string {
  const problem = sitePathProblem(siteUrl, pathPrefix);
  if (problem) throw new Error(`The site address ${siteUrl} ${problem}`);
  return `${new URL(siteUrl).origin}${pathPrefix}`;
}

/**
 * Why the site address and the path the site is served under disagree, or `undefined`: checked
 * with the data and the settings, before anything is built.
 * @example sitePathProblem("https://someone.github.io/hub", "/") // "ends in the path /hub/, but ..."
 */
export function sitePathProblem(siteUrl: string, pathPrefix: string): string | undefined {
  const { pathname } = new URL(siteUrl);
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  if (path === "/" || path === pathPrefix) return undefined;
  return `ends in the path ${path}, but the site is built to be served under ${pathPrefix}; set PATH_PREFIX=${path} to match, or give the address without a path`;
}

/**
 * The full address of a page or file, from its root-relative path.
 * @example publicUrl("https://example.org/hub/", "/stories/x/") // "https://example.org/hub/stories/x/"
 */
export function publicUrl(root: string, path: string): string {
  if (!path.startsWith("/")) throw new Error(`publicUrl: ${JSON.stringify(path)} must start with "/"`);
  return `${root}${path.slice(1)}`;
}
