// Period phrases → comparable keys. 1-7月, 1至7月, 1月到7月 and 前7个月 are one period (M1-7);
// 上半年 is M1-6; 前三季度 is M1-9; 二季度 alone is Q2; 十三五 is 2016-2020.
import type { Period } from '../types';
import { parseChineseInteger } from '../numbers/chineseNumerals';

export interface PeriodMention {
  start: number;
  end: number;
  period: Period;
  /** 比2015年, 较上年: the base of a comparison, not the period of the figure. */
  comparative: boolean;
  /** 由2019年的1112.2万标箱, 超过2023年全年的2395.6万头: the period of that figure alone, not of the figures after it. */
  ofOneFigure?: boolean;
  /** 其中第三季度培训4.1万人次；新增…: a part named after 其中 holds up to this offset (its clause's semicolon). */
  until?: number;
}

const NUM = '(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})';
const YEAR = '(?:(?:19|20)[0-9]{2}年|今年|去年|上年|前年|明年|当年|本年|全年|年内|(?<![年0-9一二三四五六七八九十])年(?=末|底))';
/** 春节假期, “五一”期间, 国庆黄金周, 国庆中秋8天假期: a holiday's figures (visitors, sales) are its own period. A holiday
 * quoted (“五一”) or doing what holidays do (春节接待游客), or a label (国庆：…), is one without 假期 too. */
/** How long a holiday ran (国庆中秋8天假期), and the words for its days off. */
const HOLIDAY_LENGTH = '(?:[0-9一二三四五六七八九十]{1,2}天)?';
const HOLIDAY_WORDS = '假期|长假|黄金周|小长假|假日|期间';
const HOLIDAY = `(?:“(?:春节|元旦|清明|五一|十一|端午|中秋|国庆)”节?(?:${HOLIDAY_WORDS})?|(?:春节|元旦|清明|五一|劳动节|端午|中秋国庆|国庆中秋|中秋|国庆)节?${HOLIDAY_LENGTH}(?:${HOLIDAY_WORDS}|(?=接待|旅游|出游|消费|[：:])))`;
/** 汛期, 梅汛期, 早稻生长季, 春季: a season of the weather (rain, heat, a crop's) is a period of its own (汛期预报准确率); 春季 only
 * when what follows is its figures or their place (秋季平均气温, 春季（3—5月）), not a season's work (春季招聘会). */
const RAIN_SEASONS = '主汛期|前汛期|后汛期|春汛期|梅汛期|台汛期|汛期|梅雨期|梅雨季|(?:早稻|晚稻|单季稻|双季稻|小麦|玉米|油菜|茶叶|作物)?生长(?:季|期)';
/** A school term (今年秋季学期, 2024年春季学期): the figures of schools counted then, as a season's. */
const SCHOOL_TERM = '[春秋]季学期';
/** 春运, 暑运 (铁路暑期运输): the travel seasons transport reports count their passengers in, each a period of its own. */
const TRAVEL_SEASONS = '春运|暑运|暑期运输';
const SEASON = `(?:(?<!防)(?:${RAIN_SEASONS})|${SCHOOL_TERM}|(?:${TRAVEL_SEASONS})(?:期间)?|[春夏秋冬]季(?=[（(，,：:、]|期间|以来|全[市省区县国]|各地|平均|累计|降水|降雨|雨量|气温|日照|高温|极端|则|的))`;
/** 10月1日至7日: a span of days. */
const DAY_SPAN = `${NUM}月${NUM}日(?:-|—|~|～|至|到)(?:${NUM}月)?${NUM}日`;
const PART = [
  HOLIDAY,
  SEASON,
  DAY_SPAN,
  `${NUM}(?:月份?)?(?:-|—|~|～|至|到)${NUM}月(?:份)?`,
  `前${NUM}个?月`,
  // 7月24日 is a day (a dateline, a deadline), not the month's figures; nor is 9月中下旬 (when something happened).
  `${NUM}月(?:份|底|末)?(?![0-9一二三四五六七八九十]{1,3}[日号]|[上中下]{1,2}旬)`,
  '上半年|下半年|前三季度|前两季度|一季度|二季度|三季度|四季度|第[一二三四]季度|[1-4]季度|Q[1-4]',
].join('|');
const FIVE_YEAR = '“?(?:十[一二三四五六七八九]五|[0-9]{2}五)”?(?:期间|时期|以来)?';
// (2023年末, 上年底: the year's end, for what stands at a moment, 常住人口, 存款余额.)
const PERIOD = new RegExp(
  `(?:(?:19|20)[0-9]{2}(?:-|—|至|到)(?:19|20)[0-9]{2}年)|${FIVE_YEAR}|(?:过去|近)?[五三十两]年来|过去[五三]年|今年以来|(?:${YEAR})?(?:${PART})|${YEAR}(?:年?(?:末|底)前?)?`,
  'g',
);

function num(s: string): number {
  return /^[0-9]+$/.test(s) ? Number(s) : parseChineseInteger(s);
}

const FIVE_YEAR_PLANS: Record<string, string> = {
  十一五: '2006-2010', 十二五: '2011-2015', 十三五: '2016-2020', 十四五: '2021-2025', 十五五: '2026-2030',
};

function yearKey(s: string): string {
  const m = /^((?:19|20)[0-9]{2})年/.exec(s);
  if (m) return m[1];
  // (当年 is the year the text is speaking of, filled in from its context, not this year.)
  if (/^(今年|本年)/.test(s)) return 'Y0';
  if (/^(去年|上年)/.test(s)) return 'Y-1';
  if (/^前年/.test(s)) return 'Y-2';
  if (/^明年/.test(s)) return 'Y+1';
  return '';
}

const MONTH_RANGE = new RegExp(`(${NUM})(?:月份?)?(?:-|—|~|～|至|到)(${NUM})月`);
const FIRST_MONTHS = new RegExp(`前(${NUM})个?月`);
const ONE_MONTH = new RegExp(`(${NUM})月(底|末)?`);

const DAY_SPAN_AT = new RegExp(`^${DAY_SPAN}$`);
/** After the period of a cause (受8月…): what it was, up to 影响, 拖累 or 冲击. */
const CAUSE_AFTER = /^[^，,；;。]{0,10}?(?:影响|拖累|冲击)/;
const HOLIDAY_LABEL = new RegExp(`^(?:(?:19|20)[0-9]{2}年|今年|去年|上年|前年|明年|当年|本年)?“?(春节|元旦|清明|五一|十一|劳动节|端午|中秋国庆|国庆中秋|中秋|国庆)”?节?${HOLIDAY_LENGTH}(${HOLIDAY_WORDS})?$`);
const HOLIDAY_KEYS: Record<string, string> = { 劳动节: '五一', 十一: '国庆', 国庆中秋: '中秋国庆' };
const DAY_SPAN_PARTS = new RegExp(`(${NUM})月(${NUM})日(?:-|—|~|～|至|到)(?:(${NUM})月)?(${NUM})日`);

/** 1-12月 and 12月底 are the whole year (年末, 全年), as a year's report says it. */
function partKey(s: string): string {
  const part = monthsOrHoliday(s);
  return part === 'M1-12' ? 'FY' : part;
}

const SEASON_LABEL = new RegExp(`(${RAIN_SEASONS}|${SCHOOL_TERM}|${TRAVEL_SEASONS}|[春夏秋冬]季)(?:期间)?$`);
/** Seasons written two ways: 梅雨季 = 梅雨期, 暑期运输 = 暑运. */
const SEASON_KEYS: Readonly<Record<string, string>> = { 梅雨季: '梅雨期', 暑期运输: '暑运' };

function monthsOrHoliday(s: string): string {
  const season = SEASON_LABEL.exec(s);
  if (season) return `S:${SEASON_KEYS[season[1]] ?? season[1]}`;
  let m = HOLIDAY_LABEL.exec(s);
  if (m && (m[2] || s.includes('“') || m[1] !== '十一')) return `H:${HOLIDAY_KEYS[m[1]] ?? m[1]}`;
  m = DAY_SPAN_PARTS.exec(s);
  if (m) {
    const [month, day] = [num(m[1]), num(m[2])];
    // 10月1日至7日 is the National Day holiday, 5月1日至5日 May Day's, as reports count them.
    return month === 10 && day === 1 ? 'H:国庆' : month === 5 && day === 1 ? 'H:五一' : `D${month}.${day}-${num(m[3] ?? m[1])}.${num(m[4])}`;
  }
  m = MONTH_RANGE.exec(s);
  if (m) return `M${num(m[1])}-${num(m[2])}`;
  m = FIRST_MONTHS.exec(s);
  if (m) return `M1-${num(m[1])}`;
  if (/上半年|前两季度/.test(s)) return 'M1-6';
  if (/下半年/.test(s)) return 'H2';
  if (/前三季度/.test(s)) return 'M1-9';
  m = /(?:第)?([一二三四1-4])季度|Q([1-4])/.exec(s);
  if (m) {
    const q = num(m[1] ?? m[2]);
    return q === 1 ? 'M1-3' : `Q${q}`;
  }
  m = ONE_MONTH.exec(s);
  if (m) return m[2] ? `M1-${num(m[1])}` : `M${num(m[1])}`;
  return '';
}

/** What stands before a period whose figure, written after it, is compared with (比上年的, 快于上年全年4.1%). */
const BASE_BEFORE = /(比|较|与|同|高于|低于|快于|慢于)$/;
/** …死亡人数下降11.4%相比: a figure, then the 相比 that closes the bracket it is compared in. */
const FIGURE_COMPARED = /^(?!同期)[^，,；;。与]{0,24}?[0-9][^，,；;。]{0,12}?相比/;

/** 2023年梳理的127项问题已整改113项: when a list was drawn up is the period of its count alone, not of the
 * progress made on it since. */
const LISTED_AFTER = /^(?:梳理|排查|摸排|查找|查出|发现|交办|列出|认定|确定|下达)的[0-9]/;

/** A comparison just before a period (超过黑龙江2023年全年的…, 相当于上年同期的…). */
const COMPARED_BEFORE = /(超过|超出|高于|低于|相当于|多于|少于|不及|接近|快于|慢于)[\u4e00-\u9fff]{0,6}(?:(?:19|20)[0-9]{2}年)?$/;

/** Normalises one period phrase. */
export function parsePeriod(label: string): Period | undefined {
  const plan = /(十[一二三四五六七八九]五)/.exec(label);
  if (plan && FIVE_YEAR_PLANS[plan[1]]) return { year: FIVE_YEAR_PLANS[plan[1]], part: '', label };
  const range = /((?:19|20)[0-9]{2})(?:-|—|至|到)((?:19|20)[0-9]{2})年/.exec(label);
  if (range) return { year: `${range[1]}-${range[2]}`, part: '', label };
  if (/[五]年来|过去五年/.test(label)) return { year: 'Y-5..Y-1', part: '', label };
  if (/今年以来/.test(label)) return { year: 'Y0', part: '', label };
  const year = yearKey(label);
  // A year named without a part (2020年, 全年) is the whole year, which differs from 1-2月.
  const part = partKey(label) || (year || /全年|当年|^年[末底]前?$/.test(label) ? 'FY' : '');
  if (!year && !part && !/年内/.test(label)) return undefined;
  return { year, part, label };
}

/** 二、 before 三季度: a quarter written without its 季度. */
const ELIDED_QUARTER = /^([一二三四1-4])[、和与及]$/;

const CLAUSE_STOP = /[，,；;。]/;
/** 有望超过, 预计达到: what a clause expects, just after its period. */
const EXPECTED_AFTER = /^[^，,；;。0-9]{0,6}?(?:有望|预计|预期|可望)/;
const SEMICOLON_STOP = /[；;。]/;

/** Where the first `stop` after `from` stands, or `end`; a bounded look, since a sentence may hold
 * thousands of periods. */
function nextStop(text: string, from: number, end: number, stop: RegExp): number {
  const m = stop.exec(text.slice(from, Math.min(end, from + 200)));
  return m ? from + m.index : end;
}

/** 从前三季度看, 从前三季度镇街数据看: a period looked at, not the start of a span (自去年7月). */
const VIEWED_AFTER = /^(?:的?情况)?(?:来)?看|^[^，,。；;：:、！？\s]{1,10}?(?:来)?看(?=[，,：:])/;

/** Period mentions in text[start, end). */
export function findPeriods(text: string, start = 0, end = text.length): PeriodMention[] {
  const out: PeriodMention[] = [];
  const slice = text.slice(start, end);
  /** Where the brackets after a season close: the months in them say when the season was. */
  let seasonGloss = -1;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(slice); m; m = PERIOD.exec(slice)) {
    if (!m[0]) { PERIOD.lastIndex++; continue; }
    const s = start + m.index;
    // 2021年 inside 2021年2月21日 is a date; 12月 after a digit is part of a number.
    if (/[0-9]/.test(text.charAt(s - 1))) continue;
    const period = parsePeriod(m[0]);
    if (!period) continue;
    // 春节假期（2月10日至17日）: the days in brackets say when the period before was, no period of their own.
    if (/[（(]$/.test(text.charAt(s - 1)) && DAY_SPAN_AT.test(m[0])) continue;
    // (秋季（9—11月）, 早稻生长季（4月上旬至7月中旬）: so do the months in brackets after a season.)
    if (s < seasonGloss) continue;
    // 完成全年目标的85%: the year of a target reached, not the period of the figure.
    // (So is 提前完成全年目标； in a sentence; 完成全年目标任务 in a heading does name the year's work.)
    if (/^(?:的)?(?:目标|计划)(?:任务)?(?:的|[，,；;。])/.test(text.slice(s + m[0].length, s + m[0].length + 6)) && /(?:完成|实现|达到|接近|逼近|超过|超出)了?$/.test(text.slice(Math.max(0, s - 3), s))) continue;
    const before = text.slice(Math.max(0, s - 3), s);
    // 比2015年 (a comparison base) and 自去年7月 (the start of a span) are not the figure's period.
    // (从1—5月的9.1%到上半年的9.6%: a period followed by 的 and its figure is that figure's.)
    const ownFigure = /^的[0-9]/.test(text.slice(s + m[0].length, s + m[0].length + 2));
    // (恢复至2019年同期的127.6%: the year recovered to is the base, not the figure's period.)
    // (比去年底的390.6万千瓦增长44.0%, 较上半年16.9%的增速回落: but a base written with its figure is that figure's period.)
    // (快于上年全年4.1%的增速: so is the period of a figure the draft's is measured against.)
    // (与2024年全年死亡人数下降11.4%相比: so is the period of a figure set in brackets of 与…相比.)
    const baseFigure = BASE_BEFORE.test(before) && /^(?:同期)?的?[0-9]/.test(text.slice(s + m[0].length, s + m[0].length + 4))
      || (/[与同跟和]$/.test(before) && FIGURE_COMPARED.test(text.slice(s + m[0].length, s + m[0].length + 40)));
    // (秋粮长势好于上年, 明显优于去年同期: the year a state is judged against. Not the 比 of 占比: 占比年底前突破34%.)
    const comparative = !baseFigure && /((?<!占)比|较|与|同|相比|对比|相较|高于|低于|快于|慢于|次于|好于|优于|差于|强于|弱于)$/.test(before) || (/(自|从)$/.test(before) && !ownFigure && !VIEWED_AFTER.test(text.slice(s + m[0].length, s + m[0].length + 14))) || /^(的|同期)?(相比|比较)/.test(text.slice(s + m[0].length, s + m[0].length + 4))
      || (/(至|到|于|达|超|过|出)$/.test(before) && text.startsWith('同期', s + m[0].length))
      // (恢复至2019年的103.6%, 相当于2019年的九成, 已达到去年全年的81.6%: so is the year a level is set against.)
      || /(?:恢复|相当|达)(?:至|到|于)?$/.test(text.slice(Math.max(0, s - 4), s))
      // (在上年基础上又提高3.1个百分点: the year built on is the base.)
      || (/在$/.test(before) && /^(?:的)?(?:基础|基数)上/.test(text.slice(s + m[0].length, s + m[0].length + 4)))
      // (第四季度的供地量就占到全年的36.2%: the period of a share's whole is not the share's.)
      || /占(?:到|了|据)?$/.test(before)
      // (捕捞生产集中在一季度: when an activity is busiest is no period of the figures after it.)
      || /集中(?:在|于)$/.test(text.slice(Math.max(0, s - 3), s))
      // (2020年末以来年均增长8.5%: the year a span starts from.)
      || (/^(?:19|20)[0-9]{2}年(?:末|底)?$/.test(m[0]) && text.startsWith('以来', s + m[0].length))
      // (晚稻受8月高温干旱影响，产量为…: when a cause struck is not when the figure was.)
      || (/受[^，,；;。]{0,4}$/.test(text.slice(Math.max(0, s - 5), s)) && CAUSE_AFTER.test(text.slice(s + m[0].length, s + m[0].length + 14)));
    const mention: PeriodMention = { start: s, end: s + m[0].length, period, comparative };
    if (period.part.startsWith('S:') && /[（(]/.test(text.charAt(mention.end))) {
      const close = text.slice(mention.end, Math.min(end, mention.end + 30)).search(/[）)]/);
      if (close > 0) seasonGloss = mention.end + close;
    }
    // 二、三季度分别增长2.2%和2.3%: the quarter before 、 is written without its 季度.
    const elided = /^[一二三四1-4]季度$/.test(m[0]) ? ELIDED_QUARTER.exec(text.slice(Math.max(0, s - 2), s)) : null;
    const quarter = elided && !/[0-9一二三四五六七八九十]/.test(text.charAt(s - 3)) ? parsePeriod(`${elided[1]}季度`) : undefined;
    if (quarter) out.push({ start: s - 2, end: s - 1, period: { ...quarter, year: period.year }, comparative });
    // (…超过黑龙江2023年全年的2395.6万头: so is the period of a figure compared with.)
    const ofFigure = ownFigure || /^全年的[0-9]/.test(text.slice(s + m[0].length, s + m[0].length + 4));
    // (由上年增长4.6%回落至2.1%: the year a course starts from is the first figure's.)
    // (衣着价格前11个月累计上涨1.3%；交通通信…: a running total set inside its clause, between what it is
    // of and its figure, is that figure's own period; the clauses after keep the one in view.)
    const ownTotal = /^累计/.test(text.slice(s + m[0].length, s + m[0].length + 2)) && /[\u4e00-\u9fff]$/.test(before) && !/[在于至到的]$/.test(before);
    // (防汛方面，汛期全市降雨量偏少8.2%，…直接经济损失下降41.2%: a season named past the sentence's first
    // clause is its clause's, not the sentence's.)
    // (PCT国际专利申请463件，全年有望超过600件；马德里商标…241件: nor is the period of an expectation.)
    const pastFirstClause = /[，,；;]/.test(text.slice(Math.max(start, s - 200), s));
    if (pastFirstClause && (period.part.startsWith('S:') || EXPECTED_AFTER.test(text.slice(mention.end, mention.end + 10)))) mention.until = nextStop(text, mention.end, end, CLAUSE_STOP);
    else if (/其中[，,]?$/.test(before)) mention.until = nextStop(text, mention.end, end, SEMICOLON_STOP);
    const listed = LISTED_AFTER.test(text.slice(mention.end, mention.end + 5));
    if (/(由|从)$/.test(before) || baseFigure || ownTotal || listed || (ofFigure && COMPARED_BEFORE.test(text.slice(Math.max(0, s - 16), s)))) mention.ofOneFigure = true;
    // 2023年全年: one period, the year's whole (not 2023年 then a 全年 of whatever year is in view).
    const last = out[out.length - 1];
    if (last && last.end === s && period.year === '' && period.part === 'FY' && last.period.year && last.period.part === 'FY' && !last.period.label.endsWith('全年')) {
      // (比上年全年的6267元: the base's figure, written with it, is of that whole year.)
      const ofBase = last.comparative && BASE_BEFORE.test(text.slice(Math.max(0, last.start - 3), last.start)) && /^(?:同期)?的?[0-9]/.test(text.slice(mention.end, mention.end + 4));
      out[out.length - 1] = { ...last, end: mention.end, period: { ...last.period, label: `${last.period.label}${period.label}` }, comparative: !ofBase && (last.comparative || comparative), ofOneFigure: ofBase || last.ofOneFigure || mention.ofOneFigure };
      continue;
    }
    // (10月1日至8日国庆中秋假期: the days are those of the holiday named after them, one period.)
    if (last && last.end === s && last.period.part.startsWith('H:') && period.part.startsWith('H:') && !last.comparative) {
      out[out.length - 1] = { ...mention, start: last.start, period: { ...period, year: period.year || last.period.year, label: `${last.period.label}${period.label}` } };
      continue;
    }
    out.push(mention);
  }
  return out;
}

/** Fills the parts a narrower mention leaves open from a broader context: 全年 + 2020年 → 2020. */
export function mergePeriods(narrow: Period | undefined, broad: Period | undefined): Period | undefined {
  if (!narrow) return broad;
  if (!broad) return narrow;
  return {
    year: narrow.year || broad.year,
    part: narrow.part || broad.part,
    label: narrow.label,
  };
}

/** 年底前, 年末前: a deadline, at the end of the year it is set in. */
const DEADLINE = /^年[末底]前$/;

/** Resolves relative years against a document date: Y0 in a 2021 report is 2021. */
export function resolvePeriod(p: Period | undefined, documentDate: string | undefined): Period | undefined {
  if (!p) return p;
  // 年底前 (a deadline still ahead): the end of the year the text is written in.
  const deadline = !p.year && DEADLINE.test(p.label);
  // 前三季度 in an undated text: this year's, as 今年前三季度 in another undated text (a guess, so inferred).
  if (!documentDate) return p.year || (lastMonthOf(p.part) === undefined && !deadline) ? p : { ...p, year: 'Y0', yearInferred: true };
  const y = Number(documentDate.slice(0, 4));
  if (!Number.isFinite(y)) return p;
  const range = /^Y-(\d+)\.\.Y-(\d+)$/.exec(p.year);
  if (range) return { ...p, year: `${y - Number(range[1])}-${y - Number(range[2])}` };
  const rel = /^Y([+-]\d+|0)$/.exec(p.year);
  if (rel) return { ...p, year: String(y + Number(rel[1])) };
  if (deadline) return { ...p, year: String(y), yearInferred: true };
  // 前三季度 in a paper of 2024年10月: the latest such part by that date (a guess, so inferred).
  const end = p.year ? undefined : lastMonthOf(p.part);
  if (end !== undefined) {
    const month = Number(documentDate.slice(5, 7));
    return { ...p, year: String(Number.isFinite(month) && month > end ? y : y - 1), yearInferred: true };
  }
  // 国庆假期 in a report of 2024年10月: the holiday just past (a report may follow it within the month).
  const holiday = p.year ? undefined : HOLIDAY_MONTHS[p.part];
  if (holiday !== undefined) {
    const month = Number(documentDate.slice(5, 7));
    return { ...p, year: String(Number.isFinite(month) && month >= holiday ? y : y - 1), yearInferred: true };
  }
  return p;
}

/** The month each holiday (H:…) ends in, at the latest. */
const HOLIDAY_MONTHS: Readonly<Record<string, number>> = {
  'H:元旦': 1, 'H:春节': 2, 'H:清明': 4, 'H:五一': 5, 'H:端午': 6, 'H:中秋': 9, 'H:中秋国庆': 10, 'H:国庆': 10,
};

/** The last month a part of the year covers (M1-9 → 9, Q3 → 9, H2 → 12); undefined for a whole year. */
function lastMonthOf(part: string): number | undefined {
  const m = /^M(?:[0-9]+-)?([0-9]+)$/.exec(part);
  if (m) return Number(m[1]);
  const q = /^Q([1-4])$/.exec(part);
  if (q) return Number(q[1]) * 3;
  if (part === 'H2') return 12;
  return undefined;
}

/** A document date from a dateline: 2021年2月21日, 2019年09月02日, 2021-02-21. */
export function findDateline(text: string): string | undefined {
  const m = /((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日|((?:19|20)[0-9]{2})-([0-9]{1,2})-([0-9]{1,2})/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
