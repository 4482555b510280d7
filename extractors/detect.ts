/** Which parser reads a file is decided by its content (magic bytes), not its extension. */
import { hasPipeTable } from './markdown/pipe-table.js';
import { findEocd } from './docx/zip-check.js';
import { bomEncoding, utf16WithoutBom } from './encoding.js';
import type { Format } from './model.js';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.subarray(from, to)).toString('latin1');

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The format of the bytes, or null when they are none we read (binary of another kind). */
export function detectFormat(bytes: Uint8Array): Format | null {
  // A PDF header may follow some junk; readers accept it within the first KiB.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  // Old Word files are OLE2 containers, or RTF saved under a .doc name: LibreOffice reads both.
  if (startsWith(bytes, OLE2) || ascii(bytes, 0, 5) === '{\\rtf') return 'doc';
  if (startsWith(bytes, ZIP)) {
    const head = ascii(bytes, 0, Math.min(bytes.length, 65536));
    // An OOXML package cut before its word/ entries goes to the DOCX reader, which calls it unreadable.
    return head.includes('word/') || (head.includes('[Content_Types].xml') && findEocd(bytes) < 0) ? 'docx' : null;
  }
  // UTF-16 (with or without BOM) is read as such to find the markup; its NULs are no sign of binary.
  const bom = bomEncoding(bytes)?.encoding;
  const utf16 = bom && bom !== 'utf-8' ? bom : utf16WithoutBom(bytes);
  const head = (utf16 ? new TextDecoder(utf16).decode(bytes.subarray(0, 8192)) : ascii(bytes, 0, 4096)).toLowerCase();
  if (/<(html|!doctype html|table|body|meta)[\s>]/.test(head)) return 'html';
  if (utf16) return 'txt';
  if (!looksLikeText(bytes)) return null;
  // Pipe tables are ASCII, so they show in any of the encodings text comes in but UTF-16 (whose text
  // reader hands a pipe table to the Markdown reader).
  return hasPipeTable(Buffer.from(bytes).toString('latin1')) ? 'md' : 'txt';
}

/** Text (UTF-8, GBK/GB18030) has no NUL bytes and few control bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= n / 100;
}
