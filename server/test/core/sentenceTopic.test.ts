import assert from 'node:assert/strict';
import { check, claimsOf, indexOf, verdictOf } from './helpers';

describe('a sentence that opens on what it reports on: its later bare measures may be that thing’s', () => {
  describe('the topic noted on a figure', () => {
    // [sentence, figure, topic noted (or undefined)]
    const rows: [text: string, figure: string, topic: string | undefined][] = [
      ['东盟继续保持我市第一大贸易伙伴地位，上半年进出口89.64亿元，增长16.2%。', '16.2%', '东盟'],
      ['跨境电商保持高速增长，进出口增长36.4%，经营主体超过300家。', '36.4%', '跨境电商'],
      // (四大港区中: where among others the topic stands, then the topic)
      ['四大港区中，徐圩港区表现最为亮眼，上半年完成货物吞吐量4826万吨，增长10.7%。', '4826万吨', '徐圩港区'],
      // the economy or a part of it seen whole narrows nothing
      ['工业经济保持平稳，规上工业增加值增长6.5%。', '6.5%', undefined],
      ['消费市场持续回暖，社会消费品零售总额增长5.2%。', '5.2%', undefined],
      ['项目建设持续推进，固定资产投资增长4.1%。', '4.1%', undefined],
      // …nor how well something does
      ['住院服务效率持续提升，出院者平均住院日7.5天，较上年同期缩短0.4天。', '0.4天', undefined],
      ['基本医疗保障能力持续增强，参保人数达到285.6万人。', '285.6万人', undefined],
      // …nor a place, nor the measure itself
      ['余姚继续保持强劲势头，地区生产总值增长7.1%。', '7.1%', undefined],
      ['出口表现亮眼，增长9.3%。', '9.3%', undefined],
      // a name that says the topic already needs no note
      ['跨境电商保持高速增长，跨境电商进出口增长36.4%。', '36.4%', undefined],
      // a clause with its own place is that place's
      ['东盟继续保持第一大贸易伙伴地位，全市进出口增长8.6%。', '8.6%', undefined],
    ];
    for (const [text, figure, topic] of rows) {
      it(`${text} → ${figure}: ${topic ?? 'none'}`, () => {
        const c = claimsOf(text).find((x) => x.text === figure);
        assert.ok(c !== undefined, `no claim ${figure}`);
        assert.equal(c.topic, topic);
      });
    }
  });

  describe('only a passage that names the topic contradicts the figure', () => {
    const source = '上半年，全市进出口548.21亿元，增长8.6%。东盟继续保持我市第一大贸易伙伴地位，上半年进出口89.64亿元，增长16.2%。';
    // [draft, figure, status, expected fix]
    const rows: [draft: string, figure: string, status: string, expected?: string][] = [
      // the city's 8.6% is no answer to a figure of 跨境电商, which the source does not state
      ['跨境电商保持高速增长，上半年进出口增长36.4%。', '36.4%', 'unverified'],
      ['东盟继续保持第一大贸易伙伴地位，上半年进出口增长16.2%。', '16.2%', 'verified'],
      // a wrong figure of 东盟, against the passage that names it, is still caught
      ['东盟继续保持第一大贸易伙伴地位，上半年进出口增长12.6%。', '12.6%', 'mismatch', '16.2%'],
      // the city's own figure, with no topic, is read as ever
      ['上半年，全市进出口增长6.8%。', '6.8%', 'mismatch', '8.6%'],
    ];
    for (const [draft, figure, status, expected] of rows) {
      it(`${draft} → ${status}${expected ? ` ${expected}` : ''}`, () => {
        const v = verdictOf(check(draft, indexOf(source)), figure);
        assert.equal(v.status, status);
        if (expected) assert.equal(v.expected, expected);
      });
    }
  });
});
