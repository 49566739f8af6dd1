import { z } from "zod";

/**
 * A list in which each item appears once. Lists of ids name what a page shows (lines pinned to a
 * story, the "need help now" box, related topics): an id listed twice was shown twice. Text
 * items count as the same whatever their case ("Munchausen" and "munchausen").
 */
export function setOf<T extends z.ZodType>(item: T) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    for (const [i, value] of items.entries()) {
      const key = typeof value === "string" ? value.toLowerCase() : JSON.stringify(value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: "custom", path: [i], message: `is listed twice (also at [${first}]); remove one` });
    }
  });
}
