import { z } from "zod";

/**
 * Every link the hub publishes goes to a real site over an encrypted connection. `http:` can be
 * read or rewritten on a shared network; `javascript:` and `data:` run code; relative links break
 * under a path prefix.
 */
export const httpsUrlSchema = z
  .string({ error: "must be a web address starting with https://" })
  .refine(isHttpsUrl, { error: "must be a full web address starting with https:// (not http:, javascript: or data:)" });

export function isHttpsUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === "https:" && url.hostname.includes(".") && url.username === "" && url.password === "";
}

/** The host name a visitor recognises, without `www.`: `https://www.rainn.org/` → `rainn.org`. */
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
