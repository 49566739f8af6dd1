import { formatDate } from "../model/date.ts";
import { describeHours, type Hours, hoursData } from "../model/hours.ts";
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
  note?: string;
}

export interface ResourceView extends Resource {
  url: string;
  channelViews: ChannelView[];
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

export function viewResource(
  resource: Resource,
  locale: string,
  strings: Strings,
  causeRef: (id: string) => CauseRef,
): ResourceView {
  const channelViews = resource.channels.map((channel) => viewChannel(channel, locale, strings));
  const viewOf = (channel: Channel | undefined) =>
    channel ? channelViews[resource.channels.indexOf(channel)] : undefined;
  const primary = viewOf(primaryChannel(resource));
  const allDay = viewOf(alwaysOpenChannel(resource));
  return {
    ...resource,
    url: `/help/${resource.id}/`,
    channelViews,
    ...(primary ? { primary } : {}),
    ...(allDay ? { allDay } : {}),
    ways: [...new Set(resource.channels.map((c) => c.type))],
    reach: [
      ...new Set(resource.channels.flatMap((c) => (c.languages ?? resource.languages).map((l) => `${c.type}:${l}`))),
    ],
    ...(resource.hours ? viewHours(resource.hours, locale, strings) : {}),
    alwaysOpen: resource.hours?.kind === "always",
    languagesText: languageNames(resource.languages, locale),
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
export function viewChannel(channel: Channel, locale: string, strings: Strings, spelled = false): ChannelView {
  const details = {
    ...(channel.hours ? viewHours(channel.hours, locale, strings) : {}),
    ...(channel.languages ? { languagesText: languageNames(channel.languages, locale) } : {}),
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

/** Hours in words for everyone, and as data for the browser when they are not around the clock. */
export function viewHours(hours: Hours, locale: string, strings: Strings): { hoursText: string; hoursData?: string } {
  const data = hoursData(hours);
  return { hoursText: describeHours(hours, locale, strings.hours), ...(data ? { hoursData: data } : {}) };
}
