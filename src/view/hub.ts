import type { Cause, Step } from "../model/cause.ts";
import { formatDate } from "../model/date.ts";
import { describeHours, type Hours, hoursData } from "../model/hours.ts";
import type { HubData } from "../model/hub-data.ts";
import { languageNames } from "../model/language.ts";
import { renderMarkdown } from "../model/markdown.ts";
import { formatPhone, smsHref, telHref, whatsappHref } from "../model/phone.ts";
import { type Channel, channelDigits, type Resource } from "../model/resource.ts";
import type { Site } from "../model/site.ts";
import type { Story } from "../model/story.ts";
import { displayHost } from "../model/url.ts";
import { compareCodePoints, compareForTopic, indexResources, type Match, pairStory } from "./pairing.ts";
import type { Strings } from "./strings/en.ts";

/**
 * Everything the pages show, computed once per build from validated data: formatted phone
 * numbers, hours in words, rendered markdown, and every pairing. Templates only lay it out.
 * Records point to each other through small refs (`CauseRef`, `StoryRef`), never in cycles,
 * so nothing that copies page data can loop or balloon.
 */
export interface Hub {
  site: Site;
  strings: Strings;
  causes: CauseView[];
  resources: ResourceView[];
  stories: StoryView[];
  /** Every page of every story list: all stories, and each topic's stories. */
  storyLists: StoryListPage[];
  /** The "need help now" box, in the order `site.helpNow` gives. */
  helpNow: ResourceView[];
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

export interface CauseRef {
  id: string;
  name: string;
  url: string;
}

export interface StoryRef {
  id: string;
  title: string;
  url: string;
  date: string;
  dateText: string;
}

export interface ChannelView {
  type: Channel["type"];
  /** Absent for a videophone number, which a phone's own dialer would call by voice. */
  href?: string;
  /** It has a number to dial or message, so the printed help card lists it. */
  dialsNumber: boolean;
  /** What the button says it does: "Call 1-800-422-4453". */
  label: string;
  vanity?: string;
  hoursText?: string;
  /** Weekly hours as JSON, for the browser's "closed now, opens at ..." line. */
  hoursData?: string;
  languagesText?: string;
  note?: string;
}

export interface ResourceView extends Resource {
  url: string;
  channelViews: ChannelView[];
  hoursText?: string;
  /** Weekly hours as JSON, for the browser's "closed now, opens at ..." line. */
  hoursData?: string;
  alwaysOpen: boolean;
  languagesText: string;
  websiteHost: string;
  checkedText: string;
  causeRefs: CauseRef[];
}

/** A link a step offers: a helpline's page on this site, or a page elsewhere. */
export interface StepLink {
  name: string;
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

/** Help as pages lay it out: crisis lines first, then organizations, each group in ranked order. */
export interface HelpView {
  crisisLines: MatchView[];
  organizations: MatchView[];
}

export interface StoryView extends Story {
  url: string;
  dateText: string;
  sourceDateText: string;
  summaryHtml: string;
  causeRefs: CauseRef[];
  help: HelpView;
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
  storiesPerPage: number;
  /** How many stories a topic page and the home page show before linking to the full list. */
  latestCount: number;
  relatedCount: number;
}

export function buildHub(data: HubData, options: HubOptions): Hub {
  const { site } = data;
  const { strings } = options;
  const locale = site.language;

  const causes = [...data.causes.map((c) => c.record)].sort((a, b) => a.name.localeCompare(b.name, locale));
  const causeRefs = new Map(causes.map((c) => [c.id, { id: c.id, name: c.name, url: `/topics/${c.id}/` }]));
  const causeRef = (id: string): CauseRef => causeRefs.get(id) ?? { id, name: id, url: `/topics/${id}/` };

  const resourceRecords = data.resources.map((r) => r.record);
  const index = indexResources(resourceRecords);
  const resourceViews = new Map(resourceRecords.map((r) => [r.id, viewResource(r, site, strings, causeRef)]));
  const resourceView = (resource: Resource): ResourceView => resourceViews.get(resource.id) as ResourceView;

  // Newest first; ties broken by id so the order never depends on the file system.
  const storyRecords = data.stories
    .map((s) => s.record)
    .sort((a, b) => (a.date === b.date ? compareCodePoints(a.id, b.id) : a.date < b.date ? 1 : -1));
  const storyRefs = new Map(storyRecords.map((s) => [s.id, refStory(s, locale)]));
  const storiesByCause = new Map<string, Story[]>();
  for (const story of storyRecords) {
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

  const stories: StoryView[] = storyRecords.map((story) => ({
    ...story,
    url: `/stories/${story.slug}/`,
    dateText: formatDate(story.date, locale),
    sourceDateText: formatDate(story.source.published, locale),
    summaryHtml: renderMarkdown(story.summary),
    causeRefs: story.causes.map(causeRef),
    help: splitHelp(pairStory(story, index).map((match) => viewMatch(match, resourceView, causeRef, strings))),
    related: relatedStories(story, storiesByCause, position, options.relatedCount).map(
      (s) => storyRefs.get(s.id) as StoryRef,
    ),
  }));

  const helpCards: HelpCardView[] = [];
  const causeViews: CauseView[] = causes.map((cause) => {
    const resources = (index.byCause.get(cause.id) ?? []).map(resourceView);
    const list = storiesByCause.get(cause.id) ?? [];
    const help = splitHelp(resources.map((resource) => ({ resource, reason: "" })));
    const dialled = [...help.crisisLines, ...help.organizations]
      .map((m) => m.resource)
      .filter((r) => r.channelViews.some((c) => c.dialsNumber));
    const helpCardUrl = `/topics/${cause.id}/card/`;
    if (dialled.length > 0) helpCards.push({ url: helpCardUrl, cause: causeRef(cause.id), resources: dialled });
    return {
      ...cause,
      url: causeRef(cause.id).url,
      stepViews: cause.steps.map((step) => viewStep(step, resourceViews)),
      descriptionHtml: renderMarkdown(cause.description),
      relatedRefs: cause.related.map(causeRef),
      help,
      latestStories: list.slice(0, options.latestCount).map((s) => storyRefs.get(s.id) as StoryRef),
      storyCount: list.length,
      storiesUrl: `/topics/${cause.id}/stories/`,
      ...(dialled.length > 0 ? { helpCardUrl } : {}),
    };
  });

  const storyLists = [
    ...paginate(storyRecords, "/stories/", undefined),
    ...causes.flatMap((c) => paginate(storiesByCause.get(c.id) ?? [], `/topics/${c.id}/stories/`, causeRef(c.id))),
  ];
  function paginate(list: Story[], base: string, cause: CauseRef | undefined): StoryListPage[] {
    const pages = Math.max(1, Math.ceil(list.length / options.storiesPerPage));
    const url = (page: number) => (page === 1 ? base : `${base}page/${page}/`);
    const heading = cause ? strings.topics.storiesOn(cause.name) : strings.stories.title;
    return Array.from({ length: pages }, (_, i) => ({
      url: url(i + 1),
      heading,
      title: pages > 1 ? `${heading} (${strings.stories.page(i + 1, pages)})` : heading,
      ...(cause ? { cause } : {}),
      stories: list
        .slice(i * options.storiesPerPage, (i + 1) * options.storiesPerPage)
        .map((s) => storyRefs.get(s.id) as StoryRef),
      page: i + 1,
      pages,
      ...(i > 0 ? { previousUrl: url(i) } : {}),
      ...(i + 1 < pages ? { nextUrl: url(i + 2) } : {}),
    }));
  }

  // The directory lists resources in the order every topic page does.
  const resources = [...resourceViews.values()].sort(compareForTopic);
  const helpNow = site.helpNow.map((id) => resourceViews.get(id)).filter((r) => r !== undefined);
  // Frozen so Eleventy shares it between templates instead of deep-copying it into each one.
  return Object.freeze({
    site,
    strings,
    causes: causeViews,
    resources,
    stories,
    storyLists,
    helpNow,
    helpCards,
    latestStories: storyRecords.slice(0, options.latestCount).map((s) => storyRefs.get(s.id) as StoryRef),
    navigation: navigation(strings, ["topics", "help", "stories", "safety", "search"]),
    footerNavigation: navigation(strings, ["home", "topics", "help", "stories", "about", "safety"]),
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
} as const;

function navigation(strings: Strings, pages: readonly (keyof typeof NAV_PAGES)[]): NavLink[] {
  return pages.map((page) => ({ id: page, name: strings.nav[page], ...NAV_PAGES[page] }));
}

function viewResource(
  resource: Resource,
  site: Site,
  strings: Strings,
  causeRef: (id: string) => CauseRef,
): ResourceView {
  const locale = site.language;
  return {
    ...resource,
    url: `/help/${resource.id}/`,
    channelViews: resource.channels.map((channel) => viewChannel(channel, locale, strings)),
    ...(resource.hours ? viewHours(resource.hours, locale, strings) : {}),
    alwaysOpen: resource.hours?.kind === "always",
    languagesText: languageNames(resource.languages, locale),
    websiteHost: displayHost(resource.website),
    checkedText: formatDate(resource.checked, locale),
    causeRefs: resource.causes.map(causeRef),
  };
}

function viewChannel(channel: Channel, locale: string, strings: Strings): ChannelView {
  const details = {
    ...(channel.hours ? viewHours(channel.hours, locale, strings) : {}),
    ...(channel.languages ? { languagesText: languageNames(channel.languages, locale) } : {}),
    ...(channel.note ? { note: channel.note } : {}),
  };
  if (channel.type === "chat") {
    return { type: "chat", dialsNumber: false, href: channel.url, label: strings.channel.chat, ...details };
  }
  const digits = channelDigits(channel);
  const shown = digits === undefined ? undefined : formatPhone(digits);
  const common = { dialsNumber: digits !== undefined, ...(channel.vanity ? { vanity: channel.vanity } : {}) };
  if (channel.type === "videophone") {
    // A tel: link would start a voice call, so a videophone number is said, not linked; the
    // organization's video call page, when it has one, is the button.
    if (channel.url === undefined) {
      return { type: "videophone", label: strings.channel.videophone(shown ?? ""), ...common, ...details };
    }
    const dial = shown === undefined ? [] : [strings.channel.videophoneDial(shown)];
    const note = [...dial, ...(channel.note ? [channel.note] : [])].join(" ");
    return {
      type: "videophone",
      href: channel.url,
      label: strings.channel.videophoneWeb,
      ...common,
      ...details,
      ...(note ? { note } : {}),
    };
  }
  // Validation guarantees the digits of every other channel.
  const number = digits ?? "";
  const label = shown ?? "";
  switch (channel.type) {
    case "call":
      return { type: "call", href: telHref(number), label: strings.channel.call(label), ...common, ...details };
    case "tty":
      return { type: "tty", href: telHref(number), label: strings.channel.tty(label), ...common, ...details };
    case "whatsapp":
      return {
        type: "whatsapp",
        href: whatsappHref(number),
        label: strings.channel.whatsapp(label),
        ...common,
        ...details,
      };
    case "text":
      return {
        type: "text",
        href: smsHref(number, channel.keyword),
        label: strings.channel.text(label, channel.keyword),
        ...common,
        ...details,
      };
  }
}

/** Hours in words for everyone, and as data for the browser when they are not around the clock. */
function viewHours(hours: Hours, locale: string, strings: Strings): { hoursText: string; hoursData?: string } {
  const data = hoursData(hours);
  return { hoursText: describeHours(hours, locale, strings.hours), ...(data ? { hoursData: data } : {}) };
}

function viewMatch(
  match: Match,
  resourceView: (r: Resource) => ResourceView,
  causeRef: (id: string) => CauseRef,
  strings: Strings,
): MatchView {
  const reason =
    match.reason.kind === "pinned"
      ? strings.help.pinned
      : strings.help.matches(match.reason.causeIds.map((id) => causeRef(id).name));
  return { resource: resourceView(match.resource), reason };
}

/** A step with its links resolved: validation guarantees every resource id it names exists. */
function viewStep(step: Step, resources: ReadonlyMap<string, ResourceView>): StepView {
  const links = step.help.map((help): StepLink => {
    if (typeof help !== "string") return { name: help.name, url: help.url, external: true };
    const resource = resources.get(help) as ResourceView;
    return { name: resource.name, url: resource.url, external: false };
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

function splitHelp(matches: MatchView[]): HelpView {
  return {
    crisisLines: matches.filter((m) => m.resource.crisisLine),
    organizations: matches.filter((m) => !m.resource.crisisLine),
  };
}

function refStory(story: Story, locale: string): StoryRef {
  return {
    id: story.id,
    title: story.title,
    url: `/stories/${story.slug}/`,
    date: story.date,
    dateText: formatDate(story.date, locale),
  };
}
