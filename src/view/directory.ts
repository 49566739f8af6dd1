import { languageNames } from "../model/language.ts";
import { CHANNEL_TYPES } from "../model/resource.ts";
import type { ChannelView, ResourceView } from "./channel.ts";
import type { Strings } from "./strings/en.ts";

/**
 * The help index, narrowed by what a visitor needs: how they can reach someone (call, text,
 * chat, TTY, and any way the data adds later), a language other than the site's own, and lines
 * open around the clock. Without JavaScript each group is a section of its own with a link from
 * the top of the page; with it, content/assets/help-filter.js narrows the one list of lines.
 * The groups come from the data: a way nobody offers, or a language nobody speaks, has none.
 */
export interface DirectoryGroup {
  /** The section's id, and the filter's value: "way-call", "lang-es", "all-day". */
  id: string;
  heading: string;
  entries: DirectoryEntry[];
}

export interface DirectoryEntry {
  resource: ResourceView;
  /** The buttons that belong to the group: the texts in "text", the Spanish ones in "lang-es". */
  channels: ChannelView[];
}

/** The filters offered over the list of lines, each a value of a `data-` attribute on every card. */
export interface DirectoryFilters {
  ways: { value: string; label: string }[];
  languages: { value: string; label: string }[];
}

export interface DirectoryView {
  groups: DirectoryGroup[];
  filters: DirectoryFilters;
}

/**
 * @param lines every resource with a way to reach it, in directory order
 * @param siteLanguage the site's own language: every line speaks it, so it is no filter
 */
export function buildDirectory(lines: readonly ResourceView[], siteLanguage: string, strings: Strings): DirectoryView {
  const ways = CHANNEL_TYPES.filter((type) => lines.some((r) => r.ways.includes(type)));
  const wayGroups = ways.map((type) => ({
    id: `way-${type}`,
    heading: strings.directory.ways[type],
    entries: lines.flatMap((resource) => {
      const channels = resource.channelViews.filter((c) => c.type === type);
      return channels.length > 0 ? [{ resource, channels }] : [];
    }),
  }));

  const languages = [...new Set(lines.flatMap((r) => r.languages))].filter((l) => l !== siteLanguage).sort();
  const languageGroups = languages.map((language) => {
    const name = languageNames([language], siteLanguage);
    return {
      id: `lang-${language}`,
      heading: strings.directory.inLanguage(name),
      entries: lines.flatMap((resource) => {
        if (!resource.languages.includes(language)) return [];
        // A channel in this language where the line has one ("Text AYUDA"), otherwise every call and text.
        const own = resource.channelViews.filter((c) => c.languages?.includes(language));
        const channels = own.length > 0 ? own : resource.channelViews.filter((c) => c.type !== "chat");
        return channels.length > 0 ? [{ resource, channels }] : [];
      }),
    };
  });

  const allDay = {
    id: "all-day",
    heading: strings.directory.allDay,
    entries: lines.flatMap((resource) => (resource.allDay ? [{ resource, channels: [resource.allDay] }] : [])),
  };

  return {
    groups: [...wayGroups, ...languageGroups, allDay].filter((g) => g.entries.length > 0),
    filters: {
      ways: ways.map((type) => ({ value: type, label: strings.directory.wayFilter[type] })),
      languages: languages.map((language) => ({
        value: language,
        label: strings.directory.inLanguageFilter(languageNames([language], siteLanguage)),
      })),
    },
  };
}
