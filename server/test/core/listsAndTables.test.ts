// Drafts that list figures rather than write sentences: "指标：数值" bullet lines and markdown tables.
// The label before a colon, a table row's first cell and its column's header carry the meaning.
import assert from 'node:assert/strict';
import { check, claimAt, indexOf, verdictOf } from './helpers';

const SOURCE = '2020年，余姚实现地区生产总值1220.7亿元，增长5.1%；完成一般公共预算收入114.2亿元、增长6.5%。';

describe('bullet lines and tables: [draft, figure, measure, indicator]', () => {
  const rows: [string, string, string, string][] = [
    ['- 地区生产总值：1220.7亿元，增长5.1%', '1220.7亿元', 'value', '地区生产总值'],
    ['- 地区生产总值：1220.7亿元，增长5.1%', '5.1%', 'growth', '地区生产总值'],
    ['| 指标 | 数值 | 增长 |\n| --- | --- | --- |\n| 一般公共预算收入 | 114.2亿元 | 6.5% |', '6.5%', 'growth', '一般公共预算收入'],
    ['| 指标 | 数值 | 增长 |\n| --- | --- | --- |\n| 一般公共预算收入 | 114.2亿元 | 6.5% |', '114.2亿元', 'value', '一般公共预算收入'],
    ['| 指标 | 比重 |\n|:---|---:|\n| 研发经费支出占地区生产总值 | 3.2% |', '3.2%', 'share', '研发投入强度'],
  ];
  for (const [draft, figure, measure, indicator] of rows) {
    it(`${figure} in ${JSON.stringify(draft.split('\n').pop())}`, () => {
      const c = claimAt(draft, figure);
      assert.equal(c.measure, measure);
      assert.equal(c.indicator.name, indicator);
    });
  }

  describe('a table titled by what it measures: its columns’ periods and the title’s indicator: [figure, indicator, period part]', () => {
    const table = [
      '**表2　2024年1—6月各设区市规上工业增加值增速及位次**',
      '',
      '| 设区市 | 1—6月增速（%） | 位次 | 1—5月增速（%） | 1—5月位次 |',
      '| --- | --- | --- | --- | --- |',
      '| 南昌市 | 8.3 | 4 | 8.6 | 3 |',
      '| 新余市 | 3.2 | 11 | 2.6 | 11 |',
    ].join('\n');
    const rows: [string, string, string][] = [
      ['8.3', '规模以上工业增加值', 'M1-6'],
      // a column of ranks names nothing: the title does
      ['2.6', '规模以上工业增加值', 'M1-5'],
    ];
    for (const [figure, indicator, part] of rows) {
      it(`${figure} → ${indicator} ${part}`, () => {
        const c = claimAt(table, figure);
        assert.deepEqual([c.measure, c.indicator.name, c.period?.part], ['growth', indicator, part]);
      });
    }
  });

  it('a table of periods under a title of growth rates in % (累计增速走势（%）): each cell is that period’s growth', () => {
    const table = ['表1　2024年诸暨市主要经济指标累计增速走势（%）', '', '| 指标 | 1—2月 | 1—3月 |', '| --- | --- | --- |', '| 一般公共预算收入 | 7.9 | 6.4 |'].join('\n');
    const c = claimAt(table, '6.4');
    assert.deepEqual([c.measure, c.indicator.name, c.quantity.unit, c.period?.part], ['growth', '一般公共预算收入', '%', 'M1-3']);
  });

  describe('a table of places: the row is the region, the headers the indicator and the unit: [figure, region, measure, indicator, value]', () => {
    const table = [
      '| 城市 | 地区生产总值（亿元） | 同比增长（%） | 增速全省位次 |',
      '| --- | --- | --- | --- |',
      '| 青岛 | 11685.6 | 5.7 | 第六 |',
      '| 烟台 | 7585.2 | 6.0 | 第三 |',
    ].join('\n');
    const rows: [string, string, string, string, number][] = [
      ['11685.6', '青岛市', 'value', '地区生产总值', 11685.6e8],
      ['5.7', '青岛市', 'growth', '地区生产总值', 5.7],
      ['7585.2', '烟台市', 'value', '地区生产总值', 7585.2e8],
      ['6.0', '烟台市', 'growth', '地区生产总值', 6],
      ['第三', '烟台市', 'rank', '地区生产总值', 3],
    ];
    for (const [figure, region, measure, indicator, value] of rows) {
      it(`${figure} → ${region} ${measure} ${indicator}`, () => {
        const c = claimAt(table, figure);
        assert.deepEqual([c.region, c.measure, c.indicator.name], [region, measure, indicator]);
        assert.ok(Math.abs(c.quantity.value - value) < 1e-6 * Math.abs(value));
      });
    }
    describe('columns of changes: the header says what the cell changed and against what: [figure, measure, unit, phase, scope, period part]', () => {
      const changes = [
        '| 地区 | 年末常住人口（万人） | 比上年末增减（万人） | 常住人口城镇化率（%） | 比上年末提高（百分点） | 增速比1—7月增减(百分点) |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 佛山 | 969.89 | 8.34 | 95.27 | 0.07 | 0.4 |',
      ].join('\n');
      const cells: [string, string, string, string | undefined, string | undefined, string | undefined][] = [
        ['969.89', 'value', '人', undefined, undefined, undefined],
        // (比上年末 is what the change is over, not the figure's period)
        ['8.34', 'value', '人', 'change', undefined, undefined],
        ['0.07', 'diff', '个百分点', undefined, 'P:Y-1', undefined],
        ['0.4', 'diff', '个百分点', undefined, 'P:M1-7', undefined],
      ];
      for (const [figure, measure, unit, phase, scope, part] of cells) {
        it(`${figure} → ${measure} ${unit} ${phase ?? ''} ${scope ?? ''}`, () => {
          const c = claimAt(`# 2024年\n\n${changes}`, figure);
          assert.deepEqual([c.measure, c.quantity.unit, c.phase, c.scope, c.period?.part === 'FY' ? undefined : c.period?.part], [measure, unit, phase, scope, part]);
        });
      }
    });
    it('a rank under 增速全省位次 ranks the growth in the province', () => {
      const c = claimAt(table, '第六');
      assert.equal(c.basis, 'growth');
      assert.equal(c.scope, '山东省|辖区');
    });
    it('a cell whose year no side states is read against the source by its row and header (GDP = 地区生产总值)', () => {
      const source = '成渝双城经济\n\n上半年，重庆、成都分别实现地区生产总值15136.61亿元、10972.15亿元。';
      const draft = '# 上半年成渝经济\n\n| 城市 | GDP（亿元） |\n| --- | --- |\n| 重庆 | 15163.61 |\n';
      const v = verdictOf(check(draft, indexOf(source)), '15163.61');
      assert.equal(v.status, 'mismatch');
      assert.equal(v.expected, '15136.61');
    });
    it('a wrong bare number is fixed in its own notation, without the header\'s unit', () => {
      const draft = `# 2020年余姚\n\n| 地区 | 一般公共预算收入（亿元） |\n| --- | --- |\n| 余姚 | 124.2 |\n`;
      const v = verdictOf(check(draft, indexOf(SOURCE)), '124.2');
      assert.equal(v.status, 'mismatch');
      assert.equal(v.expected, '114.2');
    });
  });

  it('a colon that introduces a list still ends its clause', () => {
    const c = claimAt('主要预期目标为：地区生产总值增长7%左右。', '7%');
    assert.equal(c.indicator.name, '地区生产总值');
    assert.equal(c.target, true);
  });

  it('a wrong figure in a table is found, with the fix in place', () => {
    const draft = '# 余姚2020年\n\n| 指标 | 数值 | 增长 |\n| --- | --- | --- |\n| 一般公共预算收入 | 114.2亿元 | 5.6% |\n';
    const v = verdictOf(check(draft, indexOf(SOURCE)), '5.6%');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '6.5%');
    assert.equal(draft.slice(v.fix!.span.start, v.fix!.span.end), '5.6%');
  });
});
