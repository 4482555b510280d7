/**
 * Web pages printed to PDF by headless Chromium, as a researcher saving an agency's page would:
 * A4 as the page's @page rule says, no header or footer line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-pdf-header-footer',
];

/** Writes each page's HTML to a private directory and prints it to its PDF path. */
export function printToPdf(pages: { html: string; pdf: string }[]): void {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-print-'));
  try {
    pages.forEach(({ html, pdf }, i) => {
      const file = join(work, `page-${i}.html`);
      writeFileSync(file, html);
      execFileSync(
        'chromium',
        [
          ...FLAGS,
          `--user-data-dir=${join(work, 'profile')}`,
          `--print-to-pdf=${resolve(pdf)}`,
          pathToFileURL(file).href,
        ],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
