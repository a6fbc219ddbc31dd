// What a 个百分点 difference is measured against: 高于全省平均0.8个百分点 (全省), 比上半年回落0.4个百分点
// (上半年), 高出宁波市平均 (宁波市). Two differences against different bases are different figures.
import type { Lexicon } from '../lexicon/lexicon';
import { parsePeriod } from './periods';

// (Not the 比 of 比重, 比例: 煤炭消费比重比全省平均水平高出9.7个百分点 is against 全省.)
const BASE = /(高于|低于|高出|低出|快于|慢于|小于|大于|领先|落后|超过|超出|(?<![同占环])比(?![重例率值])|较)([^,，;；。、]{1,16})$/;
const TRAILING = /(增减|提高|回落|回升|加快|放缓|下降|降低|上升|增加|减少|收窄|扩大|平均水平|平均值|平均|均值|水平|增幅|增速|降幅|分别|了|的|高出|低出|多出|少降|多降|少增|多增|高|低|多|少|快|慢|小|大|约|近|逾|达)$/;
const WHOLE_AREA = /^(全国|全省|全市|全区|全县)$/;
const PLAN = /^(?:年度|全年|年初)?(?:计划|预期|目标|预期目标|计划目标|目标任务)$/;
/** The key of a difference against the plan or target. */
export const PLAN_BASE = 'T:计划';

/**
 * The base of the difference whose figure follows `near` (the words just before it), as a key: a region
 * (R:全省, R:宁波市), a part of the year (P:M1-6), the year before (比上年: P:Y-1) or the plan (T:计划). A year by its number
 * (比2020年) gives none: 上年 and 2022年 may be the same year.
 */
export function comparisonBase(near: string, lexicon: Lexicon): string | undefined {
  const m = BASE.exec(near);
  return m ? baseKey(m[2], lexicon) : undefined;
}

/** The key of a base as written (全省平均, 上半年, 宁波市): also a dataset row's scope of a difference. */
export function baseKey(written: string, lexicon: Lexicon): string | undefined {
  let base = written.trim();
  for (let guard = 0; guard < 6 && TRAILING.test(base); guard++) base = base.replace(TRAILING, '');
  if (!base) return undefined;
  const period = parsePeriod(base);
  // (比上年, 比上年同期, 较上年末: the year before, P:Y-1, which no place (高于全省) is.)
  if (period) return period.part && period.part !== 'FY' ? `P:${period.part}` : period.year === 'Y-1' ? 'P:Y-1' : undefined;
  // (高于计划1.2个百分点, 超出预期目标: against the plan, however it is called.)
  if (PLAN.test(base)) return PLAN_BASE;
  if (/[0-9]/.test(base)) return undefined; // 全国、全省0.8个和…: a list, not one base
  if (WHOLE_AREA.test(base)) return `R:${base}`;
  // The base is one place, or a place and its self reference (河北全省, 宁波全市), and nothing else.
  const [place, self, ...more] = lexicon.findRegions(base);
  if (!place || place.self || place.start !== 0 || more.length) return place ? undefined : groupKey(base);
  const end = self ? (self.self && self.start === place.end ? self.end : -1) : place.end;
  return end === base.length ? `R:${place.name}` : undefined;
}

/** 平原乡镇（街道）, 山区县: a group of places compared with by its name, its brackets left out. */
const NAMED_GROUP = /^[\u4e00-\u9fff]{2,10}(?:乡镇|街道|县|市|区|地区|城市|片区|板块)$/;

/** The key of a base that names a group of places (O:平原乡镇), which only the same base matches. */
function groupKey(base: string): string | undefined {
  const plain = base.replace(/[（(][^（）()]{1,8}[）)]/g, '');
  return NAMED_GROUP.test(plain) ? `O:${plain}` : undefined;
}

/** 分别高于全国、全省: bases listed for the figures that follow, one each. */
const BASE_LIST = /(高于|低于|高出|低出|快于|慢于|(?<![同占])比)((?:[^,，;；。、和]{1,10}(?:、|和))+[^,，;；。、和]{1,10}?)$/;

/** 与全省、全国相比，…: bases listed in a clause of their own that opens the sentence (after its period, if any). */
const BASE_LIST_OPENING = /^[\s*_]*(?:[^，,；;。与同跟]{1,10}[，,])?(?:与|同|跟)((?:[^,，;；。、和与]{1,10}(?:、|和|及))+[^,，;；。、和与]{1,10}?)(?:相比较?|比较)[，,]/;

/** The keys of the bases a sentence opens on (与全省、全国相比，), for the 分别 list of differences after them. */
export function openingComparisonBases(sentence: string, lexicon: Lexicon): string[] | undefined {
  const m = BASE_LIST_OPENING.exec(sentence);
  if (!m) return undefined;
  const keys = m[1].split(/、|和|及/).map((b) => baseKey(b, lexicon));
  return keys.every((k): k is string => k !== undefined) ? keys : undefined;
}

/** The keys of a list of bases ending `near`, or undefined when it is not a list every item of which is a base. */
export function comparisonBases(near: string, lexicon: Lexicon): string[] | undefined {
  const m = BASE_LIST.exec(near);
  if (!m) return undefined;
  const keys = m[2].split(/、|和/).map((b) => baseKey(b, lexicon));
  return keys.every((k): k is string => k !== undefined) ? keys : undefined;
}
