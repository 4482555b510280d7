/**
 * A pool worker: loads the pipeline once (importing this module is the heavy part), says
 * `ready`, then parses one task at a time as the pool sends them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useGuard } from '../core/native-guard.js';
import { parseTask, type ParseTask } from './parse-task.js';
import { logUnhandledRejections } from './unhandled.js';

export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; json: string; warnings: number; page?: string; detail?: string }
  | { id: number; ok: false; message: string; stack?: string };

logUnhandledRejections();

useGuard((workerData as { guard: SharedArrayBuffer }).guard);

const port = parentPort!;
const reply = (message: WorkerReply) => port.postMessage(message);

port.on('message', async ({ id, task }: { id: number; task: ParseTask }) => {
  try {
    reply({ id, ok: true, ...(await parseTask(task)) });
  } catch (err) {
    // extractWithWarnings turns file problems into records: what lands here is a bug.
    const e = err as Error;
    reply({ id, ok: false, message: e?.message ?? String(err), stack: e?.stack });
  }
});
reply({ ready: true });
