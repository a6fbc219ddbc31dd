// Finds figures in (half-width) text: amounts with units, percentages, percentage points and ranks.
// Chinese numerals are taken only where a unit or a rank form shows they are figures, so 一年来,
// 两手硬 and 五问五破 are left alone.
import type { Approximation, Notation } from '../types';
import { parseChineseInteger, parseChineseNumber } from '../numbers/chineseNumerals';
import { canonicalUnit, readScale, readUnit, startsUnit } from '../numbers/units';

export type FigureKind = 'amount' | 'percent' | 'points' | 'rank';

export interface RawFigure {
  start: number;
  end: number;
  kind: FigureKind;
  /** Number as written, before scale: 1.6 for 1.6亿元. Negative only when written with a minus sign. */
  number: number;
  /** Value in base units (number × scale). */
  value: number;
  scale: number;
  unit: string;
  decimals: number;
  chinese: boolean;
  approx?: Approximation;
  /** Ranks: 前N. */
  topN?: boolean;
  /** A part of 三次产业结构为a∶b∶c: the share of the first, second or third industry in the economy. */
  industry?: 1 | 2 | 3;
  /** Prefix and suffix around the number inside the span (第/位, 亿元, %). */
  prefix: string;
  suffix: string;
  /** The unit a table's header states for a bare number in its column (亿元): it scales, unwritten. */
  impliedSuffix?: string;
  grouped: boolean;
}

const CN = '零〇一二两三四五六七八九十百千万亿';
/** 百亿级企业, 千亿县市, 百亿产业集群: a round size before a class of things names the class. */
const CLASS_AFTER = /^(?:级|县|市|区|城市|企业|产业|集群|园区|项目|平台|工程|强|俱乐部|方阵|阵营)/;
/** Verbs that reach a bare scale (突破万亿, 迈上千亿元台阶): only after them is 万亿 a figure. */
const REACHES = /(突破|超过|超|迈上|迈入|跨上|跨入|跃上|站上|达到|达|过|逾|首破|破|进入|跻身|闯过)(了|首个|第一个)?\s*$/;
const FIGURE = new RegExp(
  [
    `百分之([0-9]+(?:\\.[0-9]+)?|[${CN}点]+)`,
    `第([0-9]+|[一二三四五六七八九十]+)(位|名)?`,
    `前([0-9]+|[一二两三四五六七八九十]+)(位|名|强)?`,
    `(首位|榜首|居首(?!位)|首名)`,
    `(-?[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?|[${CN}][${CN}点]*)`,
  ].join('|'),
  'g',
);

/** After 第N without 位/名 these words make it an ordinal, not a rank: 第11次, 第八届, 第一站. */
const ORDINAL_NOUN = /^[\u4e00-\u9fff]/;
// 分列第二第三 (a headline): a rank right after a rank.
const RANK_BOUNDARY = /^($|[、,，。；;:：)）」”"\s和及与]|[(（]|第[0-9一二三四五六七八九十]{1,3}(?:位|名)?(?![\u4e00-\u9fff]))/;
/** 历史第二高, 第三多, 第二暖: the Nth by the word after it, a word alone (第二大城市 is a name's ordinal). */
const RANKED_BY_WORD = /^(?:高|低|多|少|强|暖|冷|热|湿|干)(?![\u4e00-\u9fff0-9])/;
const TOP_N_FOLLOWER = /^(个|季|月|年|天|批|项|名单|届)/;

const APPROX_BEFORE: [RegExp, Approximation][] = [
  [/(约|大约|约为|左右为)$/, 'about'],
  [/(近|接近|将近|逼近)$/, 'nearly'],
  // (站上3000万人次, 迈上8000公里新台阶: a milestone passed says at least that much.)
  [/(超过|超|逾|突破|过|超出|站上|迈上|跨上|跃上|迈过|跨过|跨越|越过)$/, 'over'],
  [/(不到|不足|低于|不超过)$/, 'under'],
];
const APPROX_AFTER: [RegExp, Approximation][] = [
  [/^左右/, 'about'],
  [/^(以上|多)/, 'over'],
  [/^(以内|以下)/, 'within'],
];

function approximationAround(text: string, start: number, end: number): Approximation | undefined {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 3);
  for (const [re, a] of APPROX_AFTER) if (re.test(after)) return a;
  for (const [re, a] of APPROX_BEFORE) if (re.test(before)) return a;
  return undefined;
}

function decimalsOf(numberText: string): number {
  const dot = numberText.indexOf('.');
  return dot < 0 ? 0 : numberText.length - dot - 1;
}

function parseRankNumber(s: string): number {
  return /^[0-9]+$/.test(s) ? Number(s) : parseChineseInteger(s);
}

/** All figures in `text`, left to right, spans as offsets into `text` plus `base`. */
export function findFigures(text: string, base = 0): RawFigure[] {
  const out: RawFigure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = m.index;
    const fig = m[1] !== undefined ? percentWords(m, start)
      : m[2] !== undefined ? ordinalRank(text, m, start)
      : m[4] !== undefined ? topRank(text, m, start)
      : m[6] !== undefined ? firstRank(m, start)
      : numberWithUnit(text, m[7], start);
    if (!fig) continue;
    fig.approx ??= approximationAround(text, fig.start, fig.end);
    FIGURE.lastIndex = Math.max(FIGURE.lastIndex, fig.end);
    const next = fig.kind === 'rank' && fig.prefix === '第' ? rankContinued(text, fig.end) : undefined;
    fig.start += base;
    fig.end += base;
    out.push(fig);
    if (next) {
      FIGURE.lastIndex = next.end;
      next.start += base;
      next.end += base;
      out.push(next);
    }
  }
  // Most texts state no structure of industries: the ratio is looked for only where one is named.
  if (text.includes('三次产业')) return industryShares(text, base, out);
  return out;
}

/** 三次产业结构(比例)(调整)为0.8∶46.7∶52.5 (the shares of GDP, in %); not the structure it was 由. */
const INDUSTRY_RATIO = /三次产业(?:结构|增加值)?(?:比例|之比|比)?(?:由[0-9.∶:]+)?(?:调整|优化|变|转变)?(?:为|是|达到)\s*([0-9]+(?:\.[0-9]+)?)[∶:]([0-9]+(?:\.[0-9]+)?)[∶:]([0-9]+(?:\.[0-9]+)?)/g;

function industryShares(text: string, offset: number, found: RawFigure[]): RawFigure[] {
  const shares: RawFigure[] = [];
  INDUSTRY_RATIO.lastIndex = 0;
  for (let m = INDUSTRY_RATIO.exec(text); m; m = INDUSTRY_RATIO.exec(text)) {
    let at = m.index + m[0].length - m[1].length - m[2].length - m[3].length - 2;
    for (let k = 1; k <= 3; k++) {
      const num = m[k];
      shares.push(base(at + offset, at + offset + num.length, 'percent', Number(num), { unit: '%', decimals: decimalsOf(num), industry: k as 1 | 2 | 3 }));
      at += num.length + 1;
    }
  }
  if (!shares.length) return found;
  // The ratio's numbers are no other figure: merged in text order.
  return [...found.filter((f) => !shares.some((x) => f.start < x.end && x.start < f.end)), ...shares].sort((a, b) => a.start - b.start);
}

function base(start: number, end: number, kind: FigureKind, n: number, extra: Partial<RawFigure>): RawFigure {
  return { start, end, kind, number: n, value: n, scale: 1, unit: '', decimals: 0, chinese: false, prefix: '', suffix: '', grouped: false, ...extra };
}

function percentWords(m: RegExpExecArray, start: number): RawFigure | undefined {
  const num = m[1];
  const chinese = !/^[0-9]/.test(num);
  const parsed = chinese ? (num === '百' ? { value: 100, decimals: 0 } : parseChineseNumber(num)) : { value: Number(num), decimals: decimalsOf(num) };
  if (!Number.isFinite(parsed.value)) return undefined;
  return base(start, start + m[0].length, 'percent', parsed.value, { unit: '%', decimals: parsed.decimals, chinese, prefix: '百分之' });
}

function ordinalRank(text: string, m: RegExpExecArray, start: number): RawFigure | undefined {
  const end = start + m[0].length;
  // Long enough to see what follows a rank right after this one (第二第三产业 is no rank).
  const after = text.slice(end, end + 7);
  if (!m[3]) {
    // 第一卷, 第11次: an ordinal of something else. A bare 第N must end the phrase.
    if (ORDINAL_NOUN.test(after) && !RANK_BOUNDARY.test(after) && !RANKED_BY_WORD.test(after)) return undefined;
    // 第一、二产业, 第一、第二批: ordinals listed before what they number.
    if (ORDINALS_LISTED.test(after)) return undefined;
  } else if (/^[次届批个期轮]/.test(after)) {
    return undefined;
  }
  const n = parseRankNumber(m[2]);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return base(start, end, 'rank', n, { unit: '位', chinese: !/^[0-9]/.test(m[2]), prefix: '第', suffix: m[3] ?? '' });
}

/** After 第N: more ordinals, then what they number (第一、二产业, 第一、二、三产业, 第一、第二批). */
const ORDINALS_LISTED = /^(?:[、和](?:第)?[一二三四五六七八九十0-9]{1,3}){1,3}(?:产业|产|次|届|批|个|期|轮|季度|卷|章)/;

/** 分居第一、二位: the second rank written without its 第. */
const RANK_CONTINUED = /^、([一二三四五六七八九十]{1,3}|[0-9]{1,3})(位|名)?(?![\u4e00-\u9fff0-9])/;

function rankContinued(text: string, at: number): RawFigure | undefined {
  const m = RANK_CONTINUED.exec(text.slice(at, at + 8));
  if (!m) return undefined;
  const n = parseRankNumber(m[1]);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const start = at + 1;
  return base(start, start + m[1].length + (m[2]?.length ?? 0), 'rank', n, { unit: '位', chinese: !/^[0-9]/.test(m[1]), suffix: m[2] ?? '' });
}

/** After 前N位/前N强: the words that introduce the places it names in order (依次为, 分别是, 的是). */
const TOP_N_LISTED_AFTER = /^的?(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,6}[）)]){0,6}?(?:依次是|依次为|分别是|分别为|的是)/;

function topRank(text: string, m: RegExpExecArray, start: number): RawFigure | undefined {
  const end = start + m[0].length;
  const after = text.slice(end, end + 2);
  if (TOP_N_FOLLOWER.test(after)) return undefined;
  if (!m[5] && !RANK_BOUNDARY.test(after)) return undefined;
  // Only after a verb of ranking (挺进前5, 跻身前十, 位居前三): 前三季度 and 前两年 are periods.
  const before = text.slice(Math.max(0, start - 12), start);
  // (Or before the places it names in order: 前十强县（市）依次为长沙县、浏阳市….)
  if (!/(进|入|居|列|跻身|保持|稳定在|排名|位于|排在|排|位次)[^,，。；;、]{0,8}$/.test(before) && !(m[5] && TOP_N_LISTED_AFTER.test(text.slice(end, end + 16)))) return undefined;
  const n = parseRankNumber(m[4]);
  if (!Number.isFinite(n) || n <= 0) return undefined;
  return base(start, end, 'rank', n, { unit: '位', chinese: !/^[0-9]/.test(m[4]), prefix: '前', suffix: m[5] ?? '', topN: true });
}

function firstRank(m: RegExpExecArray, start: number): RawFigure {
  return base(start, start + m[0].length, 'rank', 1, { unit: '位', chinese: true, prefix: m[6], suffix: '' });
}

const AGE_CLASS_AFTER = /^(?:及|或)?以[上下](?=[\u4e00-\u9fff])|^(?:至|-|—|~)[0-9]{1,3}岁/;
const POINTS_LIST_AFTER = /^(?:和|、|及|与)-?[0-9]+(?:\.[0-9]+)?个(?:([百千])分点|(?:和|、)-?[0-9]+(?:\.[0-9]+)?个([百千])分点)/;

/** What stands before a multiple that is a figure: 增长一倍, 扩大两倍, 是2020年的三倍. */
const MULTIPLE_BEFORE = /(增长|增加|提高|提升|扩大|翻|达到|相当于|是|的)了?$/;

/** Units written in letters, whole words only (5G, 4A级 are no figures). */
const LATIN_UNIT = /^(?:GWh|MWh|kWh|GW|MW|kW|TEU)(?![A-Za-z])/;

/** 余 多 % 个: what may follow a number besides a unit. */
const AFTER_NUMBER = new Set([0x4f59, 0x591a, 0x25, 0x4e2a]);

const CHENG = '成'.charCodeAt(0);
/** 七成 (seven tenths) ends the words: 一成不变, 九成九, 成为, 成都 are not. */
const TENTHS_AFTER = /^成(?=$|[，,。；;、：:)）\s]|以上|左右|多|上下|的|，|。)/;

function numberWithUnit(text: string, num: string, start: number): RawFigure | undefined {
  const first = num.charCodeAt(0);
  const chinese = !(first >= 0x30 && first <= 0x39) && !(first === 0x2d && /^-[0-9]/.test(num));
  // 占比超过七成, 近五成: tenths, a share in percent written loosely.
  if (chinese && num.length === 1 && text.charCodeAt(start + 1) === CHENG && /[一二两三四五六七八九]/.test(num) && TENTHS_AFTER.test(text.slice(start + 1, start + 4))) {
    const n = parseChineseInteger(num);
    return base(start, start + 2, 'percent', n * 10, { number: n, scale: 10, unit: '%', chinese: true, suffix: '成' });
  }
  // Most Chinese numeral characters in prose (一批, 进一步, 统一) are words: without a scale at the end
  // and with no unit, 余/多, % or 个 after them they are not figures. Decided before any allocation.
  if (chinese) {
    const last = num.charCodeAt(num.length - 1);
    const next = text.charCodeAt(start + num.length);
    if (last !== 0x4e07 && last !== 0x4ebf && !AFTER_NUMBER.has(next) && !startsUnit(next)) return undefined;
  }
  let numberText = num;
  let at = start + num.length;
  // Digits glued to letters or another number are not figures of their own (PM2.5, G20, 5G); after an
  // acronym, an amount with 万/亿 or a percentage is (双流区GDP650.2亿元).
  let afterAcronym = false;
  if (!chinese && /[A-Za-z0-9.]/.test(text.charAt(start - 1))) {
    if (!/[A-Z]{2}$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
    afterAcronym = true;
  }
  // (组件出货量58.6GW, 储能装机1.2GWh, 集装箱吞吐量35.2万TEU: units of industry reports, written in letters.)
  if (!chinese && /^[A-Za-z]/.test(text.charAt(at)) && !LATIN_UNIT.test(text.slice(at, at + 4))) return undefined;
  // A trailing 万/亿 of a Chinese numeral is the scale, not part of the number.
  let scaleText = '';
  let scale = 1;
  // 两万零二百四十六亿七千万元: a 万 after 亿 counts the part below 亿; the figure is 20246.7亿元.
  const belowYi = chinese && /亿[^亿]+万$/.test(numberText);
  if (belowYi) {
    scaleText = '亿';
    scale = 1e8;
  } else if (chinese) {
    const trail = /(万亿|亿|万)$/.exec(numberText);
    if (trail && trail.index > 0) {
      numberText = numberText.slice(0, trail.index);
      scaleText = trail[0];
      scale = trail[0] === '万亿' ? 1e12 : trail[0] === '亿' ? 1e8 : 1e4;
    } else if (trail && trail.index === 0) {
      numberText = '';
      scaleText = trail[0];
      scale = trail[0] === '万亿' ? 1e12 : trail[0] === '亿' ? 1e8 : 1e4;
    }
  }
  let approx: Approximation | undefined;
  if (/^[余多]/.test(text.charAt(at)) && !chinese) {
    approx = 'over';
    at++;
  }
  if (scale === 1) {
    const s = readScale(text, at);
    if (s) {
      scaleText = s[0];
      scale = s[1];
      at += s[0].length;
    }
  }
  if (!approx && /^[余多]/.test(text.charAt(at))) {
    approx = 'over';
    at++;
  }
  let kind: FigureKind = 'amount';
  let unit = '';
  /** The points a list's first figure shares with its last (0.8个和0.2个百分点). */
  let pointsOf = '个百分点';
  // (婴儿死亡率下降0.12个千分点: points of a rate per thousand, never to be read as percentage points.)
  if (text.startsWith('个百分点', at) || text.startsWith('个千分点', at)) {
    kind = 'points';
    unit = text.slice(at, at + 4);
  } else if (text.charAt(at) === '%') {
    kind = 'percent';
    unit = '%';
  } else {
    unit = readUnit(text, at) ?? LATIN_UNIT.exec(text.slice(at, at + 4))?.[0] ?? '';
    // (去化周期14.2个月: a span in months with a decimal is a figure; 前7个月 is a period.)
    if (!unit && !chinese && scale === 1 && numberText.includes('.') && text.startsWith('个月', at)) unit = '个月';
    // 分别高于全国、全省0.8个和0.2个百分点: the first of a list shares the last one's 百分点.
    const list = unit === '个' && scale === 1 ? POINTS_LIST_AFTER.exec(text.slice(at + 1, at + 16)) : null;
    if (list) {
      kind = 'points';
      pointsOf = `个${list[1] ?? list[2]}分点`;
    }
  }
  if (!unit && scale === 1) return undefined;
  // 5岁以下儿童死亡率, 65岁及以上人口: an age class names the indicator; it is no figure.
  if (unit === '岁' && AGE_CLASS_AFTER.test(text.slice(at + 1, at + 6))) return undefined;
  if (afterAcronym && scale === 1 && kind !== 'percent') return undefined;
  // 在15个副省级城市中居第3位: the size of the field a rank is in, not a reported figure.
  // (从增速看，16个州（市）中有…: at a clause's start, a field too.)
  // (在长三角9个万亿城市中: a place may name the field before its size.)
  if (unit === '个' && scale === 1 && (/(在[\u4e00-\u9fff]{0,6}|于|全国|全省|全市|全区|全县|居|列|各)$/.test(text.slice(Math.max(0, start - 8), start)) || (/(^|[，,：:；;。])$/.test(text.slice(Math.max(0, start - 1), start)) && /^个[^，,。；;]{1,8}?中/.test(text.slice(at, at + 12)))) && /^[^，,。；;]{1,16}?(中|看|首位|榜首|第[0-9一二三四五六七八九十]|前[0-9一二两三四五六七八九十])/.test(text.slice(at + 1, at + 18))) return undefined;
  if (kind !== 'amount' && scale !== 1) return undefined;
  let value: number;
  let decimals = 0;
  if (chinese) {
    if (numberText === '') value = 1;
    else if (belowYi) {
      value = parseChineseInteger(numberText) / 1e8;
      const below = parseChineseInteger(numberText.slice(numberText.lastIndexOf('亿') + 1)) / 1e8;
      decimals = (below.toFixed(8).replace(/0+$/, '').split('.')[1] ?? '').length;
    } else {
      const parsed = parseChineseNumber(numberText);
      value = parsed.value;
      decimals = parsed.decimals;
    }
    // A lone Chinese digit with a plain unit (一家, 三个) reads as a word, not a reported figure; a
    // multiple after a verb of growth (增长一倍, 是上年的两倍) is one.
    if (numberText.length === 1 && scale === 1 && kind === 'amount' && !(unit === '倍' && MULTIPLE_BEFORE.test(text.slice(Math.max(0, start - 3), start)))) return undefined;
    // A bare scale is a figure only as 万亿 (突破万亿) or with a unit (亿元以上), and not as a unit
    // label: （亿元）, 单位：万元, | 亿元 |.
    if (!numberText && !(unit || scaleText === '万亿')) return undefined;
    // 万亿城市, 万亿级产业, 万亿俱乐部: a class of places or industries, not a figure.
    if (!numberText && !unit && /^(城市|级|俱乐部|GDP城市|量级)/.test(text.slice(at, at + 5))) return undefined;
    if (!numberText && /[(（:：|/、]\s*$/.test(text.slice(Math.max(0, start - 4), start))) return undefined;
    // 百亿级企业, 千亿级产业集群: a class of size, not a figure.
    if (/^[十百千]$/.test(numberText) && scale > 1 && !unit && CLASS_AFTER.test(text.slice(at, at + 2))) return undefined;
    // 亿元以上项目, 万元GDP能耗: a bare scale is a class or a unit unless something reaches it
    // (突破千亿元, 迈上万亿台阶).
    if (!numberText && !REACHES.test(text.slice(Math.max(0, start - 4), start))) return undefined;
  } else {
    value = Number(numberText.replace(/,/g, ''));
    decimals = decimalsOf(numberText);
  }
  if (!Number.isFinite(value)) return undefined;
  const end = at + (kind === 'points' && unit === '个' ? 1 : unit.length);
  if (kind === 'points' && unit === '个') unit = pointsOf;
  return {
    start,
    end,
    kind,
    number: value,
    value: value * scale,
    scale,
    unit: kind === 'amount' ? canonicalUnit(unit) : unit,
    decimals,
    chinese,
    approx,
    prefix: '',
    suffix: text.slice(start + num.length, end),
    grouped: numberText.includes(','),
  };
}

/** The notation of a figure, for printing an expected figure the same way. */
export function notationOf(fig: RawFigure, original: string): Notation {
  const fullwidth = /[\uff10-\uff19]/.test(original.slice(fig.start, fig.end));
  const n: Notation = {
    digits: fig.chinese ? 'chinese' : fullwidth ? 'fullwidth' : 'arabic',
    decimals: fig.decimals,
    // Taken from the original so a full-width ％ stays full-width in an expected figure.
    prefix: original.slice(fig.start, fig.start + fig.prefix.length),
    suffix: original.slice(fig.end - fig.suffix.length, fig.end),
    grouped: fig.grouped,
  };
  if (fig.impliedSuffix) n.impliedSuffix = fig.impliedSuffix;
  return n;
}
