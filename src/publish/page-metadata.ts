import { LANGUAGES, SOURCE_LANGUAGE } from "../model/translation.ts";
import { plainExcerpt } from "../view/excerpt.ts";
import type { CauseRef, CauseView, Hub, ResourceView, StoryListPage, StoryView } from "../view/hub.ts";
import { twinUrl } from "../view/language.ts";
import { publicUrl } from "./site-address.ts";
import {
  articleNode,
  breadcrumbNode,
  type Crumb,
  type JsonLdContext,
  type JsonLdNode,
  jsonLdGraph,
  resourceNodes,
  serializeJsonLd,
  topicNode,
  webPageNode,
  websiteNode,
} from "./structured-data.ts";

/** What a page says about itself in `<head>`: `content/_includes/meta.njk` lays it out. */
export interface PageMetadata {
  /** For link previews: the page's own title, or the site's name on the home page. */
  title: string;
  description: string;
  /** Absent on the 404 page, which is served at addresses that are not its own. */
  canonical?: string;
  /** Set on pages search engines should leave out. */
  robots?: "noindex";
  siteName: string;
  ogType: "website" | "article";
  /** YYYY-MM-DD, on stories. */
  published?: string;
  /** The page's JSON-LD, already escaped for a `<script>` element. */
  jsonLd: string;
  /** The same page in every language, and `x-default` (the site's own language); absent on the 404 page. */
  alternates: { hreflang: string; href: string }[];
}

export interface PageInput {
  /** Root-relative, as Eleventy's `page.url`. */
  url: string;
  title?: string;
  description?: string;
}

/** Stories are described by the start of their summary, cut to what search results show. */
const STORY_DESCRIPTION_LENGTH = 200;
const NOT_FOUND_URL = "/404.html";

interface PageIndex {
  stories: Map<string, StoryView>;
  resources: Map<string, ResourceView>;
  causes: Map<string, CauseView>;
  lists: Map<string, StoryListPage>;
  /** Pages that belong under a topic: its story lists and its printable help card. */
  underTopic: Map<string, CauseRef>;
}

// The hub is built once per build and shared by every page, so its lookup tables are too.
const indexes = new WeakMap<Hub, PageIndex>();

function indexOf(hub: Hub): PageIndex {
  let index = indexes.get(hub);
  if (!index) {
    index = {
      stories: new Map(hub.stories.map((s) => [s.url, s])),
      resources: new Map(hub.resources.map((r) => [r.url, r])),
      causes: new Map(hub.causes.map((c) => [c.url, c])),
      lists: new Map(hub.storyLists.map((l) => [l.url, l])),
      underTopic: new Map([
        ...hub.storyLists.flatMap((l) => (l.cause ? [[l.url, l.cause] as const] : [])),
        ...hub.helpCards.map((c) => [c.url, c.cause] as const),
      ]),
    };
    indexes.set(hub, index);
  }
  return index;
}

/**
 * Everything the `<head>` of the page at `page.url` says to search engines, link previews and
 * other readers, with `root` the site's public address (`siteRoot`).
 */
export function pageMetadata(hub: Hub, page: PageInput, root: string): PageMetadata {
  const { site, strings } = hub;
  const context: JsonLdContext = { site, root, strings };
  const index = indexOf(hub);
  const story = index.stories.get(page.url);
  const title = page.title ?? site.name;
  const description = story
    ? plainExcerpt(story.summary, STORY_DESCRIPTION_LENGTH)
    : (page.description ?? site.description);
  const common = { title, description, siteName: site.name };
  const base = hub.base;

  if (page.url === `${base}${NOT_FOUND_URL}`) {
    return {
      ...common,
      alternates: [],
      robots: "noindex",
      ogType: "website",
      jsonLd: serializeJsonLd(jsonLdGraph([websiteNode(context)])),
    };
  }

  const canonical = publicUrl(root, page.url);
  const alternates = [
    ...LANGUAGES.map((language) => ({ hreflang: language, href: publicUrl(root, twinUrl(page.url, language)) })),
    { hreflang: "x-default", href: publicUrl(root, twinUrl(page.url, SOURCE_LANGUAGE)) },
  ];
  const home: Crumb = { name: strings.nav.home, url: `${base}/` };
  const self: Crumb = { name: title, url: page.url };
  const trail = (...parents: Crumb[]) => breadcrumbNode([home, ...parents, self], context);
  const graph = (nodes: JsonLdNode[]) => serializeJsonLd(jsonLdGraph(nodes));

  if (page.url === `${base}/`) {
    return { ...common, canonical, alternates, ogType: "website", jsonLd: graph([websiteNode(context)]) };
  }
  if (story) {
    return {
      ...common,
      canonical,
      alternates,
      ogType: "article",
      published: story.date,
      jsonLd: graph([
        articleNode(story, description, context),
        trail({ name: strings.stories.title, url: `${base}/stories/` }),
      ]),
    };
  }
  const resource = index.resources.get(page.url);
  if (resource) {
    const nodes = resourceNodes(resource, context);
    const main = nodes[nodes.length - 1] as JsonLdNode;
    const webPage = {
      ...webPageNode("WebPage", { url: page.url, name: title, description }, context),
      mainEntity: { "@id": main["@id"] },
    };
    return {
      ...common,
      canonical,
      alternates,
      ogType: "website",
      jsonLd: graph([webPage, ...nodes, trail({ name: strings.directory.title, url: `${base}/help/` })]),
    };
  }
  const cause = index.causes.get(page.url);
  if (cause) {
    return {
      ...common,
      canonical,
      alternates,
      ogType: "website",
      jsonLd: graph([topicNode(cause, context), trail({ name: strings.topics.title, url: `${base}/topics/` })]),
    };
  }
  const list = index.lists.get(page.url);
  const topic = index.underTopic.get(page.url);
  const parents: Crumb[] = topic
    ? [
        { name: strings.topics.title, url: `${base}/topics/` },
        { name: topic.name, url: topic.url },
      ]
    : [];
  const type = list ? "CollectionPage" : "WebPage";
  return {
    ...common,
    canonical,
    alternates,
    ogType: "website",
    jsonLd: graph([webPageNode(type, { url: page.url, name: title, description }, context), trail(...parents)]),
  };
}
