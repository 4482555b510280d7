/**
 * The national template as agencies print it, written for the generator on its own from the blank
 * 2021 template (../shared/samples/template/blank-2021-template.docx) and ../shared/FORMAT.md §1–§4:
 * part headings, part 二's item lines and column headers per version, part 三's rows with their
 * numbering as printed, part 四's blocks, the other wordings real reports print, and the sums the
 * printed form states or implies. Nothing here comes from src/template, so the generated samples
 * test the template data instead of echoing it; tests/template-contract.test.ts holds the two together.
 */

export type Version = '2019' | '2021';

/** A printed label: its item number (一、 （一） 1.), its words, and other wordings reports print. */
export interface Label {
  no?: string;
  text: string;
  also?: string[];
}

/** How a column's numbers read: counts, a signed change (本年增/减), a decimal amount (万元). */
export type ValueKind = 'count' | 'signed' | 'decimal';

export interface Column {
  label: Label;
  kind: ValueKind;
  /** The header cell printed above it (法人或其他组织). */
  under?: string;
}

/** A row of part 三, or a label printed over items that carries no numbers itself. */
export interface Row {
  label: Label;
  items?: Row[];
  /** Printed either as its items or as one row of its own (（六）其他处理, FORMAT.md §2). */
  oneRowOr?: true;
}

/** Every form a label is printed in: with its number, without, the other wordings. */
export const printedForms = (l: Label): string[] => [...(l.no ? [l.no + l.text] : []), l.text, ...(l.also ?? [])];

const label = (text: string, ...also: string[]): Label => (also.length ? { text, also } : { text });
const count = (text: string, ...also: string[]): Column => ({ label: label(text, ...also), kind: 'count' });
const row = (no: string, text: string, ...also: string[]): Row => ({
  label: { no, text, ...(also.length ? { also } : {}) },
});
const over = (no: string, text: string, items: Row[]): Row => ({ label: { no, text }, items });

/** Parts 一 to 六, printed 一、总体情况 … 六、其他需要报告的事项. */
export const PART_NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
export const PART_HEADINGS = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
] as const;

// ---- part 二: a block per item of 第二十条, each with its own column headers ----

export interface ActiveItem {
  /** The item of 第二十条 the block reports on (第二十条第（五）项). */
  item: string;
  columns: Column[];
  rows: Label[];
}

export const articleItemLine = (item: string): string => `第二十条第（${item}）项`;
/** The header over the label column. */
export const CONTENT_HEADER = '信息内容';

const DECISIONS_2021 = count('本年处理决定数量', '处理决定数量');
const MANAGED_2019: Column[] = [
  count('上一年项目数量'),
  { label: label('本年增/减', '本年增减'), kind: 'signed' },
  count('处理决定数量', '本年处理决定数量'),
];

export const ACTIVE: Record<Version, ActiveItem[]> = {
  '2021': [
    {
      item: '一',
      columns: [count('本年制发件数'), count('本年废止件数'), count('现行有效件数')],
      rows: [label('规章'), label('行政规范性文件', '规范性文件')],
    },
    { item: '五', columns: [DECISIONS_2021], rows: [label('行政许可')] },
    { item: '六', columns: [DECISIONS_2021], rows: [label('行政处罚'), label('行政强制')] },
    {
      item: '八',
      columns: [{ label: label('本年收费金额（单位：万元）', '本年收费金额'), kind: 'decimal' }],
      rows: [label('行政事业性收费')],
    },
  ],
  '2019': [
    {
      item: '一',
      columns: [count('本年新制作数量'), count('本年新公开数量'), count('对外公开总数量')],
      rows: [label('规章'), label('规范性文件', '行政规范性文件')],
    },
    { item: '五', columns: MANAGED_2019, rows: [label('行政许可'), label('其他对外管理服务事项')] },
    { item: '六', columns: MANAGED_2019, rows: [label('行政处罚'), label('行政强制')] },
    { item: '八', columns: MANAGED_2019.slice(0, 2), rows: [label('行政事业性收费')] },
    {
      item: '九',
      columns: [count('采购项目数量'), { label: label('采购总金额（单位：万元）', '采购总金额'), kind: 'decimal' }],
      rows: [label('政府集中采购')],
    },
  ],
};

// ---- part 三: the same in both versions but for how （六） is printed ----

const ORGANISATIONS = '法人或其他组织';

export const REQUESTS: { corner: string; applicants: string; columns: Column[]; rows: Row[] } = {
  /** The corner cell: the sum it states is rule 1 below. */
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  /** The header cell over every value column. */
  applicants: '申请人情况',
  columns: [
    count('自然人'),
    ...[
      count('商业企业'),
      count('科研机构'),
      count('社会公益组织'),
      count('法律服务机构'),
      count('其他', '其他组织'),
    ].map((c): Column => ({ ...c, under: ORGANISATIONS })),
    count('总计', '合计'),
  ],
  rows: [
    row('一、', '本年新收政府信息公开申请数量'),
    row('二、', '上年结转政府信息公开申请数量'),
    over('三、', '本年度办理结果', [
      row('（一）', '予以公开'),
      row('（二）', '部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'),
      over('（三）', '不予公开', [
        row('1.', '属于国家秘密'),
        row('2.', '其他法律行政法规禁止公开', '其他法律行政止公开'),
        row('3.', '危及“三安全一稳定”', '危及三安全一稳定'),
        row('4.', '保护第三方合法权益'),
        row('5.', '属于三类内部事务信息'),
        row('6.', '属于四类过程性信息'),
        row('7.', '属于行政执法案卷'),
        row('8.', '属于行政查询事项'),
      ]),
      over('（四）', '无法提供', [
        row('1.', '本机关不掌握相关政府信息'),
        row('2.', '没有现成信息需要另行制作'),
        row('3.', '补正后申请内容仍不明确'),
      ]),
      over('（五）', '不予处理', [
        row('1.', '信访举报投诉类申请'),
        row('2.', '重复申请'),
        row('3.', '要求提供公开出版物'),
        row('4.', '无正当理由大量反复申请'),
        row('5.', '要求行政机关确认或重新出具已获取信息'),
      ]),
      {
        ...over('（六）', '其他处理', [
          row('1.', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
          row('2.', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
          row('3.', '其他'),
        ]),
        oneRowOr: true,
      },
      row('（七）', '总计', '合计'),
    ]),
    row('四、', '结转下年度继续办理', '结转下一年度继续办理'),
  ],
};

// ---- part 四: 行政复议 and the two blocks of 行政诉讼 side by side, the same columns in each ----

export const REVIEW: { blocks: Row[]; columns: Column[] } = {
  blocks: [
    { label: label('行政复议') },
    { label: label('行政诉讼'), items: [{ label: label('未经复议直接起诉') }, { label: label('复议后起诉') }] },
  ],
  columns: [count('结果维持'), count('结果纠正'), count('其他结果'), count('尚未审结'), count('总计', '合计')],
};

// ---- the sums the printed form states (the corner note) or implies (a 总计 beside its terms) ----

export interface PrintedSum {
  /** Its number in FORMAT.md §3. */
  rule: 1 | 2 | 3 | 4;
  part: 3 | 4;
  /** `column`: holds in every column, its terms are row words; `row`: in every row, terms are column words. */
  each: 'column' | 'row';
  sum: string[];
  /** What adds up to `sum`; `rest`: everything else its block prints with numbers. */
  equals: string[] | 'rest';
}

export const SUMS: PrintedSum[] = [
  // The corner note: 第一项加第二项之和，等于第三项加第四项之和; 第三项's sum is its （七）总计.
  {
    rule: 1,
    part: 3,
    each: 'column',
    sum: ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量'],
    equals: ['总计', '结转下年度继续办理'],
  },
  // The 总计 column after the applicants' columns.
  { rule: 2, part: 3, each: 'row', sum: ['总计'], equals: 'rest' },
  // （七）总计 closes 三、本年度办理结果: every item above it in that block.
  { rule: 3, part: 3, each: 'column', sum: ['总计'], equals: 'rest' },
  // The 总计 column of each block of part 四.
  { rule: 4, part: 4, each: 'row', sum: ['总计'], equals: 'rest' },
];
