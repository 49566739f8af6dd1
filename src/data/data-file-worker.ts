import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { parentPort } from "node:worker_threads";
import { findFillIns } from "../model/fill-in.ts";
import { evaluateDataFile } from "./evaluate-data-file.ts";
import { evaluateLiteralRecordFiles } from "./evaluate-literal-record-files.ts";

/*
 * The body of one worker thread of the data file pool (data-file-pool.ts). It runs data files with
 * `evaluateDataFile` and sends back, for each, what it exports or why it could not be read.
 * Whatever a file does happens in this thread: an endless loop is ended from outside by the pool's
 * time limit, and `process.exit()` (which in a worker ends only the worker,
 * https://nodejs.org/api/worker_threads.html#worker-threads) is turned into an error with a line
 * number first, so the build carries on and says which file did it.
 *
 * A batch runs together: its literal record files compiled as one (evaluate-literal-record-files.ts),
 * the others' compiling overlapping, which is what keeps 50,000 files fast.
 * Together, though, a file that loops forever, or leaves a timer or a failing promise behind,
 * cannot be told from its neighbours; so the worker says the batch is suspect and the pool runs
 * it again one file at a time, where each file is timed and checked on its own.
 */

/** Files to run: together (one answer for the batch) or one by one (one answer per file, each timed). */
export interface Batch {
  files: string[];
  oneByOne: boolean;
}

/** An error as it crosses the thread: its own fields (esbuild's `errors`, say) travel with it. */
export interface SentError {
  name: string;
  message: string;
  stack: string | undefined;
  fields: Record<string, unknown>;
}

/** What one file gave, in the batch's order. */
export type Outcome =
  /** `fills` are the `fillIn(...)` blanks, which lose their marker when copied between threads. */
  | { kind: "loaded"; exports: Record<string, unknown>; fills: { path: PropertyKey[]; hint: string }[] }
  /** Deleted between listing the folder and reading it (the dev server sees this while files are saved). */
  | { kind: "missing" }
  | { kind: "failed"; error: SentError }
  /** Read, but not usable; `message` says why. `stop`: the file left work running, so this worker must go. */
  | { kind: "refused"; message: string; stop?: true };

export type FromWorker =
  | { kind: "ready" }
  /** One by one: the next file's outcome. */
  | { kind: "outcome"; outcome: Outcome }
  /** Together: every file's outcome, in order. */
  | { kind: "batch"; outcomes: Outcome[] }
  /** Together, something was left running or failed late: run the batch again one by one. */
  | { kind: "suspect" };

const port = parentPort;
if (!port) throw new Error("data-file-worker.ts runs only as a worker thread (see data-file-pool.ts)");

/** Only what a file does on its own: errors from its promises are caught here, not by Node. */
let lateError: unknown;
process.on("unhandledRejection", (reason) => {
  lateError ??= reason;
});
process.on("uncaughtException", (error) => {
  lateError ??= error;
});

// A data file has no business ending or signalling processes; saying so with its line beats a worker that vanished.
const refuse = (what: string) => () => {
  throw new Error(`${what} would stop the build; a data file must only export its record`);
};
process.exit = refuse("process.exit()") as typeof process.exit;
process.kill = refuse("process.kill()") as typeof process.kill;

// The typed helpers every data file requires, loaded before the pool's clock starts.
const define = fileURLToPath(new URL("../define.ts", import.meta.url));
createRequire(define)(define);
port.postMessage({ kind: "ready" } satisfies FromWorker);

port.on("message", async ({ files, oneByOne }: Batch) => {
  if (!oneByOne) {
    const before = process.getActiveResourcesInfo();
    lateError = undefined;
    const together = await evaluateLiteralRecordFiles(files);
    const results = await Promise.all(
      files.map((file, i) => {
        const exports = together[i];
        return exports ? { exports: { ...exports } } : evaluate(file);
      }),
    );
    await nextTurn();
    if (lateError !== undefined || leftRunning(before, process.getActiveResourcesInfo())) {
      port.postMessage({ kind: "suspect" } satisfies FromWorker);
    } else {
      const outcomes = results.map(toOutcome);
      send({ kind: "batch", outcomes }, () => ({ kind: "batch", outcomes: outcomes.map(asData) }));
    }
    return;
  }
  for (const file of files) {
    const outcome = await runAlone(file);
    send({ kind: "outcome", outcome }, () => ({ kind: "outcome", outcome: asData(outcome) }));
    if (outcome.kind === "refused" && outcome.stop) return;
  }
});

/**
 * Posts a message; records are copied to the other thread once, there. A record that cannot be
 * copied (a function in it) is rare, so it is looked for only when posting fails, by `fallback`.
 */
function send(message: FromWorker, fallback: () => FromWorker): void {
  try {
    port?.postMessage(message);
  } catch {
    port?.postMessage(fallback());
  }
}

/** The outcome, or why its record is not data: the one thing `send` may find it cannot copy. */
function asData(outcome: Outcome): Outcome {
  if (outcome.kind !== "loaded") return outcome;
  try {
    structuredClone(outcome.exports);
    return outcome;
  } catch {
    return { kind: "refused", message: notData(outcome.exports.default) };
  }
}

type Evaluated = { exports: Record<string, unknown> } | { error: unknown };

async function evaluate(file: string): Promise<Evaluated> {
  try {
    return { exports: { ...(await evaluateDataFile(file)) } };
  } catch (error) {
    return { error };
  }
}

/** One file, and then whatever it left behind: a timer, a request, a promise that failed after it ran. */
async function runAlone(file: string): Promise<Outcome> {
  const before = process.getActiveResourcesInfo();
  lateError = undefined;
  const result = await evaluate(file);
  await nextTurn();
  if ("exports" in result && lateError !== undefined) return { kind: "failed", error: sendable(lateError) };
  const left = leftRunning(before, process.getActiveResourcesInfo());
  if (left) {
    const message = `leaves ${left} running after it is read; a data file must only export its record`;
    return { kind: "refused", message, stop: true };
  }
  return toOutcome(result);
}

function toOutcome(result: Evaluated): Outcome {
  if ("error" in result) {
    if ((result.error as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "failed", error: sendable(result.error) };
  }
  return { kind: "loaded", exports: result.exports, fills: findFillIns(result.exports.default, []) };
}

/** Gives what the files started a turn to show itself: promises settle, timers and requests register. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** What a file started and did not finish (a timer, a request...), in words, or undefined. */
function leftRunning(before: string[], after: string[]): string | undefined {
  const remaining = [...before];
  const added = after.filter((kind) => {
    const i = remaining.indexOf(kind);
    if (i === -1) return true;
    remaining.splice(i, 1);
    return false;
  });
  if (added.length === 0) return undefined;
  if (added.some((kind) => kind === "Timeout" || kind === "Immediate")) return "a timer (setTimeout or setInterval)";
  if (added.some((kind) => /TCP|TLS|UDP|GetAddrInfo|Pipe/i.test(kind))) return "a network request";
  if (added.some((kind) => /^FS|FileHandle/.test(kind))) return "a file being read or written";
  return `work (${added.join(", ")})`;
}

/** Why an export cannot be a record: the first function or symbol in it, by where it is. */
function notData(value: unknown, path = "the record"): string {
  const found = firstNonData(value, []);
  const where = found && found.length > 0 ? `${path} at ${found.join(".")}` : path;
  return `exports something that is not data (a function or a symbol, in ${where}); a record holds only text, numbers, true/false, lists [ ] and groups { }`;
}

function firstNonData(value: unknown, path: string[]): string[] | undefined {
  if (typeof value === "function" || typeof value === "symbol") return path;
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = firstNonData(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function sendable(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    try {
      fields[key] = structuredClone(value);
    } catch {
      // A field that cannot cross threads (a function) says nothing a maintainer needs.
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, fields };
}
