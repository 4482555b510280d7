/**
 * Which Unicode encoding bytes of text are in, shared by the text and HTML readers: a BOM; UTF-16
 * without BOM (NUL bytes on one side of the pairs only); UTF-8, also when a few bytes are bad
 * (a flipped or cut byte: decoded with U+FFFD and reported, never re-read as another encoding);
 * otherwise GB18030, the superset of GBK and GB2312.
 */
import type { Repair } from './model.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, newlines) leave NULs at odd (LE) or even (BE)
 * offsets; the other side has few (CJK characters such as 一 U+4E00 end in a zero byte).
 */
export function utf16WithoutBom(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  if (even + odd < n / 20 || (even < 10 * odd && odd < 10 * even)) return null;
  const encoding = odd > even ? 'utf-16le' : 'utf-16be';
  // Binary data can have its NULs on one side too: the characters must read as text.
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, n));
  const junk = [...sample].filter((c) => c === '\uFFFD' || (c < ' ' && !'\t\n\r\f'.includes(c))).length;
  return junk <= sample.length / 100 ? encoding : null;
}

/** Valid multi-byte UTF-8 sequences and invalid bytes, to tell UTF-8 with a few bad bytes from GBK. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0;
    for (let k = 1; ok && k < len; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      i++;
    } else {
      if (len > 1) valid++;
      i += len;
    }
  }
  return { valid, invalid };
}

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** Bytes that were not valid in the encoding read (replaced by U+FFFD). */
  badBytes: number;
}

/** UTF-8 when the bytes are mostly valid UTF-8 (with replacement), else GB18030. */
export function decodeUtf8OrGb(bytes: Uint8Array): Decoded {
  const { valid, invalid } = utf8Evidence(bytes);
  // GBK text forms a valid UTF-8 sequence only by chance: many bad bytes for few good sequences.
  if (invalid === 0 || valid >= 8 * invalid)
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', badBytes: invalid };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', badBytes: 0 };
}

/** Mostly valid UTF-8 with some non-ASCII text (see decodeUtf8OrGb). */
export function isMostlyUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = utf8Evidence(bytes);
  return valid > 0 && valid >= 8 * invalid;
}

/** Text whose encoding no declaration names: BOM, UTF-16 without BOM, UTF-8, GB18030. */
export function decodeUndeclared(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom)
    return {
      text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)),
      encoding: bom.encoding,
      badBytes: 0,
    };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, badBytes: 0 };
  return decodeUtf8OrGb(bytes);
}

/** The repair a decoder made, for the record (FORMAT.md §5: damage is never silent). */
export function encodingRepairs({ badBytes, encoding }: { badBytes: number; encoding: string }): Repair[] {
  return badBytes
    ? [{ kind: 'encoding', message: `${badBytes} bytes are not valid ${encoding}; each was replaced by U+FFFD` }]
    : [];
}
