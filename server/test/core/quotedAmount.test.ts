import assert from 'node:assert/strict';
import { significantDigits } from '../../src/core/check/quotedAmount';
import { check, indexOf, verdictOf } from './helpers';

describe('an amount quoted to the digit', () => {
  describe('significant digits of a figure as written: [figure, digits]', () => {
    const rows: [string, number][] = [
      ['763.15万平方米', 5],
      ['5952.3亿千瓦时', 5],
      ['318个', 3],
      ['1500元', 2],
      ['4620套', 3],
      ['0.50%', 2],
      ['１１７２６万千瓦', 5],
      ['12,345家', 5],
      ['两万人', 0],
    ];
    for (const [figure, digits] of rows) it(`${figure} → ${digits}`, () => assert.equal(significantDigits(figure), digits));
  });

  it('the index finds amounts by number across documents, and forgets a document re-read or removed', () => {
    const index = indexOf(
      { path: 'a.txt', text: '2023年，全省火电发电量5952.3亿千瓦时，增长8.6%。' },
      { path: 'b.txt', text: '2023年，全省风电发电量1236.1亿千瓦时。' },
    );
    const names = (lo: number, hi: number) => index.amountsWithin(lo, hi).map((id) => index.fact(id).indicator.name);
    assert.deepEqual(names(5952.3e8, 5952.3e8), ['火电发电量']);
    assert.deepEqual(names(1000e8, 6000e8).sort(), ['火电发电量', '风电发电量'].sort());
    index.addDocument({ path: 'a.txt', text: '2023年，全省火电发电量5900.0亿千瓦时。' });
    assert.deepEqual(names(5952.3e8, 5952.3e8), []);
    index.removePath('b.txt');
    assert.deepEqual(names(1000e8, 6000e8), ['火电发电量']);
  });

  it('two places stating the same number under two names of one quantity: only the draft\'s place is quoted', () => {
    const index = indexOf('# 2023年两市能源统计\n\n2023年，包头市火电5952.3亿千瓦时，增长8.6%。鄂尔多斯市风光发电312.6亿千瓦时，增长46.2%。');
    assert.equal(verdictOf(check('2023年，包头市火电发电5952.3亿千瓦时，增长6.8%。', index), '6.8%').status, 'mismatch');
    assert.equal(verdictOf(check('2023年，鄂尔多斯市火电发电5952.3亿千瓦时。', index), '5952.3亿千瓦时').status, 'unverified');
  });

  describe('a kind the draft\'s sentence names before another form of the name: [draft, figure, status]', () => {
    const index = indexOf('# 金华海关2024年前三季度进出口情况\n\n前三季度，全市货物贸易进出口6012.8亿元，同比增长13.6%。其中，民营企业进出口5627.3亿元，增长14.9%，占全市外贸总值的93.6%。');
    const rows: [string, string, string][] = [
      ['民营企业主力军作用进一步凸显，前三季度进出口5627.3亿元。', '5627.3亿元', 'verified'],
      // the kind unsaid: the whole's figure is another
      ['外贸稳中向好，前三季度全市进出口5627.3亿元。', '5627.3亿元', 'mismatch'],
      ['前三季度全市进出口6012.8亿元，民营企业功不可没。', '6012.8亿元', 'verified'],
    ];
    for (const [draft, figure, status] of rows) it(`${draft} ${figure} → ${status}`, () => assert.equal(verdictOf(check(draft, index), figure).status, status));
  });
});
