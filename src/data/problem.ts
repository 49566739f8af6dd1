import { showInvisible } from "../model/characters.ts";

/**
 * One thing wrong with the data, said so a maintainer can fix it without reading code:
 * the file, the field inside it, the value found, and what it must be instead.
 */
export interface DataProblem {
  /** Path of the data file, relative to the project folder: `_data/stories/blanchard-smart.ts`. */
  file: string;
  /** Where in the record: `causes[1]`, `channels[0].number`; empty for the file as a whole. */
  field: string;
  /** What was found there; absent when the field is missing or the problem is the whole file. */
  value?: unknown;
  /** Starts with a verb and ends with the fix where one is knowable: "is not a cause; did you mean ...". */
  message: string;
}

/**
 * @example formatProblem({ file: "_data/stories/a.ts", field: "causes[1]", value: "sexual-asault", message: "is not a cause" })
 * // '_data/stories/a.ts: causes[1] = "sexual-asault" is not a cause'
 */
export function formatProblem(problem: DataProblem): string {
  const where = problem.field ? `${problem.file}: ${problem.field}` : problem.file;
  const value = "value" in problem ? ` = ${showValue(problem.value)}` : "";
  return `${where}${value} ${problem.message}`;
}

/** The value as typed, cut short, with characters that do not show (or reorder what does) spelled out. */
function showValue(value: unknown): string {
  const text = value === undefined ? "undefined" : showInvisible(JSON.stringify(value));
  return [...text].length > 80 ? `${[...text].slice(0, 77).join("")}...` : text;
}

/** Thrown when the data cannot be published; carries every problem found, not just the first. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`The data has ${count}; nothing was published:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "DataError";
    this.problems = problems;
  }
}

/** Record paths the way a maintainer reads them: `channels[0].number`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/**
 * Eleventy wraps errors thrown while it loads data (in `originalError` or `cause`); find ours so
 * the maintainer sees the list of problems, not Eleventy's stack trace around it.
 */
export function findDataError(error: unknown): DataError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    if (current instanceof DataError || (current as Error).name === "DataError") return current as DataError;
    seen.add(current);
    const wrapped = current as { originalError?: unknown; cause?: unknown };
    current = wrapped.originalError ?? wrapped.cause;
  }
  return undefined;
}
