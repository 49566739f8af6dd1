import { keepDataFilePool } from "../../src/data/data-file-pool.ts";

/*
 * Run in every test process before its files (vitest's setupFiles, see vitest.config.ts): one data
 * file pool for every build and load the process runs, instead of one started and ended by each.
 * The processes share one module cache across files (`isolate: false`), so the pool outlives the
 * file that started it too.
 */
keepDataFilePool();
