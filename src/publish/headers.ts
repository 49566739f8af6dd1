/**
 * The HTTP headers every page is served with, in one place: the `<meta>` Content-Security-Policy
 * on each page, the `_headers` file for Netlify and Cloudflare Pages, and the nginx snippet in
 * the README all come from here, so they cannot drift apart.
 *
 * Nothing is loaded from any other origin. Scripts and styles come only from this site's own
 * files (no inline code); `'wasm-unsafe-eval'` lets the browser compile the search index's
 * WebAssembly (Pagefind), and nothing else. https://content-security-policy.com/
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ["default-src", "'none'"],
  ["script-src", "'self' 'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self'"],
  ["connect-src", "'self'"],
  ["manifest-src", "'self'"],
  ["form-action", "'self'"],
  ["base-uri", "'none'"],
  ["object-src", "'none'"],
  ["frame-ancestors", "'none'"],
];

/** Directives a `<meta>` policy may not carry; browsers ignore them there (CSP3 §6.1). */
const HEADER_ONLY = new Set(["frame-ancestors"]);

/** The policy as an HTTP header value. */
export function contentSecurityPolicy(): string {
  return DIRECTIVES.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export function contentSecurityPolicyMeta(): string {
  return DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** Every header a host should send with every response. */
export function securityHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()",
  };
}
