// List structures of a sentence, resolved once every figure has its own words: 分别 lists, 分居 and
// 均位居 ranks, list subjects sharing a rank, bare figures referring back, from–to pairs.
import type { Claim, Measure, Period, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import { notationOf, type RawFigure } from './findFigures';
import { canonicalIndicatorName, cleanIndicatorPhrase, distributeItems, SECTOR_ALONE } from './indicatorPhrase';
import { RANK_CUE } from './cueWords';
import { OVERALL_RANKING, OVERALL_STRENGTH } from './rankScope';
import type { CarriedIndicator } from './extractionContext';
import { BARE_HEADS } from '../lexicon/indicatorLexicon';

export interface Draft {
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
  forecast?: boolean;
  phase?: Claim['phase'];
  /** A change since the year began (比年初增加): of loans or deposits, what was newly lent or deposited. */
  sinceYearStart?: boolean;
  basis?: Claim['basis'];
  negative: boolean;
  /** 分居/均位居 ranks resolved from earlier claims. */
  distributive?: 'each' | 'all';
  /** 余姚、慈溪地区生产总值分别增长…: the places listed before the first figure of a clause. */
  regionList?: string[];
  /** The figure holds for every place of regionList (南安、石狮均增长6%). */
  eachPlace?: boolean;
  /** A group's sum (六市…合计1562.34亿元): its region is the group, and so is the next figure's of its name. */
  summed?: boolean;
  /** A percent right after 提高/下降…: if it turns out to change a share, it is a point difference. */
  rateChange?: 'up' | 'down';
  /** 雨花区增长5.1%: a place's bare growth, its economy's when nothing else names it. */
  economy?: boolean;
  /** 增速比全市高1.0个百分点: a difference its own words say is between growth rates. */
  growthGap?: boolean;
  /** Claim.leftWords: a table cell's row label and header. */
  leftWords?: string;
}

/** 医院, 基层医疗卫生机构, 民营企业: the kinds of who did what a figure measures, which name no measure. */
const DOER_KIND = /(?:企业|机构|医院|卫生院|学校|高校|单位|公司|银行|商户|主体|工商户|农户)$/;
/** How far back a list of kinds looks for what was measured (a sentence of thousands of lists stays linear). */
const MEASURED_LOOKBACK = 16;

/** The words of the last figure before draft i, in an earlier clause, of the same measure. */
function measuredBefore(drafts: readonly Draft[], i: number): string | undefined {
  const d = drafts[i];
  for (let j = i - 1; j >= Math.max(0, i - MEASURED_LOOKBACK); j--) {
    const o = drafts[j];
    if (o.measure === d.measure && o.phrase && o.clause.start !== d.clause.start) return o.phrase;
  }
  return undefined;
}

const ECONOMY = '地区生产总值';
/** Topics that are amounts of money a place's bare amount is one of. */
const AMOUNT_TOPIC = /(?:投资|总额)$/;

/**
 * Applies list structures and builds claims. `carried`: the indicator an earlier sentence of the paragraph
 * named for a figure of that measure, for a sentence whose first figure names none. `topic`: what a
 * place's bare growth means in this document (规模以上工业增加值 in a report on industry); else its
 * economy's (地区生产总值).
 */
export function resolveStructures(text: string, original: string, drafts: Draft[], lexicon: Lexicon, carried?: (measure: Measure) => CarriedIndicator | undefined, topic?: string): Claim[] {
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
  /** Whether a claim built so far has a name that is no bare head (read on as claims are added: linear). */
  let fullerSeen = false;
  let fullerRead = 0;
  const namesFuller = (): boolean => {
    for (; !fullerSeen && fullerRead < claims.length; fullerRead++) {
      const n = claims[fullerRead].indicator.name;
      if (n && !isBareHead(n)) fullerSeen = true;
    }
    return fullerSeen;
  };
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
  let places: { regions: string[]; clause: number } | undefined;
  // The last named claim per measure, and per measure and place among the lexicon's indicators, kept as
  // claims are added: a sentence may hold thousands of figures.
  const lastNamed = new Map<Measure, number>();
  const lastKnownAt = new Map<string, number>();
  let lastUnranked = -1;
  let seen = 0;
  const catchUp = () => {
    for (; seen < claims.length; seen++) {
      const c = claims[seen];
      if (!c.indicator.name) continue;
      lastNamed.set(c.measure, seen);
      if (c.measure !== 'rank') lastUnranked = seen;
      if (c.indicator.known && c.region) lastKnownAt.set(`${c.measure}|${c.region}`, seen);
    }
  };
  /** The places the figures of the sentence's earlier clauses were explicitly of, first named first
   * (for ranks shared out with no list), read up to draft clausePlacesRead. */
  const clausePlaces: string[] = [];
  const clausePlacesSeen = new Set<string>();
  let clausePlacesRead = 0;
  drafts.forEach((d, i) => {
    catchUp();
    const sameClause = inClause(d, d.measure);
    const k = position.get(d) ?? -1;
    // A figure with words of its own in another clause ends a list: later bare figures refer to it.
    if (d.phrase && group && group.clause !== d.clause.start) group = undefined;
    if (d.phrase && places && places.clause !== d.clause.start) places = undefined;
    /** Figure k of a list of n: in the list's own clause, or a later clause whose figures have no words of their own (分别增长x和y). */
    const inList = (list: { clause: number }, n: number): boolean => sameClause.length === n && k >= 0 && (!d.phrase || (k === 0 && list.clause === d.clause.start));

    // 余姚、慈溪…分别增长x和y: the listed places pair up with the figures in order, like list items.
    if (sameClause[0] === d && sameClause.length > 1 && d.regionList?.length === sameClause.length) places = { regions: d.regionList, clause: d.clause.start };
    // 南康区增长7.4%，信丰县增长6.9%，分列第2位和第3位: ranks shared out with no list go to the places the
    // sentence's clauses before named, the last as many as there are ranks.
    // (Read once as the clauses go: a sentence of thousands of clauses stays linear.)
    else if (sameClause[0] === d && sameClause.length > 1 && d.measure === 'rank' && d.distributive === 'each') {
      for (; clausePlacesRead < i && drafts[clausePlacesRead].clause.start < d.clause.start; clausePlacesRead++) {
        const o = drafts[clausePlacesRead];
        if (o.measure !== 'rank' && o.region && !o.regionInferred && !clausePlacesSeen.has(o.region)) {
          clausePlacesSeen.add(o.region);
          clausePlaces.push(o.region);
        }
      }
      if (clausePlaces.length >= sameClause.length) places = { regions: clausePlaces.slice(-sameClause.length), clause: d.clause.start };
    }
    if (places && inList(places, places.regions.length)) {
      d.region = places.regions[k];
      d.regionInferred = false;
    }
    let name: string | undefined;
    let known = false;
    /** The name a change is built under when it is of a newly added amount (names goes on with `name`). */
    let changeOf: string | undefined;
    // (深圳港、广州港集装箱吞吐量分别为…: when the list is of places, what is measured is the last item's tail.)
    const placeList = places !== undefined && places.clause === d.clause.start && sameClause[0] === d && d.phrase.includes('、');
    if (placeList) {
      const last = d.phrase.slice(d.phrase.lastIndexOf('、') + 1);
      const r = lexicon.regionAt(last, 0);
      if (r && !r.self) d.phrase = cleanIndicatorPhrase(last, lexicon, true);
    }
    if (d.phrase) {
      // (As built: after 贷款比年初增加…, built as 新增贷款, 占全市新增贷款的 is that amount's share; 在总产值中的占比
      // 比上年回落0.4个百分点, the change of that share.)
      // (总量占全省的24.6%: the total of that amount, too.)
      const ofTotal = d.phrase.replace(TOTAL_BEFORE_SHARE, '');
      const share = (d.measure === 'share' || d.measure === 'diff') && ofTotal.startsWith('占') && i > 0 && names[i - 1] !== undefined ? claims.at(-1)?.indicator.name.replace(/占.*$/, '') : undefined;
      // 第三产业21.70万户，占82.4%: a sector counted in households, firms or people is no value added.
      const countedSector = d.measure === 'value' && unitKind(d.fig.unit) !== MONEY && SECTOR_ALONE.test(d.phrase);
      const c = countedSector ? { name: countedName(d.phrase, d.fig.unit), known: false } : canonicalIndicatorName(share ? share + ofTotal : d.phrase, lexicon, d.measure);
      name = c.name;
      known = c.known;
      // 粮食总产量491.7万吨，…，总产量居全省第三位: a bare head is the fuller name the sentence gave it, for
      // the same place (沙县区完成投资 after 全市生态环保领域项目完成投资 may be written otherwise in a source).
      // (Only a bare head asks: a sentence of thousands of figures stays linear.)
      // (…一般公共预算收入到位253.68亿元…。从全省位次看，我市收入总量排在第二: or, for a rank in a sentence that
      // names nothing fuller, the fuller name the paragraph went on with.)
      const fuller = isBareHead(c.name) ? fullerName(c.name, claims, d.region) ?? (d.measure === 'rank' && !namesFuller() ? fullerCarried(c.name, carried?.(d.measure)) : undefined) : undefined;
      if (fuller) {
        name = fuller;
        known = lexicon.describeIndicator(fuller) !== undefined;
      }
    }
    // 分别 lists: A、B分别增长x、y / 城镇和农村居民人均可支配收入达到x和y.
    // (进出口增速由15.8%提高到16.9%: a course's two ends, no list; 进出口 is not 进口 and 出口. Ends alone,
    // 城市和农村低保标准分别提高到750元和650元, are a list.)
    if (d.phrase && sameClause.length > 1 && sameClause[0] === d && !sameClause.some((o) => o.phase === 'from') && (sameClause.every((o) => o.phase === 'to') || !sameClause.some((o) => o.phase === 'to'))) {
      // (湖里区、海沧区分别完成进出口x、y: the places are the list; 进出口 stays whole.)
      // (城乡居民医保基金收入241.80亿元、支出…: a figure named on its own is no item either.)
      const whole = !/、|和|及|与/.test(d.phrase);
      const listsPlaces = places?.clause === d.clause.start && places.regions.length === sameClause.length;
      // (…在校生达到63.07万人…，两者分别增长1.6%和2.3%: nor a list when every figure has words of its own.)
      const ownWords = !listsPlaces && sameClause.slice(1).every((o) => o.phrase);
      const items = (whole && (listsPlaces || sameClause.slice(1).some((o) => o.phrase))) || ownWords ? undefined
        : splitItems(d.phrase, sameClause.length, lexicon) ?? (whole && !listsPlaces ? itemsOfClauseBefore(text, d.clause.start, sameClause.length, lexicon)?.map((it) => it + d.phrase) : undefined);
      // (全年总诊疗人次增长9.4%，从机构类型看，医院和基层医疗卫生机构分别增长…: kinds of who did it, listed
      // after what was done, are of what the clause before measured: 医院诊疗人次.)
      const measured = items?.every((it) => DOER_KIND.test(it) && !lexicon.canonicalIndicator(it).known) ? measuredBefore(drafts, i)?.replace(/^总(?=[\u4e00-\u9fff]{2})/, '') : undefined;
      if (items) group = { names: items.map((it) => canonicalIndicatorName(measured ? `${it}${measured}` : it, lexicon).name), measure: d.measure, claims: [], clause: d.clause.start };
    }
    if (group && inList(group, group.names.length)) {
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
      // 经济总量、一般公共预算收入分居副省级城市第三、第四位: the listed items pair up with the ranks.
      const items = d.distributive === 'each' ? ranks[0].phrase.split('、').filter(Boolean) : [];
      if (items.length > 1 && items.length === ranks.length && k >= 0) {
        const c = canonicalIndicatorName(items[k], lexicon);
        claims.push(build(d, c.name, c.known, d.basis));
        names.push(c.name);
        return;
      }
      if (d.distributive === 'each' && !d.phrase) {
        const targets = referredBy(d, 'rank', () => true, 'ranks') ?? [];
        const t = targets.length === ranks.length ? targets[position.get(d) ?? -1] : undefined;
        if (t) {
          claims.push(build(d, t.indicator.name, t.indicator.known, d.basis ?? basisOf(t.measure)));
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
    // 超过90%的老年人选择居家养老: a share of whatever follows it is no share of the figure before.
    const ofWhatFollows = d.measure === 'share' && !d.phrase && SHARE_OF_FOLLOWING.test(text.slice(d.fig.end, d.fig.end + 10));
    if (!name && i > 0 && !ofWhatFollows) {
      // Nothing before the figure but measure words: the indicator of the previous figure
      // (实到内资1573亿元、增长15%). A rank inherits without knowing what it ranks.
      name = names[i - 1];
      let prev: Claim | undefined = claims[claims.length - 1];
      // 比年初增加364.7亿元，同比少增21.8亿元: a change after an amount newly added is that amount's change
      // (its growth, 同比增长9.7%, stays the balance's).
      if (d.measure === 'value' && d.phase === 'change' && prev && prev.indicator.name !== name && !d.sinceYearStart && prev.phase === undefined && newlyAdded(name ?? '') === prev.indicator.name) changeOf = prev.indicator.name;
      // 增长10.2%，…，规模占全市比重为27.2%；龙湾区增长9.6%: a growth after a share continues the last growth.
      // (…，占全市的21.9%，增速比全市高1.0个百分点: a gap in growth continues the last growth too.)
      // (…完成年度预算的78.6%，高于序时进度3.6个百分点，同比增长6.3%: so does one after how far ahead of schedule.)
      // (…，占全省交通投资的17.5%，居全省第一位；上饶市完成156.3亿元: a rank that went on with a share's name
      // is passed over, back to the share.)
      if (prev?.measure === 'rank' && (d.measure === 'growth' || d.measure === 'value') && lastUnranked >= 0 && claims[lastUnranked].measure === 'share' && claims[lastUnranked].indicator.name === prev.indicator.name) prev = claims[lastUnranked];
      if ((prev?.measure === 'share' || (prev?.measure === 'diff' && prev.indicator.name.endsWith('完成率'))) && (d.measure === 'growth' || d.measure === 'value' || d.growthGap)) {
        const same = lastNamed.get(d.growthGap ? 'growth' : d.measure) ?? -1;
        if (same >= 0) {
          prev = claims[same];
          name = prev.indicator.name;
        } else {
          // 社零760.4亿元，占全市的15.2%，同比增长6.2%: with no growth before, what grew is the share's subject
          // (…收入3360.5亿元，完成预算的103.2%，增长8.3%: or what reached its budget).
          // (A rise or fall written in % after a share is the share's change, 比重为61.3%，比上年提高1.8%; unless
          // the subject's amount stands before the share: 发生火灾612起，占全市总数的19.6%，同比下降10.2%.)
          const of = /^(.+)占.+比重$|^(.+)(?:预算|目标)完成率$/.exec(prev.indicator.name);
          const subject = of?.[1] ?? of?.[2];
          const amount = lastNamed.get('value') ?? -1;
          if (subject && (!d.rateChange || (d.measure === 'growth' && amount >= 0 && claims[amount].indicator.name === subject))) {
            name = subject;
            prev = undefined;
          }
        }
      }
      // GDP达到1625.3亿元，占全市的14.6%，总量稳居榜首: a rank by size ranks the amount, not the share.
      // (…增长6.8%，占一般公共预算支出的16.7%，增幅居全省第4位: a rank by growth ranks the growth.)
      if (d.measure === 'rank' && (d.basis === 'value' || d.basis === 'growth') && prev?.measure === 'share') {
        const ranked = lastNamed.get(d.basis) ?? -1;
        if (ranked >= 0) {
          prev = claims[ranked];
          name = prev.indicator.name;
        }
      }
      // 东湖高新区规上工业增加值增长14.6%，…，光电子信息产业增加值增长17.2%；洪山区、江夏区分别增长…: other
      // places' figures continue the place's headline indicator (one the lexicon knows), not its sub-item.
      const place = prev?.region;
      if (prev && !prev.indicator.known && place && d.region && d.region !== place) {
        const headline = lastKnownAt.get(`${d.measure}|${place}`) ?? -1;
        if (headline >= 0) {
          prev = claims[headline];
          name = prev.indicator.name;
        }
      }
      // 在全国百强县中排名第9位，上半年增速居长沙各区县第二位: a place's overall strength is ranked only in
      // such a list; a rank after it that says by what it ranks (增速居) ranks the figure before that, one
      // that does not (连续多年居福建县域首位) is the same strength in another field.
      if (d.measure === 'rank' && prev?.indicator.name === OVERALL_STRENGTH && !(d.scope && OVERALL_RANKING.test(d.scope)) && d.basis !== undefined) {
        const back = claims.length - 1;
        let j = back;
        while (j >= 0 && back - j < 8 && claims[j].indicator.name === OVERALL_STRENGTH) j--;
        prev = j >= 0 && back - j < 8 ? claims[j] : undefined;
        name = prev?.indicator.name;
      }
      known = prev ? prev.indicator.known : name !== undefined && lexicon.describeIndicator(name) !== undefined;
      // 跨境电商进出口4.87万笔、236.52亿元，分别增长…: one subject counted two ways is two indicators, or the
      // growths after them would pair with the wrong one. The amount of money keeps the name. (Only money
      // against a count: 多0.41张和0.17人 may be two indicators this clause failed to tell apart.)
      if (name && d.measure === 'value' && prev === claims[claims.length - 1] && prev.measure === 'value' && prev.indicator.name === name && prev.span.start >= d.clause.start && (unitKind(prev.quantity.unit) === MONEY) !== (unitKind(d.fig.unit) === MONEY)) {
        if (unitKind(d.fig.unit) === MONEY) {
          prev.indicator = { ...prev.indicator, name: countedName(name, prev.quantity.unit) };
          names[names.length - 1] = prev.indicator.name;
        } else name = countedName(name, d.fig.unit);
      }
      // 比重为61.3%，比上年提高1.8%: the change of the share before it, in points written as %.
      if (d.rateChange && prev?.measure === 'share') {
        d.measure = 'diff';
        d.negative = d.rateChange === 'down';
      }
      if (d.measure === 'rank') {
        // 由第12位提升到第9位: the second rank is the same ranking as the first.
        // Otherwise it keeps only the basis its own words state (增速居…, 总量居…).
        if (prev?.measure === 'rank') {
          basis = d.basis ?? prev.basis;
          d.scope ??= prev.scope;
        } else basis = d.basis;
      }
    }
    const paragraphs = !name && i === 0 && !ofWhatFollows ? carried?.(d.measure) : undefined;
    if (paragraphs) {
      // 余姚市地区生产总值增长6.8%。慈溪市、宁海县分别增长6.2%和5.9%: the paragraph's indicator goes on.
      name = paragraphs.name;
      known = paragraphs.known;
    }
    if (!name && d.economy) {
      // (赣州增长9.4% in a report on industry: its industry's growth; an amount or a rank by size is still its
      // economy's, but in a report on an amount of money (水利投资, 外贸) it is that amount, ranked by size too.)
      const ofTopic = topic && (d.measure === 'growth' || d.measure === 'diff' || ((d.measure === 'value' || d.measure === 'rank') && AMOUNT_TOPIC.test(topic)));
      const gdp = lexicon.canonicalIndicator(ofTopic ? topic : ECONOMY);
      name = gdp.name;
      known = gdp.known;
    }
    const claim = build(d, changeOf ?? name ?? '', changeOf ? false : known, basis);
    claims.push(claim);
    if (group && group.measure === d.measure && k >= 0) group.claims.push(claim);
    names.push(name);
    // 南安、石狮均预期增长6%: one figure for each of the places listed.
    if (d.eachPlace && d.regionList && sameClause.length === 1 && claim.region === d.regionList[0]) {
      for (const region of d.regionList.slice(1)) claims.push({ ...claim, region, regionInferred: false });
    }
  });
  for (const c of claims) c.sentenceSpan ??= { start: 0, end: 0 };
  return claims;

  function basisOf(m: Measure): Claim['basis'] {
    return m === 'growth' ? 'growth' : m === 'share' ? 'share' : 'value';
  }
  function build(d: Draft, written: string, known: boolean, basis: Claim['basis']): Claim {
    const f = d.fig;
    // 贷款比年初增加364.7亿元 = 新增贷款364.7亿元, whether 贷款 is written or carried from 各项贷款余额.
    const fresh = d.sinceYearStart ? newlyAdded(written) : undefined;
    // (…地区生产总值占全省的比重为22.7%。增速方面，吉安跃居全省第一: the growth ranked is of what the share was of.)
    const ownName = fresh ?? (d.measure === 'rank' && basis === 'growth' ? SHARE_OF.exec(written)?.[1] ?? written : written);
    // (各辖市区一般公共预算收入合计570.67亿元。其中，武进区198.36亿元: one place's figure is the indicator's, not the group's.)
    const name = d.region && !d.regionInferred && !d.summed ? ownName.replace(PLACES_GROUP, '') : ownName;
    const value = d.negative ? -Math.abs(f.value) : f.value;
    const tolerance = 0.5 * Math.pow(10, -f.decimals) * f.scale;
    const claim: Claim = {
      span: { start: f.start, end: f.end },
      text: text.slice(f.start, f.end),
      measure: d.measure,
      quantity: { value, unit: f.unit, tolerance, approx: f.approx, notation: notationOf(f, original) },
      indicator: { name, known: fresh ? false : known, span: d.phraseSpan },
      region: d.region,
      regionInferred: d.regionInferred,
      period: d.period,
      scope: d.scope,
      topN: f.topN,
      target: d.target,
      phase: fresh ? undefined : d.phase,
      basis: d.measure === 'rank' ? basis : undefined,
      sentence: 0,
      sentenceSpan: undefined as unknown as Span,
    };
    if (d.leftWords) claim.leftWords = d.leftWords;
    if (d.forecast) claim.forecast = true;
    return claim;
  }
}

/** 各县市区, 各辖市区, 各县（市、区）: the places of a whole, before what each of them measured. */
const PLACES_GROUP = /^各(?:县市区|区县市|县区市|辖市区|辖市|辖区|区县|县区|县市|市县|区|县|市|乡镇|镇街|镇)(?:[（(][市区县、]{1,5}[）)])?(?=[\u4e00-\u9fffA-Z]{2})/;

/** 地区生产总值占全省比重: what a share is of. */
/** 总量, 其规模 before 占: the total of the amount just named. */
const TOTAL_BEFORE_SHARE = /^其?(?:总量|总额|规模|体量)(?=占)/;
const SHARE_OF = /^([^占]{2,})占[^占]+(?:比重|比例)$/;

const MONEY = '元';
/** 亿元 and 万美元 are money; 万笔 counts 笔. */
function unitKind(unit: string): string {
  return /元$/.test(unit) ? MONEY : unit.replace(/^[万亿千百]+/, '');
}
/** What a count of `unit` of an indicator is called: 笔 of 住房公积金贷款 are 住房公积金贷款笔数. */
const COUNTED: Record<string, string> = { 笔: '笔数', 件: '件数', 户: '户数', 家: '家数', 个: '个数', 人: '人数', 人次: '人次', 次: '次数', 项: '项数', 单: '单量', 票: '票数', 台: '台数', 辆: '辆数', 套: '套数', 吨: '量', 标箱: '箱量' };
function countedName(name: string, unit: string): string {
  const kind = unitKind(unit);
  return name + (COUNTED[kind] ?? `（${kind}）`);
}

/** What comes after a share that is a share of what follows it (90%的老年人, 七成以上的企业). */
const SHARE_OF_FOLLOWING = /^(?:以上|左右|多)?的(?!水平|(?:预期|奋斗|发展|主要|年度|全年|年初|既定){0,2}目标|比重|份额|增速|增长|幅度|速度|高位)[\u4e00-\u9fff]/;

/** 滨海旅游业、海洋渔业和海洋船舶工业位居前三，: a clause listing things, then saying where they stand. */
const LISTED_THEN_STAND = /^[\s，,]*((?:[\u4e00-\u9fff]{2,12}、)+[\u4e00-\u9fff]{2,12}?(?:(?:和|及|与)[\u4e00-\u9fff]{2,12}?)?)(?:位居|位列|居|列|排名|名列|排在|占据)[^，,；;。、]{1,8}$/;
/** A clause whose words before its figures say 分别. */
const CLAUSE_SAYS_RESPECTIVELY = /^[，,]?[^，,；;。0-9]*分别/;
/** How far back the clause before a 分别 clause is read. */
const CLAUSE_BEFORE_WINDOW = 80;

/** The n things the clause before a 分别 clause listed (…位居前三，增加值占…的比重分别为…), none of them places;
 * undefined when it lists no n things. */
function itemsOfClauseBefore(text: string, clauseStart: number, n: number, lexicon: Lexicon): string[] | undefined {
  // (Only after a comma, and only for a clause that says 分别 itself.)
  if (!/[，,]/.test(text.charAt(clauseStart - 1) + text.charAt(clauseStart))) return undefined;
  if (!CLAUSE_SAYS_RESPECTIVELY.test(text.slice(clauseStart, clauseStart + CLAUSE_BEFORE_WINDOW))) return undefined;
  const before = text.slice(Math.max(0, clauseStart - CLAUSE_BEFORE_WINDOW), clauseStart).replace(/[，,]$/, '');
  const m = LISTED_THEN_STAND.exec(before.slice(before.search(/[^，,。；;]*$/)));
  if (!m) return undefined;
  const items = m[1].split(/、|和|及|与/).filter(Boolean);
  return items.length === n && !items.some((it) => lexicon.regionAt(it, 0)) ? items : undefined;
}

/** Splits a list subject into n items, or undefined when it is not one. */
export function splitItems(phrase: string, n: number, lexicon: Lexicon): string[] | undefined {
  const parts = phrase.split(/、|和|及|与|以及/).filter(Boolean);
  if (parts.length === n) return distributeItems(parts);
  // 金银珠宝类和石油及制品类: 及 may join words inside one item; the items are then those 、 and 和 part.
  // (家用电器和音像器材类、通讯器材类: so may 和, when 、 parts the items.)
  for (const joints of [/、|和|以及/, /、/]) {
    const coarse = parts.length > n && !phrase.includes('占') ? phrase.split(joints).filter(Boolean) : [];
    if (coarse.length === n) return distributeItems(coarse);
  }
  if (n === 2 && parts.length === 1) {
    for (const [q, expansion] of Object.entries(lexicon.compoundQualifiers)) {
      if (phrase.startsWith(q) && expansion.length === n) return expansion.map((e) => e + phrase.slice(q.length));
    }
  }
  return undefined;
}

/** Loans or deposits (a balance's name) as what was newly lent or deposited; undefined for anything else. */
function newlyAdded(name: string): string | undefined {
  const m = /^(.*?)(贷款|存款)(?:余额)?$/.exec(name);
  if (!m || name.startsWith('新增')) return undefined;
  // (The banks' total, 金融机构本外币各项贷款, is what 新增贷款 alone means.)
  return `新增${/^(?:金融机构)?(?:本外币)?(?:各项)?$/.test(m[1]) ? '' : m[1]}${m[2]}`;
}

/** 产量, 总产量, 产值: a name that is only a head noun. */
/** The head a bare name is (总产量 is 产量). */
function headOf(name: string): string {
  return name.replace(/^总(?=产量)/, '');
}

function isBareHead(name: string): boolean {
  return BARE_HEADS.has(headOf(name));
}

/** Whether `n` is a fuller name of the bare head `head` (一般公共预算收入 of 收入), no share. */
function isFullerName(n: string | undefined, head: string): n is string {
  return n !== undefined && n.length > head.length && n.endsWith(head) && !n.includes('占');
}

/** The one name before in the sentence that a bare head noun ends (产量, 总产量 → 粮食产量), if any. */
/** How many figures back a bare head looks for the fuller name the sentence gave it. */
const FULLER_LOOKBACK = 64;

/** The carried indicator, when it is a fuller name of the bare head `name` (一般公共预算收入 for 收入). */
function fullerCarried(name: string, carried: CarriedIndicator | undefined): string | undefined {
  const n = carried?.name;
  return isFullerName(n, headOf(name)) ? n : undefined;
}

function fullerName(name: string, before: readonly Claim[], region: string | undefined): string | undefined {
  const head = headOf(name);
  if (!BARE_HEADS.has(head)) return undefined;
  let found: string | undefined;
  // (The last FULLER_LOOKBACK figures: a sentence of thousands of bare heads stays linear.)
  for (let j = before.length - 1; j >= Math.max(0, before.length - FULLER_LOOKBACK); j--) {
    if (before[j].region !== region) continue;
    const n = before[j].indicator.name;
    if (!isFullerName(n, head)) continue;
    if (found !== undefined && found !== n) return undefined;
    found = n;
  }
  return found;
}
