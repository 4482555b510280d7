/** FORMAT.md §5: a user password gives ENCRYPTED; an owner password alone does not stop reading. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/pipeline.js';
import { testWithTool } from './helpers/tools.js';

const { test: qpdfTest, path: qpdf } = testWithTool('qpdf', 'password-protected PDF tests');
const SAMPLE = 'samples/generated/gen-002-2020.pdf';

function encrypt(user: string, owner: string): Uint8Array {
  const out = join(mkdtempSync(join(tmpdir(), 'nianbao-enc-')), 'locked.pdf');
  execFileSync(qpdf(), ['--encrypt', user, owner, '256', '--', SAMPLE, out]);
  return readFileSync(out);
}

describe('password-protected PDFs', () => {
  qpdfTest('a user password gives an ENCRYPTED error record, nothing invented', async () => {
    const record = await extract(encrypt('secret', 'owner'), { file: 'locked.pdf' });
    expect(record.error?.code).toBe('ENCRYPTED');
    expect(record.facts).toEqual([]);
    expect(record.review.required).toBe(true);
  });

  qpdfTest('an owner password alone is read like the open file', async () => {
    const open = await extract(readFileSync(SAMPLE), { file: 'a.pdf' });
    const locked = await extract(encrypt('', 'owner'), { file: 'a.pdf' });
    expect(locked.error).toBeUndefined();
    expect(locked.facts.map((f) => [f.row, f.col, f.value])).toEqual(open.facts.map((f) => [f.row, f.col, f.value]));
    expect(locked.facts.length).toBeGreaterThan(150);
  });
});
