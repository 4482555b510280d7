/** Units printed after a number (FORMAT.md §4: `251000元`, `12件`). */

/** Units of a count. */
export const COUNT_UNITS = ['件', '个', '项', '条', '次', '人', '家', '宗', '起', '份'];
/** The unit of the template's money columns. */
export const WAN_YUAN = '万元';
/** Money units. */
export const MONEY_UNITS = [WAN_YUAN, '亿元', '元'];
/** The units each kind of column is printed in (a value kind of src/template); the others contradict it. */
export const NATIVE_UNITS: Record<'count' | 'signed' | 'decimal', string[]> = {
  count: COUNT_UNITS,
  signed: COUNT_UNITS,
  decimal: [WAN_YUAN],
};
/** Every unit, a longer one before the shorter one it ends in (万元 before 元). */
export const UNITS = [...MONEY_UNITS, ...COUNT_UNITS];
/** Every unit as a regex source, `(?:万元|亿元|…)`. */
export const UNIT_PATTERN = `(?:${UNITS.join('|')})`;
/** The money units as a regex source, `(?:万元|亿元|元)`. */
export const MONEY_UNIT_PATTERN = `(?:${MONEY_UNITS.join('|')})`;

/** `251000元` → number `251000`, unit `元`; no unit → unit null. */
export function splitUnit(text: string): { number: string; unit: string | null } {
  const unit = UNITS.find((u) => text.endsWith(u));
  return unit ? { number: text.slice(0, -unit.length).trim(), unit } : { number: text, unit: null };
}
