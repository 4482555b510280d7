/**
 * The generator's own printed template (samples/generator/template-*.ts) against the template data
 * the parser uses (src/template), and against the real blank 2021 template. The two are written
 * apart, so the generated samples test src/template instead of echoing it; here they must agree:
 * the same keys in the same order per layout, the same kinds, labels the parser knows, the same
 * sums. A disagreement is a bug in one of them.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { reportBlocks } from '../samples/generator/document.js';
import { createRng } from '../samples/generator/prng.js';
import { KEYS } from '../samples/generator/template-keys.js';
import * as printed from '../samples/generator/template-layout.js';
import {
  ACTIVE,
  articleItemLine,
  CONTENT_HEADER,
  PART_HEADINGS,
  printedForms,
  REQUESTS,
} from '../samples/generator/template-print.js';
import type { Variant } from '../samples/generator/variant.js';
import type { CellSpec } from '../samples/generator/wordml.js';
import {
  allCellIds,
  ARTICLE_ITEM,
  cellId,
  HEADER_ONLY_LABELS,
  layoutCells,
  layoutRows,
  PART_KEYWORDS,
  ruleInstances,
  tableDef,
  TABLE_KEYS,
  TEMPLATES,
  type Layout,
} from '../src/template/index.js';
import { describeShared, sharedPath } from './helpers/shared.js';

const LAYOUTS: Layout[] = (['2019', '2021'] as const).flatMap((version) =>
  (['single', 'split'] as const).map((other) => ({ version, other })),
);
const name = (l: Layout) => `${l.version}, （六） ${l.other}`;

describe('the generator’s printed template against src/template', () => {
  test('the same tables in the same order', () => {
    expect(printed.TABLES).toEqual([...TABLE_KEYS]);
  });

  test.each(LAYOUTS.map((l) => [name(l), l] as const))(
    '%s: the same cells in the same order, of the same kinds',
    (_, l) => {
      const mine = printed.layoutCells(l).map((c) => [c.id, c.kind]);
      expect(mine).toEqual(layoutCells(l).map((c) => [cellId(c), c.kind]));
    },
  );

  test('the same keys over all layouts, and every key the generator declares is printed', () => {
    const ids = LAYOUTS.flatMap((l) => printed.layoutCells(l).map((c) => c.id));
    expect([...new Set(ids)].sort()).toEqual([...allCellIds()].sort());
    for (const table of printed.TABLES) {
      const rows = LAYOUTS.flatMap((l) => printed.printedRows(l, table));
      expect(new Set(Object.values(KEYS[table].rows))).toEqual(new Set(rows.map((r) => r.key)));
      expect(new Set(Object.values(KEYS[table].columns))).toEqual(
        new Set(rows.flatMap((r) => r.cols.map((c) => c.key))),
      );
    }
  });

  test.each(LAYOUTS.map((l) => [name(l), l] as const))(
    '%s: the template label first, and every form the generator prints is a label the parser knows',
    (_, l) => {
      for (const table of printed.TABLES) {
        const def = tableDef(l.version, table);
        const rows = layoutRows(l, table);
        for (const row of printed.printedRows(l, table)) {
          const known = rows.find((r) => r.key === row.key)!;
          expect([row.key, row.labels[0]]).toEqual([row.key, known.labels[0]]);
          expect(known.labels).toEqual(expect.arrayContaining(row.labels));
          // The group printed over it (（三）不予公开, 行政诉讼); 三、本年度办理结果 is the `results` group.
          const group = row.within.at(-1);
          if (!group) expect([row.key, known.group]).toEqual([row.key, undefined]);
          else {
            const labels = def.groups.find((g) => g.key === (known.group ?? 'results'))!.labels;
            expect([row.key, printedForms(group)[0]]).toEqual([row.key, labels[0]]);
            expect(labels).toEqual(expect.arrayContaining(printedForms(group)));
          }
          for (const col of row.cols) {
            const c = def.columns.find((x) => x.key === col.key)!;
            expect([col.key, col.labels[0], col.kind, col.under]).toEqual([
              col.key,
              c.labels[0],
              c.kind,
              c.groupLabels?.[0],
            ]);
            expect(c.labels).toEqual(expect.arrayContaining(col.labels));
          }
        }
      }
    },
  );

  test.each(LAYOUTS.map((l) => [name(l), l] as const))('%s: the same sums over the same cells', (_, l) => {
    const mine = printed.sumInstances(l);
    const theirs = ruleInstances(l).map((r) => ({ rule: r.rule.rule, lhs: r.lhs.map(cellId), rhs: r.rhs.map(cellId) }));
    expect(mine).toEqual(theirs);
  });

  test('headings, item lines and header cells are what the parser looks for', () => {
    PART_HEADINGS.forEach((h, i) => expect(PART_KEYWORDS[(i + 1) as 1]).toContain(h));
    for (const version of ['2019', '2021'] as const) {
      for (const { item } of ACTIVE[version]) expect(articleItemLine(item)).toMatch(ARTICLE_ITEM);
      const headers = (v: typeof version) => ACTIVE[v].flatMap((b) => b.columns.map((c) => c.label.text));
      const other = version === '2019' ? '2021' : '2019';
      for (const marker of TEMPLATES[version].markers) {
        expect(headers(version)).toContain(marker);
        expect(headers(other)).not.toContain(marker);
      }
    }
    const over = REQUESTS.columns.flatMap((c) => (c.under ? [c.under] : []));
    expect(HEADER_ONLY_LABELS).toEqual(expect.arrayContaining([REQUESTS.applicants, CONTENT_HEADER, ...over]));
  });
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The part headings and the text of every table cell (not continuing a vertical merge) of a DOCX, in order. */
function docxUnits(docx: Uint8Array): string[] {
  const doc = new DOMParser().parseFromString(strFromU8(unzipSync(docx)['word/document.xml']), 'text/xml');
  const local = (el: Element, tag: string) => Array.from(el.getElementsByTagNameNS(W, tag));
  const text = (el: Element) =>
    local(el, 't')
      .map((t) => t.textContent ?? '')
      .join('')
      .trim();
  const body = local(doc.documentElement, 'body')[0];
  return Array.from(body.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .flatMap((el) =>
      el.localName === 'tbl'
        ? local(el, 'tc')
            .filter((tc) => !local(tc, 'vMerge').some((m) => m.getAttributeNS(W, 'val') !== 'restart'))
            .map(text)
        : [text(el)].filter((t) => /^[一二三四五六]、/.test(t)),
    )
    .filter((t) => t !== '');
}

describeShared('the generator’s printed template against the blank 2021 template', () => {
  test('a 2021 report printed with template labels and blank zeros has the blank’s headings and table cells, in order', () => {
    const docx = readFileSync(sharedPath('template/blank-2021-template.docx'));
    const layout = { version: '2021', other: 'split' } as const;
    const variant: Variant = {
      labelWidth: 'wide',
      fontFamily: '宋体',
      bodyPt: 12,
      tablePt: 10.5,
      headerRepeat: false,
      unruled: [],
      zeros: 'blank',
      activeLayout: 'one-table',
      charPerLine: false,
      verticalGroups: false,
      proseParagraphs: 1,
      scale: 'small',
      labelVariants: false,
    };
    const cells = Object.fromEntries(printed.layoutCells(layout).map((c) => [c.id, 0]));
    const blocks = reportBlocks(createRng(1), { agency: '某县', year: 2023, layout, cells, variant });
    const cellText = (c: CellSpec) => (c.vMerge === 'continue' ? '' : c.lines.join(''));
    const units = blocks
      .flatMap((b) =>
        b.kind === 'heading' ? [b.text] : b.kind === 'table' ? b.table.rows.flatMap((r) => r.cells.map(cellText)) : [],
      )
      .filter((t) => t !== '');
    expect(units).toEqual(docxUnits(docx));
  });
});
