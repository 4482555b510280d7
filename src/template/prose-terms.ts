/**
 * Which phrases of the prose name which cell (src/claims): `全年共收到政府信息公开申请218件` names
 * requests.new_received.total. A clause names a cell when, for every group of `all`, one of its
 * phrases stands in the clause on word boundaries, and none of `none` stands in it anywhere. A
 * clause that names two cells, or none, links to nothing: a wrong link is worse than none.
 */
import type { TableKey, TemplateVersion } from './types.js';

export interface ProseSubject {
  table: TableKey;
  row: string;
  col: string;
  /** Only in these template versions (part 二's columns differ); both when absent. */
  versions?: TemplateVersion[];
  all: string[][];
  none?: string[];
}

/** A column named alone (`其中结果维持72件`): of the row the sentence's previous figure named. */
export interface ProseColumn {
  table: TableKey;
  col: string;
  phrases: string[];
}

const RECEIVED = ['新收', '收到', '受理', '接收', '接到'];
const ISSUED = ['制发', '出台', '印发', '新增', '制定', '发布'];
const DECIDED = ['决定', '作出', '办理', '办结', '实施'];
const APPEALS = ['复议', '诉讼', '起诉'];
/** What part 二 counts alone; a clause naming one of the others is about another row. */
const ACTIVE_NOUNS = ['规章', '规范性文件'];

const active = (
  row: string,
  col: string,
  versions: TemplateVersion[],
  verbs: string[],
  none: string[],
): ProseSubject => ({
  table: 'active',
  row,
  col,
  versions,
  all: [[row === 'regulations' ? '规章' : '规范性文件'], verbs],
  none: [...ACTIVE_NOUNS.filter((n) => n !== (row === 'regulations' ? '规章' : '规范性文件')), ...none],
});

const documents = (row: string): ProseSubject[] => [
  active(row, 'issued', ['2021'], ISSUED, ['废止', '有效']),
  active(row, 'repealed', ['2021'], ['废止'], ['有效']),
  active(row, 'in_force', ['2021'], ['现行有效'], ['废止']),
  active(row, 'new_made', ['2019'], ['新制作', '制发', '出台', '印发', '制定'], ['公开']),
  active(row, 'new_published', ['2019'], ['新公开'], ['制作']),
];

const decisions = (row: string, phrase: string): ProseSubject => ({
  table: 'active',
  row,
  col: 'decisions',
  all: [[phrase], DECIDED],
  // 事项 counts the powers listed (上一年项目数量), not the decisions taken.
  none: ['事项', '清单', ...APPEALS],
});

export const PROSE_SUBJECTS: ProseSubject[] = [
  ...documents('regulations'),
  ...documents('normative_docs'),
  decisions('licensing', '行政许可'),
  decisions('punishment', '行政处罚'),
  decisions('coercion', '行政强制'),
  {
    table: 'active',
    row: 'fees',
    col: 'amount_wan',
    versions: ['2021'],
    all: [['行政事业性收费']],
    none: ['信息处理费'],
  },
  {
    table: 'requests',
    row: 'new_received',
    col: 'total',
    // 公开申请: 受理行政许可申请 counts other requests.
    all: [RECEIVED, ['公开申请']],
    none: [...APPEALS, '结转'],
  },
  {
    table: 'requests',
    row: 'carried_over',
    col: 'total',
    all: [['上年结转', '上年度结转', '上一年度结转', '上年度转结']],
    none: ['下年', '下一年'],
  },
  {
    table: 'requests',
    row: 'carried_forward',
    col: 'total',
    all: [['结转下年度', '结转至下年度', '结转到下年度', '结转下一年度', '结转至下一年度', '转入下一年度']],
  },
  // 主动予以公开 is part 二's business, not an answer to a request.
  { table: 'requests', row: 'granted', col: 'total', all: [['予以公开']], none: [...APPEALS, '主动'] },
  { table: 'requests', row: 'partial', col: 'total', all: [['部分公开']], none: [...APPEALS, '主动'] },
  {
    table: 'review_litigation',
    row: 'review',
    col: 'total',
    all: [['行政复议']],
    none: ['诉讼', '起诉'],
  },
  {
    table: 'review_litigation',
    row: 'litigation_direct',
    col: 'total',
    all: [['未经复议直接起诉', '直接起诉', '直接向人民法院起诉']],
  },
  {
    table: 'review_litigation',
    row: 'litigation_after_review',
    col: 'total',
    all: [['复议后起诉', '复议后向人民法院起诉']],
  },
];

export const PROSE_COLUMNS: ProseColumn[] = [
  { table: 'review_litigation', col: 'upheld', phrases: ['结果维持', '维持'] },
  { table: 'review_litigation', col: 'corrected', phrases: ['结果纠正', '纠正'] },
  { table: 'review_litigation', col: 'other', phrases: ['其他结果'] },
  { table: 'review_litigation', col: 'pending', phrases: ['尚未审结', '未审结'] },
  { table: 'requests', col: 'natural_person', phrases: ['自然人'] },
  { table: 'requests', col: 'commercial', phrases: ['商业企业'] },
  { table: 'requests', col: 'research', phrases: ['科研机构'] },
  { table: 'requests', col: 'social_org', phrases: ['社会公益组织'] },
  { table: 'requests', col: 'legal_service', phrases: ['法律服务机构'] },
];

/**
 * Words that make a figure something other than the cell's count: a change or a comparison
 * (`较上年增加12件`), an estimate (`约`, `近`, `超过`), another year's figure (`去年`).
 */
export const PROSE_NOT_A_COUNT = [
  '同比',
  '较上年',
  '比上年',
  '去年',
  '上年同期',
  '增长',
  '下降',
  '增加',
  '减少',
  '提高',
  '降低',
  '累计',
  '约',
  '近',
  '超过',
  '逾',
  '平均',
];

/** How a clause ends or begins: a figure's subject is in its own clause, before the number. */
export const PROSE_CLAUSE_BREAK = /[，,；;：:。！？!?（）()、“”"\n]/;
