import { formatPhone } from "../model/phone.ts";
import { channelDigits, type DialledChannel } from "../model/resource.ts";
import type { ChannelView, Hub, ResourceView } from "../view/hub.ts";
import { openingPeriods } from "./opening-hours.ts";
import { hubUuid } from "./uuid.ts";

/**
 * The resource directory as Open Referral's Human Services Data Specification 3.0
 * (https://docs.openreferral.org/en/latest/hsds/schema_reference.html), so other directories
 * can take the hub's helplines without scraping pages. Every id is a UUID derived from the
 * hub's own ids (`src/publish/uuid.ts`), so it stays the same from build to build.
 *
 * Choices the format leaves open, made for people in crisis:
 * - short codes (988, 741741) are published as the digits people dial, never as "+1988", and
 *   say in words that they are short codes; text lines carry the word to send;
 * - HSDS phones have no hours, so a channel's own hours are written into its description;
 * - HSDS times are UTC unless an offset is given, and a fixed offset is wrong for half the year
 *   where clocks change, so weekly hours are local times with the time zone named in `notes`;
 * - what a line is not for ("not a line for reporting abuse") stays in the description.
 */

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  phone_id?: string;
  name: string;
  code: string;
}

export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  /** RFC 6350 types, as HSDS asks: "voice", "text" (SMS), "textphone" (TTY) or "video" (videophone). */
  type: "voice" | "text" | "textphone" | "video";
  description: string;
  languages: HsdsLanguage[];
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  freq: "WEEKLY";
  /** iCal days: "MO,TU,WE". */
  byday: string;
  opens_at: string;
  closes_at: string;
  description: string;
  notes?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url: string;
  status: "active";
  interpretation_services?: string;
  application_process: string;
  eligibility_description: string;
  /** The day a person last checked the facts (YYYY-MM-DD). */
  assured_date: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  languages: HsdsLanguage[];
}

/** `services.json`: every resource as an HSDS service, each with its organization. */
export function hsdsServices(hub: Hub): (HsdsService & { organization: HsdsOrganization })[] {
  const services = new Map<string, HsdsService & { organization: HsdsOrganization }>();
  for (const { services: list, ...organization } of hsdsOrganizations(hub)) {
    for (const service of list) services.set(service.id, { ...service, organization });
  }
  return [...services.values()];
}

/** `organizations.json`: every organization that runs a resource, each with its services. */
export function hsdsOrganizations(hub: Hub): (HsdsOrganization & { services: HsdsService[] })[] {
  const byName = new Map<string, ResourceView[]>();
  for (const resource of hub.resources) {
    const list = byName.get(resource.organization);
    if (list) list.push(resource);
    else byName.set(resource.organization, [resource]);
  }
  const list = new Intl.ListFormat(hub.site.language, { type: "conjunction" });
  return [...byName].map(([name, resources]) => ({
    id: organizationId(name),
    name,
    description: hub.strings.openData.runs(list.format(resources.map((r) => r.name))),
    website: (resources[0] as ResourceView).website,
    services: resources.map((resource) => toService(resource, hub)),
  }));
}

/** Organizations have no id in the hub's data; their name is what identifies them there. */
function organizationId(name: string): string {
  return hubUuid("organization", name);
}

function toService(resource: ResourceView, hub: Hub): HsdsService {
  const { strings, site } = hub;
  const serviceId = hubUuid("service", resource.id);
  const names = new Intl.DisplayNames(site.language, { type: "language" });
  const language = (code: string, owner: { service_id: string } | { phone_id: string }): HsdsLanguage => ({
    id: hubUuid("language", `${"service_id" in owner ? owner.service_id : owner.phone_id}/${code}`),
    ...owner,
    name: names.of(code) ?? code,
    code,
  });

  const phones = resource.channels.flatMap((channel, i): HsdsPhone[] => {
    const digits = channelDigits(channel);
    if (channel.type === "chat" || channel.type === "whatsapp" || digits === undefined) return [];
    // The hub builds one view per channel, in the same order.
    const view = resource.channelViews[i] as ChannelView;
    const id = hubUuid(
      "phone",
      `${resource.id}/${channel.type}/${digits}/${channel.type === "text" ? (channel.keyword ?? "") : ""}`,
    );
    const description = [
      `${channel.type === "videophone" ? strings.channel.videophone(formatPhone(digits)) : view.label}.`,
      view.vanity ? strings.channel.vanity(view.vanity) : "",
      channel.shortCode ? strings.openData.shortCode : "",
      view.hoursText ? `${view.hoursText}.` : "",
      channel.note ?? "",
    ];
    return [
      {
        id,
        service_id: serviceId,
        number: digits,
        type: PHONE_TYPES[channel.type],
        description: description.filter(Boolean).join(" "),
        languages: (channel.languages ?? []).map((code) => language(code, { phone_id: id })),
      },
    ];
  });

  const schedules: HsdsSchedule[] = resource.hours
    ? openingPeriods(resource.hours).map((period, i) => ({
        id: hubUuid("schedule", `${resource.id}/${i}`),
        service_id: serviceId,
        freq: "WEEKLY",
        byday: period.days.map((d) => d.slice(0, 2).toUpperCase()).join(","),
        opens_at: period.opens,
        closes_at: period.closes,
        description: resource.hoursText ?? "",
        ...(resource.hours?.kind === "weekly" ? { notes: strings.openData.localTime(resource.hours.timeZone) } : {}),
      }))
    : [];

  return {
    id: serviceId,
    organization_id: organizationId(resource.organization),
    name: resource.name,
    description: [resource.summary, ...resource.notFor].join(" "),
    url: resource.website,
    status: "active",
    ...(resource.languagesNote ? { interpretation_services: resource.languagesNote } : {}),
    application_process: howToReach(resource, hub),
    eligibility_description: resource.serves,
    assured_date: resource.checked,
    phones,
    schedules,
    service_areas: [{ id: hubUuid("service_area", resource.id), service_id: serviceId, name: resource.area }],
    languages: resource.languages.map((code) => language(code, { service_id: serviceId })),
  };
}

const PHONE_TYPES: Record<Exclude<DialledChannel["type"], "whatsapp">, HsdsPhone["type"]> = {
  call: "voice",
  text: "text",
  tty: "textphone",
  videophone: "video",
};

/**
 * Every way in, as the buttons on the site say it, with web addresses written out: chat, a
 * videophone's call page, and WhatsApp, which HSDS has no phone type for (its numbers take no SMS
 * and no voice call, so listing one as a phone would send people the wrong way).
 */
function howToReach(resource: ResourceView, hub: Hub): string {
  if (resource.channels.length === 0) return hub.strings.channel.website(resource.website);
  return resource.channelViews
    .map((view) => (view.href?.startsWith("https:") ? `${view.label}: ${view.href}` : `${view.label}.`))
    .join(" ");
}
