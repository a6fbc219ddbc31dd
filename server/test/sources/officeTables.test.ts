// Tables → dataset rows: header heuristics (tableFacts.ts) and the tables of HTML pages, markdown
// sources and CSV sheets outside the dataset schema.
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { analyzeDraft, checkDraft, createLexicon, ReferenceIndex } from '../../src/core';
import type { DatasetRow } from '../../src/core/sourceDocument';
import { htmlTables, markdownTables } from '../../src/sources/markupTables';
import { sourceFromBytes } from '../../src/sources/readSourceFile';
import { tablesKey } from '../../src/sources/sourcePaths';
import { parseHeader, tableRows, type TableCell } from '../../src/sources/tableFacts';

const lexicon = createLexicon();
const grid = (rows: string[][]): TableCell[][] => rows.map((r, i) => r.map((text) => ({ text, line: i + 1 })));
const brief = (rows: DatasetRow[]) => rows.map((r) => [r.region ?? '', r.indicator, r.period ?? '', r.measure ?? '', r.value ?? r.rank ?? '', r.unit ?? '', r.sourceLocation ?? '']);

describe('table headers', () => {
  it('periods, measures, units and indicators', () => {
    assert.deepEqual(parseHeader('2020年', lexicon), { period: '2020年' });
    assert.deepEqual(parseHeader('1-7月', lexicon), { period: '1-7月' });
    assert.deepEqual(parseHeader('上半年', lexicon), { period: '上半年' });
    assert.deepEqual(parseHeader('增长%', lexicon), { measure: 'growth', unit: '%' });
    assert.deepEqual(parseHeader('比上年增长（%）', lexicon), { measure: 'growth', unit: '%' });
    assert.deepEqual(parseHeader('比重', lexicon), { measure: 'share', unit: '%' });
    assert.deepEqual(parseHeader('位次', lexicon), { measure: 'rank' });
    assert.deepEqual(parseHeader('地区生产总值（亿元）', lexicon), { indicator: '地区生产总值', unit: '亿元' });
    assert.deepEqual(parseHeader('1-7月增速(%)', lexicon), { period: '1-7月', measure: 'growth', unit: '%' });
    assert.deepEqual(parseHeader('余姚市', lexicon), { region: '余姚市' });
    assert.deepEqual(parseHeader('余姚', lexicon), { region: '余姚市' });
    assert.deepEqual(parseHeader('单位', lexicon), { unitColumn: true });
    assert.deepEqual(parseHeader('地区', lexicon), {});
  });

  it('a caption gives the period, the region (also the whole of a 各县 scope), the scope and a unit', () => {
    assert.deepEqual(parseHeader('表1 2022年1-7月宁波各县（市、区）主要指标', lexicon, true), { period: '2022年1-7月', region: '宁波市', scope: '宁波各县（市、区）' });
    assert.deepEqual(parseHeader('表3 各地区地区生产总值（单位：亿元）', lexicon, true), { scope: '各地区', unit: '亿元', indicator: '地区生产总值' });
    // what the columns measure (增速及位次) each header says for itself
    assert.deepEqual(parseHeader('表2　2024年1—6月各设区市规上工业增加值增速及位次', lexicon, true), { period: '2024年1—6月', scope: '各设区市', measure: 'growth', unit: '%', indicator: '规上工业增加值' });
  });
});

describe('tableRows', () => {
  it('columns of periods under a title of growth rates: each cell is a growth in the title’s unit', () => {
    const rows = tableRows(
      { label: '表1', caption: '表1　2024年诸暨市主要经济指标累计增速走势（%）', rows: grid([['指标', '1—2月', '1—3月'], ['一般公共预算收入', '7.9', '6.4']]) },
      'zhuji.md', { lexicon },
    );
    assert.deepEqual(brief(rows).map((r) => r.slice(1, 6)), [
      ['一般公共预算收入', '2024年1—2月', 'growth', '7.9', '%'],
      ['一般公共预算收入', '2024年1—3月', 'growth', '6.4', '%'],
    ]);
  });

  it('regions by indicators, a measure column belonging to the indicator on its left', () => {
    const rows = tableRows(
      {
        label: '表1',
        caption: '表1 2022年上半年各区县主要指标',
        rows: grid([
          ['地区', '规上工业增加值（亿元）', '增长%', '比重'],
          ['海曙区', '300.5', '6.9', '12.1'],
          ['全市', '1800', '5.2', '100'],
        ]),
      },
      'a.html',
      { lexicon },
    );
    assert.deepEqual(brief(rows), [
      ['海曙区', '规上工业增加值', '2022年上半年', '', '300.5', '亿元', '表1 第2行第2列'],
      ['海曙区', '规上工业增加值', '2022年上半年', 'growth', '6.9', '%', '表1 第2行第3列'],
      ['海曙区', '规上工业增加值', '2022年上半年', 'share', '12.1', '%', '表1 第2行第4列'],
    ], 'a total row (全市) without a region in the caption is left out');
  });

  it('indicators by periods: the row header is the indicator, the columns give periods; a unit column', () => {
    const rows = tableRows(
      {
        label: '表2',
        caption: '余姚市主要经济指标',
        rows: grid([
          ['指标', '单位', '2020年', '2021年'],
          ['地区生产总值', '亿元', '1220.7', '1479.2'],
          ['常住人口', '万人', '125.4', '—'],
        ]),
      },
      'a.md',
      { lexicon },
    );
    assert.deepEqual(brief(rows), [
      ['余姚市', '地区生产总值', '2020年', '', '1220.7', '亿元', '表2 第2行第3列'],
      ['余姚市', '地区生产总值', '2021年', '', '1479.2', '亿元', '表2 第2行第4列'],
      ['余姚市', '常住人口', '2020年', '', '125.4', '万人', '表2 第3行第3列'],
    ]);
  });

  it('ranks only when asked; ties share a rank; a rank column is read as ranks', () => {
    const table = {
      label: '表',
      caption: '2021年宁波各县（市、区）规上工业增加值增速',
      rows: grid([
        ['地区', '增速（%）', '位次'],
        ['余姚市', '13.5', '2'],
        ['慈溪市', '14.0', '1'],
        ['宁海县', '13.5', '2'],
        ['象山县', '9.0', '4'],
      ]),
    };
    const plain = tableRows(table, 't.csv', { lexicon });
    assert.deepEqual(brief(plain.filter((r) => r.region === '余姚市')), [
      ['余姚市', '规上工业增加值', '2021年', 'growth', '13.5', '%', '表 第2行第2列'],
      ['余姚市', '规上工业增加值增速', '2021年', 'rank', '2', '', '表 第2行第3列'],
    ]);
    assert.equal(plain.find((r) => r.measure === 'rank')?.scope, '宁波各县（市、区）');
    const derived = tableRows(table, 't.csv', { lexicon, deriveRanks: true }).filter((r) => r.note);
    assert.deepEqual(derived.map((r) => [r.region, r.indicator, r.rank]), [
      ['慈溪市', '规上工业增加值增速', '1'],
      ['余姚市', '规上工业增加值增速', '2'],
      ['宁海县', '规上工业增加值增速', '2'],
      ['象山县', '规上工业增加值增速', '4'],
    ]);
  });

  it('a table without headers that read as anything gives no rows', () => {
    assert.deepEqual(tableRows({ label: '表', rows: grid([['1', '2'], ['3', '4']]) }, 'x', { lexicon }), []);
    assert.deepEqual(tableRows({ label: '表', rows: grid([['名称', '说明'], ['甲', '乙']]) }, 'x', { lexicon }), []);
  });
});

describe('tables in HTML, markdown and CSV sources', () => {
  it('an HTML table (GBK page, <caption>, rowspan/colspan) → rows with the line of each cell; script/nav ignored', () => {
    const html = [
      '<html><head><meta charset="gbk"><title>余姚统计</title><script>var x = "<table><tr><td>9.9</td></tr></table>";</script></head><body>',
      '<nav><table><tr><td>地区</td><td>增长%</td></tr><tr><td>余姚市</td><td>99.9</td></tr></table></nav>',
      '<table>',
      '<caption>表1 2021年主要指标</caption>',
      '<tr><th rowspan="2">地区</th><th colspan="2">地区生产总值</th></tr>',
      '<tr><th>亿元</th><th>增长%</th></tr>',
      '<tr><td>余姚市</td><td>1479.2</td><td>9.1</td></tr>',
      '<tr><td>慈溪市</td><td>2304.1</td><td>9.8</td></tr>',
      '</table></body></html>',
    ].join('\n');
    const outcome = sourceFromBytes(iconv.encode(html, 'gbk'), 'stats.html', 'html');
    assert.equal(outcome.document?.path, 'stats.html');
    assert.equal(outcome.dataset?.path, tablesKey('stats.html'));
    assert.deepEqual(brief(outcome.dataset?.rows ?? []), [
      ['余姚市', '地区生产总值', '2021年', '', '1479.2', '亿元', '表1 第3行第2列'],
      ['余姚市', '地区生产总值', '2021年', 'growth', '9.1', '%', '表1 第3行第3列'],
      ['慈溪市', '地区生产总值', '2021年', '', '2304.1', '亿元', '表1 第4行第2列'],
      ['慈溪市', '地区生产总值', '2021年', 'growth', '9.8', '%', '表1 第4行第3列'],
    ]);
    assert.deepEqual(outcome.dataset?.rows.map((r) => r.line), [7, 7, 8, 8]);
    assert.equal(htmlTables(html).length, 1);
  });

  it('a markdown table in a .md source; the line above it is the caption', () => {
    const md = ['# 余姚市2022年上半年经济运行', '', '表1 主要指标', '', '| 指标 | 上半年 | 增长% |', '| --- | ---: | ---: |', '| 有效投资 | — | 16.2 |', '| 规上工业增加值 | 520.3 | 7.5 |', ''].join('\n');
    assert.equal(markdownTables(md).length, 1);
    const outcome = sourceFromBytes(Buffer.from(md), 'notes.md', 'text');
    assert.equal(outcome.document?.text, md, 'the document is unchanged');
    assert.deepEqual(brief(outcome.dataset?.rows ?? []), [
      // Rows of the table as a reader counts them (the |---| line is not a row); `line` is the file's line.
      ['余姚市', '有效投资', '2022年上半年', 'growth', '16.2', '%', '表1 第2行第3列'],
      ['余姚市', '规上工业增加值', '2022年上半年', '', '520.3', '', '表1 第3行第2列'],
      ['余姚市', '规上工业增加值', '2022年上半年', 'growth', '7.5', '%', '表1 第3行第3列'],
    ]);
    assert.deepEqual(outcome.dataset?.rows.map((r) => r.line), [7, 8, 8]);
  });

  it('a total row\'s share of itself (合计 … 100.0) is no figure of the whole; its amount is', () => {
    const md = ['# 2023年江西省水资源公报', '', '表2　2023年全省分类用水量', '', '| 用水类别 | 用水量（亿立方米） | 占总用水量比重（%） |', '| --- | --- | --- |', '| 农业用水 | 161.2 | 63.5 |', '| 合计 | 253.8 | 100.0 |', ''].join('\n');
    const rows = sourceFromBytes(Buffer.from(md), 'water.md', 'text').dataset?.rows ?? [];
    assert.deepEqual(rows.map((r) => [r.region, r.indicator, r.measure ?? '', r.value]), [
      ['江西省', '农业用水', '', '161.2'],
      // (the share column names its base: the row's share of 总用水量)
      ['江西省', '农业用水占总用水量比重', 'share', '63.5'],
      ['江西省', '用水量', '', '253.8'],
    ]);
  });

  it('a share column that names its base (占进出口总值比重) gives the row’s share of that base, not of a place', () => {
    const md = ['# 青岛市2024年前三季度外贸运行情况', '', '| 指标 | 1—9月（亿元） | 同比增长（%） | 占进出口总值比重（%） |', '| --- | --- | --- | --- |', '| 跨境电商 | 243.6 | 31.4 | 3.5 |', ''].join('\n');
    const source = sourceFromBytes(Buffer.from(md), 'trade.md', 'text');
    const rows = source.dataset?.rows ?? [];
    assert.deepEqual(rows.filter((r) => r.measure === 'share').map((r) => r.indicator), ['跨境电商占进出口总值比重']);
    // …so a share of the province checked against the table is not contradicted by it
    const index = new ReferenceIndex(createLexicon());
    index.addDocument({ path: 'trade.md', text: md });
    index.addRows(tablesKey('trade.md'), rows);
    const draft = analyzeDraft('2024年前三季度，青岛跨境电商进出口约占全省的41.2%，占全市外贸的3.5%。', { lexicon: createLexicon() });
    const statuses = checkDraft(draft, index).verdicts.map((v) => `${v.claim.text} ${v.status}`);
    assert.equal(statuses[0], '41.2% unverified');
  });

  it('a table whose caption and title name no place (全省) is the place the document is about', () => {
    const md = ['# 2024年前三季度全省居民收支情况', '', '浙江省统计局　国家统计局浙江调查总队', '', '前三季度，全省居民人均消费支出35410元。', '', '表1　2024年前三季度全省居民人均消费支出构成', '', '| 指标 | 绝对数（元） | 比上年同期增长% |', '| --- | --- | --- |', '| 居民人均消费支出 | 35410 | 5.7 |', ''].join('\n');
    const rows = sourceFromBytes(Buffer.from(md), 'release.md', 'text').dataset?.rows ?? [];
    assert.deepEqual(rows.map((r) => [r.region, r.indicator, r.value]), [
      ['浙江省', '居民人均消费支出', '35410'],
      ['浙江省', '居民人均消费支出', '5.7'],
    ]);
  });

  it('a table of products reads each row as the product’s output (产量 in the header) and its growth', () => {
    const md = ['# 山西省2023年统计公报', '', '表2　2023年规模以上工业主要产品产量及其增长速度', '', '| 产品名称 | 单位 | 产量 | 比上年增长（%） |', '| --- | --- | --- | --- |', '| 天然气 | 亿立方米 | 117.6 | 20.8 |', '| 其中：新能源汽车 | 万辆 | 105.2 | 3.9 |', '| 纱 | 万吨 | 231.5 | 9.4 |', ''].join('\n');
    const outcome = sourceFromBytes(Buffer.from(md), 'gongbao.md', 'text');
    assert.deepEqual(brief(outcome.dataset?.rows ?? []).map((r) => [r[1], r[3], r[4], r[5]]), [
      ['天然气产量', '', '117.6', '亿立方米'],
      ['天然气产量', 'growth', '20.8', '%'],
      ['新能源汽车产量', '', '105.2', '万辆'],
      ['新能源汽车产量', 'growth', '3.9', '%'],
      // A product of one character is still the row's product, not the column's bare 产量.
      ['纱产量', '', '231.5', '万吨'],
      ['纱产量', 'growth', '9.4', '%'],
    ]);
  });

  it('a table is named after its document: the first line stands for a title when there is no # heading', () => {
    const md = ['宁波各区县（市）2021年主要经济指标', '2022年2月10日', '', '| 地区 | 一般公共预算收入（亿元） | 增长（%） |', '| --- | --- | --- |', '| 余姚市 | 120.6 | 12.3 |', '| 宁海县 | 58.2 | 10.4 |', ''].join('\n');
    const rows = sourceFromBytes(Buffer.from(md), 'counties.md', 'text').dataset?.rows ?? [];
    assert.deepEqual(rows.map((r) => [r.region, r.indicator, r.value, r.sourceDocument]), [
      ['余姚市', '一般公共预算收入', '120.6', '宁波各区县（市）2021年主要经济指标'],
      ['余姚市', '一般公共预算收入', '12.3', '宁波各区县（市）2021年主要经济指标'],
      ['宁海县', '一般公共预算收入', '58.2', '宁波各区县（市）2021年主要经济指标'],
      ['宁海县', '一般公共预算收入', '10.4', '宁波各区县（市）2021年主要经济指标'],
    ]);
  });

  it('a plain .txt source is not searched for tables', () => {
    const outcome = sourceFromBytes(Buffer.from('| 指标 | 2020年 |\n| --- | --- |\n| 地区生产总值 | 1 |\n'), 'notes.txt', 'text');
    assert.equal(outcome.dataset, undefined);
  });

  it('a CSV sheet’s title row above its headers is the caption: period and region of every row, 全市 its total', () => {
    const csv = '2023年宁波市各县（市、区）主要经济指标,,\n县（市、区）,地区生产总值(亿元),增长(%)\n全市,"16,452.8",5.5\n海曙区,"1,565.3",5.6\n';
    const outcome = sourceFromBytes(Buffer.from(csv), 'counties.csv', 'dataset');
    assert.deepEqual(outcome.problems, []);
    assert.deepEqual(brief(outcome.dataset?.rows ?? []).map((r) => r.slice(0, 6)), [
      ['宁波市', '地区生产总值', '2023年', '', '16,452.8', '亿元'],
      ['宁波市', '地区生产总值', '2023年', 'growth', '5.5', '%'],
      ['海曙区', '地区生产总值', '2023年', '', '1,565.3', '亿元'],
      ['海曙区', '地区生产总值', '2023年', 'growth', '5.6', '%'],
    ]);
  });

  it('a CSV sheet that is not in the dataset schema is read as a table instead of refused', () => {
    const csv = '地区,2020年,2021年\n余姚市,1220.7,1479.2\n慈溪市,2008.3,2304.1\n';
    const outcome = sourceFromBytes(Buffer.from(csv), 'gdp.csv', 'dataset');
    // No indicator anywhere (no caption, no indicator header): nothing is guessed, the schema error stands.
    assert.deepEqual(outcome.dataset?.rows, []);
    assert.ok(outcome.problems.some((p) => p.kind === 'csv' && p.args.code === 'NO_INDICATOR_COLUMN'));
    const named = sourceFromBytes(Buffer.from('地区,地区生产总值（亿元）,增长%\n余姚市,1479.2,9.1\n'), 'gdp.csv', 'dataset');
    assert.deepEqual(named.problems, []);
    assert.deepEqual(brief(named.dataset?.rows ?? []), [
      ['余姚市', '地区生产总值', '', '', '1479.2', '亿元', '第2行第2列'],
      ['余姚市', '地区生产总值', '', 'growth', '9.1', '%', '第2行第3列'],
    ]);
  });
});
