/** Layout variants (issue 3): how one generated report prints its tables and prose. */
import type { Rng } from './prng.js';
import type { Layout, TableKey } from './template-layout.js';
import type { Scale } from './values.js';

export type FontFamily = '宋体' | '仿宋' | '黑体';
export type ZeroStyle = '0' | 'blank' | '—';

export interface Variant {
  /** Narrow label columns wrap long row labels over several lines. */
  labelWidth: 'narrow' | 'wide';
  fontFamily: FontFamily;
  bodyPt: number;
  tablePt: number;
  /** Table 三 repeats its three header rows after a page break (w:tblHeader). */
  headerRepeat: boolean;
  /** Tables printed with every border set to none. */
  unruled: TableKey[];
  zeros: ZeroStyle;
  /** Part 二 as one table with a header row per 项, or one small table per 项. */
  activeLayout: 'one-table' | 'per-item';
  /** Column headers typed one character per paragraph (结/果/维/持). */
  charPerLine: boolean;
  /** The （三）…（六） group labels of table 三 also written top to bottom. */
  verticalGroups: boolean;
  /** Paragraphs of part 一: moves the page break through table 三. */
  proseParagraphs: number;
  scale: Scale;
  /** Labels drawn from the template's variants (合计, 结转下一年度…, typos) instead of the canonical ones. */
  labelVariants: boolean;
}

/**
 * `late` draws the features added after the first corpus was committed, so that adding one
 * leaves the values of every earlier report unchanged.
 */
export function chooseVariant(rng: Rng, late: Rng): Variant {
  const labelWidth = rng.pick(['narrow', 'wide'] as const);
  // Wide labels leave number columns room for four digits only up to 10.5 pt.
  const tablePt = labelWidth === 'wide' ? rng.pick([9, 10.5]) : rng.pick([9, 10.5, 12]);
  const unruledPick = rng.next();
  const unruled: TableKey[] =
    unruledPick < 0.75
      ? []
      : unruledPick < 0.85
        ? ['requests']
        : unruledPick < 0.92
          ? ['review_litigation']
          : ['active', 'requests', 'review_litigation'];
  return {
    labelWidth,
    fontFamily: rng.pick(['宋体', '仿宋', '黑体'] as const),
    bodyPt: rng.pick([12, 14, 16]),
    tablePt,
    headerRepeat: rng.chance(0.5),
    unruled,
    zeros: rng.pick(['0', '0', 'blank', '—'] as const),
    activeLayout: rng.pick(['one-table', 'per-item'] as const),
    charPerLine: rng.chance(0.35),
    verticalGroups: rng.chance(0.3),
    proseParagraphs: rng.chance(0.5) ? rng.int(1, 3) : rng.int(4, 14),
    scale: rng.pick(['small', 'medium', 'medium', 'large'] as const),
    labelVariants: late.chance(0.3),
  };
}

/** The `variant` note of a truth file: the features in words, for people. */
export function describeVariant(layout: Layout, v: Variant): string {
  return [
    `template ${layout.version}, （六） ${layout.other === 'single' ? 'one row' : 'three items'}`,
    `${v.labelWidth} label columns`,
    `${v.fontFamily} ${v.bodyPt}pt body, ${v.tablePt}pt tables`,
    v.headerRepeat ? 'table 三 header repeated after page breaks' : 'no repeated header',
    v.unruled.length ? `no ruling lines: ${v.unruled.join(', ')}` : 'all tables ruled',
    `zeros as ${v.zeros}`,
    `part 二 ${v.activeLayout === 'one-table' ? 'as one table' : 'one table per 项'}`,
    v.charPerLine ? 'headers one character per line' : 'headers on one line',
    v.verticalGroups ? 'group labels vertical' : 'group labels horizontal',
    `${v.proseParagraphs} paragraphs of part 一`,
    `${v.scale} counts`,
    v.labelVariants ? 'label variants' : 'canonical labels',
  ].join('; ');
}
