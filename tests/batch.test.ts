/**
 * `nianbao extract` as a bulk run: 200 documents, incremental reruns, --jobs 2 against --jobs 1,
 * a run killed half-way and rerun, a file over the time limit.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RecordSchema } from '../src/record/schema.js';
import { corpus, generated, GENERATED, logLines, nianbao, nianbaoAsync, outputs } from './helpers/batch.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-batch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every format, three reports: 14 files. */
const MIXED = generated('.txt', '.html', '.docx', '.pdf').filter((n) => /^gen-00[1-3]-/.test(n));

test('a run over 200 documents writes every record; a second run parses none of them', () => {
  const names = generated('.txt', '.html').slice(0, 25);
  expect(corpus(join(dir, 'many'), names, 8)).toBe(200);
  const first = nianbao(dir, 'extract', 'many', '--out', 'many-out', '--jobs', '2');
  expect(first.stderr).not.toContain('cannot');
  const log = logLines(first.stderr);
  expect(log.filter((l) => l.file)).toHaveLength(200);
  expect(log.at(-1)).toMatchObject({ summary: true, files: 200, parsed: 200, skipped: 0 });
  // The peak covers the two workers: more than a main process alone (~60 MB) holds.
  expect((log.at(-1) as { peakRssMB: number }).peakRssMB).toBeGreaterThan(100);
  const manifest = readFileSync(join(dir, 'many-out', 'manifest.jsonl'), 'utf8')
    .trim()
    .split('\n');
  expect(manifest).toHaveLength(200);
  for (const line of manifest) {
    const { output } = JSON.parse(line) as { output: string };
    expect(
      RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'many-out', `${output}.json`), 'utf8'))).source.file,
    ).toBe(join('many', output));
  }
  const before = outputs(join(dir, 'many-out'));
  const second = nianbao(dir, 'extract', 'many', '--out', 'many-out', '--jobs', '2');
  expect(second.status).toBe(first.status);
  expect(logLines(second.stderr).at(-1)).toMatchObject({ files: 200, parsed: 0, skipped: 200 });
  expect(outputs(join(dir, 'many-out'))).toEqual(before);
}, 900_000);

describe('parallel, interrupted and forced runs give the same outputs', () => {
  let reference: Map<string, string>;
  beforeAll(() => {
    corpus(join(dir, 'mixed'), MIXED);
    nianbao(dir, 'extract', 'mixed', '--out', 'jobs1', '--jobs', '1');
    reference = outputs(join(dir, 'jobs1'));
  }, 600_000);

  test('the reference run wrote a record per file, review.csv and the manifest', () => {
    expect(MIXED).toHaveLength(14);
    expect([...reference.keys()].filter((k) => k.endsWith('.json'))).toHaveLength(14);
    expect(reference.has('review.csv')).toBe(true);
    expect(reference.get('manifest.jsonl')!.trim().split('\n')).toHaveLength(14);
  });

  test('--jobs 2 writes byte-identical outputs to --jobs 1, logged in sorted order', () => {
    const res = nianbao(dir, 'extract', 'mixed', '--out', 'jobs2', '--jobs', '2');
    expect(outputs(join(dir, 'jobs2'))).toEqual(reference);
    const files = logLines(res.stderr).flatMap((l) => (l.file ? [l.file] : []));
    expect(files).toEqual(MIXED.map((n) => join('mixed', 'copy-00', n)));
  }, 600_000);

  test('a run killed half-way and rerun ends with the outputs of an uninterrupted run, redoing no finished file', async () => {
    const out = join(dir, 'killed');
    const child = nianbaoAsync(dir, 'extract', 'mixed', '--out', 'killed', '--jobs', '1');
    const manifestLines = () =>
      existsSync(join(out, 'manifest.jsonl'))
        ? readFileSync(join(out, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).length
        : 0;
    while (manifestLines() < 4 && child.exitCode === null) await sleep(50);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const done = manifestLines();
    expect(done).toBeGreaterThanOrEqual(4);
    expect(done).toBeLessThan(14); // really killed half-way
    const rerun = nianbao(dir, 'extract', 'mixed', '--out', 'killed', '--jobs', '1');
    expect(logLines(rerun.stderr).at(-1)).toMatchObject({ files: 14, skipped: done, parsed: 14 - done });
    expect(outputs(out)).toEqual(reference);
  }, 600_000);

  test('--force parses every file again and changes nothing', () => {
    const res = nianbao(dir, 'extract', 'mixed', '--out', 'jobs1', '--jobs', '2', '--force');
    expect(logLines(res.stderr).at(-1)).toMatchObject({ files: 14, parsed: 14, skipped: 0 });
    expect(outputs(join(dir, 'jobs1'))).toEqual(reference);
  }, 600_000);
});

test('a file that takes far longer than --timeout gets TIMEOUT; the others are written', () => {
  // A real report repeated 300 times: each copy costs a fraction of a second of parsing, so the
  // whole takes a minute or more, over ten times the limit (the worker is terminated at the
  // limit). It comes second, to a worker past its first file's one-time loads.
  const text = readFileSync(join(GENERATED, 'gen-001-2019.txt'), 'utf8');
  mkdirSync(join(dir, 'slow'));
  writeFileSync(join(dir, 'slow', 'b-huge.txt'), text.repeat(300));
  for (const n of ['a.txt', 'c.txt']) writeFileSync(join(dir, 'slow', n), text);
  const res = nianbao(dir, 'extract', 'slow', '--out', 'slow-out', '--jobs', '1', '--timeout', '5');
  expect({ status: res.status, signal: res.signal, stderr: res.stderr.slice(-2000) }).toMatchObject({
    status: 1,
    signal: null,
  });
  const huge = RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'slow-out', 'b-huge.txt.json'), 'utf8')));
  expect(huge.error?.code).toBe('TIMEOUT');
  expect(huge.source.sha256).toBe(
    createHash('sha256')
      .update(readFileSync(join(dir, 'slow', 'b-huge.txt')))
      .digest('hex'),
  );
  for (const n of ['a.txt', 'c.txt']) {
    const r = RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'slow-out', `${n}.json`), 'utf8')));
    expect(r.error).toBeUndefined();
    expect(r.facts.length).toBeGreaterThan(100);
  }
  expect(logLines(res.stderr).map((l) => l.error ?? null)).toEqual([null, 'TIMEOUT', null, 1]);
}, 600_000);

test('a file whose parse outgrows --memory gets TOO_LARGE; its worker is replaced and the next file is written', () => {
  // 2,000 copies of a report (15 MB of text): a worker under a 160 MB heap loads the pipeline and
  // parses one report, but runs out of heap on this one within seconds.
  const text = readFileSync(join(GENERATED, 'gen-001-2019.txt'), 'utf8');
  mkdirSync(join(dir, 'big'));
  writeFileSync(join(dir, 'big', 'b-huge.txt'), text.repeat(2000));
  for (const n of ['a.txt', 'c.txt']) writeFileSync(join(dir, 'big', n), text);
  const res = nianbao(dir, 'extract', 'big', '--out', 'big-out', '--jobs', '1', '--memory', '160', '--timeout', '120');
  expect({ status: res.status, stderr: res.stderr.slice(-2000) }).toMatchObject({ status: 1 });
  expect(logLines(res.stderr).map((l) => l.error ?? null)).toEqual([null, 'TOO_LARGE', null, 1]);
  const huge = RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'big-out', 'b-huge.txt.json'), 'utf8')));
  expect(huge.error?.code).toBe('TOO_LARGE');
  expect(huge.facts).toEqual([]);
}, 600_000);
