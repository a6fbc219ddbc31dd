// One claim against the index: verified when a compatible fact states the same figure; a mismatch
// only when facts about the very same indicator, region, period (and scope, for ranks) state another
// figure; unverified otherwise. A figure that no source states is never a mismatch.
import type { Claim, ClaimVerdict, Fact } from '../types';
import type { ReferenceIndex } from '../reference/referenceIndex';
import { bigramSet, overlap } from '../reference/contextSimilarity';
import { compatibility, sameValue, type Compatibility } from './compatibility';
import { formatExpected } from './formatExpected';

/** The words of the draft sentence, for choosing among facts. */
export interface ClaimContext {
  sentence: string;
  /** The draft's words just before the figure (same sentence). */
  near: string;
}

/** Beyond this many facts, only the first are ranked by context (huge corpora). */
const RANK_LIMIT = 200;
/** Facts that agree only partly (a field unknown) are read for context up to this many per claim:
 * beyond it a corpus repeats the indicator so often that context no longer singles one out. */
const CONTEXT_LIMIT = 64;
/** Characters before a figure compared with the characters before the draft's figure. */
const LEFT_WINDOW = 30;

interface Prepared {
  sentence: Set<number>;
  near: Set<number>;
}

function rankBy(facts: Fact[], p: Prepared): Fact[] {
  const pool = facts.length > RANK_LIMIT ? facts.slice(0, RANK_LIMIT) : facts;
  const scored = pool.map((f) => ({ f, s: overlap(p.sentence, f.source.excerpt) }));
  // Best context first; among equals, the newest document (a revised figure supersedes).
  scored.sort((a, b) => b.s - a.s || (b.f.source.date ?? '').localeCompare(a.f.source.date ?? ''));
  return scored.map((x) => x.f);
}

/** The draft's words before the figure against the source's words before its figure. */
function closeContext(fact: Fact, p: Prepared): boolean {
  const at = fact.source.excerptSpan.start;
  return overlap(p.near, fact.source.excerpt, at - LEFT_WINDOW, at) >= 0.4;
}

export function matchClaim(claim: Claim, index: ReferenceIndex, ctx: ClaimContext): ClaimVerdict {
  if (!claim.indicator.name) return { claim, status: 'unverified', evidence: [] };
  const p: Prepared = { sentence: bigramSet(ctx.sentence), near: bigramSet(ctx.near) };
  const usable: { f: Fact; c: Compatibility }[] = [];
  const supporting: Fact[] = [];
  for (const f of index.candidates(claim)) {
    const c = compatibility(claim, f);
    if (c === 'conflict') continue;
    usable.push({ f, c });
    if (sameValue(claim, f)) supporting.push(f);
  }
  if (supporting.length) return { claim, status: 'verified', evidence: rankBy(supporting, p) };

  const related = index.related(claim).filter((f) => compatibility(claim, f) !== 'conflict');
  const relatedSupport = related.filter((f) => sameValue(claim, f) && overlap(p.sentence, f.source.excerpt) >= 0.25);
  if (relatedSupport.length) return { claim, status: 'verified', evidence: rankBy(relatedSupport, p) };

  // Contradiction needs the same indicator with every field agreeing, or a passage that reads like the
  // draft's. A figure with no unit (突破万亿) can confirm an amount but not contradict one.
  const contradicting: Fact[] = [];
  let read = 0;
  const close = (f: Fact) => read++ < CONTEXT_LIMIT && closeContext(f, p);
  for (const u of usable) if (u.f.quantity.unit === claim.quantity.unit && (u.c === 'same' || close(u.f))) contradicting.push(u.f);
  for (const f of related) if (f.quantity.unit === claim.quantity.unit && close(f)) contradicting.push(f);
  if (!contradicting.length) return { claim, status: 'unverified', evidence: [] };
  const ranked = rankBy(contradicting, p);
  const expected = formatExpected(claim, ranked[0]);
  if (expected === claim.text) return { claim, status: 'ambiguous', evidence: ranked };
  return { claim, status: 'mismatch', evidence: ranked, expected, fix: { span: claim.span, newText: expected } };
}
