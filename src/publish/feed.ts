import { parseIsoDate } from "../model/date.ts";
import type { Hub, StoryView } from "../view/hub.ts";
import { hubUuid } from "./uuid.ts";

/**
 * The Atom feed of stories (`content/feed.njk`). Its dates come from the data, never from the
 * clock, so the same commit always builds the same feed; its ids are UUIDs from the stories'
 * ids, so a story keeps its place in feed readers even if the site moves to another address.
 */
export interface Feed {
  /** `urn:uuid:...` */
  id: string;
  /** The newest story's date; with no stories, the newest day a resource was checked. */
  updated: Date;
  entries: FeedEntry[];
}

export interface FeedEntry {
  id: string;
  updated: Date;
  story: StoryView;
}

/** Feed readers only want what is new; older stories stay on the site. */
export const FEED_LIMIT = 50;

/**
 * A language's feed lists only the stories written in it: the Spanish feed leaves out stories whose
 * summary is only in English. Each language's feed and entries have ids of their own.
 */
export function storyFeed(hub: Hub): Feed {
  const own = (id: string) => (hub.base === "" ? id : `${id}${hub.base}`);
  const written = hub.stories.filter((story) => !story.textLang);
  const entries = written.slice(0, FEED_LIMIT).map((story) => ({
    id: `urn:uuid:${hubUuid("story", own(story.id))}`,
    updated: parseIsoDate(story.date).toJSDate(),
    story,
  }));
  const dates = written.length ? written.map((s) => s.date) : hub.resources.map((r) => r.checked);
  if (dates.length === 0) throw new Error("storyFeed: there are no stories or resources to date the feed by");
  const newest = dates.reduce((a, b) => (a > b ? a : b));
  return { id: `urn:uuid:${hubUuid("feed", own("stories"))}`, updated: parseIsoDate(newest).toJSDate(), entries };
}

/**
 * A moment as Atom writes it: RFC 3339 in UTC, to the second
 * (https://www.rfc-editor.org/rfc/rfc4287#section-3.3). Throws on an invalid date, so a bad date
 * stops the build instead of reaching feed readers.
 * @example toRfc3339(new Date("2026-03-12")) // "2026-03-12T00:00:00Z"
 */
export function toRfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
