import { z } from "zod";
import { languageSchema } from "./language.ts";
import { shortCodeProblem } from "./phone.ts";
import { idSchema, plainTextSchema } from "./text.ts";
import { httpsUrlSchema, reportUrlSchema } from "./url.ts";

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
  /**
   * Resource ids for the "need help now" box (home, search and 404 pages), most widely useful
   * first. They also fill in wherever a story, topic or helpline page has no line of its own that
   * answers around the clock, so at least one must take calls or texts 24/7.
   */
  helpNow: z.array(idSchema).min(1),
  /**
   * The resource id every help box names for when a number does not connect: "If a number does
   * not connect, call or text 988, or call 911." It must take calls or texts 24/7.
   */
  fallbackLine: idSchema,
  /** Where the hub's lines work, as it reads in a sentence: "These lines are for the United States." */
  linesFor: plainTextSchema,
  /** A directory of helplines in every other country, for the "Outside" page. */
  worldwideDirectory: z.strictObject({ name: plainTextSchema, url: httpsUrlSchema }),
  /**
   * Where "Is something wrong here?" links go: `mailto:` and one address, or an https form. The
   * link fills in the resource and the page; nothing is sent until the visitor sends it.
   */
  reportUrl: reportUrlSchema,
  /** A resource checked longer ago than this is reported as stale. */
  staleAfterDays: z.number().int().positive(),
});

export type Site = z.infer<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;

/** Typed helper for `_data/site.ts`. */
export function defineSite(site: SiteInput): SiteInput {
  return site;
}
