/**
 * A template column found in no row of an inferred grid: the numbers beside it may be its own,
 * read one column over, and where two are lost a block of columns slides (every sum still
 * holds, blanks included), so every cell of the table is flagged `column_uncertain`.
 */
import { weighFacts } from '../src/confidence/index.js';
import type { Geometry } from '../extractors/model.js';
import type { Draft } from '../src/values/read.js';
import type { Layout } from '../src/template/index.js';

const layout: Layout = { version: '2021', other: 'split' };
const COLS = ['natural', 'commercial', 'research', 'social', 'legal_service', 'other_org', 'total'];

function draft(row: string, col: string, raw: string | null, geometry: Geometry): Draft {
  const key = { table: 'requests' as const, row, col };
  if (raw === null)
    return { fact: { ...key, value: null, raw: '', flags: ['cell_missing'] }, kind: 'count', candidate: null };
  const value = raw === '' ? 0 : Number(raw);
  return {
    fact: { ...key, value, raw, flags: [] },
    kind: 'count',
    candidate: { raw, geometry, labelScore: 1, flags: [] },
  };
}

/** Two rows read with other_org lost: its numbers landed on legal_service. */
const drafts = (geometry: Geometry, lost: boolean) =>
  ['granted', 'total'].flatMap((row) =>
    COLS.map((col) =>
      draft(row, col, col === 'other_org' ? (lost ? null : '') : col === 'legal_service' ? '5' : '1', geometry),
    ),
  );

const flagged = (ds: Draft[]) =>
  weighFacts(ds, { checks: [], unevaluated: new Set() }, layout)
    .value.filter((f) => f.flags.includes('column_uncertain'))
    .map((f) => `${f.row}.${f.col}`);

test('every cell of an aligned table with a column found in no row is flagged, blanks too', () => {
  const cells = ['granted', 'total'].flatMap((row) => COLS.filter((c) => c !== 'other_org').map((c) => `${row}.${c}`));
  expect(flagged(drafts('aligned', true))).toEqual(cells);
});

/** Two columns lost: the numbers of 自然人 and 商业企业 read two columns right, 社会公益组织's blank under 科研机构. */
test('two columns lost: numbers and blanks far from them are flagged too', () => {
  const shifted = ['natural', 'commercial'].map((col) => draft('granted', col, null, 'aligned'));
  const rest = ['research', 'social', 'legal_service', 'other_org', 'total'].map((col, i) =>
    draft('granted', col, ['4', '2', '', '1', '7'][i], 'aligned'),
  );
  expect(flagged([...shifted, ...rest])).toEqual([
    'granted.research',
    'granted.social',
    'granted.legal_service',
    'granted.other_org',
    'granted.total',
  ]);
});

test('nothing is flagged where the column was found, or where the grid was ruled', () => {
  expect(flagged(drafts('aligned', false))).toEqual([]);
  expect(flagged(drafts('ruled', true))).toEqual([]);
});
