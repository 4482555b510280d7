import { line, textTable } from './helpers/text-table.js';
import { splitLabels, tableRows } from '../src/map/rows.js';
import { columnsByRow, placeInColumns } from '../src/map/text-columns.js';
import { digitColumns } from '../src/map/text-digit-columns.js';
import { tableDef } from '../src/template/index.js';

const columns = tableDef('2021', 'requests').columns;

// The header's words stand packed to the left of where the digits of their columns stand.
const HEADER = [20, 24, 28, 32, 36, 44, 52];
const DIGITS = [24, 29, 34, 39, 44, 49, 54];
const header = [
  line(...[...'自商科社法其总'].map((ch, i): [string, number] => [ch, HEADER[i]])),
  line(...[...'然业研会律他计'].map((ch, i): [string, number] => [ch, HEADER[i]])),
];
const at = (shift: number, ...cells: [string, number][]) =>
  cells.map(([t, j]): [string, number] => [t, DIGITS[j] + shift]);

function columnsOf(lines: string[]) {
  const rows = tableRows(textTable(lines));
  const values = rows.map((r) => splitLabels(r).values);
  return { rows, values, by: digitColumns(rows, values, columns, columnsByRow(rows, columns, 7)).at };
}

describe('columns of a fixed-width table from its digits', () => {
  test('a full row gives every column where its digits stand, and a short row is placed by them', () => {
    const { rows, values, by } = columnsOf([
      ...header,
      line(['一、本年新收', 0], ...at(0, ['1', 0], ['1', 1], ['1', 2], ['1', 3], ['1', 4], ['1', 5], ['6', 6])),
      line(['（一）予以公开', 0], ...at(0, ['3', 2], ['3', 6])),
    ]);
    expect(by.get(2)).toEqual([24.5, 29.5, 34.5, 39.5, 44.5, 49.5, 54.5]);
    expect(placeInColumns(values[3], by.get(3)!, true)).toEqual([2, 6]);
    // by the header alone the 3 does not stand clearly under 科研
    const byHeader = columnsByRow(rows, columns, 7).get(3)!;
    expect(byHeader).toHaveLength(7);
    expect(placeInColumns(values[3], byHeader, true)).not.toEqual([2, 6]);
  });

  test('a page break that moves the table starts a new stretch, read from its own digits', () => {
    const full = (shift: number) =>
      line(['总计', 0], ...at(shift, ['2', 0], ['2', 1], ['2', 2], ['2', 3], ['2', 4], ['2', 5], ['12', 6]));
    const { values, by } = columnsOf([
      ...header,
      full(0),
      line(['（一）予以公开', 0], ...at(0, ['4', 1], ['4', 6])),
      line(['（二）部分公开', 0], ...at(5, ['7', 3], ['7', 6])),
      full(5),
    ]);
    expect(placeInColumns(values[3], by.get(3)!, true)).toEqual([1, 6]);
    expect(by.get(4)![0]).toBe(by.get(2)![0] + 5);
    expect(placeInColumns(values[4], by.get(4)!, true)).toEqual([3, 6]);
  });

  test('where only the total column is anchored, the header stays as it was', () => {
    const lines = [...header, line(['（一）予以公开', 0], ...at(0, ['4', 1], ['4', 6]))];
    const rows = tableRows(textTable(lines));
    expect(columnsOf(lines).by.get(2)).toEqual(columnsByRow(rows, columns, 7).get(2));
  });
});
