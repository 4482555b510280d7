/**
 * The canonical keys of ../shared/FORMAT.md §2, as the generator declares them: each printed label's
 * words (template-print.ts) → its key. The truth files are keyed through this map only; a group's
 * items carry the group in their key (（三）不予公开 1.属于国家秘密 → `denied.state_secret`).
 */

/** The table each part prints. */
export const TABLE_OF_PART = { 2: 'active', 3: 'requests', 4: 'review_litigation' } as const;
export type TableKey = (typeof TABLE_OF_PART)[keyof typeof TABLE_OF_PART];

interface TableKeys {
  rows: Record<string, string>;
  columns: Record<string, string>;
}

export const KEYS: Record<TableKey, TableKeys> = {
  active: {
    rows: {
      规章: 'regulations',
      行政规范性文件: 'normative_docs',
      规范性文件: 'normative_docs',
      行政许可: 'licensing',
      其他对外管理服务事项: 'other_services',
      行政处罚: 'punishment',
      行政强制: 'coercion',
      行政事业性收费: 'fees',
      政府集中采购: 'procurement',
    },
    columns: {
      本年制发件数: 'issued',
      本年废止件数: 'repealed',
      现行有效件数: 'in_force',
      本年处理决定数量: 'decisions',
      '本年收费金额（单位：万元）': 'amount_wan',
      本年新制作数量: 'new_made',
      本年新公开数量: 'new_published',
      对外公开总数量: 'total_published',
      上一年项目数量: 'prev_count',
      '本年增/减': 'change',
      处理决定数量: 'decisions',
      采购项目数量: 'items',
      '采购总金额（单位：万元）': 'amount_wan',
    },
  },
  requests: {
    rows: {
      本年新收政府信息公开申请数量: 'new_received',
      上年结转政府信息公开申请数量: 'carried_over',
      予以公开: 'granted',
      '部分公开（区分处理的，只计这一情形，不计其他情形）': 'partial',
      属于国家秘密: 'denied.state_secret',
      其他法律行政法规禁止公开: 'denied.law_prohibited',
      '危及“三安全一稳定”': 'denied.three_safety',
      保护第三方合法权益: 'denied.third_party',
      属于三类内部事务信息: 'denied.internal_affairs',
      属于四类过程性信息: 'denied.process_info',
      属于行政执法案卷: 'denied.enforcement_file',
      属于行政查询事项: 'denied.query_item',
      本机关不掌握相关政府信息: 'unable.not_held',
      没有现成信息需要另行制作: 'unable.needs_creation',
      补正后申请内容仍不明确: 'unable.unclear',
      信访举报投诉类申请: 'not_processed.petition',
      重复申请: 'not_processed.duplicate',
      要求提供公开出版物: 'not_processed.publication',
      无正当理由大量反复申请: 'not_processed.mass_repeat',
      要求行政机关确认或重新出具已获取信息: 'not_processed.confirm_info',
      其他处理: 'other',
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请': 'other.no_supplement',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请': 'other.no_fee',
      其他: 'other.other',
      总计: 'total',
      结转下年度继续办理: 'carried_forward',
    },
    columns: {
      自然人: 'natural_person',
      商业企业: 'commercial',
      科研机构: 'research',
      社会公益组织: 'social_org',
      法律服务机构: 'legal_service',
      其他: 'other_org',
      总计: 'total',
    },
  },
  review_litigation: {
    rows: { 行政复议: 'review', 未经复议直接起诉: 'litigation_direct', 复议后起诉: 'litigation_after_review' },
    columns: { 结果维持: 'upheld', 结果纠正: 'corrected', 其他结果: 'other', 尚未审结: 'pending', 总计: 'total' },
  },
};

/** The key of a printed label's words; a label without one is a mistake in the generator's data. */
export function keyOf(table: TableKey, axis: keyof TableKeys, words: string): string {
  const key = KEYS[table][axis][words];
  if (!key) throw new Error(`no ${axis === 'rows' ? 'row' : 'column'} key for ${words} in ${table}`);
  return key;
}
