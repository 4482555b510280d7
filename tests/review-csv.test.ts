/**
 * review.csv from `nianbao extract` on generated samples (two with injected errors, one glued
 * text copy, one file that is no document): order, completeness and quoting, read back with an
 * RFC 4180 parser.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runExtract } from '../src/cli/extract-command.js';
import { RecordSchema, type NianbaoRecord } from '../src/record/schema.js';
import { csvField, REVIEW_CSV_COLUMNS } from '../src/review/csv.js';

const GENERATED = resolve('samples/generated');
/** Two reports with injected errors (failed checks), one clean, one glued text copy (flagged cells). */
const SAMPLES = ['gen-003-2019.docx', 'gen-028-2025.docx', 'gen-004-2025.docx', 'gen-001-2019-glued.txt'];

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) throw new Error('last record does not end in CRLF');
  return rows;
}

let dir: string;
let csv: string;
let rows: Record<(typeof REVIEW_CSV_COLUMNS)[number], string>[];
let records: NianbaoRecord[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-review-csv-'));
  for (const name of SAMPLES) copyFileSync(join(GENERATED, name), join(dir, name));
  writeFileSync(join(dir, 'zz-not-a-report.pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
  const code = await runExtract([dir], join(dir, 'out'), () => {});
  expect(code).toBe(1); // the cut PDF is an error record
  records = [...SAMPLES, 'zz-not-a-report.pdf'].map((n) =>
    RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'out', `${n}.json`), 'utf8'))),
  );
  csv = readFileSync(join(dir, 'out', 'review.csv'), 'utf8');
  const [header, ...body] = parseCsv(csv.slice(1));
  expect(header).toEqual([...REVIEW_CSV_COLUMNS]);
  rows = body.map(
    (fields) => Object.fromEntries(REVIEW_CSV_COLUMNS.map((c, i) => [c, fields[i]])) as (typeof rows)[number],
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cellOf = (f: { table: string; row: string; col: string }) => `${f.table}.${f.row}.${f.col}`;

describe('review.csv', () => {
  test('starts with a UTF-8 byte order mark and ends every line in CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\n')).toBe(rows.some((r) => r.message.includes('\n')));
  });

  test('one row per flagged cell or cell of a failed check, per error record and per unmapped entry', () => {
    for (const record of records) {
      const failed = new Set(record.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
      const expected = record.facts.filter((f) => f.flags.length > 0 || failed.has(cellOf(f))).map(cellOf);
      const mine = rows.filter((r) => r.file === record.source.file);
      expect(
        mine
          .filter((r) => r.cell.split('.').length >= 3)
          .map((r) => r.cell)
          .sort(),
      ).toEqual(expected.sort());
      expect(mine.filter((r) => r.flags.startsWith('error:')).length).toBe(record.error ? 1 : 0);
      expect(mine.filter((r) => r.flags === 'unmapped').length).toBe(record.unmapped.length);
    }
    expect(rows.some((r) => r.flags.includes('check_failed:'))).toBe(true);
  });

  test('every cell of a failed check carries the rule and its sentence, read back intact through the quoting', () => {
    const broken = records.filter((r) => r.checks.some((c) => !c.ok));
    expect(broken.length).toBeGreaterThanOrEqual(2);
    for (const record of broken) {
      for (const check of record.checks.filter((c) => !c.ok)) {
        for (const cell of check.cells) {
          const row = rows.find((r) => r.file === record.source.file && r.cell === cell)!;
          expect(row.flags.split(' ')).toContain(`check_failed:${check.rule}`);
          expect(row.message).toContain(`rule ${check.rule}: ${check.message}`);
          const fact = record.facts.find((f) => cellOf(f) === cell)!;
          expect(row.raw).toBe(fact.raw);
          expect(row.value).toBe(fact.value === null ? '' : String(fact.value));
        }
      }
    }
  });

  test('worst first: error records, then cells by rising confidence, then unmapped entries', () => {
    expect(rows[0].flags).toBe('error:UNREADABLE');
    expect(rows[0].file).toContain('zz-not-a-report.pdf');
    const kinds = rows.map((r) => (r.flags.startsWith('error:') ? 0 : r.flags === 'unmapped' ? 2 : 1));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    const confidences = rows.filter((_, i) => kinds[i] === 1).map((r) => Number(r.confidence));
    expect(confidences.length).toBeGreaterThan(10);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });
});

describe('csvField', () => {
  test.each([
    ['plain', 'plain'],
    ['行政复议 总计 printed 0, parts sum to 11', '"行政复议 总计 printed 0, parts sum to 11"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['@cmd', "'@cmd"],
    ['-x', "'-x"],
    ['-', '-'],
    ['—', '—'],
    ['-12', '-12'],
    ['+12', '+12'],
    ['+A1', "'+A1"],
  ])('%j -> %s', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});
