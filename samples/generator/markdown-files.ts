/** Generated reports as converter Markdown: NAME-md-SHAPE.md with NAME-md-SHAPE.truth.json, both shapes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownReport, type MarkdownShape } from './markdown.js';
import type { GeneratedReport } from './report.js';

const SHAPES: MarkdownShape[] = ['clean', 'broken'];

export function writeMarkdown(
  dir: string,
  reports: GeneratedReport[],
): { report: string; shape: MarkdownShape; file: string; truth: string }[] {
  return reports.flatMap((r) =>
    SHAPES.map((shape) => {
      const name = `${r.manifest.name}-md-${shape}`;
      writeFileSync(join(dir, `${name}.md`), markdownReport(r.blocks, shape));
      writeFileSync(join(dir, `${name}.truth.json`), `${JSON.stringify({ ...r.truth, name }, null, 2)}\n`);
      return { report: r.manifest.name, shape, file: `${name}.md`, truth: `${name}.truth.json` };
    }),
  );
}
