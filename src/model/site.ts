import { z } from "zod";
import { languageSchema } from "./language.ts";
import { shortCodeProblem } from "./phone.ts";
import { idSchema, plainTextSchema } from "./text.ts";
import { httpsUrlSchema } from "./url.ts";

/** Settings for the whole site, in `_data/site.ts`. */
export const siteSchema = z.strictObject({
  name: plainTextSchema,
  /** One sentence under the name and in search results. */
  description: plainTextSchema,
  /** Where the site is published, for canonical links and feeds; `SITE_URL` overrides it at build time. */
  url: httpsUrlSchema,
  /** The language of every page (BCP 47) and of dates and hours. */
  language: languageSchema,
  /** The emergency number shown in every help box. */
  emergencyNumber: z.string().refine((n) => !shortCodeProblem(n), { error: "must be 3 to 6 digits, e.g. 911" }),
  /** Where the quick-exit link goes: an ordinary site that draws no attention. */
  exitUrl: httpsUrlSchema,
  /** Resource ids for the "need help now" box on the home page, most widely useful first. */
  helpNow: z.array(idSchema).min(1),
  /** A resource checked longer ago than this is reported as stale. */
  staleAfterDays: z.number().int().positive(),
});

export type Site = z.infer<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;

/** Typed helper for `_data/site.ts`. */
export function defineSite(site: SiteInput): SiteInput {
  return site;
}
