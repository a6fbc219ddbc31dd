import assert from 'node:assert/strict';
import { createLexicon } from '../../src/core';
import { check, claimAt, indexOf, lexicon, verdictOf } from './helpers';

/** The canonical names of the regions found in a text, in order. */
function regionsIn(text: string): string[] {
  return lexicon.findRegions(text).map((r) => r.name);
}

describe('regions across the country', () => {
  describe('a place is read by its full name or its short form, wherever it is', () => {
    const rows: [text: string, regions: string[]][] = [
      ['昆山市实现地区生产总值5140.6亿元', ['昆山市']],
      ['江阴地区生产总值增长5.9%', ['江阴市']],
      ['张家港、常熟、太仓三市进出口总额', ['张家港市', '常熟市', '太仓市']],
      ['深圳市南山区规模以上工业增加值', ['深圳市', '南山区']],
      ['成都市双流区、郫都区', ['成都市', '双流区', '郫都区']],
      ['延边州旅游收入', ['延边朝鲜族自治州']],
      ['西双版纳接待游客', ['西双版纳傣族自治州']],
      ['徐州、扬州、镇江三市', ['徐州市', '扬州市', '镇江市']],
      ['晋江市民营经济', ['晋江市']],
      // Zhejiang's own short forms are kept as they were.
      ['余姚、慈溪分列第一、第二', ['余姚市', '慈溪市']],
      ['宁波江北区', ['宁波市', '江北区']],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
  });

  describe('an ordinary word is not a place', () => {
    const rows: [text: string, regions: string[]][] = [
      // 文山会海 (文山州), 朝阳产业 (朝阳市), 日照时数 (日照市), 同仁 (同仁市): stems that are words.
      ['精简文山会海，培育朝阳产业，日照时数增加，全体同仁共同努力', []],
      // 老城区, 开发区: county names that are phrases of report writing.
      ['老城区改造和开发区建设', []],
      // 共同富裕县域 is not 富裕县; 南部县市 is not 南部县; 会同县级部门 is not 会同县.
      ['推进共同富裕县域示范，西南部县市，会同县级部门', []],
      // A district or county of one province is read in full only: its stem repeats elsewhere.
      ['鼓楼一带', []],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
  });

  describe('development zones are read whole, after a place or at the head of a clause', () => {
    const rows: [text: string, regions: string[]][] = [
      ['成都高新区地区生产总值', ['成都高新区']],
      ['成都市高新区', ['成都高新区']],
      ['成都东部新区', ['成都东部新区']],
      ['，天府新区实现', ['天府新区']],
      ['；深汕特别合作区GDP增长', ['深汕特别合作区']],
      ['苏州工业园区', ['苏州工业园区']],
      ['浦东新区生产总值', ['浦东新区']],
      // an own name of three or four characters at the head of a clause
      ['西海岸新区地区生产总值', ['西海岸新区']],
      ['，舟山群岛新区实现', ['舟山群岛新区']],
      ['成都市高新区', ['成都高新区']],
      // …but not words of report writing
      ['，加快建设新区', []],
      // a bare zone word names the zone of the text's own city; a verb before it is not a name
      ['推动高新区建设', ['高新区']],
      ['国家高新区核心区', ['高新区']],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
  });

  describe('a name that runs into the next word gives way to the shorter one', () => {
    const rows: [text: string, regions: string[]][] = [
      ['宁波市场主体达到120万户', ['宁波市']],
      ['河北区域协同发展', ['河北省']],
      ['宁波市级财政', ['宁波市']],
      ['全市场主体', []],
      ['全县域推进', []],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
  });

  it('a configured one-character short form (甬 for 宁波市) is still read', () => {
    const withShort = createLexicon({ regions: { 宁波市: ['甬'] } });
    assert.deepEqual(withShort.findRegions('甬舟一体化').map((r) => r.name), ['宁波市']);
  });

  it('a county-level city is the region of its figure, not part of the indicator', () => {
    const c = claimAt('2023年，江阴市实现地区生产总值4948.3亿元，比上年增长5.9%。', '4948.3亿元');
    assert.equal(c.region, '江阴市');
    assert.equal(c.indicator.name, '地区生产总值');
  });

  it('a figure quoted for the wrong county is a mismatch against that county’s own figure', () => {
    const index = indexOf('2023年，昆山市实现地区生产总值5140.6亿元；江阴市实现地区生产总值4948.3亿元。');
    const v = verdictOf(check('2023年，江阴市地区生产总值5140.6亿元。', index), '5140.6亿元');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '4948.3亿元');
  });
});
