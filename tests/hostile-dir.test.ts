/**
 * Issue 15, done-when: a directory holding one file of each hostile case, odd names, a link loop
 * and two good reports, run as a user runs it. Exit code 1; a schema-valid record for every
 * file; both good reports fully correct; nothing written outside OUT.
 */
import { cellId } from '../src/core/index.js';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { scoreDocument } from '../src/eval/score.js';
import { parseTruth } from '../src/eval/truth.js';
import { RecordSchema, type NianbaoRecord } from '../src/record/schema.js';
import { encryptedPdfs, HOSTILE, type HostileFile } from './helpers/hostile-files.js';
import { testWithTool } from './helpers/tools.js';

const BIN = resolve('bin/nianbao.js');
const GOOD = ['gen-025-2021.docx', 'gen-016-2023.html'];
const LONG = `${'年度报告'.repeat(18)}关于政府信息公开.html`; // 245 bytes: the file system's limit is 255
const qpdf = testWithTool('qpdf', 'the hostile directory test (encrypted PDFs)');
const iconv = testWithTool('iconv', 'the hostile directory test (GBK and UTF-16 files)');

const truthOf = (name: string) => {
  const file = resolve('samples/generated', name.replace(/\.\w+$/, '.truth.json'));
  return parseTruth(readFileSync(file, 'utf8'), file);
};

/** Every file (or link) under `dir`, relative to it; links are not followed. */
function tree(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(join(dir, e.name), root) : [relative(root, join(dir, e.name))]))
    .sort();
}

/** Facts the record vouches for (no flag, no failed check) whose value is not the truth's. */
function silentFacts(record: NianbaoRecord, truthName: string): string[] {
  const truth = truthOf(truthName);
  const failed = new Set(record.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
  return record.facts
    .filter(
      (f) =>
        f.flags.length === 0 &&
        !failed.has(cellId(f)) &&
        cellId(f) in truth.cells &&
        truth.cells[cellId(f)] !== f.value,
    )
    .map(cellId);
}

describe('a directory of hostile files', () => {
  let dir: string;
  let files: HostileFile[];
  let run: ReturnType<typeof spawnSync>;
  let before: string[];
  const records = new Map<string, NianbaoRecord>();

  beforeAll(() => {
    if (!qpdf.present || !iconv.present) return;
    dir = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'));
    files = [...HOSTILE, ...encryptedPdfs(qpdf.path(), dir)];
    mkdirSync(join(dir, 'in'));
    for (const f of files) writeFileSync(join(dir, 'in', f.name), f.bytes());
    mkdirSync(join(dir, 'in/good'));
    for (const g of GOOD) copyFileSync(resolve('samples/generated', g), join(dir, 'in/good', g));
    const notice = readFileSync(join(dir, 'in/notice.html'));
    mkdirSync(join(dir, 'in/names'));
    for (const name of [' spaced name.html', '-leading-dash.html', '中文 报告.html', LONG, 'Same.html', 'same.html'])
      writeFileSync(join(dir, 'in/names', name), notice);
    symlinkSync(join(dir, 'in'), join(dir, 'in/loop')); // a directory link back to its parent
    symlinkSync(join(dir, 'in/good', GOOD[0]), join(dir, 'in/link-to-good.docx'));
    writeFileSync(join(dir, 'outside-marker'), 'x');
    before = tree(dir);
    run = spawnSync(process.execPath, [BIN, 'extract', 'in', '--out', 'out', '--review'], {
      cwd: dir,
      encoding: 'utf8',
    });
    for (const file of tree(join(dir, 'out')).filter((f) => f.endsWith('.json'))) {
      const record = RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'out', file), 'utf8')));
      records.set(record.source.file, record);
    }
  }, 300_000);

  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  const test = qpdf.present && iconv.present ? qpdf.test : qpdf.test.skip;

  test('exit code 1, a schema-valid record for every file, the link loop skipped with a log line', () => {
    expect(run.status).toBe(1);
    const inputs = [
      ...files.map((f) => f.name),
      ...GOOD.map((g) => `good/${g}`),
      'link-to-good.docx',
      ...readdirSync(join(dir, 'in/names')).map((n) => `names/${n}`),
    ];
    expect([...records.keys()].sort()).toEqual(inputs.map((i) => join('in', i)).sort());
    expect(run.stderr).toMatch(/in\/loop: skipped, a symbolic link/);
  });

  test('each hostile case gets its code, and a repaired file names the repair', () => {
    const got = Object.fromEntries(files.map((f) => [f.name, records.get(join('in', f.name))!.error?.code ?? null]));
    expect(got).toEqual(Object.fromEntries(files.map((f) => [f.name, f.expect])));
    for (const f of files) {
      const r = records.get(join('in', f.name))!;
      if (r.error) expect(r).toMatchObject({ facts: [], review: { required: true } });
      if (f.reason) expect(r.review).toMatchObject({ required: true, reasons: expect.arrayContaining([f.reason]) });
    }
  });

  test('good reports, also encrypted with an owner password or in GBK, GB18030 and UTF-16, are read fully correct', () => {
    const good = [
      ...GOOD.map((g) => [`good/${g}`, g]),
      ['link-to-good.docx', GOOD[0]],
      ...files.filter((f) => f.sameAs).map((f) => [f.name, f.sameAs!]),
    ];
    for (const [file, truth] of good) {
      const score = scoreDocument(truthOf(truth), records.get(join('in', file))!);
      expect({ file, correct: score.correct, silent: score.silent }).toEqual({
        file,
        correct: score.truthCells,
        silent: 0,
      });
    }
  });

  test('a text cut mid-number requires review, names the cut and flags what it touched: nothing wrong goes unflagged', () => {
    const r = records.get('in/cut-mid-number.txt')!;
    expect(r.review.reasons).toEqual(expect.arrayContaining(['part_missing:review_litigation', 'damaged:truncated']));
    expect(r.facts.some((f) => f.flags.includes('damaged_source'))).toBe(true);
    expect(silentFacts(r, 'gen-025-2021.txt')).toEqual([]);
  });

  test('odd names: long ones shortened with a hash, case twins apart, full names kept in source.file; nothing outside OUT', () => {
    const out = tree(join(dir, 'out'));
    expect(out.every((f) => f.split('/').every((c) => Buffer.byteLength(c) <= 255 - 32))).toBe(true);
    expect(records.get(join('in/names', LONG))!.source.file).toBe(join('in/names', LONG));
    expect(out.filter((f) => /^names\/same.*\.json$/i.test(f))).toHaveLength(2);
    expect(out).toEqual(
      expect.arrayContaining([
        'names/-leading-dash.html.json',
        'names/ spaced name.html.json',
        'names/中文 报告.html.json',
        'review.csv',
      ]),
    );
    expect(tree(dir).filter((f) => !f.startsWith('out/'))).toEqual(before);
    expect(statSync(join(dir, 'in')).isDirectory()).toBe(true);
  });
});
