// Tables laid out with spaces (a statistical yearbook copied out of a PDF): rows, headers and units read
// as a markdown table's are.
import assert from 'node:assert/strict';
import { findAlignedTableCells } from '../../src/core/claims/alignedTables';
import { check, claimAt, indexOf, verdictOf } from './helpers';

const BY_PLACE = [
  '表2  2023年各县（市、区）生产安全事故情况',
  '                                         单位：起、人、%',
  '地区              事故起数   死亡人数   死亡人数同比增减',
  '全市合计            186        172          -11.3',
  '章贡区               16         14          -17.6',
  '南康区               18         17          -15.0',
].join('\n');

const BY_FIELD = [
  '表1  2023年全市生产安全事故分行业（领域）情况',
  '                                            单位：起、人、%',
  '行业（领域）      事故起数   同比增减   死亡人数   同比增减',
  '合计                186       -14.7       172       -11.3',
  '一、道路运输        112       -12.5       104        -8.8',
  '    建筑施工         21       -19.2        20       -16.7',
].join('\n');

const UNIT_COLUMN = [
  '表3  2023年末全市应急物资储备情况',
  '指标名称                 单位        合计        市级        县级',
  '储备物资数量            万件（套）    31.6         9.8        21.8',
  '储备物资价值             亿元         1.82        0.64        1.18',
].join('\n');

const BY_YEAR = [
  '表4  2023年全市森林防火主要指标',
  '指标名称                   单位       2023年      2022年     同比增减（%）',
  '受害森林面积               公顷         38.6       102.4          -62.3',
  '重点林区视频监控覆盖率      %          85.2        78.8      提高6.4个百分点',
].join('\n');

describe('tables laid out with spaces', () => {
  describe('a figure in a cell: [table, figure, region, measure, indicator, value]', () => {
    const rows: [string, string, string, string, string, number][] = [
      // a row of places: the row is the region, the header the indicator, the 单位 line the unit
      [BY_PLACE, '-17.6', '章贡区', 'growth', '死亡人数', -17.6],
      [BY_PLACE, '17', '南康区', 'value', '死亡人数', 17],
      [BY_PLACE, '18', '南康区', 'value', '事故起数', 18],
      // a row of totals is the text's own place, named by its column
      [BY_FIELD, '-11.3', '', 'growth', '死亡人数', -11.3],
      // a row of a field: the field and what its column counts; a change column goes with the count before it
      [BY_FIELD, '-8.8', '', 'growth', '道路运输死亡人数', -8.8],
      [BY_FIELD, '21', '', 'value', '建筑施工事故起数', 21],
      // a 单位 column gives its row's unit; a column of a level of government qualifies the row
      [UNIT_COLUMN, '1.18', '', 'value', '县级储备物资价值', 1.18e8],
      [UNIT_COLUMN, '1.82', '', 'value', '储备物资价值', 1.82e8],
      [UNIT_COLUMN, '21.8', '', 'value', '县级储备物资数量', 21.8e4],
      // a change written out in its cell
      [BY_YEAR, '6.4个百分点', '', 'diff', '重点林区视频监控覆盖率', 6.4],
      // a column of a year gives the cell its period, and the header's bracket its unit
      [BY_YEAR, '102.4', '', 'value', '受害森林面积', 102.4],
      [BY_YEAR, '-62.3', '', 'growth', '受害森林面积', -62.3],
    ];
    for (const [table, figure, region, measure, indicator, value] of rows) {
      it(`${table.slice(0, 12)}… ${figure} → ${region || '(the text’s)'} ${measure} ${indicator}`, () => {
        const c = claimAt(table, figure);
        assert.deepEqual([measure, indicator], [c.measure, c.indicator.name]);
        if (region) assert.equal(c.region, region);
        assert.ok(Math.abs(c.quantity.value - value) < 1e-6 * Math.abs(value), `${c.quantity.value} ≠ ${value}`);
      });
    }
  });

  describe('what is no table: [text]', () => {
    const rows: string[] = [
      // a sentence with wide spaces in it
      '全市生产安全事故起数    死亡人数    均下降。\n章贡区  16  下降。\n南康区  18  下降。',
      // one row alone
      '地区      事故起数   死亡人数\n章贡区      16         14',
      // prose with figures
      '2023年，全市共发生生产安全事故186起，死亡172人。',
    ];
    for (const text of rows) it(JSON.stringify(text.slice(0, 24)), () => assert.deepEqual(findAlignedTableCells(text), []));
  });

  it('a column of a year is the period of its cells', () => {
    assert.equal(claimAt(BY_YEAR, '102.4').period?.year, '2022');
    assert.equal(claimAt(BY_YEAR, '38.6').period?.year, '2023');
  });

  it('a cell keeps its exact span, so a fix replaces the number alone', () => {
    const cells = findAlignedTableCells(BY_PLACE);
    const cell = cells.find((c) => c.rowLabel === '章贡区' && c.column === 3)!;
    assert.equal(BY_PLACE.slice(cell.start, cell.end), '-17.6');
    assert.equal(cell.header, '死亡人数同比增减（%）');
  });

  it('a draft’s wrong rate is found against the table', () => {
    const source = `# 2023年赣州市安全生产统计资料\n\n${BY_PLACE}`;
    const draft = '# 赣州安全生产\n\n2023年，章贡区死亡人数同比下降15.0%。';
    const v = verdictOf(check(draft, indexOf(source)), '15.0%');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '17.6%');
  });
});
