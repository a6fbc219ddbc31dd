// A rank's field as its sentence gives it: the words before it split into what is ranked and where (居全国
// 第8位), a field a clause of its own opened on (在全国百强县榜单中，…排名第4位), the field of the rank listed
// before (居全国第8位、中部六省第2位), by what the places are ranked (增速, 比重, 总量), and whether the list
// ranks their overall strength.
import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import type { Sentence } from '../text/segment';
import type { RawFigure } from './findFigures';
import type { Draft } from './structures';
import { RANK_CUE } from './cueWords';
import { cleanIndicatorPhrase } from './indicatorPhrase';
import { NATION_FIELD, normaliseScope, OVERALL_RANKING, scopeBefore } from './rankScope';
import { ENTERED_LIST, OPENING_FIELD, PUBLISHED, PUBLISHED_LIST_CLAUSE, RANK_ADVERBS, VIEWED_FROM } from './sentenceCues';

/** Words of a rank's field alone (中部六省, 全国沿海港口, 副省级城市), no measure among them. */
const FIELD_WORDS = /^(?![\u4e00-\u9fff]*(?:增速|增幅|总量|规模|比重|占比|产量|收入|投资|增加值))[\u4e00-\u9fff]{0,8}(?:全国|全省|全市|全球|世界|中部|西部|东部|东北|长三角|珠三角|大湾区|沿海|副省级|省会|城市|省份|[省市县区]|港口|地区|国家)[\u4e00-\u9fff]{0,4}$/;

/** 排在汽车制造业之后, 仅次于深圳: the one ranked just before, named before a rank. */
const RANKED_AFTER = /(?:排在|排|位列|位于|紧随)[^，,；;]{1,16}?(?:之后|后面)|仅次于[^，,；;]{1,16}?(?=[，,]?(?:居|位居|位列|排|列)|$)/;

/** A field that is a whole alone (全省|, 全市|): an evaluation named before it says more. */
const BARE_WHOLE_FIELD = /^全[省市区县]\|$/;
/** An evaluation or assessment that ranks the places in it (国家高新区综合评价, 营商环境评估, 年度考核). */
const EVALUATION = /评价|评估|考核|测评|评比|评选|监测/;
/** An assessment's name (市政府年度消防工作考核), not a score in it (综合评价得分). */
const ASSESSMENT_NAMED = /(?:考核|考评|评价|评估|测评|评比)$/;
/** The places an assessment ranks, named in it (21个市（州）, 各县区). */
const PLACES_ASSESSED = /[0-9一二三四五六七八九十]+个|各[县市区省]|城市|县区|区县|地市/;

/** A basis written after a rank's field: 万亿城市增速第一, 全省总量第三. */
const SCOPE_BASIS = /(?<=[\u4e00-\u9fff]{2})(增速|增幅|增长速度|总量|规模|体量|比重|占比)$/;

/** The scope of a field a clause opens on (在最新发布的全国百强县榜单中 → 百强县). */
export function fieldScope(words: string, lexicon: Lexicon): string {
  return normaliseScope(words.replace(PUBLISHED, ''), lexicon);
}

/** 快递业务量前50位城市, 全国GDP排名前十的城市: the top places by an indicator (the field keeps its head). */
const RANKED_FIELD = /^((?:[^|]+\|)?)([^|]{2,12}?)(?:排名|排位|排)?前[0-9一二三四五六七八九十]+(?:位|名|强)?的?(城市|地市|县|县市|省份|省区市|港口|机场)$/;

/**
 * 重点城市空气质量排名, 地级及以上城市国家地表水考核断面水环境质量排名: a list of places named by what it
 * ranks them on. The rank is of that quality, however the sentence names it (环境空气质量综合指数).
 */
const QUALITY_LIST = /^((?:[^|]+\|)?)([^|]{2,}?)(?:(?:国家)?(?:地表水)?(?:考核断面)?(水环境质量|水质)|(?:环境)?(空气质量)(?:综合指数)?|(营商环境))$/;

/** 2024年7月赛迪顾问发布的百强县榜单中: a list named as such opens the sentence, with or without 在. */
export const NAMED_LIST_OPENING = /^[\s*_#>]*([^，,；;。在]{2,40}?)(?:榜单|排行榜|名单)(?:中|上|里)[，,]?$/;

/** 在携程发布的…榜单中: a list someone published, which ranks by its own measure. */
const PUBLISHED_LIST = /(?:榜单|排行榜|名单|榜)(?:中|上|里)/;

/** 百强县（市）名单则把晋江排在, 榜单将义乌列在: a list (group 1) that puts a place at the rank after it. */
const LIST_PUTS = /^[\s*_#>]*([^，,；;。]{2,40}?(?:榜单|排行榜|名单|百强[县区市]?|强[县区市]))(?:中|上)?(?:则|也|还|又|再次|继续)?(?:把|将)[^，,；;。]{2,10}?(?:排在|排到|排名|列在|列为|列|排)$/;

/** Where a rank stands in its sentence, and what the sentence said before it. */
export interface RankAt {
  text: string;
  sentence: Sentence;
  clause: Span;
  /** The index of the rank's clause in the sentence (-1: the sentence is one clause). */
  clauseIndex: number;
  fig: RawFigure;
  /** The words before the rank in its clause (a table cell's header when the cell has none). */
  left: string;
  /** The words just before the rank (CUE_WINDOW). */
  near: string;
  /** The figure before it in the sentence. */
  before: Draft | undefined;
  /** The field the last rank of the sentence named, and the index of its clause. */
  lastScope: string | undefined;
  lastScopeClause: number;
  /** The published list a sentence before opened on (Context.rankField). */
  carriedField: string | undefined;
  /** The sentence's clauses read so far for a field they open on (one per sentence, shared by its ranks). */
  openings: FieldOpenings;
}

/**
 * The clauses of a sentence read for a field they open on (在…榜单中, 从…看), as its ranks go: each clause
 * is read once, so a sentence of thousands of clauses stays linear. `last` is the latest such clause
 * before `read` (-1: none), `field` what it opened on.
 */
export interface FieldOpenings {
  read: number;
  last: number;
  field: RegExpExecArray | null;
  words: string;
}

export function newFieldOpenings(): FieldOpenings {
  return { read: 0, last: -1, field: null, words: '' };
}

export interface RankField {
  /** The words before the rank once its field and cue are taken out: what is ranked. */
  indicatorWords: string;
  scope?: string;
  /** The field is a list someone published (携程…榜单): it ranks by its own measure. */
  onList: boolean;
  distributive?: Draft['distributive'];
  basis?: Claim['basis'];
  /** A list of strongest places (百强县): what it ranks is a place's overall strength. */
  overall: boolean;
  /** What the field itself says the places are ranked by (快递业务量前50位城市, 空气质量排名). */
  fieldIndicator?: string;
}

export function rankField(at: RankAt, lexicon: Lexicon): RankField {
  const { text, sentence: s, clause, clauseIndex, fig, near, before } = at;
  // 中郡…名单则把晋江排在第5位: the list puts the place at its rank; the list is the field, and ranks no indicator.
  const put = LIST_PUTS.exec(at.left);
  if (put) {
    const list = fieldScope(put[1], lexicon);
    return { indicatorWords: '', scope: list, onList: true, overall: OVERALL_RANKING.test(list) };
  }
  // (排在汽车制造业之后居第2位, 仅次于深圳: who stands before it is no field.)
  let r = scopeBefore(at.left.replace(RANKED_AFTER, ''), RANK_CUE);
  // 居全国第8位、中部六省第2位, 全球排名第十四、全国沿海港口排名第六: the words after a rank of one
  // list are the next one's field when they name one.
  const listField = r.indicator.trim();
  // (…、盘州市居第91位: a place is who is ranked, not where.)
  const listPlace = lexicon.regionAt(listField, 0);
  if (!r.scope && !(listPlace && !listPlace.self && listPlace.end === listField.length) && before?.measure === 'rank' && before.clause.start === clause.start && /^、/.test(text.slice(before.fig.end, fig.start)) && FIELD_WORDS.test(listField) && !lexicon.canonicalIndicator(listField).known) {
    r = { ...r, indicator: '', scope: listField };
  }
  const left = r.indicator;
  // 并列万亿城市增速第一: what the field is ranked by, said after it, is the basis, not the field.
  const byWord = r.scope ? SCOPE_BASIS.exec(r.scope) : null;
  let scope = r.scope ? normaliseScope(byWord ? r.scope.slice(0, byWord.index) : r.scope, lexicon) : undefined;
  let onList = false;
  let fieldIndicator: string | undefined;
  // 在2024年发布的全国百强县榜单中，晋江…排名第4位; 从全国26个万亿城市看，…位列第23: the field set by
  // a clause of its own before the rank, unless a rank after that clause named another.
  // (在国家高新区综合评价中，…位列全国第10位: an evaluation named before a bare whole is the field.)
  if (!scope || scope === NATION_FIELD || BARE_WHOLE_FIELD.test(scope)) {
    const o = at.openings;
    for (; o.read < clauseIndex; o.read++) {
      const c = s.clauses[o.read];
      const words = text.slice(c.start, c.end);
      const field = OPENING_FIELD.exec(words) ?? VIEWED_FROM.exec(words) ?? ENTERED_LIST.exec(words) ?? NAMED_LIST_OPENING.exec(words) ?? PUBLISHED_LIST_CLAUSE.exec(words);
      if (field) Object.assign(o, { last: o.read, field, words });
    }
    // (The nearest such clause before the rank, past the last clause whose rank named a field.)
    if (o.field && o.last > at.lastScopeClause) {
      const opened = fieldScope(o.field[1], lexicon);
      // (在市政府年度消防工作考核中，我市位居全省第二位: an assessment of one place within a whole it names is
      // what ranks, as 市政府年度消防工作考核在全省排名第三位 says; one that names the places assessed,
      // 在全省21个市（州）年度评估中, is the field.)
      if (scope && BARE_WHOLE_FIELD.test(scope) && ASSESSMENT_NAMED.test(o.field[1]) && !lexicon.findRegions(o.field[1]).length && !PLACES_ASSESSED.test(o.field[1])) {
        fieldIndicator = cleanIndicatorPhrase(o.field[1], lexicon, true) || undefined;
      } else if (!scope || EVALUATION.test(opened)) {
        scope = opened;
        // (An evaluation, 安全生产目标管理考核, ranks by its own score, as a published list does.)
        onList = PUBLISHED_LIST.test(o.words) || EVALUATION.test(opened);
      }
    }
  }
  // 在快递业务量前50位城市中，…宁波居第15位: a field of the places ranked top by an indicator is those
  // places, ranked by that indicator.
  const ranked = scope ? RANKED_FIELD.exec(scope) : null;
  if (ranked && !/^排/.test(ranked[2])) {
    fieldIndicator = cleanIndicatorPhrase(ranked[2], lexicon, true) || undefined;
    scope = `${ranked[1]}${ranked[3]}`;
  }
  const quality = scope && !ranked ? QUALITY_LIST.exec(scope) : null;
  if (quality) {
    fieldIndicator = quality[3] ?? quality[4] ?? quality[5];
    scope = `${quality[1]}${quality[2]}`;
  }
  let distributive: Draft['distributive'];
  if (/^(分居|分列|分别位居|分别居|分别列)/.test(r.cue ?? '') || /(分别|依次)$/.test(left) || /(分别|依次)(?:排在|排名|位列|位居|居于|排|居|列)$/.test(near)) distributive = 'each';
  if (/^均/.test(r.cue ?? '') || /均$/.test(left)) distributive = 'all';
  // 增速连续3年位列…第一: adverbs of time stand between the basis and the rank.
  const basisWords = left.replace(RANK_ADVERBS, '') + (byWord?.[0] ?? '');
  let basis: Claim['basis'];
  if (/(增速|增幅|增长速度|增长)$/.test(basisWords)) basis = 'growth';
  else if (/(比重|占比|份额|率)$/.test(basisWords)) basis = 'share';
  else if (/(总量|规模|体量)$/.test(basisWords)) basis = 'value';
  // 同比增长6.4%，高于全省平均水平0.7个百分点，居全省第6位: a rank right after the growth's lead over
  // an average is by growth.
  else if (before?.measure === 'diff' && before.scope !== undefined && !before.scope.startsWith('P:') && clauseIndex > 0 && before.clause.start === s.clauses[clauseIndex - 1].start) basis = 'growth';
  // 总量在副省级城市中排在第3位，增速则居第5位: a rank with no field of its own is in the one before.
  scope ??= at.lastScope;
  // 在赛迪百强县榜单中，全省入围县市增至10个。仙桃排第38位: the list a sentence before opened on.
  scope ??= at.carriedField;
  // 位列百强县第8位: a place's rank in such a list is its overall strength, not the figure before it.
  const overall = scope !== undefined && OVERALL_RANKING.test(scope);
  return { indicatorWords: left, scope, onList, distributive, basis, overall, fieldIndicator };
}
