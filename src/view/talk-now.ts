import type { ChannelView, ResourceView } from "./channel.ts";

/**
 * The "Talk to someone now" strip at the top of a story page: the emergency number, then the two
 * or three lines that fit the story best and answer calls or texts around the clock, one button
 * each, so the first call is a thumb's reach from the content note. All the help that fits the
 * story follows the story itself.
 */
export interface TalkNowView {
  lines: TalkNowLine[];
  /** Set when none of the story's own lines answers 24/7 and the general lines stand in: says so. */
  reason?: string;
}

export interface TalkNowLine {
  resource: ResourceView;
  /** The call or text that answers around the clock. */
  channel: ChannelView;
}

/** At most this many lines: the strip must fit one phone screen (360 x 740). */
export const TALK_NOW_LINES = 3;

/**
 * @param ranked the story's lines, best first (src/view/pairing.ts)
 * @param general the site's general lines that answer 24/7 (src/view/help-floor.ts)
 */
export function talkNow(
  ranked: readonly ResourceView[],
  general: readonly ResourceView[],
  reason: string,
): TalkNowView {
  const own = ranked.filter((r) => r.crisisLine && r.allDay);
  const lines = (own.length > 0 ? own : general)
    .slice(0, TALK_NOW_LINES)
    .flatMap((resource) => (resource.allDay ? [{ resource, channel: resource.allDay }] : []));
  return own.length > 0 ? { lines } : { lines, reason };
}
