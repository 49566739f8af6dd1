import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CAUSE_PROSE, type CauseInput } from "../src/model/cause.ts";
import { RESOURCE_PROSE, type ResourceInput } from "../src/model/resource.ts";
import { SITE_PROSE, type SiteInput } from "../src/model/site.ts";
import { STORY_PROSE, type StoryInput } from "../src/model/story.ts";
import { draftTranslation, type ProseSpec } from "../src/model/translation.ts";

/*
 * Synthetic hub data for the benchmark: valid causes, resources and stories in the same one-file-
 * per-record shape as `_data/`, so the build reads them exactly as it reads the real ones.
 * Deterministic (a seeded generator), so the same size always gives the same site.
 * Every phone number is in the 555-0100..0199 range the North American plan keeps for fiction,
 * and every address is on example.org: nothing generated here can reach a real service.
 */

export interface GeneratedData {
  site: SiteInput;
  causes: CauseInput[];
  resources: ResourceInput[];
  stories: StoryInput[];
}

/** Every generated date is on or before this day; build with it as HUB_TODAY. */
export const GENERATED_TODAY = "2026-01-01";
/** A hub of tens of thousands of stories would cover a couple of dozen topics and a few dozen services. */
const CAUSES = 24;
const RESOURCES = 48;

const TOPICS = [
  "child abuse",
  "neglect",
  "medical child abuse",
  "sexual assault",
  "child safety",
  "abduction",
  "mental health",
  "suicide prevention",
  "prison reform",
  "reentry",
  "domestic violence",
  "stalking",
  "trafficking",
  "addiction",
  "homelessness",
  "bullying",
  "online safety",
  "elder abuse",
  "dating violence",
  "grief",
  "foster care",
  "youth justice",
  "disability rights",
  "refugee support",
];
const PLACES = ["Ohio", "Texas", "Oregon", "Maine", "Utah", "Georgia", "Nevada", "Iowa", "Idaho", "Kansas"];
const SUBJECTS = ["a former inmate", "a survivor", "a nurse", "a teacher", "a parent", "a youth worker", "a judge"];
const VERBS = ["speaks about", "campaigns on", "writes about", "calls for change in", "shares her story of"];
const SENTENCES = [
  "Advocates say the case shows how often warning signs are missed by the adults around a child.",
  "The account was shared at a community meeting and later with local reporters.",
  "Campaigners want clearer rules and more money for the services that answer calls for help.",
  "Those who work with families said support works best when it comes early and without judgement.",
  "People who knew the family described years in which nobody asked the right questions.",
  "A local charity said calls to its line rose in the weeks after the news was published.",
  "Officials said they would review how the case was handled and publish what they find.",
  "Researchers point out that most people who need this kind of help never contact a service.",
];

/**
 * A stand-in Spanish field for a synthetic record, a little longer than the English as Spanish
 * text usually is, with every hash right.
 */
function withSpanish<T>(record: Omit<T, "es">, spec: ProseSpec): T {
  return { ...record, es: draftTranslation(record, spec, (english) => `${english} (en español)`) } as T;
}

export interface GenerateOptions {
  stories: number;
  /** Topics (24 unless set): a test that needs only the shape of a hub renders fewer pages with fewer. */
  causes?: number | undefined;
  /** Helplines and organizations (48 unless set; at least `causes`, so every topic has help). */
  resources?: number | undefined;
}

/** The records of a synthetic hub of `stories` stories; the same options always give the same records. */
export function generateData({
  stories: storyCount,
  causes: causeCount = CAUSES,
  resources: resourceCount = RESOURCES,
}: GenerateOptions): GeneratedData {
  if (resourceCount < causeCount) throw new Error(`${resourceCount} resources cannot cover ${causeCount} topics`);
  const random = mulberry32(6);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pickSome = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };

  const causeIds = Array.from({ length: causeCount }, (_, i) => `cause-${i + 1}`);
  const topicOf = (i: number) => TOPICS[i % TOPICS.length] as string;
  const causes: CauseInput[] = causeIds.map((id, i) =>
    withSpanish<CauseInput>(
      {
        id,
        name: `${capitalise(topicOf(i))} (${i + 1})`,
        summary: `What to know about ${topicOf(i)}, and where to find help.`,
        description: `${pick(SENTENCES)} ${pick(SENTENCES)}\n\n${pick(SENTENCES)}\n\nIf someone is in danger right now, call 911.`,
        // Resource i helps cause i (see `own` below), so every step's link is to a real resource.
        steps: [
          { text: "If someone is in danger right now, call 911.", emergency: true },
          { text: `Talk to someone about ${topicOf(i)}.`, help: [`resource-${i + 1}`] },
          { text: "Read more about it.", help: [{ name: "A guide", url: `https://${id}.example.org/guide` }] },
        ],
        related: pickSome(
          causeIds.filter((other) => other !== id),
          1,
          3,
        ),
      },
      CAUSE_PROSE,
    ),
  );

  const resourceIds = Array.from({ length: resourceCount }, (_, i) => `resource-${i + 1}`);
  const resources: ResourceInput[] = resourceIds.map((id, i) => {
    const crisisLine = i % 2 === 0;
    const digits = `+1800555${String(100 + (i % 100)).padStart(4, "0")}`;
    // Every cause gets at least one resource (a topic without help is refused), the rest at random.
    const own = [causeIds[i % causeIds.length] as string];
    return withSpanish<ResourceInput>(
      {
        id,
        name: `Synthetic ${crisisLine ? "helpline" : "organization"} ${i + 1}`,
        organization: `Example organization ${i + 1}`,
        crisisLine,
        summary: `A made-up ${crisisLine ? "line" : "organization"} for benchmarks; it helps with ${topicOf(i)}.`,
        notFor: crisisLine ? ["It is not connected to emergency services. In danger now, call 911."] : [],
        channels: crisisLine
          ? [
              { type: "call", number: digits },
              { type: "text", number: digits },
              { type: "chat", url: `https://${id}.example.org/chat` },
            ]
          : i % 4 === 1
            ? [{ type: "call", number: digits }]
            : [],
        website: `https://${id}.example.org/`,
        hours:
          i % 3 === 0
            ? {
                kind: "weekly",
                timeZone: "America/New_York",
                periods: [{ days: ["mon", "fri"], opens: "09:00", closes: "17:00" }],
              }
            : { kind: "always" },
        languages: i % 2 === 0 ? ["en", "es"] : ["en"],
        serves: "Anyone affected, and the people around them.",
        area: "United States",
        causes: [...new Set([...own, ...pickSome(causeIds, 0, 2)])],
        ...(crisisLine
          ? {
              whatHappens: {
                whoAnswers: "A trained counselor answers.",
                name: "You do not have to give your name.",
                sources: [{ name: "How it works", url: `https://${id}.example.org/how-it-works` }],
              },
            }
          : {}),
        source: { name: `Example organization ${i + 1}`, url: `https://${id}.example.org/about` },
        checked: GENERATED_TODAY,
      },
      RESOURCE_PROSE,
    );
  });

  const start = Date.parse("2010-01-01T00:00:00Z");
  const span = Date.parse(`${GENERATED_TODAY}T00:00:00Z`) - start;
  const stories: StoryInput[] = Array.from({ length: storyCount }, (_, i) => {
    const id = `story-${String(i + 1).padStart(6, "0")}`;
    const date = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const storyCauses = pickSome(causeIds, 1, 3);
    const topic = topicOf(causeIds.indexOf(storyCauses[0] as string));
    const who = pick(SUBJECTS);
    const story: StoryInput = {
      id,
      slug: `${id}-${pick(PLACES).toLowerCase()}`,
      title: `${capitalise(who)} from ${pick(PLACES)} ${pick(VERBS)} ${topic} (${i + 1})`,
      date,
      source: {
        publication: `The ${pick(PLACES)} Example`,
        ...(i % 2 === 0 ? { url: `https://news.example.org/${id}` } : { title: `Story ${i + 1}` }),
        published: date,
      },
      summary: [
        `${capitalise(who)} ${pick(VERBS)} ${topic}. ${pick(SENTENCES)} ${pick(SENTENCES)}`,
        `${pick(SENTENCES)} *${pick(SENTENCES)}* ${pick(SENTENCES)}`,
        `${pick(SENTENCES)} [More from the organizers](https://news.example.org/${id}/more).`,
      ].join("\n\n"),
      causes: storyCauses,
      contentNote: `This story mentions ${topic}. It gives no details.`,
      ...(i % 50 === 0 ? { pinnedResources: [pick(resourceIds)] } : {}),
    };
    // Half the stories have Spanish, as a hub with a translator a little behind would.
    return i % 2 === 0 ? withSpanish<StoryInput>(story, STORY_PROSE) : story;
  });

  const site = withSpanish<SiteInput>(
    {
      name: "Benchmark Hub",
      description: "Synthetic data for measuring the build; nothing here is real.",
      url: "https://hub.example.org",
      language: "en",
      emergencyNumber: "911",
      exitUrl: "https://www.weather.gov/",
      helpNow: resourceIds.filter((_, i) => i % 2 === 0).slice(0, 5),
      // The first crisis line open around the clock (every third resource keeps weekly hours).
      fallbackLine: "resource-3",
      linesFor: "the United States",
      worldwideDirectory: { name: "Example directory", url: "https://directory.example.org/" },
      reportUrl: "mailto:corrections@hub.example.org",
      staleAfterDays: 180,
    },
    SITE_PROSE,
  );
  return { site, causes, resources, stories };
}

const DEFINE = fileURLToPath(new URL("../src/define.ts", import.meta.url));

/**
 * Writes `data` as a data folder like `_data/`: `site.ts`, `synonyms.ts` and one file per record. Files import
 * the typed helpers by absolute path, so the folder can live anywhere (a temporary folder).
 * A `package.json` marks the folder as ES modules, as the project's own `package.json` marks
 * `_data/`; without it Node would load every file as CommonJS, through a different, slower path.
 */
export async function writeDataFolder(dir: string, data: GeneratedData): Promise<void> {
  const file = (helper: string, value: unknown) =>
    `import { ${helper} } from ${JSON.stringify(DEFINE)};\n\nexport default ${helper}(${JSON.stringify(value, null, 2)});\n`;
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  await writeFile(path.join(dir, "site.ts"), file("defineSite", data.site));
  // No synonyms and no other countries: the benchmark measures stories, topics and helplines.
  await writeFile(path.join(dir, "synonyms.ts"), file("defineSynonyms", []));
  await mkdir(path.join(dir, "international"), { recursive: true });
  const folders = [
    ["causes", "defineCause", data.causes],
    ["resources", "defineResource", data.resources],
    ["stories", "defineStory", data.stories],
  ] as const;
  for (const [folder, helper, records] of folders) {
    await mkdir(path.join(dir, folder), { recursive: true });
    // In batches: tens of thousands of writes at once would exhaust file handles.
    for (let start = 0; start < records.length; start += 500) {
      await Promise.all(
        records
          .slice(start, start + 500)
          .map((record) => writeFile(path.join(dir, folder, `${record.id}.ts`), file(helper, record))),
      );
    }
  }
}

/** A small, fast, seedable generator (Tommy Ettinger's Mulberry32); Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
