/** `normalizeChars` over every text the document model carries: runs, table cells, paragraphs. */
import type { Block, SourceDocument } from '../../extractors/model.js';
import { hasSuspectChars, normalizeChars } from './normalize.js';

function normalizeBlock(block: Block): Block {
  if (block.kind === 'paragraph') return { ...block, text: normalizeChars(block.text) };
  return { ...block, cells: block.cells.map((c) => ({ ...c, text: normalizeChars(c.text) })) };
}

const texts = (doc: SourceDocument): string[] => [
  ...doc.pages.flatMap((p) => p.runs.map((r) => r.text)),
  ...doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.cells.map((c) => c.text))),
];

/** The document with normalized text, or the same object when nothing in it needs it. */
export function normalizeDocument(doc: SourceDocument): SourceDocument {
  if (!texts(doc).some(hasSuspectChars)) return doc;
  return {
    ...doc,
    pages: doc.pages.map((p) => ({ ...p, runs: p.runs.map((r) => ({ ...r, text: normalizeChars(r.text) })) })),
    blocks: doc.blocks.map(normalizeBlock),
  };
}
