/** One synthetic report: its plan → DOCX bytes, truth file and manifest entry. */
import { documentXml, reportBlocks, type ReportBlock } from './document.js';
import { injectErrors, type InjectionKind } from './inject.js';
import { packageDocx } from './package.js';
import { createRng } from './prng.js';
import { randomAgency } from './prose.js';
import { proseFigures } from './prose-figures.js';
import { layoutCells, type Layout, type Version } from './template-layout.js';
import { generateValues, type Cells } from './values.js';
import { chooseVariant, describeVariant, type Variant } from './variant.js';

export interface ReportPlan {
  name: string;
  /** Seeds everything random about this report. */
  seed: number;
  year: number;
  layout: Layout;
  /** Injects inconsistencies starting with this kind; none when absent. */
  inject?: InjectionKind;
  /** The agency as printed (a series keeps one); drawn at random when absent. */
  agency?: string;
  /** Turns the drawn values into this year's of a series (series.ts); values kept when absent. */
  chain?: (cells: Cells, layout: Layout) => Cells;
  /** Part 一 states some of the table's figures (prose-figures.ts). */
  proseFigures?: boolean;
}

/** The truth file (../shared/README.md): values as printed, blanks and dashes as 0. */
export interface Truth {
  name: string;
  template: Version;
  year: number;
  agency: string;
  variant: string;
  cells: Cells;
  broken: string[];
  /** Cells that break the cross-year rule against the same agency's previous report (series.ts). */
  cross_year_broken?: string[];
  /** For people: what the broken cells should have said. */
  notes?: string;
  /** Cells the source leaves in doubt (here: a figure of the prose that disagrees with the table). */
  must_flag?: string[];
  /** The printed values of the cells whose figure the prose states wrong. */
  prose_disagrees?: Cells;
}

export interface ManifestEntry {
  name: string;
  docx: string;
  truth: string;
  template: Version;
  year: number;
  agency: string;
  /** How （六）其他处理 is printed. */
  other: Layout['other'];
  broken: boolean;
  brokenCells: string[];
  features: Variant;
}

export interface GeneratedReport {
  docx: Uint8Array;
  /** The content the DOCX was written from, for the other formats made from it. */
  blocks: ReportBlock[];
  truth: Truth;
  manifest: ManifestEntry;
  /** The values before injection (equal to truth.cells when nothing is broken). */
  correct: Cells;
}

/** Salt of the second random stream (see chooseVariant). */
const LATE_STREAM = 0x5bd1e995;
/** Salt of the prose figures' stream: drawing them leaves every other draw of the report as it was. */
const FIGURES_STREAM = 0x2c1b3c6d;

export function generateReport(plan: ReportPlan): GeneratedReport {
  const rng = createRng(plan.seed);
  const agency = plan.agency ?? randomAgency(rng);
  const variant = chooseVariant(rng, createRng(plan.seed ^ LATE_STREAM));
  const drawn = generateValues(rng, plan.layout, variant.scale);
  const correct = inLayoutOrder(plan.layout, plan.chain ? plan.chain(drawn, plan.layout) : drawn);
  const { cells, broken } = plan.inject
    ? injectErrors(rng, plan.layout, correct, plan.inject)
    : { cells: correct, broken: [] };
  const figures = plan.proseFigures
    ? proseFigures(createRng(plan.seed ^ FIGURES_STREAM), cells, plan.layout.version, broken)
    : undefined;
  const content = { agency, year: plan.year, layout: plan.layout, cells, variant, figures: figures?.paragraph };
  const blocks = reportBlocks(rng, content);
  const docx = packageDocx(documentXml(blocks, variant), variant);
  const truth: Truth = {
    name: plan.name,
    template: plan.layout.version,
    year: plan.year,
    agency,
    variant: describeVariant(plan.layout, variant),
    ...proseTruth(cells, figures?.disagrees),
    broken,
    ...(broken.length
      ? { notes: `injected errors; correct values: ${broken.map((id) => `${id}=${correct[id]}`).join(', ')}` }
      : {}),
  };
  const manifest: ManifestEntry = {
    name: plan.name,
    docx: `${plan.name}.docx`,
    truth: `${plan.name}.truth.json`,
    template: plan.layout.version,
    year: plan.year,
    agency,
    other: plan.layout.other,
    broken: broken.length > 0,
    brokenCells: broken,
    features: variant,
  };
  return { docx, blocks, truth, manifest, correct };
}

/**
 * The truth's cells; a cell the prose states wrong must be flagged, so it moves to `must_flag`,
 * its printed value kept in `prose_disagrees` (the glued variant still aligns its run with it).
 */
function proseTruth(
  cells: Cells,
  disagrees: string | undefined,
): Pick<Truth, 'cells' | 'must_flag' | 'prose_disagrees'> {
  if (!disagrees) return { cells };
  const { [disagrees]: printed, ...others } = cells;
  return { cells: others, must_flag: [disagrees], prose_disagrees: { [disagrees]: printed } };
}

/** Every cell of the layout in template order, so truth files read like the tables. */
function inLayoutOrder(layout: Layout, cells: Cells): Cells {
  const out: Cells = {};
  for (const { id } of layoutCells(layout)) {
    if (!(id in cells)) throw new Error(`no value generated for ${id}`);
    out[id] = cells[id];
  }
  return out;
}
