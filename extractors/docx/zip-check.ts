/**
 * A DOCX package checked before anything inflates it: its central directory must be whole, its
 * entries few and their declared sizes within LIMITS (zip bombs), and each entry, inflated as a
 * stream and thrown away, as large as declared (a bomb can lie in its headers) and all within LIMITS. OOXML forbids
 * DTDs, so an XML part declaring one (entity bombs, external entities) is refused, not parsed.
 */
import { Inflate } from 'fflate';
import { LIMITS, tooLarge } from '../limits.js';
import { ExtractionError } from '../../src/core/index.js';

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localHeader: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 16 * 1024;

/** The end-of-central-directory record's offset, or -1 (a zip cut short, or no zip). */
export function findEocd(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--)
    if (u32(bytes, at) === EOCD) return at;
  return -1;
}

function centralDirectory(bytes: Uint8Array, file: string): Entry[] {
  const unreadable = (why: string) => new ExtractionError('UNREADABLE', `${file}: not a readable DOCX (${why})`);
  const eocd = findEocd(bytes);
  if (eocd < 0) throw unreadable('the zip is cut short: no central directory');
  const count = u16(bytes, eocd + 10);
  if (count > LIMITS.zipEntries)
    throw tooLarge(file, `the package has ${count} entries, more than ${LIMITS.zipEntries}`);
  const entries: Entry[] = [];
  let at = u32(bytes, eocd + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) throw unreadable('its central directory is damaged');
    const nameLength = u16(bytes, at + 28);
    entries.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
      method: u16(bytes, at + 10),
      compressed: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localHeader: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

function checkDeclared(entries: Entry[], file: string): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    // Zip64 markers (0xffffffff) declare a part over 4 GB: past every limit anyway.
    if (total > LIMITS.zipBytes)
      throw tooLarge(file, `its entries declare more than ${LIMITS.zipBytes} bytes uncompressed`);
    if (e.size > 1024 * 1024 && e.size > LIMITS.zipRatio * Math.max(1, e.compressed)) {
      throw tooLarge(file, `${e.name} inflates ${Math.round(e.size / Math.max(1, e.compressed))}× (a zip bomb?)`);
    }
  }
}

/**
 * Inflates one entry chunk by chunk, keeping nothing but its size and the head of an XML part.
 * Past its declared size it is damaged or a lying bomb: counting goes on (memory stays bounded)
 * until the package limit tells which. Returns the inflated size.
 */
function checkInflated(bytes: Uint8Array, e: Entry, file: string, budget: number): number {
  const damaged = (why: string) =>
    new ExtractionError('UNREADABLE', `${file}: not a readable DOCX (${e.name}: ${why})`);
  if (e.localHeader + 30 > bytes.length || u32(bytes, e.localHeader) !== LOCAL) throw damaged('local header damaged');
  const start = e.localHeader + 30 + u16(bytes, e.localHeader + 26) + u16(bytes, e.localHeader + 28);
  const data = bytes.subarray(start, start + e.compressed);
  let size = 0;
  let head = '';
  const onChunk = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > budget)
      throw tooLarge(file, `${e.name} inflates past the package limit of ${LIMITS.zipBytes} bytes (a zip bomb?)`);
    if (head.length < 4096) head += Buffer.from(chunk.subarray(0, 4096)).toString('latin1');
  };
  if (e.method === 0) onChunk(data);
  else if (e.method === 8) {
    const inflate = new Inflate(onChunk);
    try {
      for (let at = 0; at < data.length; at += CHUNK)
        inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    } catch (err) {
      if (err instanceof ExtractionError) throw err;
      throw damaged((err as Error).message);
    }
  } else throw damaged(`compression method ${e.method}`);
  if (size !== e.size) throw damaged(`inflates to ${size} bytes, not the ${e.size} it declares`);
  if (/\.(xml|rels)$/i.test(e.name) && /<!(DOCTYPE|ENTITY)/i.test(head)) {
    throw new ExtractionError(
      'UNREADABLE',
      `${file}: ${e.name} declares a DTD, which DOCX does not allow; not parsed (entity expansion)`,
    );
  }
  return size;
}

/** Throws TOO_LARGE or UNREADABLE for a package no DOCX reader should inflate. */
export function checkZip(bytes: Uint8Array, file: string): void {
  const entries = centralDirectory(bytes, file);
  checkDeclared(entries, file);
  let budget = LIMITS.zipBytes;
  for (const e of entries) if (!e.name.endsWith('/')) budget -= checkInflated(bytes, e, file, budget);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ExtractionError(
      'UNSUPPORTED_FORMAT',
      `${file}: a zip package without word/document.xml, not a Word document`,
    );
  }
}
