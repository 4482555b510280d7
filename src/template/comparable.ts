/**
 * What a diff may compare across the 2019 → 2021 template change (FORMAT.md §1–§2). Parts 三 and
 * 四 keep their keys; （六） printed as one row is compared with the sum of its three items. Of
 * part 二 only the cells below mean the same thing in both versions (处理决定数量 of 行政许可,
 * 行政处罚, 行政强制); every other part 二 cell is "not comparable" across the change.
 */
export const ACTIVE_ACROSS_VERSIONS: readonly (readonly [v2019: string, v2021: string])[] = [
  ['active.licensing.decisions', 'active.licensing.decisions'],
  ['active.punishment.decisions', 'active.punishment.decisions'],
  ['active.coercion.decisions', 'active.coercion.decisions'],
];

/** The row （六） printed as one row, and the items it sums when printed as three. */
export const OTHER_SUM = {
  table: 'requests',
  row: 'other',
  items: ['other.no_supplement', 'other.no_fee', 'other.other'],
} as const;

/** FORMAT.md §3 rule 6: this year's row = last year's row, column by column. */
export const CROSS_YEAR = { table: 'requests', thisYear: 'carried_over', lastYear: 'carried_forward' } as const;

/** The cells the series page charts year by year (src/series/render-html.ts), with their captions. */
export const SERIES_CHARTS = {
  newRequests: { id: 'requests.new_received.total', title: '本年新收申请 new requests', legend: '新收' },
  allRequests: 'requests.total.total',
  granted: { id: 'requests.granted.total', title: '予以公开占比 share granted', legend: '予以公开' },
  /** Every item of the group, summed: their ids start with `prefix` and end in `.col`. */
  denied: { prefix: 'requests.denied.', col: 'total', title: '不予公开占比 share denied', legend: '不予公开' },
  /** A row of part 四 and, for litigation, its two rows added; `.outcome` follows each. */
  review: { rows: ['review_litigation.review'], title: '行政复议结果 review outcomes' },
  litigation: {
    rows: ['review_litigation.litigation_direct', 'review_litigation.litigation_after_review'],
    title: '行政诉讼结果 litigation outcomes',
  },
  outcomes: [
    { col: 'upheld', legend: '维持' },
    { col: 'corrected', legend: '纠正' },
    { col: 'other', legend: '其他' },
    { col: 'pending', legend: '未审结' },
  ],
} as const;
