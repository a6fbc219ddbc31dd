// The words around a figure that decide what it says: its measure (增长 → growth, 占…比重 → share), its
// sign (下降), whether it is a target (力争, 预期目标), and the noun a count is written before.
import type { Measure, Span } from '../types';
import type { RawFigure } from './findFigures';

// (减免, 减税, 减负: what is cut is an amount, no fall: 占全市减免额的12.0% is a share.)
export const GROWTH_CUE = /(偏多|偏少|偏高|偏低|增长率|增长速度|增速|增幅|增产|减产|上涨|涨幅|下跌|跌幅|降幅|降价|年均增长|同比增长|同比下降|增长|增加(?!值)|增多|下降|减少|回落|回升|同比|环比|下滑|降低|减(?![免税负费排碳])|(?:大|猛|激|劲|暴|骤)(?:增|涨|降|跌)|(?:提高|提升|上升|改善)(?![到至]))/g;

// (碳排放强度, 能耗强度 are amounts per unit of GDP, not percentages: their fall in % is a growth.)
export const SHARE_CUE = /(占比|比重|比例|份额|占|率|(?<!能耗|排放|消耗)强度|覆盖)/g;

// (降幅为4.9%, 降幅比上半年的29.0%: a fall's size is a fall; 下降了5.3% a fall too.)
export const DECLINE = /((?:下降|减少|回落|下滑|降低|减|减产|下跌|偏少|偏低|(?:大|暴|骤)(?:降|跌))了?|(?:降幅|跌幅)[^，,；;：:0-9增涨升]{0,10}|降价了?|(?:比|较)[\u4e00-\u9fff]{1,8}?少了?)$/;

/** Just before a figure: a verb of change (提高, 回落 …), and whether it lowers. */
/** 仍是, 依旧是, 始终是: the words that say a thing still is what the clause calls it (one list for every
 * "X (still) is Y" clause). */
export const STILL = '仍然|依然|依旧|仍|始终|一直|继续';

export const CHANGE_VERB = /(提高|提升|上升|下降|降低|回落|回升|扩大|收窄|缩小)了?$/;
export const CHANGE_DOWN = /(下降|降低|回落|收窄|缩小)了?$/;

/**
 * A share or rate named before the verb (比重提高1.8%, 失业率下降0.3%): Chinese statistical writing
 * states such a change in 个百分点, so the figure is read as a point difference written with %.
 * Not 增长率 or 增速 (their 回落 reads as negative growth) nor 效率 or 劳动生产率 (a relative change is meant:
 * productivity is an amount a worker makes).
 */
export const RATE_BEFORE_CHANGE = /(比重|占比|份额|(?<![增长效产])率|(?<!能耗|排放|消耗)强度)[^,，;；。]{0,12}?(提高|提升|上升|下降|降低|回落|回升|扩大|收窄|缩小)了?$/;

/** Words before a 累计 that make it a total over years: 2019年以来, 五年来, 至今, 历年, 到2025年底. (今年以来
 * and 年初以来 are the year so far.) */
export const RUNNING_TOTAL = /((?<!今年|年初|本年|开年|当年)以来|[两三四五六七八九十]年来|至今|迄今|历年|(?:到|至)(?:(?:19|20)[0-9]{2})?年(?:底|末))/;

/** Just before an amount: it is a change (增加12.4万人, 高于全省平均水平2.3户), not a level. 新增 names an indicator of
 * its own; 高于全省的4.5万元 is the base's level. */
export const CHANGE_BEFORE = /(?<!新)(增加|减少|增长|下降|增多|减|净增|净减|增产|减产|多增|少增|缩短|延长|偏多|偏少|偏高|偏低)了?(约|近|超过|超|逾|达)?$|(?:比|较)[^，,。；;]{1,12}?(多出|多|少|高出|低出|高|低|提高|提升|降低|上升|扩大|缩小|缩减|压减|缩短|延长|偏多|偏少|偏高|偏低)了?(约|近|超过|超|逾|达)?$|(?:高于|低于|高出|低出|多于|少于)[^，,。；;的]{1,12}$/;

export const DIFF_DOWN = /(低于|下降|回落|降低|收窄|减少|下滑|缩小|放缓|减缓|趋缓|(?<![同占])比[^，,；;。]{0,12}?(?:低|少|慢)了?$)/;

// Not 预计: 预计全年增长5.8%左右 estimates what will have happened; it is no target to compare with one.
/** 超额完成18万人的年度目标, 完成年度目标任务12000人的82.2%: a target reached. The figure inside is the target;
 * the figures after it are actuals (or, right after the second form's 的, how much of the target was reached). */
export const REACHED_TARGET = /(?:超额完成|完成|实现|达到|超过)了?(?:(?:年度|全年|年初)?(?:预期|既定)?目标(?:任务)?(?:数)?[0-9.]+(?:万|亿)?[\u4e00-\u9fff]{1,3}?的(?=[0-9])|[^，,；;。]{1,20}?的?(?:年度|全年|年初)?(?:预期|既定)?目标(?:任务)?)/;
/** 完成年度目标任务, 全年目标: words that name a target, not what it is a target of. */
export const TARGET_WORDS = /^(?:超额)?(?:完成|实现|达到)?了?(?:年度|全年|年初)?(?:预期|既定)?目标(?:任务)?(?:数)?$/;

/** 目标, 力争, 到2025年, 年底前突破, 新的一年，: words that make the figures after them a target. */
export const TARGET_CUE = /(目标为|目标是|预期目标|主要目标|(?<!实)力争|(?<![于超及合])预期(?!寿命)|(?<!高于|低于|快于|慢于|超过|超出|比|较)计划(?!总投资|单列|生育)|争取(?!(?:到位|到|中央|上级|省级|省以上|国家|各类|政府|专项|资金|债券|政策性|地方政府)[^，,。；;]{0,16}?[0-9])|确保|目标(?!管理|责任|考核)|(?<!(?:增长|增加|提高|提升|上升|扩大|跃升|下降|减少|降低|增|升|降|发展|恢复|年))到20[0-9]{2}年(?!的|同期)|提出[，,：:]?(?=[^，,。；;]{0,24}?(?:增长|达到|突破|提高|提升))|(?:年底|年末|月底)前(?![^，,。；;]{0,8}?(?:已|提前))|新的?一年(?:里|中)?[，,])/;

/** ，实际完成, ；实际增长: what was done against a plan named before (not 实际使用外资, an indicator's name);
 * so is what has been done by now (计划改造380个，1-9月已开工365个; 计划投资50亿元，已完成32亿元). */
const ACTUAL_CUE = /[，,；;]\s*(?:实际(?!使用|利用|到位|到账|投资)|(?:(?:[0-9]{1,2}(?:-|—|–|至)[0-9]{1,2}月|前三季度|上半年|一季度|截至[^，,；;]{1,8}?(?:底|末)|目前|当前|今年以来)[，,]?)?(?:已经|已|累计已?)(?=[\u4e00-\u9fff]))/g;

/** TARGET_CUE searched from a position (one pass over a sentence however many plans it names). */
const TARGET_CUE_FROM = new RegExp(TARGET_CUE.source, 'g');

/**
 * Where in a sentence a target cue found at `from` reaches, as spans of offsets in the sentence, in
 * order: up to an actual (计划增长6%左右，实际完成7973.1亿元), then again from the next target cue after it.
 */
export function targetReaches(sentence: string, from: number): Span[] {
  const out: Span[] = [];
  for (let start = from; start >= 0;) {
    ACTUAL_CUE.lastIndex = start;
    const actual = ACTUAL_CUE.exec(sentence);
    if (!actual) {
      out.push({ start, end: sentence.length });
      break;
    }
    out.push({ start, end: actual.index });
    TARGET_CUE_FROM.lastIndex = actual.index + actual[0].length;
    start = TARGET_CUE_FROM.exec(sentence)?.index ?? -1;
  }
  return out;
}

/** In the figure's clause: it is expected (预计2024年将突破6000亿元), not reported. 预计完成 in a budget
 * report is the year's estimated outturn, an actual. */
export const FORECAST = /(预计(?!完成|执行|实现)|有望|预测|将(?:会)?(?:突破|达到|超过|迈上|跨越))[^，,；;。]*$/;

export const NOT_TARGET = /(达到|完成|实现|超额完成|没有完成|未完成|基本达到|对照)(了)?(年度|全年|年初|预期|既定|各项)?(预期)?目标|目标(?:任务)?完成(?:进度|率|情况)|(?:完成|实现|达到)了?(?:年度|全年|年初)?的?计划(?:任务)?的|(?:实施|推进|开展|启动|深化)[^，,。；;]{1,16}?计划/;

// (综合得分居全省第5位: 得分 and 居, not 分居 sharing out ranks.)
export const RANK_CUE = /(位居|位列|居于|屈居|居|列|名列|排名|排|跃居|稳居|跃升至|跃升到|上升至|上升到|提升至|提升到|升至|(?:后移|前移|后退|下滑|滑落|回落)(?:至|到)|挺进|跻身|挤进|挤入|闯入|进入|保持|(?<![得评总积])分居|(?<![得评总积])分列|均居|均列|均位居|位次|领跑|领先|蝉联)/;

export const PERIOD_AT_START = /^((?:19|20)[0-9]{2}年|今年|去年|上年|全年|今年以来|上半年|下半年|前三季度|[一二三四]季度|前[0-9一二三四五六七八九十]+个月|[0-9]{1,2}(?:-|—|–|~|至|到)[0-9]{1,2}月|[0-9]{1,2}月(?:到|至|-|—)[0-9]{1,2}月|同期|当年)+/;

/** Characters before a figure searched for its cue words (增长, 占…比重, 由…提高到, 下降). */
export const CUE_WINDOW = 60;

/** Whether the words before a percent say what it measures (else measureOf falls back to a share). */
export function statesMeasure(left: string): boolean {
  GROWTH_CUE.lastIndex = 0;
  SHARE_CUE.lastIndex = 0;
  return GROWTH_CUE.test(left) || SHARE_CUE.test(left);
}

/** 较常年少了6.8%, 比上年多出13.6%, 比上年多增8.4%: more or less than a base, a growth said with 多 or 少. */
export const MORE_OR_LESS_THAN = /(?:比|较)[\u4e00-\u9fff]{1,8}?(?:多|少)(?:出|了|增)?$/;

export function measureOf(fig: RawFigure, left: string): Measure {
  if (fig.kind === 'points') return 'diff';
  if (fig.kind === 'rank') return 'rank';
  if (fig.kind === 'amount') return 'value';
  if (MORE_OR_LESS_THAN.test(left)) return 'growth';
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

/** Verbs that end the noun phrase after a figure (20家传统制造企业提供…, 97个老小区…竣工验收). */
export const VERB_AFTER = /([0-9]|为目标|为重点|排名|排在|排第|位列|领跑|居全|居首|居第|列第|列全|被|编入|纳入|加入|提供|创建|成为|实现|完成|获得|获评|入选|建成|开工|投产|落地|集中|集聚|引进|孵化|承担|拥有|投入|实施|参与|覆盖|达到|位居|竣工|通过|签约|入驻|落户|开展|参加|受益|带动|累计|共计|同比|增长|下降|比上年|有所|略有|回落|回升)/;

/** The noun a figure counts, written after it: text up to the clause's end, a list joint or a verb. */
export function nounAfter(text: string, from: number, clauseEnd: number): { text: string } | undefined {
  let s = text.slice(from, Math.min(clauseEnd, from + 24));
  // 总投资266亿元的一批项目: after 的 comes what the figure describes, not what it counts.
  if (s.startsWith('的')) return undefined;
  const joint = /[、和及与(（“"]/.exec(s);
  if (joint) s = s.slice(0, joint.index);
  const verb = VERB_AFTER.exec(s);
  if (verb) s = s.slice(0, verb.index);
  // (25个省级区域医疗中心建设。: the sentence's end is no part of the noun.)
  s = trimToWords(s).replace(/的$/, '');
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(s)) return undefined;
  if (/^(以上|左右|以内|以下|多|余|同比|比|较|占|增|下|其中|分别|均|共|达|为|是|调整|上调|下调|提高|降低|减少|紧随|紧跟|领跑|次之|其次|居次|垫底|殿后|位居|居|排|列|稳坐|稳居|坐稳|雄踞|继续|仍|一路|持续|稳步|逐年|不断|连续|大幅|快速)/.test(s)) return undefined;
  // 突破千亿元大关, 迈上万亿台阶: a milestone, not the thing counted.
  if (/^(?:新)?(大关|门槛|关口|台阶|水平|规模|级|量级)/.test(s)) return undefined;
  return { text: s };
}

/** Drops trailing characters that are not Chinese (a loop, not /[^…]+$/, which backtracks). */
export function trimToWords(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c >= 0x4e00 && c <= 0x9fff) break;
    end--;
  }
  return s.slice(0, end);
}
