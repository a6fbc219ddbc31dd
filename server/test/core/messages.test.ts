import assert from 'node:assert/strict';
import { formatFinding, formatProblem, label, type Finding, type FindingCode } from '../../src/core';

function finding(code: FindingCode, args: Record<string, string>): Finding {
  return { code, severity: 'warning', span: { start: 0, end: 1 }, args, actual: args.actual ?? '', evidence: [] };
}

describe('messages', () => {
  const args = { actual: '16.2%', expected: '15.2%', source: '宁波日报', indicator: '有效投资', candidates: '15.2%、15.3%', a: '10.4%', b: '15.2%', ranks: '3', items: '2', checked: '1000' };
  const codes: FindingCode[] = [
    'value-mismatch', 'growth-mismatch', 'share-mismatch', 'diff-mismatch', 'rank-mismatch', 'unit-mismatch', 'ambiguous', 'unverified',
    'diff-inconsistent', 'share-over-100', 'distributive-count', 'not-fully-checked',
  ];
  describe('every finding code has a Chinese and an English message with its arguments filled in', () => {
    for (const code of codes) {
      it(code, () => {
        const zh = formatFinding(finding(code, args), 'zh');
        const en = formatFinding(finding(code, args), 'en');
        assert.ok(/[\u4e00-\u9fff]/.test(zh), zh);
        assert.ok(/^[\x20-\x7e“”\u4e00-\u9fff%、0-9.]+$/.test(en) && /[a-z]{3,}/i.test(en), en);
        assert.ok(!/\{\w+\}/.test(zh) && !/\{\w+\}/.test(en), `unfilled placeholder: ${zh} / ${en}`);
        assert.notEqual(zh, en);
      });
    }
  });

  describe('[code, language, message]', () => {
    const rows: [FindingCode, 'zh' | 'en', string][] = [
      ['growth-mismatch', 'zh', '增速与来源不符：来源为 15.2%（宁波日报）'],
      ['growth-mismatch', 'en', 'Growth rate differs from the source: 15.2% in 宁波日报'],
      ['value-mismatch', 'en', 'Figure differs from the source: 15.2% in 宁波日报'],
    ];
    for (const [code, lang, text] of rows) it(`${code} ${lang}`, () => assert.equal(formatFinding(finding(code, args), lang), text));
    it('mismatch messages name the expected figure and the source', () => {
      for (const code of codes.filter((c) => c.endsWith('-mismatch'))) {
        for (const lang of ['zh', 'en'] as const) {
          const m = formatFinding(finding(code, args), lang);
          assert.ok(m.includes('15.2%') && m.includes('宁波日报'), m);
        }
      }
    });
  });

  describe('input problems', () => {
    const rows: [string, Record<string, string>][] = [
      ['missing', {}], ['binary', {}], ['encoding', { detail: 'GBK' }], ['too-large', { size: '70 MB', limit: '64 MB' }], ['csv', { detail: 'quote' }],
    ];
    for (const [kind, extra] of rows) {
      it(kind, () => {
        const p = { path: 'sources/a.txt', line: 3, severity: 'warning' as const, kind, args: extra };
        const zh = formatProblem(p, 'zh');
        const en = formatProblem(p, 'en');
        assert.ok(zh.includes('sources/a.txt') && en.includes('sources/a.txt'));
        assert.ok(!/\{\w+\}/.test(zh + en));
      });
    }
    it('an unknown kind still names the path', () => assert.ok(formatProblem({ path: 'x.txt', severity: 'error', kind: 'whatever', args: { detail: 'd' } }, 'en').includes('x.txt')));
  });

  it('labels', () => {
    assert.equal(label('verified', 'zh'), '已核对');
    assert.equal(label('verified', 'en'), 'verified');
    assert.equal(label('fixTitle', 'en', { expected: '15.2%', source: 'S' }), 'Change to 15.2% (source: S)');
    assert.equal(label('no-such-key', 'en'), 'no-such-key');
  });
});
