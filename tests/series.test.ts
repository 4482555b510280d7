/**
 * Agency grouping and the year-to-year diff on the generated series (samples/generated/series,
 * `npm run samples:series`): one agency over 2019–2022 across the template change printed as
 * DOCX, LibreOffice PDF, crawled text and LibreOffice HTML, with one carry-over mismatch; and one
 * whose carry-overs all match.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtract } from '../src/cli/extract-command.js';
import { runAgencies, runDiff } from '../src/cli/series-command.js';
import { agencyKey } from '../src/series/agency-key.js';
import { NO_ALIASES, parseAliases } from '../src/series/aliases.js';
import { diffAgency, type AgencyDiff } from '../src/series/diff.js';
import { groupByAgency, type AgencyGroup } from '../src/series/group.js';
import { loadReports, type Loaded } from '../src/series/load.js';
import { csv, json, markdown, terminalText } from '../src/series/render-text.js';

const DIR = 'samples/generated/series';

interface Truth {
  name: string;
  year: number;
  agency: string;
  template: string;
  cells: Record<string, number>;
  cross_year_broken?: string[];
}

const truths: Truth[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.truth.json'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Truth);
const truthOf = (path: string) => truths.find((t) => path.includes(`${t.name}.`))!;

let reports: Loaded[];
let groups: AgencyGroup[];
const groupOf = (series: string) => groups.find((g) => g.reports.every((r) => r.path.includes(`ser-${series}-`)))!;

beforeAll(async () => {
  reports = await loadReports([DIR]);
  groups = await groupByAgency(reports, NO_ALIASES);
});

describe('identity and grouping', () => {
  test('every report of the series has the agency and year of its truth file', () => {
    expect(reports).toHaveLength(8);
    for (const r of reports)
      expect([r.path, r.record.report.agency, r.record.report.year]).toEqual([
        r.path,
        truthOf(r.path).agency,
        truthOf(r.path).year,
      ]);
  });

  test('each series is one agency with its four years, though printed two ways', () => {
    expect(groups.map((g) => [g.name, g.years, g.missingYears])).toEqual([
      ['河阳市人民政府', [2019, 2020, 2021, 2022], []],
      ['青山县民政局', [2019, 2020, 2021, 2022], []],
    ]);
    expect(groupOf('a').printed).toEqual(['河阳市人民政府', '河阳市人民政府办公室']);
    expect(groupOf('b').printed).toEqual(['青山县民政局', '江州市青山县民政局']);
  });

  test.each([
    ['关于2023年度某区人民政府办公室政府信息公开工作年度报告', '某区人民政府'],
    ['某区政府办公室', '某区人民政府'],
    ['淮安市洪泽区人民政府办公室', '洪泽区人民政府'],
    ['江苏省淮安市人民政府', '淮安市人民政府'],
    ['某市财政局（本级）', '某市财政局'],
    ['淮安市洪泽区', '洪泽区人民政府'],
    ['某镇政府办', '某镇人民政府'],
    ['某某街道', '某某街道办事处'],
  ])('agency key of %s', async (name, key) => {
    expect(await agencyKey(name)).toBe(key);
  });

  test('an alias file merges and splits groups, as text or JSON', async () => {
    const split = parseAliases('# the prefecture prints its own report\n!江州市青山县民政局\n');
    expect((await groupByAgency(reports, split)).map((g) => [g.name, g.years])).toEqual([
      ['江州市青山县民政局', [2022]],
      ['河阳市人民政府', [2019, 2020, 2021, 2022]],
      ['青山县民政局', [2019, 2020, 2021]],
    ]);
    const merge = parseAliases(JSON.stringify({ merge: [['河阳市政府', '青山县民政局']] }));
    const merged = await groupByAgency(reports, merge);
    expect(merged.map((g) => [g.name, g.reports.length])).toEqual([['河阳市政府', 8]]);
    expect(() => parseAliases('河阳市人民政府\n')).toThrow(/expected "A = B"/);
  });
});

describe('the diff of each series', () => {
  let a: AgencyDiff;
  let b: AgencyDiff;
  beforeAll(() => {
    a = diffAgency(groupOf('a'));
    b = diffAgency(groupOf('b'));
  });

  test('the mismatch is reported once per column it breaks, naming both cells and both files', () => {
    const broken = truths.find((t) => t.cross_year_broken)!;
    const before = truths.find((t) => t.agency === '河阳市人民政府' && t.year === broken.year - 1)!;
    const failed = a.checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.cells)).toEqual(
      broken.cross_year_broken!.map((cell) => [
        `${DIR}/${before.name}.docx#${cell.replace('carried_over', 'carried_forward')}`,
        `${DIR}/${broken.name}.pdf#${cell}`,
      ]),
    );
    expect(failed[0].message).toContain(
      `≠ ${before.year} carried_forward.natural_person = ${before.cells['requests.carried_forward.natural_person']}`,
    );
    expect(a.checks.filter((c) => c.ok)).toHaveLength(3 * 7 - failed.length);
  });

  test('the clean series reports none', () => {
    expect(b.checks).toHaveLength(21);
    expect(b.checks.filter((c) => !c.ok)).toEqual([]);
  });

  test("every value and change is the truth files' ; part 二 across the change only where the meaning is the same", () => {
    for (const diff of [a, b]) {
      const ts = diff.files.map(truthOf);
      for (const row of diff.rows) {
        row.values.forEach((v, i) => {
          if (v?.derived) {
            const items = ['no_supplement', 'no_fee', 'other'].map(
              (item) => ts[i].cells[row.key.replace('.other.', `.other.${item}.`)],
            );
            expect(v.value).toBe(items.reduce((s, x) => s + x, 0));
          } else expect([row.key, i, v?.value]).toEqual([row.key, i, ts[i].cells[row.key]]);
          const step = row.steps[i];
          if (!step) return;
          const across = ts[i - 1].template !== ts[i].template;
          if (row.key.startsWith('active.') && across && !row.key.endsWith('.decisions'))
            expect(step.status).toBe('not_comparable');
          else if (row.values[i - 1] && v)
            expect([row.key, step.change]).toEqual([row.key, v.value! - row.values[i - 1]!.value!]);
        });
      }
      expect(diff.rows.find((r) => r.key === 'requests.other.total')!.values.map((v) => Boolean(v?.derived))).toEqual([
        false,
        false,
        true,
        true,
      ]);
    }
  });

  test('a year missing from the series is said, and its carry-over not checked', () => {
    const g = groupOf('b');
    const holed = diffAgency({
      ...g,
      reports: g.reports.filter((r) => r.record.report.year !== 2021),
      missingYears: [2021],
    });
    expect(holed.years).toEqual([2019, 2020, 2022]);
    expect(holed.notes).toContain('carry-over 2020 → 2022 not checked: 2021 missing');
    expect(holed.checks).toHaveLength(7);
    expect(markdown([holed])).toContain('missing years: 2021');
  });

  test('a value flagged in either record marks the change', () => {
    const g = groupOf('b');
    const [first, ...rest] = g.reports;
    const flagged = {
      ...first,
      record: {
        ...first.record,
        facts: first.record.facts.map((f) =>
          f.row === 'new_received' && f.col === 'total' ? { ...f, flags: ['low_confidence' as const] } : f,
        ),
      },
    };
    const diff = diffAgency({ ...g, reports: [flagged, ...rest] });
    const row = diff.rows.find((r) => r.key === 'requests.new_received.total')!;
    expect([row.values[0]!.flagged, row.steps[1]!.flagged, row.steps[2]!.flagged]).toEqual([true, true, false]);
    expect(terminalText([diff])).toMatch(/requests\.new_received\.total +\d+\* +\d+ \([^)]*\*\)/);
  });

  test('CSV has a BOM and one line per agency, cell and year; JSON and Markdown carry the failed checks', () => {
    const text = csv([a, b]);
    expect(text.startsWith('\ufeffagency,cell,year,')).toBe(true);
    expect(text.split('\r\n').filter((l) => l.startsWith('河阳市人民政府,requests.carried_over.total,'))).toHaveLength(
      4,
    );
    expect(text).toContain('cross_year_failed');
    expect(JSON.parse(json([a])).agencies[0].checks.filter((c: { ok: boolean }) => !c.ok)).toHaveLength(2);
    expect(markdown([a])).toContain(
      'FAILED samples/generated/series/ser-a-2020.pdf#requests.carried_over.natural_person vs samples/generated/series/ser-a-2019.docx#requests.carried_forward.natural_person',
    );
  });
});

describe('nianbao agencies', () => {
  test('lists each group with its key, years and every file with the agency as printed', async () => {
    const out: string[] = [];
    expect(
      await runAgencies(
        [DIR],
        {},
        () => {},
        (s) => out.push(s),
      ),
    ).toBe(0);
    const text = out.join('');
    expect(text).toContain('河阳市人民政府  [key 河阳市人民政府]  years: 2019 2020 2021 2022; missing: none');
    expect(text).toContain(`2021  ${DIR}/ser-a-2021.txt  (printed: 河阳市人民政府办公室)`);
    expect(
      await runAgencies(
        ['no/such/dir'],
        {},
        () => {},
        () => true,
      ),
    ).toBe(2);
  });
});

describe('nianbao diff DIR of records', () => {
  test('reads the records extract wrote and names the source files, as from the sources', async () => {
    const out = mkdtempSync(join(tmpdir(), 'nianbao-series-'));
    try {
      expect(await runExtract([DIR], out, () => {})).toBe(0);
      // A report whose agency was not found is left out, and said so.
      const nameless = JSON.parse(readFileSync(join(out, 'ser-b-2022.docx.json'), 'utf8'));
      writeFileSync(
        join(out, 'nameless.json'),
        JSON.stringify({ ...nameless, report: { ...nameless.report, agency: '' } }),
      );
      const written: string[] = [];
      const logged: string[] = [];
      expect(
        await runDiff(
          [out],
          { format: 'json' },
          (l) => logged.push(l),
          (s) => written.push(s),
        ),
      ).toBe(0);
      expect(logged).toEqual([
        `nianbao diff: no agency found in ${join(out, 'nameless.json')}; left out (nianbao agencies lists them)`,
      ]);
      const fromRecords = JSON.parse(written.join('')).agencies as AgencyDiff[];
      expect(fromRecords.map((d) => d.checks)).toEqual([
        diffAgency(groupOf('a')).checks,
        diffAgency(groupOf('b')).checks,
      ]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('nianbao diff A B', () => {
  test('two source files named one by one are one series', async () => {
    const out: string[] = [];
    const code = await runDiff(
      [`${DIR}/ser-a-2019.docx`, `${DIR}/ser-a-2020.pdf`],
      { format: 'json' },
      () => {},
      (s) => {
        out.push(s);
        return true;
      },
    );
    expect(code).toBe(0);
    const diff = JSON.parse(out.join('')).agencies[0] as AgencyDiff;
    expect([diff.agency, diff.years, diff.checks.filter((c) => !c.ok).length]).toEqual([
      '河阳市人民政府',
      [2019, 2020],
      2,
    ]);
  });
});
