// 用水总量居前三位的是宜春、赣州、上饶: a top-N list that names its places in order ranks each of them.
// Read in sources only: the ranks have no figure of their own a draft's fix could replace.
import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';

/** After 前三位: the words that introduce the places, in order (的是, 依次为, 分别是). */
const LIST_OPENS = /^(?:位|名)?的?(?:[\u4e00-\u9fff]{0,6}?)(?:依次是|依次为|分别是|分别为|是|为)[：:]?/;
/** Between two listed places. */
const PLACE_JOINT = /^(?:、|和|与|及)$/;

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
    if (!plain || places[n - 1].end !== words.length) continue;
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
      });
    });
  }
  return out;
}
