/** What `extract` and `watch` share: the options, the pool, the dataset and the runner of a batch. */
import { DEFAULT_MEMORY_MB, type Log } from './exit-codes.js';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { SqliteStore } from '../store/sqlite.js';
import { sweepTemps } from './atomic.js';
import { WorkerPool } from './pool.js';
import { Reporter, type LogFormat } from './progress.js';
import { BatchRunner } from './runner.js';
import { nianbaoVersion } from './version.js';

export interface BatchOptions {
  /** Also write OUT/<relative path>.review.html per record. */
  review?: boolean;
  /** Log every warning of every file, with its message. */
  verbose?: boolean;
  /** Worker threads; default: the machine's cores. */
  jobs?: number;
  /** Per-file time limit in seconds; 0 or absent: none. */
  timeout?: number;
  /** Heap limit per worker in MB. */
  memory?: number;
  /** Parse files again even when the manifest says their records are current. */
  force?: boolean;
  /** Default: text when there is a progress line (a terminal), json otherwise. */
  log?: LogFormat;
  /** Draws the progress line; given when stderr is a terminal. */
  progress?: (text: string) => void;
}

export interface Batch {
  jobs: number;
  pool: WorkerPool;
  runner: BatchRunner;
  reporter: Reporter;
  close(abandon?: boolean): Promise<void>;
}

/** Throws a usage error (a message) for bad options or an OUT that cannot be written. */
export function openBatch(out: string, options: BatchOptions, log: Log, total?: number): Batch {
  const jobs = options.jobs ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new Error(`--jobs must be a whole number of at least 1, not ${options.jobs}`);
  if (options.timeout !== undefined && !(options.timeout >= 0))
    throw new Error(`--timeout must be a number of seconds, not ${options.timeout}`);
  const memoryMb = options.memory ?? DEFAULT_MEMORY_MB;
  if (!(memoryMb >= 64)) throw new Error(`--memory must be at least 64 (MB), not ${options.memory}`);
  mkdirSync(out, { recursive: true });
  accessSync(out, constants.W_OK);
  sweepTemps(out);
  const pool = new WorkerPool({ size: jobs, timeoutMs: (options.timeout ?? 0) * 1000, memoryMb });
  const store = SqliteStore.inDirectory(out);
  const runner = new BatchRunner(pool, store, {
    out,
    version: nianbaoVersion(),
    review: !!options.review,
    verbose: !!options.verbose,
    force: !!options.force,
  });
  const reporter = new Reporter(
    { format: options.log ?? (options.progress ? 'text' : 'json'), log, progress: options.progress },
    total,
  );
  return {
    jobs,
    pool,
    runner,
    reporter,
    async close(abandon = false) {
      runner.stopping = abandon;
      await pool.close(abandon);
      store.close();
    },
  };
}
