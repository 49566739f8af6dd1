import { z } from "zod";
import { describeCharacter } from "./characters.ts";

/**
 * Every link the hub publishes goes to a real site over an encrypted connection. `http:` can be
 * read or rewritten on a shared network; `javascript:` and `data:` run code; relative links break
 * under a path prefix.
 */
export const httpsUrlSchema = z
  .string({ error: "must be a web address starting with https://" })
  .refine(isHttpsUrl, {
    error: "must be a full web address starting with https:// (not http:, javascript: or data:)",
  })
  .superRefine((value, ctx) => {
    // Not abort on the check above: zod then takes a union's failure for a wrong kind, and says less.
    const problem = isHttpsUrl(value) ? addressProblem(value) : undefined;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/**
 * What makes an address other than it looks. A browser drops tabs and line breaks from an
 * address and reads a space as part of it, so `https://rainn.org\t` works, but is published in
 * the feed and the open data as typed; and a host name with letters from another alphabet
 * (Cyrillic "а" for Latin "a") can look exactly like a helpline's own. Such host names are
 * written in their plain a-z form (`xn--...`), which is what a visitor's browser shows them as.
 */
function addressProblem(value: string): string | undefined {
  const odd = [...value].find((char) => !/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(char));
  if (odd !== undefined) {
    return `contains ${describeCharacter(odd)}; an address has no spaces or invisible characters (write a space in a path as %20)`;
  }
  const host = value.slice("https://".length).split(/[/?#]/)[0] ?? "";
  if (!/^[\x21-\x7e]*$/.test(host)) {
    return `has letters outside a to z in its host name (${host}); write the host in plain a-z letters, as the xn-- form a browser shows, so it cannot pass for another site`;
  }
  return undefined;
}

export function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && url.hostname.includes(".") && url.username === "" && url.password === "";
}

/** The host name a visitor recognizes, without `www.`: `https://www.rainn.org/` → `rainn.org`. */
export function displayHost(value: string): string {
  return new URL(value).hostname.replace(/^www\./, "");
}

const MAILBOX = /^[^\s@?#&]+@[^\s@?#&]+\.[^\s@?#&.]+$/;

/**
 * Where a visitor reports a mistake: an email address as a `mailto:` link, or a form on a site of
 * its own (https). The hub adds the resource and the page to either (src/view/report.ts), so the
 * address itself carries no subject or query of its own.
 */
export const reportUrlSchema = z.string({ error: "must be text in quotes" }).refine(isReportUrl, {
  error:
    'must be "mailto:" and one email address (e.g. "mailto:corrections@hub.example.org"), or a form address starting with https://',
});

export function isReportUrl(value: string): boolean {
  if (value.startsWith("mailto:")) return MAILBOX.test(value.slice("mailto:".length));
  return isHttpsUrl(value) && new URL(value).hash === "";
}
