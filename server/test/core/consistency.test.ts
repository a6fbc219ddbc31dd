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
