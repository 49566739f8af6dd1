import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";
import { isoDateSchema } from "./date.ts";
import { hoursSchema } from "./hours.ts";
import { languageSchema } from "./language.ts";
import { shortCodeProblem } from "./phone.ts";
import { channelSchema } from "./resource.ts";
import { idSchema, plainTextSchema } from "./text.ts";
import { type ProseSpec, TRANSLATION, translatedText } from "./translation.ts";
import { httpsUrlSchema } from "./url.ts";

/** Where a fact was checked: the organization's own page that states it, never a home page or a list. */
const sourceSchema = z.strictObject({ name: plainTextSchema, url: httpsUrlSchema });

/** A national line in a country other than the hub's own: checked like a resource, shown only on the "Outside" page. */
const countryLineSchema = z
  .strictObject({
    /** As the organization names it: "Samaritans". */
    name: plainTextSchema,
    /** What it is, in one plain sentence. */
    summary: plainTextSchema,
    /** Who it is for, and where it works: "Anyone in the UK, of any age." */
    serves: plainTextSchema,
    channels: z.array(channelSchema).default([]),
    /** The organization's own site, where one was confirmed along with the facts. */
    website: httpsUrlSchema.optional(),
    hours: hoursSchema.optional(),
    languages: z.array(languageSchema).min(1).default(["en"]),
    source: sourceSchema,
    checked: isoDateSchema,
  })
  .superRefine((line, ctx) => {
    if (line.channels.some((c) => !c.hours) && !line.hours) {
      ctx.addIssue({
        code: "custom",
        path: ["hours"],
        message: 'say when it answers: { kind: "always" } for 24/7, or { kind: "weekly", ... }',
      });
    }
  });

/**
 * Help in one other country (`_data/international/<id>.ts`): its emergency number and a few
 * national lines. These never pair with stories or appear in help boxes, which are for the hub's
 * own country; they are listed on the "Outside" page.
 */
export const countrySchema = z
  .strictObject({
    id: idSchema,
    /** As in a heading: "United Kingdom". */
    name: plainTextSchema,
    /** ISO 3166 code ("GB"): every full phone number below must belong to this country. */
    code: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code in capitals, e.g. "GB"' }),
    emergency: z.strictObject({
      /** The numbers to dial, most widely known first: ["112", "999"]. */
      numbers: z
        .array(z.string().refine((n) => !shortCodeProblem(n), { error: "must be 3 to 6 digits, e.g. 999" }))
        .min(1),
      source: sourceSchema,
      checked: isoDateSchema,
    }),
    lines: z.array(countryLineSchema).min(1, { error: "list at least one line people in this country can reach" }),
    /** The country's name and its lines' prose in Spanish, lines aligned by index; lines' names stay as the organization writes them. */
    es: z.strictObject(
      {
        name: translatedText,
        lines: z.array(
          z.strictObject({
            name: translatedText.optional(),
            summary: translatedText,
            serves: translatedText,
            channels: z.array(z.strictObject({ note: translatedText.optional() })).optional(),
          }),
        ),
      },
      TRANSLATION,
    ),
  })
  .superRefine((country, ctx) => {
    for (const [i, line] of country.lines.entries()) {
      for (const [j, channel] of line.channels.entries()) {
        if (channel.type === "chat" || !channel.number) continue;
        const found = parsePhoneNumberFromString(channel.number)?.country;
        if (found && found !== country.code) {
          ctx.addIssue({
            code: "custom",
            path: ["lines", i, "channels", j, "number"],
            message: `is a number in ${found}, not ${country.code}; check the country code`,
          });
        }
      }
    }
  });

/** A country's texts to translate (src/model/translation.ts). */
export const COUNTRY_PROSE = {
  name: "text",
  lines: [{ name: "name", summary: "text", serves: "text", channels: [{ note: "text" }] }],
} as const satisfies ProseSpec;

export type Country = z.infer<typeof countrySchema>;
export type CountryInput = z.input<typeof countrySchema>;
export type CountryLine = Country["lines"][number];

/** Typed helper for `_data/international/*.ts`. */
export function defineCountry(country: CountryInput): CountryInput {
  return country;
}
