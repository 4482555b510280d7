/**
 * Numbers in the prose as evidence (issue 10): part 一 and the other prose parts often state the
 * table's figures (全年共收到政府信息公开申请218件). They are found (./find.ts), linked to the cell
 * they name (./link.ts) and weighed against the facts (./apply.ts); a prose value never replaces a
 * printed one. A document whose prose states no figure costs one regular expression per part, and all of a
 * document's clauses are cut in one call.
 */
import type { MappedReport } from '../map/types.js';
import type { ReadValues } from '../values/read.js';
import { weighClaims } from './apply.js';
import { findFigures } from './find.js';
import { linkFigures } from './link.js';

/** Parts 二–四 hold the tables; their section text is what is left of them, not prose. */
const PROSE_PARTS = new Set([1, 5, 6]);

/** The drafts with the claims the report's prose makes about cells of its layout weighed in. */
export function proseEvidence(mapped: MappedReport, read: ReadValues): ReadValues {
  const layout = mapped.layout;
  if (!layout) return read;
  const figures = mapped.sections.filter((s) => PROSE_PARTS.has(s.part)).flatMap((s) => findFigures(s.text));
  // No figure, no word cutting: a document without any never loads the dictionary.
  const claims = figures.length ? linkFigures(figures, layout, mapped.year) : [];
  return claims.length === 0 ? read : { ...read, drafts: weighClaims(mapped, read.drafts, claims) };
}
