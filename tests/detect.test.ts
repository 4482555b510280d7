import { detectFormat } from '../extractors/detect.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('detectFormat reads content, not names', () => {
  test.each([
    ['%PDF-1.7\n…', 'pdf'],
    ['\r\n%PDF-1.4 after junk', 'pdf'],
    ['{\\rtf1\\ansi Word saved as .doc', 'doc'],
    ['<!DOCTYPE html><html><body><table>', 'html'],
    ['<meta charset="gbk"><table><tr><td>1</td></tr></table>', 'html'],
    ['一、总体情况\n本年度…', 'txt'],
  ])('%j is %s', (content, format) => {
    expect(detectFormat(content.startsWith('一') ? new TextEncoder().encode(content) : bytes(content))).toBe(format);
  });

  test('OLE2 is legacy Word, a zip without word/ is nothing we read, binary junk is nothing', () => {
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('doc');
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes('xl/workbook.xml')]))).toBeNull();
    expect(detectFormat(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]))).toBeNull();
  });
});
