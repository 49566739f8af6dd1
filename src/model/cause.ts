import { z } from "zod";
import { setOf } from "./set.ts";
import { idSchema, labelSchema, markdownSchema, plainTextSchema } from "./text.ts";

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
  /** Ids of causes a reader of this topic may also need. */
  related: setOf(idSchema).default([]),
});

export type Cause = z.infer<typeof causeSchema>;
export type CauseInput = z.input<typeof causeSchema>;

/** Typed helper for `_data/causes/*.ts`: the editor checks every field as you type. */
export function defineCause(cause: CauseInput): CauseInput {
  return cause;
}
