/**
 * Which report this is: title, agency and the year reported on (not the year published), from
 * the title lines, a crawler's header lines or a saved page's information box, and failing
 * those the report's statistics period or the publication date.
 */
import type { Block, Table } from '../../extractors/model.js';
import { foldWidth } from '../text/normalize.js';
import type { MappedReport } from '../map/types.js';
import { isFieldLine, parseFields, type Fields } from './fields.js';
import { arabicYears, parseTitle } from './title.js';

export interface Identity {
  /** Width folded, whitespace removed. */
  title: string;
  /** The same title as printed (whitespace removed only). */
  printedTitle: string;
  agency: string;
  year: number | null;
}

/** The title and header fields sit among this many leading blocks. */
const LEAD_BLOCKS = 12;
/** A title may be spread over this many consecutive paragraphs (agency on one line, the rest on the next). */
const MAX_TITLE_LINES = 4;
const MAX_TITLE_CHARS = 80;
const TITLE_END = /年度报告|年报|信息公开工作报告/;
const MAX_TITLE_TAIL = 8;
/** A sentence that names the report (现公布…年度报告, 本报告根据《条例》…年度报告) is not its title. */
const NAMES_THE_REPORT = /[，。；]|^(?:本报告|根据|依据|按照)|条例》/;

const squeeze = (text: string): string => text.replace(/\s+/g, '');

function tableRows(table: Table): string[][] {
  const rows = new Map<number, string[]>();
  for (const c of table.cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c.text]);
  return [...rows.values()];
}

/** Leading paragraphs that are report text (not header fields), and the header fields around them. */
function leadingText(blocks: Block[], pageFields: string[]): { lines: string[]; fields: Fields } {
  const fields: Fields = {};
  for (const field of pageFields) parseFields(field, fields);
  const lines: string[] = [];
  for (const block of blocks.slice(0, LEAD_BLOCKS)) {
    if (block.kind === 'table') {
      const rows = tableRows(block);
      const before = Object.keys(fields).length;
      for (const row of rows) parseFields(row.join(' '), fields);
      if (Object.keys(fields).length > before) continue;
      // Flattened text cuts a title line with a year in it into cells; a report table is longer.
      if (block.geometry !== 'text' || rows.length > MAX_TITLE_LINES) break;
      lines.push(...rows.map((r) => squeeze(r.join(''))));
      continue;
    }
    if (isFieldLine(block.text)) parseFields(block.text, fields);
    else if (squeeze(block.text)) lines.push(squeeze(block.text));
  }
  return { lines, fields };
}

/** The first run of consecutive lines that ends the title (…工作年 / 度报告 may be cut), cut after its end. */
function titleOf(lines: string[]): string {
  for (let i = 0; i < lines.length; i++) {
    let joined = '';
    for (const line of lines.slice(i, i + MAX_TITLE_LINES)) {
      joined += line;
      const m = TITLE_END.exec(joined);
      if (!m) continue;
      const end = m.index + m[0].length;
      // A short tail is the title's own (…年度报告格式模板); a longer one is the text after it.
      const title =
        joined.length - end <= MAX_TITLE_TAIL && !/[，。,.;；:：]/.test(joined.slice(end))
          ? joined
          : joined.slice(0, end);
      if (title.length <= MAX_TITLE_CHARS && !NAMES_THE_REPORT.test(title)) return title;
      break;
    }
  }
  return '';
}

/** 报告统计期限自2024年1月1日至2024年12月31日: the year reported on. */
function periodYear(lines: string[]): number | null {
  const m = /((?:19|20)\d{2})年1月1日(?:起)?至\1年12月31日/.exec(arabicYears(foldWidth(lines.join(''))));
  return m ? Number(m[1]) : null;
}

/** 本报告由某市人民政府办公室根据…编制: who compiled it (the grouping reads an office as its government). */
function compiler(lines: string[]): string {
  const m = /本报告由(.{2,30}?)(?:根据|依据|按照|依照)/.exec(foldWidth(lines.slice(0, LEAD_BLOCKS).join('')));
  return m ? m[1] : '';
}

/** Reports are published early in the year after the one they report on. */
function publishedYear(fields: Fields): number | null {
  const m = /((?:19|20)\d{2})/.exec(fields.published ?? '');
  return m ? Number(m[1]) - 1 : null;
}

/** `pageFields`: the document's page furniture fields (SourceDocument.pageFields), read where the text names nothing. */
export function findIdentity(blocks: Block[], pageFields: string[] = []): Identity {
  const { lines, fields } = leadingText(blocks, pageFields);
  const printedTitle = titleOf(lines) || squeeze(fields.title ?? '');
  const title = foldWidth(printedTitle);
  const own = parseTitle(title);
  const header = parseTitle(fields.title ?? '');
  return {
    title,
    printedTitle,
    agency: own.agency || header.agency || fields.publisher || compiler(lines),
    year: own.year ?? header.year ?? periodYear(lines) ?? publishedYear(fields),
  };
}

/** The report with `rawTitle`, the title as the unnormalised document prints it, where that differs. */
export function withPrintedTitle(report: MappedReport, printedBlocks: Block[], pageFields?: string[]): MappedReport {
  const printed = findIdentity(printedBlocks, pageFields).printedTitle;
  const { rawTitle: _, ...rest } = report;
  return { ...rest, ...(printed && printed !== rest.title ? { rawTitle: printed } : {}) };
}
