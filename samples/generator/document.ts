/** word/document.xml of one report: title, the six parts with their prose and tables. */
import { PART_KEYWORDS, type Layout } from '../../src/template/index.js';
import { generalSituation, openingParagraph, otherMatters, problemsAndImprovements } from './prose.js';
import type { Rng } from './prng.js';
import { activeTables, canonicalLabel, requestsTable, reviewTable, type LabelOf } from './tables.js';
import type { Cells } from './values.js';
import type { Variant } from './variant.js';
import { paragraph, table, type TextStyle } from './wordml.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
const NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface ReportContent {
  agency: string;
  year: number;
  layout: Layout;
  cells: Cells;
  variant: Variant;
}

export function reportTitle(agency: string, year: number): string {
  return `${agency}${year}年政府信息公开工作年度报告`;
}

export function documentXml(rng: Rng, r: ReportContent): string {
  const v = r.variant;
  const body: TextStyle = { font: v.fontFamily, pt: v.bodyPt };
  const heading: TextStyle = { font: '黑体', pt: v.bodyPt, bold: true };
  const cellStyle: TextStyle = { font: v.fontFamily, pt: v.tablePt };
  const prose = (texts: string[]): string[] => texts.map((t) => paragraph(t, body, { firstLineChars: 2 }));
  const headingOf = (part: 1 | 2 | 3 | 4 | 5 | 6): string =>
    paragraph(`${NUMERALS[part - 1]}、${PART_KEYWORDS[part][0]}`, heading, { firstLineChars: 2, after: 120 });
  const gap = paragraph('', body);
  const labelOf: LabelOf = v.labelVariants ? (labels) => rng.pick(labels) : canonicalLabel;
  const parts = [
    paragraph(
      reportTitle(r.agency, r.year),
      { font: v.fontFamily, pt: 22, bold: true },
      { align: 'center', after: 240 },
    ),
    ...prose([openingParagraph(rng, r.agency, r.year)]),
    headingOf(1),
    ...prose(generalSituation(rng, r.agency, r.year, v.proseParagraphs)),
    headingOf(2),
    ...activeTables(r.layout, r.cells, v, labelOf).flatMap((t) => [table(t, cellStyle), gap]),
    headingOf(3),
    table(requestsTable(r.layout, r.cells, v, labelOf), cellStyle),
    gap,
    headingOf(4),
    table(reviewTable(r.layout, r.cells, v, labelOf), cellStyle),
    gap,
    headingOf(5),
    ...prose(problemsAndImprovements(r.agency, r.year)),
    headingOf(6),
    ...prose(otherMatters(rng)),
  ];
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${NS}"><w:body>${parts.join('')}${section}</w:body></w:document>`;
}
