/**
 * Every threshold of the solver (./index.ts) in one place. The bounds keep time and memory in
 * check; where one is hit the cells concerned are flagged, never guessed.
 */
export const SOLVER = {
  /** Readings kept per slot: beyond this a run is too long to settle and its cells are flagged. */
  readingsPerSlot: 20000,
  /** Search steps (states and transitions) per group of tied slots, over every count of broken rules tried. */
  jointSteps: 1500000,
  /**
   * Most rule instances a report may break and still be read: a report that breaks more is
   * taken as misread, not as contradicting itself, and its slots are flagged.
   */
  maxBroken: 4,
  /**
   * Positions (offsets in character columns, summed over the table) settle the reading only
   * when every other solution costs more than the cheapest by at least this much per cell it
   * reads otherwise (1 per number moved); else the sums alone decide (pdftotext shifts whole
   * columns by a few characters, and a column blank in every row lets its neighbour slide).
   */
  costMargin: 0.5,
  /**
   * Where the reading rests on rows taken as blank because no line of theirs was printed
   * (./index.ts): an assumption, so positions must settle a cell by a full column character per
   * cell read otherwise; and a second reading of the report, so a tenth of the search steps
   * (a search that needs more leaves most cells flagged anyway).
   */
  assumedBlank: { costMargin: 1, jointSteps: 150000 },
  /**
   * Placements of a slot's numbers (offsets in character columns) this much costlier than its
   * cheapest are not read: a number stands near its column, give or take pdftotext's shifts.
   */
  placementSlack: 16,
  /** Candidates listed in a note. */
  noteCandidates: 8,
} as const;
