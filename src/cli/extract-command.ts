/**
 * `nianbao extract`: one record per accepted input, written under OUT by a pool of workers;
 * log entries and review.csv in sorted input order whatever order the workers finish in.
 */
import PQueue from 'p-queue';
import { openBatch, type Batch, type BatchOptions } from './batch-setup.js';
import { EXIT, type Log } from './exit-codes.js';
import { collectInputs, type InputFile } from './inputs.js';
import type { FileResult } from './runner.js';

export type ExtractOptions = BatchOptions;

export async function runExtract(args: string[], out: string, log: Log, options: ExtractOptions = {}): Promise<number> {
  let inputs: InputFile[];
  let batch: Batch;
  try {
    inputs = collectInputs(args, log);
    if (inputs.length === 0) {
      log(
        `nianbao extract: no accepted files (.pdf .docx .doc .html .htm .txt) under ${args.join(' ')}; nothing written`,
      );
      return EXIT.ok;
    }
    batch = openBatch(out, options, log, inputs.length);
  } catch (err) {
    log(`nianbao extract: ${(err as Error).message}`);
    return EXIT.usage;
  }
  const { runner, reporter } = batch;
  let unwritable = false;
  // Results wait here until every file before them is logged.
  const finished: (FileResult | Error | undefined)[] = [];
  let logged = 0;
  const flush = () => {
    for (; logged < inputs.length && finished[logged] !== undefined; logged++) {
      const r = finished[logged]!;
      if (r instanceof Error) reporter.note(`cannot read or write: ${r.message}`, inputs[logged].file);
      else reporter.file(r);
    }
  };
  // A few files ahead of the workers, so that not every input's bytes are held at once.
  const reading = new PQueue({ concurrency: batch.jobs * 2 });
  await Promise.all(
    inputs.map((input, i) =>
      reading.add(async () => {
        try {
          finished[i] = await runner.process(input);
        } catch (err) {
          // The file vanished or OUT stopped accepting writes: no record can be written for it.
          unwritable = true;
          finished[i] = err as Error;
        }
        flush();
      }),
    ),
  );
  await batch.close();
  try {
    runner.finish();
  } catch (err) {
    log(`nianbao extract: cannot write review.csv or the manifest in ${out}: ${(err as Error).message}`);
    return EXIT.usage;
  }
  reporter.summary();
  if (unwritable) return EXIT.usage;
  return reporter.errors() > 0 ? EXIT.errorRecords : EXIT.ok;
}
