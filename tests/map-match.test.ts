/**
 * Row labels as page breaks leave them: the last characters of a vertical group label carried
 * into the next row's label cell are not part of that row's label.
 */
import { matchRow } from '../src/map/match.js';
import { tableDef } from '../src/template/index.js';

const { rows, groups } = tableDef('2021', 'requests');
const rowOf = (labels: string[], group?: string) => matchRow(labels, rows, groups, { group })?.row.key;

test('处理（七）总计: 处/理 of （六）其他处理 spilled over the page break; the row is still 总计', () => {
  expect(rowOf(['处理（七）总计'], 'other')).toBe('total');
  expect(rowOf(['理（七）总计'], 'other')).toBe('total');
});

test('text before the numbering that ends no group label is kept: the label does not match a row', () => {
  expect(rowOf(['申请（七）总计'], 'other')).not.toBe('total');
});
