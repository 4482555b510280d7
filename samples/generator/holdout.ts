/**
 * `npm run holdout -- SEED COUNT DIR`: a corpus nobody has tuned on, for checking that the
 * pipeline generalizes. Writes DIR/holdSEED-NNN-YEAR.{docx,truth.json} from planCorpus(SEED, COUNT)
 * and renders .pdf, .html and .txt exactly as `npm run samples:render` does (LibreOffice with a
 * private profile, pdftotext -layout), and every report as a web page printed by Chromium in each
 * border style (NAME-STYLE.pdf with its truth) and as converter Markdown in both shapes
 * (NAME-md-clean.md, NAME-md-broken.md with their truths), and as a crawled page (NAME-crawled.txt,
 * crawled.ts) where its zeros are printed. Score with `npm run eval -- DIR`. Never commit the output.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { planCorpus } from './corpus.js';
import { writeCrawled } from './crawled.js';
import { gluedVariant, type Truth } from './glue.js';
import { writeMarkdown } from './markdown-files.js';
import { writePrinted } from './printed.js';
import { convert, requireTool, withoutImages } from './render.js';
import { generateReport } from './report.js';
import { WEB_STYLES } from './web-page.js';

/** NAME-glued.txt and its truth, as samples:render makes them; reports it cannot glue (blank zeros, injected errors) get none. */
function glueIfPossible(dir: string, name: string, truth: Truth): void {
  try {
    const glued = gluedVariant(readFileSync(join(dir, `${name}.txt`), 'utf8'), truth, `${name}-glued`);
    writeFileSync(join(dir, `${name}-glued.txt`), glued.text);
    writeFileSync(join(dir, `${name}-glued.truth.json`), `${JSON.stringify(glued.truth, null, 2)}\n`);
  } catch {
    // No glued variant for this one, as in samples/generated.
  }
}

function main(args: string[]): void {
  const [seedArg, countArg, dirArg] = args;
  const seed = Number(seedArg);
  const count = Number(countArg);
  if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1 || !dirArg) {
    throw new Error('usage: npm run holdout -- SEED COUNT DIR');
  }
  requireTool('soffice');
  requireTool('pdftotext');
  requireTool('chromium');
  const dir = resolve(dirArg);
  mkdirSync(dir, { recursive: true });
  // Names tell holdout files from samples/generated ones in any eval listing.
  const reports = planCorpus(seed, count).map((plan) =>
    generateReport({ ...plan, name: plan.name.replace(/^gen-/, `hold${seed}-`) }),
  );
  for (const r of reports) {
    writeFileSync(join(dir, r.manifest.docx), r.docx);
    writeFileSync(join(dir, r.manifest.truth), `${JSON.stringify(r.truth, null, 2)}\n`);
  }

  const work = mkdtempSync(join(tmpdir(), 'nianbao-holdout-'));
  try {
    const docx = reports.map((r) => join(dir, r.manifest.docx));
    convert(docx, 'pdf', join(work, 'pdf'), join(work, 'profile'));
    convert(docx, 'html', join(work, 'html'), join(work, 'profile'));
    for (const {
      manifest: { name },
    } of reports) {
      copyFileSync(join(work, 'pdf', `${name}.pdf`), join(dir, `${name}.pdf`));
      writeFileSync(join(dir, `${name}.html`), withoutImages(readFileSync(join(work, 'html', `${name}.html`), 'utf8')));
      execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, `${name}.pdf`), join(dir, `${name}.txt`)]);
    }
    for (const r of reports)
      glueIfPossible(dir, r.manifest.name, JSON.parse(readFileSync(join(dir, r.manifest.truth), 'utf8')) as Truth);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writePrinted(
    dir,
    reports.flatMap((report) => WEB_STYLES.map((style) => ({ report, style }))),
  );
  writeMarkdown(dir, reports);
  writeCrawled(
    dir,
    dir,
    reports.map((r) => r.manifest.name),
    false,
  );
  const broken = reports.filter((r) => r.manifest.broken).length;
  console.log(
    `wrote ${reports.length} holdout reports (${broken} with injected errors) as docx, pdf, html, txt and Chromium-printed pdf (${WEB_STYLES.join(', ')}) and Markdown (clean, broken) and crawled pages to ${dir}`,
  );
}

main(process.argv.slice(2));
