/**
 * The template data (src/template) against the contract it encodes, ../shared/FORMAT.md, read
 * independently: row and column keys in template order, canonical labels, and the sums of §3.
 * The generator keeps its own printed template (samples/generator/template-print.ts), which
 * tests/template-print.test.ts holds against src/template and the blank 2021 template.
 */
import { readFileSync } from 'node:fs';
import { SUM_RULES, layoutRows, tableDef, type Layout, type TableKey } from '../src/template/index.js';
import { describeShared, SHARED_SAMPLES } from './helpers/shared.js';

const FORMAT = () => readFileSync(`${SHARED_SAMPLES}/../FORMAT.md`, 'utf8');

/** The text between a heading that starts with `start` and the next heading of the same or a higher level. */
function section(text: string, start: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`FORMAT.md has no ${start}`);
  const level = start.match(/^#+/)![0];
  const rest = text.slice(from + start.length);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Rows of a Markdown table whose first cell is a backticked key: [key, label, third cell]. */
const keyRows = (text: string): [string, string, string][] =>
  [...text.matchAll(/^\| `([a-z_.]+)` \| ([^|]+?) \|(?: ([^|]*?) \|)?$/gm)].map((m) => [m[1], m[2].trim(), m[3] ?? '']);

/** Numbering, group labels and spaces stripped: `（三）不予公开 1.属于国家秘密` → `属于国家秘密`. */
const bare = (label: string) =>
  label
    .replace(/\s*\((?:2019|2021)[^)]*\)$/, '')
    .replace(
      /^.*?(?:\d+[.．、]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(?=[^\d（]*$|[^（]*（[^一二三四五六七八九十])/,
      '',
    )
    .replace(/\s/g, '');

const canonical = (labels: string[]) => bare(labels[0]);

describeShared('src/template against ../shared/FORMAT.md', () => {
  test("part 二: row keys in order, canonical labels and each row's columns, for both versions", () => {
    const active = section(FORMAT(), '### Table `active`');
    const [v2021, v2019] = active.split('2019 version:');
    for (const [version, text] of [
      ['2021', v2021],
      ['2019', v2019],
    ] as const) {
      const rows = keyRows(text);
      const def = tableDef(version, 'active');
      expect(def.rows.map((r) => r.key)).toEqual(rows.map(([key]) => key));
      let previous: string[] = [];
      for (const [key, label, cols] of rows) {
        const row = def.rows.find((r) => r.key === key)!;
        expect(row.labels[0]).toBe(label);
        const named = [...cols.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
        const expected = named.length > 0 ? named : previous; // "same three"
        expect(row.cols).toEqual(expected);
        previous = expected;
      }
    }
  });

  test('part 二: column labels of both versions', () => {
    const [v2021, v2019] = section(FORMAT(), '### Table `active`').split('2019 version:');
    for (const [version, text] of [
      ['2021', v2021],
      ['2019', v2019],
    ] as const) {
      const printed = [...text.matchAll(/`([a-z_]+)` ([^,`(|\n]+(?:（单位：万元）)?)/g)];
      expect(printed.length).toBeGreaterThan(3);
      for (const [, key, label] of printed) {
        const col = tableDef(version, 'active').columns.find((c) => c.key === key);
        expect([key, col?.labels]).toEqual([key, expect.arrayContaining([label.trim()])]);
      }
    }
  });

  test('part 三: row keys in template order for both forms of （六）, and canonical labels', () => {
    const rows = keyRows(section(FORMAT(), '### Table `requests`'));
    const keys = rows.map(([key]) => key);
    const layouts: [Layout, string[]][] = [
      [{ version: '2021', other: 'split' }, keys.filter((k) => k !== 'other')],
      [{ version: '2019', other: 'single' }, keys.filter((k) => !k.startsWith('other.'))],
    ];
    for (const [layout, expected] of layouts) {
      expect(layoutRows(layout, 'requests').map((r) => r.key)).toEqual(expected);
    }
    const all = [...layoutRows(layouts[0][0], 'requests'), ...layoutRows(layouts[1][0], 'requests')];
    for (const [key, label] of rows) {
      const row = all.find((r) => r.key === key)!;
      expect(bare(label)).toContain(canonical(row.labels));
    }
  });

  test('part 三 and 四: column keys in order with their labels', () => {
    const text = FORMAT();
    const requests = section(text, '### Table `requests`').split('Rows, in template order')[0];
    const named = (t: string) => [...t.matchAll(/`([a-z_]+)` ([^\s,;`.]+)/g)].map((m) => [m[1], m[2]]);
    const reqCols = tableDef('2021', 'requests').columns;
    expect(reqCols.map((c) => c.key)).toEqual(named(requests).map(([k]) => k));
    for (const [key, label] of named(requests)) expect(reqCols.find((c) => c.key === key)!.labels).toContain(label);
    const review = section(text, '### Table `review_litigation`');
    const cols = review.slice(review.indexOf('Cols:'));
    expect(tableDef('2021', 'review_litigation').columns.map((c) => c.key)).toEqual(named(cols).map(([k]) => k));
    const rowKeys = [...review.slice(0, review.indexOf('Cols:')).matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
    expect(layoutRows({ version: '2021', other: 'split' }, 'review_litigation').map((r) => r.key)).toEqual(rowKeys);
  });

  test('§3 rules 1, 2 and 4 are the sums the template checks, and rule 3 sums exactly the result leaves', () => {
    const rules = section(FORMAT(), '## 3.');
    const equation = (n: number) => {
      const line = rules.split('\n').find((l) => l.startsWith(`${n}. `))!;
      const [lhs, rhs] = [...line.matchAll(/`([^`]+)`/g)].find((m) => m[1].includes('='))![1].split('=');
      const terms = (side: string) => side.split('+').map((t) => t.trim());
      return { lhs: terms(lhs), rhs: terms(rhs) };
    };
    const rule = (n: number, table: TableKey) => SUM_RULES.find((r) => r.rule === n && r.table === table)!;
    for (const [n, table] of [
      [1, 'requests'],
      [2, 'requests'],
      [4, 'review_litigation'],
    ] as const) {
      expect({ lhs: rule(n, table).lhs, rhs: rule(n, table).rhs }).toEqual(equation(n));
    }
    expect(rule(3, 'requests')).toMatchObject({ lhs: ['total'], rhs: 'results' });
    const leaves = rules
      .split('\n')
      .find((l) => l.startsWith('3. '))!
      .match(/\(([^)]+)\)/)![1]
      .split(',')
      .map((t) => t.trim().replace(/^other or other\.\*$/, 'other|other.*'));
    const isLeaf = (key: string) =>
      leaves.some((pattern) =>
        pattern.split('|').some((p) => (p.endsWith('.*') ? key.startsWith(p.slice(0, -1)) : key === p)),
      );
    for (const layout of [
      { version: '2021', other: 'split' },
      { version: '2019', other: 'single' },
    ] as Layout[]) {
      for (const row of layoutRows(layout, 'requests'))
        expect([row.key, Boolean(row.result)]).toEqual([row.key, isLeaf(row.key)]);
    }
  });
});
