import assert from 'node:assert/strict';
import { comparisonBase } from '../../src/core/claims/comparisonBase';
import { check, claimAt, indexOf, lexicon, verdictOf } from './helpers';

describe('the base of a 个百分点 difference: [words before the figure, base]', () => {
  const rows: [string, string | undefined][] = [
    ['增速高于全省', 'R:全省'],
    ['高出全国平均水平', 'R:全国'],
    // an approximation between the base and the figure (约, 近) is no part of the base
    ['高于全国平均水平约', 'R:全国'],
    ['比全省高近', 'R:全省'],
    // the 比 of 比重 (比例) compares nothing: the base is after the 比 that does
    ['煤炭消费比重仍比全省平均水平高出', 'R:全省'],
    ['城镇人口比例比上年提高', 'P:Y-1'],
    ['高于宁波市平均', 'R:宁波市'],
    ['比一季度加快', 'P:M1-3'],
    ['比上半年回落', 'P:M1-6'],
    ['比1-7月回落', 'P:M1-7'],
    ['较前7个月提高', 'P:M1-7'],
    // a year alone is the default base of a difference: none
    // the year before is a base of its own (not 高于全省); a year by number may be it
    ['比上年提高', 'P:Y-1'],
    ['较上年同期回落', 'P:Y-1'],
    ['比2020年提高', undefined],
    // a group of places named as a base is a base of its own, its brackets left out
    ['增速比平原乡镇（街道）快', 'O:平原乡镇'],
    ['比山区县高', 'O:山区县'],
    // the plan or target is a base of its own
    ['实际增长8.2%，高于计划', 'T:计划'],
    ['超出年度目标', 'T:计划'],
    ['低于预期', 'T:计划'],
    // a list of bases (分别高于全国、全省0.8个和…) is not one base
    ['分别高于全国、全省0.8个和', undefined],
    ['占比提高', undefined],
    // 比X低/高: the base before the comparative; a place and its self reference are the place
    ['比河北全省低', 'R:河北省'],
    ['低于河北全省', 'R:河北省'],
    ['比全省高', 'R:全省'],
    ['比上半年低', 'P:M1-6'],
    // a fall smaller than the country's (降幅小于全国, 比全国少降) is measured against the country
    ['降幅小于全国', 'R:全国'],
    ['比全国少降', 'R:全国'],
    ['降幅比全省小', 'R:全省'],
  ];
  for (const [near, base] of rows) it(`${near} → ${base ?? '(none)'}`, () => assert.equal(comparisonBase(near, lexicon), base));

  it('a difference against another base is not verified by the same number', () => {
    const index = indexOf('成都经济运行\n\n1-8月，全市规上工业增加值增长9.2%，比上半年回落0.4个百分点，高于全省0.8个百分点。');
    assert.equal(verdictOf(check('1-8月，成都规上工业增加值增长9.2%，比1-7月回落0.4个百分点。', index), '0.4个百分点').status, 'unverified');
    assert.equal(verdictOf(check('1-8月，成都规上工业增加值增长9.2%，比上半年回落0.4个百分点。', index), '0.4个百分点').status, 'verified');
    const wrong = verdictOf(check('1-8月，成都规上工业增加值增长9.2%，高出全省0.6个百分点。', index), '0.6个百分点');
    assert.equal(wrong.status, 'mismatch');
    assert.equal(wrong.expected, '0.8个百分点');
  });

  it('listed bases go to the listed differences in order (分别高于全国、全省0.8个和0.2个百分点)', () => {
    const index = indexOf('成都经济运行\n\n上半年，全市地区生产总值同比增长5.8%，分别高于全国、全省0.8个和0.2个百分点。');
    const national = verdictOf(check('上半年，成都GDP增长5.8%，比全国高出0.6个百分点。', index), '0.6个百分点');
    assert.deepEqual([national.status, national.expected], ['mismatch', '0.8个百分点']);
    assert.equal(verdictOf(check('上半年，成都GDP增长5.8%，高于全省0.2个百分点。', index), '0.2个百分点').status, 'verified');
    assert.equal(verdictOf(check('上半年，成都GDP增长5.8%，高于全国0.8个百分点。', index), '0.8个百分点').status, 'verified');
  });
});

describe('a base of the whole (全市, 全省) is the place of that kind the figure’s place is in: [text, figure, base]', () => {
  const rows: [string, string, string][] = [
    ['# 佛山\n\n其中，顺德区、南海区分别增长5.0%、2.8%，顺德高于全市1.4个百分点。', '1.4个百分点', 'R:佛山市'],
    ['余姚有效投资增长15.2%，高于全市4.8个百分点。', '4.8个百分点', 'R:宁波市'],
    // in a text about another city: still the city the place is in
    ['# 深圳\n\n深圳GDP增长5.7%。\n\n佛山规上工业增长3.6%，其中顺德区增长5.0%，高于全市1.4个百分点。', '1.4个百分点', 'R:佛山市'],
    // figures listed after one base share it
    ['西双版纳州、德宏州分别增长7.3%、6.8%，分别高于全省2.8个、2.3个百分点。', '2.3个百分点', 'R:云南省'],
    // no place in view: as written
    ['有效投资增长15.2%，高于全市4.8个百分点。', '4.8个百分点', 'R:全市'],
  ];
  for (const [text, figure, base] of rows) it(`${text.split('\n').at(-1)} → ${base}`, () => assert.equal(claimAt(text, figure).scope, base));

  it('a base written 全市 where no city is in view may be a named city’s: checked, not conflicting', () => {
    const index = indexOf('# 佛山经济\n\n前三季度，顺德区规上工业增加值增长5.0%，高于佛山市1.4个百分点。');
    const v = verdictOf(check('前三季度，顺德区规上工业增加值增长5.0%，高于全市1.6个百分点。', index), '1.6个百分点');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '1.4个百分点');
  });
});
