/**
 * review.csv (RFC 4180): a UTF-8 byte order mark so Excel reads the Chinese text as UTF-8, CRLF
 * line ends, fields quoted when they hold a comma, quote, line break or edge space. Text that a
 * spreadsheet would run as a formula (=… @… +x -x) gets a leading apostrophe; signed numbers
 * (+12, -3) and the dashes that mean zero stay as printed.
 */
import { worstFirst, type ReviewItem } from './items.js';

export const REVIEW_CSV_COLUMNS = ['file', 'page', 'cell', 'raw', 'value', 'confidence', 'flags', 'message'] as const;

const BOM = '\uFEFF';

const looksLikeFormula = (s: string): boolean => /^[=@\t\r]/.test(s) || (/^[+-]/.test(s) && !/^[+-][\d.,]*$/.test(s));

export function csvField(text: string): string {
  const safe = looksLikeFormula(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function line(item: ReviewItem): string {
  const fields = [
    item.file,
    item.page?.toString() ?? '',
    item.cell,
    item.raw,
    item.value?.toString() ?? '',
    item.confidence?.toString() ?? '',
    item.flags.join(' '),
    item.message,
  ];
  return fields.map(csvField).join(',');
}

/** The whole file for a batch's items, worst first; a header only when nothing needs review. */
export function reviewCsv(items: ReviewItem[]): string {
  return BOM + [REVIEW_CSV_COLUMNS.join(','), ...worstFirst(items).map(line)].map((l) => l + '\r\n').join('');
}
