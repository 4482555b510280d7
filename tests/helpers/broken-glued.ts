/**
 * A generated glued text (samples/generated/*-glued.txt) with one total printed wrong, as real
 * reports do (FORMAT.md §3): part 三's 总计 of the 总计 row, its last digit changed. The run of
 * that row is found from the truth values (zeros as the report prints them) and must occur once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTruth, type Truth } from '../../src/eval/truth.js';

const GENERATED = resolve(process.cwd(), 'samples/generated');
const COLS = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'];
export const BROKEN_CELL = 'requests.total.total';

export function withBrokenTotal(name: string): { text: string; truth: Truth } {
  const text = readFileSync(resolve(GENERATED, `${name}.txt`), 'utf8');
  const truthFile = resolve(GENERATED, `${name}.truth.json`);
  const truth = parseTruth(readFileSync(truthFile, 'utf8'), truthFile);
  const values = COLS.map((c) => truth.cells[`requests.total.${c}`]);
  const runs = ['0', '—'].map((zero) => values.map((v) => (v ? String(v) : zero)).join(''));
  const run = runs.find((r) => text.split(r).length === 2);
  if (!run) throw new Error(`${name}: the 总计 row's run is not printed exactly once`);
  const total = values[values.length - 1];
  const last = total % 10;
  const wrong = total - last + (last === 9 ? 8 : last + 1);
  const broken = run.slice(0, run.length - String(total).length) + String(wrong);
  return {
    text: text.replace(run, broken),
    truth: { ...truth, cells: { ...truth.cells, [BROKEN_CELL]: wrong }, broken: [BROKEN_CELL] },
  };
}
