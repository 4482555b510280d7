/**
 * Issue 14: Markdown from PDF converters. Pipe tables are structural tables; placeholder tables
 * of dashes carry nothing; a header of generic names is no header; labels a converter split
 * from their numbers get them back only when the counts agree.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectFormat } from '../extractors/detect.js';
import { markdownBlocks } from '../extractors/markdown/index.js';
import { extractText } from '../extractors/text/index.js';
import { cellMatrix, type Table } from '../extractors/model.js';
import { scoreDocument } from '../src/eval/score.js';
import { parseTruth } from '../src/eval/truth.js';
import { extract } from '../src/pipeline.js';
import { scoredSample } from './helpers/generated.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const tables = (md: string) => markdownBlocks(md).filter((b): b is Table => b.kind === 'table');
const texts = (t: Table) => cellMatrix(t).map((row) => row.map((c) => c?.text ?? null));

describe('reading Markdown', () => {
  test('chosen by content: text with a pipe table is Markdown, and the text extractor hands it over', async () => {
    const md = '## 四、行政复议\n\n| 列1 | 列2 |\n| --- | :---: |\n| 1 | 2 |\n';
    expect(detectFormat(utf8(md))).toBe('md');
    expect(detectFormat(utf8('一、总体情况\n| 不是表格 |\n'))).toBe('txt');
    expect((await extractText(utf8(md), {})).value.format).toBe('md');
  });

  test('headings are paragraphs of their own, pipe tables structural grids, placeholder tables dropped', () => {
    const blocks = markdownBlocks(
      '# 标题\n## 一、总体情况\n正文一行\n\n| - | - |\n| --- | --- |\n| - | - |\n\n| 项目 | 数据1 |\n| --- | --- |\n| 规章 \\| 条例 | **5** |\n',
    );
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text)).toEqual([
      '标题',
      '一、总体情况',
      '正文一行',
    ]);
    const [table] = tables('| 项目 | 数据1 |\n| --- | --- |\n| 规章 \\| 条例 | **5** |\n|  |  |\n');
    expect(table.geometry).toBe('structural');
    expect(texts(table)).toEqual([
      ['项目', '数据1'],
      ['规章 | 条例', '5'],
      ['', ''],
    ]);
    expect(tables('| - | - |\n| --- | --- |\n| - | — |\n')).toEqual([]);
  });

  test('labels one per line before a label-less table get their rows back when they are as many', () => {
    const [table] = tables(
      '## 三\n\n一、本年新收\n\n二、上年结转\n\n| 数据1 | 总计 |\n| --- | --- |\n| 3 | 3 |\n|  | — |\n',
    );
    expect(texts(table)).toEqual([
      ['', '数据1', '总计'],
      ['一、本年新收', '3', '3'],
      ['二、上年结转', '', '—'],
    ]);
  });

  test('with one label too few, the labels stay paragraphs and the numbers get no label', () => {
    const blocks = markdownBlocks('## 三\n\n一、本年新收\n\n| 数据1 | 总计 |\n| --- | --- |\n| 3 | 3 |\n| 1 | 1 |\n');
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text === '一、本年新收')).toBe(true);
    expect(texts(blocks.find((b): b is Table => b.kind === 'table')!)[1]).toEqual(['3', '3']);
  });
});

describe.each([
  'markdown/gen-001-2019-md-clean',
  'markdown/gen-004-2025-md-clean',
  'markdown/gen-001-2019-md-broken',
  'markdown/gen-004-2025-md-broken',
])('%s', (name) => {
  test('every cell read, none silently wrong', async () => {
    const { record, score } = await scoredSample(name, 'md');
    expect(record.source.format).toBe('md');
    expect(score.silent).toBe(0);
    expect(score.correct).toBe(score.truthCells);
  });
});

test('generic column names over fewer value columns than the template: no number placed by position', async () => {
  const file = resolve(process.cwd(), 'samples/generated/markdown/gen-004-2025-md-clean');
  // Drop the 数据3 column of part 三: the six columns left no longer fit the template's seven.
  const md = readFileSync(`${file}.md`, 'utf8').replace(/^(\|[^\n]*\|)$/gm, (row) => {
    const cells = row.split('|');
    return cells.length === 12 ? [...cells.slice(0, 6), ...cells.slice(7)].join('|') : row;
  });
  expect(md).not.toContain('数据3');
  const record = await extract(utf8(md), { file: 'x.md' });
  const truth = parseTruth(readFileSync(`${file}.truth.json`, 'utf8'), 'truth');
  const requests = record.facts.filter((f) => f.table === 'requests');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((f) => f.flags.length === 0)).toEqual([]);
  // Outside part 三 every number still reads right.
  const score = scoreDocument(truth, record);
  expect(score.problems.filter((p) => !p.cell.startsWith('requests.') && p.silent)).toEqual([]);
});
