import assert from 'node:assert/strict';
import { isSuppressed, suppressedSpans } from '../../src/core/check/suppression';
import { check, indexOf } from './helpers';

const SOURCE = '余姚投资\n2022年8月20日\n\n今年1-7月，余姚有效投资同比增长15.2%。';

describe('suppression comments', () => {
  const index = indexOf(SOURCE);
  const wrong = '今年1-7月，余姚有效投资同比增长16.2%。';

  const rows: [string, string, number][] = [
    ['no comment', `${wrong}\n`, 1],
    ['disable-next-line', `<!-- hedui-disable-next-line -->\n${wrong}\n`, 0],
    ['disable-next-line with a reason', `<!-- hedui-disable-next-line 口径不同，已与统计局确认 -->\n${wrong}\n`, 0],
    ['disable-next-line covers only the next line', `<!-- hedui-disable-next-line -->\n\n${wrong}\n`, 1],
    ['disable … enable block', `<!-- hedui-disable -->\n${wrong}\n${wrong}\n<!-- hedui-enable -->\n`, 0],
    ['after enable the checks are back', `<!-- hedui-disable -->\n${wrong}\n<!-- hedui-enable -->\n${wrong}\n`, 1],
    ['disable without enable runs to the end', `正文。\n<!-- hedui-disable -->\n${wrong}\n\n${wrong}`, 0],
    ['an unknown directive does nothing', `<!-- hedui-nonsense -->\n${wrong}\n`, 1],
    ['a plain comment does nothing', `<!-- 备注 -->\n${wrong}\n`, 1],
  ];
  for (const [title, draft, count] of rows) {
    it(`${title} → ${count} finding(s)`, () => assert.equal(check(draft, index).findings.length, count));
  }

  it('suppressed figures still get a verdict (claims are listed, only findings are silenced)', () => {
    const r = check(`<!-- hedui-disable-next-line -->\n${wrong}\n`, index);
    assert.equal(r.findings.length, 0);
    assert.equal(r.verdicts.find((v) => v.claim.text === '16.2%')?.status, 'mismatch');
  });

  it('suppressedSpans and isSuppressed', () => {
    const text = 'a\n<!-- hedui-disable-next-line -->\nbcd\ne';
    const spans = suppressedSpans(text);
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['bcd']);
    assert.equal(isSuppressed({ start: spans[0].start + 1, end: spans[0].start + 2 }, spans), true);
    assert.equal(isSuppressed({ start: 0, end: 1 }, spans), false);
  });
});
