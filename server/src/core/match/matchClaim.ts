// One claim against the index: verified when a compatible fact states the same figure; a mismatch
// only when facts about the very same indicator, region, period (and scope, for ranks) state another
// figure; unverified otherwise. A figure that no source states is never a mismatch.
//
// In the order the index lists candidates (ReferenceIndex.candidates, then .related):
//   1. verified by the candidates that state the same figure (compatibility not 'conflict');
//   2. else verified by related indicators' facts that state it in a passage like the draft's (≥ 0.25);
//   3. else contradicted by candidates agreeing on every field ('same') with the draft's unit, and by
//      up to CONTEXT_LIMIT partly-agreeing candidates then related facts (same unit) whose words before
//      the figure read like the draft's;
//   evidence ranked by rankBy (the first RANK_LIMIT, best context first, then the newest document).
// The index is visited group by group (facts of one region and period), a fact read from the group's
// columns: no Fact object is made for a fact that is not evidence.
import type { Claim, ClaimVerdict, Fact } from '../types';
import type { FactGroup, ReferenceIndex } from '../reference/referenceIndex';
import { BigramTable } from '../reference/contextSimilarity';
import { fieldsCompatibility, periodCompatibility, regionCompatibility, sameValueOf } from './compatibility';
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

const SAME = 0;
const UNKNOWN = 1;
const CONFLICT = 2;

interface Prepared {
  sentence: BigramTable;
  near: BigramTable;
}

/** The sentence's table is kept for the next claim: a draft sentence usually holds several figures. */
let lastSentence: BigramTable | undefined;

function prepare(ctx: ClaimContext): Prepared {
  if (!lastSentence || lastSentence.passage !== ctx.sentence) lastSentence = new BigramTable(ctx.sentence);
  return { sentence: lastSentence, near: new BigramTable(ctx.near) };
}

/** Per kind of fact (ReferenceIndex.kinds), its compatibility with the current claim, computed once per
 * claim: valid where stamp === current. */
let kindStamp = new Int32Array(64);
let kindCompat = new Int8Array(64);
let kindUnit = new Uint8Array(64);
let stamp = 0;

function rankBy(ids: readonly number[], index: ReferenceIndex, p: Prepared): Fact[] {
  const pool = ids.length > RANK_LIMIT ? ids.slice(0, RANK_LIMIT) : ids;
  const count = (text: string, s: number, e: number) => p.sentence.overlapIn(text, s, e);
  const scored = pool.map((id) => ({ id, s: index.excerptOverlap(id, count), d: index.dateRank(id) }));
  // Best context first; among equals, the newest document (a revised figure supersedes).
  scored.sort((a, b) => b.s - a.s || b.d - a.d);
  return scored.map((x) => index.fact(x.id));
}

/** The draft's words before the figure against the source's words before its figure. */
function closeContext(id: number, index: ReferenceIndex, p: Prepared): boolean {
  const at = index.excerptFigureStart(id);
  return index.excerptOverlap(id, (text, s, e) => p.near.overlapIn(text, s, e), at - LEFT_WINDOW, at) >= 0.4;
}

export function matchClaim(claim: Claim, index: ReferenceIndex, ctx: ClaimContext): ClaimVerdict {
  if (!claim.indicator.name) return { claim, status: 'unverified', evidence: [] };
  const p = prepare(ctx);
  const unit = claim.quantity.unit;

  // Compatibility of each kind of fact with this claim, on first use.
  const kinds = index.kinds;
  if (kindStamp.length < kinds.length) {
    const n = Math.max(kinds.length, kindStamp.length * 2);
    kindStamp = new Int32Array(n);
    kindCompat = new Int8Array(n);
    kindUnit = new Uint8Array(n);
    stamp = 0;
  }
  if (++stamp === 0x7fffffff) {
    kindStamp.fill(0);
    stamp = 1;
  }
  const current = stamp;
  const compatOf = (k: number): number => {
    if (kindStamp[k] !== current) {
      const f = kinds[k];
      const c = fieldsCompatibility(claim, f.measure, f.target, f.phase, f.topN, f.scope, f.basis, f.unit);
      kindCompat[k] = c === 'same' ? SAME : c === 'unknown' ? UNKNOWN : CONFLICT;
      kindUnit[k] = f.unit === unit ? 1 : 0;
      kindStamp[k] = current;
    }
    return kindCompat[k];
  };
  const sameValueAt = (g: FactGroup, i: number): boolean => sameValueOf(claim, g.values[i], g.tolerances[i], kinds[g.kinds[i]].approx);
  /** Region and period of a group against the claim's ('conflict' groups are not visited). */
  const placeOf = (g: FactGroup): number => {
    const region = regionCompatibility(claim.region, g.region);
    const period = periodCompatibility(claim.period, g.period);
    if (region === 'conflict' || period === 'conflict') return CONFLICT;
    return region === 'same' && period === 'same' ? SAME : UNKNOWN;
  };

  // 1. The candidates: supporting facts, and what could contradict should none support.
  const supporting: number[] = [];
  /** Candidates agreeing on every field with the draft's unit (id), or partly agreeing and read for
   * context (-id), in candidate order. */
  const pending: number[] = [];
  let read = 0;
  index.visit(claim, claim.indicator.name, (g) => {
    const place = placeOf(g);
    if (place === CONFLICT) return;
    for (let i = 0; i < g.length; i++) {
      const k = g.kinds[i];
      const c = compatOf(k);
      if (c === CONFLICT) continue;
      if (sameValueAt(g, i)) {
        supporting.push(g.ids[i]);
        // rankBy reads no further.
        if (supporting.length >= RANK_LIMIT) return false;
      } else if (!supporting.length && kindUnit[k]) {
        if (c === SAME && place === SAME) pending.push(g.ids[i]);
        else if (read++ < CONTEXT_LIMIT) pending.push(-g.ids[i]);
      }
    }
  });
  if (supporting.length) return { claim, status: 'verified', evidence: rankBy(supporting, index, p) };

  // 2. Related indicators: support read in context, and facts read for contradiction.
  const relatedSupport: number[] = [];
  const relatedRead: number[] = [];
  const sentenceOverlap = (text: string, s: number, e: number) => p.sentence.overlapIn(text, s, e);
  index.visitRelated(claim, (g) => {
    const place = placeOf(g);
    if (place === CONFLICT) return;
    for (let i = 0; i < g.length; i++) {
      const k = g.kinds[i];
      if (compatOf(k) === CONFLICT) continue;
      if (relatedSupport.length < RANK_LIMIT && sameValueAt(g, i) && index.excerptOverlap(g.ids[i], sentenceOverlap) >= 0.25) relatedSupport.push(g.ids[i]);
      if (kindUnit[k] && read++ < CONTEXT_LIMIT) relatedRead.push(g.ids[i]);
    }
  });
  if (relatedSupport.length) return { claim, status: 'verified', evidence: rankBy(relatedSupport, index, p) };

  // 3. Contradiction needs the same indicator with every field agreeing, or a passage that reads like
  // the draft's. A figure with no unit (突破万亿) can confirm an amount but not contradict one.
  const contradicting: number[] = [];
  for (const x of pending) {
    if (contradicting.length >= RANK_LIMIT) break;
    if (x > 0) contradicting.push(x);
    else if (closeContext(-x, index, p)) contradicting.push(-x);
  }
  for (const id of relatedRead) {
    if (contradicting.length >= RANK_LIMIT) break;
    if (closeContext(id, index, p)) contradicting.push(id);
  }
  if (!contradicting.length) return { claim, status: 'unverified', evidence: [] };
  const ranked = rankBy(contradicting, index, p);
  const expected = formatExpected(claim, ranked[0]);
  if (expected === claim.text) return { claim, status: 'ambiguous', evidence: ranked };
  return { claim, status: 'mismatch', evidence: ranked, expected, fix: { span: claim.span, newText: expected } };
}
