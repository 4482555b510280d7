/** The `nianbao extract` command run as a user runs it, in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RecordSchema } from '../src/record/schema.js';

const BIN = resolve('bin/nianbao.js');
let dir: string;

/** A one-page PDF with a text layer and no report in it. */
const TINY_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 40 >> stream
BT /F1 12 Tf 20 100 Td (hello) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

function put(path: string, content: string | Uint8Array) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
const record = (path: string) => RecordSchema.parse(JSON.parse(readFileSync(join(dir, path), 'utf8')));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  put('in/2023/a.pdf', TINY_PDF);
  put('in/2023/a.docx', TINY_PDF); // a PDF under a Word name
  put('in/2024/b.TXT', '某局2024年政府信息公开工作年度报告\n没有表格。\n');
  put('in/2024/broken.pdf', new Uint8Array([0, 1, 2, 3, 0, 255, 0, 7]));
  put('in/2024/truncated.pdf', TINY_PDF.slice(0, 120));
  put('in/.hidden.pdf', TINY_PDF);
  put('in/2024/b.truth.json', '{}');
  put('in/notes.rst', 'notes\n=====');
  mkdirSync(join(dir, 'empty'));
  put('not-a-dir', 'x');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('nianbao extract', () => {
  test('one directory argument is the root; accepted files only; the batch goes on past bad files', () => {
    const res = run('extract', 'in', '--out', 'out');
    expect(res.status).toBe(1); // none of these is a report: error records, all written
    for (const rel of ['2023/a.pdf', '2023/a.docx', '2024/b.TXT', '2024/broken.pdf', '2024/truncated.pdf']) {
      const r = record(`out/${rel}.json`);
      expect(r.source.file).toBe(`in/${rel}`);
      expect(r.error).toBeDefined();
      expect(r.facts).toEqual([]);
      expect(r.review.required).toBe(true);
    }
    expect(existsSync(join(dir, 'out/.hidden.pdf.json'))).toBe(false);
    expect(existsSync(join(dir, 'out/2024/b.truth.json.json'))).toBe(false);
    expect(existsSync(join(dir, 'out/notes.rst.json'))).toBe(false);
    // stderr is not a terminal: one JSON log object per file, in sorted order, then the summary
    const lines = res.stderr
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file?: string; status?: string; summary?: boolean; error?: number });
    expect(lines.slice(0, -1).map((l) => l.file)).toEqual([
      'in/2023/a.docx',
      'in/2023/a.pdf',
      'in/2024/b.TXT',
      'in/2024/broken.pdf',
      'in/2024/truncated.pdf',
    ]);
    expect(lines.slice(0, -1).every((l) => l.status === 'error')).toBe(true);
    expect(lines.at(-1)).toMatchObject({ summary: true, files: 5, error: 5 });
  });

  test('the parser follows the content: a PDF named .docx is read as PDF, garbage is unsupported, a cut PDF unreadable', () => {
    run('extract', 'in', '--out', 'out-format');
    expect(record('out-format/2024/truncated.pdf.json').error?.code).toBe('UNREADABLE');
    expect(record('out-format/2023/a.docx.json').source.format).toBe('pdf');
    expect(record('out-format/2024/b.TXT.json').source.format).toBe('txt');
    const broken = record('out-format/2024/broken.pdf.json');
    expect(broken.source.format).toBeNull();
    expect(broken.error?.code).toBe('UNSUPPORTED_FORMAT');
  });

  test('several arguments keep their directories apart under the deepest common directory', () => {
    expect(run('extract', 'in/2023', 'in/2024', '--out', 'out2').status).toBe(1);
    expect(record('out2/2023/a.pdf.json').source.file).toBe('in/2023/a.pdf');
    expect(record('out2/2024/b.TXT.json').source.file).toBe('in/2024/b.TXT');
  });

  test('a single file argument lands directly under OUT', () => {
    run('extract', 'in/2023/a.pdf', '--out', 'out3');
    expect(record('out3/a.pdf.json').source.file).toBe('in/2023/a.pdf');
  });

  test('records are byte-identical across runs', () => {
    run('extract', 'in', '--out', 'r1');
    run('extract', 'in', '--out', 'r2');
    for (const rel of ['2023/a.pdf', '2024/b.TXT']) {
      expect(readFileSync(join(dir, 'r1', `${rel}.json`), 'utf8')).toBe(
        readFileSync(join(dir, 'r2', `${rel}.json`), 'utf8'),
      );
    }
  });

  test('an empty input folder writes nothing and exits 0', () => {
    const res = run('extract', 'empty', '--out', 'out-empty');
    expect(res.status).toBe(0);
    expect(res.stderr).toContain('no accepted files');
  });

  test('usage errors and an unwritable OUT exit 2', () => {
    expect(run('extract', 'missing-dir', '--out', 'o').status).toBe(2);
    expect(run('extract', 'in').status).toBe(2);
    expect(run('frobnicate').status).toBe(2);
    expect(run('extract', 'in', '--out', 'not-a-dir').status).toBe(2);
  });

  test('--help describes the command and exits 0', () => {
    const res = run('extract', '--help');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('--out <dir>');
    expect(res.stdout).toContain('Exit codes');
  });
});
