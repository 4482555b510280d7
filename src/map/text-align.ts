/**
 * Rows of a text table (no grid) matched to template rows. A wrapped label puts its lines above,
 * beside and below its numbers, and a vertical group label leaves one character per line in
 * between; so each row of numbers is scored against every template row with the label lines
 * around it, and the rows are then aligned in template order (an order-preserving best match).
 */
import { PART_TABLES, TOTAL_LABELS, type GroupDef, type RowDef, type TableDef } from '../template/index.js';
import { matchColumn, onlyGroupCharacters, STRAY_SCORE, withStrayGroupCharacters } from './match.js';
import { bestMatch, bestScore, labelKey, labelScore, longestWhole, type Match } from './labels.js';
import { blankCell, placeCell, type Sink } from './sink.js';
import { splitLabels, type RowCell, type RowView } from './rows.js';
import { HAN, ITEM_MARK, parenNumeral, ROW_NUMBERING } from '../lexicon/index.js';

export interface ValueRow {
  values: RowCell[];
  /** The label the row was matched with (for unmapped entries). */
  label: string;
  row?: RowDef;
  score: number;
  /** A template row no other numbers took whose label these label lines name nearly as well. */
  rival?: RowDef;
}

interface Unit {
  values: RowCell[];
  own: string[];
  before: string[];
  after: string[];
  /** Lines of lone characters right under the numbers, before the next label line. */
  bareAfter: number;
  /** The row's own label ended on a line above its numbers (a label line waiting for them). */
  labelAbove: boolean;
}

/** A single character on its own line is part of a vertical label, not of a row label. */
const labelParts = (cells: RowCell[]) => cells.map((c) => c.raw).filter((t) => [...t].length > 1);

/** Rows with numbers, each with the label lines between it and its neighbours. */
function units(rows: RowView[]): Unit[] {
  const out: Unit[] = [];
  let loose: string[] = [];
  for (const row of rows) {
    const { labels, values } = splitLabels(row);
    if (values.length === 0) {
      const parts = labelParts(labels);
      if (!parts.length && !loose.length && out.length) out[out.length - 1].bareAfter++;
      loose.push(...parts);
      continue;
    }
    if (out.length) out[out.length - 1].after = loose;
    const line = values[0].cell.textLine;
    const labelAbove = line !== undefined && labels.some((c) => (c.cell.textLine ?? line) < line);
    out.push({ values, own: labelParts(labels), before: loose, after: [], bareAfter: 0, labelAbove });
    loose = [];
  }
  if (out.length) out[out.length - 1].after = loose;
  return out;
}

/**
 * Numbers alone on a line right under a numbered label that is not complete yet (its end wraps
 * below the numbers) belong to that label, not to the numbered label after them.
 */
function wrappedAround(u: Unit, templateRows: RowDef[]): boolean {
  const above = u.before.at(-1) ?? '';
  if (u.own.length > 0 || !ROW_NUMBERING.test(above) || !ROW_NUMBERING.test(u.after[0] ?? '')) return false;
  return !templateRows.some((t) => bestScore(above, t.labels) === 1);
}

/** Item numbering inside a label: where the previous row's wrapped tail ends and this row's label starts. */
const INNER_NUMBERING = new RegExp(`(?:${parenNumeral('{1,3}')}|\\d{1,2}${ITEM_MARK}(?!\\d))`, 'g');

/** Shortest wrapped tail of another row's label taken to stand before a row's own label. */
const MIN_TAIL = 4;

/** `出具已获取信息（六）其他处理` → `（六）其他处理`: a label that starts with another row's wrapped tail, from its item number on. */
function fromItemNumber(text: string): string {
  if (ROW_NUMBERING.test(text)) return text;
  // A short prefix is characters of a vertical group label, which the whole reading tolerates;
  // a prefix holding a numbered label of its own is two rows' labels, and says nothing alone.
  const starts = [...text.matchAll(INNER_NUMBERING)].map((m) => m.index);
  return starts.length === 1 && starts[0] >= MIN_TAIL ? text.slice(starts[0]) : text;
}

const TOTALS = new Set(TOTAL_LABELS.map(labelKey));

/** A numbered label that is two whole template labels one after the other: both; null otherwise. */
function twoWholeLabels(text: string, templateRows: RowDef[]): [string, string] | null {
  if (!ROW_NUMBERING.test(text)) return null;
  const key = labelKey(text);
  const labels = templateRows.flatMap((r) => r.labels.map(labelKey));
  const whole = labels.find((w) => key.length > w.length && key.startsWith(w) && labels.includes(key.slice(w.length)));
  return whole === undefined ? null : [whole, key.slice(whole.length)];
}

/**
 * Readings of a unit's own label cells alone. `3.其他合计`: a numbered row printing no number
 * whose label ran into the next row's on the same line: both whole template labels, the second
 * is read as the one with the numbers (markRivals weighs the first).
 */
function ownReadings(u: Unit, templateRows: RowDef[]): string[] {
  const own = u.own.join('');
  return [
    own,
    u.own[u.own.length - 1] ?? '',
    fromItemNumber(own),
    twoWholeLabels(own, templateRows)?.[1] ?? own,
    endingLabel(own, templateRows),
  ];
}

/**
 * `2.申请人逾期未按收费通知…申请其他总计`: a blank row's wrapped label joined before 总计, whose
 * numbers follow. A total ends the table's rows, so no blank row's label was joined after it. What
 * stands before must hold a row label of the template (a budget's 收入总计 is no such total).
 */
function endingLabel(text: string, templateRows: RowDef[]): string {
  const key = labelKey(text);
  const total = [...TOTALS].find((t) => key.endsWith(t) && t.length < key.length);
  const before = total ? key.slice(0, -total.length) : '';
  return total && longestWhole(templateRows, (w) => before.includes(w)) ? total : text;
}

/**
 * Numbers alone on a line between two numbered whole labels (`2.没有现成信息需要另行制作` / `1 1 2` /
 * `3.补正后申请内容仍不明确`) may be either row's: the line says no more, and the sums hold either way.
 * So may numbers right above a whole label under a wrapped one whose last character stood alone above
 * them (`禁止公` / `开` / `2 2` / `3.危及…`); a lone character under them is the wrapped label's tail.
 * Numbers the extractor joined to the label line above them are such numbers too.
 */
function betweenRowLabels(u: Unit, templateRows: RowDef[], groups: GroupDef[]): string[] {
  // a vertical group label may leave characters beside the numbers and the labels (`结  供 ）  1 1 2`,
  // `本 （三）不  3 3`, `法 （  1.本机关不掌握…`); 总计 is a label
  const labelLine = (t: string) => [...labelKey(t)].length > 2;
  // a whole label on the line above the numbers (joined to them as a label waiting for its values) is no more theirs
  const own = u.labelAbove || onlyGroupCharacters(u.own.join(''), groups) ? '' : u.own.join('');
  const [above, below] = [(u.labelAbove ? u.own : u.before).filter(labelLine).at(-1), u.after.find(labelLine)];
  const named = templateRows.some((r) => bestScore(own, r.labels) >= MIN_ALIGNED_SCORE);
  if (labelLine(own) || named || !above || !below) return [];
  // a whole label, also amid a vertical group label's characters (`年 予公开 4.保护…`: then read as the label alone)
  const whole = (t: string) =>
    ROW_NUMBERING.test(t) && templateRows.some((r) => bestScore(t, r.labels) === 1)
      ? t
      : withStrayGroupCharacters(t, templateRows, groups)?.item.labels[0];
  // a label whose last character wrapped (`6.属于四类过程性信` / `息`) names its row too
  const names = (t: string) =>
    ROW_NUMBERING.test(t) &&
    (templateRows.some((r) => bestScore(t, r.labels) >= RIVAL_SCORE) || rowNamedAtEnd(t, templateRows) !== null);
  const [first, second] = [whole(above) ?? (names(above) && u.bareAfter === 0 ? above : undefined), whole(below)];
  return first && second ? [first, second] : [];
}

/** Label readings of a unit: its own cells, with up to two lines above and one below. */
function readings(u: Unit, templateRows: RowDef[]): string[] {
  const owns = ownReadings(u, templateRows);
  const befores = [[], u.before.slice(-1), u.before.slice(-2)];
  const afters = wrappedAround(u, templateRows) ? [[]] : [[], u.after.slice(0, 1)];
  const joined = owns.flatMap((own) => befores.flatMap((b) => afters.map((a) => [...b, own, ...a].join(''))));
  return [...new Set(joined)].filter(Boolean);
}

const MIN_ALIGNED_SCORE = 0.5;

/** Characters of a vertical group label (三、本年度…) stuck before a row's own numbering. */
const STRAY_LEAD = new RegExp(`^(?:[${HAN}]?、|[${HAN}])(?=[（(]|\\d{1,2}${ITEM_MARK})`);

/**
 * A wrapped label's first line names its row by the label's start (`（二）部分公开（区分处理`
 * of the long （二） label), which a whole-label score undervalues; weighed a little under a
 * whole match so a complete label still wins.
 */
function startScore(text: string, labels: string[]): number {
  const start = [...labelKey(text.replace(STRAY_LEAD, ''))];
  if (start.length < 4) return 0;
  const longer = labels.map((label) => [...labelKey(label)]).filter((full) => full.length > start.length);
  return Math.max(0, ...longer.map((full) => labelScore(start.join(''), full.slice(0, start.length).join('')))) * 0.9;
}

/** Shortest label start taken to end a line that began with something else (a repeated header). */
const MIN_LABEL_START = 8;
/** Score of a label whose start ends the line: below a whole match, above the alignment floor. */
const LABEL_START_SCORE = 0.85;

/**
 * A line whose end is the start of a label names that row, whatever precedes it on the line
 * (a header repeated after a page break glued before the label in scraped text).
 */
function endsWithLabelStart(text: string, labels: string[]): number {
  const key = labelKey(text);
  for (const label of labels) {
    const full = labelKey(label);
    for (let n = Math.min(full.length, key.length); n >= MIN_LABEL_START; n--)
      if (key.endsWith(full.slice(0, n))) return LABEL_START_SCORE;
  }
  return 0;
}

/**
 * How well a unit's label lines name a template row: as a whole, by the start of its own first
 * or last cell (after a vertical group's characters), by a label start ending it, or as a whole
 * label amid characters of a vertical group label (`2.重复申请结`).
 */
const unitScore = (u: Unit, texts: string[], row: RowDef, stray: RowDef | undefined) =>
  Math.max(
    row === stray ? STRAY_SCORE : 0,
    startScore(u.own[0] ?? '', row.labels),
    startScore(u.own.at(-1) ?? '', row.labels),
    endsWithLabelStart(u.own.join(''), row.labels),
    ...texts.map((r) => bestScore(r, row.labels)),
  );

/** Best order-preserving assignment of numbered rows to template rows (max total label score). */
export function alignTextRows(rows: RowView[], templateRows: RowDef[], groups: GroupDef[] = []): ValueRow[] {
  const us = units(rows);
  const texts = us.map((u) => readings(u, templateRows));
  const strays = us.map((u) => withStrayGroupCharacters(u.own.join(''), templateRows, groups)?.item);
  const score = us.map((u, i) => templateRows.map((t) => unitScore(u, texts[i], t, strays[i])));
  const [n, m] = [us.length, templateRows.length];
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const s = score[i - 1][j - 1];
      dp[i][j] = Math.max(dp[i - 1][j], dp[i][j - 1], s >= MIN_ALIGNED_SCORE ? dp[i - 1][j - 1] + s : 0);
    }
  const out: ValueRow[] = us.map((u) => ({ values: u.values, label: [...u.before, ...u.own].join(' '), score: 0 }));
  for (let i = n, j = m; i > 0 && j > 0;) {
    const s = score[i - 1][j - 1];
    if (s >= MIN_ALIGNED_SCORE && dp[i][j] === dp[i - 1][j - 1] + s) {
      out[i - 1].row = templateRows[j - 1];
      out[i - 1].score = s;
      i--;
      j--;
    } else if (dp[i][j] === dp[i - 1][j]) i--;
    else j--;
  }
  fillSingleGaps(out, templateRows);
  const owns = us.map((u) => [
    ...ownReadings(u, templateRows).filter(Boolean),
    ...betweenRowLabels(u, templateRows, groups),
  ]);
  markRivals(out, owns, templateRows);
  return out;
}

/** How close (in label score) another row must come for the reading to be in doubt. */
const RIVAL_GAP = 0.1;
/** A rival must name the row this well: a whole label, nearly. */
const RIVAL_SCORE = 0.9;

/**
 * `（一）予以公开部分公开  20 22 1 3 46`: a blank row's label joined to a numbered row's reads as
 * either row, and the column sums hold either way (both are results of the year). Where the
 * row's own label cells name a row that took no numbers nearly as well as the one chosen, the
 * reading is in doubt. (Label lines above and below are left out: they are often a blank
 * row's own label, which is no doubt about this one.)
 */
function markRivals(out: ValueRow[], owns: string[][], templateRows: RowDef[]): void {
  // two whole labels in one cell (2.其他法律…禁止公开 with the blank 危及“三安全一稳定” wrapped onto it): either may
  // own the numbers; but a total ends the table's rows, so a total second (3.其他合计) is the one with them
  const first = (text: string) => {
    const pair = twoWholeLabels(text, templateRows);
    return pair && !TOTALS.has(pair[1]) ? [pair[0]] : [];
  };
  const withFirst = owns.map((texts) => [...texts, ...texts.flatMap(first)]);
  const score = withFirst.map((texts) =>
    templateRows.map((t) => Math.max(0, ...texts.map((r) => bestScore(r, t.labels)))),
  );
  const taken = new Set(out.map((v) => v.row).filter(Boolean));
  out.forEach((v, i) => {
    const row = v.row;
    if (!row) return;
    const rival = templateRows.findIndex(
      (t, j) =>
        !taken.has(t) &&
        !otherForms(t.key, row.key) &&
        score[i][j] >= RIVAL_SCORE &&
        score[i][j] >= v.score - RIVAL_GAP,
    );
    if (rival >= 0) v.rival = templateRows[rival];
  });
}

/** Label score given to a row placed by the template's order alone. */
const ORDER_SCORE = MIN_ALIGNED_SCORE;

/**
 * A row of numbers whose label was lost (cut off above the table, mangled by a vertical group
 * label) between two aligned rows takes the template row between them, when there is exactly one.
 */
function fillSingleGaps(out: ValueRow[], templateRows: RowDef[]): void {
  const indexOf = (v: ValueRow | undefined, fallback: number) => (v?.row ? templateRows.indexOf(v.row) : fallback);
  out.forEach((v, i) => {
    if (v.row || (out[i - 1] && !out[i - 1].row) || (out[i + 1] && !out[i + 1].row)) return;
    const before = indexOf(out[i - 1], -1);
    const after = indexOf(out[i + 1], templateRows.length);
    if (before < 0 && i > 0) return;
    if (after - before === 2) [v.row, v.score] = [templateRows[before + 1], ORDER_SCORE];
  });
}

/** A header line names a column, not a row; but column headers are never numbered (`3.其他` is a row, `其他` may be the column). */
const rowOf = (label: string, def: TableDef): Match<RowDef> | null =>
  !ROW_NUMBERING.test(label) && matchColumn(label, def.columns) ? null : bestMatch(label, def.rows, (r) => r.labels);

/** A line cut before each item number: blank rows' labels run together on one line. */
function itemPieces(line: string): string[] {
  const starts = [...line.matchAll(INNER_NUMBERING)].map((m) => m.index);
  return starts.map((s, i) => line.slice(s, starts[i + 1]));
}

/**
 * The rows an item of a label line names: by its whole label, or by its whole label amid
 * characters of a vertical group label (`3.要求提供公开出版物予处理`). Not by a near match: a
 * wrong row of blanks closes column sums that a block of numbers slid by one column still keeps.
 */
const itemRows = (piece: string, def: TableDef): (Match<RowDef> | null)[] => {
  const own = rowOf(piece, def);
  return [own?.score === 1 ? own : null, withStrayGroupCharacters(piece, def.rows, def.groups)];
};

/**
 * The rows named by label lines without numbers: each line, each item of a line holding several
 * (`（五）不3.要求提供公开出版物予处理4.无正当理由大量反复申请`), and a label wrapped over two or
 * three lines (部分公开（区分处理的，只计这一情 / 形，不计其他情形）) where joining names a row
 * better than any of its lines alone.
 */
function wrappedLabels(lines: string[], def: TableDef): Match<RowDef>[] {
  const single = lines.map((l) => rowOf(l, def));
  const items = lines.flatMap(itemPieces).flatMap((piece) => itemRows(piece, def));
  const out = [...single, ...items].filter((m): m is Match<RowDef> => m !== null);
  for (let i = 0; i < lines.length; i++)
    for (let n = 2; n <= 4 && i + n <= lines.length; n++) {
      const joined = rowOf(lines.slice(i, i + n).join(''), def);
      if (joined && single.slice(i, i + n).every((m) => !m || m.score < joined.score)) out.push(joined);
    }
  return out;
}

/**
 * A row printed without numbers whose whole label shares a line of a row that has them: where it
 * starts the line (`3.要求提供公开出版物 不予处理 无正当理由大量反复申请  1  1  2`, the row with
 * numbers' whole label ending it, vertical group characters between) or ends it (`部分公开（区分
 * 处理的…情形）` wrapped, then `属于国家秘密` joined to it as a line of its label). The row without
 * numbers; null when none. A trailing label must be MIN_TRAILING characters or more (`其他` ends
 * many labels).
 */
function labelBeside(text: string, templateRows: RowDef[], placed: Set<string>): Match<RowDef> | null {
  const key = labelKey(text);
  const starts = (w: string) => key.startsWith(w);
  const ends = (w: string) => key.endsWith(w);
  const leading = ROW_NUMBERING.test(text) ? rowBeside(key, templateRows, placed, ends, starts) : null;
  return leading ?? rowBeside(key, templateRows, placed, starts, (w) => ends(w) && w.length >= MIN_TRAILING);
}

/** The row other than the placed row whose whole label `numbered` fits the text, whose whole label `blank` fits the rest of it. */
function rowBeside(
  key: string,
  templateRows: RowDef[],
  placed: Set<string>,
  numbered: (whole: string) => boolean,
  blank: (whole: string) => boolean,
): Match<RowDef> | null {
  const withNumbers = templateRows.map((r) => placed.has(r.key) && longestWhole([r], numbered)).find(Boolean);
  if (!withNumbers) return null;
  const rest = templateRows.filter((r) => r !== withNumbers.item);
  const best = longestWhole(rest, (w) => blank(w) && w.length + withNumbers.length <= key.length);
  return best && { item: best.item, score: LABEL_START_SCORE };
}

/** Shortest whole label taken for a row without numbers at the end of another row's label. */
const MIN_TRAILING = 4;

/** A label line without numbers must name its row this well to make it a row of blanks (a wrapped piece like 他处理 must not). */
const BLANK_ROW_SCORE = 0.8;

/** `other` and `other.*` are two forms of one row: never both, never each other's rival (FORMAT.md §2). */
const otherForms = (a: string, b: string) => a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
const otherFormPlaced = (key: string, placed: Set<string>) => [...placed].some((r) => otherForms(key, r));

/**
 * Template rows printed with every cell blank have a label line and no numbers: where the
 * table's columns are known, such a row is all blanks. Only a label that names the row best
 * counts, and never a row whose other form already has cells. `aligned`: rows the alignment named
 * whose line held no number.
 */
export function placeBlankRows(rows: RowView[], def: TableDef, sink: Sink, aligned: Match<RowDef>[] = []): void {
  const placed = new Set(
    [...sink.placed]
      .filter((id) => id.startsWith(`${PART_TABLES[3]}.`))
      .map((id) => id.split('.').slice(1, -1).join('.')),
  );
  // Lines above the first numbers are the header; a repeated header's 总计 names the column, not the row.
  // A row's label cells before its last can be a whole blank row's label run into it on one
  // line (`8.属于行政查询事项三  1.本机关不掌握…  2  3`).
  const us = units(rows);
  const gaps = us.flatMap((u, i) => [...(i === 0 ? [] : [u.before]), u.own.slice(0, -1), u.after]);
  const ledBy = us.map((u) => labelBeside(u.own.join(''), def.rows, placed));
  const matches = [
    ...gaps.flatMap((lines) => wrappedLabels(lines, def)),
    ...ledBy.filter((m): m is Match<RowDef> => m !== null),
    ...aligned,
  ].filter((m) => m.score >= BLANK_ROW_SCORE);
  // （六）其他处理 above its three items is their group label, not the one-row form.
  const keysFound = new Set(matches.map((m) => m.item.key));
  for (const { item, score } of matches) {
    if (placed.has(item.key) || otherFormPlaced(item.key, placed) || otherFormPlaced(item.key, keysFound)) continue;
    for (const col of def.columns) placeCell(sink, PART_TABLES[3], item.key, col.key, blankCell(), 'text', score);
    placed.add(item.key);
  }
}

/** Shortest label start taken for the label where its last character wrapped past the values. */
const MIN_WRAPPED_START = 6;

/**
 * The row whose whole label ends the text (`第二十条第（五）项信息内容处理决定数量行政许可`: a
 * scraped header glued before the row label), the longest such label winning; or whose label
 * less its last character does, that character printed after the values (`…行政事业性收8-13费`,
 * a label wrapped around its numbers in its cell); null when none.
 */
export function rowNamedAtEnd(text: string, templateRows: RowDef[]): Match<RowDef> | null {
  const key = labelKey(text);
  const wrapped = (w: string) => w.length > MIN_WRAPPED_START && key.endsWith(w.slice(0, -1));
  const best = longestWhole(templateRows, (w) => key.endsWith(w)) ?? longestWhole(templateRows, wrapped);
  return best && { item: best.item, score: LABEL_START_SCORE };
}
