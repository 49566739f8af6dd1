import { z } from "zod";
import { languageSchema } from "./language.ts";
import { shortCodeProblem } from "./phone.ts";
import { setOf } from "./set.ts";
import { idSchema, labelSchema, plainTextSchema } from "./text.ts";
import { type ProseSpec, TRANSLATION, translatedLabel, translatedText } from "./translation.ts";
import { httpsUrlSchema, reportUrlSchema } from "./url.ts";

/**
 * The site's own address: its pages' addresses are built from it, so it may not carry a query or a
 * fragment (they would be dropped, or end up in the middle of every address).
 */
export const siteUrlSchema = httpsUrlSchema.refine(
  // What is not an address at all is already said by httpsUrlSchema.
  (value) => !URL.canParse(value) || (!value.includes("?") && !value.includes("#")),
  { error: "must be the site's address alone, with no ? or # part, e.g. https://hub.example.org" },
);

/** Settings for the whole site, in `_data/site.ts`. */
export const siteSchema = z
  .strictObject({
    name: labelSchema,
    /** One sentence under the name and in search results. */
    description: plainTextSchema,
    /** Where the site is published, for canonical links and feeds; `SITE_URL` overrides it at build time. */
    url: siteUrlSchema,
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
    helpNow: setOf(idSchema).min(1),
    /**
     * The resource id every help box names for when a number does not connect: "If a number does
     * not connect, call or text 988, or call 911." It must take calls or texts 24/7.
     */
    fallbackLine: idSchema,
    /** Where the hub's lines work, as it reads in a sentence: "These lines are for the United States." */
    linesFor: plainTextSchema,
    /** A directory of helplines in every other country, for the "Outside" page. */
    worldwideDirectory: z.strictObject({ name: labelSchema, url: httpsUrlSchema }),
    /**
     * Where "Is something wrong here?" links go: `mailto:` and one address, or an https form. The
     * link fills in the resource and the page; nothing is sent until the visitor sends it.
     */
    reportUrl: reportUrlSchema,
    /** A resource checked longer ago than this is reported as stale. */
    staleAfterDays: z
      .number()
      .int()
      .min(1)
      .max(730, { error: "must be at most 730 (two years); a check older than that is no check at all" }),
    /** The site's own texts in Spanish (docs/translating.md): `linesFor` reads in "Estas líneas son para ...". */
    es: z.strictObject({ name: translatedLabel, description: translatedText, linesFor: translatedText }, TRANSLATION),
  })
  .superRefine((site, ctx) => {
    // The quick exit must take the visitor away from the hub, or it exits nowhere.
    if (sameSite(site.exitUrl, site.url)) {
      ctx.addIssue({
        code: "custom",
        path: ["exitUrl"],
        input: site.exitUrl,
        message: `is on the hub's own site (${new URL(site.url).hostname}); the quick exit must leave it, for an ordinary site such as https://www.weather.gov/`,
      });
    }
  });

/** Whether two addresses are on the same site: the same host, with or without `www.`. */
function sameSite(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return false;
  const host = (url: string) => new URL(url).hostname.replace(/^www\./, "");
  return host(a) === host(b);
}

/** The site's texts to translate (src/model/translation.ts). */
export const SITE_PROSE = { name: "text", description: "text", linesFor: "text" } as const satisfies ProseSpec;

export type Site = z.infer<typeof siteSchema>;
export type SiteInput = z.input<typeof siteSchema>;

/** Typed helper for `_data/site.ts`. */
export function defineSite(site: SiteInput): SiteInput {
  return site;
}
