/**
 * The cell flags of FORMAT.md §5: why a person should look at a fact. One typed list, which the
 * record's schema enumerates and docs/flags.md explains (tests/flags-doc.test.ts holds them equal).
 */

export const FLAGS = [
  'cell_missing',
  'conflicting_cells',
  'unparsed',
  'unit_mismatch',
  'unexpected_negative',
  'unexpected_decimal',
  'no_valid_split',
  'ambiguous_split',
  'blank_inferred',
  'sum_not_evaluated',
  'column_uncertain',
  'row_ambiguous',
  'low_confidence',
  'damaged_source',
  'bad_character',
  'prose_disagrees',
  'settled_by_prose',
] as const;

export type Flag = (typeof FLAGS)[number];
