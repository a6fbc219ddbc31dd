// The source's figure written the way the draft wrote its own: 第二 stays Chinese, 第2位 Arabic,
// ６．７％ full-width, 亿元 stays 亿元 (2150万美元 in a source becomes 0.215亿美元 in a 亿美元 draft).
import type { Claim } from '../types';
import { formatChineseInteger } from '../numbers/chineseNumerals';
import { toFullWidth } from '../text/fullwidth';

const CN_DIGITS = '零一二三四五六七八九';

function chineseDecimal(n: number, decimals: number): string {
  const [int, frac] = n.toFixed(decimals).split('.');
  const head = formatChineseInteger(Number(int));
  return frac ? `${head}点${[...frac].map((d) => CN_DIGITS[Number(d)]).join('')}` : head;
}

function scaleOf(claim: Claim): number {
  const suffix = claim.quantity.notation.suffix || (claim.quantity.notation.impliedSuffix ?? '');
  if (/^[余多]?万亿/.test(suffix)) return 1e12;
  if (/^[余多]?亿/.test(suffix)) return 1e8;
  if (/^[余多]?千万/.test(suffix)) return 1e7;
  if (/^[余多]?百万/.test(suffix)) return 1e6;
  if (/^[余多]?万/.test(suffix)) return 1e4;
  if (/^[余多]?千(?!米|克|瓦)/.test(suffix)) return 1e3;
  return 1;
}

function decimalsFor(fact: Claim, scale: number): number {
  const factScale = scaleOf(fact);
  const shift = Math.round(Math.log10(factScale / scale));
  return Math.max(0, Math.min(8, fact.quantity.notation.decimals - shift));
}

export function formatExpected(claim: Claim, fact: Claim): string {
  const n = claim.quantity.notation;
  if (claim.measure === 'rank') {
    const r = fact.quantity.value;
    if (claim.topN) return n.digits === 'chinese' ? `前${formatChineseInteger(r)}${n.suffix}` : `前${r}${n.suffix}`;
    const digits = n.digits === 'chinese' ? formatChineseInteger(r) : n.digits === 'fullwidth' ? toFullWidth(String(r)) : String(r);
    // 第一、二位: the second rank is written without its 第, and stays so.
    if (n.prefix === '' && /^(位|名)?$/.test(n.suffix)) return `${digits}${n.suffix}`;
    if (n.prefix !== '第') return `第${formatChineseInteger(r)}位`; // 首位/榜首 → 第二位
    return `第${digits}${n.suffix}`;
  }
  // 七成: tenths stay tenths, rounded (72.3% → 七成; two tenths are 两成).
  if (n.suffix === '成') {
    const tenths = Math.round(Math.abs(fact.quantity.value) / 10);
    return `${n.prefix}${tenths === 2 ? '两' : formatChineseInteger(tenths)}成`;
  }
  const scale = claim.measure === 'value' ? scaleOf(claim) : 1;
  const decimals = decimalsFor(fact, scale);
  // A draft that says 下降1.7% carries the sign in the word; the figure is the magnitude.
  const signInWord = !claim.text.trim().startsWith('-') && !claim.text.trim().startsWith('－');
  let value = fact.quantity.value / scale;
  if (signInWord && (claim.quantity.value < 0) === (fact.quantity.value < 0)) value = Math.abs(value);
  let body: string;
  if (n.digits === 'chinese') body = chineseDecimal(Math.abs(value), decimals);
  else {
    body = value.toFixed(decimals);
    // 2150万美元 in a 亿美元 draft is 0.215, not 0.2150: moving the scale adds no precision.
    if (decimals > fact.quantity.notation.decimals && body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
    if (n.grouped) body = body.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    if (n.digits === 'fullwidth') body = toFullWidth(body);
  }
  return `${n.prefix}${body}${n.suffix}`;
}
