/**
 * Worker threads that parse files: p-queue schedules, each worker loads the pipeline once and
 * parses many files. A file that runs past the time limit or the memory limit costs its worker
 * (terminated or dead, then replaced on demand) and gets an error outcome; the batch goes on.
 */
import { newGuard, outsideGuarded } from '../core/native-guard.js';
import PQueue from 'p-queue';
import { Worker } from 'node:worker_threads';
import type { ParseTask, Parsed } from './parse-task.js';
import type { WorkerReply } from './worker.js';

/** A failure's `message` goes into the error record; `detail` (a stack) only to the log. */
/**
 * A fresh worker's first file may also pay one-time loads (the word dictionary, fonts) that
 * are no fault of the file: its time limit is extended by this much.
 */
const FIRST_FILE_GRACE_MS = 15_000;

export type PoolOutcome =
  ({ ok: true } & Parsed) | { ok: false; code: 'TIMEOUT' | 'TOO_LARGE' | 'INTERNAL'; message: string; detail?: string };

export interface PoolOptions {
  size: number;
  /** Per file, from the moment a loaded worker gets it; 0 or absent: none. */
  timeoutMs?: number;
  /** V8 heap limit per worker (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number;
}

/** Compiled JS starts worker.js; under tsx (a .ts module) a bootstrap registers tsx first. */
function spawn(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  const guard = newGuard();
  const worker = import.meta.url.endsWith('.ts')
    ? new Worker(new URL('./worker-tsx.mjs', import.meta.url), {
        workerData: { entry: new URL('./worker.ts', import.meta.url).href, guard },
        resourceLimits,
      })
    : new Worker(new URL('./worker.js', import.meta.url), { workerData: { guard }, resourceLimits });
  guards.set(worker, guard);
  return worker;
}

/** Each worker's native-call guard (src/core/native-guard.ts). */
const guards = new WeakMap<Worker, SharedArrayBuffer>();

/** Terminates a worker once it is outside native code (else the process may abort). */
async function stop(worker: Worker): Promise<void> {
  const guard = guards.get(worker);
  if (guard) await outsideGuarded(guard);
  await worker.terminate();
}

/**
 * Listens to a worker until `off()`. Never removeAllListeners(): Worker keeps listeners of its
 * own (they start and stop its message port).
 */
function listen(
  worker: Worker,
  on: { message: (m: WorkerReply) => void; error: (err: Error) => void; exit: (code: number) => void },
): () => void {
  worker.on('message', on.message).on('error', on.error).on('exit', on.exit);
  return () => worker.off('message', on.message).off('error', on.error).off('exit', on.exit);
}

/** A worker once it has loaded the pipeline. */
function ready(memoryMb: number): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = spawn(memoryMb);
    const off = listen(worker, {
      message: () => {
        off();
        resolve(worker);
      },
      error: (err) => {
        off();
        reject(err);
      },
      exit: (code) => {
        off();
        reject(new Error(`worker exited with code ${code} while loading`));
      },
    });
  });
}

function failure(err: Error): PoolOutcome {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY')
    return { ok: false, code: 'TOO_LARGE', message: `the parse ran out of its memory limit (${err.message})` };
  return { ok: false, code: 'INTERNAL', message: `nianbao failed on this file: ${err.message}`, detail: err.stack };
}

export class WorkerPool {
  private readonly queue: PQueue;
  private readonly idle: Promise<Worker>[] = [];
  /** Workers that have parsed a file (no more one-time loads). */
  private readonly warm = new WeakSet<Worker>();
  private readonly busy = new Set<Worker>();
  private nextId = 0;

  constructor(private readonly options: PoolOptions) {
    this.queue = new PQueue({ concurrency: options.size });
  }

  run(task: ParseTask): Promise<PoolOutcome> {
    return this.queue.add(() => this.onWorker(task));
  }

  private async onWorker(task: ParseTask): Promise<PoolOutcome> {
    let worker: Worker;
    try {
      worker = await (this.idle.pop() ?? ready(this.options.memoryMb));
    } catch (err) {
      // Not the file's fault (a --memory too small to load the pipeline, a broken install).
      return {
        ok: false,
        code: 'INTERNAL',
        message: `a worker could not start: ${(err as Error).message}`,
        detail: (err as Error).stack,
      };
    }
    this.busy.add(worker);
    const outcome = await this.send(worker, task);
    this.busy.delete(worker);
    // A worker that failed is gone (or going); the next task loads a fresh one.
    if (outcome.ok) this.idle.push(Promise.resolve(worker));
    this.warm.add(worker);
    return outcome;
  }

  private send(worker: Worker, task: ParseTask): Promise<PoolOutcome> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const settle = (outcome: PoolOutcome) => {
        clearTimeout(timer);
        off();
        resolve(outcome);
      };
      const off = listen(worker, {
        message: (m) => {
          if (!('id' in m) || m.id !== id) return;
          if (m.ok)
            return settle({
              ok: true,
              json: m.json,
              warnings: m.warnings,
              ...(m.page !== undefined ? { page: m.page } : {}),
              ...(m.detail !== undefined ? { detail: m.detail } : {}),
            });
          void worker.terminate();
          settle({
            ok: false,
            code: 'INTERNAL',
            message: `nianbao failed on this file: ${m.message}`,
            detail: m.stack,
          });
        },
        error: (err) => settle(failure(err)),
        exit: (code) => settle({ ok: false, code: 'INTERNAL', message: `the worker exited with code ${code}` }),
      });
      const limit = this.options.timeoutMs;
      if (limit) {
        timer = setTimeout(
          () => {
            void stop(worker);
            settle({
              ok: false,
              code: 'TIMEOUT',
              message: `the parse took longer than the limit of ${limit / 1000} s`,
            });
          },
          limit + (this.warm.has(worker) ? 0 : FIRST_FILE_GRACE_MS),
        );
      }
      worker.postMessage({ id, task });
    });
  }

  /** Files still queued are dropped; with `abandon`, files being parsed too (their workers stop). */
  async close(abandon = false): Promise<void> {
    this.queue.clear();
    if (abandon) await Promise.all([...this.busy].map(stop));
    await this.queue.onIdle();
    const idle = await Promise.allSettled(this.idle.splice(0));
    await Promise.all(idle.flatMap((r) => (r.status === 'fulfilled' ? [r.value.terminate()] : [])));
  }
}
