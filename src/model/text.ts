import { z } from "zod";
import { markdownProblems } from "./markdown.ts";

/** Ids are also URL segments, so they are lower-case words joined by hyphens. */
export const idSchema = z
  .string({ error: 'must be an id in quotes, e.g. "child-abuse"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters and digits joined by single hyphens, e.g. "sexual-assault"',
  });

const TAG = /<\/?[a-zA-Z][^>]*>/;

/**
 * Text shown as written. Nunjucks escapes it anyway; a tag is still refused, because whoever
 * typed `<b>` expected bold and would see the angle brackets instead.
 */
export const plainTextSchema = z
  .string({ error: "must be text in quotes" })
  .trim()
  .min(1, { error: "must not be empty" })
  .refine((s) => !TAG.test(s), { error: "contains an HTML tag; write plain text (markdown is not read here either)" });

/** Markdown without raw HTML and with https links only. */
export const markdownSchema = z
  .string({ error: "must be markdown text in quotes" })
  .trim()
  .min(1, { error: "must not be empty" })
  .superRefine((source, ctx) => {
    for (const message of markdownProblems(source)) ctx.addIssue({ code: "custom", message });
  });
