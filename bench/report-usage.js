import { writeFileSync } from "node:fs";

/*
 * Loaded with `node --import` into each build the benchmark measures: when the process exits it
 * writes its own resource usage (CPU time, peak memory) to BENCH_USAGE_FILE. Node cannot report
 * a child's usage to its parent, and `/usr/bin/time -v` is not on every machine.
 * https://nodejs.org/api/process.html#processresourceusage
 */
const file = process.env.BENCH_USAGE_FILE;
if (file) process.on("exit", () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
