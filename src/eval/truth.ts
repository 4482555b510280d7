/** Truth files (../shared/README.md): what a report's tables print, and what must be flagged. */
import { z } from 'zod';

export const TruthSchema = z.looseObject({
  name: z.string(),
  template: z.enum(['2019', '2021']),
  year: z.number().int().optional(),
  agency: z.string().optional(),
  /** `table.row.col` → value as printed (blank and dashes as 0). */
  cells: z.record(z.string(), z.number()),
  /** Cells the published document got wrong: a check must fail on each. */
  broken: z.array(z.string()).default([]),
  /** Cells the source cannot settle: not in `cells`, each must carry a flag. */
  must_flag: z.array(z.string()).default([]),
  cross_year_broken: z.array(z.string()).optional(),
  /** Generated samples: their layout variant in words (eval/enforced.json may select on it). */
  variant: z.string().optional(),
});

export type Truth = z.infer<typeof TruthSchema>;

/** Parses a truth file's text; throws with the file named, as a bad truth file is a usage error. */
export function parseTruth(text: string, file: string): Truth {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = TruthSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not a truth file: ${z.prettifyError(parsed.error)}`);
  const truth = parsed.data;
  for (const cell of truth.broken) {
    if (!(cell in truth.cells)) throw new Error(`${file}: broken cell ${cell} is not in cells`);
  }
  for (const cell of truth.must_flag) {
    if (cell in truth.cells) throw new Error(`${file}: must_flag cell ${cell} is also in cells`);
  }
  return truth;
}
