import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { type Cause, causeSchema } from "../model/cause.ts";
import { type Resource, resourceSchema } from "../model/resource.ts";
import type { Site } from "../model/site.ts";
import { type Story, storySchema } from "../model/story.ts";
import type { Hub } from "../view/hub.ts";

/**
 * `open-data/hub.json`: the hub's causes, resources and stories exactly as its data files hold
 * them (after defaults), so anyone can reuse or mirror the hub, and every record passes the
 * hub's own schemas again. Page addresses follow from the ids: `/topics/{id}/`, `/help/{id}/`,
 * `/stories/{slug}/` under `site.url`.
 */
export interface HubExport {
  site: Pick<Site, "name" | "description" | "url" | "language">;
  causes: Cause[];
  resources: Resource[];
  stories: Story[];
}

/** Where the build writes the export, from the site's root. */
const HUB_EXPORT_FILE = "open-data/hub.json";

/**
 * Writes the hub's `HubExport` into `siteDir`, laid out as `JSON.stringify(value, null, 2)` lays it
 * out, and a newline, a record at a time. The file grows with every story: rendered by a template,
 * it was made whole as a string, flattened, then turned into bytes, all at once on top of the view
 * model, which made the first pass the peak of a big hub's build (docs/performance.md).
 */
export function writeHubExport(siteDir: string, hub: Hub): void {
  const file = path.join(siteDir, HUB_EXPORT_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  try {
    let pending = "";
    for (const part of hubExportJson(hub)) {
      pending += part;
      if (pending.length >= 65_536) {
        writeSync(fd, pending);
        pending = "";
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/** The text `writeHubExport` writes, in parts of a record or less. */
export function* hubExportJson(hub: Hub): Generator<string> {
  yield `{\n  "site": ${indented(exportedSite(hub), 1)},\n`;
  yield* member("causes", hub.causes.map(exportedCause), false);
  yield* member("resources", hub.resources.map(exportedResource), false);
  yield* member("stories", lazily(hub.stories, exportedStory), true);
  yield "}\n";
}

/** One array of the export's top-level object, laid out as `JSON.stringify(value, null, 2)` lays it out. */
function* member(name: string, items: Iterable<object>, last: boolean): Generator<string> {
  const key = `  ${JSON.stringify(name)}: [`;
  const end = last ? "\n" : ",\n";
  let count = 0;
  for (const item of items) {
    yield `${count === 0 ? `${key}\n` : ",\n"}    ${indented(item, 2)}`;
    count++;
  }
  yield count === 0 ? `${key}]${end}` : `\n  ]${end}`;
}

/** `value` as `JSON.stringify(value, null, 2)` writes it `depth` levels down: JSON text holds no raw newline but between its lines. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);
}

function* lazily<T, U>(list: readonly T[], map: (item: T) => U): Generator<U> {
  for (const item of list) yield map(item);
}

function exportedSite(hub: Hub): HubExport["site"] {
  const { name, description, url, language } = hub.site;
  return { name, description, url, language };
}

const CAUSE_KEYS = Object.keys(causeSchema.shape);
const RESOURCE_KEYS = Object.keys(resourceSchema.shape);
const STORY_KEYS = Object.keys(storySchema.shape);
const exportedCause = (view: object) => pick(view, CAUSE_KEYS) as Cause;
const exportedResource = (view: object) => pick(view, RESOURCE_KEYS) as Resource;
const exportedStory = (view: object) => pick(view, STORY_KEYS) as Story;

/** The record inside a page's view: the view adds fields for pages, the record's keys are the schema's. */
function pick(view: object, keys: string[]): Record<string, unknown> {
  const values = view as Record<string, unknown>;
  return Object.fromEntries(keys.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
}
