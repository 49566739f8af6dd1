import { type ChildProcess, spawn } from "node:child_process";

export interface RunOptions {
  /** Settings added to this process's environment. */
  env?: Record<string, string>;
  /** Text written to the command's standard input, which is then closed. */
  input?: string;
  /** In its own process group, so `process.kill(-child.pid)` stops it and everything it started. */
  detached?: boolean;
  /** Also shows its error output as it comes, for a long-running command someone is watching. */
  echoStderr?: boolean;
}

export interface RunResult {
  /** The exit code; null when a signal ended it. */
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  /** Settles when the command has exited and its output is all read; rejects only if it could not start. */
  result: Promise<RunResult>;
}

/**
 * Starts a command and collects what it prints, for the scripts and tests that run other
 * programs. `start` gives the running process too (to sample or stop it); `run` just waits.
 */
export function start(command: string, args: readonly string[], options: RunOptions = {}): Running {
  const child = spawn(command, args, {
    env: { ...process.env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
    detached: options.detached ?? false,
  });
  const result = new Promise<RunResult>((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      if (options.echoStderr) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
  child.stdin?.end(options.input ?? "");
  return { child, result };
}

/** Runs a command to the end and gives its exit status and output. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return start(command, args, options).result;
}

/** Runs one of `scripts/` the way npm does, through tsx, from the project folder. */
export function runScript(script: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return run(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], options);
}
