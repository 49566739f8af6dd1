import { z } from "zod";
import { languageSchema } from "./language.ts";
import { CHANNEL_TYPES, type Channel } from "./resource.ts";
import { idSchema, plainTextSchema } from "./text.ts";

/**
 * Words people really type when they are in trouble, and what they need: the search index adds
 * them to the pages they name (src/publish/search-records.ts), the English `words` to the English
 * pages and the Spanish `es` to the Spanish ones, so "kill myself" finds the 988 Lifeline and, on
 * the Spanish search, "sordo" finds the lines a deaf person can text. One group per need.
 */
export const synonymGroupSchema = z
  .strictObject({
    /** What English speakers type, as they type it: "kill myself". Found by the English search. */
    words: z.array(plainTextSchema).min(1, { error: "list at least one word or phrase people type" }),
    /**
     * What Spanish speakers type for the same need, as they type it: "me quiero morir". Found by
     * the Spanish search. Not a translation of `words` (no hash): each list is what its speakers type.
     */
    es: z
      .array(plainTextSchema, { error: 'must list what Spanish speakers type for this need, e.g. ["ayuda"]' })
      .min(1, { error: "list at least one word or phrase Spanish speakers type" }),
    /** Topics these words are about: the topic pages come up for them. */
    causes: z.array(idSchema).default([]),
    /** Helplines these words should find. */
    resources: z.array(idSchema).default([]),
    /** Every line that can be reached this way: "tty" for "deaf". */
    ways: z
      .array(
        z.enum(CHANNEL_TYPES as [Channel["type"], ...Channel["type"][]], {
          error: `must be one of ${CHANNEL_TYPES.map((t) => `"${t}"`).join(", ")}`,
        }),
      )
      .default([]),
    /** Every line that answers in one of these languages: "es" for "ayuda". */
    languages: z.array(languageSchema).default([]),
    /**
     * Words that say too little to put this group's line above the results: "abuse" may be elder
     * abuse, "hits me" a partner. They find the group's pages as `words` and `es` do; only those
     * pin its `resources` first on the search page (src/publish/crisis-words.ts).
     */
    broad: z
      .strictObject({
        /** English, found by the English search. */
        words: z.array(plainTextSchema).default([]),
        /** Spanish, found by the Spanish search. */
        es: z.array(plainTextSchema).default([]),
      })
      .default({ words: [], es: [] }),
  })
  .refine((g) => g.causes.length + g.resources.length + g.ways.length + g.languages.length > 0, {
    error: "name what these words should find: causes, resources, ways or languages",
    path: ["resources"],
  });

export const synonymsSchema = z.array(synonymGroupSchema, {
  error: "must be a list of groups: [{ words: [...], resources: [...] }, ...]",
});

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
export type SynonymGroupInput = z.input<typeof synonymGroupSchema>;

/** Typed helper for `_data/synonyms.ts`. */
export function defineSynonyms(groups: SynonymGroupInput[]): SynonymGroupInput[] {
  return groups;
}
