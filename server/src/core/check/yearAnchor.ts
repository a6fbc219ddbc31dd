// A draft without a date says 去年/今年 (Y-1/Y0) or 1-8月 with no year, which can verify a source's 2023 figure but never
// contradict it. When the figures it verifies agree on what 今年 is (昆山去年地区生产总值5140.6亿元 is the
// sources' 2023年 figure, so 今年 is 2024), its other relative figures are read in that year and may be
// contradicted like any dated figure.
import type { Claim, ClaimVerdict } from '../types';
import { resolvePeriod } from '../claims/periods';
import { agreedValue } from './agreedValue';

/** The year 今年 stands for, by the draft's verified relative figures; undefined unless they agree. */
export function inferThisYear(verdicts: readonly ClaimVerdict[]): number | undefined {
  const votes: number[] = [];
  for (const v of verdicts) {
    const offset = relativeYear(v.claim);
    if (offset === undefined || v.status !== 'verified') continue;
    const fact = v.evidence[0];
    if (!fact?.period || !/^(19|20)[0-9]{2}$/.test(fact.period.year)) continue;
    votes.push(Number(fact.period.year) - offset);
  }
  // A draft quoting two years' reports stays undated.
  return agreedValue(votes);
}

/** The claim with its relative year read as of `thisYear`; undefined when its year is not relative. */
export function anchoredClaim(claim: Claim, thisYear: number): Claim | undefined {
  const p = claim.period;
  if (!p || relativeYear(claim) === undefined) return undefined;
  if (p.year === '') return { ...claim, period: { ...p, year: String(thisYear) } };
  return { ...claim, period: resolvePeriod(p, `${thisYear}-12-31`) };
}

/** Offset of a relative year (Y-1 → -1); months or quarters of an unnamed year (1-8月 in an undated
 * draft) are this year's; undefined for an absolute year, 全年 alone or no period. */
function relativeYear(claim: Claim): number | undefined {
  const p = claim.period;
  if (!p) return undefined;
  // 全年 without a year is no guide: early in a year it is the year before.
  if (p.year === '' && p.part && p.part !== 'FY') return 0;
  const m = /^Y([+-]\d+|0)$/.exec(p.year);
  return m ? Number(m[1]) : undefined;
}
