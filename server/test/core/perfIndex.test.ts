// The compact fact store and the group/value lookup used by matchClaim must give exactly what the
// straightforward algorithm gives: every candidate of the indicator, compatibility and sameValue per
// fact, overlap on the excerpt strings, a stable sort by the claim's period, then context, then date.
// The reference below is that algorithm, written against the index's public candidates()/related()/facts.
import assert from 'node:assert/strict';
import { analyzeDraft, checkDraft, extractClaims, ReferenceIndex, type Claim, type ClaimVerdict, type Fact } from '../../src/core';
import { compatibility, periodCompatibility, regionCompatibility, sameValue, type Compatibility } from '../../src/core/match/compatibility';
import { formatExpected } from '../../src/core/match/formatExpected';
import { boundHolds, boundOverYears, EVIDENCE_KEPT, qualifiedBefore, roundsTo, unqualifiedWhole } from '../../src/core/match/matchClaim';
import { BigramTable, bigramSet, overlap } from '../../src/core/reference/contextSimilarity';
import { passageKey } from '../../src/core/reference/factStore';
import { isShareChange } from '../../src/core/reference/shareNames';
import { lexicon } from './helpers';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

// Few regions, indicators and periods, and few distinct figures: many candidates, many ties.
const REGIONS = ['余姚', '慈溪', '宁波', '泗门镇', ''];
const VALUE = [['地区生产总值', '亿元'], ['规上工业增加值', '亿元'], ['工业增加值', '亿元'], ['高新技术企业', '家']];
const PERIODS = ['2020年', '2021年', '今年', '上半年', '1-7月', ''];
const SCOPES = ['宁波各县(市、区)', '全省', ''];
const RANKS = ['首位', '第二', '第三', '前5'];

function sentence(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const region = pick(REGIONS);
  const period = pick(PERIODS);
  const [name, unit] = pick(VALUE);
  const fig = (lo: number, hi: number, d: number) => (lo + Math.floor(r() * 4) * (hi - lo) / 4).toFixed(d);
  switch (Math.floor(r() * 7)) {
    // A share written with and without its base (税收占比 / 税收占一般公共预算收入比重).
    case 5: return `${period}，${region}${pick(['税收占比', '税收占一般公共预算收入比重', '税收收入占比'])}达${fig(70, 90, 1)}%。`;
    case 0: return `${period}，${region}${name}${fig(100, 200, 1)}${unit}，同比增长${fig(1, 9, 1)}%。`;
    case 1: return `${region}${period}实现${name}${fig(100, 200, 1)}${unit}，增速居${pick(SCOPES)}${pick(RANKS)}。`;
    case 2: return `${period}，${region}研发投入强度达到${fig(2, 4, 2)}%，比上年提高${fig(0, 1, 1)}个百分点。`;
    case 3: return `到2025年，力争${region}${name}突破${fig(100, 300, 0)}${unit}。`;
    case 4: return `${region}${name}由${fig(50, 100, 1)}${unit}增加到${fig(100, 200, 1)}${unit}。`;
    default: return `${region}${name}约${fig(100, 200, 0)}${unit}，超过${fig(1, 9, 0)}%。`;
  }
}

function text(r: () => number, sentences: number, dated = true): string {
  const lines = [dated ? `通报\n${2019 + Math.floor(r() * 4)}年${1 + Math.floor(r() * 12)}月1日\n` : '情况'];
  for (let i = 0; i < sentences; i++) lines.push(Array.from({ length: 1 + Math.floor(r() * 3) }, () => sentence(r)).join(''));
  return lines.join('\n');
}

// ---- the reference: matchClaim as a scan over every candidate ----
const RANK_LIMIT = 200;
const CONTEXT_LIMIT = 64;

function rankBy(facts: Fact[], sentence: Set<number>, claim: Claim): Fact[] {
  const pool = facts.length > RANK_LIMIT ? facts.slice(0, RANK_LIMIT) : facts;
  const p = claim.period;
  const inPeriod = (f: Fact): number => (p?.year && f.period?.year === p.year && f.period.part === p.part ? 1 : 0);
  const scored = pool.map((f) => ({ f, s: overlap(sentence, f.source.excerpt), t: inPeriod(f) }));
  scored.sort((a, b) => b.t - a.t || b.s - a.s || (b.f.source.date ?? '').localeCompare(a.f.source.date ?? ''));
  return scored.slice(0, EVIDENCE_KEPT).map((x) => x.f);
}

function referenceMatch(claim: Claim, index: ReferenceIndex, sentenceText: string, nearText: string, anchors?: ReadonlySet<string>, contradictionOnly = false): ClaimVerdict {
  if (!claim.indicator.name) return { claim, status: 'unverified', evidence: [] };
  const sentence = bigramSet(sentenceText);
  const near = bigramSet(nearText);
  const usable: { f: Fact; c: Compatibility }[] = [];
  const supporting: Fact[] = [];
  // A bound confirms only with a fact of its own place and period (not when held over years), or the same bound.
  const bound = ['over', 'under', 'within'].includes(claim.quantity.approx ?? '') ? claim.quantity.approx : undefined;
  const samePlace = (f: Fact) => !boundOverYears(nearText) && regionCompatibility(claim.region, f.region) === 'same' && periodCompatibility(claim.period, f.period) === 'same';
  for (const f of index.candidates(claim)) {
    const c = compatibility(claim, f);
    if (c === 'conflict') continue;
    usable.push({ f, c });
    if (sameValue(claim, f) && !contradictionOnly && !(bound && f.quantity.approx !== bound && !samePlace(f))) supporting.push(f);
  }
  // An exact figure only rounded or bounded sources state (约175亿元) is matched against the facts of its
  // very place and period that state their figure exactly: they confirm or contradict it.
  if (supporting.length && !claim.quantity.approx && supporting.every((f) => f.quantity.approx !== undefined)) {
    const exact = usable.filter(({ f, c }) => c === 'same' && samePlace(f) && f.quantity.approx === undefined && f.quantity.unit === claim.quantity.unit
      && (f.phase === 'cumulative') === (claim.phase === 'cumulative') && !roundsTo(claim, f.quantity.value, f.quantity.tolerance)).map(({ f }) => f);
    if (!exact.length) return { claim, status: 'verified', evidence: rankBy(supporting, sentence, claim) };
    const ranked = rankBy(exact, sentence, claim);
    const expected = formatExpected(claim, ranked[0]);
    return expected === claim.text ? { claim, status: 'verified', evidence: ranked } : { claim, status: 'mismatch', evidence: ranked, expected, fix: { span: claim.span, newText: expected } };
  }
  if (supporting.length) return { claim, status: 'verified', evidence: rankBy(supporting, sentence, claim) };
  const related = index.related(claim, nearText).filter((f) => compatibility(claim, f) !== 'conflict');
  const relatedSupport = related.filter((f) => !contradictionOnly && sameValue(claim, f) && (shortForm(claim.indicator.name, f, nearText) || overlap(sentence, f.source.excerpt) >= 0.25));
  // A longer or shorter name read in context does not outweigh the claim's own name stating another figure
  // exactly for its place (and period, when the related name's is the claim's).
  const otherForm = (f: Fact) => f.indicator.name !== claim.indicator.name && (f.indicator.name.endsWith(claim.indicator.name) || claim.indicator.name.endsWith(f.indicator.name));
  const placeOf = (f: Fact) => regionCompatibility(claim.region, f.region) === 'same' && periodCompatibility(claim.period, f.period) === 'same';
  const ownOtherwise = (samePlaceOnly: boolean) => usable.some(({ f }) => (samePlaceOnly ? placeOf(f) : f.region === claim.region) && f.quantity.approx === undefined && f.quantity.unit === claim.quantity.unit);
  const outweighed = relatedSupport.every(otherForm) && ownOtherwise(relatedSupport.some(placeOf));
  if (relatedSupport.length && !outweighed) return { claim, status: 'verified', evidence: rankBy(relatedSupport, sentence, claim) };
  const contradicting: Fact[] = [];
  let read = 0;
  const close = (f: Fact) => {
    if (read++ >= CONTEXT_LIMIT) return false;
    const at = f.source.excerptSpan.start;
    return overlap(near, f.source.excerpt, at - 30, at) >= 0.4;
  };
  const anchored = (f: Fact) => anchors?.has(passageKey(f.source.path, f.sentence)) ?? false;
  const byContext: Fact[] = [];
  // Only facts in the draft's unit, as much a running total as it, that do not keep the bound it writes.
  const readable = (f: Fact) => f.quantity.unit === claim.quantity.unit && (f.phase === 'cumulative') === (claim.phase === 'cumulative') && !boundHolds(claim, f.quantity.value, f.quantity.approx);
  for (const u of usable) {
    if (!readable(u.f)) continue;
    if (u.c === 'same') contradicting.push(u.f);
    else if (close(u.f) || anchored(u.f)) byContext.push(u.f);
  }
  // The same share written without its base, agreeing on every field, contradicts like the same name.
  const sameShare = related.filter((f) => readable(f) && shortForm(claim.indicator.name, f, nearText) && compatibility(claim, f) === 'same');
  // Facts agreeing on every field before those read in context.
  contradicting.push(...sameShare, ...byContext);
  const quoted = contradicting.filter(anchored);
  const sameName = contradicting.filter((f) => !quoted.includes(f));
  const relatedClose: Fact[] = [];
  for (const f of related) if (readable(f) && !sameShare.includes(f) && !unqualifiedWhole(f, claim.indicator.name) && (close(f) || (anchored(f) && qualifiedBefore(f, claim.indicator.name)))) relatedClose.push(f);
  if (!contradicting.length && !relatedClose.length) return { claim, status: 'unverified', evidence: [] };
  // The quoted sentence first, then the same indicator, then related ones.
  const ranked = [...rankBy(quoted, sentence, claim), ...rankBy(sameName, sentence, claim), ...rankBy(relatedClose, sentence, claim)].slice(0, EVIDENCE_KEPT);
  const expected = formatExpected(claim, ranked[0]);
  if (expected === claim.text) return { claim, status: 'ambiguous', evidence: ranked };
  return { claim, status: 'mismatch', evidence: ranked, expected, fix: { span: claim.span, newText: expected } };
}

/** The same share (or its change, where the draft's words say a share changed), one side written without
 * its base: states the figure whatever the passage. */
function shortForm(name: string, f: Fact, near: string): boolean {
  if ((f.measure !== 'share' && !(f.measure === 'diff' && isShareChange(near))) || name.endsWith(f.indicator.name) || f.indicator.name.endsWith(name)) return false;
  const subject = (n: string) => n.split('占')[0];
  return subject(name) === subject(f.indicator.name) && (!name.includes('占') || !f.indicator.name.includes('占'));
}

function summary(v: ClaimVerdict): string {
  return `${v.claim.text}@${v.claim.span.start} ${v.status} ${v.expected ?? ''} [${v.evidence.map((f) => f.id).join(',')}]`;
}

function assertSameVerdicts(index: ReferenceIndex, draft: string): number {
  const analysis = analyzeDraft(draft, { lexicon, documentDate: '2021-08-20' });
  const result = checkDraft(analysis, index, { unverified: 'hint' });
  let evidence = 0;
  const words = (claim: Claim) => [
    analysis.text.slice(claim.sentenceSpan.start, claim.sentenceSpan.end),
    analysis.text.slice(Math.max(claim.sentenceSpan.start, claim.span.start - 30), claim.span.start),
  ] as const;
  // Anchors: the source sentences that verified figures of the same draft sentence (verified figures do not depend on them).
  const first = analysis.claims.map((claim) => referenceMatch(claim, index, ...words(claim)));
  const anchors = new Map<number, Set<string>>();
  for (const v of first) {
    if (v.status !== 'verified') continue;
    const set = anchors.get(v.claim.sentence) ?? new Set<string>();
    set.add(passageKey(v.evidence[0].source.path, v.evidence[0].sentence));
    anchors.set(v.claim.sentence, set);
  }
  const key = (f: Fact) => passageKey(f.source.path, f.sentence);
  // A rate verified elsewhere than in the passage the sentence quotes for its indicator's amount is read
  // against that passage (checkDraft's preferQuotedPassage).
  const quotedRead = (claim: Claim, k: number): ClaimVerdict | undefined => {
    const v = first[k];
    if (v.status !== 'verified' || (claim.measure !== 'growth' && claim.measure !== 'share')) return undefined;
    const quoted = new Set(first.filter((o, j) => o.status === 'verified' && analysis.claims[j].measure === 'value' && o.claim.sentence === claim.sentence && o.evidence[0].indicator.name === v.evidence[0].indicator.name).map((o) => key(o.evidence[0])));
    if (!quoted.size || v.evidence.some((f) => quoted.has(key(f)))) return undefined;
    const again = referenceMatch(claim, index, ...words(claim), quoted, true);
    return again.status === 'mismatch' && quoted.has(key(again.evidence[0])) && again.evidence[0].indicator.name === v.evidence[0].indicator.name ? again : undefined;
  };
  analysis.claims.forEach((claim, k) => {
    const want = first[k].status === 'verified' ? quotedRead(claim, k) ?? first[k] : referenceMatch(claim, index, ...words(claim), anchors.get(claim.sentence));
    assert.equal(summary(result.verdicts[k]), summary(want));
    evidence += want.evidence.length;
  });
  return evidence;
}

describe('perf: compact index and grouped matching give the reference verdicts', () => {
  for (const seed of [1, 2, 3]) {
    it(`random corpus ${seed}: every verdict (status, expected, evidence ids in order) as the full scan gives it`, () => {
      const r = rng(seed);
      const index = new ReferenceIndex(lexicon);
      for (let i = 0; i < 6; i++) index.addDocument({ path: `s${i}.txt`, text: text(r, 40, i % 3 !== 0) });
      index.addRows('d.csv', [
        { path: 'd.csv', line: 2, region: '余姚', period: '2020年', indicator: '地区生产总值', value: '150.0', unit: '亿元', date: '2021-01-01' },
        { path: 'd.csv', line: 3, region: '余姚', period: '2020年', indicator: '地区生产总值', measure: 'growth', value: '5.0', unit: '%', note: '初步\n数' },
        { path: 'd.csv', line: 4, region: '慈溪', indicator: '高新技术企业', rank: '2', scope: '全省', sourceDocument: '年鉴' },
      ]);
      const evidence = assertSameVerdicts(index, text(r, 30));
      assert.ok(evidence > 100, `a test with evidence to rank (${evidence})`);
    });
  }

  it('after a document is replaced and another removed, candidate order and verdicts follow the full scan', () => {
    const r = rng(9);
    const index = new ReferenceIndex(lexicon);
    const docs = Array.from({ length: 5 }, (_, i) => ({ path: `s${i}.txt`, text: text(r, 30) }));
    for (const d of docs) index.addDocument(d);
    const draft = text(r, 20);
    index.addDocument({ path: 's1.txt', text: text(r, 30) });
    index.removePath('s3.txt');
    index.addDocument(docs[3]);
    assertSameVerdicts(index, draft);
    // Every fact is found among its own candidates, in the index's order.
    const facts = index.facts;
    assert.equal(facts.length, index.stats().facts);
    for (const f of facts.slice(0, 50)) assert.ok(index.candidates(f).some((c) => c.id === f.id));
  });
});

describe('perf: stored facts read back what the extractor found', () => {
  it('each fact equals its claim (figure, measure, quantity, indicator, region, period, scope, spans) with its provenance', () => {
    const r = rng(4);
    const source = text(r, 30);
    const index = new ReferenceIndex(lexicon);
    index.addDocument({ path: 'a.txt', text: source, locate: (o) => `p${Math.floor(o / 100)}` });
    const claims = extractClaims(source, { lexicon }).filter((c) => c.indicator.name);
    const facts = index.facts;
    assert.equal(facts.length, claims.length);
    facts.forEach((f, i) => {
      const c = claims[i];
      const plain = JSON.parse(JSON.stringify({ ...(JSON.parse(JSON.stringify(f)) as Fact), id: 0, source: undefined })) as unknown;
      assert.deepEqual(plain, JSON.parse(JSON.stringify({ ...c, id: 0 })));
      assert.equal(f.text, c.text);
      assert.deepEqual(f.period, c.period);
      assert.equal(f.source.path, 'a.txt');
      assert.equal(f.source.locator, `p${Math.floor(c.span.start / 100)}`);
      assert.equal(f.source.excerpt.slice(f.source.excerptSpan.start, f.source.excerptSpan.end), c.text);
      assert.equal(index.fact(f.id), f, 'one object per fact');
    });
  });

  it('dataset facts keep their excerpt as written (line breaks too), title, date and locator', () => {
    const index = new ReferenceIndex(lexicon);
    index.addRows('d.csv', [{ path: 'd.csv', line: 7, region: '余姚', indicator: '有效投资', measure: 'growth', value: '15.2', unit: '%', note: 'a\nb', sourceDocument: '通报', sourceLocation: '表1', date: '2022-08-20' }]);
    const [f] = index.facts;
    assert.equal(f.source.excerpt, '余姚 有效投资 15.2%（a\nb）');
    assert.deepEqual([f.source.title, f.source.date, f.source.locator, f.source.line], ['通报', '2022-08-20', '表1', 6]);
    assert.equal(f.quantity.value, 15.2);
    assert.equal(f.measure, 'growth');
  });
});

describe('perf: BigramTable', () => {
  it('overlapIn equals overlap(bigramSet(passage), source, start, end), ranges out of bounds included', () => {
    const r = rng(5);
    const alphabet = '余姚地区生产总值增长，。 \n0123456789%亿元和';
    const random = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
    for (let k = 0; k < 300; k++) {
      const passage = random(Math.floor(r() * 40));
      const source = random(Math.floor(r() * 80));
      const table = new BigramTable(passage);
      const set = bigramSet(passage);
      const start = Math.floor(r() * 100) - 20;
      const end = Math.floor(r() * 100) - 10;
      assert.equal(table.overlapIn(source), overlap(set, source));
      assert.equal(table.overlapIn(source, start, end), overlap(set, source, start, end));
      assert.equal(table.size, set.size);
    }
  });
});
