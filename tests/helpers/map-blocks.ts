/**
 * Test-side stand-ins for the extractors the mapper sits behind: tab-separated lines of a
 * flattened text become `text` tables (as the text extractor gives them), and tables can be
 * built from rows of strings with spans. Also: a truth file's cells compared with mapped raw text.
 */
import type { Block, Geometry, Paragraph, Table, TableCell } from '../../extractors/model.js';
import type { MappedReport } from '../../src/map/index.js';

/** Lines with a tab are table rows (consecutive ones one table, cells split at tabs); others paragraphs. */
export function tabTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const cells: TableCell[] = rows.flatMap((cols, row) =>
      cols.map((t, col) => ({ row, col, rowSpan: 1, colSpan: 1, text: t.trim() })),
    );
    blocks.push({
      kind: 'table',
      geometry: 'text',
      nRows: rows.length,
      nCols: Math.max(...rows.map((r) => r.length)),
      cells,
      pages: [],
    });
    rows = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.includes('\t')) rows.push(line.split('\t'));
    else {
      flush();
      if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim() } satisfies Paragraph);
    }
  }
  flush();
  return blocks;
}

/** A cell spec: text, or [text, rowSpan, colSpan]. `null` marks a position covered by a span. */
export type CellSpec = string | [string, number, number] | null;

/** A gridded table from rows of cell specs (spanned positions given as null). */
export function gridTable(rows: CellSpec[][], geometry: Geometry = 'ruled', page = 1): Table {
  const cells: TableCell[] = [];
  rows.forEach((specs, row) =>
    specs.forEach((spec, col) => {
      if (spec === null) return;
      const [text, rowSpan, colSpan] = typeof spec === 'string' ? [spec, 1, 1] : spec;
      cells.push({
        row,
        col,
        rowSpan,
        colSpan,
        text,
        page,
        bbox: [col * 50, row * 20, col * 50 + 50 * colSpan, row * 20 + 20 * rowSpan],
      });
    }),
  );
  return {
    kind: 'table',
    geometry,
    nRows: rows.length,
    nCols: Math.max(...rows.map((r) => r.length)),
    cells,
    pages: [page],
  };
}

/** A printed cell read the way truth files store it: blank and dashes as 0. */
export function rawAsTruth(raw: string): number {
  const s = raw.replace(/[\s,，]/g, '');
  return s === '' || /^[-—–/无]$/.test(s) ? 0 : Number(s);
}

/** Truth cells whose mapped raw text is missing or reads as another value. */
export function truthMismatches(report: MappedReport, truth: Record<string, number>): string[] {
  const byKey = new Map(report.cells.map((c) => [`${c.table}.${c.row}.${c.col}`, c.raw]));
  return Object.entries(truth)
    .filter(([key, value]) => !byKey.has(key) || rawAsTruth(byKey.get(key)!) !== value)
    .map(([key, value]) => `${key}: want ${value}, got ${byKey.has(key) ? JSON.stringify(byKey.get(key)) : 'nothing'}`);
}

const para = (text: string, page = 1): Paragraph => ({ kind: 'paragraph', text, page });

/** A distinct printed number per cell, so a cell on the wrong key shows. */
export const cellValue = (row: number, col: number) => String(row * 10 + col + 1);

/** Request rows as a PDF of the 2021 template prints them: label cells per label column. */
const REQUEST_LABELS: [string, CellSpec[]][] = [
  ['new_received', [['一、本年新收政府信息\n公开申请数量', 1, 3], null, null]],
  ['carried_over', [['二、上年结转政府信息公开申请数量', 1, 3], null, null]],
  ['granted', [['三\n、\n本\n年\n度\n办\n理\n结\n果', 22, 1], ['（一）予以公开', 1, 2], null]],
  ['partial', [null, ['（二）部分公开（区分处理的，只计这一情 形，不\n计其他情形）', 1, 2], null]],
  ['denied.state_secret', [null, ['（三）不予公开', 8, 1], '1.属于国家秘密']],
  ['denied.law_prohibited', [null, null, '2.其它法律行政法规禁止公开']],
  ['denied.three_safety', [null, null, '3.危及“三安全一稳定”']],
  ['denied.third_party', [null, null, '4.保护第三方合法权益']],
  ['denied.internal_affairs', [null, null, '5.属于三类内部事务信息']],
  ['denied.process_info', [null, null, '6.属于四类过程性信息']],
  ['denied.enforcement_file', [null, null, '7.属于行政执法案卷']],
  ['denied.query_item', [null, null, '8.属于行政查询事项']],
  ['unable.not_held', [null, ['（四）无法提供', 3, 1], '1.本机关不掌握相关政府信息']],
  ['unable.needs_creation', [null, null, '2.没有现成信息需要另行制作']],
  ['unable.unclear', [null, null, '3.补正后申请内容仍不明确']],
  ['not_processed.petition', [null, ['（五）不予处理', 5, 1], '1.信访举报投诉类申请']],
  ['not_processed.duplicate', [null, null, '2.重复申请']],
  ['not_processed.publication', [null, null, '3.要求提供公开出版物']],
  ['not_processed.mass_repeat', [null, null, '4.无正当理由大量反复 申请']],
  ['not_processed.confirm_info', [null, null, '5.要求行政机关确认或重 新出具\n已获取信息']],
  ['other', [null, ['（六）其他处理', 1, 2], null]],
  ['total', [null, ['（七）总计', 1, 2], null]],
  ['carried_forward', [['四、结转下年度继续办理', 1, 3], null, null]],
];

const REQUEST_HEADER: CellSpec[][] = [
  [
    ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3],
    null,
    null,
    ['申请人情况', 1, 7],
    null,
    null,
    null,
    null,
    null,
    null,
  ],
  [null, null, null, ['自然人', 2, 1], ['法人或其他组织', 1, 5], null, null, null, null, ['总计', 2, 1]],
  [null, null, null, null, '商业\n企业', '科研\n机构', '社会\n公益\n组织', '法律\n服务\n机构', '其他', null],
];

/**
 * A report as the PDF layout stage would give it: title over two lines, part 二 as one small
 * table per 项, part 三 cut by a page break inside （四） (the rest on page 2 without header),
 * part 四 with its three-level header. Expected keys map to `cellValue(row, col)`.
 */
export function pdfLikeReport(): { blocks: Block[]; expected: Record<string, string> } {
  const expected: Record<string, string> = {};
  const rows = REQUEST_LABELS.map(([key, labels], r) => {
    const cols = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'];
    cols.forEach((c, i) => (expected[`requests.${key}.${c}`] = cellValue(r, i)));
    return [...labels, ...cols.map((_, i) => cellValue(r, i))];
  });
  const cut = REQUEST_LABELS.findIndex(([k]) => k === 'unable.unclear');
  const page2 = rows.slice(cut).map((r, i) => (i === 0 ? ['', '', ...r.slice(2)] : r));
  Object.assign(expected, {
    'active.regulations.issued': '1',
    'active.regulations.repealed': '2',
    'active.regulations.in_force': '3',
    'active.normative_docs.issued': '4',
    'active.normative_docs.repealed': '5',
    'active.normative_docs.in_force': '6',
    'active.licensing.decisions': '550',
    'active.fees.amount_wan': '7730.28',
  });
  const litigation: CellSpec[][] = [
    [
      ['行政复议', 2, 5],
      null,
      null,
      null,
      null,
      ['行政诉讼', 1, 10],
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      null,
      null,
      null,
      null,
      null,
      ['未经复议直接起诉', 1, 5],
      null,
      null,
      null,
      null,
      ['复议后起诉', 1, 5],
      null,
      null,
      null,
      null,
    ],
    [...Array(3)].flatMap(() => ['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总 计']) as CellSpec[],
    [...Array(15)].map((_, i) => String(100 + i)),
  ];
  ['review', 'litigation_direct', 'litigation_after_review'].forEach((row, r) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].forEach(
      (col, c) => (expected[`review_litigation.${row}.${col}`] = String(100 + r * 5 + c)),
    ),
  );
  const blocks: Block[] = [
    para('洪泽区人民政府'),
    para('2023 年政府信息公开工作年度报告'),
    para('本报告由区人民政府办公室编制。'),
    para('一、总体情况'),
    para('（一）主动公开情况。全年在政府网站平台主动公开政府信息 1136 条。'),
    para('二、主动公开政府信息情况'),
    gridTable([
      [['第二十条第（一）项', 1, 4], null, null, null],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '1', '2', '3'],
      ['行政规范性文件', '4', '5', '6'],
    ]),
    para('第二十条第（五）项'),
    gridTable([
      ['信息内容', '本年处理决定数量'],
      ['行政许可', '550'],
    ]),
    gridTable([
      ['信息内容', ['本年收费金额（单位：\n万元）', 1, 3], null, null],
      ['行政事业性收费', ['7730.28', 1, 3], null, null],
    ]),
    para('三、收到和处理政府信息公开申请情况'),
    gridTable([...REQUEST_HEADER, ...rows.slice(0, cut)], 'ruled', 1),
    gridTable(page2, 'ruled', 2),
    para('四、政府信息公开行政复议、行政诉讼情况', 2),
    gridTable(litigation, 'ruled', 2),
    para('五、存在的主要问题及改进情况', 2),
    para('工作人员业务水平有待提高。', 2),
    para('六、其他需要报告的事项', 2),
    para('全年收取信息处理费 0 元。', 2),
  ];
  return { blocks, expected };
}
