/**
 * Tables drawn without ruling lines: wrapped labels are one row with the numbers beside any of
 * their lines, a vertical group label spans its rows, a wrapped header is one column header.
 * Synthetic runs built here, then a LibreOffice-rendered sample with blank zeros.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cellMatrix, type Page, type Table, type TextRun } from '../extractors/model.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { documentBlocks } from '../src/layout/index.js';

const FONT = 9;
const run = (text: string, x: number, y: number): TextRun => ({
  text,
  bbox: [x, y, x + FONT * [...text].length * (/^\d+$/.test(text) ? 0.5 : 1), y + FONT],
  fontSize: FONT,
  fontName: 'f',
  vertical: false,
});

function tableOf(runs: TextRun[]): Table {
  const page: Page = { number: 1, width: 600, height: 800, runs, rulings: [] };
  const { value } = documentBlocks({ format: 'pdf', pageCount: 1, pages: [page], blocks: [] });
  const tables = value.filter((b): b is Table => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return tables[0];
}

const rowTexts = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? ''));

describe('aligned table rows and headers', () => {
  // header 自然/人 wrapped over two lines; a label wrapped with its numbers on the second line;
  // a blank row; a vertical group label (one character per line) beside three items
  const runs: TextRun[] = [
    run('自然', 300, 100),
    run('总计', 360, 106),
    run('人', 304, 112),
    run('1.第一项', 180, 130),
    run('3', 300, 130),
    run('3', 362, 130),
    run('2.第二项很长很长很长很', 180, 143),
    run('长的标签', 180, 156),
    run('5', 300, 156),
    run('5', 362, 156),
    run('3.空白项', 180, 169),
    run('4.第四项', 180, 182),
    run('1', 300, 182),
    run('1', 362, 182),
    ...['分', '组', '标', '签'].map((ch, i) => run(ch, 150, 140 + i * FONT)),
  ];
  const table = tableOf(runs);
  const rows = rowTexts(table);

  test('geometry aligned, one header row per header level: 自然人 is one header', () => {
    expect(table.geometry).toBe('aligned');
    expect(rows.some((r) => r.includes('自然人'))).toBe(true);
    expect(rows.flat()).not.toContain('人');
  });

  test('a wrapped label is one row holding the numbers printed beside its second line', () => {
    const row = rows.find((r) => r.includes('2.第二项很长很长很长很长的标签'))!;
    expect(row.filter((t) => t === '5')).toHaveLength(2);
    expect(rows.filter((r) => r.some((t) => /^\d+$/.test(t)))).toHaveLength(3);
  });

  test('a label without numbers is a row of blanks of its own', () => {
    const row = rows.find((r) => r.includes('3.空白项'))!;
    expect(row.filter((t) => /\d/.test(t) && t !== '3.空白项')).toHaveLength(0);
  });

  test('the vertical group label spans the item rows beside it', () => {
    const group = table.cells.find((c) => c.text === '分组标签')!;
    expect(group.rowSpan).toBeGreaterThanOrEqual(3);
  });
});

test('总计 without its item number, left of the item column under a blank （六）其他处理: its own row, not part of the group label above', () => {
  const runs: TextRun[] = [
    run('自然人', 300, 100),
    run('总计', 360, 100),
    run('（五）不予', 128, 130),
    run('1.第一项', 180, 130),
    run('3', 300, 130),
    run('3', 362, 130),
    run('处理', 128, 143),
    run('2.第二项', 180, 143),
    run('2', 300, 143),
    run('2', 362, 143),
    run('3.第三项', 180, 156),
    run('（六）其他处理', 128, 169),
    run('总计', 128, 182),
    run('5', 300, 182),
    run('5', 362, 182),
    run('结转下年度继续办理', 93, 195),
    run('1', 300, 195),
    run('1', 362, 195),
  ];
  const rows = rowTexts(tableOf(runs));
  expect(rows.find((r) => r.includes('总计') && r.includes('5'))).toBeDefined();
  expect(rows.find((r) => r.includes('（六）其他处理'))?.filter((t) => t === '5')).toHaveLength(0);
});

describe('LibreOffice sample without ruling lines, zeros blank, vertical group labels', () => {
  test('gen-035-2022: table 三 has one row per template row and （七）总计 keeps its numbers', async () => {
    const file = resolve(process.cwd(), 'samples/generated/gen-035-2022.pdf');
    const { value } = await extractPdf(new Uint8Array(readFileSync(file)), { file });
    const tables = documentBlocks(value).value.filter((b): b is Table => b.kind === 'table');
    const requests = tables.find((t) => t.geometry === 'aligned' && t.cells.some((c) => /本年新收/.test(c.text)))!;
    const rows = rowTexts(requests);
    const first = rows.findIndex((r) => r.some((t) => /本年新收/.test(t)));
    const truth = JSON.parse(readFileSync(resolve(process.cwd(), 'samples/generated/gen-035-2022.truth.json'), 'utf8'))
      .cells as Record<string, number>;
    const templateRows = new Set(
      Object.keys(truth)
        .filter((k) => k.startsWith('requests.'))
        .map((k) => k.split('.').slice(1, -1).join('.')),
    );
    expect(rows.length - first).toBe(templateRows.size);
    const total = rows.find(
      (r) => r.some((t) => /总计/.test(t) && !/自然人/.test(t)) && r.some((t) => /^\d+$/.test(t)),
    )!;
    expect(total.filter((t) => /^\d+$/.test(t)).map(Number)).toContain(truth['requests.total.total']);
  });
});

/** Part 三's rows of numbers (blank or dash = 0), all-zero rows left out, in reading order. */
function numberRows(table: Table): number[][] {
  return rowTexts(table)
    .map((r) => r.slice(-7))
    .filter((r) => r.some((t) => /\d/.test(t)) && r.every((t) => /^(\d+|—|-|)$/.test(t)))
    .map((r) => r.map((t) => (/^\d+$/.test(t) ? Number(t) : 0)))
    .filter((r) => r.some((v) => v > 0));
}

function truthRows(name: string): number[][] {
  const cells = JSON.parse(readFileSync(resolve(process.cwd(), `samples/generated/${name}.truth.json`), 'utf8'))
    .cells as Record<string, number>;
  const rows = new Map<string, number[]>();
  for (const [k, v] of Object.entries(cells).filter(([k]) => k.startsWith('requests.'))) {
    const row = k.split('.').slice(1, -1).join('.');
    rows.set(row, [...(rows.get(row) ?? []), v]);
  }
  return [...rows.values()].filter((r) => r.some((v) => v > 0));
}

describe('no-ruling part 三 over several pages: tall vertical headers, narrow sub-group labels, unnumbered labels', () => {
  // gen-010: header words typed one character per line reach down to the body, sub-group labels
  // （三 / ）不 / 予公 / 开 wrapped narrow beside their items, three pages;
  // gen-005: labels without item numbers, a wide label wrapped back to its first column (量);
  // gen-001: cramped columns (a number 1 pt from the label), 予以公开/合计 left of the item column
  test.each(['gen-010-2022', 'gen-005-2025', 'gen-001-2019'])(
    '%s: every row of numbers in order, each once',
    async (name) => {
      const file = resolve(process.cwd(), `samples/generated/${name}.pdf`);
      const { value } = await extractPdf(new Uint8Array(readFileSync(file)), { file });
      const tables = documentBlocks(value).value.filter(
        (b): b is Table => b.kind === 'table' && b.geometry === 'aligned',
      );
      const requests = tables.find((t) => t.cells.some((c) => /本年新收/.test(c.text)))!;
      expect(numberRows(requests)).toEqual(truthRows(name));
      // and the numbers stand in the row of their own label
      const received = rowTexts(requests).find((r) => r.some((t) => /本年新收/.test(t)))!;
      expect(received.slice(-7).map((t) => (/^\d+$/.test(t) ? Number(t) : 0))).toEqual(truthRows(name)[0]);
    },
  );
});
