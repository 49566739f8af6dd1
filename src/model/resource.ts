import { z } from "zod";
import { isoDateSchema } from "./date.ts";
import { hoursSchema } from "./hours.ts";
import { languageSchema } from "./language.ts";
import { e164Problem, shortCodeProblem, vanityMatches, vanitySchema } from "./phone.ts";
import { setOf } from "./set.ts";
import { idSchema, labelSchema, plainTextSchema } from "./text.ts";
import { type ProseSpec, TRANSLATION, translatedLabel, translatedText } from "./translation.ts";
import { httpsUrlSchema } from "./url.ts";

/** What every way of reaching a line may say about itself, beyond the resource's defaults. */
const channelDetails = {
  /** When this channel differs from the resource's hours (a chat open fewer hours, say). */
  hours: hoursSchema.optional(),
  languages: setOf(languageSchema).optional(),
  /** One plain sentence a caller should know: "Press 1 for the Veterans Crisis Line". */
  note: plainTextSchema.optional(),
};

/** A phone number (E.164) or a short code, never both; see `src/model/phone.ts` for why. */
const dialled = {
  number: z.string().optional(),
  shortCode: z.string().optional(),
  /** The spelling people know, checked against the digits: "1-800-4-A-CHILD". */
  vanity: vanitySchema.optional(),
};

const channelKinds = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("call"), ...dialled, ...channelDetails }),
    z.strictObject({
      type: z.literal("text"),
      ...dialled,
      /** The word to send, when the line asks for one: "HOME". */
      keyword: labelSchema.optional(),
      ...channelDetails,
    }),
    z.strictObject({ type: z.literal("tty"), ...dialled, ...channelDetails }),
    /**
     * A video call in sign language: the number or short code a videophone dials, or the
     * organization's own web page that starts the call (`url`), or both.
     */
    z.strictObject({ type: z.literal("videophone"), ...dialled, url: httpsUrlSchema.optional(), ...channelDetails }),
    /** Messages through the WhatsApp app to a full phone number (never a short code): https://wa.me/<digits>. */
    z.strictObject({
      type: z.literal("whatsapp"),
      number: z.string(),
      vanity: vanitySchema.optional(),
      ...channelDetails,
    }),
    z.strictObject({ type: z.literal("chat"), url: httpsUrlSchema, ...channelDetails }),
  ],
  { error: 'type must be "call", "text", "tty", "videophone", "whatsapp" or "chat"' },
);

/**
 * Every way of reaching a line the data may name, in the order pages list them. Read from the
 * schema, so a new kind of channel shows up wherever channels are grouped (the help index's
 * filters, the synonyms' `ways`) without another list to keep in step.
 */
export const CHANNEL_TYPES: readonly Channel["type"][] = channelKinds.options.map((option) => option.shape.type.value);

/** A way of reaching a line, checked: the digits dial, the vanity spelling matches them. */
export const channelSchema = channelKinds.superRefine((channel, ctx) => {
  if (channel.type === "chat") return;
  const number = channel.number;
  const shortCode = "shortCode" in channel ? channel.shortCode : undefined;
  if (channel.type === "videophone" && number === undefined && shortCode === undefined) {
    if (channel.url === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["number"],
        message:
          "is missing: give the number a videophone dials (number or shortCode), the url of its video call page, or both",
      });
    }
    return;
  }
  if ((number === undefined) === (shortCode === undefined)) {
    ctx.addIssue({
      code: "custom",
      path: ["number"],
      message: 'needs exactly one of number (e.g. "+18004224453") or shortCode (e.g. "988")',
    });
    return;
  }
  const problem = number !== undefined ? e164Problem(number) : shortCodeProblem(shortCode ?? "");
  if (problem) {
    ctx.addIssue({ code: "custom", path: [number !== undefined ? "number" : "shortCode"], message: problem });
    return;
  }
  const vanity = channel.vanity;
  if (vanity !== undefined && !vanityMatches(vanity, number ?? shortCode ?? "")) {
    ctx.addIssue({
      code: "custom",
      path: ["vanity"],
      message: `does not dial ${number ?? shortCode} on a phone keypad; check both for a wrong digit`,
    });
  }
});

export type Channel = z.infer<typeof channelSchema>;
/** The channels reached by dialling digits: a phone call, a text, a TTY call, WhatsApp, or a videophone with a number. */
export type DialledChannel = Exclude<Channel, { type: "chat" }>;

/**
 * The digits a channel dials, as stored (E.164 or a short code); undefined for a chat, or for a
 * videophone reached only through its web page.
 */
export function channelDigits(channel: Channel): string | undefined {
  if (channel.type === "chat") return undefined;
  return channel.number ?? ("shortCode" in channel ? channel.shortCode : undefined);
}

/** Where a group of facts was checked: the organization's own page that states them, not its home page. */
export const sourceSchema = z.strictObject({ name: labelSchema, url: httpsUrlSchema });

/**
 * What happens when you reach out, as the organization itself says it: children and survivors
 * who fear the police need this before they call. Each part is its own field so the page can lay
 * them out and the audit can name the part still missing. Leave a part out, rather than guess,
 * when the organization's page does not say it.
 */
export const whatHappensSchema = z.strictObject({
  /** Who answers: "A trained counselor at a crisis center near you." */
  whoAnswers: plainTextSchema,
  /** Roughly how long it takes: "Most people reach someone in less than five minutes." */
  wait: plainTextSchema.optional(),
  /** Whether you must give your name: "You do not have to give your name." */
  name: plainTextSchema.optional(),
  /** When the line may contact emergency services or child protection, in plain words. */
  whenTheyTellOthers: plainTextSchema.optional(),
  /** The organization's pages that say these things, one or more. */
  sources: setOf(sourceSchema).min(1, { error: "name the organization's page that says these things" }),
});

export type WhatHappens = z.infer<typeof whatHappensSchema>;

/**
 * A resource's Spanish (src/model/translation.ts): its prose, with `notFor` and `channels`
 * aligned with the English by index (`{}` for a channel without a note). `name` and
 * `organization` only where the organization publishes an official Spanish name; otherwise
 * Spanish pages show them in English, marked as English.
 */
export const resourceTranslationSchema = z.strictObject(
  {
    name: translatedLabel.optional(),
    organization: translatedLabel.optional(),
    summary: translatedText,
    notFor: z.array(translatedText).optional(),
    channels: z.array(z.strictObject({ note: translatedText.optional() })).optional(),
    languagesNote: translatedText.optional(),
    serves: translatedText,
    area: translatedLabel,
    whatHappens: z
      .strictObject({
        whoAnswers: translatedText,
        wait: translatedText.optional(),
        name: translatedText.optional(),
        whenTheyTellOthers: translatedText.optional(),
      })
      .optional(),
  },
  TRANSLATION,
);

/** A helpline or organization the hub sends people to. */
export const resourceSchema = z
  .strictObject({
    id: idSchema,
    /** The line or service: "Childhelp National Child Abuse Hotline". */
    name: labelSchema,
    /** Who runs it: "Childhelp". */
    organization: labelSchema,
    /** A line people can reach now in a crisis; these are listed first everywhere. */
    crisisLine: z.boolean({ error: "must be true or false" }),
    /** What it is, in one or two plain sentences. */
    summary: plainTextSchema,
    /** What it is not, so nobody relies on it for the wrong thing: "It is not a line for reporting abuse." */
    notFor: setOf(plainTextSchema).default([]),
    channels: z.array(channelSchema).default([]),
    website: httpsUrlSchema,
    /** When it answers; required for anything with a phone, text or chat channel. */
    hours: hoursSchema.optional(),
    languages: setOf(languageSchema).min(1).default(["en"]),
    /** More on languages than a list can say: "more than 170 through interpreters". */
    languagesNote: plainTextSchema.optional(),
    /** Who it is for. */
    serves: plainTextSchema,
    /** Where it works: "United States, its territories and Canada". */
    area: labelSchema,
    /** Ids of the causes it helps with, most central first: a topic's page lists first the lines that name it first. */
    causes: setOf(idSchema).min(1, { error: "name at least one cause this resource helps with" }),
    /** What happens when you reach out; required for a crisis line. */
    whatHappens: whatHappensSchema.optional(),
    /** Where these facts were checked: the organization's page that states them. */
    source: sourceSchema,
    /** The day a person last checked every fact above against the source. */
    checked: isoDateSchema,
    /** The same in Spanish (docs/translating.md). */
    es: resourceTranslationSchema,
  })
  .superRefine((resource, ctx) => {
    // A way to reach a line listed twice shows two identical buttons, and looks like two lines.
    // (A text line may be listed twice with two keywords: 988 takes "AYUDA" for Spanish.)
    const seen = new Map<string, number>();
    for (const [i, channel] of resource.channels.entries()) {
      // A videophone reached by its number and one reached by its page as well are two ways in.
      const where = [channelDigits(channel), "url" in channel ? channel.url : undefined].filter(Boolean).join(" ");
      const keyword = channel.type === "text" && channel.keyword ? ` ${channel.keyword.toUpperCase()}` : "";
      const key = `${channel.type} ${where}${keyword}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        ctx.addIssue({
          code: "custom",
          path: ["channels", i],
          message: `repeats channels[${first}] (${channel.type} ${where}${keyword}); remove one`,
        });
    }
    const reachable = resource.channels.length > 0;
    if (reachable && !resource.hours && resource.channels.some((c) => !c.hours)) {
      ctx.addIssue({
        code: "custom",
        path: ["hours"],
        message: 'say when it answers: { kind: "always" } for 24/7, or { kind: "weekly", ... }',
      });
    }
    if (resource.crisisLine && !resource.whatHappens) {
      ctx.addIssue({
        code: "custom",
        path: ["whatHappens"],
        message:
          "is missing: a crisis line must say what happens when you reach out, as { whoAnswers, wait, name, whenTheyTellOthers, sources } from the organization's own pages",
      });
    }
    if (resource.crisisLine && !resource.channels.some((c) => c.type === "call" || c.type === "text")) {
      ctx.addIssue({
        code: "custom",
        path: ["channels"],
        message: "a crisis line needs at least one call or text channel",
      });
    }
  });

/** The texts of a resource to translate, in its shape (src/model/translation.ts). */
export const RESOURCE_PROSE = {
  name: "name",
  organization: "name",
  summary: "text",
  notFor: ["text"],
  channels: [{ note: "text" }],
  languagesNote: "text",
  serves: "text",
  area: "text",
  whatHappens: { whoAnswers: "text", wait: "text", name: "text", whenTheyTellOthers: "text" },
} as const satisfies ProseSpec;

export type Resource = z.infer<typeof resourceSchema>;
export type ResourceInput = z.input<typeof resourceSchema>;

/** Typed helper for `_data/resources/*.ts`. */
export function defineResource(resource: ResourceInput): ResourceInput {
  return resource;
}
