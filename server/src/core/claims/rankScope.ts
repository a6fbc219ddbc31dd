// A rank's scope: the field it is ranked in (居宁波各县(市、区)首位 → 宁波各县(市、区)). Scopes are
// compared after normalisation: 宁波各县(市、区) = 宁波各区县(市) = 宁波市各县市区.
import { ancestorsOf, type Lexicon } from '../lexicon/lexicon';
import { PERIOD_AT_START } from './cueWords';

export interface RankPhrase {
  indicator: string;
  scope?: string;
  cue?: string;
}

const SCOPE_WORD_AT_END = /(全国|全省|全市|全区|全球|全世界|长三角|在[^,，]{2,20}?中)$/;

const globals = new Map<RegExp, RegExp>();
function globalVersion(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, 'g');
    globals.set(re, g);
  }
  return g;
}

/** Splits the words before a rank into its indicator and its scope. */
export function scopeBefore(left: string, cue: RegExp): RankPhrase {
  const global = globalVersion(cue);
  global.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  let previous: RegExpExecArray | undefined;
  for (let m = global.exec(left); m; m = global.exec(left)) {
    previous = last;
    last = m;
  }
  let indicator = left;
  let scope: string | undefined;
  if (last) {
    indicator = left.slice(0, last.index);
    scope = left.slice(last.index + last[0].length).replace(/^(于|在|到|至)/, '').replace(/由$/, '').replace(/(的|中|内|之)$/, '') || undefined;
    // (增速在全省的位次由上半年的第4位前移至第3位: the period a course of ranks starts from is no field; the
    // field stands before the cue.)
    const from = scope ? /^由(.+?)的?$/.exec(scope) : null;
    if (from && PERIOD_AT_START.exec(from[1])?.[0] === from[1]) {
      scope = undefined;
      indicator = indicator.replace(/的$/, '');
    }
  }
  // 增速领跑各区、排名第一: the field stands after the cue before.
  if (last && previous && !scope) {
    const field = left.slice(previous.index + previous[0].length, last.index).replace(/[、，,]$/, '');
    if (/^[\u4e00-\u9fff()（）、]{2,16}$/.test(field)) {
      scope = field;
      indicator = left.slice(0, previous.index);
    }
  }
  // 由全国城市第12位提升到第9位: the scope stands between 由 and the first rank.
  const from = /由([^由]{2,20})$/.exec(indicator);
  if (from && !scope) {
    scope = from[1];
    indicator = indicator.slice(0, from.index);
  }
  // 在国家中心城市中: the last 中 closes the field (a name may hold one).
  const inPhrase = /在([^,，]{2,30})中/.exec(indicator);
  if (inPhrase) {
    scope ??= inPhrase[1];
    indicator = indicator.slice(0, inPhrase.index) + indicator.slice(inPhrase.index + inPhrase[0].length);
  }
  // 增速在中心城区排名第二: a field after 在 runs up to the rank's cue.
  const atField = scope ? null : /在([^在,，；;]{2,20})$/.exec(indicator);
  if (atField) {
    // (总量在全省仍排名第三: how it stands, 仍 or 依然, is no part of the field.)
    scope = atField[1].replace(/(?:仍然|依然|依旧|继续|始终|一直|仍|还|也|均|都|仅仅|仅|只|则|才|已经|已)$/, '');
    indicator = indicator.slice(0, atField.index);
  }
  const tail = SCOPE_WORD_AT_END.exec(indicator.replace(/(排名|的位次|位次|中的)$/, ''));
  if (tail) {
    scope ??= tail[1].replace(/^在|中$/g, '');
    indicator = indicator.slice(0, tail.index);
  }
  // (都 as an adverb, not the end of 成都, 首都.)
  indicator = indicator.replace(/(同样|也|亦|均|(?<![成首京古旧故帝宜江花丰建定迁大])都|分别|则|仍|还)$/, '').replace(/(由)$/, '').replace(/(排名|的位次|位次|综合排名|成绩|排位)$/, '');
  // 全国工业百强县排名第3位: the words before the cue name the list itself.
  // (晋江市在全国工业百强县排名: the list starts at 在/全国, what stands before is the subject.)
  if (!scope && RANKING_LIST.test(indicator)) {
    const at = Math.max(0, indicator.search(/(在|全国|全省|中国)[^在]*$/));
    scope = indicator.slice(at).replace(/^在/, '');
    indicator = indicator.slice(0, at);
  }
  return { indicator, scope, cue: last?.[0] };
}

/** Publishers of ranking lists whose lists differ (赛迪百强县 is not 中郡's). */
const LIST_PUBLISHER = /赛迪|中郡|福布斯|胡润|社科院|工信部/;
/** 国庆假期全国热门旅游目的地 = 国庆全国热门旅游目的地: the holiday a list is of is its period, not its field. */
const HOLIDAY_OF_LIST = /^(?:春节|元旦|清明|五一|劳动节|端午|中秋|国庆|十一)节?(?:假期|长假|黄金周|小长假|假日|期间)?/;
/** The name of a list of strongest places without its qualifiers (工业百强县 keeps what it ranks in). */
const LIST_CORE = /(?:工业|农业|旅游|科技创新|科技|绿色发展|绿色|投资潜力|营商环境|消费)?(?:百强|[0-9一二三四五六七八九十百千]+强)[县市区镇]?/;
/** Joins a list's field and its publisher in a normalised scope (百强县@赛迪). */
export const PUBLISHED_BY = '@';

/** The name of a published ranking list (全国工业百强县, 赛迪百强区, 中国县域经济百强榜). */
const RANKING_LIST = /(百强|[0-9一二三四五六七八九十百]+强)[县市区镇]?(榜单|榜)?$/;

/** Lists of places ranked by their overall strength (百强县, 综合竞争力百强区): what they rank is no figure of the text. */
export const OVERALL_RANKING = /百强|强县|强市|强区|综合实力|综合竞争力|综合评价|综合排名/;

/** What such a list ranks. */
export const OVERALL_STRENGTH = '综合实力';
/** What a published list that names no measure (热门旅游目的地榜单) ranks by: its own position. */
export const LIST_POSITION = '榜单位次';

/** A ministry or commission that publishes a ranking, before its field. */
const MINISTRY = /^(?:国务院|国家发展改革委|国家发改委|国家统计局|科技部|科学技术部|工信部|工业和信息化部|商务部|财政部|农业农村部|生态环境部|住建部|住房城乡建设部|住房和城乡建设部|交通运输部|文旅部|文化和旅游部|教育部|人社部|民政部|水利部)(?=[\u4e00-\u9fff]{4})/;

/** 有完整气象记录以来, 1953年以来历史同期, 历史: a record over the years, however its start is said. */
const HISTORY_FIELD = /^(?:(?:19|20)[0-9]{2}年)?(?:有|自)?(?:完整|连续)?的?(?:气象|水文)?(?:观测|监测)?(?:记录|资料)?(?:以来)?的?(?:历史)?(?:同期)?(?:上)?$/;
const HISTORY = '历史';

/** 宁波各县(市、区) → 宁波|县区市; 全国重点城市 → 全国|重点城市; 有完整气象记录以来 → 历史. */
export function normaliseScope(scope: string, lexicon: Lexicon): string {
  // (从全省位次看，…排在第二: 全省位次 = 全省, the ranking of a field is the field.)
  let s = scope.replace(/[()（）、\s]/g, '').replace(/^(在|于)/, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:位次|排名|排位|名次)$/, '').replace(/(中|内|范围内|之中|的)$/, '').replace(/(?<=[\u4e00-\u9fff]{4})(?:结果|情况)$/, '');
  if (s && HISTORY_FIELD.test(s) && /历史|以来|记录|资料/.test(s)) return HISTORY;
  // 赛迪顾问发布的2024全国百强县 = 全国百强县: who published the list and in what year is not its field,
  // but lists by two publishers (赛迪, 中郡) rank differently: a publisher the text names tags the field.
  const publisher = LIST_PUBLISHER.exec(s)?.[0];
  // (科技部国家高新区综合评价 = 国家高新区综合评价: the ministry that ranks is no part of the field.)
  s = s.replace(/^[^|]{0,16}?(?:发布|公布|评选|推出|组织|开展|举办)的/, '').replace(/^[^|]{2,10}?(?:研究所|研究院|顾问|研究中心)的?/, '').replace(MINISTRY, '').replace(/^(?:19|20)[0-9]{2}年?度?/, '').replace(HOLIDAY_OF_LIST, '');
  const region = lexicon.findRegions(s)[0];
  let head = '';
  if (region && region.start === 0) {
    head = region.self ? region.name : lexicon.canonicalRegion(region.name) ?? region.name;
    s = s.slice(region.end);
  }
  // 15个副省级城市 = 副省级城市: how many are in the field does not change the field.
  // 青岛所辖县级市 = 青岛县级市.
  s = s.replace(/^(市|省)(?!会)/, '').replace(/^(所辖|下辖)/, '').replace(/^各/, '').replace(/地区$/, '').replace(/^[0-9一二三四五六七八九十百]+(?:个|(?=[县市区州盟]))/, '');
  // 长三角9个GDP万亿元城市 = 长三角万亿城市: the count and the measure of a class of cities are not the field.
  s = s.replace(/[0-9一二三四五六七八九十百]+个/g, '').replace(/^(?:GDP|经济总量|地区生产总值)(?=.)/, '').replace(/(?<=.)(?:GDP|经济总量)(?=万亿|千亿)/, '').replace(/(万亿|千亿)元(?=城市|县)/, '$1');
  // 在全省21个市（州）年度评估中: the places assessed are the field, not the assessment.
  s = s.replace(/^([县市区州盟]+)(?:年度|季度)?(?:评估|考核|评价|测评|监测)$/, '$1');
  // 设区市, 地级市, 省辖市: a province's cities, 市 as 全省各市 writes them.
  s = s.replace(/^(?:设区|地级|省辖|地)市$/, '市');
  // 县市区 in any order and with any of 各/(/) is one scope; 省份 = 省区市 = 省市区, the provinces.
  const admin = /^[县市区]+$/.test(s) ? [...s].sort().join('') : /^(?:省份|省区市|省市区|省区|省市)$/.test(s) ? PROVINCES_FIELD : s;
  // 全国百强县 = 百强县, 全国15个副省级城市 = 副省级城市: a field of the country's places is national anyway.
  const field = head === '全国' && admin ? admin : head ? `${head}|${admin}` : admin;
  if (!OVERALL_RANKING.test(field)) return field;
  // 县域经济基本竞争力百强县, 赛迪百强县 = 百强县; 工业百强县 is another list.
  const list = LIST_CORE.exec(field)?.[0] ?? field;
  return publisher ? `${list}${PUBLISHED_BY}${publisher}` : list;
}

/** The field of a normalised scope of parts of a place (区县, 县市区, 县级市), whatever its head. */
const PARTS_FIELD = /^(?:[^|]*\|)?([县市区]+|县级市|城区|区县市|县域|辖区)$/;

/** A rank's field that is a whole and nothing more (居全市首位, 居全省第三). */
const BARE_WHOLE = /^(?:全|本)(市|州|盟|省)\|$/;

/**
 * 双城区…居全市首位, 烟台…居全省第三: a place first in the whole it is part of is first among that
 * whole's parts (ANY_PARTS); other scopes as they are.
 */
export function withPartsOfBareWhole(scope: string, region: string | undefined, lexicon: Lexicon): string {
  // 海南出口增速居全国第二: a province in the whole country is among the provinces.
  if (scope === NATION_FIELD && region && region !== '全国' && lexicon.canonicalRegion(region) === region && !lexicon.parentRegion(region)) return PROVINCES_FIELD;
  const kind = BARE_WHOLE.exec(scope)?.[1];
  if (!kind || !region) return scope;
  // (A county in 全省 is among the province's counties; a city among its cities.)
  const city = cityOfPlace(region, lexicon);
  const part = kind === '省'
    ? (/[市州盟]$|地区$/.test(region) && /(省|自治区)$/.test(lexicon.parentRegion(region) ?? '')) || (city !== undefined && city !== region && /(省|自治区)$/.test(lexicon.parentRegion(city) ?? ''))
    : city !== undefined && city !== region;
  return part ? scope + ANY_PARTS : scope;
}

/** The whole of a kind a place lies in (全省 for 烟台市 → 山东省), or undefined. */
export function wholeOfKind(self: string, region: string | undefined, lexicon: Lexicon): string | undefined {
  const kind = /^(?:全|本)([省市区县])$/.exec(self)?.[1];
  if (!kind || !region) return undefined;
  return ancestorsOf(region, lexicon).find((up) => up.endsWith(kind) || (kind === '省' && up.endsWith('自治区')));
}

/** 全国 as a rank's field (normaliseScope's key). */
export const NATION_FIELD = '全国|';
/** The provinces (省份, 省区市, 省市区 as written). */
export const PROVINCES_FIELD = '省区市';

/** The field of a place's parts when the text does not say which (双城区…居全市首位): any of its fields of parts. */
export const ANY_PARTS = '辖区';

/** Whether a normalised field (after the |) is one of a place's parts (区县, 县区市, 县级市 …). */
export function isPartsField(field: string): boolean {
  return PARTS_FIELD.test(field);
}

/**
 * A field of parts anchored to the place whose parts they are: 各区县 for a district of 济南 and 全市各区县
 * in a report on 济南 are both 济南市|区县. `head` gives the place a head (undefined: none, or a self
 * reference as written) stands for; other scopes are returned as they are.
 */
export function anchorPartsScope(scope: string, head: (written: string | undefined, field: string) => string | undefined): string {
  const parts = PARTS_FIELD.exec(scope);
  if (!parts) return scope;
  const bar = scope.indexOf('|');
  const written = bar >= 0 ? scope.slice(0, bar) : undefined;
  // 县域 alone is the counties of a province, not of the ranked place's city.
  if (!written && parts[1] === '县域') return scope;
  const place = head(written, parts[1]);
  return place ? `${place}|${parts[1]}` : scope;
}

/** Whose parts a place is ranked among when the text names no whole: its city's (余姚市 → 宁波市), or, a
 * city among the cities (南昌市…在11个设区市中居第4位), its province's. */
export function ownerOfParts(place: string | undefined, field: string, lexicon: Lexicon): string | undefined {
  const city = cityOfPlace(place, lexicon);
  const province = field === '市' && city !== undefined && city === place ? lexicon.parentRegion(city) : undefined;
  return province && /(省|自治区)$/.test(province) ? province : city;
}

/** The city a place belongs to, or the place itself when it is a city (章丘区 → 济南市, 余姚市 → 宁波市, 宁波市). */
export function cityOfPlace(place: string | undefined, lexicon: Lexicon): string | undefined {
  if (!place || !/[市州盟区县旗]$/.test(place)) return undefined;
  const parent = lexicon.parentRegion(place);
  // A city's parent is its province: the city is the owner.
  if (!parent || /(省|自治区)$/.test(parent)) return /[市州盟]$/.test(place) ? place : undefined;
  return parent;
}
