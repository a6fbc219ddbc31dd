import type { Claim, ClaimVerdict, Fact, Finding, FindingCode, Severity } from '../types';
import type { ReferenceIndex } from '../reference/referenceIndex';
import type { DraftAnalysis } from './analyzeDraft';
import { matchClaim } from '../match/matchClaim';
import { periodCompatibility } from '../match/compatibility';
import { passageKey } from '../reference/factStore';
import { oneSubject, shareSubject } from '../reference/shareNames';
import { consistencyFindings } from './consistency';
import { isSuppressed } from './suppression';
import { anchoredClaim, inferThisYear } from './yearAnchor';
import { inferDraftPlace } from './placeAnchor';
import { sectionPeriods } from './periodAnchor';
import { quotedAmount } from './quotedAmount';
import { preferQuotedPassage } from './quotedPassage';
import { analyzeDraft } from './analyzeDraft';
import { BARE_HEADS } from '../lexicon/indicatorLexicon';
import { spanIndexAt } from '../text/spanIndex';

export interface CheckOptions {
  /** Severity of unverified figures; 'off' (default) reports none. */
  unverified?: Severity | 'off';
  /** Overrides per finding code. */
  severities?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Polled between claims so a long check can be abandoned. */
  isCancelled?: () => boolean;
}

export interface CheckResult {
  /** One verdict per claim of the analysis, in text order. */
  verdicts: ClaimVerdict[];
  /** What to show: mismatches, inconsistencies, (optionally) unverified figures. Suppressed ones removed. */
  findings: Finding[];
  cancelled: boolean;
}

const MISMATCH_CODE: Record<string, FindingCode> = {
  value: 'value-mismatch', growth: 'growth-mismatch', share: 'share-mismatch', diff: 'diff-mismatch', rank: 'rank-mismatch',
};

/** How far on either side of a figure its sentence's words are read for a quoted amount (characters). */
const SENTENCE_REACH = 300;

/** Matches every claim of the analysis against the index and collects findings. */
export function checkDraft(analysis: DraftAnalysis, index: ReferenceIndex, options: CheckOptions = {}): CheckResult {
  const verdicts: ClaimVerdict[] = [];
  const findings: Finding[] = [];
  const severity = (code: FindingCode, fallback: Severity | 'off'): Severity | 'off' => options.severities?.[code] ?? fallback;
  const push = (f: Finding) => {
    const s = f.code === 'unverified' ? options.severities?.unverified ?? options.unverified ?? 'off' : severity(f.code, f.severity);
    if (s !== 'off' && !isSuppressed(f.span, analysis.suppressed)) findings.push({ ...f, severity: s });
  };
  // One string per sentence: matchClaim keeps a sentence's scores while the same string comes back, and
  // comparing a new copy of a long sentence each time would cost its length per figure.
  let lastSentence = { index: -1, text: '' };
  const sentenceOf = (claim: Claim): string => {
    if (lastSentence.index !== claim.sentence) lastSentence = { index: claim.sentence, text: analysis.text.slice(claim.sentenceSpan.start, claim.sentenceSpan.end) };
    return lastSentence.text;
  };
  // The words of a figure's sentence within reach of it: all of a sentence as reports write them, a window
  // of one that runs for pages (quotedAmount looks for words in it once per candidate fact).
  const wordsAround = (claim: Claim): string => analysis.text.slice(Math.max(claim.sentenceSpan.start, claim.span.start - SENTENCE_REACH), Math.min(claim.sentenceSpan.end, claim.span.end + SENTENCE_REACH));
  // (The articles cover the text in order, one after another.)
  const titleOf = (claim: Claim): string | undefined => analysis.articles[spanIndexAt(analysis.articles, claim.span.start)]?.title;
  const contextOf = (claim: Claim) => ({
    sentence: sentenceOf(claim),
    title: titleOf(claim),
    near: (claim.leftWords ?? '') + analysis.text.slice(Math.max(claim.sentenceSpan.start, claim.span.start - 30), claim.span.start),
  });
  // First what the sources state; then, for the rest, what contradicts them, knowing per draft sentence
  // the source sentences that verified its figures (ClaimContext.anchors).
  const anchors = new Map<number, Set<string>>();
  // Per draft sentence, the fuller name a source gave a figure written with a bare one (收入 verified as
  // 一般公共预算收入): the sentence's other figures with that bare name are read under it too.
  const fullNames = new Map<number, Map<string, string>>();
  // Per draft sentence, the names its verified figures were verified under: a bare 产量 or 收入 of the
  // sentence is the one of them it ends (新能源汽车79.16万辆…，产量居全国城市第三位).
  const verifiedNames = new Map<number, Set<string>>();
  // Per draft sentence, the qualified name an amount of a bare name was quoted to the digit under
  // (出院人数61.3万人 as 医疗卫生机构出院人数): the sentence's rates of that bare name are of the same thing.
  const amountNames = new Map<number, Map<string, string>>();
  /** What a verified figure tells about its sentence's other figures. */
  const learn = (claim: Claim, best: Fact): void => {
    setAt(anchors, claim.sentence).add(passageKey(best.source.path, best.sentence));
    setAt(verifiedNames, claim.sentence).add(best.indicator.name);
    const full = best.indicator.name;
    // Only a name the lexicon knows, for one it does not (收入 → 一般公共预算收入, not GDP → 年初提出GDP).
    // (A share written without its base, 可再生能源发电量占比, verified as 可再生能源发电量占全部发电量比重:
    // its 个百分点 change in the sentence is that share's.)
    const baseOfShare = claim.measure === 'share' && full.includes('占') && oneSubject(shareSubject(full), claim.indicator.name);
    if (claim.measure === 'value' && !claim.quantity.approx && !best.quantity.approx && full !== claim.indicator.name && full.endsWith(claim.indicator.name)) {
      mapAt(amountNames, claim.sentence).set(claim.indicator.name, full);
    }
    if ((best.indicator.known && !claim.indicator.known && full.endsWith(claim.indicator.name)) || baseOfShare) {
      mapAt(fullNames, claim.sentence).set(baseOfShare ? `diff\u0000${claim.indicator.name}` : claim.indicator.name, full);
    }
  };
  /** Verdict i matched again with the claim read as `as` (another name, year, period): kept if a source
   * speaks to it, or in any case when `as` is what the claim is known to mean. */
  const readAgain = (i: number, as: Claim, pass?: 'contradiction', known = false): void => {
    const claim = verdicts[i].claim;
    const again = matchClaim(as, index, { ...contextOf(claim), anchors: anchors.get(claim.sentence), pass });
    if (again.status !== 'unverified' || known) verdicts[i] = { ...again, claim };
    if (again.status === 'verified' && again.evidence[0]) learn(claim, again.evidence[0]);
  };
  /** The name a figure of a bare or short name is read under after its sentence's other figures: the
   * fuller name a source gave one of them, the name its amount was quoted under, or a head it ends. */
  const otherNameOf = (claim: Claim): string | undefined => {
    const names = fullNames.get(claim.sentence);
    const name = claim.indicator.name;
    // (花椒产值8600万元，增幅32.5%, the amount quoted to the digit as 基地花椒产值: so is the rate.)
    const quotedAs = claim.measure === 'value' ? undefined : amountNames.get(claim.sentence)?.get(name);
    return names?.get(name) ?? (claim.measure === 'diff' ? names?.get(`diff\u0000${name}`) : undefined) ?? quotedAs ?? headOf(claim, verifiedNames.get(claim.sentence));
  };
  for (const claim of analysis.claims) {
    if (options.isCancelled?.()) return { verdicts, findings, cancelled: true };
    const v = matchClaim(claim, index, { ...contextOf(claim), pass: 'support' });
    if (v.status === 'verified' && v.evidence[0]) learn(claim, v.evidence[0]);
    verdicts.push(v);
  }
  // An amount quoted to the digit under another form of its name: verified, and the sentence's other
  // figures under the draft's name read under the source's (火电发电…，增长6.8% against 火电…，增长8.6%).
  for (let i = 0; i < verdicts.length; i++) {
    const claim = verdicts[i].claim;
    if (verdicts[i].status !== 'unverified') continue;
    const fact = quotedAmount(claim, index, wordsAround(claim));
    if (!fact) continue;
    verdicts[i] = { claim, status: 'verified', evidence: [fact] };
    setAt(anchors, claim.sentence).add(passageKey(fact.source.path, fact.sentence));
    mapAt(fullNames, claim.sentence).set(claim.indicator.name, fact.indicator.name);
    setAt(verifiedNames, claim.sentence).add(fact.indicator.name);
  }
  // (…出院人数61.3万人，同比增长7.9%, where 医院出院人数 grew 7.9%: the growth is 医疗卫生机构出院人数's.)
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    const name = v.claim.indicator.name;
    const full = v.status === 'verified' && v.claim.measure !== 'value' ? amountNames.get(v.claim.sentence)?.get(name) : undefined;
    const other = v.evidence[0]?.indicator.name;
    if (!full || !other || other === full || !other.endsWith(name)) continue;
    readAgain(i, { ...v.claim, indicator: { ...v.claim.indicator, name: full } }, 'contradiction');
  }
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    // (An exact figure only a bound confirmed, 90.1% by 九成以上, is matched whole: an exact source may contradict it.)
    const boundOnly = v.status === 'verified' && !v.claim.quantity.approx && v.evidence.every((e) => e.quantity.approx !== undefined);
    if ((v.status === 'verified' && !boundOnly) || !v.claim.indicator.name) continue;
    if (options.isCancelled?.()) return { verdicts, findings, cancelled: true };
    readAgain(i, v.claim, boundOnly ? undefined : 'contradiction', boundOnly);
    const full = otherNameOf(v.claim);
    if (full && verdicts[i].status === 'unverified') readAgain(i, { ...v.claim, indicator: { ...v.claim.indicator, name: full } });
  }
  preferQuotedPassage(verdicts, index, contextOf);
  // A draft that names no place, whose verified placeless figures agree on one: read again as that
  // place's report (its 全市 is that city, 长丰 its county), and checked as such.
  const place = analysis.options.documentPlace ? undefined : inferDraftPlace(verdicts);
  if (place !== undefined && verdicts.some((v) => v.status !== 'verified' && !v.claim.region)) {
    return checkDraft(analyzeDraft(analysis.text, { ...analysis.options, documentPlace: place }), index, options);
  }
  // An undated draft whose verified 去年/今年 figures agree on the year: its other relative figures are
  // matched again in that year, where a source can contradict them.
  const thisYear = analysis.documentDate ? undefined : inferThisYear(verdicts);
  if (thisYear !== undefined) {
    for (let i = 0; i < verdicts.length; i++) {
      const v = verdicts[i];
      const anchored = v.status === 'verified' ? undefined : anchoredClaim(v.claim, thisYear);
      if (!anchored) continue;
      if (options.isCancelled?.()) return { verdicts, findings, cancelled: true };
      // A contradiction found while 今年 was unknown may be another year's figure (惠及居民4.2万户 this
      // year against 2023年…3.4万户): when every fact it cites is of another year, it is read again in that year.
      const otherYear = v.status !== 'unverified' && v.evidence.every((f) => periodCompatibility(anchored.period, f.period) === 'conflict');
      readAgain(i, anchored, undefined, otherYear);
      const full = verdicts[i].status === 'unverified' ? otherNameOf(anchored) : undefined;
      if (full) readAgain(i, { ...anchored, indicator: { ...anchored.indicator, name: full } });
    }
  }
  // Periodless figures of a section whose verified periodless figures agree on a period: read in it.
  const periods = sectionPeriods(analysis.text, verdicts);
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i];
    const period = periods[i];
    if (!period || v.status !== 'unverified' || !v.claim.indicator.name) continue;
    if (options.isCancelled?.()) return { verdicts, findings, cancelled: true };
    readAgain(i, { ...v.claim, period });
  }
  for (const v of verdicts) {
    const claim = v.claim;
    const best = v.evidence[0];
    const source = best?.source.title || best?.source.path || '';
    if (v.status === 'mismatch') {
      push({
        code: v.unitOnly ? 'unit-mismatch' : MISMATCH_CODE[claim.measure], severity: 'warning', span: claim.span,
        args: { actual: claim.text, expected: v.expected ?? '', source, indicator: claim.indicator.name, count: String(v.evidence.length) },
        actual: claim.text, expected: v.expected, fix: v.fix, evidence: v.evidence,
      });
    } else if (v.status === 'ambiguous') {
      push({
        code: 'ambiguous', severity: 'information', span: claim.span,
        args: { actual: claim.text, candidates: v.evidence.slice(0, 5).map((f) => f.text).join('、'), indicator: claim.indicator.name },
        actual: claim.text, evidence: v.evidence,
      });
    } else if (v.status === 'unverified' && (options.unverified ?? 'off') !== 'off') {
      push({
        code: 'unverified', severity: options.unverified === 'off' || !options.unverified ? 'hint' : options.unverified, span: claim.span,
        args: { actual: claim.text, indicator: claim.indicator.name || '?' }, actual: claim.text, evidence: [],
      });
    }
  }
  for (const f of consistencyFindings(analysis.text, analysis.claims)) push(f);
  findings.sort((a, b) => a.span.start - b.span.start);
  return { verdicts, findings, cancelled: false };
}

/** The set kept under `key`, made when first asked for. */
function setAt<K, V>(sets: Map<K, Set<V>>, key: K): Set<V> {
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set()));
  return set;
}

/** The map kept under `key`, made when first asked for. */
function mapAt<K, K2, V>(maps: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let map = maps.get(key);
  if (!map) maps.set(key, (map = new Map()));
  return map;
}

/** The one verified name of the sentence that a bare head noun ends (产量 → 新能源汽车产量). */
function headOf(claim: Claim, names: ReadonlySet<string> | undefined): string | undefined {
  const head = claim.indicator.name;
  if (!names || !BARE_HEADS.has(head)) return undefined;
  let found: string | undefined;
  for (const name of names) {
    if (name.length <= head.length || !name.endsWith(head) || name.includes('占')) continue;
    if (found !== undefined && found !== name) return undefined;
    found = name;
  }
  return found;
}
