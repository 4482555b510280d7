/**
 * The diff page of the generated series (samples/generated/series) in real headless Chromium, as
 * the review page is tested: self-contained, the failed carry-over shown with both cells, the
 * charts drawn with the truth's values.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { runDiff } from '../src/cli/series-command.js';
import { CHROMIUM_ARGS, testWithTool } from './helpers/tools.js';

const { test: browserTest, path: chromiumPath } = testWithTool('chromium', 'diff page browser tests');
const DIR = 'samples/generated/series';
const truth = (name: string) =>
  JSON.parse(readFileSync(join(DIR, `${name}.truth.json`), 'utf8')) as { cells: Record<string, number> };

let dir: string;
let context: BrowserContext | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-diff-page-'));
});

afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

browserTest(
  'the page loads with nothing fetched, the mismatch and both its cells shown, and the charts drawn from the values',
  async () => {
    const out = join(dir, 'diff.html');
    expect(await runDiff([DIR], { out }, () => {})).toBe(0);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nianbao-chromium-')), {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });

    const sections = page.locator('section.agency');
    expect(await sections.count()).toBe(2);
    const [a, b] = [sections.nth(0), sections.nth(1)];
    expect(await a.locator('h2').innerText()).toBe('河阳市人民政府');
    const failed = a.locator('li.failed');
    expect(await failed.count()).toBe(2);
    expect(await failed.first().isVisible()).toBe(true);
    expect(await failed.first().innerText()).toContain('ser-a-2020.pdf#requests.carried_over.natural_person');
    expect(await failed.first().innerText()).toContain('ser-a-2019.docx#requests.carried_forward.natural_person');
    expect(await b.innerText()).toContain('all 21 carry-over checks pass');

    for (const section of [a, b]) {
      const charts = section.locator('figure.chart svg');
      expect(await charts.count()).toBe(5);
      const box = await charts.first().boundingBox();
      expect(box!.width).toBeGreaterThan(100);
    }
    // The first chart of series B plots new requests year by year, each point titled with its value.
    const points = await b.locator('figure.chart').first().locator('circle title').allTextContents();
    expect(points).toEqual(
      [2019, 2020, 2021, 2022].map((y) => `新收 ${y}: ${truth(`ser-b-${y}`).cells['requests.new_received.total']}`),
    );

    expect(requested.every((u) => u.startsWith('file:') || u.startsWith('data:'))).toBe(true);
    const shot = join(mkdtempSync(join(tmpdir(), 'nianbao-diff-shot-')), 'series-diff.png');
    await page.screenshot({ path: shot, fullPage: false });
    console.log(`diff page screenshot: ${shot}`);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  },
);
