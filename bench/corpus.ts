/**
 * The files a bench run reads, in groups by the producer that made them (a 4-page PDF printed by
 * Chromium should parse in the time of any other 4-page PDF, issue #14): every sample of each
 * group in a stable order, read into memory once so that disk reads never count in a timing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

export const BENCH_FORMATS = ['pdf', 'docx', 'html', 'txt', 'md'] as const;
export type BenchFormat = (typeof BENCH_FORMATS)[number];

export interface BenchFile {
  path: string;
  bytes: Uint8Array;
}

/** Files of one format from one producer. */
export interface BenchGroup {
  /** `format` alone, or `format/producer` where a format has several. */
  name: string;
  format: BenchFormat;
  /** Who made the files, for the report. */
  producer: string;
  paths: string[];
}

const sorted = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => extname(name) === ext)
        .sort()
        .map((name) => join(dir, name))
    : [];

/** `printed/NAME-STYLE.pdf`: the generator prints each border style under its own suffix. */
const styleOf = (path: string) => /-([a-z]+)\.pdf$/.exec(basename(path))?.[1] ?? 'other';

/**
 * The generated corpus (samples/generated: LibreOffice PDFs and DOCX, HTML, text, Chromium-printed
 * PDFs per border style in printed/, Markdown in both shapes in markdown/), then the real published
 * samples beside the project (../shared/samples) when present. Empty groups are left out.
 */
export function benchGroups(root: string): BenchGroup[] {
  const gen = join(root, 'samples/generated');
  const real = resolve(root, '../shared/samples');
  const printed = sorted(join(gen, 'printed'), '.pdf');
  const markdown = sorted(join(gen, 'markdown'), '.md');
  const groups: BenchGroup[] = [
    { name: 'pdf/libreoffice', format: 'pdf', producer: 'LibreOffice (generated)', paths: sorted(gen, '.pdf') },
    ...[...new Set(printed.map(styleOf))].sort().map((style): BenchGroup => ({
      name: `pdf/chromium-${style}`,
      format: 'pdf',
      producer: `headless Chromium printing HTML tables, ${style} borders (generated)`,
      paths: printed.filter((p) => styleOf(p) === style),
    })),
    {
      name: 'pdf/real',
      format: 'pdf',
      producer: 'published reports (real)',
      paths: sorted(join(real, 'real'), '.pdf'),
    },
    { name: 'docx', format: 'docx', producer: 'generated', paths: sorted(gen, '.docx') },
    { name: 'html', format: 'html', producer: 'generated', paths: sorted(gen, '.html') },
    { name: 'txt', format: 'txt', producer: 'generated', paths: sorted(gen, '.txt') },
    {
      name: 'txt/real',
      format: 'txt',
      producer: 'published reports (real)',
      paths: sorted(join(real, 'text'), '.txt'),
    },
    ...(['clean', 'broken'] as const).map((shape): BenchGroup => ({
      name: `md/${shape}`,
      format: 'md',
      producer: `converter output, ${shape === 'clean' ? 'clean pipe tables' : 'broken grid'} (generated)`,
      paths: markdown.filter((p) => p.endsWith(`-${shape}.md`)),
    })),
  ];
  return groups.filter((g) => g.paths.length > 0);
}

/** Groups chosen by `--group NAME` or `--format FORMAT` (every group of it); all when neither. */
export function selectGroups(groups: BenchGroup[], choice: { group?: string; format?: BenchFormat }): BenchGroup[] {
  if (choice.group) {
    const found = groups.filter((g) => g.name === choice.group);
    if (!found.length)
      throw new Error(`no bench group ${choice.group}; the groups here: ${groups.map((g) => g.name).join(', ')}`);
    return found;
  }
  return choice.format ? groups.filter((g) => g.format === choice.format) : groups;
}

/** Up to `limit` files of the group, read into memory. */
export function benchFiles(group: BenchGroup, limit = Infinity): BenchFile[] {
  return group.paths.slice(0, limit).map((path) => ({ path, bytes: readFileSync(path) }));
}
