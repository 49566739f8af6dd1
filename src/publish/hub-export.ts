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

export function hubExport(hub: Hub): HubExport {
  const { name, description, url, language } = hub.site;
  return {
    site: { name, description, url, language },
    causes: hub.causes.map((c) => pick(c, Object.keys(causeSchema.shape)) as Cause),
    resources: hub.resources.map((r) => pick(r, Object.keys(resourceSchema.shape)) as Resource),
    stories: hub.stories.map((s) => pick(s, Object.keys(storySchema.shape)) as Story),
  };
}

/** The record inside a page's view: the view adds fields for pages, the record's keys are the schema's. */
function pick(view: object, keys: string[]): Record<string, unknown> {
  const values = view as Record<string, unknown>;
  return Object.fromEntries(keys.filter((key) => values[key] !== undefined).map((key) => [key, values[key]]));
}
