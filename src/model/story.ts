import { z } from "zod";
import { isoDateSchema } from "./date.ts";
import { idSchema, markdownSchema, plainTextSchema } from "./text.ts";
import { httpsUrlSchema } from "./url.ts";

/** A news story, summarised in the hub's own words and paired with help. */
export const storySchema = z.strictObject({
  /** Stable identity, used in feeds and open data; never change it once published. */
  id: idSchema,
  /** The page address: /stories/{slug}/. */
  slug: idSchema,
  /** A plain, non-sensational headline of the hub's own. */
  title: plainTextSchema,
  /** The day the news was published. */
  date: isoDateSchema,
  /** Where the story comes from; the hub links to it and never copies its text. */
  source: z.strictObject({
    publication: plainTextSchema,
    /** The article's headline, or enough of it to find the article. */
    title: plainTextSchema.optional(),
    url: httpsUrlSchema.optional(),
    published: isoDateSchema,
  }),
  /** What happened, in the hub's own words: markdown, no graphic detail. */
  summary: markdownSchema,
  /** Causes in order of importance to this story; the first decides which help comes first. */
  causes: z.array(idSchema).min(1, { error: "name at least one cause this story touches" }),
  /** Shown before the story, naming what it describes: "This story mentions child abuse and a killing." */
  contentNote: plainTextSchema,
  /** Resources to show first for this story, whatever the causes say. */
  pinnedResources: z.array(idSchema).default([]),
  /** Resources never to show with this story. */
  excludedResources: z.array(idSchema).default([]),
});

export type Story = z.infer<typeof storySchema>;
export type StoryInput = z.input<typeof storySchema>;

/** Typed helper for `_data/stories/*.ts`. */
export function defineStory(story: StoryInput): StoryInput {
  return story;
}
