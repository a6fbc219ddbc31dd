// Ranks a sentence gives its places without a figure each: a top-N list that names them in order
// (用水总量居前三位的是宜春、赣州、上饶) and a span of ranks they take in turn (分列第二至第四位).
// Also one rank shared by the indicators listed before it (进出口总额、实际使用外资均居第二位).
// Read in sources only: the ranks have no figure of their own a draft's fix could replace.
import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import { parseChineseInteger } from '../numbers/chineseNumerals';
import { normaliseScope, withPartsOfBareWhole } from './rankScope';

/** After 前三位: the words that introduce the places, in order (的是, 依次为, 分别是); 前十强县（市）依次为
 * keeps its bracketed note. */
const LIST_OPENS = /^(?:位|名)?的?(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,6}[）)]){0,6}?(?:依次是|依次为|分别是|分别为|是|为)[：:]?/;
/** What a listed place may carry after its name: its figure in brackets (长沙县（1926.7亿元）). */
const PLACE_NOTE = '(?:[（(][^（）()，,；;。]{1,20}[）)])?';
/** Between two listed places. */
const PLACE_JOINT = new RegExp(`^${PLACE_NOTE}(?:、|和|与|及)$`);
/** After the last listed place. */
const LIST_END = new RegExp(`^${PLACE_NOTE}$`);

/** One rank claim per place a top-N claim (of claims[from…]) lists after it, 1 to N in the order written. */
export function ranksOfListedPlaces(text: string, sentence: Span, claims: readonly Claim[], from: number, lexicon: Lexicon): Claim[] {
  const out: Claim[] = [];
  for (let i = from; i < claims.length; i++) {
    const c = claims[i];
    if (c.measure !== 'rank' || !c.topN || c.target) continue;
    const opens = LIST_OPENS.exec(text.slice(c.span.end, Math.min(sentence.end, c.span.end + 16)));
    if (!opens) continue;
    const at = c.span.end + opens[0].length;
    const clauseEnd = text.slice(at, sentence.end).search(/[，,；;。！？!?]/);
    const words = text.slice(at, clauseEnd < 0 ? sentence.end : at + clauseEnd);
    const places = lexicon.findRegions(words).filter((r) => !r.self);
    const n = c.quantity.value;
    if (places.length !== n || places[0].start !== 0) continue;
    // Only a plain list: each place follows the one before with a joint between them.
    const plain = places.every((r, k) => k === 0 || PLACE_JOINT.test(words.slice(places[k - 1].end, r.start)));
    if (!plain || !LIST_END.test(words.slice(places[n - 1].end))) continue;
    places.forEach((r, k) => {
      out.push({
        ...c,
        // The place stands where its rank is stated: its span is the fact's, and the rank it is given
        // is spelled out for `hedui facts`.
        span: { start: at + r.start, end: at + r.end },
        text: `第${k + 1}位`,
        quantity: { ...c.quantity, value: k + 1 },
        topN: undefined,
        region: r.name,
        regionInferred: false,
        // (前三强 in 全省 said of the province is among its parts when said of a county.)
        scope: c.scope && c.region !== r.name ? withPartsOfBareWhole(c.scope, r.name, lexicon) : c.scope,
      });
    });
  }
  return out;
}

/** 分列第二至第四位 (written before the last rank): the first rank of a span the listed places take in turn. */
const RANK_SPAN_BEFORE = /(?:分列|分居|依次列|依次居|依次位列|分别居|分别列|分别位列|分别位居)([^第，,；;。]{0,10}?)第([一二三四五六七八九十]{1,3}|[0-9]{1,3})(?:位|名)?(?:至|到|—|–|-|~)$/;

/**
 * 上海、北京、成都分别为…，分列第二至第四位: the places of the sentence's figures before a span of ranks
 * take its ranks in turn; so do the places before a top-N rank whose figures fall in order (ranksOfTopPlaces). Returns claims[from…] with the span's one claim (the last rank, given to the
 * first place) replaced by a claim per place, or undefined when no span of ranks is filled so.
 */
export function ranksOfPlaceSpan(text: string, claims: readonly Claim[], from: number, lexicon: Lexicon): Claim[] | undefined {
  let out: Claim[] | undefined;
  for (let i = from; i < claims.length; i++) {
    const c = claims[i];
    if (c.measure === 'rank' && c.topN && !c.target) {
      const ranked = ranksOfTopPlaces(c, claims.slice(from, i), lexicon);
      if (ranked) {
        out ??= claims.slice(from);
        // (The top-N claim stays: it is still true, and it is what a draft's reading finds there.)
        out.splice(out.indexOf(c) + 1, 0, ...ranked);
      }
      continue;
    }
    const span = c.measure === 'rank' && !c.topN ? RANK_SPAN_BEFORE.exec(text.slice(Math.max(0, c.span.start - 20), c.span.start)) : null;
    if (!span) continue;
    const first = /^[0-9]+$/.test(span[2]) ? Number(span[2]) : parseChineseInteger(span[2]);
    const n = c.quantity.value - first + 1;
    const places: string[] = [];
    for (let k = from; k < i; k++) {
      const o = claims[k];
      if (o.measure !== 'rank' && o.region && !o.regionInferred && !places.includes(o.region)) places.push(o.region);
    }
    if (!(n >= 2) || places.length < n) continue;
    const scope = span[1] ? normaliseScope(span[1], lexicon) : undefined;
    out ??= claims.slice(from);
    const at = out.indexOf(c);
    out.splice(at, 1, ...places.slice(-n).map((region, k) => ({ ...c, text: `第${first + k}位`, quantity: { ...c.quantity, value: first + k }, region, regionInferred: false, scope })));
  }
  return out;
}

/**
 * 湾沚区、无为市、鸠江区分别增长32.7%、26.1%、21.4%，增速居全市前三位: exactly N places before a top-N rank,
 * each with one figure of the measure ranked, written from the highest down, take ranks 1 to N in turn.
 * (Figures in any other order say nothing of which place is which.)
 */
function ranksOfTopPlaces(c: Claim, before: readonly Claim[], lexicon: Lexicon): Claim[] | undefined {
  const n = c.quantity.value;
  const measure = c.basis === 'growth' ? 'growth' : c.basis === 'share' ? 'share' : undefined;
  const figures = before.filter((o) => o.measure !== 'rank' && o.region && !o.regionInferred && (measure ? o.measure === measure : o.measure === 'value' || o.measure === 'growth'));
  const places = [...new Set(figures.map((o) => o.region as string))];
  if (n < 2 || places.length !== n || figures.length !== n || new Set(figures.map((o) => o.measure)).size !== 1) return undefined;
  if (!figures.every((o, k) => k === 0 || o.quantity.value < figures[k - 1].quantity.value)) return undefined;
  // (前三位 in 全市 said of the city is among its parts when said of a district.)
  return places.map((region, k) => ({
    ...c, text: `第${k + 1}位`, quantity: { ...c.quantity, value: k + 1 }, topN: undefined, region, regionInferred: false,
    scope: c.scope && c.region !== region ? withPartsOfBareWhole(c.scope, region, lexicon) : c.scope,
  }));
}

/** 均居, 都位居, 均位列: one rank shared by all the things named before it. */
const SHARED_RANK_BEFORE = /(?:均|都)(?:位居|位列|排在|排名|居于|居|列)[^，,；;。]{0,12}$/;

/**
 * 进出口总额、实际使用外资、跨境电商交易额均居全省三个片区第二位: one rank shared by the indicators listed
 * before it. Returns claims[from…] with each such rank replaced by one per indicator, or undefined when
 * there is none.
 */
export function ranksOfListedIndicators(text: string, claims: readonly Claim[], from: number, lexicon: Lexicon): Claim[] | undefined {
  let out: Claim[] | undefined;
  for (let i = from; i < claims.length; i++) {
    const c = claims[i];
    if (c.measure !== 'rank' || c.topN || !c.indicator.name.includes('、')) continue;
    if (!SHARED_RANK_BEFORE.test(text.slice(Math.max(0, c.span.start - 16), c.span.start))) continue;
    const items = c.indicator.name.split(/、|和|及/);
    if (items.length < 2 || items.length > 6 || items.some((x) => x.length < 2)) continue;
    out ??= claims.slice(from);
    out.splice(out.indexOf(c), 1, ...items.map((item) => ({ ...c, indicator: { ...lexicon.canonicalIndicator(item), span: c.indicator.span } })));
  }
  return out;
}
