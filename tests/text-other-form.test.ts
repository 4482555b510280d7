import type { Table, TableCell } from '../extractors/model.js';
import { otherFormNamed } from '../src/map/other-form.js';
import { tableRows } from '../src/map/rows.js';
import { tableDef } from '../src/template/index.js';

const rowsOf = (lines: string[]) => {
  const cells: TableCell[] = lines.flatMap((line, row) =>
    [...line.matchAll(/\S+/g)].map((m, col) => ({ row, col, rowSpan: 1, colSpan: 1, text: m[0], textColumn: m.index })),
  );
  const table: Table = { kind: 'table', geometry: 'text', nRows: lines.length, nCols: 8, cells, pages: [] };
  return tableRows(table);
};
const rows = tableDef('2021', 'requests').rows;

describe('the form of （六） read from the labels of a text table whose （六） prints no number', () => {
  test('an item label wrapped around a vertical group label: three rows', () => {
    const lines = [
      '（七）总计  5  5',
      '     申请人无正当理由',
      '  其 逾期不补正、行政',
      '  他 机关不再处理其政',
      '（六）其他处理',
    ];
    expect(otherFormNamed(rowsOf(lines), rows)).toBe('split');
  });

  test('（六）其他处理 alone: one row; neither: not known (无正当理由大量反复申请 is another row)', () => {
    expect(otherFormNamed(rowsOf(['4.无正当理由大量反复申请', '（六）其他处理', '（七）总计  5  5']), rows)).toBe(
      'single',
    );
    expect(otherFormNamed(rowsOf(['4.无正当理由大量反复申请  1  1', '（七）总计  5  5']), rows)).toBeUndefined();
  });
});
