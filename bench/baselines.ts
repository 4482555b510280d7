/**
 * The floors our pipeline is compared with, run on the same files in the same run: the least
 * work any pipeline on the same library must do (pdf.js text, mammoth HTML), poppler's pdftotext
 * as the native reference, and our own extractor alone (what the later stages add on top of it).
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { STAGES } from '../src/stages.js';
import type { BenchFile, BenchFormat } from './corpus.js';

export interface Baseline {
  name: string;
  /** False when the work happens in a child process (its CPU time is known only where Linux reports it). */
  inProcess: boolean;
  /** Why it cannot run here, or undefined when it can. */
  missing?: string;
  run: (file: BenchFile) => Promise<unknown>;
}

const execFileAsync = promisify(execFile);

/** pdf.js `getTextContent` on every page, pages cleaned up and the document destroyed as in extractors/pdf. */
async function pdfjsTextOnly({ bytes }: BenchFile): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      items += (await page.getTextContent()).items.length;
      page.cleanup();
    }
    return items;
  } finally {
    await doc.destroy();
  }
}

/** A child process per file, as a batch calling pdftotext would run it. */
async function pdftotextLayout({ path }: BenchFile): Promise<string> {
  const { stdout } = await execFileAsync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

async function mammothHtml({ bytes }: BenchFile): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
}

function onPath(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function libraryBaselines(format: BenchFormat): Baseline[] {
  switch (format) {
    case 'pdf':
      return [
        { name: 'pdf.js text-only', inProcess: true, run: pdfjsTextOnly },
        {
          name: 'pdftotext -layout',
          inProcess: false,
          run: pdftotextLayout,
          missing: onPath('pdftotext') ? undefined : 'pdftotext not on PATH',
        },
      ];
    case 'docx':
      return [{ name: 'mammoth.convertToHtml', inProcess: true, run: mammothHtml }];
    default:
      return [];
  }
}

function extractorAlone(format: BenchFormat): Baseline {
  const extractor = STAGES.extractors[format];
  const name = 'our extractor alone';
  if (!extractor)
    return { name, inProcess: true, missing: `no ${format} extractor registered`, run: async () => undefined };
  return { name, inProcess: true, run: ({ path, bytes }) => extractor(bytes, { file: path }) };
}

export function baselinesFor(format: BenchFormat): Baseline[] {
  return [...libraryBaselines(format), extractorAlone(format)];
}
