// A figure verified elsewhere than in the passage its draft sentence quotes, read against that passage.
import type { Claim, ClaimVerdict } from '../types';
import type { ReferenceIndex } from '../reference/referenceIndex';
import { matchClaim } from '../match/matchClaim';
import { passageKey } from '../reference/factStore';

/**
 * A rate verified in one source passage while its draft sentence quotes another for the same indicator's
 * amount, where that indicator's rate is another: the quoted passage says what it should be.
 * (全省一般公共预算收入5186.3亿元，增长8.3% against 全省一般公共预算收入5186.3亿元，增长6.9%, though the
 * 地方 revenue, read under the same name, grew 8.3%.)
 */
export function preferQuotedPassage(verdicts: ClaimVerdict[], index: ReferenceIndex, contextOf: (claim: Claim) => { sentence: string; near: string }): void {
  // Per draft sentence and indicator, the passages its verified amounts were quoted from (one pass: a
  // sentence may hold thousands of figures).
  const quotedIn = new Map<string, Set<string>>();
  const at = (sentence: number, name: string) => `${sentence}\u0000${name}`;
  for (const v of verdicts) {
    const best = v.status === 'verified' && v.claim.measure === 'value' ? v.evidence[0] : undefined;
    if (!best) continue;
    const key = at(v.claim.sentence, best.indicator.name);
    let passages = quotedIn.get(key);
    if (!passages) quotedIn.set(key, (passages = new Set()));
    passages.add(passageKey(best.source.path, best.sentence));
  }
  if (!quotedIn.size) return;
  verdicts.forEach((v, i) => {
    // Rates only (a rank or a rounded amount may well come from elsewhere).
    const best = v.status === 'verified' && (v.claim.measure === 'growth' || v.claim.measure === 'share') ? v.evidence[0] : undefined;
    const quoted = best ? quotedIn.get(at(v.claim.sentence, best.indicator.name)) : undefined;
    if (!best || !quoted || v.evidence.some((f) => quoted.has(passageKey(f.source.path, f.sentence)))) return;
    const again = matchClaim(v.claim, index, { ...contextOf(v.claim), anchors: quoted, pass: 'contradiction' });
    const first = again.evidence[0];
    if (again.status === 'mismatch' && first && quoted.has(passageKey(first.source.path, first.sentence)) && first.indicator.name === best.indicator.name) verdicts[i] = again;
  });
}
