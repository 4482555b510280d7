/**
 * Flate streams whose data is damaged. pdf.js inflates what it can and does not check zlib's
 * Adler-32 checksum, so a flipped byte in a content stream or a font's character map can change
 * a printed number with no error at all (3985758 read as 398). zlib checks it: a stream it
 * rejects is named, and the record's values are flagged.
 */
import { inflateSync } from 'node:zlib';

/** Streams larger than this inflated are not checked (images; a bomb must not be inflated here). */
const MAX_INFLATED = 32 * 1024 * 1024;

/** Object numbers of FlateDecode streams zlib finds damaged. */
export function damagedStreams(bytes: Uint8Array): number[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const damaged: number[] = [];
  for (const m of text.matchAll(/>>\s*stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const objAt = text.lastIndexOf(' obj', m.index);
    const header = /(\d+)\s+\d+\s*$/.exec(text.slice(Math.max(0, objAt - 24), objAt));
    const dict = text.slice(objAt, m.index);
    if (!header || !/\/Filter\s*\/FlateDecode\b/.test(dict)) continue;
    const end = text.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      inflateSync(bytes.subarray(start, end), { maxOutputLength: MAX_INFLATED });
    } catch (err) {
      if (!(err instanceof RangeError)) damaged.push(Number(header[1]));
    }
  }
  return damaged;
}
