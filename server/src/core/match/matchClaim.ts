// One claim against the index: verified when a compatible fact states the same figure; a mismatch
// only when facts about the very same indicator, region, period (and scope, for ranks) state another
// figure; unverified otherwise. A figure that no source states is never a mismatch.
import type { Claim, ClaimVerdict, Fact } from '../types';
import type { ReferenceIndex } from '../reference/referenceIndex';
import { contextSimilarity } from '../reference/contextSimilarity';
import { compatibility, sameValue, type Compatibility } from './compatibility';
import { formatExpected } from './formatExpected';

/** The words of the draft sentence, for choosing among facts. */
export interface ClaimContext {
  sentence: string;
  /** The draft's words just before the figure (same sentence). */
  near: string;
}

/** Beyond this many compatible facts for one key, only the best-placed are ranked (huge corpora). */
const RANK_LIMIT = 200;

function rankBy(facts: Fact[], ctx: ClaimContext): Fact[] {
  const pool = facts.length > RANK_LIMIT ? facts.slice(0, RANK_LIMIT) : facts;
  const scored = pool.map((f) => ({ f, s: contextSimilarity(ctx.sentence, f.source.excerpt) }));
  // Best context first; among equals, the newest document (a revised figure supersedes).
  scored.sort((a, b) => b.s - a.s || (b.f.source.date ?? '').localeCompare(a.f.source.date ?? ''));
  return scored.map((x) => x.f);
}

/** The draft's words before the figure against the source's words before its figure. */
function closeContext(fact: Fact, ctx: ClaimContext): boolean {
  const e = fact.source.excerpt;
  return contextSimilarity(ctx.near, e.slice(Math.max(0, fact.source.excerptSpan.start - 30), fact.source.excerptSpan.start)) >= 0.4;
}

export function matchClaim(claim: Claim, index: ReferenceIndex, ctx: ClaimContext): ClaimVerdict {
  if (!claim.indicator.name) return { claim, status: 'unverified', evidence: [] };
  const usable: { f: Fact; c: Compatibility }[] = [];
  for (const f of index.candidates(claim)) {
    const c = compatibility(claim, f);
    if (c !== 'conflict') usable.push({ f, c });
  }
  const supporting = usable.filter((u) => sameValue(claim, u.f)).map((u) => u.f);
  if (supporting.length) return { claim, status: 'verified', evidence: rankBy(supporting, ctx) };

  const related = index.related(claim).filter((f) => compatibility(claim, f) !== 'conflict');
  const relatedSupport = related.filter((f) => sameValue(claim, f) && contextSimilarity(ctx.sentence, f.source.excerpt) >= 0.25);
  if (relatedSupport.length) return { claim, status: 'verified', evidence: rankBy(relatedSupport, ctx) };

  // Contradiction needs the same indicator with every field agreeing, or a passage that reads like the
  // draft's. A figure with no unit (突破万亿) can confirm an amount but not contradict one.
  const contradicting = [
    ...usable.filter((u) => u.c === 'same' || closeContext(u.f, ctx)).map((u) => u.f),
    ...related.filter((f) => closeContext(f, ctx)),
  ].filter((f) => f.quantity.unit === claim.quantity.unit);
  if (!contradicting.length) return { claim, status: 'unverified', evidence: [] };
  const ranked = rankBy(contradicting, ctx);
  const expected = formatExpected(claim, ranked[0]);
  if (expected === claim.text) return { claim, status: 'ambiguous', evidence: ranked };
  return { claim, status: 'mismatch', evidence: ranked, expected, fix: { span: claim.span, newText: expected } };
}
