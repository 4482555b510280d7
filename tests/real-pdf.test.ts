/** End to end on the real published PDFs: every truth cell exactly, the right template version. */
import { readFileSync } from 'node:fs';
import { extractFile } from '../src/extract-file.js';
import { cellId } from '../src/template/index.js';
import { describeShared, sharedPath } from './helpers/shared.js';

interface Truth {
  template: string;
  cells: Record<string, number>;
  broken?: string[];
}

describeShared('real PDFs through the whole pipeline', () => {
  test.each(['huaian-city-2024', 'huaian-hongze-2023'])('%s gives every cell of its truth file', async (name) => {
    const truth = JSON.parse(readFileSync(sharedPath('real', `${name}.truth.json`), 'utf8')) as Truth;
    const record = await extractFile(sharedPath('real', `${name}.pdf`), { file: `real/${name}.pdf` });
    expect(record.error).toBeUndefined();
    expect(record.report.template).toBe(truth.template);
    const byId = new Map(record.facts.map((f) => [cellId(f), f.value]));
    const wrong = Object.entries(truth.cells)
      .filter(([id, value]) => byId.get(id) !== value)
      .map(([id, value]) => `${id}: want ${value}, got ${byId.get(id)}`);
    expect(wrong).toEqual([]);
    expect(record.facts.filter((f) => !(cellId(f) in truth.cells) && f.value !== null && f.flags.length === 0)).toEqual(
      [],
    );
    // Broken cells of the published document are caught by a failed check.
    const failedCells = new Set(record.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
    for (const id of truth.broken ?? []) expect(failedCells.has(id)).toBe(true);
    expect(record.review.required).toBe(
      (truth.broken ?? []).length > 0 || record.facts.some((f) => f.flags.length > 0),
    );
  });
});
