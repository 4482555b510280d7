/**
 * One file of each hostile case of issue 15, made at test time from generated samples (never
 * committed): what a crawler may save under a report's name. `expect` is the error code the
 * record must carry, or `null` for a record without error (the checks say what else must hold).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { ErrorCode } from '../../src/core/index.js';
import { seededRandom } from './mutate.js';

const GENERATED = resolve(process.cwd(), 'samples/generated');
export const generated = (name: string) => new Uint8Array(readFileSync(join(GENERATED, name)));
const utf8 = (s: string) => new TextEncoder().encode(s);

export interface HostileFile {
  name: string;
  bytes: () => Uint8Array;
  expect: ErrorCode | null;
  /** The generated report whose facts the record must equal (a good report under an odd encoding or wrapper). */
  sameAs?: string;
  /** A review reason the record must carry. */
  reason?: string;
}

/** A PDF of `pages` pages `side` points square, with a line of text on each or none; xref offsets right. */
export function minimalPdf(pages: number, side: number, text: boolean): Uint8Array {
  const content = text ? 'BT /F1 12 Tf 20 100 Td (hello) Tj ET' : '0 0 m 100 100 l S';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ')}] /Count ${pages} >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...Array.from(
      { length: pages },
      () =>
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${side} ${side}] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>`,
    ),
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(out);
}

/** The generated DOCX with its document part replaced through `edit`. */
function editDocx(name: string, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(generated(name));
  parts['word/document.xml'] = strToU8(edit(new TextDecoder().decode(parts['word/document.xml'])));
  return zipSync(parts);
}

/** A package whose document part inflates 1000× (4 MB of spaces), optionally declaring a false small size. */
function bombDocx(lying: boolean): Uint8Array {
  const zip = zipSync(
    { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': new Uint8Array(4 * 1024 * 1024).fill(0x20) },
    { level: 9 },
  );
  if (!lying) return zip;
  const buf = Buffer.from(zip);
  // Uncompressed size: at 22 in each local header, at 24 in each central directory entry.
  for (let at = buf.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = buf.indexOf('PK\x03\x04', at + 4, 'latin1'))
    buf.writeUInt32LE(1000, at + 22);
  for (let at = buf.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = buf.indexOf('PK\x01\x02', at + 4, 'latin1'))
    buf.writeUInt32LE(1000, at + 24);
  return new Uint8Array(buf);
}

/** Re-encodes with iconv (GBK, GB18030, UTF-16 without BOM). */
const iconv = (bytes: Uint8Array, to: string) =>
  new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: bytes }));

/** The cross-reference table's entries garbled: pdf.js rebuilds it, the record must say so. */
function garbledXref(bytes: Uint8Array): Uint8Array {
  const buf = Buffer.from(bytes);
  const at = buf.lastIndexOf('\nxref', undefined, 'latin1');
  for (let i = at + 30; i < at + 200; i += 20) buf[i] = 0x39;
  return new Uint8Array(buf);
}

/** A text report cut after the first digit of the first number of two or more digits in its second table. */
export function cutMidNumber(name: string): Uint8Array {
  const text = new TextDecoder().decode(generated(name));
  const from = text.indexOf('三、收到和处理政府信息公开申请情况');
  const table = text.slice(from, text.indexOf('四、政府信息公开行政复议', from));
  const m = /(?<=\s)\d{2,}(?=\s)/.exec(table);
  return utf8(text.slice(0, from + m!.index + 1));
}

/** 50 MB of seeded random bytes. */
function randomBytes(size: number): Uint8Array {
  const rand = seededRandom(50);
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i += 4) new DataView(out.buffer).setUint32(i, Math.floor(rand() * 2 ** 32));
  return out;
}

const BUDGET = `某市财政局2023年部门预算公开说明
一、部门收支总体情况
收支预算总表
项目\t本年预算数\t上年预算数\t增减
一般公共预算拨款收入\t1234.56\t1100.20\t134.36
事业收入\t12\t10\t2
收入总计\t1246.56\t1110.20\t136.36
一般公共服务支出\t800\t700\t100
支出总计\t1246.56\t1110.20\t136.36
`;
const NOTICE = `<html><head><meta charset="utf-8"><title>关于做好政府信息公开工作年度报告编制发布工作的通知</title></head><body>
<h1>关于做好政府信息公开工作年度报告编制发布工作的通知</h1><p>各区人民政府，市政府各部门：现就有关事项通知如下。</p>
<table><tr><td>序号</td><td>单位</td><td>联系人</td></tr><tr><td>1</td><td>市政府办公室</td><td>张三</td></tr></table></body></html>`;
const PROSE = `<html><head><meta charset="utf-8"></head><body><h1>某局2023年政府信息公开工作年度报告</h1>
<p>一、总体情况</p><p>2023年，我局认真贯彻落实政府信息公开条例，本年收到申请12件。</p><p>六、其他需要报告的事项</p><p>无。</p></body></html>`;
const ERROR_PAGE =
  '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1><p>nginx</p></body></html>';

const TXT = 'gen-025-2021.txt';
const HTML = 'gen-016-2023.html';
const DOCX = 'gen-025-2021.docx';
const PDF = 'gen-018-2022.pdf';

export const HOSTILE: HostileFile[] = [
  { name: 'empty.pdf', bytes: () => new Uint8Array(0), expect: 'UNREADABLE' },
  { name: 'truncated.pdf', bytes: () => generated(PDF).slice(0, 50_000), expect: 'UNREADABLE' },
  {
    name: 'garbled-xref.pdf',
    bytes: () => garbledXref(generated(PDF)),
    expect: null,
    sameAs: PDF,
    reason: 'damaged:xref',
  },
  { name: 'scanned.pdf', bytes: () => minimalPdf(1, 200, false), expect: 'NO_TEXT_LAYER' },
  { name: 'many-pages.pdf', bytes: () => minimalPdf(600, 200, true), expect: 'TOO_LARGE' },
  { name: 'huge-page.pdf', bytes: () => minimalPdf(1, 20_000, true), expect: 'TOO_LARGE' },
  { name: 'error-page-saved-as.pdf', bytes: () => utf8(ERROR_PAGE), expect: 'NOT_A_REPORT' },
  { name: 'random-50MB.pdf', bytes: () => randomBytes(50 * 1024 * 1024), expect: 'UNSUPPORTED_FORMAT' },
  { name: 'text-named.docx', bytes: () => utf8('这不是一个Word文件。\n'), expect: 'NOT_A_REPORT' },
  {
    name: 'spreadsheet.docx',
    bytes: () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
    expect: 'UNSUPPORTED_FORMAT',
  },
  { name: 'cut-before-word.docx', bytes: () => generated(DOCX).slice(0, 300), expect: 'UNREADABLE' },
  { name: 'bomb.docx', bytes: () => bombDocx(false), expect: 'TOO_LARGE' },
  { name: 'lying-bomb.docx', bytes: () => bombDocx(true), expect: 'UNREADABLE' },
  {
    name: 'entities.docx',
    bytes: () =>
      editDocx(DOCX, (xml) =>
        xml.replace(
          /^(<\?xml[^>]*>)?/,
          '$1<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd">]>',
        ),
      ),
    expect: 'UNREADABLE',
  },
  { name: 'gbk.txt', bytes: () => iconv(generated(TXT), 'GBK'), expect: null, sameAs: TXT },
  { name: 'utf16le-no-bom.txt', bytes: () => iconv(generated(TXT), 'UTF-16LE'), expect: null, sameAs: TXT },
  {
    name: 'gb18030.html',
    bytes: () =>
      iconv(utf8(new TextDecoder().decode(generated(HTML)).replace(/charset=utf-8/i, 'charset=gb18030')), 'GB18030'),
    expect: null,
    sameAs: HTML,
  },
  {
    name: 'utf16be-bom.html',
    bytes: () => new Uint8Array([0xfe, 0xff, ...iconv(generated(HTML), 'UTF-16BE')]),
    expect: null,
    sameAs: HTML,
  },
  {
    name: 'bad-bytes.txt',
    bytes: () => {
      const b = generated(TXT);
      for (const at of [1, 4, 7]) b[at] = 0xff; // inside the title's first characters
      return b;
    },
    expect: null,
    reason: 'damaged:encoding',
  },
  { name: 'cut-mid-number.txt', bytes: () => cutMidNumber(TXT), expect: null, reason: 'damaged:truncated' },
  { name: 'no-tables.html', bytes: () => utf8(PROSE), expect: 'NOT_A_REPORT' },
  { name: 'budget.txt', bytes: () => utf8(BUDGET), expect: 'NOT_A_REPORT' },
  { name: 'notice.html', bytes: () => utf8(NOTICE), expect: 'NOT_A_REPORT' },
];

/** Encrypted PDFs need qpdf: with a user password (ENCRYPTED), with an owner password only (read). */
export function encryptedPdfs(qpdf: string, dir: string): HostileFile[] {
  const plain = join(dir, 'plain.pdf');
  writeFileSync(plain, generated(PDF));
  const encrypt = (user: string, out: string) => {
    execFileSync(qpdf, ['--encrypt', user, 'owner-secret', '256', '--', plain, join(dir, out)]);
    return new Uint8Array(readFileSync(join(dir, out)));
  };
  return [
    { name: 'user-password.pdf', bytes: () => encrypt('user-secret', 'u.pdf'), expect: 'ENCRYPTED' },
    { name: 'owner-password.pdf', bytes: () => encrypt('', 'o.pdf'), expect: null, sameAs: PDF },
  ];
}
