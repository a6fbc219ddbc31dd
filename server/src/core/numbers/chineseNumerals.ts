// Chinese numerals: 一千二百二十点七 → 1220.7, 两万 → 20000, 百分之十五点二's 十五点二 → 15.2.
// The scales 万/亿 multiply everything before them (一千二百亿 = 1.2e11), which is where simple
// libraries go wrong (see docs/dependencies.md).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿点';

/** Parses an integer written in Chinese numerals; NaN when the text is not one. */
export function parseChineseInteger(text: string): number {
  if (!text) return NaN;
  // A plain digit string (二〇二一) reads digit by digit.
  if ([...text].every((ch) => ch in DIGITS) && text.length > 1) {
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastScale = Infinity;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch];
      digit = -1;
    } else if (ch in BIG_UNITS) {
      const scale = BIG_UNITS[ch];
      let value = section + (digit < 0 ? 0 : digit);
      if (value === 0 && total === 0) value = 1; // a bare 万 or 亿
      // 三万亿: a larger scale multiplies everything so far; 一亿二千万: a smaller one adds.
      if (scale > lastScale || lastScale === Infinity) total = (total + value) * scale;
      else total += value * scale;
      lastScale = scale;
      section = 0;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + section + (digit < 0 ? 0 : digit);
}

/** Parses a Chinese numeral with an optional 点 fraction: 十五点二 → 15.2. */
export function parseChineseNumber(text: string): { value: number; decimals: number } {
  const dot = text.indexOf('点');
  if (dot < 0) return { value: parseChineseInteger(text), decimals: 0 };
  const intPart = text.slice(0, dot);
  const fracPart = text.slice(dot + 1);
  const whole = intPart === '' ? 0 : parseChineseInteger(intPart);
  if (!fracPart || ![...fracPart].every((ch) => ch in DIGITS)) return { value: NaN, decimals: 0 };
  const frac = [...fracPart].map((ch) => DIGITS[ch]).join('');
  return { value: Number(`${whole}.${frac}`), decimals: frac.length };
}

const CN_DIGIT_NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes a small non-negative integer as Chinese numerals (for ranks: 第二, 第十二). */
export function formatChineseInteger(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e4) return String(n);
  if (n < 10) return CN_DIGIT_NAMES[n];
  const parts: string[] = [];
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let zero = false;
  let started = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (started) zero = true;
      return;
    }
    if (zero) parts.push('零');
    zero = false;
    // 十二, not 一十二, when the number starts with the tens.
    if (!(d === 1 && units[i] === '十' && !started)) parts.push(CN_DIGIT_NAMES[d]);
    parts.push(units[i]);
    started = true;
  });
  return parts.join('');
}
