import { plainExcerpt } from "../view/excerpt.ts";
import type { Hub } from "../view/hub.ts";

/** One page as the search index sees it: its address, its title, and the words to find it by. */
export interface SearchRecord {
  url: string;
  title: string;
  content: string;
}

/** Long enough for any summary or description: these are indexed whole, not cut. */
const WHOLE = Number.MAX_SAFE_INTEGER;

/**
 * What search finds: every topic, helpline and story, built from the data rather than read back
 * out of the built pages. The index then holds exactly the words that describe each page (not
 * the help boxes and menus around them), and building it costs a third of the CPU and memory
 * that parsing every page's HTML did (README, Performance). Helplines are also found by their
 * numbers ("988", "741741").
 */
export function searchRecords(hub: Hub): SearchRecord[] {
  const topics = hub.causes.map((cause) => ({
    url: cause.url,
    title: cause.name,
    content: lines(cause.name, ...cause.alsoKnownAs, cause.summary, paragraphs(cause.description)),
  }));
  const resources = hub.resources.map((resource) => ({
    url: resource.url,
    title: resource.name,
    content: lines(
      resource.name,
      resource.organization,
      resource.summary,
      ...resource.channelViews.flatMap((c) => [c.label, c.vanity ?? ""]),
      resource.serves,
      resource.area,
      ...resource.notFor,
    ),
  }));
  const stories = hub.stories.map((story) => ({
    url: story.url,
    title: story.title,
    content: lines(story.title, paragraphs(story.summary), story.source.publication),
  }));
  return [...topics, ...resources, ...stories];
}

/** Every paragraph of some markdown as plain text. */
function paragraphs(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((paragraph) => plainExcerpt(paragraph, WHOLE))
    .join("\n");
}

function lines(...parts: string[]): string {
  return parts.filter(Boolean).join("\n");
}

/**
 * Pagefind holds a whole index in memory while it builds it, about 35 KB a record, so a big hub's
 * index is built in shards of this many records, one after another, and the browser merges them
 * (`pagefind.mergeIndex`). A hub smaller than this has one index. `HUB_SEARCH_SHARD_SIZE` overrides it.
 */
export const SEARCH_SHARD_SIZE = 10_000;
