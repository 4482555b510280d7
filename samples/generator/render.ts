/**
 * `npm run samples:render [NAME...]`: the other input formats of the generated reports, made
 * only by outside tools, never by the project's own parsing code:
 *   NAME.pdf   LibreOffice (soffice --headless --convert-to pdf)
 *   NAME.html  LibreOffice's HTML export (one self-contained file; images are dropped)
 *   NAME.txt   pdftotext -layout of NAME.pdf
 *   NAME-glued.txt + NAME-glued.truth.json   the .txt with the table blocks' whitespace removed,
 *              for reports without injected errors whose runs print every cell (zeros as 0)
 * and samples/generated/files.json, which lists every input file with its format and variant.
 * Run `npm run samples` first; `npm run setup` installs the tools.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gluedVariant, type Truth } from './glue.js';

const GENERATED = resolve(import.meta.dirname, '../generated');

interface ManifestReport {
  name: string;
  docx: string;
  truth: string;
  template: string;
  broken: boolean;
}

/** One input file for the evaluator: which truth scores it, and what made it. */
interface FileEntry {
  file: string;
  truth: string;
  report: string;
  template: string;
  format: 'docx' | 'pdf' | 'html' | 'txt';
  variant: 'generated' | 'libreoffice' | 'pdftotext-layout' | 'glued';
  broken: boolean;
  mustFlag?: number;
}

function requireTool(name: string): void {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
  } catch {
    throw new Error(`${name} not found on PATH: run \`npm run setup\` (installs LibreOffice, poppler and CJK fonts)`);
  }
}

/**
 * Converts DOCX files with LibreOffice in batches. A private user profile keeps this run apart
 * from any other soffice on the machine (a shared profile makes a second instance exit at once).
 */
function convert(docx: string[], to: 'pdf' | 'html', outDir: string, profile: string): void {
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < docx.length; i += 10) {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', to, '--outdir', outDir, ...docx.slice(i, i + 10)],
      { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 },
    );
  }
}

/** The HTML export without references to image files we do not keep. */
function withoutImages(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, '');
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function main(only: string[]): void {
  requireTool('soffice');
  requireTool('pdftotext');
  const manifest = readJson<{ reports: ManifestReport[] }>(join(GENERATED, 'manifest.json'));
  const reports = manifest.reports.filter((r) => only.length === 0 || only.includes(r.name));
  const work = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
  try {
    const docx = reports.map((r) => join(GENERATED, r.docx));
    convert(docx, 'pdf', join(work, 'pdf'), join(work, 'profile'));
    convert(docx, 'html', join(work, 'html'), join(work, 'profile'));

    const files: FileEntry[] = [];
    const skipped: string[] = [];
    for (const r of reports) {
      const base = { truth: r.truth, report: r.name, template: r.template, broken: r.broken };
      const pdf = join(GENERATED, `${r.name}.pdf`);
      const txt = join(GENERATED, `${r.name}.txt`);
      copyFileSync(join(work, 'pdf', `${r.name}.pdf`), pdf);
      writeFileSync(join(GENERATED, `${r.name}.html`), withoutImages(readFileSync(join(work, 'html', `${r.name}.html`), 'utf8')));
      execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, txt]);
      files.push(
        { ...base, file: r.docx, format: 'docx', variant: 'generated' },
        { ...base, file: `${r.name}.pdf`, format: 'pdf', variant: 'libreoffice' },
        { ...base, file: `${r.name}.html`, format: 'html', variant: 'libreoffice' },
        { ...base, file: `${r.name}.txt`, format: 'txt', variant: 'pdftotext-layout' },
      );

      const gluedName = `${r.name}-glued`;
      rmSync(join(GENERATED, `${gluedName}.txt`), { force: true });
      rmSync(join(GENERATED, `${gluedName}.truth.json`), { force: true });
      if (r.broken) continue;
      try {
        const glued = gluedVariant(readFileSync(txt, 'utf8'), readJson<Truth>(join(GENERATED, r.truth)), gluedName);
        writeFileSync(join(GENERATED, `${gluedName}.txt`), glued.text);
        writeJson(join(GENERATED, `${gluedName}.truth.json`), glued.truth);
        files.push({
          ...base,
          file: `${gluedName}.txt`,
          truth: `${gluedName}.truth.json`,
          format: 'txt',
          variant: 'glued',
          mustFlag: glued.truth.must_flag?.length ?? 0,
        });
      } catch (e) {
        skipped.push(`${r.name}: ${(e as Error).message}`);
      }
    }
    writeFilesList(files);
    console.log(`rendered ${reports.length} reports; ${files.length} input files listed in files.json`);
    if (skipped.length) console.log(`no glued variant for ${skipped.length}:\n  ${skipped.join('\n  ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** files.json: entries of reports rendered now replace theirs; other reports' entries stay. */
function writeFilesList(fresh: FileEntry[]): void {
  const path = join(GENERATED, 'files.json');
  const renderedNow = new Set(fresh.map((f) => f.report));
  const kept = existsSync(path) ? readJson<{ files: FileEntry[] }>(path).files.filter((f) => !renderedNow.has(f.report)) : [];
  const files = [...kept, ...fresh].sort((a, b) => a.file.localeCompare(b.file));
  writeJson(path, {
    about: 'Every input file under samples/generated with the truth file that scores it; written by samples/generator/render.ts',
    formats: [...new Set(files.map((f) => f.format))].sort(),
    variants: {
      generated: 'DOCX written by samples/generator (npm run samples)',
      libreoffice: 'PDF or HTML exported by LibreOffice from the DOCX',
      'pdftotext-layout': 'pdftotext -layout of the LibreOffice PDF',
      glued: 'the pdftotext text with all whitespace removed inside the table blocks; must_flag from split enumeration',
    },
    files,
  });
}

main(process.argv.slice(2));
