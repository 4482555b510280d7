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

/** The cells the series page charts year by year (src/series/render-html.ts). */
export const SERIES_CHARTS = {
  newRequests: 'requests.new_received.total',
  allRequests: 'requests.total.total',
  granted: 'requests.granted.total',
  /** Every item of the group, summed: their ids start with `prefix` and end in `.col`. */
  denied: { prefix: 'requests.denied.', col: 'total' },
  /** A row of part 四 and, for litigation, its two rows added; `.outcome` follows each. */
  review: ['review_litigation.review'],
  litigation: ['review_litigation.litigation_direct', 'review_litigation.litigation_after_review'],
  outcomes: ['upheld', 'corrected', 'other', 'pending'],
} as const;
