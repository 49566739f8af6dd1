import path from "node:path";
import { englishHash } from "../model/translation.ts";
import type { Collection } from "./load.ts";
import { slugify } from "./slug.ts";

/** What `npm run new` can make, and the folder of `_data/` each goes in. */
export const KINDS = { story: "stories", resource: "resources", cause: "causes" } as const satisfies Record<
  string,
  Collection
>;
export type Kind = keyof typeof KINDS;

export interface Scaffold {
  /** Where the file goes, under the data folder: `_data/stories/<id>.ts`. */
  file: string;
  id: string;
  text: string;
}

/**
 * A new data file with every field: the title and the id derived from it filled in, everything
 * else a `fillIn(...)` saying what belongs there. It typechecks and loads as it is, and the build
 * refuses it until every `fillIn` is replaced. The text is laid out as Biome formats it, so
 * `npm run lint` passes on a new file.
 * @example scaffold("story", "A calm headline", { dataDir: "_data", defineFile: "src/define.ts" }).file // "_data/stories/a-calm-headline.ts"
 */
export function scaffold(kind: Kind, title: string, where: { dataDir: string; defineFile: string }): Scaffold {
  const id = slugify(title);
  const folder = path.join(where.dataDir, KINDS[kind]);
  const file = path.join(folder, `${id}.ts`);
  const from = path.relative(folder, where.defineFile).split(path.sep).join("/");
  const helper = HELPERS[kind];
  const text = [
    `import { ${helper}, fillIn } from ${quote(from.startsWith(".") ? from : `./${from}`)};`,
    "",
    "// Made by `npm run new`. Replace each fillIn(...) with the real value: the build refuses this",
    '// file while any is left. "Adding content" in README.md explains every field.',
    `export default ${helper}({`,
    ...FIELDS[kind](id, title).map((line) => `  ${line}`),
    "});",
    "",
  ].join("\n");
  return { file, id, text };
}

const HELPERS: Record<Kind, string> = { story: "defineStory", resource: "defineResource", cause: "defineCause" };

const fill = (hint: string) => `fillIn(${quote(hint)})`;

const FIELDS: Record<Kind, (id: string, title: string) => string[]> = {
  story: (id, title) => [
    `id: ${quote(id)}, // never changes once published`,
    `slug: ${quote(id)}, // the page address: /stories/${id}/`,
    `title: ${quote(title)},`,
    `date: ${fill('the day the news was published, e.g. "2026-03-12"')},`,
    "source: {",
    `  publication: ${fill('the name of the newspaper or site, e.g. "The Paper"')},`,
    `  title: ${fill("the article's headline in quotes, or delete this line")},`,
    `  url: ${fill("the article's https:// address in quotes, or delete this line")},`,
    `  published: ${fill('the day the article was published, e.g. "2026-03-12"')},`,
    "},",
    `summary: ${fill("two or three short paragraphs of markdown in our own words, between backticks")},`,
    `causes: ${fill('the ids of the causes it touches, most important first, e.g. ["child-abuse"]')},`,
    `contentNote: ${fill('what the story mentions, e.g. "This story mentions child abuse. It gives no details."')},`,
    "pinnedResources: [], // resource ids to show first, if any",
    "excludedResources: [], // resource ids never to show with this story, if any",
    "// The same in Spanish (docs/translating.md). Optional: delete es to publish the story in English",
    "// only for now; its Spanish page then shows the English and says so.",
    "es: {",
    `  title: { text: ${fill("the title in Spanish")}, from: ${quote(englishHash(title))} },`,
    `  summary: ${spanish("the summary")},`,
    `  contentNote: ${spanish("the content note")},`,
    "},",
  ],
  resource: (id, title) => [
    `id: ${quote(id)},`,
    `name: ${quote(title)},`,
    `organization: ${fill('who runs it, e.g. "Childhelp"')},`,
    `crisisLine: ${fill("true if people can call or text it now, in a crisis; otherwise false")},`,
    `summary: ${fill("what it is, in one or two plain sentences in quotes")},`,
    `notFor: ${fill('what it is not, e.g. ["It is not a line for reporting abuse."], or []')},`,
    "// call, text and tty take number (+ and digits) or shortCode; chat takes url; whatsapp takes number;",
    "// videophone takes number or shortCode, url, or both. See childhelp.ts and crisis-text-line.ts.",
    `channels: ${fill('each way to reach it, e.g. [{ type: "call", number: "+18004224453" }], or [] for none')},`,
    `website: ${fill("its https:// address in quotes")},`,
    `hours: ${fill('when it answers: { kind: "always" } for 24/7; nami-helpline.ts shows weekly hours')},`,
    `languages: ${fill('the languages it answers in, e.g. ["en", "es"]')},`,
    `languagesNote: ${fill("more on languages, in quotes, or delete this line")},`,
    `serves: ${fill("who it is for, in quotes")},`,
    `area: ${fill('where it works, e.g. "United States"')},`,
    `causes: ${fill('the ids of the causes it helps with, e.g. ["child-abuse"]')},`,
    "// What happens when someone reaches out, as the organization's own page says it. Required for a",
    "// crisis line; delete a line the organization does not state rather than guess.",
    "whatHappens: {",
    `  whoAnswers: ${fill("who answers: a trained counselor, a volunteer, an advocate")},`,
    `  wait: ${fill("roughly how long it takes to reach someone, or delete this line")},`,
    `  name: ${fill("whether you must give your name, or delete this line")},`,
    `  whenTheyTellOthers: ${fill("when it may contact emergency services or child protection, or delete this line")},`,
    `  sources: ${fill('the pages that say so, e.g. [{ name: "How it works", url: "https://..." }]')},`,
    "},",
    "source: {",
    `  name: ${fill("where you checked these facts, in quotes")},`,
    `  url: ${fill("the https:// address of that source, in quotes")},`,
    "},",
    `checked: ${fill('the day you checked every fact above against the source, e.g. "2026-03-12"')},`,
    "// The same in Spanish (docs/translating.md): only the visible text, lists in the English order",
    "// ({} for a channel without a note). Delete a line whose English you deleted.",
    "es: {",
    `  summary: ${spanish("the summary")},`,
    `  notFor: ${fill('each "what it is not" in Spanish, as { text, from }, in the same order, or delete this line')},`,
    `  channels: ${fill("one { } per channel, { note: { text, from } } for one with a note, or delete this line")},`,
    `  languagesNote: ${spanish("the languages note")},`,
    `  serves: ${spanish("who it is for")},`,
    `  area: ${spanish("where it works")},`,
    "  whatHappens: {",
    `    whoAnswers: ${spanish("who answers")},`,
    `    wait: ${spanish("how long it takes")},`,
    `    name: ${spanish("your name")},`,
    `    whenTheyTellOthers: ${spanish("when they tell others")},`,
    "  },",
    "},",
  ],
  cause: (id, title) => [
    `id: ${quote(id)}, // add it to the causes of at least one resource: a topic without help is refused`,
    `name: ${quote(title)},`,
    `alsoKnownAs: ${fill('other names people search for, e.g. ["Munchausen syndrome by proxy"], or []')},`,
    `summary: ${fill("one plain sentence for lists and link previews, in quotes")},`,
    `description: ${fill("a few short paragraphs of markdown on what it is, between backticks")},`,
    "// Each step: { text, help: [resource ids or { name, url }] }, or emergency: true for the 911 button.",
    `steps: ${fill("3 to 5 short steps a reader can take now, as in _data/causes/child-abuse.ts")},`,
    `related: ${fill('the ids of causes a reader may also need, e.g. ["mental-health"], or []')},`,
    "// The same in Spanish (docs/translating.md): only the visible text, steps in the English order.",
    "es: {",
    `  name: { text: ${fill("the name in Spanish")}, from: ${quote(englishHash(title))} },`,
    `  alsoKnownAs: ${fill('the Spanish names people use, each { text, from: "<hash of the English name>" }, or []')},`,
    `  summary: ${spanish("the summary")},`,
    `  description: ${spanish("the description")},`,
    `  steps: ${fill("one { text: { text, from } } per step, with help: [{ name: { text, from } } or {}] where it links")},`,
    "},",
  ],
};

/**
 * A Spanish text still to write. Its `from` is the hash of English not yet written: delete the
 * line once the English is in, and the build says what to write, hash included.
 */
function spanish(what: string): string {
  return fill(`${what} in Spanish, { text, from }; delete to get the hash`);
}

/** A string literal as Biome writes it: double quotes unless the text holds more of them than single ones. */
function quote(text: string): string {
  const doubles = text.split('"').length - 1;
  const singles = text.split("'").length - 1;
  if (doubles > singles) return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  return JSON.stringify(text);
}
