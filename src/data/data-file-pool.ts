import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { fillIn } from "../model/fill-in.ts";
import type { Batch, FromWorker, Outcome, SentError } from "./data-file-worker.ts";
import { DataFileCompileError, type DataFileExports } from "./evaluate-data-file.ts";

/**
 * Data files are TypeScript, so reading one runs it. Run in the build's own thread, a file with an
 * endless loop hung the build and the dev server for good, and one that called `process.exit(0)`
 * ended the build with success and nothing built. Here every file runs in a pool of worker threads
 * (data-file-worker.ts): a file that runs longer than the time limit has its worker ended and is
 * reported, and nothing a file does can end the build's process or change its settings (a worker
 * has its own copy of `process.env`). Files go out in batches, so the cost of a thread is paid per
 * worker, not per file: the benchmark reads 50,000 files.
 */

/** A file's exports, or what stopped it: an error to locate (load.ts), or a problem already in words. */
export type DataFileOutcome =
  | { exports: DataFileExports }
  | { error: unknown }
  | { problem: string }
  /** Deleted since the folder was listed. */
  | { missing: true };

export interface PoolOptions {
  /** How long one file may run, in milliseconds. */
  timeLimitMs: number;
}

/** Files run for a few milliseconds; a limit of seconds is only ever reached by a loop that never ends. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * Small enough that workers share the work evenly, big enough that messages and esbuild's cost per
 * bundle (evaluate-literal-record-files.ts) stay small: at 10,000 files, 512 took less CPU than 128,
 * and 128 less than 64 (docs/performance.md, "Session 23").
 */
const BATCH_SIZE = 512;

/** A worker starts tsx, esbuild and the typed helpers: under a second, unless the machine is stuck. */
const START_LIMIT_MS = 60_000;

/** Each worker holds a few dozen megabytes; a file needing more than this is building something without end. */
const MEMORY_LIMIT_MB = 512;

/** Workers kept between calls, so the folders of one load, and the dev server's rebuilds, do not start threads again. */
const spare: Worker[] = [];

/**
 * Whether the workers outlive `closeDataFilePool`: set by a process that loads one data folder
 * after another, each in a build of its own (the test suite, see `keepDataFilePool`).
 */
let kept = false;

/** The most idle workers a kept pool holds; more are ended as they come back, so memory stays bounded. */
const MAX_KEPT = 4;

/**
 * Keeps the workers for the rest of the process, whatever `closeDataFilePool` is asked. Starting
 * the pool (two workers, each loading tsx, esbuild and the typed helpers) costs about half a second
 * of CPU, twenty times what reading all of `_data/` then takes; a test process runs dozens of
 * builds and loads one after another, each of which would otherwise start the pool and end it.
 */
export function keepDataFilePool(): void {
  kept = true;
}

/**
 * Ends the workers kept between calls. A build calls it once its data is read: each worker holds
 * the typed helpers and their libraries, tens of megabytes, which a build in passes would
 * otherwise carry to its end. Does nothing once `keepDataFilePool` was called.
 */
export async function closeDataFilePool(): Promise<void> {
  if (kept) return;
  const workers = spare.splice(0);
  for (const worker of workers) alive.delete(worker);
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/** Runs every file in the pool and returns, in the same order, what each exported or what stopped it. */
export async function evaluateDataFiles(
  files: readonly string[],
  { timeLimitMs }: PoolOptions = { timeLimitMs: DEFAULT_TIME_LIMIT_MS },
): Promise<DataFileOutcome[]> {
  const outcomes: DataFileOutcome[] = new Array(files.length);
  const queue: Job[] = [];
  for (let start = 0; start < files.length; start += BATCH_SIZE) {
    const indexes = files.slice(start, start + BATCH_SIZE).map((_, i) => start + i);
    // A file alone (the site file, a save in npm start) runs on its own clock at once: run as a
    // batch first, a file that never finishes held the build for twice the time limit.
    queue.push({ indexes, oneByOne: indexes.length === 1 });
  }
  const lane = async () => {
    let worker: Worker | undefined = await takeWorker();
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        worker ??= await startWorker();
        const { settled, stopped } = await (job.oneByOne ? runOneByOne : runTogether)(
          worker,
          job.indexes,
          files,
          outcomes,
          timeLimitMs,
        );
        // The rest of a batch that stopped is run again one file at a time, each with its own clock.
        if (settled < job.indexes.length) queue.unshift({ indexes: job.indexes.slice(settled), oneByOne: true });
        // A stopped worker is replaced only when there is more to run: starting one costs half a
        // second of CPU, which a load that ends here would spend for nothing.
        if (stopped) worker = undefined;
      }
    } finally {
      if (worker) giveBack(worker);
    }
  };
  const lanes = Math.max(1, Math.min(workerCount(), queue.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return outcomes;
}

/** Files by their place in the list, run together or one by one. */
interface Job {
  indexes: number[];
  oneByOne: boolean;
}

/** How far a job got: how many of its files are settled, and whether its worker had to be stopped. */
interface JobResult {
  settled: number;
  stopped: boolean;
}

/** One worker per core, but at least two so one slow file never holds up the rest, and at most four. */
function workerCount(): number {
  return Math.min(4, Math.max(2, availableParallelism()));
}

/**
 * A batch run together: every outcome at once, or none (a file looped, crashed the worker, or
 * left something running, and which one cannot be told), and then the batch is run again one by
 * one. The time limit covers the whole batch, which normally takes a few milliseconds a file.
 */
function runTogether(
  worker: Worker,
  indexes: readonly number[],
  files: readonly string[],
  outcomes: DataFileOutcome[],
  timeLimitMs: number,
): Promise<JobResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeLimitMs);
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onFailure).off("exit", onFailure);
      if (!ok) stop(worker);
      resolve({ settled: ok ? indexes.length : 0, stopped: !ok });
    };
    const onMessage = (message: FromWorker) => {
      if (message.kind === "batch") {
        for (const [i, outcome] of message.outcomes.entries()) outcomes[indexes[i] as number] = fromWorker(outcome);
        finish(true);
      } else if (message.kind === "suspect") finish(false);
    };
    const onFailure = () => finish(false);
    worker.on("message", onMessage).on("error", onFailure).on("exit", onFailure);
    worker.postMessage({ files: indexes.map((i) => files[i] as string), oneByOne: false } satisfies Batch);
  });
}

/**
 * A batch run one file at a time, each with its own clock. Returns how many files are settled (the
 * rest go to another worker): a file over the time limit, one that left work running, or one that
 * ended the worker stops this worker, and is reported.
 */
function runOneByOne(
  worker: Worker,
  indexes: readonly number[],
  files: readonly string[],
  outcomes: DataFileOutcome[],
  timeLimitMs: number,
): Promise<JobResult> {
  return new Promise((resolve) => {
    let done = 0;
    let timer: NodeJS.Timeout | undefined;
    const settle = (outcome: DataFileOutcome) => {
      outcomes[indexes[done] as number] = outcome;
      done++;
    };
    const finish = (stopped: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (stopped) stop(worker);
      resolve({ settled: done, stopped });
    };
    const startClock = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const seconds = timeLimitMs / 1000;
        settle({
          problem: `did not finish loading within ${seconds} s; look for a loop that never ends (a while or for loop whose condition stays true)`,
        });
        finish(true);
      }, timeLimitMs);
    };
    const onMessage = (message: FromWorker) => {
      if (message.kind !== "outcome") return;
      settle(fromWorker(message.outcome));
      if (message.outcome.kind === "refused" && message.outcome.stop) finish(true);
      else if (done === indexes.length) finish(false);
      else startClock();
    };
    const onError = (error: Error) => {
      // The worker ran out of memory, or something the file started threw outside its own run.
      const outOfMemory = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
      settle(
        outOfMemory
          ? {
              problem: `needs more than ${MEMORY_LIMIT_MB} MB to load; look for a loop that keeps adding to a list or text`,
            }
          : { error },
      );
      finish(true);
    };
    const onExit = () => {
      settle({ problem: "ended the thread that was reading it; a data file must only export its record" });
      finish(true);
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    startClock();
    worker.postMessage({ files: indexes.map((i) => files[i] as string), oneByOne: true } satisfies Batch);
  });
}

function fromWorker(outcome: Outcome): DataFileOutcome {
  switch (outcome.kind) {
    case "loaded":
      return { exports: withFillIns(outcome.exports, outcome.fills) };
    case "missing":
      return { missing: true };
    case "failed":
      return { error: rebuildError(outcome.error) };
    case "refused":
      return { problem: outcome.message };
  }
}

/** Puts back the `fillIn(...)` blanks, whose marker (a symbol) does not survive the copy between threads. */
function withFillIns(
  exports: Record<string, unknown>,
  fills: { path: PropertyKey[]; hint: string }[],
): DataFileExports {
  for (const { path, hint } of fills) {
    if (path.length === 0) {
      exports.default = fillIn(hint);
      continue;
    }
    let parent = exports.default as Record<PropertyKey, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
    parent[path.at(-1) as PropertyKey] = fillIn(hint);
  }
  return exports;
}

/**
 * The error as it was thrown in the worker: its class too, where load.ts tells errors apart by it
 * (esbuild's, in `DataFileCompileError`), with its own fields.
 */
function rebuildError({ name, message, stack, fields }: SentError): Error {
  const error: Error = Object.create(
    name === DataFileCompileError.name ? DataFileCompileError.prototype : Error.prototype,
  );
  Object.assign(error, { message }, fields);
  Object.defineProperty(error, "name", { value: name, writable: true, configurable: true });
  if (stack !== undefined) error.stack = stack;
  return error;
}

const alive = new WeakSet<Worker>();

function isAlive(worker: Worker): boolean {
  return alive.has(worker);
}

function stop(worker: Worker): void {
  alive.delete(worker);
  void worker.terminate();
}

async function takeWorker(): Promise<Worker> {
  const worker = spare.pop();
  if (!worker) return startWorker();
  worker.ref();
  return worker;
}

/** Kept for the next call, but unreferenced: an idle pool must not keep a finished build running. */
function giveBack(worker: Worker): void {
  if (!isAlive(worker)) return;
  if (kept && spare.length >= MAX_KEPT) {
    stop(worker);
    return;
  }
  worker.unref();
  spare.push(worker);
}

/**
 * A new worker, once it has loaded what every data file needs. On Node 20 tsx's loader registers
 * itself in the main thread only, so the worker registers it first (and inherits no `--import` of
 * it, so newer Node does not register it twice). Only tsx's CommonJS hook: the data files run
 * through `require`, and the worker's own code is required through it too, compiled to CommonJS
 * as the data files are. tsx's module hook would start a thread of its own in every worker, which
 * every import then goes through, for the few modules the worker loads once.
 */
function startWorker(): Promise<Worker> {
  const cjs = JSON.stringify(createRequire(import.meta.url).resolve("tsx/cjs/api"));
  const body = JSON.stringify(fileURLToPath(import.meta.resolve("./data-file-worker.ts")));
  const worker = new Worker(`require(${cjs}).register(); require(${body});`, {
    eval: true,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
    // tsx writes each local module it compiles to its disk cache without waiting; the worker
    // would take that write for the data file's own and refuse a good file that imports one.
    env: { ...process.env, TSX_DISABLE_CACHE: "1" },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`a data file reader did not start within ${START_LIMIT_MS / 1000} s`)),
      START_LIMIT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      void worker.terminate();
      reject(new Error(`Could not start reading data files: ${error.message}`));
    };
    worker.once("error", fail);
    worker.once("exit", (code) => fail(new Error(`the reader stopped with code ${code}`)));
    worker.once("message", (message: FromWorker) => {
      if (message.kind !== "ready") return;
      clearTimeout(timer);
      worker.removeAllListeners("error").removeAllListeners("exit");
      alive.add(worker);
      worker.once("exit", () => {
        alive.delete(worker);
        const i = spare.indexOf(worker);
        if (i !== -1) spare.splice(i, 1);
      });
      resolve(worker);
    });
  });
}
