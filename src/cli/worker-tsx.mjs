// Development only (sources run through tsx): registers tsx in this worker thread, then loads
// the TypeScript worker. Compiled code starts worker.js directly and never loads this file.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
