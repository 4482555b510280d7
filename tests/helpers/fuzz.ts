/**
 * The fuzz harness (tests/fuzz.test.ts, `npm run fuzz -- N [SEED]`): mutates small generated
 * samples the way downloads and disks break them, runs each through the pipeline and says what
 * came out. Deterministic for a seed: the same inputs in the same order.
 */
import { cellId } from '../../src/core/index.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTruth, type Truth } from '../../src/eval/truth.js';
import { extractWithWarnings } from '../../src/pipeline.js';
import { RecordSchema, type NianbaoRecord } from '../../src/record/schema.js';
import { seededRandom } from './mutate.js';

const GENERATED = resolve(process.cwd(), 'samples/generated');

/** Small samples of each format; several per format so splices mix documents. */
export const FUZZ_SAMPLES: Record<string, string[]> = {
  pdf: ['gen-018-2022.pdf', 'gen-039-2022.pdf'],
  docx: ['gen-025-2021.docx', 'gen-039-2022.docx', 'gen-001-2019.docx'],
  html: ['gen-035-2022.html', 'gen-016-2023.html'],
  txt: ['gen-025-2021.txt', 'gen-026-2023.txt', 'gen-039-2022-glued.txt', 'gen-026-2023-glued.txt'],
};

/** Inputs per format out of every 20: PDFs are the slowest to read. */
const SHARE: [string, number][] = [
  ['pdf', 2],
  ['docx', 8],
  ['html', 4],
  ['txt', 6],
];

export interface FuzzCase {
  id: number;
  base: string;
  kind: string;
  bytes: Uint8Array;
}

interface Sample {
  name: string;
  bytes: Uint8Array;
  truth: Truth;
}

function loadSamples(): Record<string, Sample[]> {
  return Object.fromEntries(
    Object.entries(FUZZ_SAMPLES).map(([format, names]) => [
      format,
      names.map((name) => {
        const truthFile = resolve(GENERATED, name.replace(/\.\w+$/, '.truth.json'));
        return {
          name,
          bytes: new Uint8Array(readFileSync(resolve(GENERATED, name))),
          truth: parseTruth(readFileSync(truthFile, 'utf8'), truthFile),
        };
      }),
    ]),
  );
}

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Offset just after the last occurrence of `marker`, or -1. */
const after = (bytes: Uint8Array, marker: string) => {
  const at = Buffer.from(bytes).lastIndexOf(marker, undefined, 'latin1');
  return at < 0 ? -1 : at + marker.length;
};

/** Garbles `count` bytes from `start` (within the file): the structure a reader trusts most. */
function garble(bytes: Uint8Array, start: number, rand: Rand, count: number): Uint8Array {
  const out = new Uint8Array(bytes);
  if (start < 0) start = int(rand, bytes.length);
  for (let i = 0; i < count; i++) {
    const at = Math.min(bytes.length - 1, start + int(rand, 256));
    out[at] = rand() < 0.5 ? out[at] ^ (1 << int(rand, 8)) : int(rand, 256);
  }
  return out;
}

const MUTATIONS: Record<string, (b: Uint8Array, rand: Rand, other: Uint8Array) => Uint8Array> = {
  bitflip: (b, rand) => {
    const out = new Uint8Array(b);
    for (let n = 1 + int(rand, 8); n > 0; n--) out[int(rand, out.length)] ^= 1 << int(rand, 8);
    return out;
  },
  truncate: (b, rand) => b.slice(0, int(rand, b.length)),
  splice: (b, rand, other) => {
    const at = int(rand, b.length);
    const from = int(rand, other.length);
    return concat(
      b.subarray(0, at),
      other.subarray(from, from + 1 + int(rand, 4096)),
      b.subarray(at + int(rand, 4096)),
    );
  },
  duplicate: (b, rand) => {
    const at = int(rand, b.length);
    const part = b.subarray(at, at + 1 + int(rand, 8192));
    return concat(b.subarray(0, at), part, part, b.subarray(at + part.length));
  },
  // The cross-reference table of a PDF, the central directory of a zip; elsewhere, random bytes.
  structure: (b, rand) => {
    const pdfXref = after(b, '\nxref');
    const zipDirectory = Buffer.from(b).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    return garble(b, pdfXref >= 0 ? pdfXref : zipDirectory, rand, 1 + int(rand, 12));
  },
};

/** `count` mutated inputs, spread over the formats, from `seed`. */
export function fuzzCases(count: number, seed: number): FuzzCase[] {
  const samples = loadSamples();
  const rand = seededRandom(seed);
  const order = SHARE.flatMap(([format, n]) => Array<string>(n).fill(format));
  const kinds = Object.keys(MUTATIONS);
  return Array.from({ length: count }, (_, id) => {
    const pool = samples[order[id % order.length]];
    const sample = pool[int(rand, pool.length)];
    const other = pool[int(rand, pool.length)].bytes;
    const kind = kinds[int(rand, kinds.length)];
    return { id, base: sample.name, kind, bytes: MUTATIONS[kind](sample.bytes, rand, other) };
  });
}

export interface FuzzOutcome {
  case: FuzzCase;
  ms: number;
  record: NianbaoRecord;
  /** What is wrong with the outcome itself (not with the file): empty when it is a valid record or a clean error. */
  problems: string[];
  /** Facts present with a value unlike the original's, no flag and no failed check. */
  silent: string[];
}

/** A lone surrogate escaped by JSON.stringify: JSON that is not valid UTF-8 text. */
const LONE_ESCAPE = /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;

export async function runFuzzCase(c: FuzzCase, truthOf: (base: string) => Truth): Promise<FuzzOutcome> {
  const started = performance.now();
  const problems: string[] = [];
  let record: NianbaoRecord;
  try {
    record = (await extractWithWarnings(c.bytes, { file: `fuzz-${c.id}-${c.kind}-${c.base}` })).value;
  } catch (err) {
    throw new Error(`case ${c.id} (${c.kind} of ${c.base}) crashed: ${(err as Error).stack}`);
  }
  const ms = performance.now() - started;
  const parsed = RecordSchema.safeParse(record);
  if (!parsed.success) problems.push(`not schema-valid: ${parsed.error.message.slice(0, 300)}`);
  if (record.error?.code === 'INTERNAL') problems.push(`INTERNAL: ${record.error.message}`);
  if (LONE_ESCAPE.test(JSON.stringify(record))) problems.push('a lone surrogate in the record');
  if (record.error && record.facts.length > 0) problems.push('an error record with facts');
  // A splice prints another report's numbers: the original's truth no longer holds for it.
  return { case: c, ms, record, problems, silent: c.kind === 'splice' ? [] : silentFacts(record, truthOf(c.base)) };
}

/** Facts the record vouches for (no flag, no failed check) that differ from the unmutated truth. */
function silentFacts(record: NianbaoRecord, truth: Truth): string[] {
  const failed = new Set(record.checks.filter((k) => !k.ok).flatMap((k) => k.cells));
  return record.facts
    .filter((f) => f.value !== null && f.flags.length === 0 && !failed.has(cellId(f)))
    .filter((f) => cellId(f) in truth.cells && Math.abs(truth.cells[cellId(f)] - f.value!) > 1e-9)
    .map((f) => `${cellId(f)} ${f.raw} (was ${truth.cells[cellId(f)]})`);
}

/** The truth of each fuzz sample, by name. */
export function fuzzTruths(): (base: string) => Truth {
  const samples = Object.values(loadSamples()).flat();
  return (base) => samples.find((s) => s.name === base)!.truth;
}
