/**
 * The HTML review page in real headless Chromium (Debian's /usr/bin/chromium via playwright-core,
 * no browser download): hongze 2023, whose part 四 totals are printed 0, with and without its source.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runExtract } from '../src/cli/extract-command.js';
import { runReview } from '../src/cli/review-command.js';
import { RecordSchema, type NianbaoRecord } from '../src/record/schema.js';
import { describeShared, sharedPath } from './helpers/shared.js';
import { CHROMIUM_ARGS, testWithTool } from './helpers/tools.js';

const { test: browserTest, path: chromiumPath } = testWithTool('chromium', 'review page browser tests');

let dir: string;
let record: NianbaoRecord;
let context: BrowserContext | undefined;
/** Every URL the page asked for: a self-contained page asks for none but itself. */
const requested: string[] = [];

async function open(path: string): Promise<Page> {
  context ??= await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nianbao-chromium-')), {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  return page;
}

const failedCells = (r: NianbaoRecord) => new Set(r.checks.filter((c) => !c.ok).flatMap((c) => c.cells));
const cssId = (id: string) => `[id="cell-${id}"]`;

describeShared('review page of huaian-hongze-2023.pdf', () => {
  const pdf = sharedPath('real/huaian-hongze-2023.pdf');
  const pagePath = () => join(dir, 'out', 'huaian-hongze-2023.pdf.review.html');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-review-page-'));
    expect(await runExtract([pdf], join(dir, 'out'), () => {}, { review: true })).toBe(0);
    record = RecordSchema.parse(JSON.parse(readFileSync(join(dir, 'out', 'huaian-hongze-2023.pdf.json'), 'utf8')));
  });

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  browserTest(
    'loads with flagged and failed cells highlighted, reasons in the title and on focus, checks listed, source images visible',
    async () => {
      expect(failedCells(record).size).toBeGreaterThanOrEqual(10);
      const page = await open(pagePath());
      for (const check of record.checks.filter((c) => !c.ok)) {
        for (const id of check.cells) {
          const cell = page.locator(cssId(id));
          await expect(cell.getAttribute('class')).resolves.toMatch(/\bhl\b.*\bhl-check\b/);
          await expect(cell.getAttribute('title')).resolves.toContain(check.message);
        }
      }
      const flagged = record.facts.filter(
        (f) => f.flags.length > 0 || failedCells(record).has(`${f.table}.${f.row}.${f.col}`),
      );
      expect(await page.locator('td.hl').count()).toBe(flagged.length);

      const first = page.locator(cssId([...failedCells(record)][0]));
      const why = first.locator('.why');
      expect(await why.isVisible()).toBe(false);
      await first.focus();
      expect(await why.isVisible()).toBe(true);
      expect(await why.innerText()).toContain('check_failed:4');

      const listed = page.locator('li.failed-check');
      expect(await listed.count()).toBe(record.checks.filter((c) => !c.ok).length);
      for (const check of record.checks.filter((c) => !c.ok))
        expect(await page.locator('#checks').innerText()).toContain(check.message);

      const images = page.locator('img.source-image');
      const pages = new Set(record.facts.map((f) => f.page));
      expect(await images.count()).toBeGreaterThanOrEqual(pages.size);
      for (let i = 0; i < (await images.count()); i++) {
        const img = images.nth(i);
        await img.scrollIntoViewIfNeeded();
        expect(
          await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0 && el.naturalHeight > 0),
        ).toBe(true);
        expect(await img.isVisible()).toBe(true);
        const inView = await img.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
        });
        expect(inView).toBe(true);
      }
      // The part 四 table's image sits beside it.
      const side = page.locator('#table-review_litigation .sources img.source-image');
      expect(await side.count()).toBe(1);

      expect(requested.every((u) => u.startsWith('file:') || u.startsWith('data:'))).toBe(true);
      // Kept after the run (outside `dir`) so a person can look at it.
      const shot = join(mkdtempSync(join(tmpdir(), 'nianbao-review-shot-')), 'hongze-review.png');
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`review page screenshot: ${shot}`);
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      await page.close();
    },
  );

  browserTest('without the source the page says so and has no images', async () => {
    const out = join(dir, 'no-source.html');
    const logged: string[] = [];
    expect(
      await runReview(join(dir, 'out', 'huaian-hongze-2023.pdf.json'), { source: join(dir, 'missing.pdf'), out }, (l) =>
        logged.push(l),
      ),
    ).toBe(0);
    expect(logged.join('\n')).toContain('source not found');
    const page = await open(out);
    expect(await page.locator('img').count()).toBe(0);
    const note = page.locator('.source-note').first();
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain('not found');
    expect(await page.locator('td.hl').count()).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  test('the source is found from source.file; another file in its place is refused by sha256', async () => {
    const found = join(dir, 'found.html');
    expect(await runReview(join(dir, 'out', 'huaian-hongze-2023.pdf.json'), { out: found }, () => {})).toBe(0);
    expect(readFileSync(found, 'utf8')).toContain('<img class="source-image" src="data:image/png;base64,');

    const other = join(dir, 'other.html');
    const logged: string[] = [];
    const code = await runReview(
      join(dir, 'out', 'huaian-hongze-2023.pdf.json'),
      { source: sharedPath('real/huaian-city-2024.pdf'), out: other },
      (l) => logged.push(l),
    );
    expect(code).toBe(0);
    expect(logged.join('\n')).toContain('sha256');
    const html = readFileSync(other, 'utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain('is not the file this record was made from');
  });
});
