import { z } from "zod";
import { isoDateSchema } from "./date.ts";
import { hoursSchema } from "./hours.ts";
import { languageSchema } from "./language.ts";
import { e164Problem, shortCodeProblem, vanityMatches, vanitySchema } from "./phone.ts";
import { setOf } from "./set.ts";
import { idSchema, labelSchema, plainTextSchema } from "./text.ts";
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

const channelSchema = z
  .discriminatedUnion(
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
      z.strictObject({ type: z.literal("chat"), url: httpsUrlSchema, ...channelDetails }),
    ],
    { error: 'type must be "call", "text", "tty" or "chat"' },
  )
  .superRefine((channel, ctx) => {
    if (channel.type === "chat") return;
    const { number, shortCode, vanity } = channel;
    if ((number === undefined) === (shortCode === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["number"],
        message: 'give exactly one of number (e.g. "+18004224453") or shortCode (e.g. "988")',
      });
      return;
    }
    const problem = number !== undefined ? e164Problem(number) : shortCodeProblem(shortCode ?? "");
    if (problem) {
      ctx.addIssue({ code: "custom", path: [number !== undefined ? "number" : "shortCode"], message: problem });
      return;
    }
    if (vanity !== undefined && !vanityMatches(vanity, number ?? shortCode ?? "")) {
      ctx.addIssue({
        code: "custom",
        path: ["vanity"],
        message: `does not dial ${number ?? shortCode} on a phone keypad; check both for a wrong digit`,
      });
    }
  });

export type Channel = z.infer<typeof channelSchema>;
export type DialledChannel = Exclude<Channel, { type: "chat" }>;

/** A helpline or organisation the hub sends people to. */
export const resourceSchema = z
  .strictObject({
    id: idSchema,
    /** The line or service: "Childhelp National Child Abuse Hotline". */
    name: labelSchema,
    /** Who runs it: "Childhelp". */
    organisation: labelSchema,
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
    /** Ids of the causes it helps with. */
    causes: setOf(idSchema).min(1, { error: "name at least one cause this resource helps with" }),
    /** Where these facts were checked. */
    source: z.strictObject({ name: labelSchema, url: httpsUrlSchema }),
    /** The day a person last checked every fact above against the source. */
    checked: isoDateSchema,
  })
  .superRefine((resource, ctx) => {
    // A way to reach a line listed twice shows two identical buttons, and looks like two lines.
    // (A text line may be listed twice with two keywords: 988 takes "AYUDA" for Spanish.)
    const seen = new Map<string, number>();
    for (const [i, channel] of resource.channels.entries()) {
      const where = channel.type === "chat" ? channel.url : (channel.number ?? channel.shortCode);
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
    if (resource.crisisLine && !resource.channels.some((c) => c.type === "call" || c.type === "text")) {
      ctx.addIssue({
        code: "custom",
        path: ["channels"],
        message: "a crisis line needs at least one call or text channel",
      });
    }
  });

export type Resource = z.infer<typeof resourceSchema>;
export type ResourceInput = z.input<typeof resourceSchema>;

/** Typed helper for `_data/resources/*.ts`. */
export function defineResource(resource: ResourceInput): ResourceInput {
  return resource;
}
