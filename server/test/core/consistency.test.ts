import assert from 'node:assert/strict';
import { consistencyFindings } from '../../src/core/check/consistency';
import { check, claimsOf, indexOf } from './helpers';

function findings(text: string) {
  return consistencyFindings(text, claimsOf(text)).map((f) => [f.code, f.actual, f.expected ?? '']);
}

describe('consistency inside the draft (no source needed)', () => {
  describe('个百分点 against the two figures it compares: [sentence, findings]', () => {
    const rows: [string, string[][]][] = [
      ['余姚有效投资增长15.2%，宁波市平均增长10.4%，余姚比宁波市平均高4.8个百分点。', []],
      ['余姚有效投资增长15.2%，宁波市平均增长10.4%，余姚比宁波市平均高5.8个百分点。', [['diff-inconsistent', '5.8个百分点', '4.8个百分点']]],
      ['城镇化率由65.1%提高到68.3%，提高3.2个百分点。', []],
      ['城镇化率由65.1%提高到68.3%，提高2.2个百分点。', [['diff-inconsistent', '2.2个百分点', '3.2个百分点']]],
      // one figure only: nothing to compare
      ['余姚有效投资增长15.2%，高于宁波市平均4.8个百分点。', []],
      // a base written before the point figure is one of the two
      ['前三季度规上工业增加值增长8.0%，比一季度的7.3%提高0.7个百分点。', []],
      ['前三季度规上工业增加值增长8.0%，比一季度的7.3%提高0.9个百分点。', [['diff-inconsistent', '0.9个百分点', '0.7个百分点']]],
      ['杭州增速由5.6%回落至4.7%，回落1.9个百分点。', [['diff-inconsistent', '1.9个百分点', '0.9个百分点']]],
      ['增速由1—8月的15.8%提高到1—10月的16.9%，两个月提高1.8个百分点。', [['diff-inconsistent', '1.8个百分点', '1.1个百分点']]],
      // one indicator at two periods, side by side
      ['温岭规上工业增加值增速1—2月为9.6%，1—10月为12.7%，提高5.8个百分点。', [['diff-inconsistent', '5.8个百分点', '3.1个百分点']]],
      // a base the draft does not write: the two percentages before are of other things
      ['农林牧渔业总产值增长4.2%；农业增加值增长3.9%，比全国高0.5个百分点。', []],
      ['贷款加权平均利率为3.62%；不良贷款率0.97%，比年初下降0.02个百分点。', []],
      ['胶州增长6.8%；龙口增长6.8%，比烟台全市快0.8个百分点。', []],
      ['高技术制造业增加值增长12.3%，占规模以上工业增加值的比重为16.9%，较上年同期提高1.2个百分点。', []],
      ['四季度进出口同比下降8.5%，12月当月进出口增长1.8%，全年增速较前三季度回落6.2个百分点。', []],
      ['桂林增长4.9%，高出全区0.6个百分点；南宁增长4.6%，柳州仅增长2.8%，比全区低1.3个百分点。', []],
      // a second difference against another base after the first
      ['前三季度增长8.0%，比一季度的7.3%提高0.7个百分点，比上半年提高0.2个百分点。', []],
    ];
    for (const [text, expected] of rows) it(text, () => assert.deepEqual(findings(text), expected));
    it('the fix replaces the point figure', () => {
      const text = '城镇化率由65.1%提高到68.3%，提高2.2个百分点。';
      const f = consistencyFindings(text, claimsOf(text))[0];
      assert.equal(text.slice(f.fix!.span.start, f.fix!.span.end), '2.2个百分点');
      assert.equal(f.fix!.newText, '3.2个百分点');
    });
  });

  describe('a share above 100%', () => {
    const rows: [string, string[][]][] = [
      ['高新技术产业增加值占规上工业增加值比重达117.4%。', [['share-over-100', '117.4%', '']]],
      ['数字经济占GDP比重达到120%。', [['share-over-100', '120%', '']]],
      ['高新技术产业增加值占规上工业增加值比重达71.4%。', []],
      ['森林覆盖率达到100%。', []],
      // a growth above 100% is fine
      ['工业用电量增长117.4%。', []],
      // so is a target passed, a ratio to another figure, a debt ratio
      ['截至10月底，全市已开工改造城镇老旧小区329个，完成年度目标的109.7%。', []],
      ['全年提取额相当于当年缴存额的112.3%。', []],
      ['全市政府债务率为126.5%。', []],
    ];
    for (const [text, expected] of rows) it(text, () => assert.deepEqual(findings(text), expected));
  });

  describe('分居 with a rank count that differs from the figures it ranks', () => {
    const rows: [string, string[]][] = [
      ['余姚研发费用41.8亿元，占营业收入比重达3.61%，分居宁波各县(市、区)第二、第一。', []],
      ['余姚研发费用41.8亿元，占营业收入比重达3.61%，分居宁波各县(市、区)第二、第一、第三。', ['distributive-count']],
      ['余姚研发费用41.8亿元，分居宁波各县(市、区)第二、第一。', ['distributive-count']],
    ];
    for (const [text, codes] of rows) it(text, () => assert.deepEqual(findings(text).map((f) => f[0]), codes));
  });

  it('consistency findings come out of checkDraft with no sources at all', () => {
    const r = check('城镇化率由65.1%提高到68.3%，提高2.2个百分点。', indexOf());
    assert.deepEqual(r.findings.map((f) => f.code), ['diff-inconsistent']);
  });
});
