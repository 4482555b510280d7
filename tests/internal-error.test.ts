/**
 * Bugs are not broken files (issue 15): an exception that is not an ExtractionError — thrown by a
 * stage, or a record failing its own schema — gives an INTERNAL record with the message, its
 * stack goes to the log, the exit code is 1 and the next file of the batch is still written.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtract } from '../src/cli/extract-command.js';
import { extractWithWarnings } from '../src/pipeline.js';
import { RecordSchema } from '../src/record/schema.js';
import { STAGES, type Stages } from '../src/stages.js';

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
    const log: string[] = [];
    const code = await runExtract([join(dir, 'in')], join(dir, 'out'), (l) => log.push(l), { stages: buggy });
    expect(code).toBe(1);
    const bug = RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'out/a-bug.txt.json'), 'utf8')));
    expect(bug.error).toEqual({
      code: 'INTERNAL',
      message: expect.stringContaining(`cannot read properties of undefined (${BUG})`),
    });
    expect(bug).toMatchObject({ facts: [], review: { required: true, reasons: ['error:INTERNAL'] } });
    expect(log.some((l) => l.includes('a-bug.txt: INTERNAL TypeError') && l.includes('at '))).toBe(true);
    const next = RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'out/b-next.txt.json'), 'utf8')));
    expect(next.error).toBeUndefined();
    expect(next.facts.length).toBeGreaterThan(100);
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
