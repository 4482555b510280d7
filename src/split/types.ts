/**
 * Cells from glued digit runs (FORMAT.md §4): the split stage turns the mapper's `GluedRun`s into
 * these, and the record treats them as candidates beside the cells the mapper placed.
 */
import type { Flag, Result } from '../core/index.js';
import type { MappedCell, MappedReport } from '../map/types.js';
import type { Check } from '../record/schema.js';

/** A mapped cell's fields, from its run (`raw`: the cell's digits where a split was taken, else the whole run). */
export interface SplitCell extends Omit<MappedCell, 'labelScore' | 'bbox'> {
  /** The run's row label score (GluedRun.labelScore). */
  labelScore?: number;
  /** `ambiguous_split`, `no_valid_split`…: where set, the cell's value is null. */
  flags: Flag[];
  /** The candidate readings, for ambiguous splits. */
  note?: string;
}

/** What the solver read: the cells of every slot, and the rule instances every best reading breaks. */
export interface Split {
  cells: SplitCell[];
  failed: Check[];
}

/** Splitting reads the whole mapped report: column sums tie runs to the cells placed around them. */
export type GlueSplitter = (mapped: MappedReport) => Result<Split>;
