import { z } from "zod";
import { daysBetween, isCalendarDate, isoDateSchema } from "./date.ts";
import { setOf } from "./set.ts";
import { idSchema, labelSchema, markdownSchema, plainTextSchema } from "./text.ts";
import { type ProseSpec, TRANSLATION, translatedLabel, translatedMarkdown, translatedText } from "./translation.ts";
import { httpsUrlSchema } from "./url.ts";

/**
 * How far apart a story's date and its source's may be. Both are the day the news came out, so
 * they differ only when the source is a follow-up a few days later; decades apart is a typo.
 */
export const SOURCE_DATE_WINDOW_DAYS = 31;

/**
 * A story's Spanish (src/model/translation.ts), when there is one: without it the Spanish page
 * shows the English title and summary, marked as English, and says so.
 */
export const storyTranslationSchema = z.strictObject(
  {
    title: translatedLabel,
    summary: translatedMarkdown,
    contentNote: translatedText,
  },
  TRANSLATION,
);

/** A news story, summarized in the hub's own words and paired with help. */
export const storySchema = z
  .strictObject({
    /** Stable identity, used in feeds and open data; never change it once published. */
    id: idSchema,
    /** The page address: /stories/{slug}/. */
    slug: idSchema,
    /** A plain, non-sensational headline of the hub's own. */
    title: labelSchema,
    /** The day the news was published. */
    date: isoDateSchema,
    /** Where the story comes from; the hub links to it and never copies its text. */
    source: z.strictObject({
      publication: labelSchema,
      /** The article's headline, or enough of it to find the article. */
      title: labelSchema.optional(),
      url: httpsUrlSchema.optional(),
      published: isoDateSchema,
    }),
    /** What happened, in the hub's own words: markdown, no graphic detail. */
    summary: markdownSchema,
    /** Causes in order of importance to this story; the first decides which help comes first. */
    causes: setOf(idSchema).min(1, { error: "name at least one cause this story touches" }),
    /** Shown before the story, naming what it describes: "This story mentions child abuse and a killing." */
    contentNote: plainTextSchema,
    /** Resources to show first for this story, whatever the causes say. */
    pinnedResources: setOf(idSchema).default([]),
    /** Resources never to show with this story. */
    excludedResources: setOf(idSchema).default([]),
    /** The same in Spanish, optional (docs/translating.md). */
    es: storyTranslationSchema.optional(),
  })
  .superRefine((story, ctx) => {
    // A date that is not a date is reported on its own; the two are compared only when both are real.
    if (!isCalendarDate(story.date) || !isCalendarDate(story.source.published)) return;
    const apart = daysBetween(story.date, story.source.published);
    if (Math.abs(apart) > SOURCE_DATE_WINDOW_DAYS) {
      ctx.addIssue({
        code: "custom",
        path: ["source", "published"],
        input: story.source.published,
        message: `is ${Math.abs(apart).toLocaleString("en")} days ${apart > 0 ? "after" : "before"} the story's date (${story.date}); both are the day the news came out, so they may be at most ${SOURCE_DATE_WINDOW_DAYS} days apart: check both years`,
      });
    }
  });

/** The texts of a story to translate (src/model/translation.ts). */
export const STORY_PROSE = { title: "text", summary: "text", contentNote: "text" } as const satisfies ProseSpec;

export type Story = z.infer<typeof storySchema>;
export type StoryInput = z.input<typeof storySchema>;

/** Typed helper for `_data/stories/*.ts`. */
export function defineStory(story: StoryInput): StoryInput {
  return story;
}
