// One claim against the index: verified when a compatible fact states the same figure; a mismatch
// only when facts about the very same indicator, region, period (and scope, for ranks) state another
// figure; unverified otherwise. A figure that no source states is never a mismatch.
import type { Claim, ClaimVerdict, Fact } from '../types';
import type { ReferenceIndex } from '../reference/referenceIndex';
import { contextSimilarity } from '../reference/contextSimilarity';
import { compatibility, sameValue } from './compatibility';
import { formatExpected } from './formatExpected';

/** The words of the draft sentence, for choosing among facts. */
export interface ClaimContext {
  sentence: string;
  /** The draft's words near the figure (same sentence). */
  near: string;
}

function rankBy(facts: Fact[], ctx: ClaimContext): Fact[] {
  const scored = facts.map((f) => ({ f, s: contextSimilarity(ctx.sentence, f.source.excerpt) }));
  // Best context first; among equals, the newest document (a revised figure supersedes).
  scored.sort((a, b) => b.s - a.s || (b.f.source.date ?? '').localeCompare(a.f.source.date ?? ''));
  return scored.map((x) => x.f);
}

export function matchClaim(claim: Claim, index: ReferenceIndex, ctx: ClaimContext): ClaimVerdict {
  if (!claim.indicator.name) return { claim, status: 'unverified', evidence: [] };
  const exact = index.candidates(claim);
  const usable = exact.filter((f) => compatibility(claim, f) !== 'conflict');
  const supporting = usable.filter((f) => sameValue(claim, f));
  if (supporting.length) return { claim, status: 'verified', evidence: rankBy(supporting, ctx) };

  const related = index.related(claim).filter((f) => compatibility(claim, f) !== 'conflict' && sameValue(claim, f));
  const relatedSupport = related.filter((f) => contextSimilarity(ctx.sentence, f.source.excerpt) >= 0.25);
  if (relatedSupport.length) return { claim, status: 'verified', evidence: rankBy(relatedSupport, ctx) };

  // Contradiction needs the same indicator and no field left unknown on one side only.
  const near = index.related(claim).filter((f) => compatibility(claim, f) !== 'conflict' && strongEnough(f, ctx));
  // A figure with no unit (突破万亿) can confirm an amount but not contradict one.
  const contradicting = [...usable.filter((f) => compatibility(claim, f) === 'same' || strongEnough(f, ctx)), ...near];
  const sameUnit = contradicting.filter((f) => f.quantity.unit === claim.quantity.unit);
  if (!sameUnit.length) return { claim, status: 'unverified', evidence: [] };
  const ranked = rankBy(sameUnit, ctx);
  const best = ranked[0];
  const expected = formatExpected(claim, best);
  if (expected === claim.text) return { claim, status: 'ambiguous', evidence: ranked };
  return { claim, status: 'mismatch', evidence: ranked, expected, fix: { span: claim.span, newText: expected } };
}

/** A fact with a field unknown still contradicts when the sentences are clearly about the same thing. */
function strongEnough(fact: Fact, ctx: ClaimContext): boolean {
  const e = fact.source.excerpt;
  return contextSimilarity(ctx.near, e.slice(Math.max(0, fact.source.excerptSpan.start - 30), fact.source.excerptSpan.start)) >= 0.4;
}
