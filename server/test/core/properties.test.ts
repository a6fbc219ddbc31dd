// Property tests: for any text, the engine neither throws nor produces spans outside the text, and a
// claim's text is exactly its span. A small number of runs here; scripts/fuzz.mjs runs many more.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDraft, checkDraft, extractClaims, LineMap, type Claim } from '../../src/core';
import { findFigures } from '../../src/core/claims/findFigures';
import { parseChineseNumber } from '../../src/core/numbers/chineseNumerals';
import { toHalfWidth } from '../../src/core/text/fullwidth';
import { chineseNumeralText, reportText } from './textArbitrary';
import { claimsOf, indexOf, lexicon } from './helpers';

const RUNS = Number(process.env.HEDUI_PROPERTY_RUNS ?? 150);
const SEED = process.env.HEDUI_PROPERTY_SEED ? Number(process.env.HEDUI_PROPERTY_SEED) : undefined;
const params = { numRuns: RUNS, seed: SEED };

function inside(span: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

describe('properties (fast-check)', () => {
  it('findFigures: spans inside the text, non-empty, in order, not overlapping', () => {
    fc.assert(fc.property(reportText(), (raw) => {
      const text = toHalfWidth(raw);
      let last = 0;
      for (const f of findFigures(text)) {
        assert.ok(inside(f, text.length) && f.end > f.start, JSON.stringify(f));
        assert.ok(f.start >= last, 'overlap');
        assert.ok(Number.isFinite(f.value));
        last = f.end;
      }
    }), params);
  });

  it('extractClaims: claim.text is the span of the original text; sentence spans hold the claim', () => {
    fc.assert(fc.property(reportText(), (text) => {
      for (const c of claimsOf(text)) {
        assert.ok(inside(c.span, text.length), `span ${JSON.stringify(c.span)} of ${text.length}`);
        assert.equal(text.slice(c.span.start, c.span.end), c.text);
        assert.ok(inside(c.sentenceSpan, text.length));
        assert.ok(c.sentenceSpan.start <= c.span.start && c.span.end <= c.sentenceSpan.end, 'claim outside its sentence');
        assert.ok(Number.isFinite(c.quantity.value) && Number.isFinite(c.quantity.tolerance));
        if (c.indicator.span) assert.ok(inside(c.indicator.span, text.length));
      }
    }), params);
  });

  it('analyzeDraft + checkDraft against the text itself: no exception, findings and fixes inside the text', () => {
    fc.assert(fc.property(reportText(40), reportText(40), (source, draft) => {
      const index = indexOf(source);
      const analysis = analyzeDraft(draft, { lexicon });
      const result = checkDraft(analysis, index, { unverified: 'hint' });
      for (const t of analysis.tokens) assert.ok(inside(t.span, draft.length));
      for (const s of analysis.suppressed) assert.ok(inside(s, draft.length));
      for (const f of result.findings) {
        assert.ok(inside(f.span, draft.length));
        if (f.fix) assert.ok(inside(f.fix.span, draft.length));
        if (f.code.endsWith('-mismatch')) assert.ok(f.evidence.length > 0, 'a mismatch needs a source');
      }
      for (const fact of index.facts) {
        assert.ok(inside(fact.source.excerptSpan, fact.source.excerpt.length));
        assert.equal(fact.source.excerpt.slice(fact.source.excerptSpan.start, fact.source.excerptSpan.end), fact.text);
      }
    }), { ...params, numRuns: Math.max(10, Math.floor(RUNS / 3)) });
  });

  it('a draft identical to its source has no mismatch', () => {
    fc.assert(fc.property(reportText(40), (text) => {
      const result = checkDraft(analyzeDraft(text, { lexicon }), indexOf(text));
      const mismatches = result.findings.filter((f) => f.code.endsWith('-mismatch'));
      assert.deepEqual(mismatches.map((f) => f.actual), []);
    }), { ...params, numRuns: Math.max(10, Math.floor(RUNS / 3)) });
  });

  // Sources alone spell a shared or listed rank out per place or indicator (listedRanks.ts): a draft's fix
  // has no figure there to replace. So ranks are compared by the sentences that state them.
  it('extractClaims: without highlight spans (as sources are indexed) the claims are the same, ranks by sentence', () => {
    fc.assert(fc.property(reportText(), (text) => {
      const asSource = extractClaims(text, { lexicon, spans: false });
      const asDraft = extractClaims(text, { lexicon });
      const notRanks = (claims: Claim[]) => claims.filter((c) => c.measure !== 'rank');
      const rankSentences = (claims: Claim[]) => [...new Set(claims.filter((c) => c.measure === 'rank').map((c) => c.sentence))];
      assert.deepEqual(notRanks(asSource), notRanks(asDraft));
      assert.deepEqual(rankSentences(asSource), rankSentences(asDraft));
      // (Found by a run: a figureless sentence opening on 其中 carried its year as a source, not as a draft.)
    }), { ...params, examples: [['其中到2025年!15.2个百分点  余姚余姚海曙区余姚余姚<!-- hedui-disable-next-line -->PM2.50余姚余姚  余姚00覆盖率']] });
  });

  it('parseChineseNumber never throws; a finite result is non-negative', () => {
    fc.assert(fc.property(chineseNumeralText(), (s) => {
      const r = parseChineseNumber(s);
      if (Number.isFinite(r.value)) assert.ok(r.value >= 0 && r.decimals >= 0);
    }), params);
  });

  it('LineMap: offsetAt(positionAt(o)) = o away from CR LF pairs', () => {
    fc.assert(fc.property(reportText(30), fc.nat(), (text, n) => {
      const m = new LineMap(text);
      const o = text.length ? n % (text.length + 1) : 0;
      if (text[o - 1] === '\r' && text[o] === '\n') return;
      assert.equal(m.offsetAt(m.positionAt(o)), o);
    }), params);
  });
});
