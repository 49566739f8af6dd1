import type { SynonymGroup } from "../model/synonyms.ts";
import { cutAtWord, plainParagraphs } from "../view/excerpt.ts";
import type { ChannelView, Hub, ResourceView, StoryView } from "../view/hub.ts";

/** One page as the search index sees it: its address, its title, and the words to find it by. */
export interface SearchRecord {
  url: string;
  /**
   * The page's language: Pagefind keeps one index per language, and the browser searches the one
   * of the page it runs on (its `<html lang>`), so the Spanish search finds Spanish pages.
   */
  language: string;
  title: string;
  content: string;
  /**
   * What the result says under its title: the page's own one-sentence summary, not an excerpt of
   * `content`, which would show a visitor in crisis the list of words they might have typed.
   */
  description: string;
  /** The line to call or text from the result itself, so a search in a crisis is one tap from help. */
  call?: SearchCall;
}

/** Stored as the record's Pagefind meta (strings only); content/assets/search.js makes the button. */
export interface SearchCall {
  /** `tel:` or `sms:`. */
  href: string;
  /** What the button says: "Call 988". */
  label: string;
  /** Whose line it is, when the result is a topic or a story: "988 Suicide & Crisis Lifeline". */
  line?: string;
}

/** A story's description in the results: its first sentences, as link previews show them. */
const DESCRIPTION_LENGTH = 160;

/**
 * What search finds, in one language: every topic, helpline and story, and the page of lines in
 * other countries, built from the data rather than read back out of the built pages. The index then
 * holds exactly the words that describe each page (not the help boxes and menus around them), and
 * building it costs a third of the CPU and memory that parsing every page's HTML did (README,
 * Performance). Helplines are also found by their numbers ("988", "741741"), and topics and
 * helplines by the words people in trouble type (`_data/synonyms.ts`): "kill myself" finds the 988
 * Lifeline. Every result that has a line to call or text carries it, so the first result of a
 * search in a crisis is a button, not just a link.
 *
 * Made a share at a time: the index takes them a shard at a time (search-index.ts), and made all
 * at once a 50,000-story hub's records were held from the start of the build until their shard was
 * indexed, a large share of its memory (docs/performance.md, "Issue 14, third round").
 */
export interface SearchRecordList {
  language: string;
  length: number;
  /** The records from `start` up to, not including, `end`, made now. */
  slice(start: number, end: number): SearchRecord[];
}

export function searchRecordList(hub: Hub): SearchRecordList {
  const words = synonymWords(hub.synonyms, hub.resources);
  const { language } = hub;
  const topics = hub.causes.map((cause) => ({
    url: cause.url,
    language,
    title: cause.name,
    description: cause.summary,
    content: lines(
      cause.name,
      ...cause.alsoKnownAs,
      cause.summary,
      ...plainParagraphs(cause.description),
      ...(words.causes.get(cause.id) ?? []),
    ),
    ...callOf(bestLine([...cause.help.lines.map((m) => m.resource), ...(cause.help.floor?.lines ?? [])]), true),
  }));
  const resources = hub.resources.map((resource) => ({
    url: resource.url,
    language,
    title: resource.name,
    description: resource.summary,
    content: lines(
      resource.name,
      resource.organization,
      resource.summary,
      ...resource.channelViews.flatMap((c) => [c.label, c.vanity ?? ""]),
      resource.serves,
      resource.area,
      // What a line is not points to the right use of it ("not a line for reporting abuse"); an
      // organization's only says to look elsewhere ("if you need to talk to someone now, use a
      // helpline"), and would put it, with no button, first for those very words.
      ...(resource.primary ? resource.notFor : []),
      ...(words.resources.get(resource.id) ?? []),
      lineToken(resource.id),
    ),
    ...callOf(resource, false),
  }));
  const storyRecord = (story: StoryView): SearchRecord => {
    const paragraphs = plainParagraphs(story.summary);
    return {
      url: story.url,
      language,
      title: story.title,
      description: cutAtWord(paragraphs[0] ?? "", DESCRIPTION_LENGTH),
      content: lines(story.title, paragraphs.join("\n"), story.source.publication),
      ...callOf(story.talkNow.lines[0]?.resource, true),
    };
  };
  // Found by the countries' names, not their lines': "rape" or "need to talk" must find a line in
  // the hub's own country first, not the page for other countries.
  const { outside } = hub;
  const abroad = {
    url: outside.url,
    language,
    title: outside.title,
    description: hub.strings.outside.intro,
    content: lines(outside.title, ...outside.countries.map((country) => country.name), outside.directory.name),
  };
  // The topics, helplines and the page for other countries, then the stories oldest first: a shard
  // is a run of this list (search-index.ts), so a new story changes only the last shard, and the
  // next build takes every other shard from the last one. Newest first, each new story moved every
  // record down one place, and the whole hub was indexed again.
  const before: SearchRecord[] = [...topics, ...resources, abroad];
  const { stories } = hub;
  const length = before.length + stories.length;
  return {
    language,
    length,
    slice(start, end) {
      const records: SearchRecord[] = [];
      for (let i = Math.max(0, start); i < Math.min(end, length); i++) {
        const other = before[i];
        const story = stories[length - 1 - i];
        if (other) records.push(other);
        else if (story) records.push(storyRecord(story));
      }
      return records;
    },
  };
}

/**
 * A word only a helpline's own record has, by which the search page finds the line a crisis phrase
 * names (src/publish/crisis-words.ts): letters alone, so Pagefind keeps it one word, after a start
 * no one types ("zq").
 * @example lineToken("988-lifeline") // "zqlinejiilifeline"
 */
export function lineToken(id: string): string {
  return `zqline${id.replace(/[^a-z0-9]/g, "").replace(/\d/g, (digit) => "abcdefghij"[Number(digit)] ?? "")}`;
}

/** A topic's first line that answers around the clock, or its first line at all. */
function bestLine(lines: readonly ResourceView[]): ResourceView | undefined {
  return lines.find((r) => r.allDay) ?? lines[0];
}

/** The button for a result: the line's call or text that answers around the clock, else its first. */
function callOf(resource: ResourceView | undefined, named: boolean): { call?: SearchCall } {
  const channel: ChannelView | undefined = resource?.allDay ?? resource?.primary;
  // The primary and all-day channels are calls or texts, which always have a link.
  if (!resource || !channel?.href) return {};
  return { call: { href: channel.href, label: channel.label, ...(named ? { line: resource.name } : {}) } };
}

/**
 * The words each topic and helpline is also found by. A group's `ways` and `languages` reach
 * every line with such a channel or language. Accents are optional for people typing on a phone
 * keyboard: "violación" is also indexed as "violacion".
 */
export function synonymWords(
  groups: readonly SynonymGroup[],
  resources: readonly ResourceView[],
): { causes: Map<string, string[]>; resources: Map<string, string[]> } {
  const causes = new Map<string, string[]>();
  const lines = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, id: string, words: readonly string[]) => {
    map.set(id, [...(map.get(id) ?? []), ...words]);
  };
  for (const group of groups) {
    const words = [...new Set([...group.words, ...group.broad.words].flatMap((word) => [word, withoutAccents(word)]))];
    for (const id of group.causes) add(causes, id, words);
    const reached = resources.filter(
      (r) =>
        group.resources.includes(r.id) ||
        r.ways.some((way) => group.ways.includes(way)) ||
        r.languages.some((language) => group.languages.includes(language)),
    );
    for (const resource of reached) add(lines, resource.id, words);
  }
  return { causes, resources: lines };
}

function withoutAccents(word: string): string {
  return word.normalize("NFD").replace(/\p{Mark}/gu, "");
}

function lines(...parts: string[]): string {
  return parts.filter(Boolean).join("\n");
}

/**
 * Pagefind holds a whole index in memory while it builds it, about 35 KB a record, so a big hub's
 * index is built in shards of this many records, one after another, and the browser merges them
 * (`pagefind.mergeIndex`). A hub smaller than this has one index. `HUB_SEARCH_SHARD_SIZE` overrides it.
 * A later build indexes again only the shards whose records changed, so the size is also what one
 * edited story costs to index again; in the browser each further shard is two small requests before
 * the first search and one more a shard for each word searched (docs/performance.md).
 */
export const SEARCH_SHARD_SIZE = 5_000;
