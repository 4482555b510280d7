/**
 * Issue 4 acceptance: the real blank 2021 template filled at test time with generated values
 * (rules 1–4 of FORMAT.md §3 hold, parts 二, 三 and 四 filled), run through the whole pipeline as
 * DOCX and as the PDF LibreOffice makes of it. Every cell comes back exactly; a 总计 printed as 0
 * lands in a failed check. The filled files live in a temp dir only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellsInFailedRules, failedRules } from '../samples/generator/checks.js';
import { createRng } from '../samples/generator/prng.js';
import { generateValues, type Cells } from '../samples/generator/values.js';
import { extractFile } from '../src/extract-file.js';
import type { NianbaoRecord } from '../src/record/schema.js';
import { cellId, layoutCells, type Layout, type TableKey } from '../src/template/index.js';
import { fillDocx } from './helpers/fill-docx.js';
import { describeShared, sharedPath } from './helpers/shared.js';
import { testWithTool } from './helpers/tools.js';

/** The blank template prints （六） as three items. */
const LAYOUT: Layout = { version: '2021', other: 'split' };
/** The template's three tables in document order. */
const TABLES: TableKey[] = ['active', 'requests', 'review_litigation'];
const BROKEN_CELL = 'requests.total.total';

interface Filling {
  name: string;
  seed: number;
  agency: string;
  year: number;
  /** How a zero is printed: as 0, left blank, or as a dash. */
  zero: string;
  /** How other numbers are printed; plain digits where not given. */
  number?: (v: number) => string;
  /**
   * Numbers too wide for part 三's value cells, which LibreOffice wraps inside the cell in its PDF.
   * Checked as DOCX only: the PDF layout joins a wrapped number's lines with a space ("1,62 2",
   * src/layout cellText), reported in issue 4 and not yet asserted here.
   */
  /** Cells printed wrong on purpose (value as printed). */
  broken: Cells;
}

const FILLINGS: Filling[] = [
  { name: 'zeros-as-0', seed: 11, agency: '青石县市场监督管理局', year: 2023, zero: '0', broken: {} },
  { name: 'zeros-blank', seed: 23, agency: '东湖区人民政府办公室', year: 2022, zero: '', broken: {} },
  { name: 'zeros-as-dash', seed: 37, agency: '临川市交通运输局', year: 2024, zero: '—', broken: {} },
  {
    name: 'full-width-and-separators',
    seed: 53,
    agency: '西津区教育局',
    year: 2023,
    zero: '-',
    number: fullWidthOrGrouped,
    broken: {},
  },
  { name: 'total-printed-0', seed: 41, agency: '南岭镇人民政府', year: 2021, zero: '0', broken: { [BROKEN_CELL]: 0 } },
];

/** Counts of four digits and more with thousands separators (1,234), smaller whole numbers in full-width digits (１２). */
function fullWidthOrGrouped(v: number): string {
  if (!Number.isInteger(v)) return String(v);
  if (v >= 1000) return v.toLocaleString('en-US');
  return String(v).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** The values as printed: generated so that the sums hold, then the broken cells put over them. */
function printedValues(f: Filling): Cells {
  return { ...generateValues(createRng(f.seed), LAYOUT, 'large'), ...f.broken };
}

/** The template's empty cells of each table, in reading order, are that table's cells in template order. */
function fill(template: Uint8Array, f: Filling, values: Cells): Uint8Array {
  const order = TABLES.map((t) => layoutCells(LAYOUT, [t]).map(cellId));
  return fillDocx(template, {
    title: `${f.agency}${f.year}年政府信息公开工作年度报告`,
    cell: ({ table, blank }) => {
      if (blank === undefined) return undefined;
      const id = order[table]?.[blank];
      if (id === undefined) throw new Error(`template table ${table} has more empty cells than the layout has cells`);
      return values[id] === 0 ? f.zero : (f.number ?? String)(values[id]);
    },
  });
}

const failedCells = (record: NianbaoRecord) => new Set(record.checks.filter((c) => !c.ok).flatMap((c) => c.cells));

/** What every rendering of a filling must give: each cell as printed, the report's identity, the broken cells caught. */
function expectFilledRecord(record: NianbaoRecord, f: Filling, values: Cells): void {
  expect(record.error).toBeUndefined();
  expect(record.report).toMatchObject({ template: '2021', agency: f.agency, year: f.year });
  const byId = new Map(record.facts.map((fact) => [cellId(fact), fact]));
  expect([...byId.keys()].sort()).toEqual(Object.keys(values).sort());
  const wrong = Object.entries(values)
    .filter(([id, v]) => byId.get(id)?.value !== v)
    .map(([id, v]) => `${id}: printed ${v}, got ${byId.get(id)?.value}`);
  expect(wrong).toEqual([]);
  const failed = failedCells(record);
  for (const id of Object.keys(f.broken)) expect(failed.has(id)).toBe(true);
  if (Object.keys(f.broken).length === 0) {
    expect(record.checks.filter((c) => !c.ok)).toEqual([]);
    expect(record.facts.filter((fact) => fact.flags.length > 0)).toEqual([]);
  }
  expect(record.review.required).toBe(Object.keys(f.broken).length > 0);
}

describeShared('the blank 2021 template filled at test time', () => {
  let dir: string;
  const docx = (f: Filling) => join(dir, `${f.name}.docx`);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-template-fill-'));
    const template = readFileSync(sharedPath('template/blank-2021-template.docx'));
    for (const f of FILLINGS) writeFileSync(docx(f), fill(template, f, printedValues(f)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the printed values break rules 1–4 exactly on the broken cells, and are mostly non-zero in every part', () => {
    for (const f of FILLINGS) {
      const values = printedValues(f);
      const broken = cellsInFailedRules(LAYOUT, values);
      for (const id of Object.keys(f.broken)) expect(broken.has(id)).toBe(true);
      if (Object.keys(f.broken).length === 0) expect(failedRules(LAYOUT, values)).toEqual([]);
      for (const table of TABLES) {
        const cells = layoutCells(LAYOUT, [table]).map(cellId);
        expect(cells.filter((id) => values[id] !== 0).length).toBeGreaterThanOrEqual(cells.length / 3);
      }
    }
  });

  test.each(FILLINGS.map((f) => [f.name, f] as const))(
    'DOCX %s: every cell exactly, broken totals in failed checks',
    async (_, f) => {
      expectFilledRecord(await extractFile(docx(f), { file: `${f.name}.docx` }), f, printedValues(f));
    },
  );

  describe('the same fillings as PDF made by LibreOffice', () => {
    const { test: withSoffice, present, path: soffice } = testWithTool('soffice', 'template fillings as PDF');
    const pdf = (f: Filling) => join(dir, `${f.name}.pdf`);

    beforeAll(() => {
      if (!present && process.env.CI !== 'true') return; // skipped: nothing to convert with
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      execFileSync(soffice(), [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...FILLINGS.map(docx)], {
        stdio: 'ignore',
        timeout: 240_000,
      });
    }, 300_000);

    withSoffice.each(FILLINGS.map((f) => [f.name, f] as const))(
      'PDF %s: every cell exactly, broken totals in failed checks',
      async (_, f) => {
        expectFilledRecord(await extractFile(pdf(f), { file: `${f.name}.pdf` }), f, printedValues(f));
      },
    );
  });
});
