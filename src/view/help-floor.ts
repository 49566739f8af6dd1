import type { ResourceView } from "./channel.ts";

/**
 * The floor under every story, topic and helpline page: at least one line that takes calls or
 * texts around the clock. When the lines that fit a page have none (a topic served only by
 * organizations, a story whose editor left its lines out), the site's general crisis lines
 * (`helpNow` in `_data/site.ts`, those that answer 24/7) fill in, and the page says why.
 * Validation makes sure at least one of them does (src/data/validate.ts).
 */
export interface FloorView {
  /** Why these lines are shown here, in a sentence: the lines that fit this page do not answer 24/7. */
  reason: string;
  lines: ResourceView[];
}

/**
 * How many general lines fill in: the first of `helpNow` that answer 24/7, which the site lists
 * most widely useful first (for anyone in crisis, before lines for one kind of harm).
 */
export const FLOOR_LINES = 2;

/** The general crisis lines that answer calls or texts around the clock, best first. */
export function generalLines(helpNow: readonly ResourceView[]): ResourceView[] {
  return helpNow.filter((r) => r.allDay).slice(0, FLOOR_LINES);
}

/** `undefined` when one of `fitting` answers around the clock; otherwise the general lines and `reason`. */
export function helpFloor(
  fitting: readonly ResourceView[],
  general: readonly ResourceView[],
  reason: string,
): FloorView | undefined {
  if (fitting.some((r) => r.allDay)) return undefined;
  return { reason, lines: [...general] };
}
