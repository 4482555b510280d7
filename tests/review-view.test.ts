/**
 * The review page without a browser, on real extractions of generated samples: canonical rows and
 * columns with template labels, group headers, highlighted failed-check cells, no images for
 * non-PDF sources, escaping of document text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractFile } from '../src/extract-file.js';
import { extract } from '../src/pipeline.js';
import type { NianbaoRecord } from '../src/record/schema.js';
import { reviewPage } from '../src/review/page.js';
import { tableViews } from '../src/review/view.js';
import { layoutCells } from '../src/template/index.js';

const sample = (name: string) => resolve('samples/generated', name);
const absent = { status: 'absent', path: '/nowhere' } as const;
let broken2021: NianbaoRecord;

beforeAll(async () => {
  broken2021 = await extractFile(sample('gen-028-2025.docx'));
});

describe('tableViews', () => {
  test('every fact sits on its canonical row and column, in template order, with template labels', () => {
    const tables = tableViews(broken2021);
    expect(tables.map((t) => t.key)).toEqual(['active', 'requests', 'review_litigation']);
    const shown = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c.id] : []))));
    expect(shown).toEqual(expect.arrayContaining(broken2021.facts.map((f) => `${f.table}.${f.row}.${f.col}`)));
    expect(shown.length).toBe(broken2021.facts.length);
    const requests = tables.find((t) => t.key === 'requests')!;
    const other = requests.rows.some((r) => r.key === 'other') ? 'single' : 'split';
    const expectedRows = [...new Set(layoutCells({ version: '2021', other }, ['requests']).map((c) => c.row))];
    expect(requests.rows.map((r) => r.key)).toEqual(expectedRows);
    expect(requests.columns[0]).toEqual({ key: 'natural_person', label: '自然人' });
    expect(requests.rows.find((r) => r.key === 'denied.state_secret')?.groupStart).toBe('（三）不予公开');
    expect(requests.rows.find((r) => r.key === 'denied.law_prohibited')?.groupStart).toBeUndefined();
  });

  test('cells of failed checks carry the check sentence', () => {
    const failed = broken2021.checks.filter((c) => !c.ok);
    expect(failed.length).toBeGreaterThan(0);
    const cells = tableViews(broken2021).flatMap((t) => t.rows.flatMap((r) => r.cells));
    for (const check of failed) {
      for (const id of check.cells) {
        const cell = cells.find((c) => c?.id === id)!;
        expect(cell.failed).toBe(true);
        expect(cell.messages).toContain(`rule ${check.rule}: ${check.message}`);
      }
    }
  });
});

describe('reviewPage', () => {
  test('a DOCX source gets tables and a note instead of page images; failed cells are highlighted', async () => {
    const found = { status: 'found', path: sample('gen-028-2025.docx'), bytes: new Uint8Array() } as const;
    const page = await reviewPage(broken2021, found);
    expect(page.value).not.toContain('<img');
    expect(page.value).toContain('not PDF: there are no page images');
    const failedIds = new Set(broken2021.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
    const highlighted = [...page.value.matchAll(/<td id="cell-([^"]+)" class="v hl[ "]/g)].map((m) => m[1]);
    expect(new Set(highlighted)).toEqual(failedIds);
  });

  test('document text is escaped and the page loads nothing from the network', async () => {
    const hostile: NianbaoRecord = {
      ...broken2021,
      unmapped: [
        {
          table: 'requests',
          label: '<script>alert("x")</script> 小计 & 合计',
          values: ['<img src=x onerror=alert(1)>'],
        },
      ],
    };
    const html = (await reviewPage(hostile, absent)).value;
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 小计 &amp; 合计');
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  test('an error record (a DOCX cut short) gets a page that shows the error and no tables', async () => {
    const cut = readFileSync(sample('gen-028-2025.docx')).subarray(0, 2000);
    const record = await extract(new Uint8Array(cut), { file: 'cut.docx' });
    expect(record.error).toBeDefined();
    const html = (await reviewPage(record, absent)).value;
    expect(html).toContain(`Error ${record.error!.code}: `);
    expect(html).toContain('Review required');
    expect(html).not.toContain('<table');
  });
});
