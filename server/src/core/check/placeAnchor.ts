// A draft that never names its place (全市经济运行情况汇报, 全市 with no city in view) can verify a
// source's 合肥市 figure but never contradict one. When the figures it verifies agree on the place
// (every verified placeless figure is a 合肥市 fact), the draft is read again as that place's report
// (checkDraft), so its placeless figures may be contradicted like any figure with a place.
import type { ClaimVerdict } from '../types';
import { agreedValue } from './agreedValue';

/** The place the draft's placeless figures are about, by those of them sources verify; undefined unless they agree. */
export function inferDraftPlace(verdicts: readonly ClaimVerdict[]): string | undefined {
  const votes: string[] = [];
  for (const v of verdicts) {
    if (v.claim.region || v.status !== 'verified') continue;
    const fact = v.evidence[0];
    // A source's place is often its title's or its publisher's (合肥市统计局): inferred, and still its place.
    if (fact?.region) votes.push(fact.region);
  }
  return agreedValue(votes);
}
