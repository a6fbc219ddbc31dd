// One claim against the index: verified when a compatible fact states the same figure; a mismatch
// only when facts about the very same indicator, region, period (and scope, for ranks) state another
// figure; unverified otherwise. A figure that no source states is never a mismatch.
//
// In the order the index lists candidates (ReferenceIndex.candidates, then .related):
//   1. verified by the candidates that state the same figure (compatibility not 'conflict');
//   2. else verified by related indicators' facts that state it in a passage like the draft's (≥ 0.25),
//      or that are the same share written without its base (税收占比 / 税收占一般公共预算收入比重);
//   3. else contradicted by candidates agreeing on every field ('same') with the draft's unit, and by
//      up to CONTEXT_LIMIT partly-agreeing candidates then related facts (same unit) whose words before
//      the figure read like the draft's;
//   evidence ranked by rankBy (the first RANK_LIMIT, best context first, then the newest document).
// The index is visited group by group (facts of one region and period), a fact read from the group's
// columns: no Fact object is made for a fact that is not evidence.
import type { Claim, ClaimVerdict, Fact } from '../types';
import type { KeyTable, ReferenceIndex } from '../reference/referenceIndex';
import type { Chunk } from '../reference/factStore';
import { BigramTable } from '../reference/contextSimilarity';
import { comparableUnits, fieldsCompatibility, sameValueOf } from './compatibility';
import { formatExpected } from './formatExpected';

/** 县域园区规上工业增加值 and 园区规上工业增加值: one name the other's qualified form. */
function longerOrShorter(a: string, b: string): boolean {
  return a !== b && (a.endsWith(b) || b.endsWith(a));
}

/** The words a longer name adds before a shorter one it ends with (国民体质监测 of 国民体质监测合格率 over
 * 监测合格率), or '' when it is not that shorter name qualified. */
function addedWords(longer: string, shorter: string): string {
  return shorter.length < longer.length && longer.endsWith(shorter) ? longer.slice(0, longer.length - shorter.length) : '';
}

/** 监测合格率 read where its sentence said 国民体质监测 before it: the fact is of `name`, whose words before its
 * shorter name stand in the fact's sentence before the figure. (洈水水库蓄水 is not 全市水库蓄水总量.) */
export function qualifiedBefore(fact: Fact, name: string): boolean {
  const qualifier = addedWords(name, fact.indicator.name);
  return qualifier.length >= 2 && fact.source.excerpt.slice(0, fact.source.excerptSpan.start).includes(qualifier);
}

/** A fact of a shorter name (接待游客) whose passage never says the words the claim's name adds (乡村旅游),
 * nor their first two characters (道德信用贷款余额 against a passage on 道德银行's 贷款余额 is spoken of). */
export function unqualifiedWhole(fact: Fact, name: string): boolean {
  const qualifier = addedWords(name, fact.indicator.name);
  return qualifier.length >= 2 && !fact.source.excerpt.includes(qualifier.slice(0, 2));
}

/** How far before a name 占 may stand and still make it a share's base (占全市规模以上工业). */
const SHARE_OF_REACH = 10;
/** 占 and the words between it and the base's name, no break among them. */
const SHARE_OF = /占[^，,。；;、]*$/;

/** 黄海造船完工量…，约占全市造船完工量的四成: the draft's sentence makes the shorter name the whole that the
 * claim's name is a part of, so the whole's figure is not the claim's however alike the passages read. */
function wholeInDraft(shorter: string, name: string, sentence: string): boolean {
  const qualifier = addedWords(name, shorter);
  if (!qualifier) return false;
  for (let at = sentence.indexOf(shorter); at >= 0; at = sentence.indexOf(shorter, at + 1)) {
    const before = SHARE_OF.exec(sentence.slice(Math.max(0, at - SHARE_OF_REACH), at));
    if (before && !before[0].endsWith(qualifier)) return true;
  }
  return false;
}

/** 新能源汽车类零售额增长36.5%，汽车类零售额也增长了3.6%: the draft's sentence names the longer name apart from
 * the claim's, so the part's figure is not the whole's however alike the passages read. */
function partInDraft(longer: string, name: string, sentence: string): boolean {
  return addedWords(longer, name) !== '' && sentence.includes(longer);
}

/** The words of the draft sentence, for choosing among facts. */
export interface ClaimContext {
  sentence: string;
  /** The draft's words just before the figure (same sentence). */
  near: string;
  /** The title of the draft's article: what its bare names are about (客运量 in a report on 公共交通). */
  title?: string;
  /**
   * Source sentences (passageKey) that verified other figures of the draft's sentence: a fact there on
   * the same indicator contradicts even where a field is unknown (双流区GDP650.2亿元，增长7.6%, the
   * amount verified by the sentence that says 增长7.2%).
   */
  anchors?: ReadonlySet<string>;
  /**
   * Half a match, for checking in two passes: 'support' asks only whether a source states the figure
   * (verified or unverified); 'contradiction' is for a figure that pass found no source stating, and looks
   * only for what contradicts it. Both by default.
   */
  pass?: 'support' | 'contradiction';
}

/** Whether `longer` is `name` with words before it that the draft's title holds (公共交通客运量 for 客运量 in
 * 2024年合肥市公共交通发展情况汇报). */
function titleQualifies(longer: string, name: string, title: string | undefined): boolean {
  if (!title) return false;
  const qualifier = addedWords(longer, name);
  return qualifier.length >= 2 && title.includes(qualifier);
}

/** Beyond this many facts, only the first are ranked by context (huge corpora). */
const RANK_LIMIT = 32;
/** Evidence kept per verdict, best first: reports show five, hovers three; a corpus that states one figure
 * forty times need not hold forty Fact objects for each of a draft's figures. */
export const EVIDENCE_KEPT = 8;
/** Facts that agree only partly (a field unknown) are read for context up to this many per claim:
 * beyond it a corpus repeats the indicator so often that context no longer singles one out. */
const CONTEXT_LIMIT = 64;
/** Characters before a figure compared with the characters before the draft's figure. */
const LEFT_WINDOW = 30;

const BOUNDS: ReadonlySet<string | undefined> = new Set(['over', 'under', 'within']);

/** 连续七年保持在98%以上, 多年来稳定在90%以上: words before a bound that hold it over a run of years. */
const OVER_YEARS = /(?:连续[0-9一二三四五六七八九十两多]+(?:年|个季度|个月)|多年来?|历年|[0-9一二三四五六七八九十两]+年来)[^，,；;。]{0,10}$/;

/** Whether a bound whose draft words are `near` is held over a run of years: then no one year's figure
 * confirms it, however much its own place and period (that year is one of the run), only the same bound. */
export function boundOverYears(near: string): boolean {
  return OVER_YEARS.test(near);
}

const SAME = 0;
const UNKNOWN = 1;
const CONFLICT = 2;

interface Prepared {
  sentence: SentenceScores;
  near: BigramTable;
}

/**
 * The draft sentence against source excerpts, each scored once: the figures of one draft sentence are
 * usually matched against the same few source sentences.
 */
class SentenceScores {
  readonly table: BigramTable;
  private readonly scores = new Map<Chunk, Map<number, number>>();

  constructor(readonly passage: string) {
    this.table = new BigramTable(passage);
  }

  /** Share of the sentence's bigrams in the excerpt of the chunk's row. */
  excerptOverlap(chunk: Chunk, row: number): number {
    let byStart = this.scores.get(chunk);
    if (!byStart) this.scores.set(chunk, (byStart = new Map()));
    const start = chunk.excerptStart(row);
    let score = byStart.get(start);
    if (score === undefined) byStart.set(start, (score = this.table.overlapIn(chunk.text, start, chunk.excerptEnd(row))));
    return score;
  }
}

/** The sentence's scores are kept for the next claim: a draft sentence usually holds several figures. */
let lastSentence: SentenceScores | undefined;

function prepare(ctx: ClaimContext): Prepared {
  if (!lastSentence || lastSentence.passage !== ctx.sentence) lastSentence = new SentenceScores(ctx.sentence);
  let near: BigramTable | undefined;
  // The words before the figure are read only when a contradiction is looked for.
  return { sentence: lastSentence, get near() { return (near ??= new BigramTable(ctx.near)); } };
}

/** Per kind of fact (ReferenceIndex.kinds), its compatibility with the current claim, computed once per
 * claim: valid where stamp === current. */
let kindStamp = new Int32Array(64);
let kindCompat = new Int8Array(64);
/** 1 where the kind's figures may contradict the claim's: the same unit, and a running total only another's. */
let kindComparable = new Uint8Array(64);
let stamp = 0;

/** Whether the rounded or bounded facts that support a claim state its figure: a rounding of it (约1220亿元
 * for 1220.7亿元), or a bound at its very number (超过550亿元 for 550亿元). A bound that only holds it
 * (增长超过三成 for 32.5%) does not state it. */
function boundStates(claim: Claim, ids: readonly number[], index: ReferenceIndex): boolean {
  const q = claim.quantity;
  return ids.some((id) => {
    const f = index.fact(id).quantity;
    return f.approx === 'about' || Math.abs(f.value - q.value) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.value));
  });
}

function rankBy(ids: readonly number[], index: ReferenceIndex, p: Prepared, claim: Claim): Fact[] {
  const n = Math.min(ids.length, RANK_LIMIT);
  const period = claim.period;
  const inPeriod = new Uint8Array(n);
  const chunks: Chunk[] = new Array<Chunk>(n);
  const rows = new Int32Array(n);
  const scores = new Float64Array(n);
  const dates = new Int32Array(n);
  const order: number[] = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const chunk = index.chunkOf(ids[k]);
    const row = ids[k] - chunk.firstId;
    chunks[k] = chunk;
    rows[k] = row;
    scores[k] = p.sentence.excerptOverlap(chunk, row);
    dates[k] = index.dateRank(chunk, row);
    const fp = period?.year ? chunk.fact(row).period : undefined;
    inPeriod[k] = fp && fp.year === period?.year && fp.part === period.part ? 1 : 0;
    order[k] = k;
  }
  // A fact of the claim's own period first, even one the draft only implies (合肥第三产业增加值 in a
  // paragraph on 2023, against the 2023 and the 2024 上半年 figures); then the best context; among
  // equals, the newest document (a revised figure supersedes). Stable.
  order.sort((a, b) => inPeriod[b] - inPeriod[a] || scores[b] - scores[a] || dates[b] - dates[a]);
  return order.slice(0, EVIDENCE_KEPT).map((k) => chunks[k].fact(rows[k]));
}

/** Share of the draft sentence's bigrams in the fact's excerpt. */
function excerptOverlap(id: number, index: ReferenceIndex, p: Prepared): number {
  const chunk = index.chunkOf(id);
  return p.sentence.excerptOverlap(chunk, id - chunk.firstId);
}

/** The draft's words before the figure against the source's words before its figure (in its excerpt). */
function closeContext(id: number, index: ReferenceIndex, p: Prepared): boolean {
  const chunk = index.chunkOf(id);
  const row = id - chunk.firstId;
  const s = chunk.excerptStart(row);
  const at = chunk.excerptSpanStart(row);
  return p.near.overlapIn(chunk.text, s + Math.max(0, at - LEFT_WINDOW), Math.min(s + at, chunk.excerptEnd(row))) >= 0.4;
}

/** Whether the fact stands in one of the source sentences that verified the draft sentence's other figures. */
function anchoredIn(id: number, index: ReferenceIndex, anchors: ReadonlySet<string> | undefined): boolean {
  if (!anchors?.size) return false;
  const chunk = index.chunkOf(id);
  return anchors.has(chunk.passage(id - chunk.firstId));
}

/** The positions in group g whose value may be sameValue() with the claim's: a superset, tested fact by fact. */
function valueWindow(claim: Claim, t: KeyTable, g: number, out: number[]): void {
  const a = claim.quantity;
  const v = a.value;
  if (claim.measure === 'rank') {
    t.valuesWithin(g, v, v, out);
    return;
  }
  const tol = Math.max(a.tolerance, t.maxTolerance[g]) + 1e-9 * Math.max(1, Math.abs(v));
  // Wide enough for an approximate source's band (compatibility.ts: 2 % or twice its rounding).
  const w = a.approx ? Math.abs(v) * 0.2 + 2 * Math.abs(tol) : Math.max(2 * Math.abs(tol), Math.abs(v) * 0.021);
  if (!Number.isFinite(v) || !Number.isFinite(w)) {
    // Every position (NaN ones too): sameValueOf decides.
    for (let i = t.start[g]; i < t.start[g + 1]; i++) out.push(i);
    return;
  }
  const slack = (Math.abs(v) + Math.abs(w)) * 1e-12;
  t.valuesWithin(g, v - w - slack, v + w + slack, out);
}

/** An exact amount written to four significant figures or more (181.4亿元, 2456.7亿元, 128万人 is not). */
function isDistinctive(claim: Claim): boolean {
  const q = claim.quantity;
  return claim.measure === 'value' && !q.approx && q.unit !== '%' && q.tolerance > 0 && Math.abs(q.value) / q.tolerance >= 1000;
}

/** A figure the draft writes more precisely than a source rounds it (24.33% for a summary's 24.3%, 612.83亿元
 * for a feature's 612.8亿元): the source does not say the draft is wrong, nor that it is right. (A rate is
 * rounded so to its tenths or hundredths only: a whole-number rate, 增长6%, is often a target or a rounded
 * headline and is still compared at the draft's precision.) */
export function roundsTo(claim: Claim, value: number, tolerance: number): boolean {
  const q = claim.quantity;
  if (claim.measure === 'rank' || q.approx) return false;
  const eps = 1e-9 * Math.max(1, Math.abs(q.value));
  return tolerance > q.tolerance + eps && (q.unit !== '%' || tolerance <= 0.05 + eps) && Math.abs(value - q.value) <= tolerance + eps;
}

/** A bound the draft writes that an exact source figure keeps, however loosely (超过1100亿元 for
 * 1220.7亿元): not confirmed, not contradicted. A target's bound is its figure (力争新增120家以上 against
 * 150家以上), and two bounds are compared as figures. */
export function boundHolds(claim: Claim, value: number, factApprox: Claim['quantity']['approx']): boolean {
  const q = claim.quantity;
  if (claim.measure === 'rank' || claim.target || factApprox !== undefined) return false;
  switch (q.approx) {
    case 'over': return value >= q.value - q.tolerance;
    case 'nearly': case 'under': case 'within': return value <= q.value + q.tolerance;
    default: return false;
  }
}

export function matchClaim(claim: Claim, index: ReferenceIndex, ctx: ClaimContext): ClaimVerdict {
  // What is expected may be confirmed by a source that expects it too; what was cannot contradict it.
  if (claim.forecast) ctx = { ...ctx, pass: 'support' };
  const v = matchAsWritten(claim, index, ctx);
  if (ctx.pass === 'support' || v.status !== 'unverified' || claim.measure !== 'diff' || claim.quantity.unit !== '%') return v;
  return pointsWrittenAsPercent(claim, index, ctx) ?? v;
}

/**
 * 比重提高1.8% where the sources say 1.8个百分点: the claim read in points. The same number is a unit
 * mismatch; another number a difference mismatch. Either way the fix writes 个百分点.
 */
function pointsWrittenAsPercent(claim: Claim, index: ReferenceIndex, ctx: ClaimContext): ClaimVerdict | undefined {
  const q = claim.quantity;
  const inPoints: Claim = { ...claim, quantity: { ...q, unit: '个百分点', notation: { ...q.notation, suffix: '个百分点' } } };
  // Read in points the figure is another one: whether a source states it is not yet known.
  const v = matchAsWritten(inPoints, index, { ...ctx, pass: undefined });
  if (v.status === 'verified') {
    const expected = formatExpected(inPoints, v.evidence[0]);
    return { claim, status: 'mismatch', evidence: v.evidence, expected, fix: { span: claim.span, newText: expected }, unitOnly: true };
  }
  if (v.status === 'mismatch') return { ...v, claim };
  return undefined;
}

function matchAsWritten(claim: Claim, index: ReferenceIndex, ctx: ClaimContext): ClaimVerdict {
  if (!claim.indicator.name) return { claim, status: 'unverified', evidence: [] };
  const p = prepare(ctx);
  const unit = claim.quantity.unit;
  const name = claim.indicator.name;

  // Compatibility of each kind of fact with this claim, on first use.
  const kinds = index.kinds;
  if (kindStamp.length < kinds.length) {
    const n = Math.max(kinds.length, kindStamp.length * 2);
    kindStamp = new Int32Array(n);
    kindCompat = new Int8Array(n);
    kindComparable = new Uint8Array(n);
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
      // (A total over years, 2021年以来累计下降10.8%, confirms a 累计下降10.8% read in no span but contradicts
      // only another such total: 350个 new this year is not 累计…超过1500个.)
      kindComparable[k] = comparableUnits(f.unit, unit) && (f.phase === 'cumulative') === (claim.phase === 'cumulative') ? 1 : 0;
      kindStamp[k] = current;
    }
    return kindCompat[k];
  };
  // A source that only bounds the figure (控制在3.5%以内, 超过100亿元) does not say what it was: an exact
  // figure inside the bound is not contradicted by it. A target's threshold (突破2350亿元) is its figure.
  const inBound = (k: number, v: number): boolean => {
    const kind = kinds[k];
    if (claim.quantity.approx || !BOUNDS.has(kind.approx) || (claim.target && kind.target)) return false;
    return kind.approx === 'over' ? claim.quantity.value >= v : claim.quantity.value <= v;
  };
  /** Whether a fact of kind k stating v cannot contradict the claim: another unit or running-ness, or a
   * bound on either side that the other's figure keeps. */
  const cannotContradict = (k: number, v: number, tolerance: number): boolean => !kindComparable[k] || inBound(k, v) || boundHolds(claim, v, kinds[k].approx) || (kinds[k].approx === undefined && roundsTo(claim, v, tolerance));
  /** Positions in g of the compatible facts stating the claim's figure, in candidate order. */
  const hits: number[] = [];
  const supportIn = (t: KeyTable, g: number): number[] => {
    hits.length = 0;
    valueWindow(claim, t, g, hits);
    let n = 0;
    for (const i of hits) {
      if (compatOf(t.kinds[i]) !== CONFLICT && sameValueOf(claim, t.values[i], t.tolerances[i], kinds[t.kinds[i]].approx)) hits[n++] = i;
    }
    hits.length = n;
    if (n > 1) hits.sort((x, y) => x - y);
    return hits;
  };

  // 1. Candidates stating the same figure (the first RANK_LIMIT: rankBy reads no further).
  const supporting: number[] = [];
  // Whether every supporting fact only bounds or rounds its figure (read from its kind: no Fact is made).
  let supportLoose = true;
  // A bound (保持在98%以上) holds for many figures: only one of its own place and period confirms it,
  // not a figure of some year or quarter the draft may not mean (the same bound, written alike, does).
  const bound = BOUNDS.has(claim.quantity.approx) ? claim.quantity.approx : undefined;
  const overYears = bound !== undefined && boundOverYears(ctx.near);
  // The part of the year the draft means (1-9月, said or its title's), and whether every supporting fact has
  // another that only its document's title gave it (a 2023年公报's sentence, read as the whole year).
  const statedPart = claim.period?.part ?? '';
  /** Whether the draft says its part of the year itself, not only under a heading. */
  const partStated = statedPart !== '' && claim.period?.partInferred !== true;
  /** A group its document's title alone dates to a part of the year (上半年, 1-9月), for a figure the draft gives
   * for the whole year: a half year's figure is no whole year's, however alike its passage. (A quarter's draft
   * often quotes the 前三季度 its source is titled on; a whole year read off a bare 2024年 may be wrong.) */
  const titledOtherPart = (t: KeyTable, g: number): boolean => {
    const gp = t.groups[g].period;
    return partStated && statedPart === 'FY' && gp?.partInferred === true && gp.part !== '' && gp.part !== 'FY';
  };
  /** A group whose part of the year only its document's title gave, and not the claim's. */
  const guessedOtherPart = (t: KeyTable, g: number): boolean => {
    const gp = t.groups[g].period;
    return gp?.partInferred === true && gp.part !== statedPart;
  };
  /** A group of the claim's region whose source states the claim's part of the year. */
  const statesPart = (t: KeyTable, g: number): boolean => {
    const gp = t.groups[g].period;
    return statedPart !== '' && gp !== undefined && !gp.partInferred && gp.part === statedPart && (claim.region === undefined || t.regions[g] === claim.region);
  };
  /**
   * What the groups that state the claim's part of the year (kept while visiting, read only when every
   * support was guessed) say the figure is, when it is another; `inContext`: a related name's facts count
   * only in a like passage, or as a share's short form.
   */
  const otherwiseStated = (groups: readonly StatedGroup[], inContext: boolean): ClaimVerdict | undefined => {
    const ids: number[] = [];
    for (const { t, g, shortForm } of groups) {
      for (let i = t.start[g]; i < t.start[g + 1] && ids.length < RANK_LIMIT; i++) {
        const k = t.kinds[i];
        if (compatOf(k) === CONFLICT || cannotContradict(k, t.values[i], t.tolerances[i])) continue;
        if (!inContext || shortForm || closeContext(t.ids[i], index, p)) ids.push(t.ids[i]);
      }
    }
    if (!ids.length) return undefined;
    const ranked = rankBy(ids, index, p, claim);
    const expected = formatExpected(claim, ranked[0]);
    return expected === claim.text ? undefined : mismatch(claim, ranked, expected);
  };
  /** Whether a fact of the claim's own name and place, no field in conflict, states its figure exactly
   * (read once no candidate supported the claim: so it states another); `samePlaceOnly`: of its very
   * region and period. */
  const ownNameOtherwise = (samePlaceOnly: boolean): boolean => {
    let found = false;
    index.visit(claim, name, (t, g, samePlace) => {
      if (samePlaceOnly ? !samePlace : t.regions[g] !== claim.region) return;
      for (let i = t.start[g]; i < t.start[g + 1]; i++) {
        const k = t.kinds[i];
        if (compatOf(k) !== CONFLICT && kinds[k].approx === undefined && !cannotContradict(k, t.values[i], t.tolerances[i])) {
          found = true;
          return false;
        }
      }
    });
    return found;
  };
  let supportGuessed = statedPart !== '';
  const statedGroups: StatedGroup[] = [];
  if (ctx.pass !== 'contradiction') index.visit(claim, name, (t, g, samePlace) => {
    if (statesPart(t, g)) statedGroups.push({ t, g, shortForm: false });
    // (预计全年增长6%左右: what is expected is confirmed by a figure of its own year, not by last year's 6.1%.)
    if (forecastOfAnother(claim, t.groups[g].period)) return;
    const guessed = guessedOtherPart(t, g);
    for (const i of supportIn(t, g)) {
      if (bound && (overYears || !samePlace) && kinds[t.kinds[i]].approx !== bound) continue;
      if (!guessed) supportGuessed = false;
      supporting.push(t.ids[i]);
      if (kinds[t.kinds[i]].approx === undefined) supportLoose = false;
      if (supporting.length >= RANK_LIMIT) return false;
    }
  });
  // An exact figure that only a rounded or bounded source confirms (九成以上 for 90.1%) is contradicted
  // by a source that states it exactly otherwise (91.1%): the bound is held back until that is known.
  const exactClaim = !claim.quantity.approx;
  let boundOnly: number[] | undefined;
  // (按综合指数排名，…位列第三位 in a draft on 1-9月: a 2023 bulletin's 第三位 agrees, the 1-9月 analysis says
  // 第二位. A source that states the draft's own part of the year outweighs one whose part was guessed.)
  const statedSame = supporting.length && supportGuessed ? otherwiseStated(statedGroups, false) : undefined;
  if (statedSame) return statedSame;
  if (supporting.length && exactClaim && ctx.pass !== 'support' && supportLoose) boundOnly = supporting;
  else if (supporting.length) return { claim, status: 'verified', evidence: rankBy(supporting, index, p, claim) };

  // What could contradict, in candidate order: facts agreeing on every field with the draft's unit
  // (id), and the first CONTEXT_LIMIT partly agreeing ones with its unit, to be read for context (-id).
  // Past RANK_LIMIT facts that agree on every field, nothing more counts.
  const pending: number[] = [];
  /** Facts agreeing on every field (of the claim's name or its share's short form) that state their figure exactly: what overrides a bound. */
  const exactSame: number[] = [];
  let same = 0;
  let read = ctx.pass === 'support' ? CONTEXT_LIMIT : 0;
  if (ctx.pass !== 'support') index.visit(claim, name, (t, g, samePlace) => {
    if (!samePlace && read >= CONTEXT_LIMIT) return;
    // (A milestone no year is given for, 一年里…旅客吞吐量站上3000万人次, bounds some other year's exact figure;
    // so does one whose year is only the title's when the claim's own year is another.)
    const gp = t.groups[g].period;
    if (otherYearsTarget(claim, gp)) return;
    const undatedGroup = exactClaim && claim.period !== undefined && (gp === undefined || (gp.yearInferred === true && claim.period.yearInferred === false && Boolean(claim.period.year) && gp.year !== claim.period.year));
    // (第三产业…比上年末提高0.8个百分点 in a report on 2023 is not contradicted, however like its words, by a
    // 2023年上半年 analysis's 提高0.5个百分点: its title dates it to another part of the year than the draft says.)
    const titled = titledOtherPart(t, g);
    for (let i = t.start[g]; i < t.start[g + 1]; i++) {
      const k = t.kinds[i];
      const c = compatOf(k);
      if (c === CONFLICT || cannotContradict(k, t.values[i], t.tolerances[i])) continue;
      if (c === SAME && samePlace) {
        pending.push(t.ids[i]);
        if (kinds[k].approx === undefined) exactSame.push(t.ids[i]);
        if (++same >= RANK_LIMIT) return false;
      } else if (read < CONTEXT_LIMIT && !titled && !(undatedGroup && BOUNDS.has(kinds[k].approx))) {
        read++;
        pending.push(-t.ids[i]);
      }
    }
  });

  // 2. Related indicators: support read in context, and facts read for contradiction.
  const relatedSupport: number[] = [];
  /** Whether a related fact supports for the claim's very region and period. */
  let relatedSamePlace = false;
  let relatedLoose = true;
  let relatedGuessed = statedPart !== '';
  const relatedStated: StatedGroup[] = [];
  const relatedRead: number[] = [];
  /** Those of relatedRead of the claim's very region and period. */
  const relatedHere = new Set<number>();
  const distinctive = isDistinctive(claim);
  index.visitRelated(claim, (t, g, samePlace, shortForm, part, wholeOfNamedPart) => {
    // (The whole's figure does not confirm a part the draft names: 工业投资 against 民间工业投资, 快递业务收入
    // against 异地快递业务收入.)
    if (ctx.pass !== 'contradiction' && relatedSupport.length < RANK_LIMIT && !forecastOfAnother(claim, t.groups[g].period)) {
      const guessed = guessedOtherPart(t, g);
      // The same share written without its base states the figure itself, whatever the passage; so does
      // an amount of four figures or more for the same place and period (太仓市收入181.4亿元 against a
      // table row of 一般公共预算收入), where a coincidence is out of the question.
      for (const i of supportIn(t, g)) {
        // (开工率为96.1% in a sentence on 老旧小区改造 states the draft's 老旧小区改造开工率 however long the sentence,
        // and is no whole of it.)
        const qualified = qualifiedBefore(index.fact(t.ids[i]), name);
        if (wholeOfNamedPart && !qualified) continue;
        if (relatedSupport.length < RANK_LIMIT && (shortForm || (distinctive && samePlace) || qualified || excerptOverlap(t.ids[i], index, p) >= 0.25)) {
          relatedSupport.push(t.ids[i]);
          if (samePlace) relatedSamePlace = true;
          if (kinds[t.kinds[i]].approx === undefined) relatedLoose = false;
          if (!guessed) relatedGuessed = false;
        }
      }
    }
    if (!part && statesPart(t, g)) relatedStated.push({ t, g, shortForm: shortForm === true });
    // (Nor a related name's passage dated to another part of the year by its title alone.)
    const unread = otherYearsTarget(claim, t.groups[g].period) || titledOtherPart(t, g);
    for (let i = t.start[g]; i < t.start[g + 1] && read < CONTEXT_LIMIT && !part && !unread; i++) {
      const k = t.kinds[i];
      if (compatOf(k) !== CONFLICT && !cannotContradict(k, t.values[i], t.tolerances[i])) {
        // (税收占比72.0% against 税收收入占一般公共预算收入的比重为70.2%: the same share, every field agreeing.)
        if (shortForm && samePlace && compatOf(k) === SAME && ctx.pass !== 'support') {
          pending.push(t.ids[i]);
          if (kinds[k].approx === undefined) exactSame.push(t.ids[i]);
          continue;
        }
        read++;
        relatedRead.push(t.ids[i]);
        if (samePlace) relatedHere.add(t.ids[i]);
      }
    }
  }, ctx.near);
  // (园区…回落0.8个百分点 against 县域园区…回落0.8个百分点 beside 园区…回落0.3个百分点: a related name read in
  // context does not outweigh the claim's own name stating another figure exactly, no field in conflict,
  // for a place and period as close as the related name's.)
  // (A neighbour, 财政总收入 for 财政收入, is another reading of the draft's word, not a longer name: it stays;
  // so does a share's short form, which is never a longer or shorter name.)
  // (Unless the draft's title holds the longer name's added words: in a report on 公共交通, its 第四季度客运量
  // is 公共交通客运量, not the rail group's own 客运量.)
  if (relatedSupport.length && relatedSupport.every((id) => longerOrShorter(index.fact(id).indicator.name, name) && !titleQualifies(index.fact(id).indicator.name, name, ctx.title)) && ownNameOtherwise(relatedSamePlace)) relatedSupport.length = 0;
  // (So for a related name's facts in a like passage: 按综合指数排名 against 环境空气质量综合指数's.)
  const statedRelated = !boundOnly && relatedSupport.length && relatedGuessed ? otherwiseStated(relatedStated, true) : undefined;
  if (statedRelated) return statedRelated;
  if (!boundOnly && relatedSupport.length && exactClaim && ctx.pass !== 'support' && relatedLoose) boundOnly = relatedSupport;
  else if (!boundOnly && relatedSupport.length) return { claim, status: 'verified', evidence: rankBy(relatedSupport, index, p, claim) };
  if (boundOnly) {
    const bounds = new Set(boundOnly);
    const exact = exactSame.filter((id) => !bounds.has(id));
    if (!exact.length) return boundStates(claim, boundOnly, index) ? { claim, status: 'verified', evidence: rankBy(boundOnly, index, p, claim) } : { claim, status: 'unverified', evidence: [] };
    const ranked = rankBy(exact, index, p, claim);
    const expected = formatExpected(claim, ranked[0]);
    // (煤炭消费比重78.6%: its own name's 接近八成 only bounds it, the share's full name states it exactly.)
    if (expected === claim.text) return { claim, status: 'verified', evidence: ranked };
    return mismatch(claim, ranked, expected);
  }
  if (ctx.pass === 'support') return { claim, status: 'unverified', evidence: [] };

  // 3. Contradiction needs the same indicator with every field agreeing, or a passage that reads like
  // the draft's. A figure with no unit (突破万亿) can confirm an amount but not contradict one.
  // (Those agreeing on every field first: in one source sentence, 高于全国约8.9个百分点 answers the draft's
  // 高于全国约9.8个百分点 before the 比上年末提高0.48个百分点 beside it, whose base is unsaid.)
  const contradicting: number[] = [];
  for (const x of pending) {
    if (contradicting.length >= RANK_LIMIT) break;
    if (x > 0) contradicting.push(x);
  }
  for (const x of pending) {
    if (contradicting.length >= RANK_LIMIT) break;
    if (x < 0 && (closeContext(-x, index, p) || anchoredIn(-x, index, ctx.anchors))) contradicting.push(-x);
  }
  let sameName = contradicting.length;
  // (国民体质监测合格率…比上年提高0.8个百分点 against the sentence that verified its 1.5个百分点, 全市国民体质监测
  // 共抽样测试8640人，监测合格率…: a shorter name, in the sentence the draft's quotes, after the words that
  // qualify it, is the draft's figure.)
  for (const id of relatedRead) {
    if (contradicting.length >= RANK_LIMIT) break;
    const fact = index.fact(id);
    const related = fact.indicator.name;
    if (wholeInDraft(related, name, ctx.sentence) || partInDraft(related, name, ctx.sentence)) continue;
    // (乡村旅游接待游客 against a passage on all the city's 接待游客: however alike the passage reads, a shorter
    // name speaks of the draft's part only where the passage names the part.)
    if (unqualifiedWhole(fact, name)) continue;
    // (问卷有效率为91.2% in a sentence on 社会满意度调查 is the draft's 社会满意度调查的问卷有效率, for its very place and
    // period; not where that sentence names the longer name apart, 总产出为68.4亿元，占体育产业总产出的53.9%.)
    if (closeContext(id, index, p) || ((anchoredIn(id, index, ctx.anchors) || (relatedHere.has(id) && !fact.source.excerpt.includes(name))) && qualifiedBefore(fact, name))) contradicting.push(id);
  }
  // (东盟继续保持…，上半年进出口…增长16.2%: the city's 进出口 growth is no answer to a figure of 东盟.)
  if (claim.topic) {
    const topic = claim.topic;
    let n = 0;
    let keptSame = 0;
    for (let j = 0; j < contradicting.length; j++) {
      if (!index.fact(contradicting[j]).source.excerpt.includes(topic)) continue;
      if (j < sameName) keptSame++;
      contradicting[n++] = contradicting[j];
    }
    contradicting.length = n;
    sameName = keptSame;
  }
  if (!contradicting.length) return { claim, status: 'unverified', evidence: [] };
  // The sentence the draft's sentence quotes says what the figure should be, before any other (on the
  // same indicator: a related one there is another figure).
  // Then the same indicator before a related one (出口 before 进出口, however alike their passages read).
  const quoted = new Set(ctx.anchors?.size ? contradicting.slice(0, sameName).filter((id) => anchoredIn(id, index, ctx.anchors)) : []);
  const ranked = [
    ...(quoted.size ? rankBy([...quoted], index, p, claim) : []),
    ...rankBy(contradicting.slice(0, sameName).filter((id) => !quoted.has(id)), index, p, claim),
    ...rankBy(contradicting.slice(sameName), index, p, claim),
  ].slice(0, EVIDENCE_KEPT);
  const expected = formatExpected(claim, ranked[0]);
  if (expected === claim.text) return { claim, status: 'ambiguous', evidence: ranked };
  return mismatch(claim, ranked, expected);
}

/** A group of facts (group g of table t) whose source states the claim's part of the year. */
interface StatedGroup {
  t: KeyTable;
  g: number;
  /** The group's name is the claim's share written without its base, or the other way round. */
  shortForm: boolean;
}

/** Whether the claim and a group each name a year, and not the same one (今年 against 2023年 too). */
function otherYear(claim: Claim, groupPeriod: Claim['period']): boolean {
  const year = claim.period?.year;
  return Boolean(year && groupPeriod?.year && groupPeriod.year !== year);
}

/** A forecast against a group of another year, or of another part of the year than the one it names
 * (下半年…增速有望回升至9%左右 against the half year's 8.6%, however the source's 上半年 was inferred). */
function forecastOfAnother(claim: Claim, groupPeriod: Claim['period']): boolean {
  if (!claim.forecast) return false;
  if (otherYear(claim, groupPeriod)) return true;
  const part = claim.period?.part;
  const other = groupPeriod?.part;
  return Boolean(part && other && !claim.period?.partInferred && part !== other);
}

/** A year by its number (2024), not one left relative (Y0). */
const YEAR = /^[0-9]{4}$/;

/** A target the draft sets for a year it names, against a group of another year (one its source's title
 * or date gave it too): another year's target, however alike it reads (2025年…力争增长8.5%左右 against a
 * 2024 analysis's 紧盯全年…增长8%以上的目标). A year left relative, 今年 in an undated source, may be the draft's. */
function otherYearsTarget(claim: Claim, groupPeriod: Claim['period']): boolean {
  return claim.target === true && !claim.period?.yearInferred && YEAR.test(claim.period?.year ?? '') && YEAR.test(groupPeriod?.year ?? '') && otherYear(claim, groupPeriod);
}

/** The claim contradicted by `evidence` (best first), fixed to `expected` over its own span. */
function mismatch(claim: Claim, evidence: Fact[], expected: string): ClaimVerdict {
  return { claim, status: 'mismatch', evidence, expected, fix: { span: claim.span, newText: expected } };
}
