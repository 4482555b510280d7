import { parseCellId } from '../src/core/index.js';
import type { Geometry } from '../extractors/model.js';
import type { MappedCell, MappedReport } from '../src/map/types.js';
import { recordFromMapped } from '../src/pipeline.js';
import { RecordSchema, type NianbaoRecord } from '../src/record/schema.js';
import { cellId, layoutCells, type Layout } from '../src/template/index.js';

const layout: Layout = { version: '2021', other: 'split' };
const source = { file: 'in/a.pdf', sha256: 'a'.repeat(64), format: 'pdf' as const, pages: 3 };

/** A consistent report: one request by a person, granted; 11 reviews pending; part 二 mostly blank. */
function printed(): Map<string, string> {
  const raw = new Map(layoutCells(layout).map((c) => [cellId(c), c.table === 'active' ? '' : '0']));
  for (const row of ['new_received', 'granted', 'total']) {
    raw.set(`requests.${row}.natural_person`, '1');
    raw.set(`requests.${row}.total`, '1');
  }
  raw.set('review_litigation.review.pending', '11');
  raw.set('review_litigation.review.total', '11');
  raw.set('active.fees.amount_wan', '7.5');
  return raw;
}

function mapped(
  raw: Map<string, string>,
  geometry: Geometry = 'ruled',
  over: Partial<MappedReport> = {},
): MappedReport {
  const cells: MappedCell[] = [...raw].map(([id, text]) => {
    const { table, row, col } = parseCellId(id);
    return {
      table: table as MappedCell['table'],
      row,
      col,
      raw: text,
      geometry,
      labelScore: 1,
      page: 2,
    };
  });
  return {
    title: '某局2023年政府信息公开工作年度报告',
    agency: '某局',
    year: 2023,
    template: '2021',
    layout,
    sections: [{ part: 1, heading: '一、总体情况', text: '…' }],
    tablesFound: ['active', 'requests', 'review_litigation'],
    cells,
    glued: [],
    unmapped: [],
    reasons: [],
    ...over,
  };
}

const build = (m: MappedReport): NianbaoRecord => {
  const record = recordFromMapped(m, source).value;
  RecordSchema.parse(record);
  return record;
};
const fact = (r: NianbaoRecord, id: string) => r.facts.find((f) => cellId(f) === id)!;

describe('recordFromMapped', () => {
  test('a complete consistent report: every layout cell in template order, no flags, no review', () => {
    const r = build(mapped(printed()));
    expect(r.facts.map(cellId)).toEqual(layoutCells(layout).map(cellId));
    expect(r.facts.filter((f) => f.flags.length > 0)).toEqual([]);
    expect(r.checks.every((c) => c.ok)).toBe(true);
    expect(r.review).toEqual({ required: false, reasons: [] });
    expect(fact(r, 'active.fees.amount_wan').value).toBe(7.5);
    expect(fact(r, 'active.regulations.issued')).toMatchObject({ value: 0, raw: '', page: 2 });
    expect(r.facts.every((f) => f.confidence >= 0.9)).toBe(true);
  });

  test('the same input gives a byte-identical record', () => {
    expect(JSON.stringify(build(mapped(printed())))).toBe(JSON.stringify(build(mapped(printed()))));
  });

  test('a missing cell gets a null fact flagged cell_missing and requires review', () => {
    const raw = printed();
    raw.delete('requests.partial.research');
    const r = build(mapped(raw));
    expect(fact(r, 'requests.partial.research')).toMatchObject({
      value: null,
      raw: '',
      flags: ['cell_missing'],
      confidence: 0,
    });
    expect(r.review.required).toBe(true);
    expect(r.facts).toHaveLength(layoutCells(layout).length);
  });

  test('a missing part gives no facts, a part_missing reason, and review (FORMAT.md §5)', () => {
    const raw = new Map([...printed()].filter(([id]) => !id.startsWith('review_litigation')));
    const r = build(mapped(raw, 'ruled', { tablesFound: ['active', 'requests'] }));
    expect(r.facts.some((f) => f.table === 'review_litigation')).toBe(false);
    expect(r.review).toEqual({ required: true, reasons: ['part_missing:review_litigation'] });
  });

  test('a failed check requires review and keeps the printed value', () => {
    const raw = printed();
    raw.set('review_litigation.review.total', '0');
    const r = build(mapped(raw));
    expect(fact(r, 'review_litigation.review.total').value).toBe(0);
    expect(r.checks.filter((c) => !c.ok).map((c) => c.message)).toEqual(['行政复议 总计 printed 0, parts sum to 11']);
    expect(r.review.required).toBe(true);
  });

  test('blank as zero from text geometry: unflagged under a passing sum, flagged where no sum covers it', () => {
    const r = build(mapped(printed(), 'text'));
    expect(fact(r, 'requests.partial.research')).toMatchObject({ value: 0, flags: [] });
    // Part 二 has no sums: a blank there may be a lost number.
    expect(fact(r, 'active.regulations.issued')).toMatchObject({ value: 0, flags: ['blank_inferred'] });
    expect(r.review.required).toBe(true);
  });

  test('every fact below confidence 0.5 carries a flag', () => {
    const m = mapped(printed(), 'text');
    m.cells.forEach((c) => (c.labelScore = 0.2));
    const r = build(m);
    const low = r.facts.filter((f) => f.confidence < 0.5);
    expect(low.length).toBeGreaterThan(0);
    expect(low.every((f) => f.flags.length > 0)).toBe(true);
  });

  const gluedGranted = (run: string) => {
    const raw = printed();
    const cols = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'];
    cols.forEach((c) => raw.delete(`requests.granted.${c}`));
    return {
      cols,
      record: build(
        mapped(raw, 'text', { glued: [{ table: 'requests', row: 'granted', cols, raw: run, geometry: 'text' }] }),
      ),
    };
  };

  test('a glued run with exactly one valid split becomes the cells of that split', () => {
    const { cols, record } = gluedGranted('1000001');
    expect(cols.map((c) => fact(record, `requests.granted.${c}`).value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(record.checks.every((c) => c.ok)).toBe(true);
  });

  test('a glued run whose only split breaks a sum is read as printed; the broken sums are failed checks naming it', () => {
    const { cols, record } = gluedGranted('1000002');
    expect(cols.map((c) => fact(record, `requests.granted.${c}`).value)).toEqual([1, 0, 0, 0, 0, 0, 2]);
    const failed = record.checks.filter((c) => !c.ok);
    expect(failed.find((c) => c.rule === '2')?.cells).toContain('requests.granted.total');
    const inFailed = new Set(failed.flatMap((c) => c.cells));
    expect(cols.filter((c) => !inFailed.has(`requests.granted.${c}`))).toEqual([]);
    expect(record.review.required).toBe(true);
  });

  test('a glued run with no split at all (fewer digits than cells): null values, the run as raw, no_valid_split', () => {
    const { cols, record } = gluedGranted('100002');
    for (const c of cols)
      expect(fact(record, `requests.granted.${c}`)).toMatchObject({
        value: null,
        raw: '100002',
        flags: ['no_valid_split'],
      });
    expect(record.review.required).toBe(true);
  });

  test('a cell on a key outside the layout goes to unmapped, never into facts', () => {
    const m = mapped(printed());
    m.cells.push({ table: 'requests', row: 'other', col: 'total', raw: '3', geometry: 'ruled', labelScore: 1 });
    const r = build(m);
    expect(r.facts.some((f) => f.row === 'other')).toBe(false);
    expect(r.unmapped).toEqual([{ table: 'requests', label: 'requests.other.total', values: ['3'] }]);
    expect(r.review.required).toBe(true);
  });

  test('two different printings of one cell are flagged, the first kept', () => {
    const m = mapped(printed());
    m.cells.push({ table: 'active', row: 'licensing', col: 'decisions', raw: '9', geometry: 'ruled', labelScore: 1 });
    expect(fact(build(m), 'active.licensing.decisions')).toMatchObject({
      value: 0,
      flags: ['conflicting_cells'],
      note: 'also printed: 9',
    });
  });

  test('no report table found gives a NOT_A_REPORT error record', () => {
    const r = build(mapped(printed(), 'ruled', { layout: null, tablesFound: [], cells: [] }));
    expect(r.error?.code).toBe('NOT_A_REPORT');
    expect(r.facts).toEqual([]);
    expect(r.review.required).toBe(true);
  });
});
