// A size that picks out a class of things (GDP超过五百亿元的县市达到24个, 亿元以上的项目) is a threshold, no
// figure of anything: what it picks out is what the count after it counts.
import type { Lexicon } from '../lexicon/lexicon';
import type { Sentence } from '../text/segment';
import type { RawFigure } from './findFigures';
import { clauseIndexOf } from './extractionContext';
import { cleanIndicatorPhrase } from './indicatorPhrase';

/** 5e10 → 500亿, 3e5 → 30万: a threshold written one way however the text wrote it (五百亿, 500亿). */
function sizeWords(value: number): string {
  const [scale, word] = value >= 1e8 ? [1e8, '亿'] : value >= 1e4 ? [1e4, '万'] : [1, ''];
  return `${Number((value / scale).toPrecision(12))}${word}`;
}

/** 的县市, 以上的企业: a class of things picked out by the size before it. */
const CLASS_OF_SIZE = /^(?:及?(?:以上|以下)的?|的)?(县市|县区|县|市|区|企业|公司|单位|项目|城市|镇乡街道|镇乡（街道）|乡镇（街道）|乡镇街道|镇街|乡镇|镇|街道|园区|景区|集群|产业|行业|国家|地区|平台|村|行政村|工业企业)/;

/** 的基层社达到23个: any class of things, when a count of them follows in the clause. */
const CLASS_COUNTED = /^(?:及?(?:以上|以下))?的([\u4e00-\u9fff]{1,8}?)(?:数量|总数|个数|家数)?(?:已|已经)?(?:达到|达|有|共有|共|增至|增加到|增加至|增加|增长到|为|超过)?[0-9一二三四五六七八九十两]+(?:个|家|座|所|户|项|条|宗|只)/;

/** 首个, 唯一, 第二个: the place is the one of the class, its own figure past the size. */
const FIRST_OF_CLASS = /首个|首家|唯一|第一个|第[0-9一二三四五六七八九十]+个/;

/** 有42个县（市）一般公共预算收入超过: places (firms) counted, then what of theirs passes a size. */
const COUNTED_PASSING = /(?:有|共有|其中|达到)[0-9一二三四五六七八九十两百]+(?:个|家|座)(?:县（市）|县\(市\)|县市|县区|县|市|区|城市|企业|项目|园区|乡镇|镇|街道)[^，,；;。0-9]{2,16}(?:超过|超|突破|过|达到|达|逾)$/;

/** 以上, 及以下: what sets a threshold after a size. */
const BOUND_AFTER = /^及?(?:以上|以下)/;

/** 超过, 突破, 达到: what sets a threshold before a size. */
const SIZE_THRESHOLD = /(?:超过|超|突破|过|达到|达|在|逾)$/;

/**
 * Whether the figure is a threshold: 'counted' when places (firms) counted before it pass it (百强县中有42个
 * 县（市）一般公共预算收入超过100亿元); the class it picks out, named as one (地区生产总值500亿以上的县市),
 * when it picks one out (`after`: where the words before it start, past the sentence's figure before);
 * undefined when it is a figure. (成为首个经济总量突破2万亿元的城市 says the place's own figure passed it.)
 */
export function sizeThreshold(text: string, s: Sentence, fig: RawFigure, after: number, lexicon: Lexicon): { className: string; clauseStart: number } | 'counted' | undefined {
  if (fig.kind !== 'amount') return undefined;
  // (经营性收入50万元以上的村, 营业收入2000万元以上的工业企业: 以上 after the size sets it as well as a verb before.)
  const bounded = BOUND_AFTER.test(text.slice(fig.end, fig.end + 3));
  if (!bounded && !SIZE_THRESHOLD.test(text.slice(Math.max(s.start, fig.start - 3), fig.start))) return undefined;
  const sized = CLASS_OF_SIZE.exec(text.slice(fig.end, fig.end + 8)) ?? CLASS_COUNTED.exec(text.slice(fig.end, fig.end + 30));
  if (sized) {
    const bound = sized[0].includes('以下') ? '以下' : '以上';
    const ci = clauseIndexOf(s, fig.start);
    const from = ci < 0 ? s.start : s.clauses[ci].start;
    if (!FIRST_OF_CLASS.test(text.slice(from, fig.start))) {
      const of = cleanIndicatorPhrase(text.slice(Math.max(from, after), fig.start).replace(SIZE_THRESHOLD, ''), lexicon, true);
      return { className: `${of ? lexicon.canonicalIndicator(of).name : ''}${sizeWords(fig.value)}${fig.unit}${bound}的${sized[1]}`, clauseStart: from };
    }
  }
  return COUNTED_PASSING.test(text.slice(Math.max(s.start, fig.start - 40), fig.start)) ? 'counted' : undefined;
}
