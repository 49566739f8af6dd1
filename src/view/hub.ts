import type { Cause, Step } from "../model/cause.ts";
import { formatDate } from "../model/date.ts";
import type { HubData } from "../model/hub-data.ts";
import { renderMarkdown } from "../model/markdown.ts";
import { formatPhone, smsHref, telHref } from "../model/phone.ts";
import { alwaysOpenChannel } from "../model/reach.ts";
import { channelDigits, type Resource } from "../model/resource.ts";
import type { Site } from "../model/site.ts";
import type { Story } from "../model/story.ts";
import type { SynonymGroup } from "../model/synonyms.ts";
import { type Language, SOURCE_LANGUAGE } from "../model/translation.ts";
import { type CauseRef, type ChannelView, type ResourceView, viewResource } from "./channel.ts";
import { buildDirectory, type DirectoryView } from "./directory.ts";
import { englishNames } from "./english-names.ts";
import { type FloorView, generalLines, helpFloor } from "./help-floor.ts";
import { languageBase } from "./language.ts";
import { buildOutside, OUTSIDE_URL, type OutsideView } from "./outside.ts";
import {
  compareCodePoints,
  compareForTopic,
  indexResources,
  type Match,
  pairStory,
  type ResourceIndex,
} from "./pairing.ts";
import { reportHref } from "./report.ts";
import { NO_REUSE, type Reuse } from "./reuse.ts";
import type { Strings } from "./strings/en.ts";
import { type TalkNowView, talkNow } from "./talk-now.ts";

export type { CauseRef, ChannelView, ResourceView };

/**
 * Everything the pages show, computed once per build from validated data: formatted phone
 * numbers, hours in words, rendered markdown, and every pairing. Templates only lay it out.
 * Records point to each other through small refs (`CauseRef`, `StoryRef`), never in cycles,
 * so nothing that copies page data can loop or balloon.
 */
export interface Hub {
  site: Site;
  strings: Strings;
  /** The language of these pages ("en", "es"), in `<html lang>`. */
  language: Language;
  /** What every address of these pages starts with: "" for English, "/es" for Spanish (src/view/language.ts). */
  base: string;
  causes: CauseView[];
  resources: ResourceView[];
  stories: StoryView[];
  /** Every page of every story list: all stories, and each topic's stories. */
  storyLists: StoryListPage[];
  /** The "need help now" box, in the order `site.helpNow` gives. */
  helpNow: ResourceView[];
  /** What every help box says besides its lines: the emergency number, the line to fall back on, where the lines work. */
  helpContext: HelpContext;
  /** Every resource with what its own page adds: the report link, and lines to fall back on. */
  resourcePages: ResourcePage[];
  /** The help index: every line, and the groups and filters that narrow it. */
  directory: DirectoryIndex;
  /** Help in other countries. */
  outside: OutsideView;
  /** What people type into search, and what it should find (`_data/synonyms.ts`). */
  synonyms: SynonymGroup[];
  /** A printable card for every topic with at least one line to call or text. */
  helpCards: HelpCardView[];
  /** The newest stories, for the home page. */
  latestStories: StoryRef[];
  /** The header's links, in order. */
  navigation: NavLink[];
  /** The footer's links, in order. */
  footerNavigation: NavLink[];
}

/** A link in the site's navigation. */
export interface NavLink {
  /** Which page it is: "topics", "search". */
  id: string;
  name: string;
  url: string;
  /** The page is part of this link's section when its address starts with this (the link's own address for a single page). */
  section: string;
}

export interface StoryRef {
  id: string;
  title: string;
  /** "en" when the title is shown in English on a page in another language. */
  titleLang?: string;
  url: string;
  date: string;
  dateText: string;
}

/** The lines every help box ends with, from the site's settings. */
export interface HelpContext {
  emergencyNumber: string;
  /** "If a number does not connect, call or text 988, or call 911." */
  fallback: FallbackLineView;
  /** "These lines are for the United States." */
  linesFor: string;
  /** The "Outside" page, for everyone else. */
  outsideUrl: string;
  /** What the addresses of these pages start with ("" or "/es"), for the links blocks make to the section pages. */
  base: string;
  /**
   * The names left in English on these pages, which the `markNames` filter marks as English in the
   * middle of a sentence (src/view/english-names.ts); none on the English pages.
   */
  englishNames: string[];
}

/** The line to try when a number does not connect (`fallbackLine` in `_data/site.ts`). */
export interface FallbackLineView {
  name: string;
  url: string;
  /** "call or text", "call" or "text": what the number takes. */
  ways: string;
  /** As shown: "988". */
  number: string;
  href: string;
}

/** A resource on its own page, with what that page adds to its card. */
export interface ResourcePage {
  resource: ResourceView;
  /** The page's "Is something wrong here?" link. */
  reportHref: string;
  /** Lines that answer 24/7, when this resource does not take calls or texts around the clock. */
  floor?: FloorView;
}

/** The help index's lists, in directory order, and its groups. */
export interface DirectoryIndex extends DirectoryView {
  lines: MatchView[];
  organizations: MatchView[];
  report: ReportLink;
}

/** A link a step offers: a helpline's page on this site, or a page elsewhere. */
export interface StepLink {
  name: string;
  /** "en" when the name is shown in English on a page in another language. */
  nameLang?: string;
  url: string;
  /** A page on another site, opened without telling it where the visitor came from. */
  external: boolean;
}

export interface StepView {
  text: string;
  links: StepLink[];
  /** Shows the emergency number's call button with this step. */
  emergency: boolean;
}

export interface CauseView extends Cause {
  url: string;
  /** The steps with their links resolved, in the same order. */
  stepViews: StepView[];
  descriptionHtml: string;
  relatedRefs: CauseRef[];
  help: HelpView;
  latestStories: StoryRef[];
  storyCount: number;
  storiesUrl: string;
  /** The topic's printable help card; absent when no line for it can be called or texted. */
  helpCardUrl?: string;
}

/** A topic's lines that can be called or texted, as the printable help card lists them. */
export interface HelpCardView {
  url: string;
  cause: CauseRef;
  resources: ResourceView[];
}

export interface MatchView {
  resource: ResourceView;
  /** Shown under the resource: "For child abuse and neglect" or "Chosen for this story"; empty on a topic's own page. */
  reason: string;
}

/**
 * "Is something wrong here?": the maintainers' address with a resource and this page filled in.
 * A function the templates call per card, so a hub of 50,000 stories does not hold a link for
 * every story and every line in memory at once.
 */
export type ReportLink = (resource: { id: string; name: string }) => string;

/**
 * Help as pages lay it out: lines you can call or text first (crisis lines before the rest),
 * then organizations and anything reached only online, each group in ranked order.
 */
export interface HelpView extends HelpGroups {
  /** The report link for a card on this page. */
  report: ReportLink;
}

/** A page's help without its report link: what stories with the same lines share. */
export interface HelpGroups {
  lines: MatchView[];
  organizations: MatchView[];
  /** The site's general lines, when none of `lines` answers calls or texts around the clock. */
  floor?: FloorView;
}

export interface StoryView extends Story {
  url: string;
  /** "en" when the title and summary are shown in English on a page in another language: the page says so. */
  textLang?: string;
  /** "en" on a page in another language: the source's publication and headline are in English. */
  sourceLang?: string;
  dateText: string;
  sourceDateText: string;
  summaryHtml: string;
  causeRefs: CauseRef[];
  help: HelpView;
  /** The strip between the content note and the story. */
  talkNow: TalkNowView;
  related: StoryRef[];
}

export interface StoryListPage {
  url: string;
  /** The page's heading: "Stories" or "Stories on Mental health". */
  heading: string;
  /** The page's title, naming the page when there are several: "Stories (Page 2 of 3)". */
  title: string;
  /** Absent for the list of all stories. */
  cause?: CauseRef;
  stories: StoryRef[];
  page: number;
  pages: number;
  previousUrl?: string;
  nextUrl?: string;
}

export interface HubOptions {
  strings: Strings;
  /** The language of the pages, when not the site's own: `data` is then already translated (src/view/language.ts). */
  language?: Language;
  /** What does not change with the language (pairing, stories by topic): computed once and shared by every language. */
  indexes?: HubIndexes;
  storiesPerPage: number;
  /** How many stories a topic page and the home page show before linking to the full list. */
  latestCount: number;
  relatedCount: number;
  /** The site's public address with its path prefix (`siteRoot`), for the pages named in reports; `site.url` when absent. */
  siteRoot?: string;
  /** What the dev server keeps from the view model it built before (src/view/reuse.ts); nothing when absent. */
  reuse?: Reuse;
}

/**
 * What every language's pages share, computed once per build from the records' ids, dates and
 * causes, which no translation changes: the resources by topic, each story's help, the stories
 * in order and by topic, and each story's related stories.
 */
export interface HubIndexes {
  resources: ResourceIndex;
  /** Each story's help, best first, by story id. */
  matches: ReadonlyMap<string, readonly Match[]>;
  /** Story ids, newest first; ties broken by id so the order never depends on the file system. */
  order: readonly string[];
  /** Story ids by cause id, newest first. */
  byCause: ReadonlyMap<string, readonly string[]>;
  /** Each story's related story ids, by story id. */
  related: ReadonlyMap<string, readonly string[]>;
}

export function indexHub(data: HubData, relatedCount: number, reuse: Reuse = NO_REUSE): HubIndexes {
  const records = data.stories.map((s) => s.record);
  // They follow from the story records alone: kept while every record is (a resource's edit).
  const { sorted, ...stories } = reuse.get("stories", [relatedCount, ...records], () =>
    orderStories(records, relatedCount),
  );
  const indexed = indexResources(data.resources.map((r) => r.record));
  // A topic's lines, when they are the same as last time, stay the same list, so a story whose
  // topics' lines did not change keeps its pairing (and its view) in the dev server.
  const resources: ResourceIndex = {
    byId: indexed.byId,
    byCause: new Map([...indexed.byCause].map(([id, list]) => [id, reuse.get(`lines:${id}`, list, () => list)])),
  };
  return {
    resources,
    matches: new Map(
      sorted.map((story) => [
        story.id,
        reuse.get(
          `pair:${story.id}`,
          [
            story,
            ...story.causes.map((id) => resources.byCause.get(id)),
            ...story.pinnedResources.map((id) => resources.byId.get(id)),
          ],
          () => pairStory(story, resources),
        ),
      ]),
    ),
    ...stories,
  };
}

/** The stories in order, by topic, and each one's related stories (`HubIndexes`), with the records in order (`sorted`). */
function orderStories(
  records: readonly Story[],
  relatedCount: number,
): Pick<HubIndexes, "order" | "byCause" | "related"> & { sorted: readonly Story[] } {
  const sorted = [...records].sort((a, b) =>
    a.date === b.date ? compareCodePoints(a.id, b.id) : a.date < b.date ? 1 : -1,
  );
  const storiesByCause = new Map<string, Story[]>();
  for (const story of sorted) {
    for (const id of story.causes) {
      const list = storiesByCause.get(id);
      if (list) list.push(story);
      else storiesByCause.set(id, [story]);
    }
  }
  // Each story's place in each of its topics' lists, so related stories are found without a scan.
  const position = new Map<string, number>();
  for (const [causeId, list] of storiesByCause) {
    for (const [i, s] of list.entries()) position.set(`${causeId}\u0000${s.id}`, i);
  }
  const ids = (list: readonly Story[]) => list.map((s) => s.id);
  return {
    sorted,
    order: ids(sorted),
    byCause: new Map([...storiesByCause].map(([id, list]) => [id, ids(list)])),
    related: new Map(
      sorted.map((story) => [story.id, ids(relatedStories(story, storiesByCause, position, relatedCount))]),
    ),
  };
}

export function buildHub(data: HubData, options: HubOptions): Hub {
  const { site } = data;
  const { strings } = options;
  const locale = site.language;
  const language = options.language ?? (site.language as Language);
  const base = languageBase(language);
  const reuse = options.reuse ?? NO_REUSE;
  const indexes = options.indexes ?? indexHub(data, options.relatedCount, reuse);
  /** A part of this language's view model, kept from the last one built when made from the same objects. */
  const part = <T>(name: string, from: readonly unknown[], make: () => T): T =>
    reuse.get(`${language}:${name}`, from, make);
  // On a page in another language, what is still in English is marked so (names, untranslated stories).
  const english = language === SOURCE_LANGUAGE ? undefined : SOURCE_LANGUAGE;

  const causes = [...data.causes.map((c) => c.record)].sort((a, b) => a.name.localeCompare(b.name, locale));
  const causeRefs = new Map(
    causes.map((c) => [
      c.id,
      part(`cause-ref:${c.id}`, [c, base], () => ({ id: c.id, name: c.name, url: `${base}/topics/${c.id}/` })),
    ]),
  );
  const causeRef = (id: string): CauseRef => causeRefs.get(id) ?? { id, name: id, url: `${base}/topics/${id}/` };

  const resourceRecords = data.resources.map((r) => r.record);
  const resourceById = new Map(resourceRecords.map((r) => [r.id, r]));
  const index = indexes.resources;
  const resourceViews = new Map(
    resourceRecords.map((r) => [
      r.id,
      part(`resource:${r.id}`, [r, locale, strings, base, english, ...r.causes.map(causeRef)], () =>
        viewResource(r, locale, strings, causeRef, base, english),
      ),
    ]),
  );
  const resourceView = (resource: Resource): ResourceView => resourceViews.get(resource.id) as ResourceView;

  const root = options.siteRoot ?? `${site.url.replace(/\/+$/, "")}/`;
  const report = (resource: { id: string; name: string }, pageUrl: string) =>
    reportHref(site.reportUrl, { id: resource.id, name: resource.name, page: `${root}${pageUrl.slice(1)}` }, strings);
  const reportOn =
    (pageUrl: string): ReportLink =>
    (resource) =>
      report(resource, pageUrl);
  const helpNow = site.helpNow.map((id) => resourceViews.get(id)).filter((r) => r !== undefined);
  // Kept as the same list while it holds the same lines: an edit to a line of `helpNow` that is
  // not among them (it does not answer around the clock) changes no page that shows them.
  const generalNow = generalLines(helpNow);
  const general = part("general", generalNow, () => generalNow);

  const storyById = new Map(data.stories.map((s) => [s.record.id, s.record]));
  const storyRecords = indexes.order.map((id) => storyById.get(id) as Story);
  const storyRefs = new Map(
    storyRecords.map((s) => [
      s.id,
      part(`story-ref:${s.id}`, [s, locale, base, english], () => refStory(s, locale, base, english)),
    ]),
  );
  const storiesByCause = new Map(
    [...indexes.byCause].map(([id, list]) => [id, list.map((storyId) => storyById.get(storyId) as Story)]),
  );

  // Stories on the same topics, with the same lines pinned or left out, show the same help: one
  // copy of its lists, its floor and its "talk now" strip for all of them, not one per story (a
  // large share of the view model at 10,000 stories, docs/performance.md). Keyed by all they are made
  // from in this language: the floor's reason and each line with the reason it is shown.
  const sharedHelp = new Map<string, { help: HelpGroups; talkNow: TalkNowView }>();
  const stories: StoryView[] = storyRecords.map((story) => {
    const matches = indexes.matches.get(story.id) ?? [];
    const related = (indexes.related.get(story.id) ?? []).map((id) => storyRefs.get(id) as StoryRef);
    const lineViews = matches.map((match) => resourceView(match.resource));
    // Everything a story's view is made from: the story, its lines' views and pairing, its topics
    // and their lines (for what the page says when no line answers around the clock), its related
    // stories, what every report link carries, and the general lines when it shows them (no line
    // of its own answers around the clock: `splitHelp`, `talkNow`). Most stories do not, so
    // editing one of the general lines makes again only the views of the stories that show it.
    const showsGeneral = !lineViews.some((r) => r.primary && r.crisisLine && r.allDay);
    const from = [
      story,
      matches,
      locale,
      strings,
      base,
      english,
      root,
      site.reportUrl,
      showsGeneral ? general : undefined,
      ...lineViews,
      ...story.causes.flatMap((id) => [causeRef(id), index.byCause.get(id)]),
      ...related,
    ];
    return part(`story:${story.id}`, from, () => viewStory(story, matches, related));
  });
  function storyHelp(matches: readonly Match[], reason: string): { help: HelpGroups; talkNow: TalkNowView } {
    const views = matches.map((match) => ({
      resource: resourceView(match.resource),
      reason: matchReason(match, causeRef, strings),
    }));
    const key = [reason, ...views.flatMap((view) => [view.resource.id, view.reason])].join("\u0000");
    let shared = sharedHelp.get(key);
    if (!shared) {
      const help = splitHelp(views, general, reason);
      shared = {
        help,
        talkNow: talkNow(
          help.lines.map((m) => m.resource),
          general,
          reason,
        ),
      };
      sharedHelp.set(key, shared);
    }
    return shared;
  }
  function viewStory(story: Story, matches: readonly Match[], related: StoryRef[]): StoryView {
    const url = `${base}/stories/${story.slug}/`;
    const shared = storyHelp(matches, floorReason(story, matches, index, strings));
    const view = {
      ...story,
      url,
      ...(english && !story.es ? { textLang: english } : {}),
      ...(english ? { sourceLang: english } : {}),
      // The story's dates, kept while the story is: a resource edit makes again the views of
      // thousands of stories (their help changed), not their dates. The summary is read when needed (`withSummary`).
      ...part(`story-dates:${story.id}`, [story, locale], () => ({
        dateText: formatDate(story.date, locale),
        sourceDateText: formatDate(story.source.published, locale),
      })),
      causeRefs: story.causes.map(causeRef),
      help: { ...shared.help, report: reportOn(url) },
      talkNow: shared.talkNow,
      related,
    };
    return withSummary(view);
  }

  const helpCards: HelpCardView[] = [];
  const causeViews: CauseView[] = causes.map((cause) => {
    const resources = (index.byCause.get(cause.id) ?? []).map(resourceView);
    const list = storiesByCause.get(cause.id) ?? [];
    const url = causeRef(cause.id).url;
    const help: HelpView = {
      ...splitHelp(
        resources.map((resource) => ({ resource, reason: "" })),
        general,
        strings.floor.topic,
      ),
      report: reportOn(url),
    };
    const dialled = [...help.lines, ...help.organizations]
      .map((m) => m.resource)
      .filter((r) => r.channelViews.some((c) => c.dialsNumber));
    const helpCardUrl = `${base}/topics/${cause.id}/card/`;
    if (dialled.length > 0) helpCards.push({ url: helpCardUrl, cause: causeRef(cause.id), resources: dialled });
    return {
      ...cause,
      url,
      stepViews: cause.steps.map((step) => viewStep(step, resourceViews)),
      descriptionHtml: renderMarkdown(cause.description),
      relatedRefs: cause.related.map(causeRef),
      help,
      latestStories: list.slice(0, options.latestCount).map((s) => storyRefs.get(s.id) as StoryRef),
      storyCount: list.length,
      storiesUrl: `${base}/topics/${cause.id}/stories/`,
      ...(dialled.length > 0 ? { helpCardUrl } : {}),
    };
  });

  const storyLists = [
    ...paginate(storyRecords, `${base}/stories/`, undefined),
    ...causes.flatMap((c) =>
      paginate(storiesByCause.get(c.id) ?? [], `${base}/topics/${c.id}/stories/`, causeRef(c.id)),
    ),
  ];
  function paginate(list: Story[], base: string, cause: CauseRef | undefined): StoryListPage[] {
    const pages = Math.max(1, Math.ceil(list.length / options.storiesPerPage));
    const url = (page: number) => (page === 1 ? base : `${base}page/${page}/`);
    const heading = cause ? strings.topics.storiesOn(cause.name) : strings.stories.title;
    return Array.from({ length: pages }, (_, i) => {
      const title = pages > 1 ? `${heading} (${strings.stories.page(i + 1, pages)})` : heading;
      const refs = list
        .slice(i * options.storiesPerPage, (i + 1) * options.storiesPerPage)
        .map((s) => storyRefs.get(s.id) as StoryRef);
      return part(`list:${url(i + 1)}`, [heading, title, cause, pages, ...refs], () => ({
        url: url(i + 1),
        heading,
        title,
        ...(cause ? { cause } : {}),
        stories: refs,
        page: i + 1,
        pages,
        ...(i > 0 ? { previousUrl: url(i) } : {}),
        ...(i + 1 < pages ? { nextUrl: url(i + 2) } : {}),
      }));
    });
  }

  // The directory lists resources in the order every topic page does.
  const resources = [...resourceViews.values()].sort(compareForTopic);
  const directoryHelp: HelpView = {
    ...splitHelp(
      resources.map((resource) => ({ resource, reason: "" })),
      general,
      "",
    ),
    report: reportOn(`${base}/help/`),
  };
  const outside = buildOutside(
    data.countries.map((c) => c.record),
    site,
    strings,
    (line) => report(line, `${base}${OUTSIDE_URL}`),
    base,
    english,
  );
  // Frozen so Eleventy shares it between templates instead of deep-copying it into each one.
  return Object.freeze({
    site,
    strings,
    language,
    base,
    causes: causeViews,
    resources,
    stories,
    storyLists,
    helpNow,
    helpContext: {
      emergencyNumber: site.emergencyNumber,
      fallback: fallbackLine(resourceById.get(site.fallbackLine), strings, base),
      linesFor: site.linesFor,
      outsideUrl: `${base}${OUTSIDE_URL}`,
      base,
      englishNames: english ? englishNames(resources, outside) : [],
    },
    resourcePages: resources.map((resource) => ({
      resource,
      reportHref: report(resource, resource.url),
      ...(resource.allDay
        ? {}
        : {
            floor: {
              reason: resource.primary ? strings.floor.notAllDay(resource.name) : strings.floor.notALine(resource.name),
              lines: general,
            },
          }),
    })),
    directory: {
      ...buildDirectory(
        directoryHelp.lines.map((m) => m.resource),
        site.language,
        strings,
      ),
      lines: directoryHelp.lines,
      organizations: directoryHelp.organizations,
      report: directoryHelp.report,
    },
    outside,
    synonyms: data.synonyms,
    helpCards,
    latestStories: storyRecords.slice(0, options.latestCount).map((s) => storyRefs.get(s.id) as StoryRef),
    navigation: navigation(strings, base, ["topics", "help", "stories", "safety", "search"]),
    footerNavigation: navigation(strings, base, ["home", "topics", "help", "outside", "stories", "about", "safety"]),
  });
}

const NAV_PAGES = {
  home: { url: "/", section: "/" },
  topics: { url: "/topics/", section: "/topics/" },
  help: { url: "/help/", section: "/help/" },
  stories: { url: "/stories/", section: "/stories/" },
  about: { url: "/about/", section: "/about/" },
  safety: { url: "/safety/", section: "/safety/" },
  search: { url: "/search/", section: "/search/" },
  outside: { url: OUTSIDE_URL, section: OUTSIDE_URL },
} as const;

function navigation(strings: Strings, base: string, pages: readonly (keyof typeof NAV_PAGES)[]): NavLink[] {
  return pages.map((page) => ({
    id: page,
    name: strings.nav[page],
    url: `${base}${NAV_PAGES[page].url}`,
    section: `${base}${NAV_PAGES[page].section}`,
  }));
}

/** Why a resource is shown with a story: "Matches: Child abuse and neglect" or "Chosen for this story". */
function matchReason(match: Match, causeRef: (id: string) => CauseRef, strings: Strings): string {
  return match.reason.kind === "pinned"
    ? strings.help.pinned
    : strings.help.matches(match.reason.causeIds.map((id) => causeRef(id).name));
}

/**
 * What a story page says when none of its lines answers around the clock: that its editor left
 * them out (its `excludedResources` remove every line that fits), or that no line fits it yet.
 */
function floorReason(
  story: Story,
  matches: readonly Match[],
  index: ReturnType<typeof indexResources>,
  strings: Strings,
): string {
  if (matches.some((m) => alwaysOpenChannel(m.resource))) return "";
  const excluded = new Set(story.excludedResources);
  const fitting = story.causes.flatMap((id) => index.byCause.get(id) ?? []);
  return fitting.some((r) => excluded.has(r.id) && alwaysOpenChannel(r))
    ? strings.floor.storyExcluded
    : strings.floor.story;
}

/** "call or text 988": the fallback line's always-open number, and the ways it takes. */
function fallbackLine(resource: Resource | undefined, strings: Strings, base: string): FallbackLineView {
  const channel = resource ? alwaysOpenChannel(resource) : undefined;
  // Validation refuses a fallbackLine that is unknown or not open around the clock.
  if (!resource || !channel) throw new Error("buildHub: fallbackLine must name a line open 24/7");
  const digits = channelDigits(channel) ?? "";
  const same = resource.channels.filter((c) => c.type !== "chat" && channelDigits(c) === digits);
  const call = same.some((c) => c.type === "call");
  const text = same.some((c) => c.type === "text");
  const ways = strings.help.fallbackWays;
  return {
    name: resource.name,
    url: `${base}/help/${resource.id}/`,
    ways: call && text ? ways.callOrText : call ? ways.call : ways.text,
    number: formatPhone(digits),
    href: call ? telHref(digits) : smsHref(digits),
  };
}

/** A step with its links resolved: validation guarantees every resource id it names exists. */
function viewStep(step: Step, resources: ReadonlyMap<string, ResourceView>): StepView {
  const links = step.help.map((help): StepLink => {
    if (typeof help !== "string") return { name: help.name, url: help.url, external: true };
    const resource = resources.get(help) as ResourceView;
    return {
      name: resource.name,
      url: resource.url,
      external: false,
      ...(resource.nameLang ? { nameLang: resource.nameLang } : {}),
    };
  });
  return { text: step.text, links, emergency: step.emergency };
}

/**
 * Up to `count` stories sharing a topic with `story`, taken nearest in time first from its topics
 * in order of importance. Uses each topic's date-sorted list and the story's place in it.
 */
function relatedStories(
  story: Story,
  storiesByCause: ReadonlyMap<string, Story[]>,
  position: ReadonlyMap<string, number>,
  count: number,
): Story[] {
  const picked = new Map<string, Story>();
  for (const causeId of story.causes) {
    const list = storiesByCause.get(causeId) ?? [];
    const at = position.get(`${causeId}\u0000${story.id}`) ?? 0;
    for (let step = 1; picked.size < count && (at - step >= 0 || at + step < list.length); step++) {
      for (const neighbour of [list[at - step], list[at + step]]) {
        if (neighbour && neighbour.id !== story.id && picked.size < count) picked.set(neighbour.id, neighbour);
      }
    }
    if (picked.size >= count) break;
  }
  return [...picked.values()];
}

/**
 * A story's view with its summary as HTML, made each time it is read rather than kept: a build
 * reads it for the story's own page and the feed only, and kept for every story in both languages
 * it was most of the view model (docs/performance.md, "Issue 14, third round"), held through
 * every pass of the build. Not the view's own property, so a page's key (src/build/page-reuse.ts)
 * is made from the summary itself, which it follows from.
 */
function withSummary(view: Omit<StoryView, "summaryHtml">): StoryView {
  return Object.assign(Object.create(storySummary), view) as StoryView;
}

/** Every story view's summary, read through one shared prototype: a getter of a view's own would give each view a hidden class of its own. */
const storySummary = {
  get summaryHtml(): string {
    return renderMarkdown((this as unknown as Story).summary);
  },
};

/** Lines you can call or text first, in their ranked order; the floor under them when none answers 24/7. */
function splitHelp(matches: MatchView[], general: ResourceView[], floorReason: string): HelpGroups {
  const lines = matches.filter((m) => m.resource.primary);
  const floor = helpFloor(
    lines.map((m) => m.resource),
    general,
    floorReason,
  );
  return {
    lines,
    organizations: matches.filter((m) => !m.resource.primary),
    ...(floor ? { floor } : {}),
  };
}

function refStory(story: Story, locale: string, base: string, english: string | undefined): StoryRef {
  return {
    id: story.id,
    title: story.title,
    ...(english && !story.es ? { titleLang: english } : {}),
    url: `${base}/stories/${story.slug}/`,
    date: story.date,
    dateText: formatDate(story.date, locale),
  };
}
