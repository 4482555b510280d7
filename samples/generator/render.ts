/**
 * `npm run samples:render [--force] [NAME...]`: the other input formats of the generated reports, made
 * only by outside tools, never by the project's own parsing code:
 *   NAME.pdf   LibreOffice (soffice --headless --convert-to pdf)
 *   NAME.html  LibreOffice's HTML export (one self-contained file; images are dropped)
 *   NAME.txt   pdftotext -layout of NAME.pdf
 *   NAME-glued.txt + NAME-glued.truth.json   the .txt with the table blocks' whitespace removed,
 *              for reports without injected errors whose runs print every cell (zeros as 0 or
 *              —; blank zeros vanish when glued, so those reports get no glued variant)
 *   crawled/NAME-crawled.txt + .truth.json   for the first few clean and one-error reports: the HTML as a
 *              crawler keeps it, with page furniture around it (crawled.ts)
 *   markdown/NAME-md-SHAPE.md + .truth.json   for the first MARKDOWN_REPORTS reports: the report as
 *              a PDF-to-Markdown converter leaves it, clean and with a broken grid (markdown.ts)
 *   printed/NAME-STYLE.pdf + .truth.json   for the first PRINTED_REPORTS reports: the report as a
 *              web page written by the generator in one of the border styles of web-page.ts
 *              (spaced, collapse, widths in turn), printed to PDF by headless Chromium
 * and samples/generated/files.json, which lists every input file with its format and variant.
 * LibreOffice runs only for DOCX files whose hash changed since the last render (or --force):
 * its PDFs carry a creation date, and unchanged reports should not churn in git.
 * Chromium prints only reports whose DOCX changed or whose PDF is missing (or --force).
 * Run `npm run samples` first; `npm run setup` installs the tools.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_COUNT, planCorpus } from './corpus.js';
import { CRAWLED, writeCrawled } from './crawled.js';
import { gluedVariant, type Truth } from './glue.js';
import { writePrinted } from './printed.js';
import { writeMarkdown } from './markdown-files.js';
import { generateReport, type GeneratedReport } from './report.js';
import type { MarkdownShape } from './markdown.js';
import { WEB_STYLES, type WebStyle } from './web-page.js';

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
  format: 'docx' | 'pdf' | 'html' | 'txt' | 'md';
  variant:
    | 'generated'
    | 'libreoffice'
    | 'pdftotext-layout'
    | 'glued'
    | 'crawled'
    | `chromium-${WebStyle}`
    | `markdown-${MarkdownShape}`;
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
    if (f.variant === 'glued' || f.variant.startsWith('chromium-') || f.variant.startsWith('markdown-'))
      rmSync(join(GENERATED, f.truth), { force: true });
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
  files.push(
    ...printed(manifest, reports, hashes, force),
    ...markdown(manifest, reports, hashes),
    ...crawled(manifest, reports, hashes),
  );
  writeFilesList(files, new Set(manifest.reports.map((r) => r.name)));
  console.log(
    `${reports.length} reports (${stale.length} rendered by LibreOffice now); ${files.length} input files listed in files.json`,
  );
  if (skipped.length) console.log(`no glued variant for ${skipped.length}:\n  ${skipped.join('\n  ')}`);
}

/** Reports printed by Chromium: the first few of the manifest, one border style each in turn. */
const PRINTED_REPORTS = 6;
/** Their own folder, so eval/enforced.json can enforce them apart from LibreOffice's PDFs. */
const PRINTED = 'printed';
/** Reports written as converter Markdown, in both shapes, in their own folder. */
const MARKDOWN_REPORTS = 10;
const MARKDOWN = 'markdown';

type Manifest = { seed?: number; reports: ManifestReport[] };

/** Reports made again from the plan: the DOCX must be the one the plan gives, or other renderings would not match the truth. */
function regenerate(manifest: Manifest, names: string[], hashes: Map<string, string>): GeneratedReport[] {
  const plans = planCorpus(manifest.seed, manifest.reports.length || DEFAULT_COUNT);
  return names.map((name) => {
    const report = generateReport(plans.find((p) => p.name === name)!);
    if (createHash('sha256').update(report.docx).digest('hex') !== hashes.get(name))
      throw new Error(`${name}.docx is not what the plan makes: run \`npm run samples\` first`);
    return report;
  });
}

/** The printed copies of the reports of this run, reprinted only when stale. */
function printed(
  manifest: Manifest,
  reports: ManifestReport[],
  hashes: Map<string, string>,
  force: boolean,
): FileEntry[] {
  requireTool('chromium');
  const chosen = new Map(
    manifest.reports.slice(0, PRINTED_REPORTS).map((r, i) => [r.name, WEB_STYLES[i % WEB_STYLES.length]]),
  );
  const wanted = reports.filter((r) => chosen.has(r.name));
  const before = new Map(
    previousFiles()
      .filter((f) => f.variant.startsWith('chromium-'))
      .map((f) => [f.report, f]),
  );
  const stale = wanted.filter(
    (r) =>
      force ||
      before.get(r.name)?.docxSha256 !== hashes.get(r.name) ||
      !existsSync(join(GENERATED, before.get(r.name)!.file)),
  );
  mkdirSync(join(GENERATED, PRINTED), { recursive: true });
  writePrinted(
    join(GENERATED, PRINTED),
    regenerate(
      manifest,
      stale.map((r) => r.name),
      hashes,
    ).map((report) => ({ report, style: chosen.get(report.manifest.name)! })),
  );
  return wanted.map((r) => {
    const style = chosen.get(r.name)!;
    const name = `${PRINTED}/${r.name}-${style}`;
    return {
      file: `${name}.pdf`,
      truth: `${name}.truth.json`,
      report: r.name,
      template: r.template,
      format: 'pdf',
      variant: `chromium-${style}`,
      broken: r.broken,
      docxSha256: hashes.get(r.name)!,
    };
  });
}

/** The Markdown copies (small and deterministic: always written). */
function markdown(manifest: Manifest, reports: ManifestReport[], hashes: Map<string, string>): FileEntry[] {
  const chosen = new Set(manifest.reports.slice(0, MARKDOWN_REPORTS).map((r) => r.name));
  const wanted = reports.filter((r) => chosen.has(r.name));
  mkdirSync(join(GENERATED, MARKDOWN), { recursive: true });
  const files = writeMarkdown(
    join(GENERATED, MARKDOWN),
    regenerate(
      manifest,
      wanted.map((r) => r.name),
      hashes,
    ),
  );
  return files.map((f) => {
    const r = wanted.find((w) => w.name === f.report)!;
    return {
      file: `${MARKDOWN}/${f.file}`,
      truth: `${MARKDOWN}/${f.truth}`,
      report: r.name,
      template: r.template,
      format: 'md',
      variant: `markdown-${f.shape}`,
      broken: r.broken,
      docxSha256: hashes.get(r.name)!,
    };
  });
}

/** The crawled pages of the first few clean and one-error reports (small and deterministic: always written); listed for the reports of this run. */
function crawled(manifest: Manifest, reports: ManifestReport[], hashes: Map<string, string>): FileEntry[] {
  rmSync(join(GENERATED, CRAWLED), { recursive: true, force: true });
  const names = manifest.reports.map((r) => r.name);
  const written = writeCrawled(GENERATED, join(GENERATED, CRAWLED), names, true);
  return written.flatMap((f) => {
    const r = reports.find((m) => m.name === f.report);
    if (!r) return [];
    return [
      {
        file: `${CRAWLED}/${f.file}`,
        truth: `${CRAWLED}/${f.truth}`,
        report: r.name,
        template: r.template,
        format: 'txt',
        variant: 'crawled',
        broken: r.broken,
        docxSha256: hashes.get(r.name)!,
        mustFlag: f.mustFlag,
      },
    ];
  });
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
      crawled:
        'the LibreOffice HTML as a crawler keeps it: tables glued, part 四 glued to its heading, header lines, info box, navigation and links around it',
      glued: 'the pdftotext text with all whitespace removed inside the table blocks; must_flag from split enumeration',
      'chromium-spaced':
        'web page written by the generator, <table border="1" cellspacing="2-4">, zeros blank, printed to PDF by headless Chromium',
      'chromium-collapse':
        'web page written by the generator, border-collapse: collapse with 1px cell borders, printed to PDF by headless Chromium',
      'markdown-clean':
        'Markdown as a PDF converter leaves it: ## headings, pipe tables with generic column names, placeholder tables of -',
      'markdown-broken':
        "Markdown with the grid broken: each table's labels one per line, then its numbers as a pipe table without labels",
      'chromium-widths':
        'web page written by the generator, collapsed CSS borders of 2px, 1px and 0.5px, printed to PDF by headless Chromium',
    },
    files,
  });
}

// Only when run itself: holdout.ts imports the rendering steps.
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
