/** One report's content: title, the six parts with their prose and tables; and its word/document.xml. */
import { generalSituation, openingParagraph, otherMatters, problemsAndImprovements } from './prose.js';
import type { Rng } from './prng.js';
import { activeTables, canonicalLabel, requestsTable, reviewTable, type LabelOf } from './tables.js';
import type { Layout } from './template-layout.js';
import { PART_HEADINGS, PART_NUMERALS } from './template-print.js';
import type { Cells } from './values.js';
import type { Variant } from './variant.js';
import { paragraph, table, type TableSpec, type TextStyle } from './wordml.js';

const NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface ReportContent {
  agency: string;
  year: number;
  layout: Layout;
  cells: Cells;
  variant: Variant;
  /** A paragraph of part 一 stating some of the table's figures (prose-figures.ts). */
  figures?: string;
}

export function reportTitle(agency: string, year: number): string {
  return `${agency}${year}年政府信息公开工作年度报告`;
}

/** The report's content in reading order, independent of the format it is written in. */
export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: TableSpec };

export function reportBlocks(rng: Rng, r: ReportContent): ReportBlock[] {
  const v = r.variant;
  const prose = (texts: string[]): ReportBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));
  const headingOf = (part: 1 | 2 | 3 | 4 | 5 | 6): ReportBlock => ({
    kind: 'heading',
    text: `${PART_NUMERALS[part - 1]}、${PART_HEADINGS[part - 1]}`,
  });
  const tableOf = (table: TableSpec): ReportBlock => ({ kind: 'table', table });
  const labelOf: LabelOf = v.labelVariants ? (labels) => rng.pick(labels) : canonicalLabel;
  return [
    { kind: 'title', text: reportTitle(r.agency, r.year) },
    ...prose([openingParagraph(rng, r.agency, r.year)]),
    headingOf(1),
    ...prose(generalSituation(rng, r.agency, r.year, v.proseParagraphs)),
    ...prose(r.figures ? [r.figures] : []),
    headingOf(2),
    ...activeTables(r.layout, r.cells, v, labelOf).map(tableOf),
    headingOf(3),
    tableOf(requestsTable(r.layout, r.cells, v, labelOf)),
    headingOf(4),
    tableOf(reviewTable(r.layout, r.cells, v, labelOf)),
    headingOf(5),
    ...prose(problemsAndImprovements(r.agency, r.year)),
    headingOf(6),
    ...prose(otherMatters(rng)),
  ];
}

/** The blocks as word/document.xml; an empty paragraph follows every table. */
export function documentXml(blocks: ReportBlock[], v: Variant): string {
  const body: TextStyle = { font: v.fontFamily, pt: v.bodyPt };
  const heading: TextStyle = { font: '黑体', pt: v.bodyPt, bold: true };
  const cellStyle: TextStyle = { font: v.fontFamily, pt: v.tablePt };
  const parts = blocks.map((b): string => {
    if (b.kind === 'title')
      return paragraph(b.text, { font: v.fontFamily, pt: 22, bold: true }, { align: 'center', after: 240 });
    if (b.kind === 'heading') return paragraph(b.text, heading, { firstLineChars: 2, after: 120 });
    if (b.kind === 'paragraph') return paragraph(b.text, body, { firstLineChars: 2 });
    return table(b.table, cellStyle) + paragraph('', body);
  });
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${NS}"><w:body>${parts.join('')}${section}</w:body></w:document>`;
}
