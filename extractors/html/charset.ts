/**
 * The text of a saved web page: BOM first, then the charset the page declares (<meta charset>,
 * http-equiv Content-Type, or the XML declaration), else what the bytes are (../encoding.ts:
 * UTF-16 without BOM, UTF-8 — also with a few bad bytes —, GB18030; crawled Chinese pages often
 * omit the declaration). A page declaring a GBK charset whose bytes are (mostly) UTF-8 with
 * non-ASCII text is UTF-8: CMS templates often keep a stale gb2312 declaration, and GBK Chinese
 * text is practically never valid UTF-8.
 */
import { bomEncoding, decodeUndeclared, isMostlyUtf8, type Decoded } from '../encoding.js';
import type { Result } from '../../src/core/index.js';

/** Labels of the GBK family: GB18030 is their superset. */
const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese)$/;

/** The page's text and how many bad bytes were replaced (a repair the record must name). */
export function decodeHtml(bytes: Uint8Array): Result<string> & { badBytes: number } {
  if (bomEncoding(bytes)) return undeclared(decodeUndeclared(bytes));
  const declared = declaredCharset(bytes);
  const label = declared && GB.test(declared) ? 'gb18030' : declared;
  if (label === 'gb18030' && isMostlyUtf8(bytes)) {
    const read = decodeUndeclared(bytes);
    return {
      value: read.text,
      badBytes: read.badBytes,
      warnings: [{ code: 'HTML_CHARSET', message: `declared ${declared} but the bytes are UTF-8; read as UTF-8` }],
    };
  }
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return { value: new TextDecoder(label).decode(bytes), badBytes: 0, warnings: [] };
    } catch {
      const read = undeclared(decodeUndeclared(bytes));
      return {
        ...read,
        warnings: [{ code: 'HTML_CHARSET', message: `unknown charset "${declared}"; read as ${read.encoding}` }],
      };
    }
  }
  return undeclared(decodeUndeclared(bytes));
}

function undeclared(read: Decoded): Result<string> & { badBytes: number; encoding: string } {
  const warnings =
    read.encoding === 'gb18030'
      ? [{ code: 'HTML_CHARSET', message: 'no charset declared and not valid UTF-8; read as GB18030' }]
      : [];
  return { value: read.text, badBytes: read.badBytes, encoding: read.encoding, warnings };
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
