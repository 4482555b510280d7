import { readFileSync } from 'node:fs';
import { ExtractionError } from '../src/core/index.js';
import { extractPdf } from '../extractors/pdf/index.js';
import { describeShared, sharedPath } from './helpers/shared.js';

const read = (name: string) => new Uint8Array(readFileSync(sharedPath('real', name)));

/** A one-page PDF whose content stream is `content`, with a correct xref table. */
function minimalPdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function errorCode(bytes: Uint8Array): Promise<string> {
  try {
    await extractPdf(bytes, { file: 'x.pdf' });
    return 'none';
  } catch (err) {
    return err instanceof ExtractionError ? err.code : `other: ${String(err)}`;
  }
}

describe('extractPdf errors', () => {
  test('bytes that are no PDF are UNREADABLE', async () => {
    expect(await errorCode(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all'))).toBe('UNREADABLE');
  });

  test('a page with drawings but no text is NO_TEXT_LAYER', async () => {
    expect(await errorCode(minimalPdf('0 0 0 RG 1 w 10 10 m 190 10 l S 20 20 180 0.5 re f'))).toBe('NO_TEXT_LAYER');
  });
});

describe('extractPdf geometry', () => {
  // y up in PDF space; the model counts from the top of the 200pt page
  const content = [
    'BT /F1 10 Tf 1 0 0 1 20 150 Tm (Total 42) Tj ET',
    '1 w 10 100 m 190 100 l S', // stroked horizontal line
    'q 1 0 0 1 50 0 cm 0 20 0.6 60 re f Q', // thin filled rectangle, moved by the CTM: vertical at x=50.3
    '0 0 150 30 re f', // a large filled area is shading, not a line
    '10 10 m 100 60 l S', // a diagonal is no ruling
  ].join('\n');

  test('runs get top-left boxes; strokes, thin fills under a transform become rulings, the rest does not', async () => {
    const { value: doc } = await extractPdf(minimalPdf(content), { file: 'synthetic.pdf' });
    const [p] = doc.pages;
    expect(p.runs.map((r) => r.text)).toEqual(['Total 42']);
    const [x0, y0, , y1] = p.runs[0].bbox;
    expect(x0).toBeCloseTo(20);
    expect(y1).toBeGreaterThan(48); // baseline at 200 - 150 = 50
    expect(y0).toBeLessThan(43);
    expect(p.runs[0].fontSize).toBeCloseTo(10);
    const rounded = p.rulings.map((l) => [l.x0, l.y0, l.x1, l.y1].map((v) => Math.round(v * 10) / 10));
    expect(rounded).toEqual([
      [10, 100, 190, 100],
      [50.3, 120, 50.3, 180],
    ]);
  });
});

describeShared('extractPdf on real reports', () => {
  test('hongze 2023: pages, sizes, runs with top-left boxes, and ruling lines', async () => {
    const { value: doc } = await extractPdf(read('huaian-hongze-2023.pdf'), { file: 'hongze.pdf' });
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(5);
    expect(doc.blocks).toEqual([]);
    const p3 = doc.pages[2];
    expect([p3.width, p3.height]).toEqual([595, 842]);
    const heading = p3.runs.find((r) => r.text.startsWith('三、收到和处理'));
    // drawn near the middle of the page, below part 二's tables: y counts from the top
    expect(heading!.bbox[1]).toBeGreaterThan(300);
    expect(heading!.bbox[1]).toBeLessThan(400);
    expect(p3.rulings.length).toBeGreaterThan(30);
    for (const l of p3.rulings) expect(l.x0 === l.x1 || l.y0 === l.y1).toBe(true);
  });

  test('hongze 2023: the Identity-V group label on page 3 is read whole and marked vertical', async () => {
    const { value: doc } = await extractPdf(read('huaian-hongze-2023.pdf'), { file: 'hongze.pdf' });
    const vertical = doc.pages[2].runs.filter((r) => r.vertical);
    expect(vertical.map((r) => r.text)).toEqual(['三、本年度办理结果']);
    const [x0, y0, x1, y1] = vertical[0].bbox;
    expect(y1 - y0).toBeGreaterThan(5 * (x1 - x0)); // a tall, narrow column of glyphs
  });
});
