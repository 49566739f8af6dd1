import type { IsoDate } from "../model/date.ts";
import type { HubData } from "../model/hub-data.ts";
import { MAX_GRADE } from "../model/readability.ts";
import type { Resource } from "../model/resource.ts";
import { MIN_INFLESZ, MIN_SPANISH_WORDS } from "../model/spanish-readability.ts";
import { staleResources, staleSection } from "./freshness.ts";
import {
  type HardSpanishText,
  type HardText,
  hardSpanishTextMessage,
  hardSpanishTexts,
  hardTextMessage,
  hardTexts,
} from "./plain-words.ts";
import { type StaleTranslation, staleMessage, staleTranslations, untranslatedStories } from "./translations.ts";

/**
 * `npm run audit`: everything in the data that needs a maintainer, in one list, so the work can
 * be shared out and nothing waits unseen: checks grown old, "what happens when you reach out"
 * still to write, sources that point at a home page instead of the page that states the facts,
 * and texts too hard to read, in English and in Spanish. The build refuses what is wrong; the
 * audit lists what is unfinished.
 */
export interface Audit {
  today: IsoDate;
  maxAgeDays: number;
  resourceCount: number;
  stale: ReturnType<typeof staleResources>;
  whatHappens: MissingWhatHappens[];
  homePages: HomePageSource[];
  hardTexts: HardText[];
  /** Spanish texts below the INFLESZ score allowed (src/model/spanish-readability.ts). */
  hardSpanishTexts: HardSpanishText[];
  /** Spanish whose English has changed since it was translated. */
  staleTranslations: StaleTranslation[];
  /** Stories with no Spanish yet. */
  untranslatedStories: { file: string; title: string }[];
}

/** A line people can reach whose "what happens" text is missing, or missing parts. */
export interface MissingWhatHappens {
  file: string;
  name: string;
  /** The fields still to write: `whatHappens`, or some of `whatHappens.wait` and the others. */
  missing: string[];
}

/** A source that names a site's home page rather than the page that states the facts. */
export interface HomePageSource {
  file: string;
  field: string;
  url: string;
}

export function audit(data: HubData, today: IsoDate, maxAgeDays: number): Audit {
  return {
    today,
    maxAgeDays,
    resourceCount: data.resources.length,
    stale: staleResources(data.resources, today, maxAgeDays),
    whatHappens: data.resources.flatMap(({ file, record }) => {
      const missing = missingWhatHappens(record);
      return missing.length > 0 ? [{ file, name: record.name, missing }] : [];
    }),
    homePages: data.resources.flatMap(({ file, record }) =>
      [
        { field: "source.url", url: record.source.url },
        ...(record.whatHappens?.sources ?? []).map((s, i) => ({ field: `whatHappens.sources[${i}].url`, url: s.url })),
      ]
        .filter(({ url }) => isHomePage(url))
        .map((source) => ({ file, ...source })),
    ),
    hardTexts: hardTexts(data),
    hardSpanishTexts: hardSpanishTexts(data),
    staleTranslations: staleTranslations(data),
    untranslatedStories: untranslatedStories(data),
  };
}

const PARTS = ["wait", "name", "whenTheyTellOthers"] as const;

/**
 * What is still to write about reaching a line: all of it for a line with ways in and no text,
 * the parts not yet given for one that has some. Organizations with no way in have nothing to say.
 */
export function missingWhatHappens(resource: Resource): string[] {
  if (resource.channels.length === 0) return [];
  if (!resource.whatHappens) return ["whatHappens"];
  const happens = resource.whatHappens;
  return PARTS.filter((part) => happens[part] === undefined).map((part) => `whatHappens.${part}`);
}

/** `https://www.rainn.org/` is a home page; `https://www.nami.org/?p=4491` and `/get-help/...` are not. */
export function isHomePage(url: string): boolean {
  const { pathname, search } = new URL(url);
  return (pathname === "/" || pathname === "") && search === "";
}

/** The report `npm run audit` prints. */
export function auditReport(result: Audit): string {
  const lines = [...staleSection(result.stale, result.resourceCount, result.today, result.maxAgeDays)];
  const section = (count: number, heading: string, none: string, items: string[]) => {
    lines.push("");
    if (count === 0) {
      lines.push(none);
      return;
    }
    lines.push(heading, ...items.map((item) => `  ${item}`));
  };
  section(
    result.whatHappens.length,
    `${count(result.whatHappens.length, "helpline")} without all of "what happens when you reach out" (write only what the organization's own page says):`,
    "Every helpline says what happens when you reach out.",
    result.whatHappens.map((m) => `${m.file}: ${m.missing.join(", ")} not given (${m.name})`),
  );
  section(
    result.homePages.length,
    `${count(result.homePages.length, "source")} naming a home page instead of the page that states the facts:`,
    "Every source names the page that states its facts.",
    result.homePages.map((h) => `${h.file}: ${h.field} = ${h.url} is a home page; name the page that states the facts`),
  );
  section(
    result.hardTexts.length,
    `${count(result.hardTexts.length, "text")} above reading grade ${MAX_GRADE} (short sentences and common words fix it):`,
    `Every text reads at grade ${MAX_GRADE} or below.`,
    result.hardTexts.map((text) => hardTextMessage(text)),
  );
  section(
    result.hardSpanishTexts.length,
    `${count(result.hardSpanishTexts.length, "Spanish text")} of ${MIN_SPANISH_WORDS} words or more below ${MIN_INFLESZ} on the INFLESZ scale, Spanish's measure of plain words (short sentences and common words fix it):`,
    `Every Spanish text of ${MIN_SPANISH_WORDS} words or more reads at ${MIN_INFLESZ} or above on the INFLESZ scale.`,
    result.hardSpanishTexts.map((text) => hardSpanishTextMessage(text)),
  );
  section(
    result.staleTranslations.length,
    `${count(result.staleTranslations.length, "Spanish text")} translated from English that has changed since (the build warns; --strict refuses):`,
    "Every Spanish text matches its English.",
    result.staleTranslations.map(staleMessage),
  );
  section(
    result.untranslatedStories.length,
    `${count(result.untranslatedStories.length, "story", "stories")} with no Spanish yet (its Spanish page shows the English, marked as English):`,
    "Every story has its title, summary and content note in Spanish.",
    result.untranslatedStories.map((s) => `${s.file}: es not given (${s.title})`),
  );
  return lines.join("\n");
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
