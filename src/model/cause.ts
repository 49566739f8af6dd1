import { z } from "zod";
import { setOf } from "./set.ts";
import { idSchema, labelSchema, markdownSchema, plainTextSchema } from "./text.ts";
import { type ProseSpec, TRANSLATION, translatedLabel, translatedMarkdown, translatedText } from "./translation.ts";
import { httpsUrlSchema } from "./url.ts";

/** Help a step links to: a resource's id (checked to exist), or a page elsewhere as { name, url }. */
const stepHelpSchema = z.union([idSchema, z.strictObject({ name: labelSchema, url: httpsUrlSchema })], {
  error: 'must be a resource id such as "childhelp", or a link such as { name: "...", url: "https://..." }',
});

/**
 * One thing a reader can do now, in a short plain sentence, with the help that fits it. A step
 * about danger right now sets `emergency: true` to carry the emergency number's call button.
 */
export const stepSchema = z
  .strictObject({
    text: plainTextSchema,
    help: setOf(stepHelpSchema).default([]),
    emergency: z.boolean({ error: "must be true or false" }).default(false),
  })
  .refine((step) => step.help.length > 0 || step.emergency, {
    path: ["help"],
    error: "must link the step to help: resource ids, { name, url } links, or emergency: true for the emergency number",
  });

export type Step = z.infer<typeof stepSchema>;

/**
 * A cause's Spanish (src/model/translation.ts): every text but the ids, steps aligned with the
 * English ones by index, each step link `{ name }` for a `{ name, url }` link and `{}` for a
 * resource id. `alsoKnownAs` is the Spanish names people use, each `from` the English name it
 * stands for (two may share one).
 */
export const causeTranslationSchema = z.strictObject(
  {
    name: translatedLabel,
    alsoKnownAs: z.array(translatedLabel).optional(),
    summary: translatedText,
    description: translatedMarkdown,
    steps: z.array(
      z.strictObject({
        text: translatedText,
        help: z.array(z.strictObject({ name: translatedLabel.optional() })).optional(),
      }),
    ),
  },
  TRANSLATION,
);

/** A cause is a topic the hub covers: a kind of harm, or a kind of help, that stories touch. */
export const causeSchema = z.strictObject({
  id: idSchema,
  /** As it appears in headings and lists: "Sexual abuse and assault". */
  name: labelSchema,
  /** Other names people search for: "Munchausen syndrome by proxy". */
  alsoKnownAs: setOf(labelSchema).default([]),
  /** One plain sentence for lists and link previews. */
  summary: plainTextSchema,
  /** What it is, in a few short paragraphs of markdown, shown on the topic page. */
  description: markdownSchema,
  /** Three to five short steps a reader can take now, most urgent first, each with the help that fits. */
  steps: z
    .array(stepSchema)
    .min(3, { error: "give at least 3 steps a reader can take now" })
    .max(5, { error: "give at most 5 steps; keep the most useful" }),
  /** Ids of causes a reader of this topic may also need. */
  related: setOf(idSchema).default([]),
  /** The same in Spanish (docs/translating.md). */
  es: causeTranslationSchema,
});

/** The texts of a cause to translate, in its shape (src/model/translation.ts). */
export const CAUSE_PROSE = {
  name: "text",
  alsoKnownAs: "aliases",
  summary: "text",
  description: "text",
  steps: [{ text: "text", help: [{ name: "text" }] }],
} as const satisfies ProseSpec;

export type Cause = z.infer<typeof causeSchema>;
export type CauseInput = z.input<typeof causeSchema>;

/** Typed helper for `_data/causes/*.ts`: the editor checks every field as you type. */
export function defineCause(cause: CauseInput): CauseInput {
  return cause;
}
