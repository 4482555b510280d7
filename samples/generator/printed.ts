/**
 * Generated reports as web pages printed to PDF by Chromium (issue 14): NAME-STYLE.pdf with
 * NAME-STYLE.truth.json (the report's truth under the file's name).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printToPdf } from './print.js';
import type { GeneratedReport } from './report.js';
import { webPage, type WebOptions, type WebStyle } from './web-page.js';

export interface PrintedFile {
  report: string;
  style: WebStyle;
  file: string;
  truth: string;
}

/**
 * The options of one printed copy: the spaced style leaves zeros blank, as the real pages that
 * box every cell do, with 2 to 4 px between boxes (by report year, so a reprint is the same).
 */
export function printOptions(style: WebStyle, year: number): WebOptions {
  return style === 'spaced' ? { style, blankZeros: true, spacing: 2 + (year % 3) } : { style, blankZeros: false };
}

/** Prints each [report, style] pair into `dir`. */
export function writePrinted(dir: string, copies: { report: GeneratedReport; style: WebStyle }[]): PrintedFile[] {
  const files = copies.map(({ report, style }) => {
    const name = `${report.manifest.name}-${style}`;
    const truth = `${name}.truth.json`;
    writeFileSync(join(dir, truth), `${JSON.stringify({ ...report.truth, name }, null, 2)}\n`);
    return {
      report: report.manifest.name,
      style,
      file: `${name}.pdf`,
      truth,
      html: webPage(report.blocks, printOptions(style, report.truth.year)),
    };
  });
  printToPdf(files.map((f) => ({ html: f.html, pdf: join(dir, f.file) })));
  return files.map(({ html: _html, ...f }) => f);
}
