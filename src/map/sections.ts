/** The six parts of a report, found by their heading keywords (FORMAT.md §1). */
import type { Block } from '../../extractors/model.js';
import { cnNumeral } from '../lexicon/index.js';
import { PART_KEYWORDS } from '../template/index.js';
import type { Section } from './types.js';
import { normalizeText } from './labels.js';

type Part = Section['part'];
const PARTS: Part[] = [1, 2, 3, 4, 5, 6];

/** A heading line is short; a longer paragraph counts only when it opens with the part's numeral. */
const MAX_HEADING_CHARS = 30;

export interface HeadingHit {
  part: Part;
  /** Index of the paragraph block holding the heading. */
  block: number;
  heading: string;
  /** Prose that shares the heading's paragraph (a heading run into its first sentence). */
  rest: string;
}

/** Where the part's keyword sits in normalized text, or null. */
function keywordAt(text: string, part: Part): { start: number; end: number } | null {
  for (const kw of PART_KEYWORDS[part].map(normalizeText)) {
    const start = text.indexOf(kw);
    if (start >= 0) return { start, end: start + kw.length };
  }
  return null;
}

/** Room before the keyword for numbering such as 二、 or （二）. */
const MAX_PREFIX = 4;

/** The heading of `part` in this paragraph, if it is one. */
export function headingIn(text: string, part: Part): { heading: string; rest: string } | null {
  const s = normalizeText(text);
  const at = keywordAt(s, part);
  if (!at || at.end > MAX_HEADING_CHARS) return null;
  const numbered = new RegExp(`^${cnNumeral(part)}[、.,]`).test(s);
  if (!numbered && at.start > MAX_PREFIX) return null;
  if (s.length <= MAX_HEADING_CHARS) return { heading: s, rest: '' };
  return numbered ? { heading: s.slice(0, at.end), rest: s.slice(at.end) } : null;
}

/** Headings in document order; each part at most once, parts in increasing order. */
export function findHeadings(blocks: Block[]): HeadingHit[] {
  const hits: HeadingHit[] = [];
  let next = 0;
  blocks.forEach((block, i) => {
    if (block.kind !== 'paragraph') return;
    for (let k = next; k < PARTS.length; k++) {
      const found = headingIn(block.text, PARTS[k]);
      if (found) {
        hits.push({ part: PARTS[k], block: i, ...found });
        next = k + 1;
        return;
      }
    }
  });
  return hits;
}

/** Every part found, with the prose of the paragraphs up to the next heading. */
export function sectionsOf(blocks: Block[], headings: HeadingHit[]): Section[] {
  return headings.map((h, k) => {
    const end = k + 1 < headings.length ? headings[k + 1].block : blocks.length;
    const prose = [h.rest];
    for (let i = h.block + 1; i < end; i++) {
      const b = blocks[i];
      if (b.kind === 'paragraph') prose.push(b.text.trim());
    }
    return { part: h.part, heading: h.heading, text: prose.filter(Boolean).join('\n') };
  });
}

/** The part whose heading precedes block `index` (0 before the first heading). */
export function partAt(headings: HeadingHit[], index: number): number {
  let part = 0;
  for (const h of headings) if (h.block < index) part = h.part;
  return part;
}
