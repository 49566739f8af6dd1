import type { Country } from "../model/country.ts";
import { formatDate } from "../model/date.ts";
import { languageNames } from "../model/language.ts";
import { telHref } from "../model/phone.ts";
import { displayHost } from "../model/url.ts";
import { type ChannelView, viewChannel, viewHours } from "./channel.ts";
import type { Strings } from "./strings/en.ts";

/**
 * The "Outside" page: emergency numbers and national lines in other countries, each with where
 * its facts were checked and when. The hub detects no location (no geolocation, no IP look-up):
 * a visitor finds their own country in the list, or follows the worldwide directory.
 */
export interface OutsideView {
  url: string;
  title: string;
  countries: CountryView[];
  directory: { name: string; url: string; host: string };
  /** "en" on a page in another language: the sources' and the directory's names are in English. */
  sourceLang?: string;
}

export interface CountryView {
  id: string;
  name: string;
  emergency: {
    numbers: { number: string; href: string }[];
    source: { name: string; url: string };
    checked: string;
    checkedText: string;
  };
  lines: CountryLineView[];
}

export interface CountryLineView {
  name: string;
  summary: string;
  serves: string;
  channelViews: ChannelView[];
  hoursText?: string;
  alwaysOpen: boolean;
  languagesText: string;
  /** "en" when the name is shown in English on a page in another language. */
  nameLang?: string;
  website?: string;
  websiteHost?: string;
  source: { name: string; url: string };
  checked: string;
  checkedText: string;
  /** "Is something wrong here?", with this line and the page filled in. */
  reportHref: string;
}

export const OUTSIDE_URL = "/other-countries/";

export function buildOutside(
  countries: readonly Country[],
  site: { language: string; linesFor: string; worldwideDirectory: { name: string; url: string } },
  strings: Strings,
  report: (line: { id: string; name: string }) => string,
  base = "",
  english?: string,
): OutsideView {
  const locale = site.language;
  return {
    url: `${base}${OUTSIDE_URL}`,
    title: strings.outside.title(site.linesFor),
    countries: [...countries]
      .sort((a, b) => a.name.localeCompare(b.name, locale))
      .map((country) => ({
        id: country.id,
        name: country.name,
        emergency: {
          numbers: country.emergency.numbers.map((number) => ({ number, href: telHref(number) })),
          source: country.emergency.source,
          checked: country.emergency.checked,
          checkedText: formatDate(country.emergency.checked, locale),
        },
        lines: country.lines.map((line, i) => ({
          name: line.name,
          // A line's name stays as its organization writes it, unless the data gives a Spanish one.
          ...(english && !country.es.lines[i]?.name ? { nameLang: english } : {}),
          summary: line.summary,
          serves: line.serves,
          channelViews: line.channels.map((c) => viewChannel(c, locale, strings, true, line)),
          // A sentence of its own, as on the hub's own lines: "De lunes a viernes, ...".
          ...(line.hours ? { hoursText: viewHours(line.hours, locale, strings).hoursText } : {}),
          alwaysOpen: line.hours?.kind === "always",
          languagesText: languageNames(line.languages, locale),
          ...(line.website ? { website: line.website, websiteHost: displayHost(line.website) } : {}),
          source: line.source,
          checked: line.checked,
          checkedText: formatDate(line.checked, locale),
          reportHref: report({ id: country.id, name: `${line.name} (${country.name})` }),
        })),
      })),
    directory: { ...site.worldwideDirectory, host: displayHost(site.worldwideDirectory.url) },
    ...(english ? { sourceLang: english } : {}),
  };
}
