// A draft amount no source states under the draft's name, which a source states to the last digit
// under a longer or shorter form of that name, of the same place and period: the writer quoted that
// fact (社融增量2.63万亿元 from 社会融资规模增量2.63万亿元, 火电发电5952.3亿千瓦时 from 火电5952.3亿千瓦时).
// Three significant digits or more: 500家 or 1.5万人 may be anyone's figure.
import type { Claim, Fact } from '../types';
import { otherQuantities, type ReferenceIndex } from '../reference/referenceIndex';
import { compatibility } from '../match/compatibility';
import type { Lexicon } from '../lexicon/lexicon';

const MIN_DIGITS = 3;
/** The fewest characters of a qualifier the draft's sentence must say (民营, 外资). */
const MIN_QUALIFIER = 2;

/** The fact a draft amount was quoted from, when exactly one indicator of the sources fits. */
export function quotedAmount(claim: Claim, index: ReferenceIndex, sentence = ''): Fact | undefined {
  const q = claim.quantity;
  const name = claim.indicator.name;
  if (claim.measure !== 'value' || q.approx || name.length < 2 || significantDigits(claim.text) < MIN_DIGITS) return undefined;
  const eps = 1e-9 * Math.max(1, Math.abs(q.value));
  const quoted: Fact[] = [];
  for (const id of index.amountsWithin(q.value - q.tolerance - eps, q.value + q.tolerance + eps)) {
    const fact = index.fact(id);
    if (fact.quantity.approx || fact.quantity.unit !== q.unit) continue;
    if (!namesOneQuantity(claim, fact) && !qualifiedInSentence(claim.indicator.name, fact.indicator.name, sentence, index.lexicon)) continue;
    if (compatibility(claim, fact) === 'conflict') continue;
    quoted.push(fact);
  }
  if (!quoted.length || quoted.some((f) => f.indicator.name !== quoted[0].indicator.name)) return undefined;
  // A source that states another figure under the draft's own name (or one close to it) says what the
  // draft's name means: 开工面积 is the 房屋新开工面积, not the 住宅新开工面积 it happens to equal.
  // (Only a name as close to the draft's as the quoted one: 医疗保险基金收入 is quoted from 医疗保险基金总收入
  // whatever 职工医疗保险基金收入 says. And only a figure of the same order: a group's 全年缴存1.62亿元 is no
  // reading of the city's 缴存651.28亿元.)
  const distance = (f: Fact) => Math.abs(f.indicator.name.length - name.length);
  const reach = distance(quoted[0]);
  // (两项补贴覆盖面继续扩大，…发放补贴资金3.52亿元 from 发放两项补贴资金3.52亿元: the words the draft's name
  // left out are in its sentence, so the quoted name is the one meant, whatever 发放补贴资金 says elsewhere.)
  const leftOut = wordsLeftOut(name, quoted[0].indicator.name);
  if (leftOut.length >= 2 && sentence.includes(leftOut)) return quoted[0];
  // (民营企业主力军作用进一步凸显，前三季度进出口5627.3亿元 from 民营企业进出口5627.3亿元: so are the words before
  // another form of the draft's name.)
  if (qualifiedInSentence(name, quoted[0].indicator.name, sentence, index.lexicon)) return quoted[0];
  const own = [...index.candidates(claim), ...index.related(claim)];
  if (own.some((f) => f.quantity.unit === q.unit && distance(f) <= reach && sameOrder(f.quantity.value, q.value) && compatibility(claim, f) !== 'conflict' && Math.abs(f.quantity.value - q.value) > q.tolerance + eps)) return undefined;
  return quoted[0];
}

/** The one run of characters `long` has that `short` lacks (发放补贴资金 / 发放两项补贴资金 → 两项), or ''. */
function wordsLeftOut(short: string, long: string): string {
  if (long.length <= short.length) return '';
  let head = 0;
  while (head < short.length && short[head] === long[head]) head++;
  const run = long.slice(head, head + long.length - short.length);
  return long.slice(0, head) + long.slice(head + run.length) === short ? run : '';
}

/** The fact's name is words the draft's sentence says, then a form of the draft's name (民营企业 + 进出口,
 * where the draft's 进出口 reads as 进出口总额). */
function qualifiedInSentence(name: string, factName: string, sentence: string, lexicon: Lexicon): boolean {
  for (let k = MIN_QUALIFIER; k <= factName.length - 2; k++) {
    if (!sentence.includes(factName.slice(0, k))) return false;
    if (lexicon.canonicalIndicator(factName.slice(k)).name === name) return true;
  }
  return false;
}

/** Within a factor of five: a part or a miscopy, not another population's figure. */
function sameOrder(a: number, b: number): boolean {
  const [low, high] = [Math.abs(a), Math.abs(b)].sort((x, y) => x - y);
  return high <= 5 * low;
}

/** One name is the other with words left out (社融增量 / 社会融资规模增量, 开工面积 / 房屋新开工面积), and the
 * lexicon does not know them as two indicators. */
function namesOneQuantity(claim: Claim, fact: Fact): boolean {
  const a = claim.indicator;
  const b = fact.indicator;
  if (a.name === b.name || (a.known && b.known) || otherQuantities(a.name, b.name)) return false;
  return a.name.length <= b.name.length ? isSubsequence(a.name, b.name) : isSubsequence(b.name, a.name);
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Significant digits of the number a figure is written with (763.15万 → 5, 1500 → 2, 两万 → 0). */
export function significantDigits(text: string): number {
  const m = /^[0-9０-９][0-9０-９,，.．]*/.exec(text);
  if (!m) return 0;
  const digits = m[0].replace(/[,，]/g, '');
  const [whole, fraction = ''] = digits.split(/[.．]/);
  const all = (whole + fraction).replace(/^[0０]+/, '');
  return fraction ? all.length : all.replace(/[0０]+$/, '').length;
}
