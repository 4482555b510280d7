/**
 * The national template as data (FORMAT.md §1–§4): rows, columns, label variants and the
 * arithmetic rules. The mapper, the validator, the writers, the sample generator and the docs
 * all read it from here.
 */
import { CN_NUMERALS, parenNumeral } from '../lexicon/index.js';
import type { ColumnDef, GroupDef, RowDef, SumRule, TableDef, Template, TemplateVersion } from './types.js';

/** The table each part prints: every key of a table outside src/template is taken from here. */
export const PART_TABLES = { 2: 'active', 3: 'requests', 4: 'review_litigation' } as const;

/** The template's tables, in the order parts 二, 三, 四 print them (and records list them). */
export const TABLE_KEYS = [PART_TABLES[2], PART_TABLES[3], PART_TABLES[4]] as const;

/** How a 总计 column or row is printed (without its item number). */
export const TOTAL_LABELS = ['总计', '合计'];

const ACTIVE_2021_COLS: ColumnDef[] = [
  { key: 'issued', labels: ['本年制发件数'], kind: 'count' },
  { key: 'repealed', labels: ['本年废止件数'], kind: 'count' },
  { key: 'in_force', labels: ['现行有效件数'], kind: 'count' },
  { key: 'decisions', labels: ['本年处理决定数量', '处理决定数量'], kind: 'count' },
  { key: 'amount_wan', labels: ['本年收费金额（单位：万元）', '本年收费金额'], kind: 'decimal' },
];

const ACTIVE_2019_COLS: ColumnDef[] = [
  { key: 'new_made', labels: ['本年新制作数量'], kind: 'count' },
  { key: 'new_published', labels: ['本年新公开数量'], kind: 'count' },
  { key: 'total_published', labels: ['对外公开总数量'], kind: 'count' },
  { key: 'prev_count', labels: ['上一年项目数量'], kind: 'count' },
  { key: 'change', labels: ['本年增/减', '本年增减'], kind: 'signed' },
  { key: 'decisions', labels: ['处理决定数量', '本年处理决定数量'], kind: 'count' },
  { key: 'items', labels: ['采购项目数量'], kind: 'count' },
  { key: 'amount_wan', labels: ['采购总金额（单位：万元）', '采购总金额'], kind: 'decimal' },
];

const ACTIVE_2021: TableDef = {
  key: 'active',
  part: 2,
  columns: ACTIVE_2021_COLS,
  groups: [],
  rows: [
    { key: 'regulations', labels: ['规章'], cols: ['issued', 'repealed', 'in_force'] },
    { key: 'normative_docs', labels: ['行政规范性文件', '规范性文件'], cols: ['issued', 'repealed', 'in_force'] },
    { key: 'licensing', labels: ['行政许可'], cols: ['decisions'] },
    { key: 'punishment', labels: ['行政处罚'], cols: ['decisions'] },
    { key: 'coercion', labels: ['行政强制'], cols: ['decisions'] },
    { key: 'fees', labels: ['行政事业性收费'], cols: ['amount_wan'] },
  ],
};

const MANAGED = ['prev_count', 'change', 'decisions'];

const ACTIVE_2019: TableDef = {
  key: 'active',
  part: 2,
  columns: ACTIVE_2019_COLS,
  groups: [],
  rows: [
    { key: 'regulations', labels: ['规章'], cols: ['new_made', 'new_published', 'total_published'] },
    {
      key: 'normative_docs',
      labels: ['规范性文件', '行政规范性文件'],
      cols: ['new_made', 'new_published', 'total_published'],
    },
    { key: 'licensing', labels: ['行政许可'], cols: MANAGED },
    { key: 'other_services', labels: ['其他对外管理服务事项'], cols: MANAGED },
    { key: 'punishment', labels: ['行政处罚'], cols: MANAGED },
    { key: 'coercion', labels: ['行政强制'], cols: MANAGED },
    { key: 'fees', labels: ['行政事业性收费'], cols: ['prev_count', 'change'] },
    { key: 'procurement', labels: ['政府集中采购'], cols: ['items', 'amount_wan'] },
  ],
};

const REQUEST_COLS: ColumnDef[] = [
  { key: 'natural_person', labels: ['自然人'], kind: 'count' },
  { key: 'commercial', labels: ['商业企业'], kind: 'count', groupLabels: ['法人或其他组织'] },
  { key: 'research', labels: ['科研机构'], kind: 'count', groupLabels: ['法人或其他组织'] },
  { key: 'social_org', labels: ['社会公益组织'], kind: 'count', groupLabels: ['法人或其他组织'] },
  { key: 'legal_service', labels: ['法律服务机构'], kind: 'count', groupLabels: ['法人或其他组织'] },
  { key: 'other_org', labels: ['其他', '其他组织'], kind: 'count', groupLabels: ['法人或其他组织'] },
  { key: 'total', labels: TOTAL_LABELS, kind: 'count' },
];

const REQUEST_GROUPS: GroupDef[] = [
  { key: 'results', labels: ['三、本年度办理结果', '本年度办理结果'] },
  { key: 'denied', labels: ['（三）不予公开', '不予公开'] },
  { key: 'unable', labels: ['（四）无法提供', '无法提供'] },
  { key: 'not_processed', labels: ['（五）不予处理', '不予处理'] },
  { key: 'other', labels: ['（六）其他处理', '其他处理'] },
];

const REQUEST_ROWS: RowDef[] = [
  { key: 'new_received', labels: ['一、本年新收政府信息公开申请数量', '本年新收政府信息公开申请数量'] },
  { key: 'carried_over', labels: ['二、上年结转政府信息公开申请数量', '上年结转政府信息公开申请数量'] },
  { key: 'granted', labels: ['（一）予以公开', '予以公开'], result: true },
  {
    key: 'partial',
    labels: [
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '部分公开（区分处理的，只计这一情形，不计其他情形）',
      '部分公开',
    ],
    result: true,
  },
  { key: 'denied.state_secret', group: 'denied', labels: ['1.属于国家秘密', '属于国家秘密'], result: true },
  {
    key: 'denied.law_prohibited',
    group: 'denied',
    labels: ['2.其他法律行政法规禁止公开', '其他法律行政法规禁止公开', '其他法律行政止公开'],
    result: true,
  },
  {
    key: 'denied.three_safety',
    group: 'denied',
    labels: ['3.危及“三安全一稳定”', '危及“三安全一稳定”', '危及三安全一稳定'],
    result: true,
  },
  { key: 'denied.third_party', group: 'denied', labels: ['4.保护第三方合法权益', '保护第三方合法权益'], result: true },
  {
    key: 'denied.internal_affairs',
    group: 'denied',
    labels: ['5.属于三类内部事务信息', '属于三类内部事务信息'],
    result: true,
  },
  { key: 'denied.process_info', group: 'denied', labels: ['6.属于四类过程性信息', '属于四类过程性信息'], result: true },
  { key: 'denied.enforcement_file', group: 'denied', labels: ['7.属于行政执法案卷', '属于行政执法案卷'], result: true },
  { key: 'denied.query_item', group: 'denied', labels: ['8.属于行政查询事项', '属于行政查询事项'], result: true },
  {
    key: 'unable.not_held',
    group: 'unable',
    labels: ['1.本机关不掌握相关政府信息', '本机关不掌握相关政府信息'],
    result: true,
  },
  {
    key: 'unable.needs_creation',
    group: 'unable',
    labels: ['2.没有现成信息需要另行制作', '没有现成信息需要另行制作'],
    result: true,
  },
  {
    key: 'unable.unclear',
    group: 'unable',
    labels: ['3.补正后申请内容仍不明确', '补正后申请内容仍不明确'],
    result: true,
  },
  {
    key: 'not_processed.petition',
    group: 'not_processed',
    labels: ['1.信访举报投诉类申请', '信访举报投诉类申请'],
    result: true,
  },
  { key: 'not_processed.duplicate', group: 'not_processed', labels: ['2.重复申请', '重复申请'], result: true },
  {
    key: 'not_processed.publication',
    group: 'not_processed',
    labels: ['3.要求提供公开出版物', '要求提供公开出版物'],
    result: true,
  },
  {
    key: 'not_processed.mass_repeat',
    group: 'not_processed',
    labels: ['4.无正当理由大量反复申请', '无正当理由大量反复申请'],
    result: true,
  },
  {
    key: 'not_processed.confirm_info',
    group: 'not_processed',
    labels: ['5.要求行政机关确认或重新出具已获取信息', '要求行政机关确认或重新出具已获取信息'],
    result: true,
  },
  { key: 'other', labels: ['（六）其他处理', '其他处理'], result: true, otherLayout: 'single' },
  {
    key: 'other.no_supplement',
    group: 'other',
    labels: [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    ],
    result: true,
    otherLayout: 'split',
  },
  {
    key: 'other.no_fee',
    group: 'other',
    labels: [
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    ],
    result: true,
    otherLayout: 'split',
  },
  { key: 'other.other', group: 'other', labels: ['3.其他', '其他'], result: true, otherLayout: 'split' },
  { key: 'total', labels: ['（七）总计', ...TOTAL_LABELS] },
  {
    key: 'carried_forward',
    labels: ['四、结转下年度继续办理', '结转下年度继续办理', '结转下一年度继续办理'],
  },
];

const REQUESTS: TableDef = {
  key: 'requests',
  part: 3,
  columns: REQUEST_COLS,
  rows: REQUEST_ROWS,
  groups: REQUEST_GROUPS,
};

const LITIGATION_COLS: ColumnDef[] = [
  { key: 'upheld', labels: ['结果维持'], kind: 'count' },
  { key: 'corrected', labels: ['结果纠正'], kind: 'count' },
  { key: 'other', labels: ['其他结果'], kind: 'count' },
  { key: 'pending', labels: ['尚未审结'], kind: 'count' },
  { key: 'total', labels: TOTAL_LABELS, kind: 'count' },
];

/** Part 四 prints its three rows side by side: 15 numbers, row blocks of five, in this order. */
const REVIEW_LITIGATION: TableDef = {
  key: 'review_litigation',
  part: 4,
  columns: LITIGATION_COLS,
  groups: [{ key: 'litigation', labels: ['行政诉讼'] }],
  rows: [
    { key: 'review', labels: ['行政复议'] },
    { key: 'litigation_direct', group: 'litigation', labels: ['未经复议直接起诉'] },
    { key: 'litigation_after_review', group: 'litigation', labels: ['复议后起诉'] },
  ],
};

export const TEMPLATES: Record<TemplateVersion, Template> = {
  '2021': {
    version: '2021',
    markers: ['本年制发件数', '本年废止件数', '现行有效件数'],
    tables: [ACTIVE_2021, REQUESTS, REVIEW_LITIGATION],
  },
  '2019': {
    version: '2019',
    markers: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
    tables: [ACTIVE_2019, REQUESTS, REVIEW_LITIGATION],
  },
};

export const SUM_RULES: SumRule[] = [
  {
    rule: 1,
    table: 'requests',
    over: 'columns',
    lhs: ['new_received', 'carried_over'],
    rhs: ['total', 'carried_forward'],
    description: '本年新收 + 上年结转 = 总计 + 结转下年度',
  },
  {
    rule: 2,
    table: 'requests',
    over: 'rows',
    lhs: ['total'],
    rhs: ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org'],
    description: '总计 = 自然人 + 法人或其他组织各列',
  },
  {
    rule: 3,
    table: 'requests',
    over: 'columns',
    lhs: ['total'],
    rhs: 'results',
    description: '（七）总计 = 办理结果各项之和',
  },
  {
    rule: 4,
    table: 'review_litigation',
    over: 'rows',
    lhs: ['total'],
    rhs: ['upheld', 'corrected', 'other', 'pending'],
    description: '总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  },
];

/** Heading keywords of the six parts (FORMAT.md §1); real reports vary the rest of the wording. */
export const PART_KEYWORDS: Record<1 | 2 | 3 | 4 | 5 | 6, string[]> = {
  1: ['总体情况'],
  2: ['主动公开政府信息情况', '主动公开政府信息'],
  3: ['收到和处理政府信息公开申请情况', '收到和处理政府信息公开申请'],
  4: [
    '政府信息公开行政复议、行政诉讼情况',
    '行政复议、行政诉讼情况',
    '行政复议行政诉讼情况',
    '被申请行政复议、提起行政诉讼情况',
  ],
  5: ['存在的主要问题及改进情况', '存在的主要问题'],
  6: ['其他需要报告的事项'],
};

/** The header over part 二's label column, which names no column. */
export const LABEL_COLUMN_HEADER = '信息内容';

/**
 * Header cells that stand above columns without being one (申请人情况 over part 三's columns,
 * 信息内容 over part 二's labels). They must not be taken for a column that resembles them.
 */
export const HEADER_ONLY_LABELS = ['申请人情况', LABEL_COLUMN_HEADER, '法人或其他组织'];

/** The item line of part 二 printed as one table per item: 第二十条第（一）项. */
export const ARTICLE_ITEM = new RegExp(`^第[${CN_NUMERALS}百]+条第${parenNumeral('+')}项$`);

/** How the headings of parts 一 to 四 end (一、总体情况 … 四、…行政诉讼情况). */
export const PART_HEADING_END = '情况';
