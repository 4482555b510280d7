/** One pass of the pipeline over the files: what the bench measures. */
import { extract } from '../src/pipeline.js';
import type { BenchFile } from './corpus.js';

export interface OursPass {
  /** Pages read (pdf.js's count for PDFs); null where the format has none. */
  pages: number | null;
  /** Files that came out as error records: they are cheap, so they flatter the speed. */
  errorRecords: number;
}

export async function oursPass(files: BenchFile[]): Promise<OursPass> {
  let pages: number | null = null;
  let errorRecords = 0;
  for (const { path, bytes } of files) {
    const record = await extract(bytes, { file: path });
    if (record.source.pages !== null) pages = (pages ?? 0) + record.source.pages;
    if (record.error) errorRecords++;
  }
  return { pages, errorRecords };
}
