// Issue 6, text that stresses the extractor: every hostile text (hostileText.ts) is extracted, indexed
// as a source and checked as a draft without an exception, with every span inside the text and every
// claim's text equal to its span. Positions after astral characters are exact UTF-16 offsets. Time is
// not asserted here (see `npm run bench`, which times the same texts at n and 8n).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDraft, checkDraft, createLexicon, extractClaims, LineMap, ReferenceIndex, type Span } from '../../src/core';
import { HOSTILE, hostileText } from './hostileText';

const lexicon = createLexicon();

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Extracts, indexes and checks `text` (as its own source), asserting the invariants. */
function exercise(text: string, label: string): number {
  const claims = extractClaims(text, { lexicon });
  for (const c of claims) {
    assert.ok(inside(c.span, text.length), `${label}: claim span ${JSON.stringify(c.span)} outside ${text.length}`);
    assert.equal(text.slice(c.span.start, c.span.end), c.text, `${label}: claim text is its span`);
    assert.ok(c.sentenceSpan.start <= c.span.start && c.span.end <= c.sentenceSpan.end, `${label}: claim inside its sentence`);
    assert.ok(Number.isFinite(c.quantity.value), `${label}: finite value`);
  }
  const index = new ReferenceIndex(lexicon);
  index.addDocument({ path: 'hostile.txt', text });
  for (const f of index.facts) {
    assert.equal(f.source.excerpt.slice(f.source.excerptSpan.start, f.source.excerptSpan.end), f.text, `${label}: excerpt holds the figure`);
  }
  const analysis = analyzeDraft(text, { lexicon, documentDate: '2021-08-20' });
  for (const t of analysis.tokens) assert.ok(inside(t.span, text.length), `${label}: token outside`);
  for (const s of analysis.suppressed) assert.ok(inside(s, text.length), `${label}: suppression outside`);
  const result = checkDraft(analysis, index, { unverified: 'hint' });
  const lines = new LineMap(text);
  for (const f of result.findings) {
    assert.ok(inside(f.span, text.length), `${label}: finding ${f.code} outside`);
    if (f.fix) assert.ok(inside(f.fix.span, text.length), `${label}: fix outside`);
    const start = lines.positionAt(f.span.start);
    assert.equal(lines.offsetAt(start), f.span.start, `${label}: position round trip`);
  }
  // The draft is its own source: nothing in it may contradict itself as a value-mismatch of the same span's text.
  for (const f of result.findings) if (f.code.endsWith('-mismatch')) assert.ok(f.evidence.length > 0, `${label}: mismatch without evidence`);
  return claims.length;
}

describe('robustness: hostile text through the extractor, the index and the checker', function () {
  this.timeout(60000);
  for (const [name, generate] of Object.entries(HOSTILE)) {
    it(`${name}: no exception, spans inside the text`, () => {
      exercise(generate(3000), name);
    });
  }

  it('figures after CJK Extension B, emoji with ZWJ and skin tones, and bidi controls are located by UTF-16 offsets', () => {
    const text = '𠮷𪚥余姚地区生产总值达到😀1220.7亿元，👨‍👩‍👧同比增长👍🏽5.1%。\n\u202e𠀀慈溪有效投资增长\u200b15.2%，居全省第二。\n';
    const claims = extractClaims(text, { lexicon });
    const byText = new Map(claims.map((c) => [c.text, c.span]));
    for (const figure of ['1220.7亿元', '5.1%', '15.2%', '第二']) {
      const at = text.indexOf(figure);
      assert.deepEqual(byText.get(figure), { start: at, end: at + figure.length }, figure);
    }
    const lines = new LineMap(text);
    assert.deepEqual(lines.positionAt(text.indexOf('15.2%')), { line: 1, character: '\u202e𠀀慈溪有效投资增长\u200b'.length });
  });

  it('a paragraph of 2,000 figures: every one found, in order, none overlapping', () => {
    const text = `余姚地区生产总值分别为${Array.from({ length: 2000 }, (_, i) => `${1000 + i}.5亿元`).join('、')}。`;
    const claims = extractClaims(text, { lexicon });
    assert.equal(claims.length, 2000);
    for (let i = 1; i < claims.length; i++) assert.ok(claims[i - 1].span.end <= claims[i].span.start);
    assert.equal(claims[1999].text, '2999.5亿元');
  });

  it('property: random mixes of hostile pieces never throw and keep every span inside the text', () => {
    fc.assert(fc.property(hostileText(400), (text) => {
      exercise(text, 'mix');
    }), { numRuns: 60, seed: 20261121 });
  });
});
