// Whether a fact can speak about a claim at all: same measure, unit, region, period, scope, target.
// 'conflict' rules a fact out; 'unknown' (one side does not say) lets it verify but not contradict.
import type { Claim, Period } from '../types';

export type Compatibility = 'same' | 'unknown' | 'conflict';

function combine(...parts: Compatibility[]): Compatibility {
  if (parts.includes('conflict')) return 'conflict';
  return parts.includes('unknown') ? 'unknown' : 'same';
}

function field(a: string | undefined, b: string | undefined): Compatibility {
  if (!a || !b) return 'unknown';
  return a === b ? 'same' : 'conflict';
}

const SUB_PLACE = /(镇|街道|乡)$/;

/** A town against a county-level region may be the same place seen at two levels: not a conflict. */
function regions(a: string | undefined, b: string | undefined): Compatibility {
  const f = field(a, b);
  if (f === 'conflict' && SUB_PLACE.test(a!) !== SUB_PLACE.test(b!)) return 'unknown';
  return f;
}

function periods(a: Period | undefined, b: Period | undefined): Compatibility {
  if (!a || !b) return 'unknown';
  let year: Compatibility;
  if (!a.year || !b.year) year = 'unknown';
  else if (a.year === b.year) year = 'same';
  // A relative year (Y0) against an absolute one (2021) cannot be told apart without a date.
  else if (/^Y/.test(a.year) !== /^Y/.test(b.year)) year = 'unknown';
  else year = 'conflict';
  let part: Compatibility = a.part === b.part ? 'same' : !a.part || !b.part ? 'unknown' : 'conflict';
  if (year === 'conflict' && (a.yearInferred || b.yearInferred)) year = 'unknown';
  if (part === 'conflict' && (a.partInferred || b.partInferred)) part = 'unknown';
  return combine(year, part);
}

function units(a: Claim, b: Claim): Compatibility {
  if (a.quantity.unit === b.quantity.unit) return 'same';
  if (!a.quantity.unit || !b.quantity.unit) return 'unknown';
  return 'conflict';
}

export function compatibility(claim: Claim, fact: Claim): Compatibility {
  if (claim.measure !== fact.measure) return 'conflict';
  if (claim.target !== fact.target) return 'conflict';
  if ((claim.phase === 'from') !== (fact.phase === 'from')) return 'conflict';
  if (claim.measure === 'rank' && Boolean(claim.topN) !== Boolean(fact.topN)) return 'conflict';
  return combine(
    units(claim, fact),
    regions(claim.region, fact.region),
    periods(claim.period, fact.period),
    claim.measure === 'rank' ? field(claim.scope, fact.scope) : 'same',
    claim.measure === 'rank' ? field(claim.basis, fact.basis) : 'same',
  );
}

/** Equal at the precision the draft was written to (1220.7 = 1220.67), approximations respected. */
export function sameValue(claim: Claim, fact: Claim): boolean {
  const a = claim.quantity;
  const b = fact.quantity;
  if (claim.measure === 'rank') return a.value === b.value;
  const tol = Math.max(a.tolerance, b.tolerance) + 1e-9 * Math.max(1, Math.abs(a.value));
  const d = b.value - a.value;
  if (a.approx === b.approx || !a.approx) return Math.abs(d) <= tol || (a.approx !== undefined && Math.abs(d) <= tol * 2);
  switch (a.approx) {
    case 'over': return d >= -tol && d <= Math.abs(a.value) * 0.2 + tol;
    case 'nearly': case 'under': case 'within': return d <= tol && d >= -Math.abs(a.value) * 0.2 - tol;
    case 'about': return Math.abs(d) <= Math.max(tol * 2, Math.abs(a.value) * 0.02);
  }
  return false;
}
