import { formatDate } from "../model/date.ts";
import { describeHours, type Hours, hoursData, zoneName } from "../model/hours.ts";
import { languageNames } from "../model/language.ts";
import { formatPhone, smsHref, telHref, whatsappHref } from "../model/phone.ts";
import { alwaysOpenChannel, primaryChannel } from "../model/reach.ts";
import { type Channel, channelDigits, type Resource } from "../model/resource.ts";
import { displayHost } from "../model/url.ts";
import type { Strings } from "./strings/en.ts";

export interface CauseRef {
  id: string;
  name: string;
  url: string;
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
  /** "With an interpreter": it does not answer in the page's language itself, but the line offers interpreters. */
  interpreter?: string;
  /** It answers in the page's language: such ways in are listed first (`channelsInOrder`). */
  inPageLanguage: boolean;
  /** The languages this way in answers in, when the data says so for it alone ("AYUDA" to 988: Spanish). */
  languages?: string[];
  note?: string;
}

export interface ResourceView extends Resource {
  url: string;
  /** "en" when the name is shown in English on a page in another language. */
  nameLang?: string;
  /** "en" on a page in another language: the organization and the sources' names are in English. */
  sourceLang?: string;
  /** One per channel, in the data's order (open data and structured data pair them by index). */
  channelViews: ChannelView[];
  /** As a page lists them: the ways in that answer in the page's language first, each group in the data's order. */
  channelsInOrder: ChannelView[];
  /** The one-tap button for this line: its first call, or its first text; absent for an organization. */
  primary?: ChannelView;
  /** The call or text that answers around the clock, a call first; absent when none does. */
  allDay?: ChannelView;
  /** The ways it can be reached, each once, in the order of its channels: ["call", "text", "chat"]. */
  ways: Channel["type"][];
  /**
   * Each way with each language it answers in, once: ["call:en", "call:es", "text:en"]. A text line
   * in English only must not be shown to someone who asked for texting in Spanish.
   */
  reach: string[];
  hoursText?: string;
  /** Weekly hours as JSON, for the browser's "closed now, opens at ..." line. */
  hoursData?: string;
  alwaysOpen: boolean;
  languagesText: string;
  websiteHost: string;
  checkedText: string;
  causeRefs: CauseRef[];
}

/**
 * Whether the line says it offers interpreters: decided from its own `languagesNote`, in either
 * language ("Interpreters can help...", "Hay intérpretes..."), never guessed.
 */
export function offersInterpreters(languagesNote: string | undefined): boolean {
  return /int[eé]rpret/i.test(languagesNote ?? "");
}

/**
 * @param base what the page addresses start with ("" or "/es")
 * @param english "en" on a page in another language, where the resource's untranslated name is marked as English
 */
export function viewResource(
  resource: Resource,
  locale: string,
  strings: Strings,
  causeRef: (id: string) => CauseRef,
  base = "",
  english?: string,
): ResourceView {
  const line = { languages: resource.languages, interpreters: offersInterpreters(resource.languagesNote) };
  const channelViews = resource.channels.map((channel) => viewChannel(channel, locale, strings, false, line));
  const named = (resource as { es?: { name?: unknown } }).es?.name !== undefined;
  const viewOf = (channel: Channel | undefined) =>
    channel ? channelViews[resource.channels.indexOf(channel)] : undefined;
  // The one-tap button is a way in that answers in the page's language where the line has one:
  // on a Spanish page, Crisis Text Line's "AYUDA" (a Spanish-speaking counselor), not its "HOME".
  const inLanguage = { ...resource, channels: resource.channels.filter((_, i) => channelViews[i]?.inPageLanguage) };
  const primary = viewOf(primaryChannel(inLanguage) ?? primaryChannel(resource));
  const allDay = viewOf(alwaysOpenChannel(inLanguage) ?? alwaysOpenChannel(resource));
  return {
    ...resource,
    url: `${base}/help/${resource.id}/`,
    ...(english && !named ? { nameLang: english } : {}),
    ...(english ? { sourceLang: english } : {}),
    channelViews,
    channelsInOrder: [
      ...channelViews.filter((c) => c.inPageLanguage),
      ...channelViews.filter((c) => !c.inPageLanguage),
    ],
    ...(primary ? { primary } : {}),
    ...(allDay ? { allDay } : {}),
    ways: [...new Set(resource.channels.map((c) => c.type))],
    reach: [
      ...new Set(resource.channels.flatMap((c) => (c.languages ?? resource.languages).map((l) => `${c.type}:${l}`))),
    ],
    ...(resource.hours ? viewHours(resource.hours, locale, strings) : {}),
    alwaysOpen: resource.hours?.kind === "always",
    // On its own in the facts ("English and Spanish."), so it starts with a capital: "Inglés y español."
    languagesText: upperFirst(languageNames(resource.languages, locale)),
    websiteHost: displayHost(resource.website),
    checkedText: formatDate(resource.checked, locale),
    causeRefs: resource.causes.map(causeRef),
  };
}

/**
 * A way in as a labelled link made from the stored digits. `spelled` shows the digits as the
 * line's own country writes them (its `vanity`), for lines outside the hub's country, whose
 * numbers are not in its familiar 1-800 form.
 */
export function viewChannel(
  channel: Channel,
  locale: string,
  strings: Strings,
  spelled = false,
  line: { languages: readonly string[]; interpreters?: boolean } = { languages: [] },
): ChannelView {
  const spoken = channel.languages ?? line.languages;
  const inPageLanguage = spoken.length === 0 || spoken.some((l) => l.split("-")[0] === locale.split("-")[0]);
  // A way in that does not answer in the page's language says which it does, or that interpreters help.
  const interpreter = !inPageLanguage && line.interpreters;
  const details = {
    inPageLanguage,
    ...(channel.hours ? viewHours(channel.hours, locale, strings) : {}),
    ...(channel.languages ? { languages: channel.languages } : {}),
    ...(interpreter
      ? { interpreter: strings.channel.interpreter }
      : channel.languages || !inPageLanguage
        ? { languagesText: languageNames(spoken, locale) }
        : {}),
    ...(channel.note ? { note: channel.note } : {}),
  };
  if (channel.type === "chat") {
    return { type: "chat", dialsNumber: false, href: channel.url, label: strings.channel.chat, ...details };
  }
  const digits = channelDigits(channel);
  const formatted = digits === undefined ? undefined : formatPhone(digits);
  const shown = spelled && channel.vanity ? channel.vanity : formatted;
  const common = {
    dialsNumber: digits !== undefined,
    ...(channel.vanity && !spelled ? { vanity: channel.vanity } : {}),
  };
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

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Hours in words for everyone, and as data for the browser when they are not around the clock. */
export function viewHours(hours: Hours, locale: string, strings: Strings): { hoursText: string; hoursData?: string } {
  // A sentence of its own: "De lunes a viernes, ..." (Spanish day names are not capitalized).
  const hoursText = upperFirst(describeHours(hours, locale, strings.hours));
  if (hours.kind === "always") return { hoursText };
  return { hoursText, hoursData: hoursData(hours, zoneName(hours.timeZone, locale, strings.hours)) };
}
