/**
 * What a perturbed document prints, cell by cell. A perturbation changes the page: a value glued
 * to its neighbour reads 239 on a Word page, and reading 239 there is right. A misreading is a
 * value that differs from what the perturbed page prints, and every one must carry a flag.
 */
import type { SourceDocument } from '../../extractors/model.js';
import type { Truth } from '../../src/eval/truth.js';
import { recordFromDocument } from '../../src/pipeline.js';
import type { SourceInfo } from '../../src/record/error.js';
import { cellId } from '../../src/template/index.js';
import { isBlankMark } from '../../src/values/parse.js';
import { slotRef, tagValues, type Mutation } from './mutate.js';

/** Every value piece of a document, and the cell each is read into where that is known. */
export interface PieceCells {
  values: Set<string>;
  cells: Map<string, string>;
}

/** Reads the document once with every value piece tagged by a distinct number. */
export function pieceCells(doc: SourceDocument, source: SourceInfo): PieceCells {
  const { doc: tagged, tags } = tagValues(doc);
  const facts = recordFromDocument(tagged, source).value.facts;
  const cells = new Map<string, string>();
  for (const fact of facts) {
    const slot = tags.get(fact.raw.trim());
    if (slot && facts.filter((f) => f.raw.trim() === fact.raw.trim()).length === 1)
      cells.set(slotRef(slot), cellId(fact));
  }
  return { values: new Set([...tags.values()].map(slotRef)), cells };
}

const printedValue = (text: string | null) => (text === null || isBlankMark(text) ? 0 : Number(text.replace(/,/g, '')));

/**
 * The truth of the perturbed page: the original truth with the mutation's edits of value pieces
 * applied, and the cells of a removed row gone. Null when an edited value piece has no known cell.
 */
export function printedTruth(truth: Truth, pieces: PieceCells, mutation: Mutation): Truth | null {
  const cells = { ...truth.cells };
  for (const [slot, text] of mutation.edits) {
    const ref = slotRef(slot);
    if (!pieces.values.has(ref)) continue; // a label: the values stay as printed
    const cell = pieces.cells.get(ref);
    if (cell === undefined) return null;
    if (cell in cells) cells[cell] = printedValue(text);
  }
  for (const slot of mutation.removedRow) {
    const cell = pieces.cells.get(slotRef(slot));
    if (pieces.values.has(slotRef(slot)) && cell === undefined) return null;
    if (cell !== undefined) delete cells[cell];
  }
  return { ...truth, cells };
}
