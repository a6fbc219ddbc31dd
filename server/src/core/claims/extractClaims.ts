// Text → claims. The same extractor reads sources and drafts, so a phrasing it reads one way in a
// source it reads the same way in a draft. Per sentence: find figures, decide each one's measure,
// indicator, region, period, scope; then apply the list structures (分别, 分居, 均位居, 由…到…).
import type { Claim, Measure, Period, Span } from '../types';
import type { Lexicon, RegionMention } from '../lexicon/lexicon';
import { toHalfWidth } from '../text/fullwidth';
import { segment, type Sentence } from '../text/segment';
import { findFigures, notationOf, type RawFigure } from './findFigures';
import { findPeriods, mergePeriods, resolvePeriod, type PeriodMention } from './periods';
import { canonicalIndicatorName, cleanIndicatorPhrase, distributeItems } from './indicatorPhrase';
import { splitArticles, type Article } from './articles';
import { normaliseScope, scopeBefore } from './rankScope';

export interface ExtractOptions {
  lexicon: Lexicon;
  /** YYYY-MM-DD, overrides a date found in the text. */
  documentDate?: string;
}

/** Claims plus what was recognised around them, for highlighting. */
export interface Extraction {
  claims: Claim[];
  regions: Span[];
  periods: Span[];
  indicators: Span[];
  /** Per article: title and date, for provenance. */
  articles: Article[];
}

const GROWTH_CUE = /(增长率|增长速度|增速|增幅|上涨|涨幅|年均增长|同比增长|同比下降|增长|下降|减少|回落|回升|同比|下滑|降低|减)/g;
const SHARE_CUE = /(占比|比重|比例|份额|占|率|强度|覆盖)/g;
const DECLINE = /(下降|减少|回落|下滑|降低|减)$/;
const DIFF_DOWN = /(低于|下降|回落|降低|收窄|减少|下滑|缩小)/;
const TARGET_CUE = /(目标为|目标是|预期目标|主要目标|(?<!实)力争|预期|预计|计划|争取|确保|目标|到20[0-9]{2}年)/;
const NOT_TARGET = /(达到|完成|实现|超额完成|没有完成|未完成|基本达到)(了)?(年度|全年|预期|既定|各项)?(预期)?目标/;
const RANK_CUE = /(位居|位列|居于|居|列|名列|排名|排|跃居|稳居|跃升至|跃升到|上升至|上升到|提升至|提升到|升至|挺进|跻身|进入|保持|分居|分列|均居|均列|均位居|位次)/;
// Words that may stand before a subject region at the start of a clause (今年1-7月，余姚…). One
// character class inside the repetition, never a nested quantifier: this runs on every clause.
const SUBJECT_PREFIX = /^(?:今年|去年|全年|其中|同期|目前|截至目前|截至|此外|同时|另外|据|在|[0-9一二三四五六七八九十至到\-月年季度上下半前底末初以来份])*$/;
const SUBJECT_PREFIX_MAX = 24;

function isClauseInitial(prefix: string): boolean {
  return prefix.length <= SUBJECT_PREFIX_MAX && SUBJECT_PREFIX.test(prefix);
}

interface Context {
  article: Article;
  mainRegion?: string;
  titlePeriod?: Period;
  headingPeriod?: Period;
  headingRegion?: string;
  /** Period and region of each open heading level, so 一、2020年… still holds under （一）…. */
  headings: { level: number; period?: Period; region?: string; target?: boolean }[];
  carriedPeriod?: Period;
  carriedRegion?: string;
  carriedTown?: string;
  documentDate?: string;
}

const PERIOD_AT_START = /^((?:19|20)[0-9]{2}年|今年|去年|上年|全年|今年以来|上半年|下半年|前三季度|[一二三四]季度|前[0-9一二三四五六七八九十]+个月|[0-9]{1,2}(?:-|至|到)[0-9]{1,2}月|[0-9]{1,2}月(?:到|至)[0-9]{1,2}月|同期|当年)+/;

/** Extracts every claim from a text (draft or source). */
export function extractClaims(original: string, options: { lexicon: Lexicon; documentDate?: string }): Claim[] {
  return extract(original, options).claims;
}

/**
 * Extraction results of one paragraph, reusable while the paragraph's text and the context it starts
 * in (article, headings, a town named earlier) stay the same: an editor re-extracts only what changed.
 */
export interface ParagraphCache {
  entries: Map<string, CachedParagraph>;
}

interface ContextState {
  carriedRegion?: string;
  carriedPeriod?: Period;
  carriedTown?: string;
  headingRegion?: string;
  headingPeriod?: Period;
  headings: Context['headings'];
}

interface CachedParagraph {
  start: number;
  firstSentence: number;
  claims: Claim[];
  regions: Span[];
  periods: Span[];
  indicators: Span[];
  after: ContextState;
}

function snapshot(ctx: Context): ContextState {
  return {
    carriedRegion: ctx.carriedRegion, carriedPeriod: ctx.carriedPeriod, carriedTown: ctx.carriedTown,
    headingRegion: ctx.headingRegion, headingPeriod: ctx.headingPeriod, headings: [...ctx.headings],
  };
}

function fingerprint(ctx: Context): string {
  return JSON.stringify([ctx.article.title, ctx.documentDate, ctx.mainRegion, ctx.titlePeriod, ctx.headingPeriod, ctx.headingRegion, ctx.headings, ctx.carriedTown]);
}

const shift = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });

function shiftClaim(c: Claim, d: number, ds: number): Claim {
  return {
    ...c,
    span: shift(c.span, d),
    sentenceSpan: shift(c.sentenceSpan, d),
    sentence: c.sentence + ds,
    indicator: c.indicator.span ? { ...c.indicator, span: shift(c.indicator.span, d) } : c.indicator,
  };
}

export function extract(original: string, options: { lexicon: Lexicon; documentDate?: string }, previous?: ParagraphCache): Extraction & { cache: ParagraphCache } {
  const { lexicon } = options;
  const text = toHalfWidth(original);
  const sentences = segment(text);
  // Titles as written (full-width punctuation kept): they are shown to the writer.
  const articles = splitArticles(text).map((a) => {
    const written = original.slice(a.titleSpan.start, a.titleSpan.end).trim().replace(/^#+\s*/, '');
    return toHalfWidth(written) === a.title ? { ...a, title: written } : a;
  });
  const out: Extraction = { claims: [], regions: [], periods: [], indicators: [], articles };
  const cache: ParagraphCache = { entries: new Map() };
  let a = 0;
  let ctx = newContext(articles[0], text, lexicon, options.documentDate);
  for (let i = 0; i < sentences.length;) {
    const first = sentences[i];
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1].paragraph === first.paragraph) j++;
    while (a + 1 < articles.length && first.start >= articles[a + 1].start) {
      a++;
      ctx = newContext(articles[a], text, lexicon, options.documentDate);
    }
    // What a paragraph's first sentence establishes (余姚…, 上半年…) carries through that paragraph only.
    ctx.carriedRegion = undefined;
    ctx.carriedPeriod = undefined;
    // Sources are read once: only an editor's drafts (given a cache) pay for the paragraph keys.
    const key = previous ? `${text.slice(first.start, sentences[j].end)}\u0001${fingerprint(ctx)}` : '';
    const hit = previous?.entries.get(key);
    if (hit) {
      const d = first.start - hit.start;
      const ds = first.index - hit.firstSentence;
      for (const c of hit.claims) out.claims.push(shiftClaim(c, d, ds));
      for (const s of hit.regions) out.regions.push(shift(s, d));
      for (const s of hit.periods) out.periods.push(shift(s, d));
      for (const s of hit.indicators) out.indicators.push(shift(s, d));
      Object.assign(ctx, hit.after, { headings: [...hit.after.headings] });
      cache.entries.set(key, { ...hit, start: first.start, firstSentence: first.index, claims: out.claims.slice(out.claims.length - hit.claims.length) });
    } else {
      const marks = [out.claims.length, out.regions.length, out.periods.length, out.indicators.length];
      for (let k = i; k <= j; k++) extractSentence(text, original, sentences[k], ctx, lexicon, out);
      if (previous) {
        cache.entries.set(key, {
          start: first.start, firstSentence: first.index,
          claims: out.claims.slice(marks[0]), regions: out.regions.slice(marks[1]),
          periods: out.periods.slice(marks[2]), indicators: out.indicators.slice(marks[3]),
          after: snapshot(ctx),
        });
      }
    }
    i = j + 1;
  }
  return { ...out, cache };
}

function newContext(article: Article, text: string, lexicon: Lexicon, configured?: string): Context {
  const title = text.slice(article.titleSpan.start, article.titleSpan.end);
  const subject = subjectRegions(title, lexicon)[0] ?? subjectRegions(text.slice(article.start, Math.min(article.end, article.start + 300)), lexicon).find((r) => !r.self);
  const titlePeriod = findPeriods(title).find((p) => !p.comparative)?.period;
  return {
    article,
    mainRegion: subject?.name,
    titlePeriod,
    documentDate: configured ?? article.date,
    headings: [],
  };
}

/** Region mentions that can be a subject: not after 居/高于/占/比/在…中 (scopes and comparison bases). */
function subjectRegions(text: string, lexicon: Lexicon, found?: RegionMention[]): RegionMention[] {
  const all = found ?? lexicon.findRegions(text);
  // 奉化区尚田街道, 余姚市凤山街道: a chain of places names the last, most specific one.
  // 宁波全市: a place followed by a self reference names the place itself. The kept mention stands
  // where its chain starts, so a chain at the head of a clause is the clause's subject.
  const kept: RegionMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const r = all[i];
    if (r.self && kept.length && kept[kept.length - 1].end === r.start) continue;
    const prev = kept[kept.length - 1];
    if (prev && prev.end === r.start && !prev.self) kept[kept.length - 1] = { ...r, start: prev.start };
    else kept.push({ ...r });
  }
  return kept.filter((r) => {
    const before = text.slice(Math.max(0, r.start - 3), r.start);
    const after = text.slice(r.end, r.end + 3);
    if (/(居|列|排|高于|低于|于|占|比|较|超过|全|跻身|进入|对|向|赴|到|至|与|和|、)$/.test(before)) return false;
    if (/^(平均|各|均值|份额|的|中|内|范围|同类)/.test(after)) return false;
    return true;
  });
}

function resolveRegion(r: RegionMention, ctx: Context, sentenceNamed?: string): string | undefined {
  if (!r.self) return r.name;
  // 全区/该镇 stand for the place the text is about: named earlier in the sentence, in the
  // paragraph (a town), under the heading, or by the article.
  if (/镇|街道/.test(r.name)) return sentenceNamed ?? ctx.carriedTown ?? ctx.carriedRegion ?? ctx.headingRegion ?? ctx.mainRegion;
  return sentenceNamed ?? ctx.headingRegion ?? ctx.mainRegion;
}

function clauseOf(s: Sentence, at: number): Span {
  // Binary search: a sentence may hold thousands of clauses.
  let lo = 0;
  let hi = s.clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = s.clauses[mid];
    if (at < c.start) hi = mid - 1;
    else if (at >= c.end) lo = mid + 1;
    else return c;
  }
  return s;
}

interface SubjectMention extends RegionMention {
  clauseInitial: boolean;
}

function measureOf(fig: RawFigure, left: string): Measure {
  if (fig.kind === 'points') return 'diff';
  if (fig.kind === 'rank') return 'rank';
  if (fig.kind === 'amount') return 'value';
  let growthAt = -1;
  let shareAt = -1;
  GROWTH_CUE.lastIndex = 0;
  for (let m = GROWTH_CUE.exec(left); m; m = GROWTH_CUE.exec(left)) growthAt = m.index + m[0].length;
  SHARE_CUE.lastIndex = 0;
  for (let m = SHARE_CUE.exec(left); m; m = SHARE_CUE.exec(left)) {
    // 增长率 ends in 率 but is a growth rate.
    if (m[0] === '率' && /增长$/.test(left.slice(0, m.index))) continue;
    shareAt = m.index + m[0].length;
  }
  return growthAt > shareAt ? 'growth' : 'share';
}

interface Draft {
  fig: RawFigure;
  measure: Measure;
  phrase: string;
  phraseSpan?: Span;
  /** Phrase items when the subject is a list (A、B分别…). */
  clause: Span;
  region?: string;
  regionInferred: boolean;
  period?: Period;
  scope?: string;
  target: boolean;
  phase?: 'from' | 'to';
  basis?: Claim['basis'];
  negative: boolean;
  /** 分居/均位居 ranks resolved from earlier claims. */
  distributive?: 'each' | 'all';
}

function extractSentence(text: string, original: string, s: Sentence, ctx: Context, lexicon: Lexicon, out: Extraction): void {
  const sText = text.slice(s.start, s.end);
  const periods = findPeriods(text, s.start, s.end);
  for (const p of periods) out.periods.push({ start: p.start, end: p.end });
  const mentions = lexicon.findRegions(sText);
  for (const r of mentions) out.regions.push({ start: r.start + s.start, end: r.end + s.start });

  if (s.heading !== undefined) updateHeadingContext(text, s, s.heading, ctx, lexicon, periods);

  const figures = findFigures(sText, s.start);
  const subjects = subjectRegions(sText, lexicon, mentions) as SubjectMention[];
  for (const r of subjects) {
    r.start += s.start;
    r.end += s.start;
    r.clauseInitial = isClauseInitial(text.slice(clauseOf(s, r.start).start, r.start));
  }
  const sentenceSubject = subjects.find((r) => r.clauseInitial);
  const topicPeriod = periods.find((p) => !p.comparative && p.start < (s.clauses[0]?.end ?? s.end))?.period;

  const targetMatch = TARGET_CUE.exec(sText);
  // Under a heading of plans (2021年工作安排, 主要目标任务) every figure is a target.
  const planned = s.heading === undefined && ctx.headings.some((h) => h.target);
  const targetAt = planned ? -1 : targetMatch && !NOT_TARGET.test(sText) ? s.start + targetMatch.index : Infinity;
  const drafts: Draft[] = [];

  const periodOf = periodsOfSentence(periods, ctx, topicPeriod);
  const regionOfFigure = regionsOfSentence(s, ctx, subjects);
  let prevEnd = s.start;
  let prevClause: Span | undefined;
  for (const fig of figures) {
    const clause = clauseOf(s, fig.start);
    const segStart = prevClause && prevClause.start === clause.start ? Math.max(clause.start, prevEnd) : clause.start;
    let left = text.slice(segStart, fig.start);
    // After an earlier figure in the clause (A 8家、B 388家), the indicator starts after the 、; before the
    // first figure a 、 joins the items of a list subject (A、B分别增长x、y) and is kept.
    const item = segStart > clause.start ? left.lastIndexOf('、') : -1;
    const afterItem = item >= 0 && /[\u4e00-\u9fff]{2,}/.test(left.slice(item + 1)) ? item + 1 : 0;
    // The words that decide a figure's measure, sign and phase stand just before it: a bounded window
    // keeps a clause with thousands of figures linear.
    const near = text.slice(Math.max(clause.start, fig.start - CUE_WINDOW), fig.start);
    const measure = measureOf(fig, near);
    let phraseStart = segStart + afterItem;
    left = text.slice(phraseStart, fig.start);
    let scope: string | undefined;
    let distributive: Draft['distributive'];
    let basis: Claim['basis'];
    if (measure === 'rank') {
      const r = scopeBefore(left, RANK_CUE);
      left = r.indicator;
      scope = r.scope ? normaliseScope(r.scope, lexicon) : undefined;
      if (/^(分居|分列|分别位居|分别居|分别列)/.test(r.cue ?? '') || /分别$/.test(left)) distributive = 'each';
      if (/^均/.test(r.cue ?? '') || /均$/.test(left)) distributive = 'all';
      if (/(增速|增幅|增长速度|增长)$/.test(left)) basis = 'growth';
      else if (/(比重|占比|份额|率)$/.test(left)) basis = 'share';
    }
    let phrase = cleanIndicatorPhrase(left, lexicon, { periods: PERIOD_AT_START, allowRegionStrip: afterItem === 0 });
    // 孵化3家高科技公司, 启动50万平方米老旧小区整治改造工程: a count written before what it counts.
    if (measure === 'value' && phrase.length <= 4) {
      const after = nounAfter(text, fig.end, clause.end);
      if (after) phrase = (phrase + after.text).replace(/^(为|对|向|在|把|将|的)/, '');
    }
    // 两项指标分别位列…第一、第二, 二者均居…: the words point back at the figures before.
    if (measure === 'rank' && /^([两二三四五六七八九十0-9]+项(主要)?指标|二者|两者|三者|以上指标|上述指标|这些指标)$/.test(phrase)) {
      phrase = '';
      distributive ??= 'each';
    }
    if (measure === 'rank' && !basis && phrase) basis = 'value';
    // 分居…第二、第一: the second rank continues the first one's list and scope.
    const prevDraft = drafts[drafts.length - 1];
    if (measure === 'rank' && !phrase && !distributive && prevDraft?.measure === 'rank' && prevDraft.clause.start === clause.start && prevDraft.distributive) {
      distributive = prevDraft.distributive;
      scope ??= prevDraft.scope;
    }
    if (phrase) {
      const rel = text.slice(phraseStart, fig.start).indexOf(phrase);
      if (rel >= 0) {
        const at = phraseStart + rel;
        out.indicators.push({ start: at, end: at + phrase.length });
        phraseStart = at;
      }
    }
    const clauseText = near;
    let phase: Draft['phase'];
    const fromRel = Math.max(clauseText.lastIndexOf('由'), clauseText.lastIndexOf('从'));
    if (fromRel >= 0 && !/(到|至)/.test(clauseText.slice(fromRel))) phase = 'from';
    else if (/(提高|提升|上升|增加|增长|下降|降低|回升|扩大|减少|跃升|升|降|增)(到|至)[^,，;；]{0,12}$/.test(clauseText)) phase = 'to';
    drafts.push({
      fig,
      measure,
      phrase,
      phraseSpan: phrase ? { start: phraseStart, end: phraseStart + phrase.length } : undefined,
      clause,
      ...regionOf(regionOfFigure(clause, fig)),
      period: periodOf(fig),
      scope,
      target: fig.start > targetAt,
      phase,
      basis,
      negative: (measure === 'growth' && fig.number >= 0 && DECLINE.test(trimToWords(near.replace(/(到|至)$/, ''))))
        || (measure === 'diff' && DIFF_DOWN.test(near)),
      distributive,
    });
    prevEnd = fig.end;
    prevClause = clause;
  }

  if (sentenceSubject && sentenceSubject.start < (s.clauses[0]?.end ?? s.end)) {
    const r = resolveRegion(sentenceSubject, ctx);
    if (r) ctx.carriedRegion = r;
    if (r && /镇|街道|乡$/.test(r)) ctx.carriedTown = r;
  }
  if (topicPeriod) ctx.carriedPeriod = topicPeriod;

  const claims = resolveStructures(text, original, drafts, lexicon);
  const resolved = new Map<Period | undefined, Period | undefined>();
  for (const c of claims) {
    c.sentence = s.index;
    c.sentenceSpan = { start: s.start, end: s.end };
    c.text = original.slice(c.span.start, c.span.end);
    if (!resolved.has(c.period)) resolved.set(c.period, resolvePeriod(c.period, ctx.documentDate));
    c.period = resolved.get(c.period);
    out.claims.push(c);
  }
}

function regionOf(c: RegionChoice): { region?: string; regionInferred: boolean } {
  return { region: c.region, regionInferred: c.inferred };
}

const PLAN_HEADING = /(目标|工作安排|计划|任务|展望|思路|打算|部署)/;
const REVIEW_HEADING = /(回顾|成就|成绩|完成情况|进展|执行情况)/;

function updateHeadingContext(text: string, s: Sentence, level: number, ctx: Context, lexicon: Lexicon, periods: PeriodMention[]): void {
  const h = text.slice(s.start, s.end);
  const found = subjectRegions(h, lexicon).find((r) => !r.self);
  ctx.headings = ctx.headings.filter((x) => x.level < level);
  ctx.headings.push({ level, period: periods.find((p) => !p.comparative)?.period, region: found?.name, target: PLAN_HEADING.test(h) && !REVIEW_HEADING.test(h) });
  const region = [...ctx.headings].reverse().find((x) => x.region);
  ctx.headingRegion = region?.region;
  let period: Period | undefined;
  for (const x of ctx.headings) period = x.period ? mergePeriods(x.period, period) : period;
  ctx.headingPeriod = period;
  ctx.carriedPeriod = undefined;
  ctx.carriedRegion = found?.name;
  // A section naming another place: a town named before it no longer stands behind 该镇.
  if (found) ctx.carriedTown = /(镇|街道|乡)$/.test(found.name) ? found.name : undefined;
}

/** Verbs that end the noun phrase after a figure (20家传统制造企业提供…, 97个老小区…竣工验收). */
const VERB_AFTER = /([0-9]|被|编入|纳入|加入|提供|创建|成为|实现|完成|获得|获评|入选|建成|开工|投产|落地|集中|参与|覆盖|达到|位居|竣工|通过|签约|入驻|落户|开展|参加|受益|带动|累计|共计|同比|增长|下降|比上年)/;

/** The noun a figure counts, written after it: text up to the clause's end, a list joint or a verb. */
function nounAfter(text: string, from: number, clauseEnd: number): { text: string } | undefined {
  let s = text.slice(from, Math.min(clauseEnd, from + 24));
  // 总投资266亿元的一批项目: after 的 comes what the figure describes, not what it counts.
  if (s.startsWith('的')) return undefined;
  const joint = /[、和及与(（“"]/.exec(s);
  if (joint) s = s.slice(0, joint.index);
  const verb = VERB_AFTER.exec(s);
  if (verb) s = s.slice(0, verb.index);
  s = s.replace(/的$/, '');
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(s)) return undefined;
  if (/^(以上|左右|以内|以下|多|余|同比|比|较|占|增|下|其中|分别|均|共|达|为|是)/.test(s)) return undefined;
  // 突破千亿元大关, 迈上万亿台阶: a milestone, not the thing counted.
  if (/^(大关|门槛|关口|台阶|水平|规模|级|量级)/.test(s)) return undefined;
  return { text: s };
}

/** Characters before a figure searched for its cue words (增长, 占…比重, 由…提高到, 下降). */
const CUE_WINDOW = 60;

/** Drops trailing characters that are not Chinese (a loop, not /[^…]+$/, which backtracks). */
function trimToWords(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c >= 0x4e00 && c <= 0x9fff) break;
    end--;
  }
  return s.slice(0, end);
}

interface RegionChoice { region?: string; inferred: boolean }

/**
 * Regions of one sentence's figures, asked in text order: a cursor walks the sentence's subjects once,
 * so a sentence with thousands of figures stays linear.
 */
function regionsOfSentence(s: Sentence, ctx: Context, subjects: SubjectMention[]): (clause: Span, fig: RawFigure) => RegionChoice {
  let next = 0;
  let named: string | undefined;
  const initials: SubjectMention[] = [];
  const firstInClause = new Map<number, SubjectMention>();
  return (clause, fig) => {
    for (; next < subjects.length && subjects[next].start < fig.start; next++) {
      const r = subjects[next];
      if (!r.self) named = r.name;
      if (!r.clauseInitial) continue;
      initials.push(r);
      const c = clauseOf(s, r.start).start;
      if (!firstInClause.has(c)) firstInClause.set(c, r);
    }
    const own = firstInClause.get(clause.start);
    // The last clause-initial subject before this clause.
    let lo = 0;
    let hi = initials.length - 1;
    let earlier: SubjectMention | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (initials[mid].start < clause.start) {
        earlier = initials[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return regionFor(ctx, named, own, earlier);
  };
}

function regionFor(ctx: Context, named: string | undefined, own: SubjectMention | undefined, earlier: SubjectMention | undefined): RegionChoice {
  if (own) return { region: resolveRegion(own, ctx, named), inferred: own.self };
  // A subject named in an earlier clause of the same sentence.
  if (earlier) return { region: resolveRegion(earlier, ctx, named), inferred: earlier.self };
  // Nothing in the sentence: a town named earlier in the paragraph, else the heading's or the article's
  // region. A county or city carried over from an unrelated sentence is more often wrong than right.
  const carried = ctx.carriedRegion && /(镇|街道|乡)$/.test(ctx.carriedRegion) ? ctx.carriedRegion : undefined;
  return { region: carried ?? ctx.headingRegion ?? ctx.mainRegion, inferred: true };
}

/** Periods of one sentence's figures: the same mention gives the same (shared) period object. */
function periodsOfSentence(periods: PeriodMention[], ctx: Context, topic: Period | undefined): (fig: RawFigure) => Period | undefined {
  const broad = mergePeriods(ctx.carriedPeriod, mergePeriods(ctx.headingPeriod, ctx.titlePeriod));
  // A year from the sentence, the paragraph's opening or the section heading is firm; one guessed from
  // the title of a long article is not.
  const firmYear = Boolean(ctx.carriedPeriod?.year || ctx.headingPeriod?.year);
  const made = new Map<Period | undefined, Period | undefined>();
  // Figures are asked in text order: a cursor over the mentions keeps long sentences linear.
  let next = 0;
  let own = topic;
  return (fig) => {
    for (; next < periods.length && periods[next].end <= fig.start; next++) if (!periods[next].comparative) own = periods[next].period;
    if (made.has(own)) return made.get(own);
    const merged = mergePeriods(own, broad);
    // Only what the sentence says itself is firm; a year filled in from the heading is still a guess.
    const result = merged && { ...merged, yearInferred: !own?.year && !firmYear, partInferred: !own?.part };
    made.set(own, result);
    return result;
  };
}

/** Applies list structures and builds claims. */
function resolveStructures(text: string, original: string, drafts: Draft[], lexicon: Lexicon): Claim[] {
  const claims: Claim[] = [];
  const names: (string | undefined)[] = [];
  // Figures of one clause and one measure, looked up once (a paragraph may hold thousands).
  const byClause = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.clause.start}|${d.measure}`;
    const list = byClause.get(key);
    if (list) list.push(d);
    else byClause.set(key, [d]);
  }
  const inClause = (d: Draft, measure: Measure) => byClause.get(`${d.clause.start}|${measure}`) ?? [];
  const position = new Map<Draft, number>();
  for (const list of byClause.values()) list.forEach((d, k) => position.set(d, k));
  /** Per clause and measure, computed once: the claims its bare figures refer back to, in order. */
  const referred = new Map<string, Claim[] | undefined>();
  const referredBy = (d: Draft, measure: Measure, test: (same: Draft[]) => boolean, why: 'ranks' | 'bare'): Claim[] | undefined => {
    const key = `${d.clause.start}|${measure}|${why}`;
    if (!referred.has(key)) {
      const same = inClause(d, measure);
      referred.set(key, test(same) ? lastOther(measure, same[0].fig.start, same.length) : undefined);
    }
    return referred.get(key);
  };
  /** The last n claims before `end` whose measure is not `measure`. */
  const lastOther = (measure: Measure, end: number, n: number): Claim[] => {
    const out: Claim[] = [];
    for (let j = claims.length - 1; j >= 0 && out.length < n; j--) {
      if (claims[j].measure !== measure && claims[j].span.end <= end) out.unshift(claims[j]);
    }
    return out;
  };
  let group: { names: string[]; measure: Measure; claims: Claim[]; clause: number } | undefined;
  drafts.forEach((d, i) => {
    let name: string | undefined;
    let known = false;
    if (d.phrase) {
      const share = d.measure === 'share' && d.phrase.startsWith('占') && i > 0 ? names[i - 1]?.replace(/占.*$/, '') : undefined;
      const c = canonicalIndicatorName(share ? share + d.phrase : d.phrase, lexicon, d.measure);
      name = c.name;
      known = c.known;
    }
    // 分别 lists: A、B分别增长x、y / 城镇和农村居民人均可支配收入达到x和y.
    const sameClause = inClause(d, d.measure);
    // A figure with words of its own in another clause ends the list: later bare figures refer to it.
    if (d.phrase && group && group.clause !== d.clause.start) group = undefined;
    if (d.phrase && sameClause.length > 1 && sameClause[0] === d) {
      const items = splitItems(d.phrase, sameClause.length, lexicon);
      if (items) group = { names: items.map((it) => canonicalIndicatorName(it, lexicon).name), measure: d.measure, claims: [], clause: d.clause.start };
    }
    const k = position.get(d) ?? -1;
    // The list's own clause, or a later clause whose figures have no words of their own (分别增长x和y).
    if (group && sameClause.length === group.names.length && k >= 0 && (!d.phrase || (k === 0 && group.clause === d.clause.start))) {
      name = group.names[k];
      known = lexicon.describeIndicator(name) !== undefined;
    }
    if (d.measure === 'rank' && d.phrase.includes('、') && !d.distributive) {
      // A、B位居全省第一: one rank shared by every item of a list subject.
      // An item that is a clause of its own (参保率位居全市前列、全省唯一入选…) is not ranked here.
      const items = distributeItems(d.phrase.split('、').filter((it) => it && !RANK_CUE.test(it) && !/(入选|获评|获得|荣获|成为)/.test(it)));
      if (!items.length) items.push(d.phrase);
      for (const it of items) {
        const c = canonicalIndicatorName(it, lexicon);
        claims.push(build(d, c.name, c.known, d.basis));
      }
      names.push(canonicalIndicatorName(items[items.length - 1], lexicon).name);
      return;
    }
    if (d.measure === 'rank' && d.distributive) {
      const ranks = inClause(d, 'rank');
      if (d.distributive === 'each' && !d.phrase) {
        const targets = referredBy(d, 'rank', () => true, 'ranks') ?? [];
        const t = targets.length === ranks.length ? targets[position.get(d) ?? -1] : undefined;
        if (t) {
          claims.push(build(d, t.indicator.name, t.indicator.known, basisOf(t.measure)));
          names.push(t.indicator.name);
          return;
        }
      }
      if (d.distributive === 'all' && !d.phrase && group) {
        for (const gName of group.names) claims.push(build(d, gName, lexicon.describeIndicator(gName) !== undefined, basisOf(group.measure)));
        names.push(group.names[0]);
        return;
      }
    }
    let basis = d.basis;
    if (!name && !d.phrase) {
      // 总收入3008万元,其中经营性收入1064万元,同比增长21.58%、51%: figures without words of their own,
      // as many as the figures before them, take those figures' indicators in order.
      const same = inClause(d, d.measure);
      const before = referredBy(d, d.measure, (list) => list.length >= 2 && list.every((o) => !o.phrase), 'bare');
      if (before && before.length === same.length && new Set(before.map((c) => c.indicator.name)).size === same.length) {
        const t = before[position.get(d) ?? -1];
        name = t.indicator.name;
        known = t.indicator.known;
      }
    }
    if (!name && i > 0) {
      // Nothing before the figure but measure words: the indicator of the previous figure
      // (实到内资1573亿元、增长15%). A rank inherits without knowing what it ranks.
      name = names[i - 1];
      const prev = claims[claims.length - 1];
      known = prev?.indicator.known ?? false;
      if (d.measure === 'rank') {
        // 由第12位提升到第9位: the second rank is the same ranking as the first.
        if (prev?.measure === 'rank') {
          basis = prev.basis;
          d.scope ??= prev.scope;
        } else basis = undefined;
      }
    }
    const claim = build(d, name ?? '', known, basis);
    claims.push(claim);
    if (group && group.measure === d.measure && k >= 0) group.claims.push(claim);
    names.push(name);
  });
  for (const c of claims) c.sentenceSpan ??= { start: 0, end: 0 };
  return claims;

  function basisOf(m: Measure): Claim['basis'] {
    return m === 'growth' ? 'growth' : m === 'share' ? 'share' : 'value';
  }
  function build(d: Draft, name: string, known: boolean, basis: Claim['basis']): Claim {
    const f = d.fig;
    const value = d.negative ? -Math.abs(f.value) : f.value;
    const tolerance = 0.5 * Math.pow(10, -f.decimals) * f.scale;
    return {
      span: { start: f.start, end: f.end },
      text: text.slice(f.start, f.end),
      measure: d.measure,
      quantity: { value, unit: f.unit, tolerance, approx: f.approx, notation: notationOf(f, original) },
      indicator: { name, known, span: d.phraseSpan },
      region: d.region,
      regionInferred: d.regionInferred,
      period: d.period,
      scope: d.scope,
      topN: f.topN,
      target: d.target,
      phase: d.phase,
      basis: d.measure === 'rank' ? basis : undefined,
      sentence: 0,
      sentenceSpan: undefined as unknown as Span,
    };
  }
}

/** Splits a list subject into n items, or undefined when it is not one. */
function splitItems(phrase: string, n: number, lexicon: Lexicon): string[] | undefined {
  const parts = phrase.split(/、|和|及|与|以及/).filter(Boolean);
  if (parts.length === n) return distributeItems(parts);
  if (n === 2 && parts.length === 1) {
    for (const [q, expansion] of Object.entries(lexicon.compoundQualifiers)) {
      if (phrase.startsWith(q) && expansion.length === n) return expansion.map((e) => e + phrase.slice(q.length));
    }
  }
  return undefined;
}

