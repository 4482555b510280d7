/**
 * Issue 4 acceptance: one report, three renderings. The generated reports in samples/generated
 * exist as the generator's DOCX and LibreOffice's HTML and PDF of it, all scored by one truth
 * file (files.json). Whatever the format, the record must say the same: every fact the same
 * value, the same flags, the same failed checks.
 *
 * Not yet covered (see the issue 4 report): PDFs of reports whose part 二 or 三 is drawn without
 * ruling lines (the truth's `variant` names them; src/layout does not read those tables right
 * yet, so they are left out of the PDF comparison rather than failing), and agency/year from PDF titles
 * wrapped inside 年度报告 (src/map/title.ts), so the PDF comparison checks the template only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFile } from '../src/extract-file.js';
import type { NianbaoRecord } from '../src/record/schema.js';
import { cellId } from '../src/template/index.js';

const GENERATED = resolve(process.cwd(), 'samples/generated');

interface FileEntry {
  report: string;
  truth: string;
  file: string;
  format: string;
  variant: string;
}

interface Truth {
  template: string;
  year: number;
  agency: string;
  cells: Record<string, number>;
  broken: string[];
  /** The generator's description of the layout, e.g. "…; no ruling lines: requests, review_litigation; …". */
  variant: string;
}

const RENDERINGS = [
  { format: 'docx', variant: 'generated' },
  { format: 'html', variant: 'libreoffice' },
  { format: 'pdf', variant: 'libreoffice' },
] as const;
type Rendering = (typeof RENDERINGS)[number]['format'];

const FILES = (JSON.parse(readFileSync(resolve(GENERATED, 'files.json'), 'utf8')) as { files: FileEntry[] }).files;

/** Every report that has all three renderings, each rendering's file name and the shared truth file. */
function reportsInAllRenderings(): { name: string; truth: string; files: Record<Rendering, string> }[] {
  const names = [...new Set(FILES.map((f) => f.report))].sort();
  return names.flatMap((name) => {
    const found = RENDERINGS.map((r) =>
      FILES.find((f) => f.report === name && f.format === r.format && f.variant === r.variant),
    );
    if (found.some((f) => !f) || new Set(found.map((f) => f!.truth)).size !== 1) return [];
    const files = Object.fromEntries(RENDERINGS.map((r, i) => [r.format, found[i]!.file])) as Record<Rendering, string>;
    return [{ name, truth: found[0]!.truth, files }];
  });
}

/** The tables the truth's variant says are drawn without ruling lines ("…; no ruling lines: requests, review_litigation; …"). */
function unruledTables(variant: string): Set<string> {
  const listed = /no ruling lines: ([a-z_, ]+)/.exec(variant)?.[1] ?? '';
  return new Set(
    listed
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  );
}

/** Unruled tables the PDF layout reads: parts 二, 三 and 四 (src/layout/aligned-*.ts). */
const PDF_READS_UNRULED = new Set(['active', 'requests', 'review_litigation']);

const failedCells = (r: NianbaoRecord) => [...new Set(r.checks.filter((c) => !c.ok).flatMap((c) => c.cells))].sort();

type ReportField = keyof NianbaoRecord['report'];
const IDENTITY: ReportField[] = ['template', 'agency', 'year'];

/** How `other` differs from `reference`, one line per difference; flags are not compared on the `looseFlags` tables. */
function differences(
  reference: NianbaoRecord,
  other: NianbaoRecord,
  fields: ReportField[],
  looseFlags = new Set<string>(),
): string[] {
  const out: string[] = [];
  for (const field of fields) {
    if (reference.report[field] !== other.report[field])
      out.push(`report.${field}: ${reference.report[field]} vs ${other.report[field]}`);
  }
  const theirs = new Map(other.facts.map((f) => [cellId(f), f]));
  for (const fact of reference.facts) {
    const id = cellId(fact);
    const twin = theirs.get(id);
    theirs.delete(id);
    if (!twin) out.push(`${id}: missing`);
    else if (twin.value !== fact.value) out.push(`${id}: value ${fact.value} vs ${twin.value}`);
    else if (!looseFlags.has(fact.table) && twin.flags.join() !== fact.flags.join())
      out.push(`${id}: flags [${fact.flags}] vs [${twin.flags}]`);
  }
  for (const id of theirs.keys()) out.push(`${id}: extra`);
  if (failedCells(reference).join() !== failedCells(other).join())
    out.push(`failed check cells: [${failedCells(reference)}] vs [${failedCells(other)}]`);
  return out;
}

/** The DOCX, written by the generator itself, is the reference: it must match the truth. */
function truthDifferences(record: NianbaoRecord, truth: Truth): string[] {
  const byId = new Map(record.facts.map((f) => [cellId(f), f.value]));
  const out = Object.entries(truth.cells)
    .filter(([id, v]) => byId.get(id) !== v)
    .map(([id, v]) => `${id}: truth ${v}, got ${byId.get(id)}`);
  const failed = new Set(failedCells(record));
  out.push(...truth.broken.filter((id) => !failed.has(id)).map((id) => `${id}: broken but in no failed check`));
  if (record.report.template !== truth.template)
    out.push(`template: truth ${truth.template}, got ${record.report.template}`);
  return out;
}

const REPORTS = reportsInAllRenderings();
const unruled = (r: (typeof REPORTS)[number]) => unruledTables(readTruth(r.truth).variant);
/** Reports whose PDF the layout can read: every table ruled, or only tables it reads without rulings. */
const PDF_READABLE = REPORTS.filter((r) => [...unruled(r)].every((t) => PDF_READS_UNRULED.has(t)));

/** Each rendering's record, read once and shared by the tests. */
const records = new Map<string, Promise<NianbaoRecord>>();
function recordOf(report: (typeof REPORTS)[number], format: Rendering): Promise<NianbaoRecord> {
  const file = report.files[format];
  if (!records.has(file)) records.set(file, extractFile(resolve(GENERATED, file), { file }));
  return records.get(file)!;
}

describe('one generated report as DOCX, HTML and PDF gives one record', () => {
  test('files.json lists reports of both template versions in all three renderings, PDF-readable ones of both versions, some unruled', () => {
    const templates = new Set(REPORTS.map((r) => readTruth(r.truth).template));
    expect(REPORTS.length).toBeGreaterThanOrEqual(20);
    expect([...templates].sort()).toEqual(['2019', '2021']);
    expect(new Set(PDF_READABLE.map((r) => readTruth(r.truth).template)).size).toBe(2);
    expect(PDF_READABLE.some((r) => unruled(r).size > 0)).toBe(true);
  });

  test.each(REPORTS.map((r) => [r.name, r] as const))(
    '%s: the DOCX gives its truth, the HTML the same record',
    async (_, report) => {
      const docx = await recordOf(report, 'docx');
      expect(truthDifferences(docx, readTruth(report.truth))).toEqual([]);
      expect(differences(docx, await recordOf(report, 'html'), IDENTITY)).toEqual([]);
    },
  );

  // A table without ruling lines leaves the PDF's cell positions inferred: its flags may differ, its values may not.
  test.each(PDF_READABLE.map((r) => [r.name, r] as const))(
    '%s (tables ruled or not): the PDF gives the same values, flags, failed checks and template',
    async (_, report) => {
      expect(
        differences(await recordOf(report, 'docx'), await recordOf(report, 'pdf'), IDENTITY, unruled(report)),
      ).toEqual([]);
    },
  );
});

function readTruth(file: string): Truth {
  return JSON.parse(readFileSync(resolve(GENERATED, file), 'utf8')) as Truth;
}
