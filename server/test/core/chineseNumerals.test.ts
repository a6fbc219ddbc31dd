import assert from 'node:assert/strict';
import { formatChineseInteger, parseChineseInteger, parseChineseNumber } from '../../src/core/numbers/chineseNumerals';

describe('Chinese numerals', () => {
  describe('parseChineseNumber reads', () => {
    const rows: [string, number, number][] = [
      // text, value, decimals written
      ['一', 1, 0],
      ['十', 10, 0],
      ['十五', 15, 0],
      ['二十', 20, 0],
      ['一百零五', 105, 0],
      ['一千二百二十点七', 1220.7, 1],
      ['十五点二', 15.2, 1],
      ['四点八', 4.8, 1],
      ['零点五', 0.5, 1],
      ['三点六一', 3.61, 2],
      ['两万', 20000, 0],
      ['两千', 2000, 0],
      ['两百', 200, 0],
      ['三万五千', 35000, 0],
      ['一万零五百', 10500, 0],
      ['一千二百亿', 1.2e11, 0],
      ['一亿二千万', 1.2e8, 0],
      ['三万亿', 3e12, 0],
      ['十二万', 120000, 0],
      ['一百二十万', 1200000, 0],
      ['二〇二一', 2021, 0],
      ['一〇', 10, 0],
      ['万', 10000, 0],
      ['亿', 1e8, 0],
    ];
    for (const [text, value, decimals] of rows) {
      it(`${text} → ${value}`, () => {
        const got = parseChineseNumber(text);
        assert.ok(Math.abs(got.value - value) < 1e-9 * Math.max(1, value), `${text}: got ${got.value}`);
        assert.equal(got.decimals, decimals);
      });
    }
  });

  describe('rejects text that is not a numeral', () => {
    const rows: string[] = ['', '点', '五点', '十五点二点三', '一二三abc', '百分'];
    for (const text of rows) {
      it(`“${text}” → NaN`, () => assert.ok(Number.isNaN(parseChineseNumber(text).value)));
    }
  });

  describe('parseChineseInteger', () => {
    const rows: [string, number][] = [['一', 1], ['二', 2], ['两', 2], ['十', 10], ['十一', 11], ['二十一', 21], ['一百', 100], ['〇', 0]];
    for (const [text, n] of rows) it(`${text} → ${n}`, () => assert.equal(parseChineseInteger(text), n));
  });

  describe('formatChineseInteger writes', () => {
    const rows: [number, string][] = [
      [1, '一'], [2, '二'], [9, '九'], [10, '十'], [12, '十二'], [20, '二十'], [21, '二十一'], [100, '一百'], [105, '一百零五'], [110, '一百一十'], [2007, '二千零七'],
    ];
    for (const [n, text] of rows) it(`${n} → ${text}`, () => assert.equal(formatChineseInteger(n), text));
    it('round-trips 0…999', () => {
      for (let n = 0; n < 1000; n++) assert.equal(parseChineseInteger(formatChineseInteger(n)), n, String(n));
    });
  });
});
