/** `nianbao watch`: a file copied in slowly is taken once, complete; SIGTERM stops it cleanly. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RecordSchema } from '../src/record/schema.js';
import { GENERATED, logLines, nianbaoAsync } from './helpers/batch.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-watch-'));
  mkdirSync(join(dir, 'inbox'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function until(done: () => boolean, ms: number): Promise<void> {
  for (const end = Date.now() + ms; !done(); await sleep(100))
    if (Date.now() > end) throw new Error('timed out waiting');
}

test('a file written in chunks with pauses is parsed once, when complete; SIGTERM exits 0 with a summary', async () => {
  const child = nianbaoAsync(dir, 'watch', 'inbox', '--out', 'out', '--settle', '1500', '--jobs', '1');
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await until(() => stderr.includes('watching'), 60_000);

  const bytes = readFileSync(join(GENERATED, 'gen-002-2020.docx'));
  const fd = openSync(join(dir, 'inbox', 'late.docx'), 'w');
  const chunk = Math.ceil(bytes.length / 5);
  for (let at = 0; at < bytes.length; at += chunk) {
    writeSync(fd, bytes, at, Math.min(chunk, bytes.length - at));
    await sleep(700); // under the settle interval: the file is still growing
  }
  closeSync(fd);
  const record = join(dir, 'out', 'late.docx.json');
  await until(() => existsSync(record), 120_000);
  const r = RecordSchema.parse(JSON.parse(readFileSync(record, 'utf8')));
  expect(r.error).toBeUndefined();
  expect(r.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));

  await sleep(2000); // a few more polls: the file is not taken again
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  const log = logLines(stderr);
  expect(log.filter((l) => l.file === join('inbox', 'late.docx'))).toHaveLength(1);
  expect(log.at(-1)).toMatchObject({ summary: true, files: 1, parsed: 1 });
  expect(
    readFileSync(join(dir, 'out', 'manifest.jsonl'), 'utf8')
      .trim()
      .split('\n'),
  ).toHaveLength(1);
}, 300_000);
