/**
 * `nianbao watch INBOX --out OUT`: polls INBOX (fs.watch misses events on network and some
 * container file systems) and takes a file once its size and mtime have not changed for the
 * settle interval. Restarts resume through the manifest. On SIGTERM/SIGINT it stops polling,
 * abandons the files being parsed (no output of theirs is written; the next start takes them),
 * writes review.csv and exits with FORMAT.md §5's code for the files it wrote.
 */
import { statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { openBatch, type BatchOptions } from './batch-setup.js';
import { EXIT, type Log } from './exit-codes.js';
import { collectInputs, type InputFile } from './inputs.js';

export interface WatchOptions extends BatchOptions {
  /** How long a file's size and mtime must stay unchanged before it is taken. */
  settleMs: number;
}

interface Seen {
  signature: string;
  since: number;
  /** The signature last handed to the runner. */
  taken?: string;
}

function signature(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined; // gone since the listing
  }
}

export async function runWatch(
  inbox: string,
  out: string,
  log: Log,
  options: WatchOptions,
  stop: AbortSignal,
): Promise<number> {
  let batch;
  try {
    collectInputs([inbox]);
    batch = openBatch(out, options, log);
  } catch (err) {
    log(`nianbao watch: ${(err as Error).message}`);
    return EXIT.usage;
  }
  const { runner, reporter } = batch;
  const seen = new Map<string, Seen>();
  const inFlight = new Set<Promise<void>>();
  const take = (input: InputFile) => {
    const job = runner
      .process(input)
      .then((result) => {
        if (!result) return;
        reporter.file(result);
        runner.finish();
      })
      .catch((err: Error) => reporter.note(`cannot read or write: ${err.message}`, input.file))
      .finally(() => inFlight.delete(job));
    inFlight.add(job);
  };
  const interval = Math.max(50, Math.min(1000, options.settleMs / 2));
  reporter.note(`watching ${inbox} every ${interval} ms (settle ${options.settleMs} ms); records go to ${out}`);
  while (!stop.aborted) {
    const now = Date.now();
    let inputs: InputFile[] = [];
    try {
      inputs = collectInputs([inbox]);
    } catch (err) {
      reporter.note(`cannot list ${inbox}: ${(err as Error).message}`);
    }
    for (const input of inputs) {
      const sig = signature(input.path);
      if (!sig) continue;
      const s = seen.get(input.relative);
      if (!s || s.signature !== sig) seen.set(input.relative, { signature: sig, since: now, taken: s?.taken });
      else if (s.taken !== sig && now - s.since >= options.settleMs) {
        s.taken = sig;
        take(input);
      }
    }
    await sleep(interval, undefined, { signal: stop }).catch(() => undefined);
  }
  reporter.note(`stopping: ${inFlight.size} file(s) in progress abandoned`);
  await batch.close(true);
  runner.finish();
  reporter.summary();
  return reporter.errors() > 0 ? EXIT.errorRecords : EXIT.ok;
}
