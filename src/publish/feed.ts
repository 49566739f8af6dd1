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

export function storyFeed(hub: Hub): Feed {
  const entries = hub.stories.slice(0, FEED_LIMIT).map((story) => ({
    id: `urn:uuid:${hubUuid("story", story.id)}`,
    updated: parseIsoDate(story.date).toJSDate(),
    story,
  }));
  const dates = hub.stories.length ? hub.stories.map((s) => s.date) : hub.resources.map((r) => r.checked);
  if (dates.length === 0) throw new Error("storyFeed: there are no stories or resources to date the feed by");
  const newest = dates.reduce((a, b) => (a > b ? a : b));
  return { id: `urn:uuid:${hubUuid("feed", "stories")}`, updated: parseIsoDate(newest).toJSDate(), entries };
}
