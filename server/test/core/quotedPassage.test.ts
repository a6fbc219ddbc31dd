import assert from 'node:assert/strict';
import { check, indexOf, verdictOf } from './helpers';

describe('a rate read against the passage its sentence quotes', () => {
  // The province's local revenue and its total revenue (with the centre's share) both read as
  // 一般公共预算收入: the draft sentence that quotes the total's amount quotes the total's growth.
  const source = '2023年，湖南省地方一般公共预算收入3360.5亿元，完成预算的103.2%，增长8.3%。'
    + '加上上划中央收入，全省一般公共预算收入5186.3亿元，增长6.9%。';

  it('a growth verified elsewhere is wrong against the passage whose amount the sentence quotes', () => {
    const v = verdictOf(check('2023年，湖南省一般公共预算收入为5186.3亿元，增长8.3%。', indexOf(source)), '8.3%');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '6.9%');
  });

  it('the same growth stays verified where the sentence quotes its own passage', () => {
    const v = verdictOf(check('2023年，湖南省地方一般公共预算收入3360.5亿元，增长8.3%。', indexOf(source)), '8.3%');
    assert.equal(v.status, 'verified');
  });

  it('the quoted passage\'s own growth is verified', () => {
    assert.equal(verdictOf(check('2023年，湖南省一般公共预算收入为5186.3亿元，增长6.9%。', indexOf(source)), '6.9%').status, 'verified');
  });
});
