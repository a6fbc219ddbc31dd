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
  const verifiedIn = new Map<number, { at: number; passage: string; name: string; amount: boolean }[]>();
  verdicts.forEach((v, at) => {
    const best = v.status === 'verified' ? v.evidence[0] : undefined;
    if (!best) return;
    let list = verifiedIn.get(v.claim.sentence);
    if (!list) verifiedIn.set(v.claim.sentence, (list = []));
    list.push({ at, passage: passageKey(best.source.path, best.sentence), name: best.indicator.name, amount: v.claim.measure === 'value' });
  });
  for (const list of verifiedIn.values()) {
    if (list.length < 2) continue;
    for (const { at, name } of list) {
      const v = verdicts[at];
      // Rates only, quoted where another figure of the same indicator was (a rank or a rounded amount
      // may well come from elsewhere).
      if (v.claim.measure !== 'growth' && v.claim.measure !== 'share') continue;
      const quoted = new Set(list.filter((o) => o.amount && o.name === name).map((o) => o.passage));
      if (!quoted.size) continue;
      if (v.evidence.some((f) => quoted.has(passageKey(f.source.path, f.sentence)))) continue;
      const again = matchClaim(v.claim, index, { ...contextOf(v.claim), anchors: quoted, pass: 'contradiction' });
      const first = again.evidence[0];
      if (again.status === 'mismatch' && first && quoted.has(passageKey(first.source.path, first.sentence)) && first.indicator.name === v.evidence[0].indicator.name) verdicts[at] = again;
    }
  }
}
