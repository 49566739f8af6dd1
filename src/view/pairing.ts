import type { Resource } from "../model/resource.ts";
import type { Story } from "../model/story.ts";

/** Why a resource is shown with a story; the visitor sees this, so it is never left out. */
export type MatchReason = { kind: "pinned" } | { kind: "causes"; causeIds: string[] };

export interface Match {
  resource: Resource;
  reason: MatchReason;
}

/** Resources grouped by cause, built once per build so pairing a story never scans every resource. */
export interface ResourceIndex {
  byId: ReadonlyMap<string, Resource>;
  byCause: ReadonlyMap<string, readonly Resource[]>;
}

export function indexResources(resources: readonly Resource[]): ResourceIndex {
  const byId = new Map<string, Resource>();
  const byCause = new Map<string, Resource[]>();
  for (const resource of resources) {
    byId.set(resource.id, resource);
    for (const causeId of resource.causes) {
      const list = byCause.get(causeId) ?? [];
      list.push(resource);
      byCause.set(causeId, list);
    }
  }
  for (const [causeId, list] of byCause) list.sort((a, b) => compareForCause(a, b, causeId));
  return { byId, byCause };
}

/**
 * On a topic's page: crisis lines first, then the lines that name the topic earlier in their own
 * causes (RAINN before Childhelp on sexual assault, Childhelp before RAINN on child abuse), then
 * as on the directory.
 */
function compareForCause(a: Resource, b: Resource, causeId: string): number {
  return (
    Number(b.crisisLine) - Number(a.crisisLine) ||
    a.causes.indexOf(causeId) - b.causes.indexOf(causeId) ||
    compareForTopic(a, b)
  );
}

/** In the directory: crisis lines first, then by name, then id so equal names keep one order. */
export function compareForTopic(a: Resource, b: Resource): number {
  return (
    Number(b.crisisLine) - Number(a.crisisLine) || a.name.localeCompare(b.name, "en") || compareCodePoints(a.id, b.id)
  );
}

/**
 * The help a story page shows, best first:
 * 1. resources the story pins, in the order it pins them;
 * 2. crisis lines for its causes, then organizations for its causes; within each, a resource for
 *    an earlier (more important) cause of the story first, then one that fits more of its causes,
 *    then by name and id, so the order never depends on file order.
 * Excluded resources never appear. Unknown pins are caught by validation before this runs.
 */
export function pairStory(story: Story, index: ResourceIndex): Match[] {
  const excluded = new Set(story.excludedResources);
  const pinned = story.pinnedResources.filter((id) => !excluded.has(id));
  const matches: Match[] = pinned.flatMap((id) => {
    const resource = index.byId.get(id);
    return resource ? [{ resource, reason: { kind: "pinned" } as const }] : [];
  });

  const seen = new Set(pinned);
  const candidates = new Map<string, { resource: Resource; causeIds: string[]; firstCause: number }>();
  story.causes.forEach((causeId, position) => {
    for (const resource of index.byCause.get(causeId) ?? []) {
      if (excluded.has(resource.id) || seen.has(resource.id)) continue;
      const entry = candidates.get(resource.id);
      if (entry) entry.causeIds.push(causeId);
      else candidates.set(resource.id, { resource, causeIds: [causeId], firstCause: position });
    }
  });

  const ranked = [...candidates.values()].sort(
    (a, b) =>
      Number(b.resource.crisisLine) - Number(a.resource.crisisLine) ||
      a.firstCause - b.firstCause ||
      b.causeIds.length - a.causeIds.length ||
      a.resource.name.localeCompare(b.resource.name, "en") ||
      compareCodePoints(a.resource.id, b.resource.id),
  );
  return [
    ...matches,
    ...ranked.map(({ resource, causeIds }) => ({ resource, reason: { kind: "causes", causeIds } as const })),
  ];
}

/** Ids in a fixed order that no locale changes: the last tie-break wherever order must be stable. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
