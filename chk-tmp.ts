import { writeFileSync, mkdirSync } from 'node:fs';
import { planCorpus } from './samples/generator/corpus.js';
import { generateReport } from './samples/generator/report.js';
import { webPage } from './samples/generator/web-page.js';
import { printToPdf } from './samples/generator/print.js';
const [dir, seedArg, spacingArg, countArg] = process.argv.slice(2); mkdirSync(dir, { recursive: true });
const pages = [];
for (const p of planCorpus(Number(seedArg), Number(countArg ?? 3))) {
  const r = generateReport(p);
  pages.push({ html: webPage(r.blocks, { style: 'spaced', blankZeros: true, spacing: Number(spacingArg) }), pdf: `${dir}/${p.name}-s${spacingArg}.pdf` });
  writeFileSync(`${dir}/${p.name}-s${spacingArg}.truth.json`, JSON.stringify(r.truth));
}
printToPdf(pages);
