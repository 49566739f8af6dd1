/**
 * What a view model built by the dev server may take from the one it built before: `npm start`
 * builds the whole view model again on every save, and at 10,000 stories that took seconds,
 * though a saved story changes a handful of its parts. Each part is asked for by a name (a
 * story's view in Spanish: `es:story:<id>`) with everything it is made from (its record, the
 * views of the lines it shows, its related stories...): when that is, item by item, the very
 * objects the part was made from last time, the part is taken again as it was; otherwise it is
 * made afresh. The records of files that did not change are the same objects from save to save
 * (the data file cache and the checks keep them), so only what an edit reaches is made again.
 * The view model stays a function of the data alone: a part is only reused when what it is made
 * from is unchanged, which is why the lists of what each part is made from must be complete.
 *
 * `npm run build` builds the view model once and reuses nothing (`NO_REUSE`).
 */
export interface Reuse {
  /** The part named `name` made from `from`: the one made last time from the same objects, or `make()`. */
  get<T>(name: string, from: readonly unknown[], make: () => T): T;
  /** Called once a view model is built: what it did not ask for (deleted records) is let go. */
  done(): void;
}

interface Kept {
  from: readonly unknown[];
  value: unknown;
}

/** A memory of the parts of the view models built one after another, for the dev server. */
export function viewReuse(): Reuse {
  let previous = new Map<string, Kept>();
  let current = new Map<string, Kept>();
  return {
    get<T>(name: string, from: readonly unknown[], make: () => T): T {
      const kept = current.get(name) ?? previous.get(name);
      if (kept && sameObjects(kept.from, from)) {
        current.set(name, kept);
        return kept.value as T;
      }
      const value = make();
      current.set(name, { from, value });
      return value;
    },
    done() {
      previous = current;
      current = new Map();
    },
  };
}

/** Every part made afresh: a build's one view model. */
export const NO_REUSE: Reuse = { get: (_name, _from, make) => make(), done: () => undefined };

function sameObjects(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
