import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLexicon, ReferenceIndex } from '../../src/core';
import { parseCsvDataset, parseDataset, parseJsonDataset } from '../../src/sources/datasets';

const INPUTS = join(__dirname, '../../../test-fixtures/inputs');
const read = (name: string): string => readFileSync(join(INPUTS, name), 'utf8');

describe('CSV datasets', () => {
  const { rows, problems } = parseDataset(read('yuyao-indicators.csv'), 'data/yuyao-indicators.csv');

  it('reads Chinese headers into schema fields, with file and line', () => {
    assert.deepEqual(rows[0], {
      path: 'data/yuyao-indicators.csv',
      line: 2,
      region: '余姚市',
      period: '2020年',
      indicator: '地区生产总值',
      measure: 'value',
      value: '1220.7',
      unit: '亿元',
      sourceDocument: '余姚市统计公报',
      note: '按现价计算',
      date: '2021-03-05',
    });
    const rank = rows.find((r) => r.indicator === '有效投资');
    assert.equal(rank?.rank, '首位');
    assert.equal(rank?.scope, '宁波各县(市、区)');
    assert.equal(rank?.note, '高于宁波市平均4.8个百分点,居首', 'quoted cell with a comma kept whole');
  });

  it('reports broken rows by line and keeps the others', () => {
    assert.equal(rows.length, 5);
    assert.deepEqual(
      problems.map((p) => [p.kind, p.line, p.args.detail]),
      [
        ['dataset-row', 6, 'no-indicator'],
        ['dataset-row', 7, 'bad-value'],
      ],
    );
    assert.ok(problems.every((p) => p.path === 'data/yuyao-indicators.csv'));
  });

  it('accepts English headers, a BOM, a unit in the header and a value with its unit', () => {
    const csv = '\uFEFFRegion,Period,Indicator,Measure,Value (亿元),Target\n余姚市,2025年,地区生产总值,value,2350,yes\n余姚市,2020年,有效投资,growth,15.2%,\n';
    const r = parseCsvDataset(csv, 'en.csv');
    assert.deepEqual(r.problems, []);
    assert.equal(r.rows[0].unit, '亿元');
    assert.equal(r.rows[0].target, true);
    assert.deepEqual([r.rows[1].value, r.rows[1].unit], ['15.2', '%']);
  });

  it('gives multi-line quoted rows the line they start on', () => {
    const csv = '指标,数值,备注\n地区生产总值,1220.7,"第一行\n第二行"\n有效投资,,\n';
    const r = parseCsvDataset(csv, 'm.csv');
    assert.equal(r.rows[0].line, 2);
    assert.deepEqual(r.problems.map((p) => [p.line, p.args.detail]), [[4, 'no-value']]);
  });

  it('reports an unterminated quote once, at the line it opens, keeping earlier rows', () => {
    const csv = '指标,数值\n地区生产总值,1220.7\n\n有效投资,"15.2\n研发费用,41.8\n';
    const r = parseCsvDataset(csv, 'q.csv');
    assert.equal(r.rows.length, 1);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].kind, 'csv');
    assert.equal(r.problems[0].line, 4);
  });

  it('reads semicolon- and tab-separated files', () => {
    for (const sep of [';', '\t']) {
      const r = parseCsvDataset(`指标${sep}数值\n地区生产总值${sep}1220.7\n`, 's.csv');
      assert.deepEqual(r.rows.map((x) => x.value), ['1220.7']);
    }
  });

  const badRows: { cells: string; detail: string }[] = [
    { cells: '地区生产总值,1220.7,同比', detail: 'bad-measure' },
    { cells: '地区生产总值,约1220亿元左右的样子,', detail: 'bad-value' },
    { cells: '地区生产总值,—,', detail: 'no-value' },
  ];
  for (const b of badRows) {
    it(`leaves out a row with ${b.detail}: ${b.cells}`, () => {
      const r = parseCsvDataset(`指标,数值,口径\n${b.cells}\n`, 'b.csv');
      assert.equal(r.rows.length, 0);
      assert.deepEqual(r.problems.map((p) => [p.kind, p.line, p.args.detail]), [['dataset-row', 2, b.detail]]);
    });
  }

  it('reports a file without an indicator column', () => {
    const r = parseCsvDataset('名称,数值\n地区生产总值,1220.7\n', 'n.csv');
    assert.equal(r.rows.length, 0);
    assert.ok(r.problems.some((p) => p.kind === 'csv' && p.args.code === 'NO_INDICATOR_COLUMN'));
    assert.ok(r.problems.some((p) => p.kind === 'dataset-column' && p.args.column === '名称'));
  });

  it('keeps a row whose date is unreadable, reporting the field', () => {
    const r = parseCsvDataset('指标,数值,日期\n地区生产总值,1220.7,去年\n有效投资,15.2,2022年8月3日\n', 'd.csv');
    assert.equal(r.rows.length, 2);
    assert.equal(r.rows[0].date, undefined);
    assert.equal(r.rows[1].date, '2022-08-03');
    assert.deepEqual(r.problems.map((p) => [p.kind, p.line, p.args.field]), [['dataset-field', 2, 'date']]);
  });
});

describe('JSON datasets', () => {
  it('reads {rows:[…]}, numbers as written, and reports a broken row by its line', () => {
    const { rows, problems } = parseDataset(read('haishu-2019.json'), 'haishu-2019.json');
    assert.deepEqual(rows.map((r) => [r.indicator, r.value, r.unit, r.line]), [
      ['规上工业增加值', '6.9', '%', 4],
      ['战略性新兴产业增加值', '17.6', '%', 13],
      ['实际到位外资', '1.6', '亿美元', 28],
    ]);
    assert.deepEqual(problems.map((p) => [p.kind, p.line, p.args.detail]), [['dataset-row', 21, 'no-indicator']]);
  });

  it('reads a plain array of rows', () => {
    const r = parseJsonDataset('[{"指标":"地区生产总值","数值":1220.7,"单位":"亿元"},\n{"指标":"有效投资","数值":15.2,"口径":"增速"}]', 'a.json');
    assert.deepEqual(r.rows.map((x) => [x.line, x.measure]), [[1, undefined], [2, 'growth']]);
  });

  const broken: { name: string; text: string; line: number }[] = [
    { name: 'a missing comma', text: '[\n {"indicator": "地区生产总值", "value": 1}\n {"indicator": "有效投资"}\n]', line: 3 },
    { name: 'a trailing comma', text: '{\n  "rows": [\n    {"indicator": "a", "value": 1},\n  ]\n}', line: 4 },
    { name: 'an unexpected end', text: '[\n {"indicator": "地区生产总值",\n', line: 2 },
  ];
  for (const b of broken) {
    it(`reports malformed JSON (${b.name}) once, with its line, without throwing`, () => {
      const r = parseJsonDataset(b.text, 'bad.json');
      assert.equal(r.rows.length, 0);
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].kind, 'json');
      assert.equal(r.problems[0].line, b.line);
    });
  }

  it('reports JSON that is not a list of rows', () => {
    const r = parseJsonDataset('{"indicator": "地区生产总值"}', 'obj.json');
    assert.deepEqual(r.problems.map((p) => p.kind), ['json']);
  });

  it('reports non-object rows and unknown keys once', () => {
    const r = parseJsonDataset('[\n"地区生产总值",\n{"indicator":"a","value":1,"colour":"red"},\n{"indicator":"b","value":2,"colour":"blue"}\n]', 'x.json');
    assert.equal(r.rows.length, 2);
    assert.deepEqual(r.problems.map((p) => [p.kind, p.line]), [['dataset-row', 2], ['dataset-column', 3]]);
  });
});

describe('dataset rows as facts: a measure word ending the indicator says what the figure is', () => {
  const rows: [indicator: string, unit: string, name: string, measure: string][] = [
    ['地区生产总值增长', '%', '地区生产总值', 'growth'],
    ['规模以上工业增加值同比增长', '%', '规模以上工业增加值', 'growth'],
    ['社会消费品零售总额增速', '%', '社会消费品零售总额', 'growth'],
    ['第三产业增加值比重', '%', '服务业增加值占地区生产总值比重', 'share'], // the lexicon's name for 第三产业增加值, a part of GDP
    ['地区生产总值', '亿元', '地区生产总值', 'value'],
  ];
  for (const [indicator, unit, name, measure] of rows) {
    it(`${indicator} (${unit}) → ${name} ${measure}`, () => {
      const index = new ReferenceIndex(createLexicon());
      index.addRows('long.csv', [{ path: 'long.csv', line: 2, indicator, region: '宁波市', period: '2024年1-6月', value: '6.0', unit }]);
      const [fact] = index.facts;
      assert.deepEqual([fact.indicator.name, fact.measure], [name, measure]);
    });
  }
});

it('a dataset difference’s scope is its base, keyed as a base written in text', () => {
  const index = new ReferenceIndex(createLexicon());
  index.addRows('long.csv', [{ path: 'long.csv', line: 2, indicator: '地区生产总值增速', region: '宁波市', period: '2024年1-6月', value: '0.5', unit: '个百分点', scope: '全省平均' }]);
  assert.deepEqual([index.facts[0].measure, index.facts[0].scope], ['diff', 'R:全省']);
});

describe('a row that states a figure and its rank gives both, the rank by the figure’s measure, in its field', () => {
  const rows: [measure: string, value: string, basis: string][] = [
    ['value', '6105.2', 'value'],
    ['growth', '6.3', 'growth'],
  ];
  for (const [measure, value, basis] of rows) {
    it(`临沂市 ${measure} ${value}, rank 第五 in 全省16市 → a ${basis} rank in 山东省’s cities`, () => {
      const index = new ReferenceIndex(createLexicon());
      index.addRows('cities.json', [{ path: 'cities.json', line: 2, indicator: '地区生产总值', region: '临沂市', period: '2023年', measure, value, unit: measure === 'value' ? '亿元' : '%', rank: '第五', scope: '全省16市' }]);
      const rank = index.facts.find((f) => f.measure === 'rank');
      assert.equal(index.facts.length, 2);
      assert.deepEqual([rank?.quantity.value, rank?.indicator.name, rank?.basis, rank?.scope], [5, '地区生产总值', basis, '山东省|市']);
    });
  }
});

