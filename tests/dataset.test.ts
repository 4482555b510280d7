/** The dataset in OUT/nianbao.sqlite, `nianbao export`, and the README's example queries. */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordSchema, type NianbaoRecord } from '../src/record/schema.js';
import { allCellIds } from '../src/template/index.js';
import { corpus, generated, nianbao } from './helpers/batch.js';

let dir: string;
let db: Database.Database;
let records: NianbaoRecord[];
const NAMES = generated('.txt', '.html').filter((n) => /^gen-00[1-3]-\d+\.(txt|html)$/.test(n));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-dataset-'));
  corpus(join(dir, 'in'), NAMES);
  nianbao(dir, 'extract', 'in', '--out', 'out', '--jobs', '2');
  records = NAMES.map((n) =>
    RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'copy-00', `${n}.json`), 'utf8'))),
  );
  db = new Database(join(dir, 'out', 'nianbao.sqlite'), { readonly: true });
}, 600_000);
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
/** CSV lines after the header; no field of these exports holds a line break. */
const csvRows = (text: string) => text.split('\r\n').filter(Boolean).slice(1);

test('every record is in SQLite: one report per input, its facts, checks and flags', () => {
  expect(NAMES).toHaveLength(6);
  const facts = records.reduce((n, r) => n + r.facts.length, 0);
  expect(count('SELECT COUNT(*) AS n FROM reports')).toBe(6);
  expect(count('SELECT COUNT(*) AS n FROM facts')).toBe(facts);
  expect(count('SELECT COUNT(*) AS n FROM checks')).toBe(records.reduce((n, r) => n + r.checks.length, 0));
  expect(count('SELECT COUNT(*) AS n FROM flags')).toBe(
    records.reduce((n, r) => n + r.facts.reduce((m, f) => m + f.flags.length, 0), 0),
  );
});

test('export long CSV: a BOM, a header and one row per fact, as counted in SQLite', () => {
  const res = nianbao(dir, 'export', 'out', '--format', 'csv');
  expect(res.status).toBe(0);
  expect(res.stdout.startsWith('\uFEFFfile,agency,year,template,table,row,col,value,confidence,flags\r\n')).toBe(true);
  expect(csvRows(res.stdout)).toHaveLength(count('SELECT COUNT(*) AS n FROM facts'));
  const first = records[0].facts[0];
  expect(
    csvRows(res.stdout)[0].startsWith(
      `${records[0].source.file},${records[0].report.agency},${records[0].report.year},`,
    ),
  ).toBe(true);
  expect(csvRows(res.stdout)[0]).toContain(
    `,${first.table},${first.row},${first.col},${first.value ?? ''},${first.confidence},`,
  );
});

test('export wide CSV: one row per report, one column per canonical key; jsonl the same rows', () => {
  expect(nianbao(dir, 'export', 'out', '--format', 'csv', '--shape', 'wide', '--output', 'wide.csv').status).toBe(0);
  const wide = readFileSync(join(dir, 'wide.csv'), 'utf8');
  const header = wide.slice(1).split('\r\n')[0].split(',');
  expect(header).toEqual(['file', 'agency', 'year', 'template', ...allCellIds()]);
  expect(csvRows(wide)).toHaveLength(6);
  const jsonl = nianbao(dir, 'export', 'out', '--format', 'jsonl', '--shape', 'wide')
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(jsonl).toHaveLength(6);
  const r = records.find((x) => x.source.file === jsonl[0].file)!;
  for (const f of r.facts) expect(jsonl[0][`${f.table}.${f.row}.${f.col}`]).toBe(f.value);
});

test("the README's example queries run and answer", () => {
  const readme = readFileSync('README.md', 'utf8');
  const queries = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
  expect(queries).toHaveLength(3);
  const [granted, cases, flags] = queries.map((q) => db.prepare(q).all() as Record<string, number | string | null>[]);
  expect(granted.length).toBeGreaterThan(0);
  for (const row of granted) expect(row.granted_share).toBeGreaterThan(0);
  expect(cases.length).toBeGreaterThan(0);
  expect(flags.reduce((n, row) => n + Number(row.cells), 0)).toBe(count('SELECT COUNT(*) AS n FROM flags'));
});
