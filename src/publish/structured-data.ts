import type { Hours } from "../model/hours.ts";
import { whatsappHref } from "../model/phone.ts";
import { type Channel, channelDigits } from "../model/resource.ts";
import type { Site } from "../model/site.ts";
import type { CauseRef, CauseView, ResourceView, StoryView } from "../view/hub.ts";
import type { Strings } from "../view/strings/en.ts";
import { openingPeriods } from "./opening-hours.ts";
import { publicUrl } from "./site-address.ts";

/**
 * Schema.org structured data (JSON-LD) for the hub's pages, so search engines and other readers
 * know a story from a helpline and can show a line's number and hours without guessing.
 * https://schema.org/docs/full.html, https://developers.google.com/search/docs/appearance/structured-data
 *
 * Builders return plain nodes; `jsonLdGraph` gathers a page's nodes and `serializeJsonLd`
 * writes them safely into a `<script type="application/ld+json">` data block.
 */

export type JsonLdNode = { "@type": string } & Record<string, unknown>;

/** What every builder needs: the site, its public root address, and the interface text. */
export interface JsonLdContext {
  site: Site;
  /** `https://example.org/hub/`, from `siteRoot`. */
  root: string;
  strings: Strings;
}

export interface Crumb {
  name: string;
  /** Root-relative, like every page URL in the hub. */
  url: string;
}

const DAYS = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
} as const;

export function jsonLdGraph(nodes: JsonLdNode[]): { "@context": "https://schema.org"; "@graph": JsonLdNode[] } {
  return { "@context": "https://schema.org", "@graph": nodes };
}

/**
 * JSON for inside a `<script>` element. A data block is never run, but the HTML parser still
 * ends it at the first `</script`, so `<` (and `>`, `&` for good measure) are written as JSON
 * escapes: text in the data can never close the element or open another.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

/** The site itself, with the search page as its search action. */
export function websiteNode({ site, root }: JsonLdContext): JsonLdNode {
  return {
    "@type": "WebSite",
    "@id": `${root}#website`,
    name: site.name,
    description: site.description,
    url: root,
    inLanguage: site.language,
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${publicUrl(root, "/search/")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/** A page that is not one of the kinds below: lists, the search page, about. */
export function webPageNode(
  type: "WebPage" | "CollectionPage" | "SearchResultsPage",
  page: { url: string; name: string; description: string },
  { site, root }: JsonLdContext,
): JsonLdNode {
  return {
    "@type": type,
    "@id": publicUrl(root, page.url),
    url: publicUrl(root, page.url),
    name: page.name,
    description: page.description,
    inLanguage: site.language,
    isPartOf: { "@id": `${root}#website` },
  };
}

/** "Home › Stories › This story", the page itself last, as the visible breadcrumbs and the h1 show it. */
export function breadcrumbNode(trail: Crumb[], { root }: JsonLdContext): JsonLdNode {
  return {
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: publicUrl(root, crumb.url),
    })),
  };
}

/** A story: the hub's own summary, based on the news article it names as its source. */
export function articleNode(story: StoryView, description: string, context: JsonLdContext): JsonLdNode {
  const { site, root } = context;
  const url = publicUrl(root, story.url);
  const hub = { "@type": "Organization", name: site.name, url: root };
  const { source } = story;
  return {
    "@type": "Article",
    "@id": `${url}#article`,
    headline: story.title,
    description,
    url,
    mainEntityOfPage: url,
    datePublished: story.date,
    inLanguage: site.language,
    author: hub,
    publisher: hub,
    about: story.causeRefs.map((cause) => thing(cause, context)),
    isBasedOn: {
      "@type": "NewsArticle",
      ...(source.title ? { headline: source.title } : {}),
      ...(source.url ? { url: source.url } : {}),
      datePublished: source.published,
      publisher: { "@type": "Organization", name: source.publication },
    },
  };
}

/** A topic page: a collection of help and stories about one cause. */
export function topicNode(cause: CauseView, context: JsonLdContext): JsonLdNode {
  const url = publicUrl(context.root, cause.url);
  return {
    "@type": "CollectionPage",
    "@id": url,
    url,
    name: cause.name,
    description: cause.summary,
    inLanguage: context.site.language,
    isPartOf: { "@id": `${context.root}#website` },
    about: {
      "@type": "Thing",
      name: cause.name,
      description: cause.summary,
      ...(cause.alsoKnownAs.length ? { alternateName: cause.alsoKnownAs } : {}),
    },
  };
}

/**
 * A helpline or organization: the organization that runs it, with a contact point for every way
 * to reach it; and, when it can be reached, the service itself with its channels.
 */
export function resourceNodes(resource: ResourceView, context: JsonLdContext): JsonLdNode[] {
  const pageUrl = publicUrl(context.root, resource.url);
  const organizationId = `${pageUrl}#organization`;
  const description = [resource.summary, ...resource.notFor].join(" ");
  const languages = resource.languages.map((code) => language(code, context));
  const contacts = resource.channels.map((channel, i) => ({
    "@id": `${pageUrl}#contact-${i + 1}`,
    ...contactPoint(channel, i, resource, context),
  }));
  const organization: JsonLdNode = {
    "@type": "Organization",
    "@id": organizationId,
    name: resource.organization,
    url: resource.website,
    ...(resource.channels.length ? {} : { description }),
    areaServed: resource.area,
    ...(contacts.length ? { contactPoint: contacts } : {}),
  };
  if (resource.channels.length === 0) return [organization];
  const service: JsonLdNode = {
    "@type": "Service",
    "@id": `${pageUrl}#service`,
    name: resource.name,
    description,
    url: pageUrl,
    provider: { "@id": organizationId },
    areaServed: resource.area,
    audience: { "@type": "Audience", audienceType: resource.serves },
    availableLanguage: languages,
    ...(resource.hours ? { hoursAvailable: openingHours(resource.hours, resource.hoursText) } : {}),
    availableChannel: resource.channels.map((channel, i) =>
      serviceChannel(channel, { "@id": contacts[i]?.["@id"] }, resource.channelViews[i]?.label ?? ""),
    ),
  };
  return [organization, service];
}

function contactPoint(channel: Channel, i: number, resource: ResourceView, context: JsonLdContext): JsonLdNode {
  const hours = channel.hours ?? resource.hours;
  const hoursText = channel.hours ? resource.channelViews[i]?.hoursText : resource.hoursText;
  return {
    "@type": "ContactPoint",
    contactType: context.strings.structuredData.contactType[channel.type],
    ...reachedAt(channel),
    ...(hours ? { hoursAvailable: openingHours(hours, hoursText) } : {}),
    availableLanguage: (channel.languages ?? resource.languages).map((code) => language(code, context)),
    areaServed: resource.area,
  };
}

/**
 * Where a contact point is reached: a web address for chat and WhatsApp (whose number takes no
 * voice call), the digits for the rest, and both for a videophone that has both.
 */
function reachedAt(channel: Channel): { url?: string; telephone?: string } {
  const digits = channelDigits(channel);
  switch (channel.type) {
    case "chat":
      return { url: channel.url };
    case "whatsapp":
      return { url: whatsappHref(channel.number) };
    case "videophone":
      return { ...(digits ? { telephone: digits } : {}), ...(channel.url ? { url: channel.url } : {}) };
    default:
      return { telephone: digits ?? "" };
  }
}

/** A way to reach the service; its contact point (by `@id`) is listed on the organization. */
function serviceChannel(channel: Channel, contact: { "@id": string | undefined }, name: string): JsonLdNode {
  switch (channel.type) {
    case "chat":
      return { "@type": "ServiceChannel", name, serviceUrl: channel.url };
    case "whatsapp":
      return { "@type": "ServiceChannel", name, serviceUrl: whatsappHref(channel.number) };
    case "text":
      return { "@type": "ServiceChannel", name, serviceSmsNumber: contact };
    case "videophone":
      return channelDigits(channel) === undefined
        ? { "@type": "ServiceChannel", name, serviceUrl: channel.url }
        : { "@type": "ServiceChannel", name, servicePhone: contact };
    default:
      return { "@type": "ServiceChannel", name, servicePhone: contact };
  }
}

function openingHours(hours: Hours, text: string | undefined): JsonLdNode[] {
  return openingPeriods(hours).map((period) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: period.days.map((d) => `https://schema.org/${DAYS[d]}`),
    opens: period.opens,
    closes: period.closes,
    // Schema.org times have no zone; the words name it ("... Eastern Time").
    ...(text && hours.kind === "weekly" ? { description: text } : {}),
  }));
}

function language(code: string, { site }: JsonLdContext): JsonLdNode {
  const name = new Intl.DisplayNames(site.language, { type: "language" }).of(code) ?? code;
  return { "@type": "Language", name, alternateName: code };
}

function thing(cause: CauseRef, { root }: JsonLdContext): JsonLdNode {
  return { "@type": "Thing", name: cause.name, url: publicUrl(root, cause.url) };
}
