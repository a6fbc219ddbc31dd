import assert from 'node:assert/strict';
import { LineMap } from '../../src/core';
import { isFullWidthDigits, toFullWidth, toHalfWidth } from '../../src/core/text/fullwidth';
import { analyzeDraft } from '../../src/core';
import { claimsOf, lexicon } from './helpers';

describe('UTF-16 spans', () => {
  describe('a claim’s span is exact whatever comes before it: [text, figure]', () => {
    const rows: [string, string][] = [
      ['余姚有效投资增长15.2%。', '15.2%'],
      ['𠮷余姚有效投资增长15.2%。', '15.2%'],
      ['😀😀 余姚有效投资增长15.2%。', '15.2%'],
      ['余姚👍有效投资增长15.2%。', '15.2%'],
      ['余姚有效投资增长１５．２％。', '１５．２％'],
      ['𠮷余姚有效投资增长１５．２％，高于宁波市平均４．８个百分点。', '４．８个百分点'],
      ['余姚地区生产总值１２２０．７亿元。', '１２２０．７亿元'],
      ['\u3000余姚有效投资增长百分之十五点二。', '百分之十五点二'],
      ['余姚有效投资增速居宁波各县（市、区）首位。', '首位'],
      ['第一段\r\n余姚有效投资增长15.2%。', '15.2%'],
    ];
    for (const [text, figure] of rows) {
      it(`${text.replace(/[\r\n]/g, '⏎')} → ${figure}`, () => {
        const c = claimsOf(text).find((x) => x.text === figure);
        assert.ok(c, `no claim ${figure}: ${claimsOf(text).map((x) => x.text).join(' | ')}`);
        assert.equal(c.span.start, text.indexOf(figure));
        assert.equal(c.span.end, text.indexOf(figure) + figure.length);
        assert.equal(text.slice(c.span.start, c.span.end), c.text);
      });
    }
  });

  describe('full-width figures mean what half-width ones mean', () => {
    const rows: [string, string, number][] = [
      ['余姚有效投资增长１５．２％。', '１５．２％', 15.2],
      ['余姚有效投资增长15.2％。', '15.2％', 15.2],
      ['余姚地区生产总值１２２０．７亿元。', '１２２０．７亿元', 1220.7e8],
    ];
    for (const [text, figure, value] of rows) {
      it(`${figure} → ${value}`, () => {
        const c = claimsOf(text).find((x) => x.text === figure);
        assert.ok(c);
        assert.ok(Math.abs(c.quantity.value - value) <= 1e-9 * value);
      });
    }
    it('notation records full-width digits and keeps ％ as written', () => {
      const c = claimsOf('余姚有效投资增长１５．２％。')[0];
      assert.equal(c.quantity.notation.digits, 'fullwidth');
      assert.equal(c.quantity.notation.suffix, '％');
    });
  });

  describe('toHalfWidth keeps length and offsets', () => {
    const rows: [string, string][] = [['１５．２％', '15.2%'], ['（市、区）', '(市、区)'], ['Ａ\u3000Ｂ', 'A B'], ['余姚', '余姚'], ['𠮷１', '𠮷1']];
    for (const [a, b] of rows) {
      it(`${a} → ${b}`, () => {
        assert.equal(toHalfWidth(a), b);
        assert.equal(toHalfWidth(a).length, a.length);
      });
    }
    it('toFullWidth writes digits, dot and %', () => assert.equal(toFullWidth('15.2%'), '１５．２％'));
    it('isFullWidthDigits', () => {
      assert.equal(isFullWidthDigits('增长１５．２％', 2, 7), true);
      assert.equal(isFullWidthDigits('增长15.2%', 2, 7), false);
    });
  });

  describe('analyzeDraft highlight tokens never overlap and stay in the text', () => {
    it('tokens are sorted and disjoint', () => {
      const text = '# 余姚\n\n今年1-7月，余姚有效投资同比增长15.2%，高于宁波市平均4.8个百分点，增速居宁波各县(市、区)首位。';
      const a = analyzeDraft(text, { lexicon });
      let last = 0;
      for (const t of a.tokens) {
        assert.ok(t.span.start >= last && t.span.end > t.span.start && t.span.end <= text.length);
        last = t.span.end;
      }
      assert.ok(a.tokens.some((t) => t.kind === 'figure'));
      assert.ok(a.tokens.some((t) => t.kind === 'rank'));
    });
  });
});

describe('LineMap', () => {
  describe('positionAt: [text, offset, line, character]', () => {
    const rows: [string, number, number, number][] = [
      ['abc', 0, 0, 0],
      ['abc', 3, 0, 3],
      ['ab\ncd', 3, 1, 0],
      ['ab\ncd', 2, 0, 2],
      ['ab\r\ncd', 4, 1, 0],
      ['ab\rcd', 3, 1, 0],
      ['𠮷x\ny', 2, 0, 2], // 𠮷 is two UTF-16 units
      ['😀\n😀增长', 5, 1, 2],
      ['a\n\nb', 3, 2, 0],
      ['abc', 99, 0, 3], // clamped
      ['abc', -5, 0, 0],
    ];
    for (const [text, offset, line, character] of rows) {
      it(`${JSON.stringify(text)} @${offset} → ${line}:${character}`, () => assert.deepEqual(new LineMap(text).positionAt(offset), { line, character }));
    }
  });

  it('offsetAt inverts positionAt for every offset', () => {
    const text = '第一行𠮷\r\n第二行😀增长15.2%\n\n最后';
    const m = new LineMap(text);
    for (let o = 0; o <= text.length; o++) {
      const p = m.positionAt(o);
      // offsets inside a CRLF pair map to the line end, so compare positions
      assert.deepEqual(m.positionAt(m.offsetAt(p)), p, `offset ${o}`);
    }
  });

  it('lineCount and lineText', () => {
    const m = new LineMap('a\r\nbb\ncc\rd');
    assert.equal(m.lineCount, 4);
    assert.deepEqual([0, 1, 2, 3].map((l) => m.lineText(l)), ['a', 'bb', 'cc', 'd']);
  });

  // LSP: a character past the end of the line defaults back to the line length (before the line break).
  it('offsetAt clamps the character to the line', () => {
    const m = new LineMap('ab\ncd');
    assert.equal(m.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(new LineMap('ab\r\ncd').offsetAt({ line: 0, character: 3 }), 2);
    assert.equal(m.offsetAt({ line: 9, character: 0 }), 5);
  });
});
