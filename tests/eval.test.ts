/**
 * `npm run eval DIR`, spawned: a truth file with one value changed makes it exit non-zero and
 * name that cell. Inputs and truths are made in a temporary folder at test time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layoutCells, cellId } from '../src/template/index.js';
import { parseTruth, type Truth } from '../src/eval/truth.js';
import { discover } from '../src/eval/discover.js';
import { describeShared, sharedPath } from './helpers/shared.js';
import { perfectRecord } from './helpers/eval-records.js';

function runEval(args: string[]): { status: number | null; out: string } {
  const r = spawnSync('npm', ['run', '--silent', 'eval', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const enforceAll = join(tmp, 'enforce-all.json');
writeFileSync(enforceAll, JSON.stringify({ enforce: [{ what: 'everything in the test folder', paths: ['**'] }] }));

/** A 2021 truth over every layout cell, many of them non-zero. */
function wholeTruth(): Truth {
  const cells = Object.fromEntries(
    layoutCells({ version: '2021', other: 'split' }).map((c, i) => [cellId(c), (i * 7) % 11]),
  );
  return parseTruth(
    JSON.stringify({ name: 'made', template: '2021', year: 2023, agency: '测试局', cells }),
    'made.truth.json',
  );
}

describe('npm run eval over records already written (--records)', () => {
  const docs = join(tmp, 'docs');
  const out = join(tmp, 'out');
  const truth = wholeTruth();
  const changed = 'requests.total.commercial';
  const printed = truth.cells[changed];

  beforeAll(() => {
    mkdirSync(docs);
    mkdirSync(out);
    writeFileSync(join(docs, 'made.txt'), '政府信息公开工作年度报告\n');
    writeFileSync(join(out, 'made.txt.json'), JSON.stringify(perfectRecord(truth)));
  });

  test('the truth as the record says it passes, with the measures in the JSON', () => {
    writeFileSync(join(docs, 'made.truth.json'), JSON.stringify(truth));
    const json = join(tmp, 'pass.json');
    const r = runEval([docs, '--records', out, '--enforced', enforceAll, '--json', json]);
    expect(r.out).toContain('PASS: 1 enforced documents');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.totals.enforced).toMatchObject({
      documents: 1,
      cellAccuracy: 1,
      silent: 0,
      extra: 0,
      templateRight: 1,
    });
    expect(report.totals.enforced.truthCells).toBe(Object.keys(truth.cells).length);
  });

  test('one value changed in the truth fails the run and names the cell', () => {
    writeFileSync(
      join(docs, 'made.truth.json'),
      JSON.stringify({ ...truth, cells: { ...truth.cells, [changed]: printed + 1 } }),
    );
    const r = runEval([docs, '--records', out, '--enforced', enforceAll]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(
      new RegExp(
        `FAIL \\S*made\\.txt: ${changed.replace(/\./g, '\\.')} expected ${printed + 1} got ${printed} \\(no flag\\)`,
      ),
    );
    expect(r.out).toContain('FAIL: 1 of 1 enforced documents');
  });

  test('a document outside the enforced list is measured but does not fail the run', () => {
    writeFileSync(
      join(docs, 'made.truth.json'),
      JSON.stringify({ ...truth, cells: { ...truth.cells, [changed]: printed + 1 } }),
    );
    const none = join(tmp, 'enforce-none.json');
    writeFileSync(none, JSON.stringify({ enforce: [] }));
    const r = runEval([docs, '--records', out, '--enforced', none]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/made\.txt\s+txt\s+no\s+\d+\s+99\.\d\d%\s+1\s/);
  });

  test('a missing directory is a usage error', () => {
    expect(runEval([join(tmp, 'nope')]).status).toBe(2);
  });
});

const hasPipeline = existsSync('src/pipeline.ts');
if (!hasPipeline) console.warn('SKIPPED: eval through the pipeline — src/pipeline.ts does not exist yet');

/** Copies an input and its truth into a fresh folder, with one truth value raised by one. */
function copyWithOneChange(input: string, truthFile: string, into: string, cell: string): number {
  mkdirSync(into);
  const base = input.split('/').pop()!;
  copyFileSync(input, join(into, base));
  const truth = parseTruth(readFileSync(truthFile, 'utf8'), truthFile);
  const printed = truth.cells[cell];
  writeFileSync(
    join(into, truthFile.split('/').pop()!),
    JSON.stringify({ ...truth, cells: { ...truth.cells, [cell]: printed + 1 } }),
  );
  return printed + 1;
}

const generated = existsSync('samples/generated') ? discover(['samples/generated']).samples[0] : undefined;
if (!generated) console.warn('SKIPPED: eval of a generated sample — samples/generated has none yet');

(hasPipeline && generated ? describe : describe.skip)('npm run eval through the pipeline on a generated sample', () => {
  test('one value changed in a copy of its truth file fails the run and names that cell', () => {
    const cell = 'requests.total.total';
    const expected = copyWithOneChange(generated!.input, generated!.truthFile, join(tmp, 'generated'), cell);
    const r = runEval([join(tmp, 'generated'), '--enforced', enforceAll, '--limit', '1000']);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${generated!.input.split('/').pop()}: ${cell} expected ${expected} got `);
  });
});

(hasPipeline ? describeShared : describe.skip)('npm run eval through the pipeline on a real PDF', () => {
  test('one value changed in a copy of the truth file names that cell, whatever the pipeline reads', () => {
    const cell = 'requests.new_received.natural_person';
    const dir = join(tmp, 'real');
    const expected = copyWithOneChange(
      sharedPath('real/huaian-city-2024.pdf'),
      sharedPath('real/huaian-city-2024.truth.json'),
      dir,
      cell,
    );
    const r = runEval([dir, '--enforced', enforceAll, '--limit', '1000']);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`huaian-city-2024.pdf: ${cell} expected ${expected} got `);
  });
});
