/**
 * Host configuration written from the one list of headers in `src/publish/headers.ts`, so every host
 * serves the same Content-Security-Policy and security headers:
 * - `_headers`, read by Netlify (https://docs.netlify.com/routing/headers/) and Cloudflare Pages
 *   (https://developers.cloudflare.com/pages/configuration/headers/), built into the site;
 * - an nginx snippet for the README (a test checks the README still matches it).
 * The open data also allows reading from any origin, so other directories' web apps can fetch it.
 */

/** Where the open data lives, relative to the site root. */
const OPEN_DATA = "open-data/";
const OPEN_DATA_HEADERS: Readonly<Record<string, string>> = { "Access-Control-Allow-Origin": "*" };

/**
 * The languages with pages of their own under a folder (`/es/`), each with its own 404 page.
 * Hosts serve one 404 page unless told otherwise (docs/deploying.md).
 */
const LANGUAGE_FOLDERS = ["es"];

/**
 * Netlify's `_redirects` (https://docs.netlify.com/routing/redirects/): a missing page under
 * `/es/` gets the Spanish 404 page, with the 404 status. Cloudflare Pages serves the nearest
 * `404.html` by itself and needs no rule.
 */
export function redirectsFile(pathPrefix: string): string {
  return LANGUAGE_FOLDERS.map((l) => `${pathPrefix}${l}/*  ${pathPrefix}${l}/404.html  404\n`).join("");
}

/** The `_headers` file for a site served under `pathPrefix`. */
export function headersFile(headers: Readonly<Record<string, string>>, pathPrefix: string): string {
  const block = (pattern: string, list: Readonly<Record<string, string>>) =>
    [pattern, ...Object.entries(list).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  return `${block(`${pathPrefix}*`, headers)}\n${block(`${pathPrefix}${OPEN_DATA}*`, OPEN_DATA_HEADERS)}\n`;
}

/**
 * The part of an nginx `server { }` block that serves the built site from `root` at the root of
 * a domain. nginx drops every inherited `add_header` in a block that adds its own, so the open
 * data block repeats them all; `always` sends them with error pages too.
 */
export function nginxConfig(headers: Readonly<Record<string, string>>, root: string): string {
  const lines = (list: Readonly<Record<string, string>>) =>
    Object.entries(list).map(([name, value]) => `    add_header ${name} "${value}" always;`);
  return [
    `root ${root};`,
    "charset utf-8;",
    "error_page 404 /404.html;",
    "",
    "location / {",
    "    try_files $uri $uri/ =404;",
    ...lines(headers),
    "}",
    "",
    ...LANGUAGE_FOLDERS.flatMap((l) => [
      `location /${l}/ {`,
      `    error_page 404 /${l}/404.html;`,
      "    try_files $uri $uri/ =404;",
      ...lines(headers),
      "}",
      "",
    ]),
    `location /${OPEN_DATA} {`,
    ...lines({ ...headers, ...OPEN_DATA_HEADERS }),
    "}",
    "",
  ].join("\n");
}
