// Whether a fact can speak about a claim at all: same measure, unit, region, period, scope, target.
// 'conflict' rules a fact out; 'unknown' (one side does not say) lets it verify but not contradict.
// Runs for every candidate of every claim: early returns, no allocation.
import type { Claim, Period, Quantity } from '../types';
import { SELF_REFERENCES } from '../lexicon/regionLexicon';
import { isZoneName } from '../lexicon/lexicon';
import { parseChineseInteger } from '../numbers/chineseNumerals';
import { ANY_PARTS, isPartsField, NATION_FIELD, PROVINCES_FIELD, PUBLISHED_BY } from '../claims/rankScope';

export type Compatibility = 'same' | 'unknown' | 'conflict';

const SUB_PLACE = /(镇|街道|乡)$/;

/** 全市, 本区, 该县 left as written (the extractor keeps the word when it cannot resolve it): the text
 * never said which place it is. */
const UNRESOLVED_SELF: ReadonlySet<string> = new Set(SELF_REFERENCES);

/**
 * Region: equal, or one side silent. A town against a county is one place at two levels only where
 * the claim took its region from an earlier sentence (去年，山下湖珍珠产业… after a paragraph on 山下湖镇 may be
 * the city's figure); a town named in the sentence (瓜沥镇规上工业增加值增长9.4%) is never its district.
 */
export function regionCompatibility(a: string | undefined, b: string | undefined, inferred = true): Compatibility {
  if (!a || !b) return 'unknown';
  if (a === b) return 'same';
  if (UNRESOLVED_SELF.has(a) || UNRESOLVED_SELF.has(b)) return 'unknown';
  // 金普新区 = 大连金普新区: a zone named with or without its city.
  if (isZoneName(a) && isZoneName(b) && (a.length > b.length ? a.endsWith(b) && b.length >= 4 : b.endsWith(a) && a.length >= 4)) return 'same';
  // 六市 (a group a source counted without naming) may be the six places a draft lists.
  if (countedAs(a, b) || countedAs(b, a)) return 'unknown';
  return inferred && SUB_PLACE.test(a) !== SUB_PLACE.test(b) ? 'unknown' : 'conflict';
}

/** A group counted as written (六市, 3个县（市）). */
const COUNTED_GROUP = /^([两二三四五六七八九十]|[0-9]{1,2})个?(?:县\(市、区\)|县\(市\)|县市区|区县市|县市|县区|区县|市|县|区|地|城)$/;

/** Whether `group` counts as many places as `list` names (六市 and 昆山市、…、宜兴市). */
function countedAs(group: string, list: string): boolean {
  if (!list.includes('、')) return false;
  const m = COUNTED_GROUP.exec(group);
  if (!m) return false;
  const n = /^[0-9]+$/.test(m[1]) ? Number(m[1]) : m[1] === '两' ? 2 : parseChineseInteger(m[1]);
  let places = 1;
  for (let i = list.indexOf('、'); i >= 0; i = list.indexOf('、', i + 1)) places++;
  return places === n;
}

/** Year: a relative year (Y0) against an absolute one (2021) cannot be told apart without a date; a
 * disagreement on a year one side only guessed (from a heading) is a doubt, not a conflict. */
export function yearCompatibility(a: string, aInferred: boolean | undefined, b: string, bInferred: boolean | undefined): Compatibility {
  if (!a || !b) return 'unknown';
  if (a === b) return 'same';
  // 五年来 (a span, 2020-2024 or Y-5..Y-1) is never one year, however either is anchored.
  if (isSpan(a) !== isSpan(b)) return aInferred || bInferred ? 'unknown' : 'conflict';
  if ((a[0] === 'Y') !== (b[0] === 'Y')) return 'unknown';
  return aInferred || bInferred ? 'unknown' : 'conflict';
}

function isSpan(year: string): boolean {
  return year.includes('..') || year.length > 4 && year.charAt(4) === '-';
}

export function periodCompatibility(a: Period | undefined, b: Period | undefined): Compatibility {
  if (!a || !b) return 'unknown';
  const year = yearCompatibility(a.year, a.yearInferred, b.year, b.yearInferred);
  if (year === 'conflict') return 'conflict';
  let part: Compatibility = a.part === b.part ? 'same' : !a.part || !b.part ? 'unknown' : 'conflict';
  // (Two holidays are two periods however either was found: a 五一 report's figures are not 春节's.)
  if (part === 'conflict' && (a.partInferred || b.partInferred) && !(a.part.startsWith('H:') && b.part.startsWith('H:'))) {
    // (A guessed year or a guessed part alone may be wrong; two guesses that both miss are another period:
    // a 2023年公报's sentence, read as 2023's whole year, is no 2024年前三季度 figure.)
    if (year === 'unknown' && a.year && b.year && (a.year[0] === 'Y') === (b.year[0] === 'Y') && !isSpan(a.year) && !isSpan(b.year)) return 'conflict';
    part = 'unknown';
  }
  if (part === 'conflict') return 'conflict';
  return year === 'same' && part === 'same' ? 'same' : 'unknown';
}

function fieldCompatibility(a: string | undefined, b: string | undefined): Compatibility {
  if (!a || !b) return 'unknown';
  return a === b ? 'same' : 'conflict';
}

/** A self reference (全市) left as written where the text did not say which place it was. */
const UNRESOLVED_HEAD = /^(?:全|本|该|我)([省市区县])$/;

/**
 * Rank fields compare as written once normalised; the same field under a head one side could not resolve
 * (全市各区县 in a text whose city is unknown, against 济南市各区县, or 各区县 alone) may be the same.
 */
function scopeCompatibility(a: string | undefined, b: string | undefined): Compatibility {
  // 百强县@赛迪 and 百强县@中郡 are two lists; a list whose publisher one side does not name is the other's.
  if (a?.includes(PUBLISHED_BY) || b?.includes(PUBLISHED_BY)) {
    const [fieldA, byA] = (a ?? '').split(PUBLISHED_BY);
    const [fieldB, byB] = (b ?? '').split(PUBLISHED_BY);
    if (byA && byB && byA !== byB) return 'conflict';
    return scopeCompatibility(a === undefined ? a : fieldA, b === undefined ? b : fieldB);
  }
  const c = fieldCompatibility(a, b);
  if (c !== 'conflict' || !a || !b) return c;
  // 居全国第三 of a place a source did not name may be the provinces' field (省区市) a named province's is.
  if ((a === NATION_FIELD && b === PROVINCES_FIELD) || (b === NATION_FIELD && a === PROVINCES_FIELD)) return 'unknown';
  const [headA, fieldA] = scopeParts(a);
  const [headB, fieldB] = scopeParts(b);
  // 居全市首位 said of a district is first among the city's parts, however a source names them.
  const anyParts = (fieldA === ANY_PARTS && isPartsField(fieldB)) || (fieldB === ANY_PARTS && isPartsField(fieldA));
  if (!anyParts && (!fieldA || fieldA !== fieldB)) return 'conflict';
  if (headA === headB) return 'same';
  const kindA = UNRESOLVED_HEAD.exec(headA)?.[1];
  const kindB = UNRESOLVED_HEAD.exec(headB)?.[1];
  // An unresolved 全市 may be any city, not a province; no head at all may be any place.
  const fits = (kind: string | undefined, other: string) => kind !== undefined && !UNRESOLVED_HEAD.test(other) && other.endsWith(kind);
  return !headA || !headB || fits(kindA, headB) || fits(kindB, headA) ? 'unknown' : 'conflict';
}

function scopeParts(scope: string): [head: string, field: string] {
  const bar = scope.indexOf('|');
  return bar < 0 ? ['', scope] : [scope.slice(0, bar), scope.slice(bar + 1)];
}

export function compatibility(claim: Claim, fact: Claim): Compatibility {
  const fields = fieldsCompatibility(claim, fact.measure, fact.target, fact.phase, fact.topN, fact.scope, fact.basis, fact.quantity.unit);
  if (fields === 'conflict') return 'conflict';
  const region = regionCompatibility(claim.region, fact.region, claim.regionInferred === true);
  if (region === 'conflict') return 'conflict';
  const period = periodCompatibility(claim.period, fact.period);
  if (period === 'conflict') return 'conflict';
  return fields === 'unknown' || region === 'unknown' || period === 'unknown' ? 'unknown' : 'same';
}

/** compatibility() without region and period (what the index groups facts by). Positional, so that the
 * index can call it with the fields of a group of facts without making one. */
/** R:全市 (unresolved) against R:佛山市: a base of the same kind written without its name. */
function unresolvedBaseOf(unresolved: string, named: string): boolean {
  // 回落2.5个百分点 (P:, over some earlier period) against 比1—5月回落 (P:M1-5): may be the same.
  if (unresolved === 'P:') return named.startsWith('P:');
  const m = /^R:全([省市区县])$/.exec(unresolved);
  return m !== null && named.startsWith('R:') && named.endsWith(m[1]) && !/^R:全/.test(named);
}

/** The base of a change over the year before (比上年). */
const LAST_YEAR = 'P:Y-1';

export function fieldsCompatibility(
  claim: Claim, measure: Claim['measure'], target: boolean, phase: Claim['phase'], topN: boolean | undefined,
  scope: string | undefined, basis: Claim['basis'], unit: string,
): Compatibility {
  if (claim.measure !== measure) return 'conflict';
  if (claim.target !== target) return 'conflict';
  if ((claim.phase === 'from') !== (phase === 'from')) return 'conflict';
  if ((claim.phase === 'change') !== (phase === 'change')) return 'conflict';
  let unknown = false;
  // A growth over 2019 (B:2019) is not the growth over the year before.
  if (claim.measure === 'growth' && (claim.scope?.startsWith('B:') || scope?.startsWith('B:')) && claim.scope !== scope) return 'conflict';
  // A difference against another base (高于全省 / 比上半年) is another figure; one side silent may be
  // either (比上年末提高0.48个百分点 beside 高于全国约8.9个百分点): read in context. So is a change of a level
  // (比常年偏高0.9℃, 比全省平均水平高出0.4岁), but one with no base said is over the year before (增加了0.45平方米
  // against 比上年提高0.36岁).
  const levelChange = claim.measure === 'value' && claim.phase === 'change';
  if (claim.measure === 'diff' || levelChange) {
    const [a, b] = levelChange ? [claim.scope ?? LAST_YEAR, scope ?? LAST_YEAR] : [claim.scope, scope];
    // 高于全市 where the text did not say which city, against 高于佛山市: may be the same base.
    if (a !== b && a && b && !unresolvedBaseOf(a, b) && !unresolvedBaseOf(b, a)) return 'conflict';
    if (a !== b) unknown = true;
  }
  if (claim.measure === 'rank') {
    if (Boolean(claim.topN) !== Boolean(topN)) return 'conflict';
    const s = scopeCompatibility(claim.scope, scope);
    if (s === 'conflict') return 'conflict';
    const b = fieldCompatibility(claim.basis, basis);
    if (b === 'conflict') return 'conflict';
    unknown = s === 'unknown' || b === 'unknown';
  }
  const ua = claim.quantity.unit;
  if (ua !== unit) {
    if (ua && unit && !perUnitDropped(ua, unit)) return 'conflict';
    unknown = true;
  }
  return unknown ? 'unknown' : 'same';
}

/** 均价6087元 against 6087元/平方米: one unit is the other rate's with its per-unit left unsaid. */
export function perUnitDropped(a: string, b: string): boolean {
  return (b.startsWith(a) && b.charAt(a.length) === '/') || (a.startsWith(b) && a.charAt(b.length) === '/');
}

/** Whether figures in these units compare: the same unit, or a rate's with its per-unit left unsaid. */
export function comparableUnits(a: string, b: string): boolean {
  return a === b || perUnitDropped(a, b);
}

/** Equal at the precision the draft was written to (1220.7 = 1220.67), approximations respected. */
export function sameValue(claim: Claim, fact: Claim): boolean {
  return sameValueOf(claim, fact.quantity.value, fact.quantity.tolerance, fact.quantity.approx);
}

/** The place of a figure's last significant digit: 0.1万 for 6.9万, 1000亿 for 1000亿, 1亿 for 1220亿. */
function lastDigitUnit(q: Quantity): number {
  const unit = 2 * q.tolerance;
  if (!(unit > 0)) return Math.abs(q.value);
  let steps = Math.round(Math.abs(q.value) / unit);
  let place = unit;
  while (steps >= 10 && steps % 10 === 0) {
    steps /= 10;
    place *= 10;
  }
  return place;
}

/** sameValue() against a fact's value, tolerance and approximation. */
export function sameValueOf(claim: Claim, value: number, tolerance: number, approx: Quantity['approx']): boolean {
  const a = claim.quantity;
  if (claim.measure === 'rank') return a.value === value;
  const eps = 1e-9 * Math.max(1, Math.abs(a.value));
  const tol = Math.max(a.tolerance, tolerance) + eps;
  const d = value - a.value;
  if (!a.approx && !approx) {
    // Compared at the draft's precision: 1220.7 is 1220.67, but 3.5% is not a source's 3%. A rate
    // halfway between (7% for a source's 6.5%) is another figure: writers round rates to their tenths.
    if (a.unit === '%' && tolerance < a.tolerance) return Math.abs(d) < a.tolerance - eps;
    // (A source's 一成, 七成 is a share in tenths: it confirms the draft's 9.4% within its rounding.)
    if (a.unit === '%' && tolerance >= 5) return Math.abs(d) <= tolerance + eps;
    return Math.abs(d) <= a.tolerance + eps;
  }
  // A source that only says 约/超过 confirms an exact draft figure inside its band (2 %, or twice its
  // rounding); outside the band it is a different figure. A bound is one-sided, at the draft's precision:
  // 87.3% is not 超过九成, nor 91% 近九成.
  if (!a.approx) {
    const band = Math.max(tolerance * 2, Math.abs(value) * 0.02) + eps;
    switch (approx) {
      case 'over': return d <= a.tolerance + eps && d >= -band;
      case 'nearly': case 'under': case 'within': return d >= -a.tolerance - eps && d <= band;
      default: return Math.abs(d) <= band;
    }
  }
  // Two approximations of one figure are written alike: 6%左右 is neither 5.8%左右 nor 7%左右, though each is loose.
  if (a.approx === approx) return Math.abs(d) <= Math.min(a.tolerance, tolerance) + eps;
  // A bound holds up to its last written digit (or 3 %), and a tenth at most: 超过6万元 is not 71000元
  // (the writer would have said 7万), 接近6.9万元 not 65928元; 超过1000亿元 may be 1085亿元, 近1250亿元 1220.7亿元.
  const band = Math.min(Math.max(lastDigitUnit(a), Math.abs(a.value) * 0.03), Math.abs(a.value) * 0.1);
  switch (a.approx) {
    case 'over': return d >= -tol && d <= band + tol;
    case 'nearly': case 'under': case 'within': return d <= tol && d >= -band - tol;
    // (5.7%左右 is not 6%以上: the draft's own precision says which figure it means.)
    // (3%左右 is not a source's 4%: within its rounding, as the source's figure would be written.)
    // (560亿元左右 is not a source's 550亿元以上: a bound says where the figure is not, not about where it is.)
    case 'about': return Math.abs(d) <= (approx ? a.tolerance : Math.max(a.tolerance, Math.abs(a.value) * 0.02)) + eps;
  }
  return false;
}
