/**
 * The text of a saved web page: BOM first, then the charset the page declares (<meta charset>,
 * http-equiv Content-Type, or the XML declaration), else UTF-8 — and GB18030 when the bytes are
 * not valid UTF-8 (crawled Chinese pages often omit the declaration). A page declaring a GBK
 * charset whose bytes are valid UTF-8 with non-ASCII text is UTF-8: CMS templates often keep a
 * stale gb2312 declaration, and GBK Chinese text is practically never valid UTF-8.
 */
import type { Result } from '../model.js';

/** Labels of the GBK family: GB18030 is their superset. */
const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese)$/;

export function decodeHtml(bytes: Uint8Array): Result<string> {
  const bom = bomEncoding(bytes);
  if (bom) return { value: new TextDecoder(bom).decode(bytes), warnings: [] };
  const declared = declaredCharset(bytes);
  const label = declared && GB.test(declared) ? 'gb18030' : declared;
  if (label === 'gb18030' && isNonAsciiUtf8(bytes)) {
    return {
      value: new TextDecoder('utf-8').decode(bytes),
      warnings: [{ code: 'HTML_CHARSET', message: `declared ${declared} but the bytes are UTF-8; read as UTF-8` }],
    };
  }
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return { value: new TextDecoder(label).decode(bytes), warnings: [] };
    } catch {
      return {
        value: utf8OrGb(bytes).value,
        warnings: [{ code: 'HTML_CHARSET', message: `unknown charset "${declared}"; read as UTF-8 or GB18030` }],
      };
    }
  }
  return utf8OrGb(bytes);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The charset named near the top: <meta charset="…">, content="text/html; charset=…", or <?xml … encoding="…"?>. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 16384)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (m) return m[1].toLowerCase();
  }
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1].toLowerCase();
}

function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (bytes.every((b) => b < 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function utf8OrGb(bytes: Uint8Array): Result<string> {
  try {
    return { value: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      value: new TextDecoder('gb18030').decode(bytes),
      warnings: [{ code: 'HTML_CHARSET', message: 'no charset declared and not valid UTF-8; read as GB18030' }],
    };
  }
}
