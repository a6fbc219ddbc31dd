// Text → claims. The same extractor reads sources and drafts, so a phrasing it reads one way in a
// source it reads the same way in a draft. Per sentence: find figures, decide each one's measure,
// indicator, region, period, scope; then apply the list structures (分别, 分居, 均位居, 由…到…).
import type { Claim, Measure, Period, Span } from '../types';
import { ancestorsOf, type Lexicon, type RegionMention } from '../lexicon/lexicon';
import { toHalfWidth } from '../text/fullwidth';
import { paragraphSentences, paragraphSpans, semicolonPartAt, type Sentence } from '../text/segment';
import { spanIndexAt } from '../text/spanIndex';
import { findFigures, type RawFigure } from './findFigures';
import { findPeriods, resolvePeriod, type PeriodMention } from './periods';
import { leadingRegionList, placeModifiedBy, placesNamed, speakerPlace, subjectMentions } from './sentencePlaces';
import { accountBefore, aspectOf, nameFromClauseBefore, ownerInClauseBefore } from './clauseBefore';
import { sizeThreshold } from './sizeThresholds';
import { phaseOf } from './figurePhase';
import { fieldScope, NAMED_LIST_OPENING, newFieldOpenings, rankField } from './rankField';
import { COMPARED_WITH_YEAR, GROWTH_BASE_YEAR, inPastYear, listedPeriods, withHolidayMeant, withSamePeriodPart, yearAfterBase, yearThenPart } from './sentencePeriods';
import { levelOpening, rosterOfLevel } from './schoolLevels';
import { accountFlowOf, canonicalIndicatorName, cleanIndicatorPhrase, FLOW_NAMED, impliesEconomy, labelTradeChannel, leadingIndicator, qualifiedPart, sharedQuotaQualifier, tradeChannelOf, tradeFlowOf } from './indicatorPhrase';
import { comparisonBase, comparisonBases, openingComparisonBases, PLAN_BASE } from './comparisonBase';
import { splitArticles, type Article } from './articles';
import { anchorPartsScope, withPartsOfBareWhole, LIST_POSITION, NATION_FIELD, OVERALL_RANKING, OVERALL_STRENGTH } from './rankScope';
import { CHANGE_DOWN, CHANGE_VERB, CUE_WINDOW, STILL, DECLINE, FORECAST, PERIOD_AT_START, RATE_BEFORE_CHANGE, DIFF_DOWN, NOT_TARGET, REACHED_TARGET, TARGET_CUE, TARGET_WORDS, measureOf, targetReaches, nounAfter, statesMeasure, trimToWords } from './cueWords';
import { addCountedPlaces, baseOfWhole, clauseIndexOf, countsPlaces, isInside, listedPlacesIn, listedPlacesOf, newContext, partsOwner, periodsOfSentence, regionOf, regionsOfSentence, resolveRegion, SELF_BASE, updateHeadingContext, type Context, type SubjectMention } from './extractionContext';
import { fingerprint, shift, shiftClaim, snapshot, type ParagraphCache } from './paragraphCache';
import { resolveStructures, type Draft } from './structures';
import { ranksOfListedIndicators, ranksOfListedPlaces, ranksOfPlaceSpan } from './listedRanks';
import { BARE_VALUE_ADDED, BASE_OPENING, BREAKDOWN_BY_PLACE, COLON_LABEL, ECONOMY_SIZE, FIRMS_FIGURE, FIRMS_HEAD, FRAMING_CLAUSE, fromNormal, INCOME_WORDS, INDUSTRY_SHARES, LIST_JOINT_ONLY, MEASURE_NAMED_AFTER, NEWLY, OPENING_FIELD, OVER_PERIOD_BEFORE, GROWTH_SINCE_YEAR_START, AT_YEAR_END, OVERALL_NAME, OWN_SIZE, partOfWhole, PERIOD_BREAKDOWN, PLACES_COUNTED, SINGLED_OUT, RANK_BASIS_WORD, REAL_GROWTH, SIZE_AND_GROWTH, SIZE_VIEW, TARGET_AFTER, TARGETS_LISTED, TOTAL_OF_BEFORE, VIEW_OPENING, YEAR_BEFORE } from './sentenceCues';
import { findAlignedTableCells } from './alignedTables';
import { carrySentenceSubject, ownerLabel } from './sentenceSubject';
import { noteSentenceTopic } from './sentenceTopic';
import { withoutLegalForms } from './firmNames';
import { cellAt, cellCue, cellIndicatorFromHeaders, cellPlace, findTableCells, headerWords, pipesToCommas, headerShareBase, withHeaderUnits, type TableCell } from './markdownTables';

export type { ParagraphCache } from './paragraphCache';

export interface ExtractOptions {
  lexicon: Lexicon;
  /** YYYY-MM-DD, overrides a date found in the text. */
  documentDate?: string;
  /** The place the text is about when it names none (全市经济运行情况汇报): its 全市 and its parts' short names. */
  documentPlace?: string;
  /**
   * Collect the region, period and indicator spans for highlighting (default true). A source being
   * indexed needs only its claims, so a sentence without figures is read only for the context it
   * carries forward.
   */
  spans?: boolean;
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

/** Extracts every claim from a text (draft or source). */
export function extractClaims(original: string, options: ExtractOptions): Claim[] {
  return extract(original, options).claims;
}

/** The place a text's first article is about (its title, or its opening lines), as its figures are read:
 * a table beside the text whose caption names no place (全省居民人均消费支出构成) is that place's. */
export function documentPlace(original: string, lexicon: Lexicon): string | undefined {
  const text = toHalfWidth(original);
  const [first] = splitArticles(text);
  return first ? newContext(first, text, lexicon, undefined, []).mainRegion : undefined;
}

/** 每千人口, 每万人, 人均…: a measure per head of population (or household). */
const PER_HEAD = /^(?:每(?:十万|万|千|百)(?:常住)?(?:人口|人|户|名)|人均|户均)/;

/** Receives claims a paragraph at a time (the array is the receiver's), with the text's articles. */
export type ClaimSink = (claims: Claim[], articles: readonly Article[]) => void;

/**
 * Claims and highlight spans of a text. With a `previous` cache, paragraphs whose text and context
 * are unchanged are reused. With a `sink`, claims go to it paragraph by paragraph instead of into the
 * returned `claims`.
 */
export function extract(original: string, options: ExtractOptions, previous?: ParagraphCache, sink?: ClaimSink): Extraction & { cache: ParagraphCache } {
  const { lexicon } = options;
  const spans = options.spans ?? true;
  // Table rows read as clauses: | 地区生产总值 | 1220.7亿元 | 5.1% | → ，地区生产总值，1220.7亿元，5.1%，
  const tableCells = withAlignedTables(findTableCells(original), findAlignedTableCells(original));
  const text = pipesToCommas(toHalfWidth(original), tableCells);
  // Paragraph by paragraph, so a document's sentences are never all alive at once.
  const paragraphs = paragraphSpans(text);
  let sentenceCount = 0;
  // Titles as written (full-width punctuation kept): they are shown to the writer.
  const articles = splitArticles(text).map((a) => {
    const written = original.slice(a.titleSpan.start, a.titleSpan.end).trim().replace(/^#+\s*/, '');
    return toHalfWidth(written) === a.title ? { ...a, title: written } : a;
  });
  const out: Extraction = { claims: [], regions: [], periods: [], indicators: [], articles };
  const cache: ParagraphCache = { entries: new Map() };
  let a = 0;
  let ctx = newContext(articles[0], text, lexicon, options.documentDate, tableCells, options.documentPlace);
  // 各县（市、区）一般公共预算收入完成情况如下： ⏎ 枣阳市完成18.64亿元…； ⏎ 襄州区…: items a lead-in announces,
  // one a paragraph, go on with its indicator and period until one ends in 。.
  let leadIn = false;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const sentences = paragraphSentences(text, paragraphs[pi], pi, sentenceCount);
    if (!sentences.length) continue;
    sentenceCount += sentences.length;
    const first = sentences[0];
    const last = sentences[sentences.length - 1];
    // （二）财政实力稳步增强。2023年，全市…: after an item's label, the sentence that opens what it says.
    const opener = sentences.length > 1 && first.heading === undefined && ITEM_LABEL.test(text.slice(first.start, first.end)) ? sentences[1] : first;
    while (a + 1 < articles.length && first.start >= articles[a + 1].start) {
      a++;
      ctx = newContext(articles[a], text, lexicon, options.documentDate, tableCells, options.documentPlace);
    }
    // What a paragraph's first sentence establishes (余姚…, 上半年…) carries through that paragraph only;
    // a paragraph that breaks the figures down by place (分区来看，翔安区增长11.2%) goes on with the one
    // before's indicator and period; so does one that opens on a view of its growth or size (从增速看，…).
    ctx.carriedRegion = undefined;
    ctx.lastPeriod = undefined;
    ctx.lastAmount = undefined;
    ctx.topicRegion = undefined;
    ctx.rankField = undefined;
    ctx.overPeriodBefore = undefined;
    ctx.listedPlaces = undefined;
    ctx.unreadLists = undefined;
    ctx.schoolLevel = undefined;
    ctx.paragraphOwner = ctx.documentOwner;
    // (A paragraph of prose between, a scene or a quote, states no period: the one after it breaking the
    // figures down goes on with the period before it.)
    const periodBefore = ctx.carriedPeriod;
    const claimsBefore = out.claims.length;
    const opening = text.slice(first.start, Math.min(first.end, first.start + 16));
    // (…so does one that goes through the periods of the figure: 从季度走势看，上半年累计增速为4.7%.)
    const byPeriod = PERIOD_BREAKDOWN.test(opening);
    if (byPeriod) ctx.carriedPeriod = undefined;
    // (A view goes on only with the section's headline, not with whatever the paragraph before named last.)
    // (…and so does one that opens on a place's bare growth under a section's headline amount: ## 一、工业 ⏎
    // 在规上工业增加值增速上，赣州市以9.3%领跑全省。⏎ 吉安市增长8.8%，居全省第3位. Only in a section: under an
    // article's title alone, a place's bare growth in a paragraph of its own is its economy's.)
    const placeGrows = ctx.sectionLead !== undefined && ctx.headings.some((h) => h.level >= 2) && !RATE_NAME.test(ctx.sectionLead.name) && opensOnPlaceGrowth(opening, ctx.articleLexicon);
    if (!leadIn && !byPeriod && !placeGrows && !BREAKDOWN_BY_PLACE.test(opening) && !(ctx.sectionLead && VIEW_OPENING.test(opening))) {
      ctx.carriedPeriod = undefined;
      ctx.carriedIndicator = undefined;
      ctx.carriedByMeasure = undefined;
    } else if (ctx.sectionLead && !leadIn) {
      // …what it breaks down is the section's headline indicator, not the last one named before.
      ctx.carriedIndicator = ctx.sectionLead;
      ctx.carriedByMeasure = undefined;
    }
    // Only a period the paragraph opens on and closes with a comma (9月份，…, 2023年，…) can stand for the
    // section's; a month something starts in (10月起…) cannot.
    if (ctx.sectionOpening && !SECTION_PERIOD_OPENING.test(text.slice(opener.start, Math.min(opener.end, opener.start + 16)))) ctx.sectionOpening = false;
    // Sources are read once: only an editor's drafts (given a cache) pay for the paragraph keys.
    // A table row also depends on its table's header row.
    const headers = ctx.tableCells.length ? ctx.tableCells.filter((c) => c.start >= first.start && c.end <= last.end).map((c) => c.header).join('|') : '';
    const key = previous ? `${text.slice(first.start, last.end)}\u0001${fingerprint(ctx, first.heading !== undefined)}\u0001${headers}` : '';
    const ends = text.slice(Math.max(first.start, last.end - 2), last.end).trim().slice(-1);
    leadIn = first.heading === undefined && (ends === '：' || ends === ':' || (leadIn && (ends === '；' || ends === ';')));
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
      // The period the paragraph opened on: what a paragraph breaking it down goes on with (not a later
      // sentence's, 四季度当季快递业务量增长23.5%).
      let openedOn: Period | undefined;
      for (const s of sentences) {
        const sText = text.slice(s.start, s.end);
        const found = findFigures(sText, s.start);
        const figures = ctx.tableCells.length ? withHeaderUnits(text, s.start, s.end, ctx.tableCells, found) : found;
        // The article's lexicon: it also reads the short names of its city's districts.
        // （一）宜昌产业投资集团。…, 城发集团：…: a label naming a firm, a sentence of its own or run into the first.
        if (s === first && s.heading === undefined) ctx.paragraphOwner = ownerLabel(sText, figures.length > 0, ctx.lexicon) ?? ctx.documentOwner;
        if (!spans && !figures.length && s.heading === undefined) carryOnly(text, s, ctx, ctx.lexicon, s === opener);
        else {
          const before = out.claims.length;
          extractSentence(text, original, s, sText, figures, ctx, ctx.lexicon, out, s === opener);
          if (!spans && out.claims.length > before) {
            out.claims.push(...ranksOfListedPlaces(text, s, out.claims, before, ctx.lexicon));
            const spanned = ranksOfPlaceSpan(text, out.claims, before, ctx.lexicon);
            if (spanned) out.claims.splice(before, out.claims.length - before, ...spanned);
            const shared = ranksOfListedIndicators(text, out.claims, before, ctx.lexicon);
            if (shared) out.claims.splice(before, out.claims.length - before, ...shared);
          }
        }
        if (s === opener) openedOn = ctx.carriedPeriod;
      }
      ctx.carriedPeriod = openedOn;
      const named = placesNamed(out.claims, marks[0]);
      if (named.length) ctx.placesBefore = named;
      if (previous) {
        cache.entries.set(key, {
          start: first.start, firstSentence: first.index,
          claims: out.claims.slice(marks[0]), regions: out.regions.slice(marks[1]),
          periods: out.periods.slice(marks[2]), indicators: out.indicators.slice(marks[3]),
          after: snapshot(ctx),
        });
      }
    }
    if (first.heading === undefined) {
      ctx.sectionOpening = false;
      if (!ctx.carriedPeriod && out.claims.length === claimsBefore) ctx.carriedPeriod = periodBefore;
    }
    if (sink && out.claims.length) {
      sink(out.claims, articles);
      out.claims = [];
    }
  }
  return { ...out, cache };
}

/** 森林覆盖率, 工业增加值占比: a rate or a share, which a place's bare growth is not a growth of. */
const RATE_NAME = /(?:率|比重|占比|比例|强度)$|占/;
/** 吉安市增长8.8%, 省会南昌增长8.1%, 宜春、新余两市增速…: a paragraph opening on places and nothing but their growth. */
function opensOnPlaceGrowth(opening: string, lexicon: Lexicon): boolean {
  let rest = opening.replace(/^[\s*_>]*(?:省会|首府|省城)?/, '');
  let places = 0;
  for (let r = lexicon.regionAt(rest, 0); r; r = lexicon.regionAt(rest, 0)) {
    rest = rest.slice(r.end).replace(/^[、和与及]/, '');
    places++;
  }
  return places > 0 && /^(?:[两二三四五六七八九十]个?(?:市|县|区|地))?(?:同比|分别)?(?:增长|增速|下降)/.test(rest);
}

/** 分别 before a list's figures: each goes to its own item. */
const RESPECTIVELY = /分别/;
/** How far before a figure 分别 is looked for (a clause may be a whole long line). */
const RESPECTIVELY_WINDOW = 24;

/** （二）财政实力稳步增强。, 1. 工业: an item's label, a sentence of its own before what the item says. */
const ITEM_LABEL = /^[\s*_>]*(?:[(（][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．])[^，,；;。：:0-9]{2,20}[。：:]$/;

/** A paragraph opening on a period and a comma: 9月份，, 1-8月，, 上半年，, 2023年，. */
const SECTION_PERIOD_OPENING = /^[\s*_>]*(?:(?:19|20)[0-9]{2}年(?=[，,])|(?:(?:19|20)[0-9]{2}年|今年)?(?:[0-9]{1,2}月份?|[0-9]{1,2}(?:-|—|–|~|至|到)[0-9]{1,2}月份?|上半年|下半年|前三季度|[一二三四]季度|前[0-9一二三四五六七八九十]{1,2}个?月))[，,]/;

/** The words of an average yearly growth, just before its figure. */
const AVERAGE_GROWTH = /(年均|年平均|平均每年|每年平均)(增长|增速|增幅|递增|提高)?(率|速度)?[为达]?(约|近)?$/;

/** 客流恢复到2019年同期的, 分别恢复至2019年同期的: a recovery to a base year's level. */
const RECOVERY = /^(.*?)(?:分别|已|均)?恢复(?:到|至)((?:19|20)[0-9]{2})年(?:同期)?(?:水平)?的$/;
/** Words for the figure before rather than a quantity of their own: 客流, 规模, 总量. */
const VAGUE_SUBJECT = /^(客流|人气|规模|总量|消费|市场)$/;

/** A first clause that is nothing but a share's name: 民生支出占一般公共预算支出的比重，. */
const SHARE_OPENING = /^[\s*_#>]*[\u4e00-\u9fff]{2,16}占[\u4e00-\u9fff]{2,16}?的?(?:比重|比例)[，,：:]?$/;

/** A sentence opening on the period just spoken of. */
const SAME_PERIOD = /^[\s，,]*(?:同期|同一时期|同时期)/;
/** 假期过夜游客…, 节日期间…: the holiday the text spoke of last. */
const SAME_HOLIDAY = /^[\s，,]*(?:假期|节日期间|节假日期间|长假期间)/;

/** A change summed over a span before its points: 累计提高0.9个百分点. */
const CUMULATIVE_CHANGE = /累计(?:回落|下降|下滑|回升|提高|提升|上升|降低|增加|减少)了?$/;

/**
 * A share's base 全省/全市 with a measure after it (占全省GDP比重), said of the province or the
 * prefecture-level city itself, is the place's own measure: the 全省 goes. (A county's 全市 is its city's,
 * except in a report on the county-level city itself that does not name it: `about`, its context.)
 */
function withoutOwnWhole(name: string, region: string, lexicon: Lexicon, about?: Context): string {
  const province = /(省|自治区)$/.test(region);
  const prefecture = !province && /市$/.test(region) && /(省|自治区)$/.test(lexicon.parentRegion(region) ?? '');
  // (晋江市民营经济增加值占全市GDP的比重, in a report on 晋江: 全市 is the county-level city itself; in a
  // report on 泉州, 晋江's share of 全市 is of 泉州's.)
  const itself = !province && !prefecture && /市$/.test(region) && about !== undefined && (about.headingRegion ?? about.mainRegion) === region;
  if (!province && !prefecture && !itself) return name;
  return name.replace(province ? /占全[省区](?=[^比]+比重$)/ : /占全市(?=[^比]+比重$)/, '占');
}

/** A clause that is nothing but a change of a rate before its points: 回落2.5个百分点, 增速提高1.6个百分点. */
const CHANGE_OVER_TIME = /^(?:增速|增幅|比重|占比)?(?:再|又|则|小幅|大幅|继续)?(?:回落|下降|下滑|回升|提高|提升|加快|放缓|扩大|收窄|缩小|上升)了?$/;

/** Areas, and the verbs whose area a bare amount of them is (销售, 施工, 竣工…). */
/** A column of one level of government (市级, 县级, 国家级). */
const LEVEL_COLUMN = /^[\u4e00-\u9fff]{1,2}级$/;
/** A table's row of totals (合计, 全市合计, 总计). */
const TOTAL_ROW = /^(?:全[市省区县]|本[市省区县])?(?:合计|总计|总体|全部)$/;
/** A column that counts a row's things (事故起数, 死亡人数): its row is a field of them, not their name. */
const COUNTED_COLUMN = /(?:起数|人数|户数|家数|个数|件数|次数)$/;
/** 签发率, 办结率, 开工率: a rate named by its verb alone. */
const BARE_VERB_RATE = /^([\u4e00-\u9fff]{2})率$/;
/** People a disaster or an accident struck: 死亡172人, 受伤35人. */
const CASUALTY = /^[\u4e00-\u9fff]{0,12}?(?:死亡|受伤|遇难|失踪|伤亡|重伤)$/;
/** The field whose events were counted (道路运输领域事故起数). */
const FIELD_OF_EVENTS = /^[\u4e00-\u9fff]{2,10}?(?:领域|行业|系统)(?=[\u4e00-\u9fff]*起数$)/;
const AREA_UNITS: ReadonlySet<string> = new Set(['平方米', '平方公里', '亩', '公顷']);
/** 船舶海工产业产值: an industry's measure other than its value added. */
const INDUSTRY_MEASURE_END = /(?:产业|行业)(产值|总产值|营业收入|利润总额|投资)$/;

/** 帮助, 扶持, 引导: a verb of helping before a count of those helped. */
const HELPED = /(?:帮助|助力|扶持|支持|引导|协助|指导|推动|促成)$/;
/** 获得信用贷款, 实现转型: what those helped went on to do, to the clause's end. */
const HELPED_TO = /^[^\S\n]*(?:获得|实现|完成|开展|参加|参与|入驻|落户|上市|挂牌|申请|办理|取得|通过|走上|融入)[\u4e00-\u9fff]{1,10}(?=[，,；;。]|$)/;

/** Units goods are counted in: what is sold in them is a volume. */
const GOODS_UNITS: ReadonlySet<string> = new Set(['箱', '担', '辆', '台', '吨', '千克', '斤', '件', '套', '部', '只', '头', '标箱']);
const SOLD_AFTER = /^([\u4e00-\u9fff]{0,8}?)销售$/;
const SOLD_BEFORE = /^销售(?!额|量|收入|面积|总额|价格|均价|网点|企业)([\u4e00-\u9fff]{2,8})$/;
/** 一类烟销售 → 一类烟销量, 销售卷烟 → 卷烟销量, 销售 → 销量. */
function volumeSold(phrase: string): string | undefined {
  const goods = SOLD_AFTER.exec(phrase)?.[1] ?? SOLD_BEFORE.exec(phrase)?.[1];
  return goods === undefined ? undefined : `${goods}销量`;
}
const AREA_VERB = /^(?:商品房|新建商品房|商品住宅|住宅|房屋)?(?:销售|成交|网签|施工|竣工|开工|新开工|供应|出让|播种)$/;

/** A period and nothing but 为 before a rate: 1—3月为8.4%. */
const PERIOD_THEN_IS = new RegExp(`^(?:${PERIOD_AT_START.source.replace(/^\^/, '')})(?:为|是|达|达到)$`);

/** The joint opening a list's last item after an earlier item's figure in brackets: ）和, ）以及. */
const LAST_ITEM_AFTER_FIGURE = /^[）)](?:以及|和|与|及)(?=[\u4e00-\u9fff]{2})/;

/** After a share: 的 and what it is a share of (38.7%的进出口总额), up to the next item or the clause's end. */
const SHARE_OF_NOUN_AFTER = /^(?:以上|左右|多)?的(?!份额|比重|比例|市场份额|水平)([\u4e00-\u9fff]{2,12}?)(?=$|[，,。；;、]|以及|和|及|与)/;
/** Before such a share: the whole (贡献了全市, 以占全省). */
const SHARE_WHOLE_BEFORE = /(全(?:国|省|市|区|县))的?$/;
/** The verb and whole that end the words before such a share (民营经济贡献了全市). */
const SHARE_VERB_WHOLE_END = /(?:以|并)?(?:贡献|创造|提供|吸纳|完成|实现|集聚|聚集|拥有|承载|带动|吸引|占)?了?全(?:国|省|市|区|县)的?$/;

/** Words that share figures out among listed places: 分列第三、第四位, 分别增长, 均居, 依次. */
const SHARED_OUT = /(分别|分列|分居|分获|依次|均)/;
/** 涉及金额, 涉及资金: the amount a problem involves, named by the problem. */
const INVOLVED_AMOUNT = /^(?:共|累计)?涉及(?:金额|资金|资金额)?$|^(?:问题)?金额$/;
/** 一些(部门), 6个(部门): how many did what a problem is named by, no part of its name. */
const SOME_OF_THEM = /^[\s，,]*(?:一些|部分|个别|少数|多个|有的|[0-9一二两三四五六七八九十]+个)/;
/** 以9.8%居第三: the figure a place is ranked by. */
const RANKED_BY_FIGURE = /^(?:居|列|排|位居|位列|名列)/;
/** 宜春、新余受锂电行业拖累，分列第十和第十一位: a clause that opens on sharing out, for the places listed in the clause before. */
const SHARED_OUT_AT_START = /^[，,\s]*(?:分别|分列|分居|依次)/;

/** Trading partners named alone after 对. */
const PARTNER = /^(?:东盟|欧盟|美国|日本|韩国|俄罗斯|非洲|拉美|拉丁美洲|中亚|东南亚|中东|越南|泰国|马来西亚|印尼|印度尼西亚|新加坡|菲律宾|香港|台湾|澳大利亚|英国|德国|法国|印度|巴西|RCEP成员国|“一带一路”沿线国家|一带一路沿线国家|共建“一带一路”国家|共建一带一路国家)$/;

/** A group of places summed (三地合计, 6个县（市）收入合计, 8个县市合计, 13个县市区共筹集): the group's count, and
 * the places listed just before it (黄山区、屯溪区、歙县三地合计), read within GROUP_WINDOW characters of the figure. */
const GROUP_COUNTED = /([两二三四五六七八九十0-9]+个?(?:县（市、区）|县（市）|县\(市\)|县市区|区县市|区县|县区|县市|地|县|区|市|城|乡镇|街道|板块|片区))(?:[（(][^（()）]{1,12}[）)])?[\u4e00-\u9fff]{0,10}?(?:合计|共计|总计|(?<!公)共(?![同享建性识赢商治]))/;
const GROUP_LISTED = /((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})$/;
const GROUP_WINDOW = 64;

/** 比年初增加: a change since the year began. */
const SINCE_YEAR_START = /(?:比|较)年初[^，,；;。]{0,6}(?:增加|多增|增长)/;

/** 以43.1亿元的投资额位列第三: what the figure is, named after it, before the rank it earns (not 总量, 规模). */
const STANDS_BY = /^的(?!总量|规模|体量|成绩|增速|增幅)([\u4e00-\u9fff]{2,10}?)(?:位列|位居|稳居|居|排名|排在|排|领跑|领先)/;

/** 分别 opening a clause, or after the bare name of what the places before it are measured by
 * (凤岗镇、蓉江街道紧随其后，完成率分别为110.0%和105.0%). */
const LIST_AFTER_CLAUSE = /^[，,]?(?:[\u4e00-\u9fff]{1,8}?(?:率|比重|占比|增速|增幅|总量|规模))?分别/;

/** 的客运量占…, 的营业收入，: the name of the amount before it, then what is said of it or the clause's end
 * (not a size or a record: 的规模, 的历史新高). */
const NAMED_AFTER = /^的(?!总量|规模|体量|水平|成绩|佳绩|好成绩|高位|新高|历史)([\u4e00-\u9fff]{2,8}?)(?:占|达|为|超过|突破|创|[，,；;。]|$)/;

/** The sum (金额) or the count (笔数) of what a sum of money was for, said alone. */
const ASPECT_OF_SUM = /^(?:金额|笔数)(?:(?:和|与|及|、)(?:金额|笔数))?$/;
const SUM_ASPECT = /金额|笔数/g;

/** Between two lists, a new 分别 (…万人次，同比分别增长). */
const RESPECTIVELY_AGAIN = /^[^。；;]*分别[^0-9]{0,8}$/;

/** A part that is one facility (中川机场, 洋山港), listed after the first part of a whole. */
const FACILITY_ITEM = /^[\u4e00-\u9fff]{2,8}(?:机场|港|港区|口岸)$/;

/** 客运量占: the subject of a share, before its 占. */
const SHARER = /^([\u4e00-\u9fff]{2,6})占/;

/** A name that ends on the word for a rate or a share (完成率, 比重). */
const RATE_WORD_END = /(?:率|比重|占比|比例)$/;

/** 超出时序进度, 快于序时进度: a difference from the share of the year gone by. */
const AGAINST_SCHEDULE = /(?:超出|超过|高于|快于|领先|低于|慢于|落后)于?(?:时序|序时|时间)进度[^，,；;。]{0,4}$/;

/** 其中， opening a sentence: a breakdown of the figure before. */
const OF_WHICH_OPENING = /^[\s*_]*其中/;

/** 其中护理型床位占比: a part, then its share with no base said. */
const PART_SHARE = /其中[，,]?[^，,；;。占]{2,12}?所?占比(?:为|达到|达|是)?$/;

/** 两者, 二者: the two things just named. */
const BOTH = /^(?:两者|二者)$/;

/** A share's measure word alone (该比例, 这一比重 once the demonstrative is gone). */
const BARE_SHARE = /^(?:比例|比重|占比)$/;

/** The second of two things named, last before 后者: what was compared with, or listed after 和. */
const LATTER = /(?:快于|慢于|高于|低于|好于|优于|超过|多于|少于|和|与|及)([\u4e00-\u9fff]{2,12})[，,；;]\s*$/;

/** 对其进出口增长: trade with the partner just named. */
const TRADE_WITH_IT = /对其(进出口|出口|进口)(?:额|总额|总值)?[^，,；;。0-9]{0,8}$/;
const PARTNER_IN = new RegExp(PARTNER.source.slice(1, -1), 'g');

/** The partner named last in the words. */
function lastPartnerIn(words: string): string | undefined {
  let last: string | undefined;
  for (const m of words.matchAll(PARTNER_IN)) last = m[0];
  return last;
}

/** A clause opening on a kind of trade or traders, and saying how it went: 边境小额贸易表现抢眼, 民营企业活力增强. */
const TRADE_KIND_LEAD = /^[\s*_]*((?:一般|加工|边境小额|边民互市|服务|跨境电商|保税物流|民营|国有|外商投资)(?:贸易|企业))[^，,；;0-9]{1,8}$/;

/** A clause on something growing, whose total the next clause gives: 专任教师队伍进一步壮大. */
const GROWING_SUBJECT = /^[\s*_；;]*([\u4e00-\u9fff]{2,10}?)(?:队伍|规模|数量|总量|群体)?(?:进一步|持续|不断|稳步|继续)?(?:壮大|扩大|增加|增长|提升|提高|发展|增多)$/;

/** Verbs that name nothing alone (九江新增4.98万人 after 赣州城镇新增就业7.36万人). */
const VERB_ONLY = /^(?:新增|新设|新登记|新注册|新建|新开|新开工|引进|完成|实现|培育|认定|培训|发放)$/;

/** The count of what was done, by its verb alone: 申报数量, 新增数, 入库量. */
const COUNT_OF_VERB = /^([\u4e00-\u9fff]{2})(?:数量|个数|家数|数)$/;

/** Measures that name no thing of their own (产量, 销量, 出口). */
const BARE_MEASURE = /^(?:产量|销量|产值|出口|出口额|销售额|零售额|营业收入|营收|交易额|增加值|投资)$/;
/** 新能源汽车是最大亮点, 集成电路表现亮眼: a label on a thing, then a comment on it. */
const LABEL_OWNER = /^[\s*_#>]*(?![全我本])([\u4e00-\u9fffA-Z]{2,10}?)(?:是|成为|表现|势头|依然|继续|持续|尤为|更为|更是|最为|十分|增势|发展)[\u4e00-\u9fff“”]{1,10}$/;

/** After a figure that is a place's level or rate: 低于全国2.65%的平均水平, 高于全省5.9%的增速. */
const LEVEL_AFTER = /^的(?:平均)?(?:水平|增速|增幅|增长速度|涨幅|降幅|比重|占比)|^的平均值?/;

/** A thing compared right before a figure (快于游客人次, 高于工业投资): read when the figure is followed by its measure. */
const COMPARED_THING = /(?:高于|低于|快于|慢于|超过|超出)([\u4e00-\u9fff]{2,12})$/;

/** 0.3%的涨幅相比: a level, then the comparison closing the clause that opened on 与. */
const COMPARED_LEVEL_AFTER = /^的[\u4e00-\u9fff]{0,6}?相比/;
/** Just before a place whose figure the one before is compared with: 高于重庆的6.1%, 与上海75.2%的水平相比. */
const COMPARED_WITH = /(高于|低于|快于|慢于|超过|超出|多于|少于|好于|优于|领先于?|不及|落后于?|与|同|比|较|对比|相比)$/;

/** Notes the last period a sentence speaks of (not one it compares with), and the last holiday. */
function notePeriodsSpoken(periods: readonly PeriodMention[], ctx: Context): void {
  const lastHere = periods.findLast((p) => !p.comparative);
  if (lastHere) ctx.lastPeriod = lastHere.period;
  if (lastHere?.period.part.startsWith('H:')) ctx.lastHoliday = lastHere.period;
}

/**
 * A sentence that states no figure, when no spans are wanted: only what it carries to the next
 * sentences is read, and both its subject and its topic period stand in its head (headOfFigureless, as
 * extractSentence reads it).
 */
function carryOnly(text: string, s: Sentence, ctx: Context, lexicon: Lexicon, opening: boolean): void {
  const headEnd = headOfFigureless(text, s);
  const periods = findPeriods(text, s.start, headEnd);
  const subjects = subjectMentions(text, s, headEnd, lexicon, lexicon.findRegions(text.slice(s.start, headEnd)));
  carryForward(subjects.find((r) => r.clauseInitial), opensOnBreakdown(text, s) ? undefined : yearThenPart(periods, headEnd), ctx, opening);
  ctx.lastAmount = undefined;
  const sText = text.slice(s.start, s.end);
  // The period spoken of last, and the holiday, as a full reading keeps them (2025年国庆中秋假期…综述 ⏎ …假期,
  // 同期): from the whole sentence, not only its head.
  const spoken = headEnd < s.end ? findPeriods(text, s.start, s.end) : periods;
  notePeriodsSpoken(withSamePeriodPart(withHolidayMeant(spoken, sText, s.start, ctx), text, ctx.lastPeriod), ctx);
  carryLeadIndicator(sText, ctx, lexicon);
  for (const c of s.clauses.length ? s.clauses : [s]) noteSchoolLevel(text, c, ctx);
  // 神木、府谷是榆林经济的两大支柱: the places a later 两县 stands for.
  if (/[、和与及]/.test(sText)) (ctx.unreadLists ??= []).push({ text: sText, lexicon });
}

/** 分季度看…, 其中…: a sentence that goes through parts of what came before sets no topic period of its own
 * (with figures or without: a source's figureless sentence carries what a draft's would). */
function opensOnBreakdown(text: string, s: Sentence): boolean {
  return PERIOD_BREAKDOWN.test(text.slice(s.start, Math.min(s.end, s.start + 12))) || OF_WHICH_OPENING.test(text.slice(s.start, Math.min(s.end, s.start + 6)));
}

/** 初中118所，…: a clause that opens on a school level makes it the level of the paragraph's roster figures. */
function noteSchoolLevel(text: string, clause: Span, ctx: Context): void {
  ctx.schoolLevel = levelOpening(text.slice(clause.start, clause.end)) ?? ctx.schoolLevel;
}

/** Where the head of a sentence without figures ends: its first clause, or its second after a first that
 * only frames it (作为海南旅游的“金字招牌”，三亚在国庆假期继续领跑全省). */
function headOfFigureless(text: string, s: Sentence): number {
  const first = s.clauses[0] ?? s;
  return s.clauses[1] && FRAMING_CLAUSE.test(text.slice(first.start, first.end)) ? s.clauses[1].end : first.end;
}

/** 规上工业增加值增速总体保持高位。一季度增长8.9%…: a sentence without figures that opens on an indicator
 * makes it the paragraph's topic for the bare figures after it. */
function carryLeadIndicator(sentence: string, ctx: Context, lexicon: Lexicon): void {
  const lead = leadingIndicator(sentence, lexicon);
  if (!lead) return;
  ctx.carriedIndicator = lead;
  ctx.carriedByMeasure = undefined;
}

/** The longest indicator the lexicon knows that starts at `from` (before `end`), if any. */
function knownIndicatorAt(text: string, from: number, end: number, lexicon: Lexicon): string | undefined {
  for (let to = Math.min(end, from + 16); to >= from + 2; to--) {
    const words = text.slice(from, to);
    if (lexicon.canonicalIndicator(words).known) return words;
  }
  return undefined;
}

/** The account flow last named in the paragraph's sentences before. */
function lastFlowCarried(ctx: Context): string | undefined {
  const by = ctx.carriedByMeasure;
  return [by?.value, by?.growth, ctx.carriedIndicator].find((c) => c && FLOW_NAMED.test(c.name))?.name;
}

/** 从增速看, 从占比来看: a view of another measure than size. */
const ANOTHER_VIEW = /^[\s;；]*(?:从|就)(?:增速|增幅|增长速度|占比|比重|质量|效益|结构)(?:上)?(?:来)?看$/;
/** The verb of a rate's course to the figure it reaches: 再回升至, 进一步提高到, 达到 (read by RATE_REACHED,
 * RATE_ALONE and COURSE_TO alike). */
const COURSE = '(?:再|又|进一步|继续|则|还)?(?:(?:升|回升|提升|上升|提高|加快|回落|放缓|降|下降|下滑|降低|增加|减少|扩大|收窄|升高|攀升|达到|达)?(?:至|到)|达到|达)';
/** 至, 回落至, ，达到: the words between a change (or a rate changed from) and the rate it reaches. */
const RATE_REACHED = new RegExp(`^[，,]?${COURSE}$`);
/** ，达到 before a rate: no words of its own. */
const RATE_ALONE = new RegExp(`^[，,\\s]*(?:为|${COURSE})$`);
/** 增速 or 比重 in a clause: the rate it names (group 1 a growth). */
const RATE_NAMED = /(增速|增幅|增长速度)|比重|占比|份额/;
/** 比重, 占比, 份额: the words before a change of points that say a share changed (增速 a growth, kept as read). */
const RATE_CHANGED = /比重|占比|份额/;

/** 升至, 再到, 进一步提高到: the verb of a rate's course, alone before the rate. */
const COURSE_TO = new RegExp(`^${COURSE}$`);

/** 上半年升至, 再到前三季度的, 前三季度达到: the words before a rate are only its course and period. */
function isCourseTo(left: string): boolean {
  const words = left.replace(/^[\s“"「，,；;]+/, '').replace(PERIOD_AT_START, '');
  if (COURSE_TO.test(words)) return true;
  const verb = /^(?:再|又|进一步)?(?:升至|提高到|提升至|回升至|回落至|加快到|达到|到|至|从|由)/.exec(words);
  const rest = verb ? words.slice(verb[0].length).replace(/的$/, '') : '';
  return rest !== '' && PERIOD_AT_START.exec(rest)?.[0] === rest;
}

/** 完成全年目标的, 完成年度目标任务的, 收入进度达到全年预算的, 仅为省下达年度控制指标的: the words before a share of a
 * target (or budget, or cap) reached. */
const TARGET_PROGRESS = /(?:进度)?(?:(?:完成|实现|达到)了?(?:(?:全年|年度|年初|全年度|年)(?:扩面|招商|收入|投资|征收|建设|工作))?(?:全年|年度|年初|全年度|年)?(?:的)?(目标|计划|预算)(?:任务)?|为(?:全年|年度|年初|调整)?(预算)|(?:仅|只)?为(?:省|市|县|区)?(?:下达)?的?(?:全年|年度)?控制(?:指标|目标|数))的?$/;

/** 全国百强县 as a rank's field (normaliseScope's key). */
const TOP_COUNTIES = '百强县';
/** 全国机场 as a rank's field (normaliseScope's key). */
const AIRPORTS_FIELD = '机场';

/** 三市, 两县（市）, 这两地 opening the words before a figure: the places listed before, counted. */
const COUNTED_AT_START = /^[\s，,]*(?:其中|这|上述|以上)?[两二三四五六七八九]+(?:个)?(?:市|县|区|地|县市|县（市）|县\(市\)|城)/;


/** 增速比全市高, 增幅高于全省: the words before a difference that make it one between growth rates. */
const GROWTH_GAP = /(?:增速|增幅|增长速度)[^，,；;]{0,8}?(?:比|较|高于|低于|快于|慢于|高出|低出)[^，,；;]*$/;

/** 增速方面, 从增速看, 增速上: an opening that says the rates after it are growth rates. */
const GROWTH_VIEW = /^[\s*_#>0-9.、]*(?:从|就)?(?:增速|增幅|增长速度)(?:方面|上|来看|看)[，,：:]?$/;

/** 两项指标, 二者, 上述指标: words that point back at the figures named before. */
const POINTS_BACK = /^([两二三四五六七八九十0-9]+项[\u4e00-\u9fff]{0,4}|二者|两者|三者|以上指标|上述指标|这些指标)$/;

/** What a paragraph's sentence establishes at its head (余姚…, 上半年…) carries to the next ones. */
function carryForward(subject: SubjectMention | undefined, topicPeriod: Period | undefined, ctx: Context, opening = false): void {
  if (subject) {
    const r = resolveRegion(subject, ctx);
    if (r) ctx.carriedRegion = r;
    if (r && opening && !subject.self) ctx.topicRegion = r;
    if (r && /镇|街道|乡$/.test(r)) ctx.carriedTown = r;
  }
  if (topicPeriod) ctx.carriedPeriod = topicPeriod;
  if (topicPeriod && opening && ctx.sectionOpening) ctx.sectionPeriod = topicPeriod;
}

/** 经济增长贡献率 with no one's contribution named (对 was the phrase's first word). */
/** 该行业, 这一产业: the industry just named. */
const THAT_INDUSTRY = /^(?:该|这一?|此)(?:行业|产业)/;
/** An industry a name opens on (规上电子信息制造业增加值 → 规上电子信息制造业). */
const INDUSTRY_NAMED = /^([\u4e00-\u9fff]{2,}?(?:制造业|产业|行业|服务业))(?!园|集群|基地)/;

/** Verbs a count follows when what it counts is written after it (研究院成功孵化5家高科技公司). */
const COUNTING_VERB_END = /(?:孵化|培育|引进|新增|新建|建成|招引|认定|支持|打造|组建|创建|设立|获批|拥有)$/;
/** The words between two counts when each is written before what it counts: 个国家区域医疗中心和. */
const COUNTED_THEN_JOINT = /^[\u4e00-\u9fff]{2,16}(?:和|、|及|与|以及)$/;
/** 种下马铃薯, 播种小麦: a crop by the verb that planted it. */
const PLANTED = /^(种下|种植|种了|栽种|播种|种)了?(?!.*(?:面积|规模|基地|业|户|结构))([\u4e00-\u9fff]{1,6})$/;
const AREA_UNIT = /亩|公顷/;
/** 收获, 产出, 总产: a harvest named by its verb alone. */
const HARVEST_ALONE = /^(?:收获|收获了|收了|产出|产|总产|总产量|产量)$/;
const WEIGHT_UNIT = /吨|斤/;
const CROP_AREA = /^(.{1,6}?)(?:种植|播种)面积$/;
const CONTRIBUTION_ALONE = /^(?:经济|GDP|地区生产总值|工业|规上工业|投资|消费)?增长贡献率$/;

/** （下降3.2%）just after a target reached: the target's own figure. */
const TARGET_IN_BRACKETS = /^(?:任务)?[（(](?:下降|增长|减少|提高|降低|增加)?(?:约)?$/;

/** A clause that opens on 其 (its), not 其中 or 其他. */
const ITS = /^[\s，,]*其(?![中他余次实它])/;
/** 规上工业仍是用能主体: what the clause says something of, before 是 or 作为. */
const SUBJECT_IS = new RegExp(`^[\\s*_]*([\u4e00-\u9fff]{2,10}?)(?:${STILL})?(?:是|成为|作为)[\u4e00-\u9fff“”]{2,16}$`);

/** 民营经济在全市经济中的分量进一步加重, 民营经济的主体地位更加巩固: what the clause speaks of the weight or role of. */
const SUBJECT_WEIGHED = /^[\s*_]*([\u4e00-\u9fff]{2,8}?)(?:在[^，,；;]{2,12}?中)?的(?:分量|份量|地位|主体地位|作用|支撑作用|贡献)/;

/** 降幅达到, 跌幅扩大至: the size of a fall, whatever verb leads to the figure. */
const FALL_SIZE = /(?:降幅|跌幅)[^，,；;：:0-9增涨升]{0,10}$/;

/** 并列第四, 同居第二: a rank shared by the places before. */
const TIED = /^[，,\s]*(?:并列|同列|同居|同为|均列|均居)/;

/** One sentence's claims and spans; `sText` is text[s.start, s.end), `figures` the figures found in it. */
function extractSentence(text: string, original: string, s: Sentence, sText: string, figures: RawFigure[], ctx: Context, lexicon: Lexicon, out: Extraction, opensParagraph: boolean): void {
  const periods = withSamePeriodPart(withHolidayMeant(findPeriods(text, s.start, s.end), sText, s.start, ctx), text, ctx.lastPeriod);
  for (const p of periods) out.periods.push({ start: p.start, end: p.end });
  const mentions = lexicon.findRegions(sText);
  for (const r of mentions) out.regions.push({ start: r.start + s.start, end: r.end + s.start });
  // 神木、府谷…。两地GDP合计…: places counted stand for those listed before; a list here is the next one's.
  const listedBefore = countsPlaces(sText) ? listedPlacesOf(ctx) : undefined;
  if (listedBefore) addCountedPlaces(sText, mentions, listedBefore);
  const listedHere = listedPlacesIn(sText, mentions);
  if (listedHere) {
    ctx.listedPlaces = listedHere;
    ctx.unreadLists = undefined;
  }

  if (s.heading !== undefined) updateHeadingContext(text, s, s.heading, ctx, lexicon, periods);
  const base = BASE_OPENING.exec(sText);
  if (base) ctx.overPeriodBefore = base[1] === '环比';

  const subjects = subjectMentions(text, s, s.end, lexicon, mentions);
  const sentenceSubject = subjects.find((r) => r.clauseInitial);
  // The sentence's topic is set before its first figure: in its first clause, or in a later one when the
  // first holds no figure (作为…的主阵地，滨江区2023年实现…).
  const firstEnd = s.clauses[0]?.end ?? s.end;
  const topicEnd = !figures.length ? headOfFigureless(text, s) : figures[0].start >= firstEnd ? Math.min(figures[0].start, s.clauses[1]?.end ?? s.end) : firstEnd;
  // (…；今年前三季度同比增长2.8%。同期全省…: 同期 is the period the sentence before spoke of last.)
  // (国庆中秋8天假期，… ⏎ 假期过夜游客…: 假期 is the holiday the article spoke of last, in any paragraph.)
  const topicPeriod = yearThenPart(periods, topicEnd) ?? (SAME_PERIOD.test(sText) ? ctx.lastPeriod : SAME_HOLIDAY.test(sText) ? ctx.lastHoliday : undefined);
  notePeriodsSpoken(periods, ctx);

  let targetMatch = TARGET_CUE.exec(sText);
  // (超额完成18万人的年度目标；…失业率为5.4%: only the target reached is a target; look on after it.)
  const reached = targetMatch ? REACHED_TARGET.exec(sText) : null;
  let reachedTarget: Span | undefined;
  if (targetMatch && reached && reached.index <= targetMatch.index && targetMatch.index < reached.index + reached[0].length) {
    const end = reached.index + reached[0].length;
    reachedTarget = { start: s.start + reached.index, end: s.start + end };
    const later = TARGET_CUE.exec(sText.slice(end));
    if (later) later.index += end;
    targetMatch = later;
  }
  // Under a heading of plans (2021年工作安排, 主要目标任务) every figure is a target.
  // (2023年，西安新能源汽车产量达到100.39万辆 under 全年展望 in a 2024 report: a past year's figure is no plan.)
  // (## 四、2025年目标任务 ⏎ 2024年，全市新增…: a year before the plan's is what was done, whatever the date.)
  const plan = s.heading === undefined ? ctx.headings.find((h) => h.target) : undefined;
  const planYear = plan?.period?.year && /^[0-9]{4}$/.test(plan.period.year) ? `${plan.period.year}-01-01` : undefined;
  const own = periods.find((p) => !p.comparative)?.period;
  const planned = plan !== undefined && !inPastYear(own, ctx.documentDate) && !inPastYear(own, planYear);
  // (…比年度目标少降0.6个百分点；襄垣县同样未完成年度目标: a target missed in another part of the sentence
  // leaves this part's target words as they are.)
  const targetPart = targetMatch ? semicolonPartAt(sText, targetMatch.index) : undefined;
  const targetAt = planned ? -1 : targetMatch && targetPart && !NOT_TARGET.test(sText.slice(targetPart.start, targetPart.end)) ? s.start + targetMatch.index : Infinity;
  // (Read once a sentence, not once a figure: a sentence of thousands of figures stays linear.)
  // 与2018年相比，…: the year the sentence's growths are over; 收入, 支出: words of what grows net of prices.
  // (Each on first use: most sentences ask for neither.)
  let comparedWith: { match: RegExpExecArray | null; end: number } | undefined;
  let incomeEnd: number | undefined;
  /** Where a match in the sentence ends, in the text (or -1: none). */
  const endOf = (m: RegExpExecArray | null): number => (m ? s.start + m.index + m[0].length : -1);
  const comparedBefore = (at: number): RegExpExecArray | null => {
    if (!comparedWith) {
      const match = COMPARED_WITH_YEAR.exec(sText);
      comparedWith = { match, end: endOf(match) };
    }
    return comparedWith.end >= 0 && comparedWith.end <= at ? comparedWith.match : null;
  };
  const incomeBefore = (at: number): boolean => {
    incomeEnd ??= endOf(INCOME_WORDS.exec(sText));
    return incomeEnd >= 0 && incomeEnd <= at;
  };
  // 计划增长6%左右，实际完成7973.1亿元，增长5.9%: what was done against the plan is no target.
  const reaches = targetAt >= 0 && targetAt !== Infinity ? targetReaches(sText, targetAt - s.start) : undefined;
  const targetReach = (at: number): boolean => at > targetAt && (!reaches || spanIndexAt(reaches, at - s.start) >= 0);
  // GDP增长5%左右、规上工业增加值增长5%等目标: a list named a target after its figures.
  const listTarget = targetMatch ? TARGETS_LISTED.exec(sText) : null;
  const listTargetAt = listTarget ? s.start + listTarget.index : -1;
  const drafts: Draft[] = [];
  /** The last phrase of the sentence naming an account's flow (kept as figures come: a sentence may hold thousands). */
  let lastFlow: string | undefined;

  // 固定资产投资增速保持两位数，达到10.0%: a first clause without figures that opens on an indicator names
  // the bare figure after it, and says what that figure measures when its own words do not.
  // (四城实际使用外资普遍承压：郑州下降18.6%，青岛下降24.2%: so do the words before a colon that opens the sentence.)
  const colonLabel = figures.length && figures[0].start < firstEnd ? COLON_LABEL.exec(text.slice(s.start, figures[0].start)) : null;
  const opening = figures.length && figures[0].start >= firstEnd && s.clauses.length > 1 ? text.slice(s.start, firstEnd) : colonLabel?.[1];
  const aspectIndicator = opening === undefined ? undefined : aspectOf(opening, lexicon);
  // (民生支出占一般公共预算支出的比重，晋江为76.8%: a share named alone opens its places' figures.)
  const openingShare = opening !== undefined && SHARE_OPENING.test(opening) ? canonicalIndicatorName(cleanIndicatorPhrase(opening, lexicon, true), lexicon, 'share') : undefined;
  const openingIndicator = opening === undefined ? undefined : leadingIndicator(opening, lexicon, colonLabel !== null) ?? aspectIndicator ?? (openingShare?.name ? openingShare : undefined);
  /** The trade channel the sentence last named a flow of, or its label is about (跨境电商). */
  let tradeChannel = colonLabel ? labelTradeChannel(colonLabel[1], lexicon) : undefined;
  // - 南宁3月末贷款余额增速：8.1%: a label before a colon names the figure after it, and its measure.
  const label = opening !== undefined && /[：:]/.test(text.slice(firstEnd - 1, firstEnd + 1)) ? opening.replace(/[：:]\s*$/, '') : undefined;
  // 规上工业增速方面，滁州、芜湖分列全省第一、第二: the opening says by what the ranks after it rank.
  const openingBasis: Claim['basis'] = !openingIndicator || !opening ? undefined : /(增速|增幅|增长)/.test(opening) ? 'growth' : /(比重|占比)/.test(opening) ? 'share' : undefined;

  // (Views are short clauses that end in 看, 上 or 方面: most sentences are not read for them.)
  const growthView = s.clauses.length > 1 && s.clauses[0].end - s.clauses[0].start <= 16 && GROWTH_VIEW.test(text.slice(s.clauses[0].start, s.clauses[0].end));
  // 2023年，从总量看，…: a view on size in one of the first clauses (after a period) names the economy's size.
  let sizeViewEnd = -1;
  for (let i = 0; i < 3 && i < s.clauses.length - 1 && sizeViewEnd < 0; i++) {
    const c = s.clauses[i];
    if (c.end - c.start <= 12 && text.charAt(c.end - 1) === '看' && SIZE_VIEW.test(text.slice(c.start, c.end))) sizeViewEnd = c.end;
  }
  // (从规模看，…；从增速看，兰溪市增长18.9%，居全市第1位: another view ends it.)
  let sizeViewStop = s.end;
  const sizeView = sizeViewEnd >= 0 || (opening !== undefined && SIZE_VIEW.test(opening));
  for (let i = 1; sizeView && i < s.clauses.length; i++) {
    const c = s.clauses[i];
    if (c.start >= sizeViewEnd && c.end - c.start <= 12 && text.charAt(c.end - 1) === '看' && ANOTHER_VIEW.test(text.slice(c.start, c.end))) {
      sizeViewStop = c.start;
      break;
    }
  }
  const periodOf = periodsOfSentence(periods, ctx, topicPeriod);
  const periodList = listedPeriods(text, periods, s.end);
  let periodListNext = 0;
  // 洪山区和江夏区紧随其后，规上工业增加值分别增长10.2%和9.7%: the places of a 分别 list may open the sentence.
  let openingList: string[] | undefined | null = null;
  const sentenceRegionList = (): string[] | undefined => {
    if (openingList === null) openingList = s.clauses.length > 1 ? leadingRegionList(text.slice(s.start, s.clauses[0].end), lexicon) ?? listAfterIs(text.slice(s.start, s.clauses[0].end), lexicon) : undefined;
    return openingList;
  };
  const regionOfFigure = regionsOfSentence(s, ctx, subjects);
  // Places that end just before 的 and a figure, by where they end (built when first asked).
  let byEnd: Map<number, RegionMention> | undefined;
  const comparedPlaceAt = (at: number, end: number, named: string | undefined): string | undefined => {
    // (低于全国2.65%的平均水平: the place right before a figure that is its level.)
    const of = sText.charAt(at - 1) === '的';
    if (!of && !LEVEL_AFTER.test(sText.slice(end, end + 6))) return undefined;
    if (!byEnd) {
      byEnd = new Map();
      for (const r of mentions) if (!r.name.includes('、')) byEnd.set(r.end, r);
    }
    // (高于全国同期0.3%的涨幅: 同期 between the place and its level says when, as the figure's own does.)
    const placeEnd = of ? at - 1 : at;
    const r = byEnd.get(placeEnd) ?? (sText.startsWith('同期', placeEnd - 2) ? byEnd.get(placeEnd - 2) : undefined);
    if (!r || !COMPARED_WITH.test(sText.slice(Math.max(0, r.start - 4), r.start))) return undefined;
    // (全省的5.6% after 宁波: the whole of the place compared.)
    return resolveRegion(r, ctx, named);
  };
  let prevEnd = s.start;
  let prevClause: Span | undefined;
  let lastRankScope: string | undefined;
  let lastRankScopeClause = -1;
  const fieldOpenings = newFieldOpenings();
  let partsOf: { whole: string; clause: number; unit: string } | undefined;
  let baseList: { bases: string[]; next: number; clause: number } | undefined;
  let backList: { names: string[]; next: number; clause: number } | undefined;
  // The whole the first of a list of shares written before their nouns named (贡献了全市38.7%的…和42.5%的…).
  let shareWhole: { whole: string; subject: string; clause: number; after: number } | undefined;
  let classCount: { name: string; clause: number } | undefined;
  /** How many of the sentence's clauses were read for a school level they open on. */
  let levelsRead = 0;
  /** 两者分别增长1.6%和2.3%: the second of the pair, for the next figure of the clause. */
  let pairSecond: { name: string; clause: number } | undefined;
  for (const fig of figures) {
    // GDP超过五百亿元的县市达到24个: a threshold, no figure; what it picks out is what the count after it counts.
    const threshold = sizeThreshold(text, s, fig, prevEnd, lexicon);
    if (threshold === 'counted') continue;
    if (threshold) {
      classCount = { name: threshold.className, clause: threshold.clauseStart };
      continue;
    }
    // (By index, once: a sentence may hold thousands of clauses.)
    const clauseIndex = clauseIndexOf(s, fig.start);
    const clause = clauseIndex < 0 ? s : s.clauses[clauseIndex];
    const before = drafts[drafts.length - 1];
    // The clause just before the figure's, when no figure stands in it (契税降幅最大，达21.5%; 其中，出口…).
    const clauseBefore = clauseIndex > 0 && prevEnd <= s.clauses[clauseIndex - 1].start ? text.slice(s.clauses[clauseIndex - 1].start, s.clauses[clauseIndex - 1].end) : '';
    const segStart = prevClause && prevClause.start === clause.start ? Math.max(clause.start, prevEnd) : clause.start;
    let left = text.slice(segStart, fig.start);
    // After an earlier figure in the clause (A 8家、B 388家), the indicator starts after the 、; before the
    // first figure a 、 joins the items of a list subject (A、B分别增长x、y) and is kept.
    const item = segStart > clause.start ? left.lastIndexOf('、') : -1;
    // (So does the 和 before a last item after a figure in brackets: 浏阳市（1595.3亿元）和醴陵市（856.4亿元）.)
    const lastItem = item < 0 && segStart > clause.start ? LAST_ITEM_AFTER_FIGURE.exec(left) : null;
    const afterItem = item >= 0 && /[\u4e00-\u9fff]{2,}/.test(left.slice(item + 1)) ? item + 1 : lastItem ? lastItem[0].length : 0;
    // The words that decide a figure's measure, sign and phase stand just before it: a bounded window
    // keeps a clause with thousands of figures linear.
    const near = text.slice(Math.max(clause.start, fig.start - CUE_WINDOW), fig.start);
    // In a table, the column's header is the cue (增长, 比重) and the row's label the indicator.
    const cell = ctx.tableCells.length ? cellAt(ctx.tableCells, fig.start) : undefined;
    let measure = measureOf(fig, cell ? `${cellCue(cell)}${near}` : near);
    // 增速方面，常州增长6.8%…；苏州、南京均为4.6%: under an opening on growth, a bare rate is a growth.
    if (measure === 'share' && growthView && !statesMeasure(near)) measure = 'growth';
    // (上饶…增速领跑全省，吉安以9.8%居第三: a bare rate a place is ranked by, in a sentence on growth, is one.)
    else if (measure === 'share' && fig.kind === 'percent' && near.endsWith('以') && RANKED_BY_FIGURE.test(text.slice(fig.end, fig.end + 4)) && /增速|增幅/.test(text.slice(s.start, fig.start)) && !statesMeasure(near)) measure = 'growth';
    if ((openingIndicator || label) && fig === figures[0] && fig.kind === 'percent' && !cell && !statesMeasure(near)) measure = measureOf(fig, `${opening}，${near}`);
    // 烟台以10.2%的增速领跑, 以1064.8亿元的规模位居首位: the noun after the figure says what it is.
    const named = fig.kind === 'percent' && text.charAt(fig.end) === '的' ? MEASURE_NAMED_AFTER.exec(text.slice(fig.end + 1, fig.end + 9)) : null;
    if (named && measure !== 'diff') measure = /比重|占比/.test(named[0]) ? 'share' : 'growth';
    // (沙县区以6.1%的降幅领跑全市: a fall.)
    const fellAfter = named !== null && measure === 'growth' && /降幅|减幅|跌幅/.test(named[0]);
    const changed = fig.kind === 'percent' && measure !== 'diff' && CHANGE_VERB.test(near);
    const rateChange: Draft['rateChange'] = changed ? (CHANGE_DOWN.test(near) ? 'down' : 'up') : undefined;
    if (changed && RATE_BEFORE_CHANGE.test(near)) measure = 'diff';
    let phraseStart = segStart + afterItem;
    left = text.slice(phraseStart, fig.start);
    // 1—5月增长9.1%，上半年升至9.6%，前三季度达到10.4%: a rate a verb of its course reaches goes on
    // from the growth before it (and names nothing itself).
    // (The first rate of a sentence goes on from the paragraph's growth: “从1—5月的9.1%到上半年的9.6%”.)
    const grewBefore = before ? before.measure === 'growth' : ctx.carriedByMeasure?.growth !== undefined && ctx.carriedByMeasure.share === undefined;
    const course = fig.kind === 'percent' && measure !== 'diff' && grewBefore && isCourseTo(left);
    if (course) measure = 'growth';
    // 增速由1—2月的7.5%起步，1—3月为8.4%: a period and 为 after a growth give the same growth at that period.
    else if (fig.kind === 'percent' && measure === 'share' && before?.measure === 'growth' && !statesMeasure(near) && PERIOD_THEN_IS.test(left.trim())) measure = 'growth';
    // 成都GDP增长6.0%，高于重庆的6.1%: the figure after a place compared with is that place's, and
    // measures what the figure before it measured.
    const modifiedPlace = placeModifiedBy(text, fig.end, lexicon);
    // 黄山区、屯溪区、歙县三地合计…, 6个县（市）收入合计…: a group's sum is no one place's figure, nor the
    // whole's: its place is the group as written.
    // (Named as the places counted are when they stand for a list: 府谷县、神木市, canonical and sorted.)
    // (Within a bounded window before the figure: a clause of thousands of figures stays linear.)
    const groupWindow = text.slice(Math.max(clause.start, fig.start - GROUP_WINDOW), fig.start);
    // (Every sum ends in 计 or is 共: most figures ask no regex.)
    const group = groupWindow.includes('计') || groupWindow.includes('共') ? GROUP_COUNTED.exec(groupWindow) : null;
    const listed = group ? GROUP_LISTED.exec(groupWindow.slice(Math.max(0, group.index - GROUP_WINDOW / 2), group.index))?.[1] : undefined;
    const groupPlace = group ? (listed?.split('、').map((n) => lexicon.findRegions(n)[0]?.name ?? n).sort().join('、') ?? group[1]) : undefined;
    // (…居万亿城市首位的无锡相去甚远，也明显低于深圳的19.25万元: the last figure of its kind, past a rank.)
    const alike = before && before.fig.kind !== fig.kind && before.measure === 'rank' ? drafts.findLast((d) => d.fig.kind === fig.kind) : before;
    // (与全国同期0.3%的涨幅相比，我市…: a place's level a sentence opens by comparing with, no figure before.)
    const rival = alike && alike.fig.kind === fig.kind && alike.clause.start !== clause.start ? comparedPlaceAt(fig.start - s.start, fig.end - s.start, alike.region)
      : !before && COMPARED_LEVEL_AFTER.test(text.slice(fig.end, Math.min(clause.end, fig.end + 12))) ? comparedPlaceAt(fig.start - s.start, fig.end - s.start, undefined) : undefined;
    if (rival && alike) measure = alike.measure;
    // 比重回落2.1个百分点至67.1%, 比重由69.2%回落至67.1%: the rate a change reaches is the rate changed.
    else if (fig.kind === 'percent' && before && before.clause.start === clause.start && RATE_REACHED.test(text.slice(before.fig.end, fig.start))) {
      if (before.phase === 'from' && before.measure !== 'diff') measure = before.measure;
      else if (before.measure === 'diff') measure = RATE_CHANGED.test(text.slice(clause.start, before.fig.start)) ? 'share' : measure;
    }
    // 抚州市投资增速居全省首位，达到13.5%; 增速较上半年加快3.2个百分点，达到7.1%: a bare rate reached in a clause of
    // its own is the rate the clause before named.
    else if (fig.kind === 'percent' && clauseIndex > 0 && RATE_ALONE.test(text.slice(clause.start, fig.start))) {
      const named = RATE_NAMED.exec(text.slice(s.clauses[clauseIndex - 1].start, s.clauses[clauseIndex - 1].end));
      if (named) measure = named[1] ? 'growth' : 'share';
    }
    let scope: string | undefined;
    let onList = false;
    let distributive: Draft['distributive'];
    let basis: Claim['basis'];
    let overall = false;
    let fieldIndicator: string | undefined;
    if (measure === 'rank') {
      // (In a table, the column's header says in what field: 增速全省位次.)
      const rank = rankField({ text, sentence: s, clause, clauseIndex, fig, left: cell && !left.trim() ? headerWords(cell.header) : left, near, before, lastScope: lastRankScope, lastScopeClause: lastRankScopeClause, carriedField: ctx.rankField, openings: fieldOpenings }, lexicon);
      ({ scope, onList, distributive, basis, overall, fieldIndicator } = rank);
      // (增速方面，吉安跃居全省第一: under an opening on growth, a rank is by growth.)
      if (growthView && basis === undefined) basis = 'growth';
      left = rank.indicatorWords;
    }
    // 较2019年同期增长7.9%: a growth over another year than the last is another figure (its base, B:2019).
    const baseYear = measure === 'growth' ? GROWTH_BASE_YEAR.exec(near) ?? comparedBefore(fig.start) : null;
    // (比2022年增长 in a 2023 report is the usual growth: only a base said as 同期, or before 2021, is another.)
    if (baseYear && (baseYear[2] || Number(baseYear[1]) <= 2020)) scope = `B:${baseYear[1]}`;
    // 由2019年的2753.5万标准箱增加到3930.1万标准箱，年均增长7.4%: an average over years is another figure
    // than the last year's growth (B:avg).
    else if (measure === 'growth' && AVERAGE_GROWTH.test(near)) scope = 'B:avg';
    // 名义增长6.8%，扣除价格因素实际增长6.5%: an income's real growth is another figure than its nominal one (B:实际).
    // 比上年偏多12.6%，比多年平均偏少6.8%: a departure from the normal is another figure (B:常年).
    else if (measure === 'growth' && fromNormal(near)) scope = 'B:常年';
    else if (measure === 'growth' && GROWTH_SINCE_YEAR_START.test(near) && !AT_YEAR_END.test(text.slice(s.start, fig.start))) scope = 'B:年初';
    // (计划增长5%，实际增长3.1%: after a plan, 实际 is what was done, not a growth net of prices.)
    else if (measure === 'growth' && REAL_GROWTH.test(near) && incomeBefore(fig.start) && !(reaches && fig.start > targetAt)) scope = 'B:实际';
    // 同比上涨0.3%，环比下降0.5%: a change over the month (quarter) before is another figure (B:环比).
    // (环比看，食品价格上涨1.3%。其中，鲜菜价格上涨6.4%: a paragraph opening on 环比 speaks of it, until a
    // clause turns to 同比.)
    else if (measure === 'growth' && (OVER_PERIOD_BEFORE.test(cell ? `${headerWords(cell.header)}${near}` : near) || ((ctx.overPeriodBefore ?? ctx.headings.some((h) => h.overPeriodBefore)) && !YEAR_BEFORE.test(text.slice(s.start, fig.start))))) scope = 'B:环比';
    if (measure === 'diff') {
      // 分别高于全国、全省0.8个和0.2个百分点: the listed bases go to the figures in order.
      // (与全省、全国相比，…分别高出11.9个百分点和2.1个百分点: or listed in the clause the sentence opens on.)
      const bases = comparisonBases(near, lexicon) ?? (!baseList && RESPECTIVELY.test(text.slice(Math.max(clause.start, fig.start - RESPECTIVELY_WINDOW), fig.start)) ? openingComparisonBases(sText, lexicon) : undefined);
      if (bases) baseList = { bases, next: 0, clause: clause.start };
      if (baseList && baseList.clause === clause.start && baseList.next < baseList.bases.length && (bases || before?.measure === 'diff')) scope = baseList.bases[baseList.next++];
      else {
        baseList = undefined;
        // 分别高于全省2.8个、2.3个、2.0个百分点: the figures listed after one base share it.
        // (| 比1—7月增减(百分点) |: a column's base is in its header.)
        scope = comparisonBase(cell ? `${headerWords(cell.header)}${near}` : near, lexicon) ?? (before?.measure === 'diff' && before.clause.start === clause.start && LIST_JOINT_ONLY.test(text.slice(before.fig.end, fig.start)) ? before.scope : undefined);
      }
      // 增速回落至2.1%，回落2.5个百分点: a change with no base named is over an earlier period (P:), not
      // against a place (比全国低2.9个百分点).
      const changeWords = scope ? '' : text.slice(clause.start, fig.start).trim();
      if (!scope && CHANGE_OVER_TIME.test(changeWords)) scope = 'P:';
      // (由2019年的66.3%提高到67.2%，累计提高0.9个百分点: over the years of a span, not over last year.)
      if (!scope && CUMULATIVE_CHANGE.test(changeWords)) scope = 'P:span';
    }
    // 余姚增长5%、慈溪增长6%, 巩义排第26位、新郑排第28位: an item that opens on a place is that place's.
    // (Only when nothing but verbs follow the place: in 拥有…、宁波市科技型中小企业2007家 it qualifies.)
    const itemPlace = afterItem > 0 ? lexicon.regionAt(left, 0) : undefined;
    const itemRegion = itemPlace && !itemPlace.self && !cleanIndicatorPhrase(left.slice(itemPlace.end), lexicon, false) ? itemPlace.name : undefined;
    let phrase = fig.industry ? INDUSTRY_SHARES[fig.industry - 1] : course ? '' : cleanIndicatorPhrase(left, lexicon, afterItem === 0 || itemRegion !== undefined);
    if (fieldIndicator && (!phrase || phrase.includes(fieldIndicator))) phrase = fieldIndicator;
    // 收入增长11.2%，快于游客人次9.6%的增幅: the thing compared, written with its own rate, is that rate's.
    const comparedThing = named && !phrase && !rival ? COMPARED_THING.exec(left) : null;
    if (comparedThing && !lexicon.findRegions(comparedThing[1]).length) phrase = cleanIndicatorPhrase(comparedThing[1], lexicon, true);
    // 体育产业总规模1312亿元，增加值占全市GDP的2.21%: a bare 增加值 after an industry's size is that industry's.
    const ofIndustry = phrase && before?.phrase ? OWN_SIZE.exec(before.phrase) : null;
    if (ofIndustry && BARE_VALUE_ADDED.test(phrase)) phrase = `${ofIndustry[1] ?? ofIndustry[2]}${phrase}`;
    // 规模以上工业企业实现营业收入…；实现利润总额…: the firms that earned the one made the other.
    const firms = phrase && FIRMS_HEAD.test(phrase) ? FIRMS_FIGURE.exec(drafts.findLast((d) => d.phrase)?.phrase ?? '') : null;
    if (firms && firms[2] !== phrase) phrase = `${firms[1]}${phrase}`;
    // 组织申报高新技术企业1126家，申报数量同比增长14.7%: the count of what the figure before counted.
    const countOf = phrase && before?.phrase && before.fig.kind === 'amount' ? COUNT_OF_VERB.exec(phrase) : null;
    if (countOf && before?.phrase.includes(countOf[1]) && before.phrase !== countOf[1]) phrase = before.phrase.slice(before.phrase.indexOf(countOf[1]));
    // 初中118所。招生4.26万人…；在校生12.47万人: the level a clause opened on names the roster after it.
    for (; levelsRead <= clauseIndex; levelsRead++) noteSchoolLevel(text, s.clauses[levelsRead], ctx);
    const roster = phrase ? rosterOfLevel(phrase, ctx.schoolLevel) : undefined;
    if (roster) phrase = roster;
    // 城镇新增就业19.6万人，超额完成18万人的年度目标: the target reached is the figure before's, aimed at.
    // (超额完成省下达的年度目标任务（下降3.2%）: so is the figure in brackets after it.)
    const bracketed = reachedTarget !== undefined && fig.start > reachedTarget.end && TARGET_IN_BRACKETS.test(text.slice(reachedTarget.end, fig.start));
    const inReachedTarget = bracketed || (reachedTarget !== undefined && fig.start >= reachedTarget.start && fig.end <= reachedTarget.end);
    if ((!phrase || bracketed || TARGET_WORDS.test(phrase)) && inReachedTarget && before?.phrase && before.fig.unit === fig.unit) phrase = before.phrase;
    if (fig.industry) measure = 'share';
    if (classCount && classCount.clause === clause.start && fig.kind === 'amount') {
      phrase = classCount.name;
      classCount = undefined;
    }
    // 城镇新增就业4.62万人，完成年度目标任务的82.5%: how much of its target an indicator reached.
    // (完成年度目标任务12000人的82.2%: right after the target reached, a share is of it too.)
    const progress = fig.kind === 'percent' ? TARGET_PROGRESS.exec(left) : null;
    const ofTargetReached = fig.kind === 'percent' && reachedTarget !== undefined && fig.start === reachedTarget.end;
    // (国有资本经营预算收入超额完成，为预算的115.7%: or the clause before's, when no figure came first.)
    // (枣阳市完成18.64亿元，…，完成年度预算的77.9% under a lead-in on 一般公共预算收入: the indicator the bare figures go on with.)
    let progressOf = progress || ofTargetReached ? cleanIndicatorPhrase(left.slice(0, progress?.index ?? 0), lexicon, true) || drafts.findLast((d) => d.phrase)?.phrase || accountBefore(clauseBefore, lexicon) || (drafts.length ? (openingIndicator ?? ctx.carriedIndicator)?.name : undefined) : undefined;
    const progressFlow = progressOf ? lastFlow : undefined;
    if (progressOf && progressFlow) progressOf = accountFlowOf(progressOf, progressFlow) ?? progressOf;
    if (progressOf) {
      phrase = `${canonicalIndicatorName(progressOf, lexicon, 'value').name}${progress?.[1] === '预算' || progress?.[2] ? '预算' : '目标'}完成率`;
      measure = 'share';
    }
    // 增长7.7%，完成进度超出时序进度2.1个百分点: ahead of the schedule is how much of its target the figure
    // before reached (as 完成年度计划的76.2%，高于时序进度1.2个百分点 says).
    const aheadOf = measure === 'diff' && !progressOf && AGAINST_SCHEDULE.test(near) ? drafts.findLast((d) => d.phrase && !d.phrase.endsWith('完成率'))?.phrase : undefined;
    if (aheadOf && (!phrase || /^(?:完成)?进度$/.test(phrase))) phrase = drafts.findLast((d) => d.measure === 'share' && d.phrase.endsWith('完成率'))?.phrase ?? `${lexicon.canonicalIndicator(aheadOf).name}目标完成率`;
    // 增长5.6%，距8%左右的预期目标仍有差距: a target with no words of its own is the figure before it, aimed at.
    const targetNamedAfter = TARGET_AFTER.test(text.slice(fig.end, Math.min(clause.end, fig.end + 12)));
    const targetOf = fig.kind === 'percent' && !phrase && !statesMeasure(near) && targetNamedAfter;
    if (targetOf && before && before.measure === 'growth') measure = before.measure;
    // (The second of 分列第三、第四位 continues the first.)
    if (overall && !phrase && !(before?.measure === 'rank' && before.clause.start === clause.start)) phrase = OVERALL_STRENGTH;
    // 在携程发布的…榜单中，三亚排名第六位: a published list ranks by its own measure, which is the list itself.
    if (onList && !overall && !phrase && !(before?.measure === 'rank' && before.clause.start === clause.start)) phrase = LIST_POSITION;
    // (县域经济基本竞争力位列全国第三: a county's strength ranked in the country is its place in the list of top counties.)
    if (measure === 'rank' && !overall && scope === NATION_FIELD && phrase.startsWith('县域') && OVERALL_NAME.test(phrase)) {
      scope = TOP_COUNTIES;
      overall = true;
    }
    // 县域经济基本竞争力居全国百强县第4位: in such a list, the strength by any of its names.
    if (overall && OVERALL_NAME.test(phrase)) phrase = OVERALL_STRENGTH;
    if (phrase && before?.phrase) phrase = qualifiedPart(phrase, before.phrase, lexicon) ?? sharedQuotaQualifier(phrase, before.phrase) ?? phrase;
    // (…累计收入1512.7亿元，…。基金支出增长9.7%: the account may be named in the paragraph's sentence before.)
    const flowBefore = phrase ? lastFlow ?? lastFlowCarried(ctx) : undefined;
    if (flowBefore) phrase = accountFlowOf(phrase, flowBefore) ?? phrase;
    // (…对共建“一带一路”国家进出口…；思明区进出口居各区首位: a place of its own names its total.)
    const channelFlow = phrase && tradeChannel ? tradeFlowOf(phrase, tradeChannel) : undefined;
    if (channelFlow && !mentions.some((r) => !r.self && r.start + s.start >= clause.start && r.end + s.start <= fig.start)) phrase = channelFlow;
    if (phrase) tradeChannel = tradeChannelOf(phrase, lexicon) ?? tradeChannel;
    // 合肥人均GDP约13万元，与人均20.63万元的无锡…: 人均 alone is the per-head figure named before.
    if (phrase === '人均' && before?.phrase.startsWith('人均')) phrase = before.phrase;
    // 种下马铃薯160.5万亩，收获261.3万吨: a crop planted over an area, then its harvest by weight.
    const planted = AREA_UNIT.test(fig.unit) ? PLANTED.exec(phrase) : null;
    if (planted) phrase = `${planted[2]}${planted[1] === '播种' ? '播种' : '种植'}面积`;
    const crop = WEIGHT_UNIT.test(fig.unit) && HARVEST_ALONE.test(phrase) ? CROP_AREA.exec(before?.phrase ?? '') : null;
    if (crop) phrase = `${crop[1]}产量`;
    // 服务业增加值增长3.9%，对经济增长的贡献率超过九成: the contribution is the figure before's.
    if (before?.phrase && CONTRIBUTION_ALONE.test(phrase) && !before.phrase.includes('贡献率')) phrase = `${before.phrase.replace(/增加值$/, '')}对${phrase}`;
    // 4.87亿人次的客运量占到总量的56.5%, 全年实现31.5亿元的营业收入: an amount named right after it, by 的.
    const namedAfter = !phrase && !cell && fig.kind === 'amount' && !/以$/.test(left) ? NAMED_AFTER.exec(text.slice(fig.end, clause.end)) : null;
    if (namedAfter) phrase = cleanIndicatorPhrase(namedAfter[1], lexicon, false);
    // …；社零规模再创新高，增长6.7%: a clause without figures that opens on an indicator names the bare
    // figure of the clause after it, wherever in the sentence (the first clause: openingIndicator).
    let fellBefore = false;
    let leaderPlace: string | undefined;
    if (!phrase && !cell && measure !== 'rank' && clause !== s.clauses[0]) {
      const named = nameFromClauseBefore(clauseBefore, fig, measure, near, lexicon);
      ({ phrase, fellBefore, leaderPlace } = named);
      measure = named.measure;
    }
    // (一些部门违规发放津贴补贴，涉及金额321.6万元: the amount involved is the problem's the clause before names.)
    if (INVOLVED_AMOUNT.test(phrase) && clauseBefore && !/[0-9]/.test(clauseBefore)) phrase = cleanIndicatorPhrase(clauseBefore.replace(SOME_OF_THEM, ''), lexicon, true) || phrase;
    // 牧业受生猪价格低迷拖累，产值为365.7亿元: a bare measure after a sector and how it fared is the sector's.
    const fared = ownerInClauseBefore(clauseBefore, phrase, lexicon);
    if (fared) phrase = `${fared}${phrase}`;
    // (…4.87亿人次的轨道交通客运量占到总量的56.5%: a share of the measure just named in its clause is that figure's.)
    const sharer = measure === 'share' && before?.phrase && before.clause.start === clause.start ? SHARER.exec(phrase) : null;
    if (sharer && before && before.phrase.length > sharer[1].length && before.phrase.endsWith(sharer[1])) phrase = before.phrase + phrase.slice(sharer[1].length);
    // 新能源汽车是最大亮点：全年产量74.6万辆: a bare measure after a label about a thing is that thing's.
    const owner = colonLabel && clause === s.clauses[0] && BARE_MEASURE.test(phrase) ? LABEL_OWNER.exec(colonLabel[1]) : null;
    if (owner) phrase = owner[1] + phrase;
    // 对欧盟增长6.3%，对美国则下降5.4%: trade with a partner, as 对美国进出口 is written.
    if (PARTNER.test(phrase) && left.includes(`对${phrase}`)) phrase += '进出口';
    // 东盟继续保持第一大贸易伙伴地位，对其进出口增长9.7%: 其 is the partner named before in the sentence.
    const withIt = left.includes('对其') ? TRADE_WITH_IT.exec(left) : null;
    const partner = withIt ? lastPartnerIn(text.slice(s.start, fig.start - left.length + withIt.index)) : undefined;
    if (withIt && partner) phrase = `${partner}${withIt[1]}`;
    // 企业所得税增长9.3%，快于国内增值税，后者完成78.25亿元: the latter is what was compared with, the
    // former the sentence's first subject.
    // 玉环以43.1亿元的投资额位列第三: the figure a place stands by, named after it, is of that.
    // (唐江镇以111.4%的到位资金完成率居首位: so is a rate, named after it as one.)
    const standsBy = !phrase && /以$/.test(left) ? STANDS_BY.exec(text.slice(fig.end, Math.min(clause.end, fig.end + 16))) : null;
    if (standsBy && (fig.kind === 'amount' || RATE_WORD_END.test(standsBy[1]))) phrase = cleanIndicatorPhrase(standsBy[1], lexicon, false) || phrase;
    // 养老床位3.12万张，其中护理型床位占比61.5%: a part's bare share is of the amount just named.
    const partShare = measure === 'share' && before?.measure === 'value' && before.phrase && before.clause.start !== clause.start ? PART_SHARE.exec(left) : null;
    if (partShare && phrase && !phrase.includes('占')) phrase = `${phrase}占${before?.phrase}`;
    // 规上工业仍是用能主体，其综合能源消费量占…: 其 is the subject the clause before said was something.
    // (民营经济在全市经济中的分量进一步加重，其增加值占…: so is one whose weight or role it spoke of.)
    const itsOwner = phrase && !fared && !drafts.length && ITS.test(text.slice(clause.start, fig.start)) ? (SUBJECT_IS.exec(clauseBefore) ?? SUBJECT_WEIGHED.exec(clauseBefore))?.[1] : undefined;
    if (itsOwner && !lexicon.findRegions(itsOwner).length) phrase = cleanIndicatorPhrase(itsOwner + phrase, lexicon, true) || phrase;
    // 第二产业是经济增长的主引擎，对全县经济增长的贡献率达到47.2%: a contribution whose clause opens on 对 is
    // of what the clause before said something of.
    const contributor = !itsOwner && phrase.includes('贡献率') && /^[\s，,]*对/.test(text.slice(clause.start, fig.start)) ? SUBJECT_IS.exec(clauseBefore)?.[1] : undefined;
    if (contributor && !lexicon.findRegions(contributor).length) phrase = cleanIndicatorPhrase(`${contributor}${phrase.startsWith('对') ? '' : '对'}${phrase}`, lexicon, true) || phrase;
    // 在校生达到63.07万人，专任教师队伍同步扩大，两者分别增长1.6%和2.3%: the pair is the figure's subject
    // before, then what the clause before says grew.
    if (BOTH.test(phrase) && RESPECTIVELY.test(left)) {
      const grown = GROWING_SUBJECT.exec(clauseBefore.replace(/同步|同样|也|亦/g, ''))?.[1];
      const first = drafts.findLast((d) => d.phrase && !BOTH.test(d.phrase))?.phrase;
      if (first && grown) {
        phrase = first;
        pairSecond = { name: cleanIndicatorPhrase(grown, lexicon, true) || grown, clause: clause.start };
      }
    } else if (!phrase && pairSecond?.clause === clause.start) {
      phrase = pairSecond.name;
      pairSecond = undefined;
    }
    // 家用电器和音像器材类零售额增长23.6%…；1-8月该类商品零售额增幅仅为14.8%: 该类 is the class just named.
    const thatClass = /^(?:该|这|此)类/.test(phrase) ? drafts.findLast((d) => /类/.test(d.phrase) && !/^(?:该|这|此)类/.test(d.phrase))?.phrase : undefined;
    if (thatClass) phrase = thatClass;
    // 规上电子信息制造业增加值增速…；该行业增加值增速提升至13.8%: 该行业 is the industry just named.
    const thatIndustry = THAT_INDUSTRY.exec(phrase);
    const industry = thatIndustry ? [...drafts.map((d) => d.phrase), ctx.carriedIndicator?.name ?? ''].reverse().map((p) => INDUSTRY_NAMED.exec(p)?.[1]).find(Boolean) : undefined;
    if (thatIndustry && industry) phrase = cleanIndicatorPhrase(industry + phrase.slice(thatIndustry[0].length), lexicon, true) || phrase;
    // …水质比例达到89.3%；第三季度该比例较上半年提高3.9个百分点: a bare 比例 is the share just named.
    // (占全省的10.6%，比重较去年同期提升…: the share's words, 占全省, read as a share.)
    const namedShare = BARE_SHARE.test(phrase) ? drafts.findLast((d) => d.measure === 'share' && d.phrase)?.phrase : undefined;
    if (namedShare) phrase = namedShare.includes('占') && !/(?:比重|比例|占比|份额)$/.test(namedShare) ? `${namedShare}比重` : namedShare;
    // (出口和进口分别增长5%和3%，前者…，后者…: the two of a list.)
    if (phrase === '后者' || phrase === '前者') {
      const pair = drafts[0]?.phrase.split(/[和与及、]/) ?? [];
      const compared = phrase === '后者' ? LATTER.exec(text.slice(s.start, fig.start - left.length)) : null;
      phrase = (compared && cleanIndicatorPhrase(compared[1], lexicon, true)) || (pair.length === 2 ? pair[phrase === '后者' ? 1 : 0] : phrase === '前者' ? drafts[0]?.phrase : '') || phrase;
    }
    // 边境小额贸易表现抢眼，进出口1128.9亿元: bare trade after a clause on a kind of trade is that trade's.
    const tradeKind = clauseBefore && /^(?:进出口|出口|进口)$/.test(phrase) ? TRADE_KIND_LEAD.exec(clauseBefore) : null;
    if (tradeKind) phrase = tradeKind[1] + phrase;
    // 一类烟销售10.35万箱, 销售卷烟45.6万箱: goods sold counted in their own units are the volume sold (销量),
    // not the money taken (销售额, as a bare 销售 of an amount in 元 is).
    if (GOODS_UNITS.has(fig.unit)) phrase = volumeSold(phrase) ?? phrase;
    // 汽车产量63.52万辆，其中新能源汽车46.71万辆: a part named alone is measured as the whole before it.
    // (其中天府机场3013.8万人次、双流机场4478.6万人次: the items after the first part too.)
    // (汽车产量25.37万辆，同比增长13.7%，其中新能源汽车7.86万辆: the whole is the last amount, past its growth.)
    // (其中，出口1218.4亿元: 其中 may be a clause of its own.)
    const afterBareOf = /^[\s*_；;]*其中[，,：:]?$/.test(clauseBefore);
    const partOf = phrase && (/^[，,\s]*其中/.test(left) || afterBareOf);
    // (…进出口2236.7亿元，…。其中，出口1218.4亿元: the whole may be the sentence before's last amount.)
    const whole = partOf ? drafts.findLast((d) => d.measure === measure && d.fig.unit === fig.unit) ?? (measure === 'value' && ctx.lastAmount?.unit === fig.unit && (clauseIndex === 0 || clauseIndex === 1 && afterBareOf) ? ctx.lastAmount : undefined) : undefined;
    if (phrase && whole?.phrase) {
      const part = partOfWhole(phrase, whole.phrase, lexicon);
      partsOf = part ? { whole: whole.phrase, clause: clause.start, unit: fig.unit } : undefined;
      phrase = part ?? phrase;
    } else if (phrase && partsOf && partsOf.clause === clause.start && afterItem > 0) {
      phrase = partOfWhole(phrase, partsOf.whole, lexicon) ?? phrase;
    } else if (phrase && partsOf && fig.unit === partsOf.unit && FACILITY_ITEM.test(phrase) && /[；;]\s*$/.test(text.slice(Math.max(s.start, clause.start - 2), clause.start))) {
      // (其中，西安咸阳国际机场完成35.7万吨，…；兰州中川国际机场完成7.2万吨: facilities listed clause by clause.)
      phrase = partOfWhole(phrase, partsOf.whole, lexicon) ?? phrase;
    }
    // 高新技术企业净增1700家、总数达到1.3万家 (总数居…第五位): the total of what the amount before added.
    // 接待游客1312.6万人次，恢复至2019年同期的118.4%: how far the figure before has recovered to a
    // base year, named by both (客流恢复到… is the visitors' recovery too).
    const recovered = fig.kind === 'percent' && left.endsWith('的') && left.includes('恢复') ? RECOVERY.exec(left) : null;
    if (recovered) {
      const subject = cleanIndicatorPhrase(recovered[1], lexicon, true);
      const whole = subject && !VAGUE_SUBJECT.test(subject) ? subject : drafts.findLast((d) => d.phrase && d.measure === 'value')?.phrase ?? subject;
      phrase = `${lexicon.canonicalIndicator(whole).name}恢复至${recovered[2]}年同期`;
      measure = 'share';
    }
    // 12月当月销售142.60万平方米: an area sold (built, started) is the area of it.
    if (AREA_UNITS.has(fig.unit) && AREA_VERB.test(phrase)) phrase += '面积';
    // 发生生产安全事故186起、死亡172人: events counted are their number (事故起数), and the dead a number of people (死亡人数).
    if (fig.unit === '起' && phrase && !/数$/.test(phrase)) phrase = `${phrase.replace(/^(.*?)发生(?=[\u4e00-\u9fff]{2})/, '$1')}起数`;
    else if (fig.unit === '人' && CASUALTY.test(phrase)) {
      // (道路运输领域发生事故112起、死亡104人: the dead of the field whose accidents were counted.)
      const field = phrase.length <= 3 && before?.fig.unit === '起' && before.clause.start === clause.start ? FIELD_OF_EVENTS.exec(before.phrase)?.[0] : undefined;
      phrase = `${field ?? ''}${phrase}人数`;
    }
    // 电子社会保障卡签发316.7万张，签发率63.6%，签发率居全省第4位: a rate named by the verb alone is the rate
    // of what the figure before counted, or that rate again.
    const verbRate = phrase.length === 3 && before?.phrase && before.phrase.length > 3 ? BARE_VERB_RATE.exec(phrase) : null;
    if (verbRate && before) {
      if (before.phrase.endsWith(verbRate[1])) phrase = `${before.phrase}率`;
      else if (before.phrase.endsWith(phrase)) phrase = before.phrase;
    }
    // 武汉筹集保障性租赁住房4.68万套，西安筹集3.2万套: a verb alone goes on with what the figure before it counted;
    // (太原新增就业9.6万人…；运城、临汾分别新增5.1万人: or with what the sentence, or the article, last named by it in that unit.)
    if (phrase.length >= 2 && phrase.length <= 3) {
      const named = before?.phrase && before.phrase.length > phrase.length && (before.phrase.startsWith(phrase) || (VERB_ONLY.test(phrase) && before.phrase.includes(phrase))) && before.measure === measure ? before.phrase
        : VERB_ONLY.test(phrase) ? drafts.findLast((d) => d.fig.unit === fig.unit && d.phrase.length > phrase.length && d.phrase.includes(phrase))?.phrase ?? ctx.namedAmounts?.findLast((a) => a.unit === fig.unit && a.phrase.includes(phrase))?.phrase
        : undefined;
      if (named) phrase = named;
    }
    // 每千人口执业（助理）医师4.39人、注册护士5.16人: a per-head measure goes on to the next item of its list.
    const perHead = before?.phrase && before.fig.unit === fig.unit && measure === 'value' && before.measure === 'value' && phrase && !PER_HEAD.test(phrase) ? PER_HEAD.exec(before.phrase) : null;
    if (perHead && before && LIST_JOINT_ONLY.test(text.slice(before.fig.end, phraseStart))) phrase = `${perHead[0]}${phrase}`;
    // 船舶海工产业产值增长15.8%，新一代信息技术产业增长12.6%: an industry named bare after another's output goes
    // on with that measure (a bare industry's growth is otherwise its value added's).
    const industryHead = measure !== 'value' && before?.measure === measure && /(?:产业|行业)$/.test(phrase) ? INDUSTRY_MEASURE_END.exec(before.phrase) : null;
    if (industryHead) phrase += industryHead[1];
    // 合肥这一指标为36.8件: the indicator the figure before named.
    if (/^(?:这一|该|此项?)?指标$/.test(phrase)) phrase = drafts.findLast((d) => d.phrase)?.phrase ?? (ctx.carriedIndicator?.name ?? phrase);
    // (由278.4万吨增加到283.7万吨，总产居全省第二位: the amount a course reached names nothing itself.)
    const namedBefore = before?.phrase ? before : before?.phase === 'to' ? drafts.findLast((d) => d.measure === 'value' && d.phrase) : undefined;
    // (专任教师队伍进一步壮大，总数为117.62万人: a clause between names whose total it is.)
    const totalOf = clauseBefore && TOTAL_OF_BEFORE.test(phrase) ? GROWING_SUBJECT.exec(clauseBefore) : null;
    if (totalOf) phrase = cleanIndicatorPhrase(totalOf[1], lexicon, true) || phrase;
    else if ((measure === 'value' || measure === 'rank') && TOTAL_OF_BEFORE.test(phrase) && before?.measure === 'value' && namedBefore?.phrase) phrase = namedBefore.phrase.replace(NEWLY, '');
    // 发放个人住房贷款175.64亿元，笔数和金额分别增长…: the count and the sum of what the sum before was lent (paid, spent) in.
    // (笔数和金额分别增长: each of a pair.)
    const sum = ASPECT_OF_SUM.test(phrase) ? drafts.findLast((d) => d.measure === 'value' && d.phrase !== '' && d.fig.unit.endsWith('元')) : undefined;
    if (sum) phrase = phrase.replace(SUM_ASPECT, (aspect) => (aspect === '金额' ? sum.phrase : `${sum.phrase}${aspect}`));
    // (| 道路运输 | 112 | 104 | under 事故起数, 死亡人数: a row of a field is named with what its column counts;
    // a row of totals, 合计, by the column alone.)
    if (cell && !phrase) {
      const total = TOTAL_ROW.test(cell.rowLabel.trim());
      const row = total ? '' : cleanIndicatorPhrase(cell.rowLabel, lexicon, true);
      const column = measure === 'rank' || !cell.column ? '' : cellIndicatorFromHeaders({ ...cell, caption: total ? cell.caption : undefined }, (w) => cleanIndicatorPhrase(w, lexicon, true));
      phrase = row && column && COUNTED_COLUMN.test(column) && !row.endsWith(column) ? `${row}${column}` : row || column;
      // (| 储备物资价值 | 亿元 | 1.82 | 0.64 | 1.18 | under 合计, 市级, 县级: a level's column qualifies the row.)
      const level = row && cell.column ? LEVEL_COLUMN.exec(headerWords(cell.header))?.[0] : undefined;
      if (level && !phrase.startsWith(level)) phrase = `${level}${phrase}`;
    }
    if (label && !phrase && fig === figures[0] && !openingIndicator) phrase = cleanIndicatorPhrase(label, lexicon, true);
    // | 烟台 | 7852.2 | 6.0 | 第三 |: a row of a place reads its indicator in the headers (a rank's own
    // header says only by what it ranks).
    const place = cell ? cellPlace(cell, lexicon) : undefined;
    if (cell && place && !phrase) phrase = cellIndicatorFromHeaders(measure === 'rank' ? { ...cell, column: cell.column - 1 } : cell, (w) => cleanIndicatorPhrase(w, lexicon, true));
    // | 跨境电商 | 243.6 | 31.4 | 3.5 | under 占进出口总值比重（%）: a row's share is of the base its header names.
    const shareBase = cell && measure === 'share' && phrase && !phrase.includes('占') ? headerShareBase(headerWords(cell.header), lexicon) : undefined;
    if (shareBase) phrase = `${phrase}占${shareBase}比重`;
    // 支持7个国家区域医疗中心和25个省级区域医疗中心: what the count before counted is no name of this one.
    if (measure === 'value' && phrase && before?.measure === 'value' && before.phrase.endsWith(phrase) && COUNTED_THEN_JOINT.test(text.slice(before.fig.end, fig.start))) phrase = '';
    // 10001.6亿元的社会消费品零售总额首次突破万亿元: an indicator the lexicon knows after 的 is the amount's.
    const knownAfter = measure === 'value' && !phrase && text.charAt(fig.end) === '的' ? knownIndicatorAt(text, fig.end + 1, clause.end, lexicon) : undefined;
    if (knownAfter) phrase = knownAfter;
    // 孵化3家高科技公司, 启动50万平方米老旧小区整治改造工程: a count written before what it counts
    // (经济总量迈上3万亿元新台阶 names its indicator already).
    else if (measure === 'value' && (phrase.length <= 4 || COUNTING_VERB_END.test(phrase)) && !(phrase && lexicon.canonicalIndicator(phrase).known)) {
      const after = nounAfter(text, fig.end, clause.end);
      // (帮助1.2万户个体工商户获得信用贷款: those helped to do something are counted by what they did, not all of them.)
      const done = after && HELPED.test(left) ? HELPED_TO.exec(text.slice(fig.end + after.text.length, clause.end)) : null;
      if (after) phrase = (phrase + after.text + (done?.[0] ?? '')).replace(/^(为|对|向|在|把|将|的)/, '');
    } else if (measure === 'value' && /(创造|实现|完成|贡献)了?$/.test(left)) {
      // 合计创造了20381.5亿元地区生产总值: an indicator the lexicon knows, written after its amount.
      const after = nounAfter(text, fig.end, /[。！？!?；;，,]$/.test(text.charAt(clause.end - 1)) ? clause.end - 1 : clause.end);
      if (after && lexicon.canonicalIndicator(after.text).known) phrase = after.text;
    }
    // 贡献了全市38.7%的进出口总额和42.5%的实际使用外资: a share written before what it is a share of, the
    // whole named before the first of them.
    const ofAfter = measure === 'share' && fig.kind === 'percent' ? SHARE_OF_NOUN_AFTER.exec(text.slice(fig.end, Math.min(clause.end, fig.end + 24))) : null;
    const firstOfList = ofAfter ? SHARE_WHOLE_BEFORE.exec(left) : null;
    const listGoesOn = ofAfter && !firstOfList && shareWhole?.clause === clause.start && before && LIST_JOINT_ONLY.test(text.slice(before.fig.end + shareWhole.after, fig.start));
    if (ofAfter && (firstOfList || listGoesOn)) {
      // (民营经济贡献了全市60%以上的税收、70%以上的…: whose shares the subject before the verb says.)
      const verb = firstOfList ? SHARE_VERB_WHOLE_END.exec(phrase) : null;
      const subject = verb && verb.index >= 2 ? phrase.slice(0, verb.index) : '';
      shareWhole = firstOfList ? { whole: firstOfList[1], subject, clause: clause.start, after: 0 } : shareWhole!;
      shareWhole.after = ofAfter[0].length;
      phrase = `${shareWhole.subject}${ofAfter[1]}占${shareWhole.whole}比重`;
    }
    // 两项指标分别位列…第一、第二, 两项收入水平均列…, 二者均居…: the words point back at the figures before.
    if (measure === 'rank' && POINTS_BACK.test(phrase)) {
      phrase = '';
      distributive ??= 'each';
    }
    // 接待游客1.35亿人次、旅游收入1692.5亿元，两项指标分别增长58.6%、128.3%: the figures listed after
    // such words go to the amounts named before, in order.
    if (measure !== 'rank' && measure !== 'value' && POINTS_BACK.test(phrase)) {
      const named = [...new Set(drafts.filter((d) => d.measure === 'value' && d.phrase).map((d) => d.phrase))];
      backList = named.length >= 2 ? { names: named, next: 1, clause: clause.start } : undefined;
      phrase = backList?.names[0] ?? phrase;
    } else if (!phrase && backList && backList.clause === clause.start && backList.next < backList.names.length && before && LIST_JOINT_ONLY.test(text.slice(before.fig.end, fig.start))) {
      phrase = backList.names[backList.next++];
    }
    if (measure === 'rank' && SIZE_AND_GROWTH.test(phrase)) {
      basis ??= 'growth';
      phrase = '';
    }
    // 总量居各区首位, 规模居全省首位: what is ranked is the figure before, by its size; with no figure
    // before, 总量 (经济总量) is the economy's.
    if (measure === 'rank' && RANK_BASIS_WORD.test(phrase)) {
      basis ??= 'value';
      phrase = '';
    }
    // 村均经营性收入321.3万元，村均经营性收入水平居全省第三位: the level of a figure just named is that figure.
    const levelOf = measure === 'rank' && phrase.endsWith('水平') ? phrase.slice(0, -2) : '';
    if (levelOf && drafts.some((d) => d.phrase === levelOf)) phrase = levelOf;
    if (measure === 'rank' && !phrase && openingBasis) basis ??= openingBasis;
    // (从总量看，昆明、曲靖分居全省第一、第二位: the opening names the size of the economy.)
    // (从体量看，鄞州（1562.4亿元）、北仑…: an amount in yuan under such a view is the economy's size too.)
    const economySize = (measure === 'rank' || (measure === 'value' && fig.unit === '元')) && !phrase && (ECONOMY_SIZE.test(left) || (fig.start < sizeViewStop && ((opening !== undefined && SIZE_VIEW.test(opening)) || (sizeViewEnd >= 0 && fig.start > sizeViewEnd))));
    if (measure === 'rank' && !basis && (phrase || economySize)) basis = 'value';
    // 分居…第二、第一: the second rank continues the first one's list and scope.
    if (measure === 'rank' && !phrase && !distributive && before?.measure === 'rank' && before.clause.start === clause.start && before.distributive) {
      distributive = before.distributive;
      scope ??= before.scope;
      basis ??= before.basis;
    }
    // Where the phrase stands as written: before the figure, or in its label (a name taken from
    // elsewhere, 地区生产总值 for GDP, has no span).
    let phraseSpan: Span | undefined;
    if (phrase) {
      const rel = text.slice(phraseStart, fig.start).indexOf(phrase);
      const inLabel = rel < 0 && label !== undefined ? label.indexOf(phrase) : -1;
      const at = rel >= 0 ? phraseStart + rel : inLabel >= 0 ? s.start + inLabel : -1;
      if (at >= 0) {
        phraseSpan = { start: at, end: at + phrase.length };
        out.indicators.push(phraseSpan);
        if (rel >= 0) phraseStart = at;
      }
    }
    // 一季度、上半年全省GDP分别增长4.8%和4.9%: the listed periods go to the figures after 分别, in order.
    let listedPeriod: Period | undefined;
    // (…分别完成…1164.0万人次，同比分别增长12.8%、…和12.6%: a second 分别 list goes over the same periods.)
    if (periodList && periodListNext === periodList.periods.length && before && RESPECTIVELY_AGAIN.test(text.slice(before.fig.end, fig.start)) && !periods.some((p) => p.start >= before.fig.end && p.start < fig.start)) periodListNext = 0;
    if (periodList && fig.start > periodList.after && periodListNext < periodList.periods.length && (periodListNext === 0 || (before !== undefined && LIST_JOINT_ONLY.test(text.slice(before.fig.end, fig.start))))) listedPeriod = periodList.periods[periodListNext++];
    const joinedToChange = before?.phase === 'change' && before.measure === 'value' && before.clause.start === clause.start && LIST_JOINT_ONLY.test(text.slice(before.fig.end, fig.start));
    const phase = phaseOf({ text, sentenceStart: s.start, fig, measure, near, header: cell ? headerWords(cell.header) : undefined, joinedToChange });
    // (比常年偏高0.9℃ is another figure than 比上年升高0.9℃, and 比全省平均水平高出0.4岁 than 比上年提高0.36岁.)
    if (phase === 'change' && measure === 'value') scope = fromNormal(near) ? 'B:常年' : scope ?? comparisonBase(near, lexicon);
    if (FLOW_NAMED.test(phrase)) lastFlow = phrase;
    const namedPlace = place ?? leaderPlace ?? itemRegion ?? rival ?? modifiedPlace;
    const located = namedPlace ? { region: namedPlace, regionInferred: false } : regionOf(regionOfFigure(clause, fig, SHARED_OUT.test(near)));
    // (六市…合计1562.34亿元，增长4.9%: the growth of the sum is the group's too, when its clause names no place.)
    const sumGoesOn = !groupPlace && before?.summed === true && (!phrase || before.phrase === phrase) && located.regionInferred && before.region !== undefined;
    drafts.push({
      fig,
      measure,
      phrase,
      phraseSpan,
      clause,
      // (A group the counted places already stood for, 两县（市）…合计, keeps that name.)
      ...(groupPlace && !located.region?.includes('、') ? { region: groupPlace, regionInferred: false } : sumGoesOn ? { region: before?.region, regionInferred: false } : located),
      summed: (groupPlace !== undefined && !located.region?.includes('、')) || sumGoesOn,
      // A list of strongest places is yearly: a part of a year from the heading or the paragraph is not its period.
      // (| 新余市 | 3.2 | 11 | 2.6 |, 2.6 under 1—5月增速（%）: a column's own period is its figures'.)
      period: overall && !periods.some((p) => !p.comparative) ? undefined : yearAfterBase(periodOf(fig, listedPeriod ?? (cell && cell.column > 0 ? findPeriods(cell.header).find((p) => !p.comparative)?.period : undefined)), measure, near),
      scope,
      // (What share of its target a figure reached is an actual, how far ahead of schedule, and how far from
      // the target: 比预期目标低0.4个百分点, 比年度目标少降0.9个百分点.)
      target: !progressOf && !aheadOf && !(measure === 'diff' && scope === PLAN_BASE) && (targetReach(fig.start) || targetNamedAfter || inReachedTarget || (listTargetAt >= 0 && fig.start < listTargetAt && clause.end > listTargetAt)),
      // (全年实际使用外资有望达到25亿美元，同比增长约17%: a figure going on with a forecast's subject is forecast too.)
      forecast: FORECAST.test(near) || (!phrase && before?.forecast === true),
      phase,
      sinceYearStart: phase === 'change' && SINCE_YEAR_START.test(left),
      basis,
      // (增速回落至4.7%: the rate fallen to is 4.7, not a fall of 4.7%; but 降幅达到16.9% is a fall of 16.9%.)
      negative: (measure === 'growth' && fig.number >= 0 && (fellBefore || fellAfter || ((!/(到|至)$/.test(trimToWords(near)) || FALL_SIZE.test(trimToWords(near))) && DECLINE.test(trimToWords(near)))))
        || (measure === 'diff' && DIFF_DOWN.test(near))
        // 分别下降12.7%和0.8%: a figure joined to the one before by 和/、 goes the same way.
        || (before !== undefined && before.negative && before.measure === measure && fig.number >= 0 && LIST_JOINT_ONLY.test(text.slice(before.fig.end, fig.start))),
      distributive,
      rateChange,
      economy: economySize || (measure === 'growth' && !phrase && !cell && impliesEconomy(text.slice(itemRegion ? phraseStart : segStart, fig.start), lexicon))
        // 宁海以7.3%的增速居全市首位, 鄞州以2398.6亿元稳坐头把交椅: a place's own figure, by 以, is its economy's.
        // (Under an opening that names what is measured, 数字经济核心产业增加值方面，余姚以18.6%…, it is that.)
        || (!phrase && !cell && (opening === undefined || (/看[，,]?$/.test(opening) && !aspectIndicator)) && (measure === 'growth' || (measure === 'value' && fig.unit === '元')) && /以$/.test(left) && impliesEconomy(left.replace(/以$/, '增长'), lexicon))
        // 大连增速高于全省0.3个百分点: a place's bare growth compared is its economy's.
        || (measure === 'diff' && !phrase && !cell && impliesEconomy(`${text.slice(segStart, fig.start).replace(/(?:高于|低于|高出|低出|快于|慢于|比)[^，,；;]*$/, '')}${growthView ? '增速' : ''}`, lexicon)),
      growthGap: measure === 'diff' && !phrase && GROWTH_GAP.test(near),
      // (仙桃、潜江、天门…。三市地区生产总值分别为…: the places counted, in the order they were listed.)
      // (…，占本级支出的比重分别为19.7%和19.1%: a later 分别 of the sentence goes to the places listed earlier in it.)
      regionList: (/[、和及与]/.test(left) ? leadingRegionList(left, lexicon) : undefined) ?? (RESPECTIVELY.test(left) || distributive === 'each' ? (clauseBefore && (LIST_AFTER_CLAUSE.test(left) || (distributive === 'each' && SHARED_OUT_AT_START.test(text.slice(clause.start, fig.start)))) ? leadingRegionList(clauseBefore, lexicon) : undefined) ?? sentenceRegionList() ?? (listedBefore && COUNTED_AT_START.test(left) ? [...listedBefore] : undefined) ?? (RESPECTIVELY.test(left) ? drafts.findLast((d) => (d.regionList?.length ?? 0) > 1)?.regionList : undefined) : undefined),
      eachPlace: /均|都/.test(left) && !RESPECTIVELY.test(left),
      // (By the indicator's name as sources write it: GDP is 地区生产总值 there.)
      leftWords: cell ? `${cell.rowLabel}${phrase ? lexicon.canonicalIndicator(phrase).name : ''}${headerWords(cell.header)}` : undefined,
    });
    // 重庆、济南均增长6.1%，并列第四: tied, each of the places the figure before held for.
    const tied = measure === 'rank' && before?.eachPlace && before.regionList && before.clause.start !== clause.start && TIED.test(text.slice(clause.start, fig.start)) ? before.regionList : undefined;
    if (tied) Object.assign(drafts[drafts.length - 1], { region: tied[0], regionInferred: false, regionList: tied, eachPlace: true });
    prevEnd = fig.end;
    prevClause = clause;
    if (measure === 'rank' && scope) {
      lastRankScope = scope;
      lastRankScopeClause = clauseIndex;
    }
  }

  // A published list the sentence opens on is the field of the paragraph's later ranks.
  const firstEndsOnField = s.clauses.length > 1 && /[中上里]/.test(text.charAt(s.clauses[0].end - 1));
  const firstWords = firstEndsOnField ? text.slice(s.clauses[0].start, s.clauses[0].end) : '';
  const opensOnList = firstWords ? OPENING_FIELD.exec(firstWords) ?? NAMED_LIST_OPENING.exec(firstWords) : null;
  if (opensOnList && OVERALL_RANKING.test(opensOnList[1])) ctx.rankField = fieldScope(opensOnList[1], lexicon);
  for (; levelsRead < s.clauses.length; levelsRead++) noteSchoolLevel(text, s.clauses[levelsRead], ctx);
  // 分季度看，一季度增长6.1%，上半年增长5.9%: periods listed one by one are no topic for what follows.
  // (其中，第二季度完成投资90.4亿元。分领域看，…: the part of the year a breakdown opens on is its own, no topic either.)
  // (A paragraph that opens on a place is about that place: topicRegion.)
  // (With figures, only a sentence about that one place: 曲靖增长11.2%；昆明仅增长3.2% is about two.)
  const onePlace = subjects.every((r) => !r.clauseInitial || r.name === sentenceSubject?.name);
  carryForward(sentenceSubject && sentenceSubject.start < topicEnd ? sentenceSubject : undefined, opensOnBreakdown(text, s) ? undefined : topicPeriod, ctx, opensParagraph && s.heading === undefined && (!figures.length || onePlace));

  if (!figures.length && s.heading === undefined) carryLeadIndicator(sText, ctx, lexicon);
  const carried = ctx.carriedIndicator;
  const byMeasure = ctx.carriedByMeasure;
  // 税收占比达86.2%。太仓增长5.2%: what a share was of does not grow in the next sentence.
  const carriedFor = (m: Measure) => byMeasure?.[m] ?? (carried === byMeasure?.share && (m === 'growth' || m === 'value') ? undefined : carried);
  const amount = drafts.findLast((d) => d.measure === 'value' && d.phrase && !d.target);
  ctx.lastAmount = amount ? { phrase: amount.phrase, unit: amount.fig.unit } : undefined;
  // (发放个人住房贷款4.02万笔、218.37亿元: an amount listed after another in its clause goes by its words;
  // the last words per clause are kept as the drafts go, so a sentence of thousands of figures stays linear.)
  const clauseWords = new Map<number, string>();
  for (const d of drafts) {
    if (d.measure !== 'value') continue;
    if (d.phrase) clauseWords.set(d.clause.start, d.phrase);
    const phrase = d.phrase || clauseWords.get(d.clause.start) || '';
    if (phrase.length > 2 && !d.target) ctx.namedAmounts = [...(ctx.namedAmounts ?? []).slice(-7), { phrase, unit: d.fig.unit }];
  }
  const claims = resolveStructures(text, original, drafts, lexicon, openingIndicator ? () => openingIndicator : carried && carriedFor, ctx.topicIndicator);
  ctx.firmNamed = carrySentenceSubject(claims, s.clauses, text, ctx.paragraphOwner, ctx.firmNamed);
  noteSentenceTopic(claims, s.clauses, text, lexicon);
  withoutLegalForms(claims);
  let named: Context['carriedByMeasure'];
  const namedHere = new Set<Measure>();
  for (const c of claims) {
    const { name, known } = c.indicator;
    // 16个州（市）中有11个州（市）增速高于…: a count of places names nothing the figures after it measure.
    if (!name || (c.quantity.unit === '个' && PLACES_COUNTED.test(text.slice(c.span.end, c.span.end + 4)))) continue;
    named ??= { ...ctx.carriedByMeasure };
    // 昆山GDP 5140.6亿元…，一般公共预算收入455.3亿元。江阴以4950.1亿元居次: a sentence naming two amounts
    // hands the next place's bare amount its headline, the first.
    if (c.measure === 'value' && namedHere.has('value') && named.value?.name !== name) continue;
    // 房地产开发投资增长1.8%，其中住宅投资增长3.4%。分区域看，钱塘、萧山分别增长…: a part the sentence
    // singles out (其中) leaves its headline to go on.
    // (Within the cue window before the figure: a sentence of thousands of figures stays linear.)
    if (namedHere.has(c.measure) && named[c.measure]?.name !== name && SINGLED_OUT.test(text.slice(Math.max(s.start, c.span.start - CUE_WINDOW), c.span.start))) continue;
    namedHere.add(c.measure);
    named[c.measure] = { name, known };
    // 在百强县中排第23位。上半年新郑增长6.7%: overall strength is only ranked; it names no other figure.
    // (…，拉动全区外贸增长6.9个百分点。钦州、防城港分别增长…: a contribution names no later growth.)
    if (name !== OVERALL_STRENGTH && name !== LIST_POSITION && !(c.measure === 'diff' && name.startsWith('拉动'))) ctx.carriedIndicator = named[c.measure];
    if (name !== OVERALL_STRENGTH && name !== LIST_POSITION) ctx.sectionLead ??= { name, known };
  }
  if (named) ctx.carriedByMeasure = named;
  const resolved = new Map<Period | undefined, Period | undefined>();
  // “前三季度GDP增长7.1%…”宁海县发改局局长王建国说: a quote is about the place of who said it.
  const speaker = claims.length ? speakerPlace(text, s, lexicon) : undefined;
  for (const c of claims) {
    if (speaker && c.regionInferred) c.region = speaker;
    // 双城区…居全市首位, 烟台…居全省第三: a place first in the whole it is part of is first among its parts.
    if (c.measure === 'rank' && c.scope) c.scope = withPartsOfBareWhole(c.scope, c.region, lexicon);
    // 郑州机场货邮吞吐量居全国第五位: what an airport's figure is ranked among is the country's airports.
    if (c.measure === 'rank' && c.scope === NATION_FIELD && c.indicator.name.includes('机场')) c.scope = AIRPORTS_FIELD;
    if (c.scope) c.scope = anchorPartsScope(c.scope, (written, field) => partsOwner(written, c.region, ctx, lexicon, field));
    // 顺德高于全市1.4个百分点: 全市 is the city the place is in (佛山市), as a source naming it would say.
    if (c.measure === 'diff' && c.scope && SELF_BASE.test(c.scope)) c.scope = baseOfWhole(c.scope, c.region, ctx, lexicon);
    // 宁波市…平台…居宁波全市第三: a place is not ranked within itself; what is ranked there is a part of
    // it, the document's place.
    if (c.measure === 'rank' && c.region && c.scope?.startsWith(`${c.region}|`) && ctx.mainRegion && ctx.mainRegion !== c.region && isInside(ctx.mainRegion, c.region, lexicon)) {
      c.region = ctx.mainRegion;
      c.regionInferred = true;
    }
    // GDP超过500亿元的县市达到24个 after 大冶…: places of a class are counted in the province, not the place.
    const counted = c.region ? /以上的?(县市区|县市|县区|县|市|区)$/.exec(c.indicator.name) : null;
    if (counted && c.region) c.region = ancestorsOf(c.region, lexicon).find((a) => (counted[1].includes('县') ? /(省|自治区)$/ : /[市州盟省]$|自治区$/).test(a)) ?? c.region;
    // 民营经济增加值占全省GDP的比重 said of a province: its own GDP, as 占GDP的比重 says.
    if (c.region && c.indicator.name.includes('占全')) c.indicator = { ...c.indicator, name: withoutOwnWhole(c.indicator.name, c.region, lexicon, c.regionInferred ? ctx : undefined) };
    c.sentence = s.index;
    c.sentenceSpan = { start: s.start, end: s.end };
    c.text = original.slice(c.span.start, c.span.end);
    if (!resolved.has(c.period)) resolved.set(c.period, resolvePeriod(c.period, ctx.documentDate));
    c.period = resolved.get(c.period);
    out.claims.push(c);
  }
}

/** Cells of markdown tables and of tables laid out with spaces, in text order (they never share a line). */
function withAlignedTables(markdown: TableCell[], aligned: TableCell[]): TableCell[] {
  return aligned.length ? [...markdown, ...aligned].sort((a, b) => a.start - b.start) : markdown;
}

/** 降幅居前三位的是信丰县、于都县和南康区: the places a clause names after 的是 (依次为), for the figures
 * 分别 shares out after it. */
function listAfterIs(clause: string, lexicon: Lexicon): string[] | undefined {
  const is = /(?:的是|依次是|依次为|分别是|分别为)/.exec(clause);
  return is ? leadingRegionList(clause.slice(is.index + is[0].length), lexicon) : undefined;
}
