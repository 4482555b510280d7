/** Text clean-up shared by HTML and DOCX cells and paragraphs. */

/** CJK ideographs, CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * HTML source whitespace collapses to one space, as a browser shows it; a line break in the
 * source between two CJK characters is dropped instead (Word's HTML export wraps long lines
 * inside words, which Chinese text must not turn into spaces).
 */
export function collapseSourceWhitespace(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, (ws: string, at: number, all: string) => {
    const wrapped = /[\n\r]/.test(ws) && CJK.test(all[at - 1] ?? '') && CJK.test(all[at + ws.length] ?? '');
    return wrapped ? '' : ' ';
  });
}

/**
 * A cell's text: lines trimmed (also of &nbsp; and full-width spaces, so a cell holding only
 * those is blank), empty lines dropped. A label typed one character per line (结/果/维/持) is
 * joined into one word: every line a single character, at least one an ideograph.
 */
export function normalizeCellText(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const oneCharPerLine =
    lines.length > 1 && lines.every((l) => [...l].length === 1) && lines.some((l) => IDEOGRAPH.test(l));
  return lines.join(oneCharPerLine ? '' : '\n');
}
