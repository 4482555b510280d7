import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageFurniture } from '../extractors/text/furniture.js';
import { extract } from '../src/pipeline.js';

const REPORT = [
  '某区水利局2023年政府信息公开工作年度报告',
  '一、总体情况',
  '本年度，我局……。',
  '六、其他需要报告的事项',
  '无',
];

describe('page furniture of crawled text', () => {
  test('crawler header, navigation and a glued information box become fields and blank lines', () => {
    const page = pageFurniture(
      [
        '标题: 某区水利局2023年政府信息公开工作年度报告',
        '发布时间：2024-01-18 10:20',
        '',
        '网站首页 | 信息公开 | 办事服务 | 政民互动',
        '当前位置：首页 > 政务公开 > 政府信息公开年报',
        '索引号：1141/2024-00012发布机构：某区水利局文号：无发布日期：2024-01-18',
        ...REPORT,
      ].join('\n'),
    );
    expect(page.fields).toEqual([
      '标题: 某区水利局2023年政府信息公开工作年度报告',
      '发布时间：2024-01-18 10:20',
      '当前位置：首页 > 政务公开 > 政府信息公开年报',
      '索引号：1141/2024-00012发布机构：某区水利局文号：无发布日期：2024-01-18',
    ]);
    expect(page.text.split('\n').filter((l) => l !== '')).toEqual(REPORT);
  });

  test('a title between navigation and its information line is the report’s: kept, the line after it is furniture', () => {
    const page = pageFurniture(
      [
        '首页 > 政务公开 > 年度报告',
        REPORT[0],
        '发布时间：2024-01-18  来源：某区水利局  浏览次数：12',
        ...REPORT.slice(1),
      ].join('\n'),
    );
    expect(page.fields).toEqual(['发布时间：2024-01-18  来源：某区水利局  浏览次数：12']);
    expect(page.text.split('\n').filter((l) => l !== '')).toEqual(REPORT);
  });

  test('an information box printed as a label-value table gives label：value fields', () => {
    const page = pageFurniture(
      ['索引号\t1141/2024-00012\t发布机构\t某区水利局', '名称\t某区水利局年报\t文号', ...REPORT].join('\n'),
    );
    expect(page.fields).toEqual(['索引号：1141/2024-00012', '发布机构：某区水利局', '名称：某区水利局年报', '文号：']);
  });

  test('a link list and the footer after the report are dropped; the report is kept whole', () => {
    const tail = [
      '相关链接',
      '某区水利局2022年度部门决算',
      '上一篇：关于印发某方案的通知',
      '【打印本页】【关闭窗口】',
      '主办单位：某区人民政府 网站标识码：4101000001',
    ];
    const page = pageFurniture([...REPORT, ...tail].join('\n'));
    expect(page.text.split('\n').filter((l) => l !== '')).toEqual(REPORT);
    expect(page.fields).toEqual([]);
  });

  test('a report without furniture is left as it is, a spaced title is no menu', () => {
    const text = ['某区 水利局 政府信息公开 年度报告', ...REPORT.slice(1), '联系我们的方式见上文。'].join('\n');
    expect(pageFurniture(text)).toEqual({ text, fields: [] });
  });
});

const CRAWLED = resolve('samples/generated/crawled');

describe('generated crawled pages (samples/generated/crawled)', () => {
  const names = readdirSync(CRAWLED).filter((f) => f.endsWith('.txt'));

  test.each(names)('%s: title, agency and year from the page, nothing unmapped', async (name) => {
    const truth = JSON.parse(readFileSync(join(CRAWLED, name.replace(/\.txt$/, '.truth.json')), 'utf8'));
    const record = await extract(readFileSync(join(CRAWLED, name)), { file: name });
    expect([record.report.agency, record.report.year]).toEqual([truth.agency, truth.year]);
    expect(record.report.title).toBe(`${truth.agency}${truth.year}年政府信息公开工作年度报告`);
    expect(record.unmapped).toEqual([]);
  });

  test.each(names)('%s: part 四, glued to its heading, is read cell for cell', async (name) => {
    const truth = JSON.parse(readFileSync(join(CRAWLED, name.replace(/\.txt$/, '.truth.json')), 'utf8'));
    const record = await extract(readFileSync(join(CRAWLED, name)), { file: name });
    const read = record.facts.filter((f) => f.table === 'review_litigation');
    expect(read).toHaveLength(15);
    for (const f of read)
      expect([f.row, f.col, f.value]).toEqual([f.row, f.col, truth.cells[`${f.table}.${f.row}.${f.col}`]]);
    expect(record.review.reasons).not.toContain('part_missing:review_litigation');
  });
});
