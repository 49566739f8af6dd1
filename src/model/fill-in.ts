/**
 * A value a maintainer still has to write, in a file made by `npm run new`. The file typechecks
 * and loads while it is half done, so the editor keeps helping, but validation refuses every
 * `fillIn(...)` left in it, so a half-filled record can never be published.
 */
const FILL_IN = Symbol.for("advocacy-resource-hub.fillIn");

interface Blank {
  readonly [FILL_IN]: string;
}

/**
 * Typed `never` so it fits any field (text, list, true/false, date) without a type error; at run
 * time it is a marker object that `findFillIns` finds.
 * @example title: fillIn("a plain, calm headline in our own words")
 */
export function fillIn(hint: string): never {
  const blank: Blank = { [FILL_IN]: hint };
  return blank as never;
}

export interface FillIn {
  /** Where the blank sits, as a path from the record's root: `["source", "url"]`. */
  path: PropertyKey[];
  /** What belongs there, as the scaffold described it. */
  hint: string;
}

/** Every `fillIn(...)` left anywhere inside `value`, in the order the file lists them. */
export function findFillIns(value: unknown, path: PropertyKey[] = []): FillIn[] {
  if (isBlank(value)) return [{ path, hint: value[FILL_IN] }];
  if (Array.isArray(value)) return value.flatMap((item, i) => findFillIns(item, [...path, i]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => findFillIns(item, [...path, key]));
  }
  return [];
}

/** True when `path` is the blank's own path or lies inside it. */
export function isWithin(path: readonly PropertyKey[], fill: FillIn): boolean {
  return fill.path.every((key, i) => path[i] === key) && path.length >= fill.path.length;
}

function isBlank(value: unknown): value is Blank {
  return typeof value === "object" && value !== null && FILL_IN in value;
}
