/**
 * Bugs are not broken files (issue 15): an exception that is not an ExtractionError — thrown by a
 * stage, or a record failing its own schema — gives an INTERNAL record with the message, its
 * stack goes to the log, the exit code is 1 and the next file of the batch is still written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectInputs } from '../src/cli/inputs.js';
import { parseTask, type ParseTask } from '../src/cli/parse-task.js';
import { BatchRunner } from '../src/cli/runner.js';
import { extractWithWarnings } from '../src/pipeline.js';
import { RecordSchema } from '../src/record/schema.js';
import { STAGES, type Stages } from '../src/stages.js';
import { SqliteStore } from '../src/store/sqlite.js';

const BUG = 'ZZBUG';
/** The real stages, but the mapper throws a TypeError on a document that mentions BUG. */
const buggy: Stages = {
  ...STAGES,
  map: (blocks, warnings) => {
    if (JSON.stringify(blocks).includes(BUG)) throw new TypeError(`cannot read properties of undefined (${BUG})`);
    return STAGES.map(blocks, warnings);
  },
};

describe('INTERNAL', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-internal-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in/a-bug.txt'), `某局2023年政府信息公开工作年度报告\n${BUG}\n`);
    writeFileSync(join(dir, 'in/b-next.txt'), readFileSync('samples/generated/gen-025-2021.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a stage that throws gives an INTERNAL record, the stack in the log, and the batch goes on', async () => {
    // The batch's runner with the worker's own task run in this thread, so the stage can be replaced.
    const out = join(dir, 'out');
    mkdirSync(out);
    const pool = { run: async (task: ParseTask) => ({ ok: true as const, ...(await parseTask(task, buggy)) }) };
    const store = SqliteStore.inDirectory(out);
    const runner = new BatchRunner(pool, store, { out, version: 'test', review: false, verbose: false, force: false });
    const inputs = collectInputs([join(dir, 'in')]);
    const results = [];
    for (const input of inputs) results.push(await runner.process(input));
    runner.finish();
    store.close();
    const bug = RecordSchema.parse(JSON.parse(readFileSync(join(out, 'a-bug.txt.json'), 'utf8')));
    expect(bug.error).toEqual({
      code: 'INTERNAL',
      message: expect.stringContaining(`cannot read properties of undefined (${BUG})`),
    });
    expect(bug).toMatchObject({ facts: [], review: { required: true, reasons: ['error:INTERNAL'] } });
    expect(results[0]).toMatchObject({ status: 'error', error: 'INTERNAL' });
    expect(results[0]?.detail).toMatch(/^INTERNAL TypeError: cannot read properties of undefined \(ZZBUG\)\n\s+at /);
    const next = RecordSchema.parse(JSON.parse(readFileSync(join(out, 'b-next.txt.json'), 'utf8')));
    expect(next.error).toBeUndefined();
    expect(next.facts.length).toBeGreaterThan(100);
    expect(results[1]).toMatchObject({ error: null });
  });

  test('a record failing its own schema is INTERNAL, not a verdict on the file', async () => {
    const badRecord: Stages = {
      ...STAGES,
      map: (blocks, warnings) => {
        const mapped = STAGES.map(blocks, warnings);
        return { ...mapped, value: { ...mapped.value, year: 2023.5 } };
      },
    };
    const { value, warnings } = await extractWithWarnings(
      readFileSync('samples/generated/gen-025-2021.txt'),
      { file: 'a.txt' },
      badRecord,
    );
    expect(value.error?.code).toBe('INTERNAL');
    expect(warnings[0]).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('ZodError') });
  });
});
