/**
 * `npm run samples:render [--force] [NAME...]`: the other input formats of the generated reports, made
 * only by outside tools, never by the project's own parsing code:
 *   NAME.pdf   LibreOffice (soffice --headless --convert-to pdf)
 *   NAME.html  LibreOffice's HTML export (one self-contained file; images are dropped)
 *   NAME.txt   pdftotext -layout of NAME.pdf
 *   NAME-glued.txt + NAME-glued.truth.json   the .txt with the table blocks' whitespace removed,
 *              for reports without injected errors whose runs print every cell (zeros as 0 or
 *              —; blank zeros vanish when glued, so those reports get no glued variant)
 * and samples/generated/files.json, which lists every input file with its format and variant.
 * LibreOffice runs only for DOCX files whose hash changed since the last render (or --force):
 * its PDFs carry a creation date, and unchanged reports should not churn in git.
 * Run `npm run samples` first; `npm run setup` installs the tools.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  /** Of the DOCX the file was rendered from. */
  docxSha256: string;
  mustFlag?: number;
}

export function requireTool(name: string): void {
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
export function convert(docx: string[], to: 'pdf' | 'html', outDir: string, profile: string): void {
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < docx.length; i += 10) {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        outDir,
        ...docx.slice(i, i + 10),
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 },
    );
  }
}

/** The HTML export without references to image files we do not keep. */
export function withoutImages(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, '');
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

const FILES_LIST = join(GENERATED, 'files.json');

function previousFiles(): FileEntry[] {
  return existsSync(FILES_LIST) ? readJson<{ files: FileEntry[] }>(FILES_LIST).files : [];
}

/** Renderings made earlier for reports the manifest no longer has (never the generator's files). */
function removeDropped(inManifest: Set<string>): void {
  for (const f of previousFiles()) {
    if (inManifest.has(f.report)) continue;
    if (f.variant !== 'generated') rmSync(join(GENERATED, f.file), { force: true });
    if (f.variant === 'glued') rmSync(join(GENERATED, f.truth), { force: true });
  }
}

/** Reports whose PDF and HTML were made from the DOCX as it is now. */
function upToDate(reports: ManifestReport[], hashes: Map<string, string>): Set<string> {
  const rendered = new Set(
    previousFiles()
      .filter((f) => f.format === 'pdf' && f.docxSha256 === hashes.get(f.report))
      .map((f) => f.report),
  );
  return new Set(
    reports
      .filter(
        (r) =>
          rendered.has(r.name) &&
          existsSync(join(GENERATED, `${r.name}.pdf`)) &&
          existsSync(join(GENERATED, `${r.name}.html`)),
      )
      .map((r) => r.name),
  );
}

function main(args: string[]): void {
  const force = args.includes('--force');
  const only = args.filter((a) => a !== '--force');
  requireTool('soffice');
  requireTool('pdftotext');
  const manifest = readJson<{ reports: ManifestReport[] }>(join(GENERATED, 'manifest.json'));
  const reports = manifest.reports.filter((r) => only.length === 0 || only.includes(r.name));
  const hashes = new Map(reports.map((r) => [r.name, sha256(join(GENERATED, r.docx))]));
  const fresh = force ? new Set<string>() : upToDate(reports, hashes);
  const stale = reports.filter((r) => !fresh.has(r.name));
  const work = mkdtempSync(join(tmpdir(), 'nianbao-render-'));
  try {
    const docx = stale.map((r) => join(GENERATED, r.docx));
    convert(docx, 'pdf', join(work, 'pdf'), join(work, 'profile'));
    convert(docx, 'html', join(work, 'html'), join(work, 'profile'));
    for (const r of stale) {
      copyFileSync(join(work, 'pdf', `${r.name}.pdf`), join(GENERATED, `${r.name}.pdf`));
      writeFileSync(
        join(GENERATED, `${r.name}.html`),
        withoutImages(readFileSync(join(work, 'html', `${r.name}.html`), 'utf8')),
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  removeDropped(new Set(manifest.reports.map((r) => r.name)));
  const files: FileEntry[] = [];
  const skipped: string[] = [];
  for (const r of reports) {
    const base = {
      truth: r.truth,
      report: r.name,
      template: r.template,
      broken: r.broken,
      docxSha256: hashes.get(r.name)!,
    };
    const txt = join(GENERATED, `${r.name}.txt`);
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(GENERATED, `${r.name}.pdf`), txt]);
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
  writeFilesList(files, new Set(manifest.reports.map((r) => r.name)));
  console.log(
    `${reports.length} reports (${stale.length} rendered by LibreOffice now); ${files.length} input files listed in files.json`,
  );
  if (skipped.length) console.log(`no glued variant for ${skipped.length}:\n  ${skipped.join('\n  ')}`);
}

/** files.json: entries of reports rendered now replace theirs; reports left out of this run stay. */
function writeFilesList(fresh: FileEntry[], inManifest: Set<string>): void {
  const renderedNow = new Set(fresh.map((f) => f.report));
  const kept = previousFiles().filter((f) => inManifest.has(f.report) && !renderedNow.has(f.report));
  const files = [...kept, ...fresh].sort((a, b) => a.file.localeCompare(b.file));
  writeJson(FILES_LIST, {
    about:
      'Every input file under samples/generated with the truth file that scores it; written by samples/generator/render.ts',
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

// Only when run itself: holdout.ts imports the rendering steps.
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
