// The lexicon: indicator aliases and region names, shipped and extended by configuration.
import { COMPOUND_QUALIFIERS, INDICATORS, NEIGHBOUR_INDICATORS, PREFIX_ALIASES } from './indicatorLexicon';
import { chinaDivisions, parentsOfSharedName } from './chinaDivisions';
import { LISTED_ONLY_FORMS, REGION_PARENTS, REGIONS, SELF_REFERENCES } from './regionLexicon';
import { countyStem, localShortForms } from './localShortForms';

export interface LexiconAdditions {
  /** Canonical indicator name → aliases. */
  indicators?: Record<string, string[]>;
  /** Canonical region name → short forms. */
  regions?: Record<string, string[]>;
}

export interface RegionMention {
  start: number;
  end: number;
  /** Canonical name; for a self reference (全市) the word itself. */
  name: string;
  /** 全市/该镇: stands for the region the text is about. */
  self: boolean;
}

export interface Lexicon {
  readonly additions: LexiconAdditions;
  /** Canonical name for a normalised indicator phrase, or the phrase itself when unknown. */
  canonicalIndicator(phrase: string): { name: string; known: boolean };
  /** Canonical name and aliases of an indicator (for hover), or undefined when unknown. */
  describeIndicator(name: string): { name: string; aliases: string[] } | undefined;
  /** Expands prefix abbreviations (规上 → 规模以上) everywhere in a phrase. */
  expandAbbreviations(phrase: string): string;
  /** Region mentions in a text, longest match first, left to right. */
  findRegions(text: string): RegionMention[];
  /** The region word (listed, or a town/street by its pattern) starting exactly at `at`, if any. */
  regionAt(text: string, at: number): RegionMention | undefined;
  /** Canonical region for a name or short form. */
  canonicalRegion(name: string): string | undefined;
  /** The region a canonical region belongs to (海曙区 → 宁波市), where that is unambiguous. */
  parentRegion(name: string): string | undefined;
  /** The parents a name shared by several divisions may have (南山区 → 深圳市, 鹤岗市); none otherwise. */
  possibleParents(name: string): readonly string[];
  /**
   * The one district or county of the country whose name is `stem` plus its suffix (栾川 → 栾川县), or
   * undefined when none or several are: for a heading that names a place by its stem alone.
   */
  countyByStem(stem: string): string | undefined;
  /**
   * Canonical indicators the words before a figure of `name` may also have meant: 财政总收入 for a figure
   * of 一般公共预算收入 written as 财政收入 (the last indicator word in `written`); none otherwise.
   */
  neighbours(name: string, written: string): readonly string[];
  /** 城乡 → [城镇, 农村] */
  compoundQualifiers: Record<string, string[]>;
  /** Every indicator surface form (canonical and aliases), longest first: for highlighting. */
  indicatorForms: string[];
  /**
   * This lexicon, reading also the short forms of `place`'s own districts and counties (江夏 = 江夏区 in
   * a report on 武汉市). Nationwide such stems repeat or are words; inside one city they name one place.
   * Cached per place; the lexicon itself when the place has none to add.
   */
  localTo(place: string | undefined): Lexicon;
}

// Sub-county places are too many to list: a two-character name before 街道/镇/乡 is taken as one,
// unless the name is a common word (城镇, 乡镇, 小镇 …).
// (其中乡村市场: 乡村 is the countryside, not a township 其中乡; 山区乡镇 are the towns of the hills, no 山区乡.)
const PLACE_PATTERN = /[\u4e00-\u9fff]{2}(?:街道|镇|乡(?!村|镇))(?![\u4e00-\u9fff]{0,1}(?:域|化|政))/g;
/** At a known start a name may have three characters (内官营镇, 鲁家沟镇). */
const PLACE_AT = /[\u4e00-\u9fff]{2,3}?(?:街道|镇|乡(?!村|镇))(?![\u4e00-\u9fff]{0,1}(?:域|化|政))/y;
/** What may stand just before a town's name: a three-character name follows a list joint or punctuation. */
const NAME_BOUNDARY = /[、，,；;：:。\s（(“"]/;
/** Words that stand before a place, not in its name (在泗门镇, 对泗门镇): no three-character name begins so. */
const BEFORE_PLACE = /^[在对从到赴于向与和及是由为把将被据以全该本各每其这那]/;
/** Words and word ends that are no town's name (工业强镇, 人口大镇: a town by what it is strong or big in, no town of that name.) */
const NOT_PLACE_NAMES = /^(城|乡|小|集|村|重|各|全|该|本|每|特|名|新(?=[增建设成立型开批划撤任])|两|三|四|五|六|美|丽|示|范|样|板|其)|(城|乡|小|集|村|重|各|全|该|本|每|特|名|古|强|大|的|个|和|等|与|及|在|两|三|四|五|六|七|八|九|十)$/;
/** Verbs and quantifiers that end the words before a kind of place (已建成街道养老服务中心226个). */
const WORD_BEFORE_KIND = /(?:建成|完成|形成|创建|建设|打造|培育|设立|成立|覆盖|实现|所有|全部|部分)$/;
/** A town or street as written (泗门镇, 内官营镇): a name, not a word of the sentence, before its kind. */
function isTownName(written: string): boolean {
  const name = written.replace(/(?:街道|镇|乡)$/, '');
  return !NOT_PLACE_NAMES.test(name) && !WORD_BEFORE_KIND.test(name) && !(name.length > 2 && BEFORE_PLACE.test(name));
}

/** Words that end in 乡 and name no township: 家乡, 返乡, 下乡, 鱼米之乡, 侨乡, 故乡, 老乡. */
const WORD_IN_XIANG = /[家返下之侨故老回还异他梦思离同]乡$/;
/** 山乡 and 水乡 (山乡巨变, 江南水乡) are words too, but 青山乡 is a township where its name starts a word. */
const LANDSCAPE_XIANG = /[山水]乡$/;
/** The kinds of place that end the name before a township's (威宁县青山乡). */
const ADMIN_END = /[县市区旗州]/;
/** Whether a township found at `start` is rather a word ending in 乡. */
function isXiangWord(text: string, start: number, written: string): boolean {
  if (WORD_IN_XIANG.test(written)) return true;
  const before = text.charAt(start - 1);
  return LANDSCAPE_XIANG.test(written) && /[\u4e00-\u9fff]/.test(before) && !ADMIN_END.test(before);
}

/** 巉口、鲁家沟两镇: towns listed by their names alone, then counted with the kind they share. */
const COUNTED_TOWN_AT = /([\u4e00-\u9fff]{2,3}?)(?=(?:(?:、|和|与)[\u4e00-\u9fff]{2,3})*[两二三四五六七八九十]个?(镇|乡|街道))/y;
const COUNTED_TOWNS = /(?<=^|[、，,；;：:。\s（(“"])((?:[\u4e00-\u9fff]{2,3}(?:、|和|与))+[\u4e00-\u9fff]{2,3}?)[两二三四五六七八九十]个?(镇|乡|街道)/g;

function addCountedTowns(text: string, found: RegionMention[]): void {
  COUNTED_TOWNS.lastIndex = 0;
  for (let m = COUNTED_TOWNS.exec(text); m; m = COUNTED_TOWNS.exec(text)) {
    let at = m.index;
    const items: RegionMention[] = [];
    for (const written of m[1].split(/[、和与]/)) {
      // (在巉口、鲁家沟两镇: the word before the first name is no part of it.)
      const skip = written.length > 2 && BEFORE_PLACE.test(written) ? 1 : 0;
      const item = written.slice(skip);
      if (!NOT_PLACE_NAMES.test(item)) items.push({ start: at + skip, end: at + written.length, name: `${item}${m[2]}`, self: false });
      at += written.length + 1;
    }
    if (items.length < 2) continue;
    const end = m.index + m[0].length;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].start < end && m.index < found[i].end) found.splice(i, 1);
    found.push(...items);
  }
}

const SHI = '市'.charCodeAt(0);
const QU = '区'.charCodeAt(0);
const XIAN = '县'.charCodeAt(0);
/** 市场 (market), 区域/县域 (area), 县城 (county town), 市级/区级/县级 (level): the name's last
 * character begins another word, so the shorter form (宁波市场 → 宁波) or none is read. */
/** What follows 日照 when it is sunshine. */
const SUNSHINE_NEXT = /[时充偏强不少多]/;

/** A short form (no 市, 县 …) whose first character is also a joint or preposition: 和龙, 同江, 与… . */
const JOINT_FIRST = /^[和与及同跟][\u4e00-\u9fff]$/;

function continuesAsWord(form: string, next: number): boolean {
  // (日照时数, 日照充足: sunshine, in a 日照市 report too.)
  if (form === '日照') return SUNSHINE_NEXT.test(String.fromCharCode(next));
  const last = form.charCodeAt(form.length - 1);
  if (last !== SHI && last !== QU && last !== XIAN) return false;
  const n = String.fromCharCode(next);
  if (n === '级') return true;
  if (last === SHI) return n === '场';
  return n === '域' || (last === XIAN && n === '城');
}

// Development zones (天府新区, 前海合作区, 成都高新区, 苏州工业园区) are too many to list: a zone word
// after a listed place, or after a two-character name that starts a clause, is read as one zone.
const ZONE_WORD = /特别合作区|合作区|高新区|高新技术产业开发区|经开区|经济技术开发区|经济开发区|自贸区|自由贸易试验区|综合保税区|保税区|工业园区|旅游度假区|度假区|新区|开发区|片区|功能区|世纪城|科学城|科技城|商务区/;
const ZONE_WORD_AT_END = new RegExp(`(?:${ZONE_WORD.source})$`);
/** A zone's name without its kind (宜昌片区 → 宜昌). */
export function zoneStem(name: string): string {
  return name.replace(ZONE_WORD_AT_END, '');
}
/** One zone by its full or short kind (昆山经济技术开发区 = 昆山开发区 = 昆山经开区, 山海天旅游度假区 = 山海天度假区). */
export function zoneName(name: string): string {
  return name.replace(/高新技术产业开发区$/, '高新区').replace(/(?:经济技术开发区|经济开发区|开发区)$/, '经开区').replace(/自由贸易试验区$/, '自贸区').replace(/旅游度假区$/, '度假区');
}
// A zone's own name is two to four characters (天府新区, 西海岸新区, 舟山群岛新区), read lazily from the left.
const ZONE_PATTERN = new RegExp(`([\u4e00-\u9fff]{2,5}?)?(?:${ZONE_WORD.source})`, 'g');
const ZONE_WORD_AT = new RegExp(ZONE_WORD.source, 'y');
const ZONE_AT = new RegExp(`([\u4e00-\u9fff]{2,5}?)(?:${ZONE_WORD.source})`, 'y');
const NOT_ZONE_NAMES = /^(有关|相关|主体|全年|今年|去年|上年|当年|本年|同期|年末|年底|目前|当前|累计|现有|全部|所有|各个|国家|国家级|省级|市级|重点|综合|各类|建设|打造|城市|规划|开发|发展|产业|全市|全区|全省|示范|特色|现代|智慧|科技|经济|高新|新兴|先进|功能|核心|创新|开放|推动|加快|推进|依托|围绕|支持|两个|多个|一个|沪浙)$/;

/** Not a zone's own name: a word of report writing (推动高新区, 加快建设新区). */
const NOT_ZONE_WORDS = new RegExp(NOT_ZONE_NAMES.source.replace(/^\^|\$$/g, ''));
/** 占高新区, 在开发区, 对保税区: a preposition or verb before a bare zone word is none of its name. */
const NOT_ZONE_START = /^[占在对于从与及比较向到至各该为是将把被由]/;
function notZoneName(name: string): boolean {
  // (A park's name is made of such words: 创新产业园片区, 科技园片区.)
  // (上半年片区, 一季度片区, 1-6月片区: a period before a zone word is when, not its name.)
  return NOT_ZONE_NAMES.test(name) || NOT_ZONE_START.test(name) || /(?:年|月|季度|季)$/.test(name) || (name.length > 2 && !name.endsWith('园') && NOT_ZONE_WORDS.test(name));
}

function addZones(text: string, found: RegionMention[]): void {
  ZONE_PATTERN.lastIndex = 0;
  for (let m = ZONE_PATTERN.exec(text); m; m = ZONE_PATTERN.exec(text)) {
    let start = m.index;
    const end = start + m[0].length;
    const nameEnd = start + (m[1]?.length ?? 0);
    // (其中西海岸新区: the match took 中 of 其中 into the zone's name.)
    if (m[1] && m[1].length > 3 && text.charAt(start) === '中' && text.charAt(start - 1) === '其') start++;
    else if (m[1] && m[1].length > 4 && text.startsWith('其中', start)) start += 2;
    // 雄安新区 read in 河北 (安新 a county's short form): a short form that runs into the zone word is no place.
    for (let i = found.length - 1; i >= 0; i--) if (!found[i].self && found[i].start < nameEnd && found[i].end > nameEnd && found[i].end < end) found.splice(i, 1);
    // A listed place that ends where the zone word begins is the zone's city (成都高新区, 成都市高新区).
    const place = found.find((r) => !r.self && r.end === nameEnd && r.start < nameEnd);
    // Else the zone's own name: after a listed place at its head (成都东部新区), after one just before
    // it, or starting a clause (天府新区, 西海岸新区).
    // (台州湾新区, 杭州湾新区: a place and 湾 name a bay, and the zone is the bay's, all of it its name.)
    const bay = place ? undefined : found.find((r) => !r.self && r.start === start && r.end === nameEnd - 1 && text.charAt(r.end) === '湾');
    const head = place || bay ? undefined : found.find((r) => !r.self && r.start <= start && r.end > start && r.end < nameEnd - 1);
    const ownStart = head ? head.end : start;
    const ownName = text.slice(ownStart, nameEnd);
    const own = !place && ownName.length >= 2 && !notZoneName(ownName) && !ownName.startsWith('其中') && !found.some((r) => r !== head && r !== bay && r.start < nameEnd && ownStart < r.end) ? ownName : undefined;
    const placeBefore = own && !head ? found.find((r) => !r.self && r.end === start) : undefined;
    if (place) start = place.start;
    else if (own && head) start = head.start;
    else if (own && placeBefore) start = placeBefore.start;
    else if (!own || (/[\u4e00-\u9fff]/.test(text.charAt(start - 1)) && !text.startsWith('其中', start - 2))) continue;
    // A listed name (浦东新区) is already found; a zone never cuts through one.
    if (found.some((r) => r.start < end && start < r.end && (r.start < start || r.end > end || (r.start === start && r.end === end)))) continue;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].start >= start && found[i].end <= end) found.splice(i, 1);
    const name = zoneName(text.slice(start, end).replace(/市(?=[^市]+$)/, ''));
    found.push({ start, end, name, self: false });
  }
}

/** The divisions a place lies in, nearest first, up to three levels (a county's province is two up). */
export function ancestorsOf(place: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (let up = lexicon.parentRegion(place); up && out.length < 3; up = lexicon.parentRegion(up)) out.push(up);
  return out;
}

/** 哈尔滨新区, 大连金普新区: a region name that ends in a zone word (a listed 高新技术产业开发区 too). */
const ZONE_NAME = new RegExp(`(?:${ZONE_WORD.source}|开发区)$`);
export function isZoneName(name: string): boolean {
  return ZONE_NAME.test(name);
}

const NO_NEIGHBOURS: readonly string[] = [];

/** 的 between two Chinese characters. */
const JOINING_DE = /(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])/g;
function withoutJoiningDe(phrase: string): string {
  return phrase.replace(JOINING_DE, '');
}

/** What was bought, raised or brought in, named before its act: 烟叶收购量, 科普经费筹集额, 人才引进.
 * (销售 has its own rule: 商品销售额 is a known name, not 销售商品.) */
const DONE_TO_FIRST = /^([\u4e00-\u9fff]{2,8}?)(收购|筹集|募集|采购|回收|引进|征收)(?:总量|量|总额|金额|额)?$/;

/** How an indicator's form is looked up: 的 between words and the case of Latin letters (gdp) left out. */
function formKey(form: string): string {
  return (form.includes('的') ? withoutJoiningDe(form) : form).toUpperCase();
}

export function createLexicon(additions: LexiconAdditions = {}): Lexicon {
  const indicatorTable: Record<string, string[]> = { ...INDICATORS };
  for (const [name, aliases] of Object.entries(additions.indicators ?? {})) {
    indicatorTable[name] = [...(indicatorTable[name] ?? []), ...aliases];
  }
  const regionTable: Record<string, string[]> = { ...REGIONS };
  for (const [name, forms] of Object.entries(additions.regions ?? {})) {
    regionTable[name] = [...(regionTable[name] ?? []), ...forms];
  }

  const abbreviations = PREFIX_ALIASES.map(([short, long, notAfter]) => ({ short, long, guarded: notAfter ? new RegExp(`(?<![${notAfter}])${short}`, 'g') : undefined }));
  const expandAbbreviations = (phrase: string): string => {
    let out = phrase;
    for (const { short, long, guarded } of abbreviations) {
      if (out.includes(short)) out = guarded ? out.replace(guarded, long) : out.split(short).join(long);
    }
    return out;
  };

  const indicatorByForm = new Map<string, string>();
  for (const [name, aliases] of Object.entries(indicatorTable)) {
    for (const form of [name, ...aliases]) indicatorByForm.set(formKey(expandAbbreviations(form)), name);
  }
  const indicatorForms = [...new Set(Object.entries(indicatorTable).flatMap(([n, a]) => [n, ...a]))]
    .filter((f) => f.length >= 2)
    .sort((a, b) => b.length - a.length);

  const regionByForm = new Map<string, string>();
  for (const [name, forms] of Object.entries(regionTable)) {
    regionByForm.set(name, name);
    for (const f of forms) if (!regionByForm.has(f)) regionByForm.set(f, name);
  }
  const regions = regionReader(regionByForm);

  const base: Lexicon = {
    additions,
    compoundQualifiers: COMPOUND_QUALIFIERS,
    indicatorForms,
    expandAbbreviations,
    canonicalIndicator(phrase) {
      // 小麦总产 = 小麦总产量 = 小麦产量, 夏粮播种 = 夏粮播种面积: a farm report's short words for output and area.
      const expanded = expandAbbreviations(phrase);
      const last = expanded.charCodeAt(expanded.length - 1);
      // (Most names end otherwise: the two rewrites are tried only on 产/量/种.)
      const farmWritten = last === 0x4ea7 || last === 0x91cf || last === 0x79cd ? expanded.replace(/(?<=[\u4e00-\u9fff])总产量?$/, '产量').replace(/(?<=[\u4e00-\u9fff])播种$/, '播种面积') : expanded;
      // 80岁及以上高龄老人 = 高龄老人: 高龄 says the age class itself.
      const aged = farmWritten.includes('岁及以上高龄') ? farmWritten.replace(/^[0-9]+岁及以上(?=高龄)/, '') : farmWritten;
      // 本科及以上学历的比例 = 本科及以上学历比例, 经常参加体育锻炼的人口 = 经常参加体育锻炼人口: 的 between
      // the words of a name joins them, it names nothing (the lexicon's forms are looked up without it too).
      // (享受护理补贴的对象 = 享受护理补贴的人数 = 享受护理补贴人数: the people a scheme covers are counted.)
      const counted = aged.endsWith('对象') && aged.length > 3 ? aged.replace(/对象$/, '人数') : aged;
      const written = counted.includes('的') ? withoutJoiningDe(counted) : counted;
      const key = formKey(written);
      // 全社会研发经费投入强度 = 研发经费投入强度: 全社会 (society-wide) is what a known indicator already counts.
      const name = indicatorByForm.get(key) ?? (key.startsWith('全社会') ? indicatorByForm.get(key.slice(3)) : undefined);
      if (name) return { name, known: true };
      // 新增各类经营主体 = 新增经营主体; 实有经营主体 = 经营主体总数 = 经营主体: 各类, 实有 and 总数 add nothing
      // to what is counted (tried after the lexicon's own forms: 实有床位 is a known name).
      if (written.includes('各类') || written.startsWith('实有') || written.endsWith('总数')) {
        const plain = written.replace(/各类(?=[\u4e00-\u9fff]{2})/, '').replace(/^实有(?=[\u4e00-\u9fff]{2})/, '').replace(/(?<=[\u4e00-\u9fff]{2})总数$/, '');
        if (plain !== written) return base.canonicalIndicator(plain);
      }
      // 涉农贷款 = 涉农贷款余额, 专项债务 = 专项债务余额: a kind of loan, deposit or debt is counted by what is outstanding.
      // (发放创业担保贷款 = 创业担保贷款发放: what was lent in the period, not what is outstanding; so is
      // 向异地缴存职工发放贷款.)
      if (written.endsWith('贷款发放')) return { name: `发放${written.slice(0, -2)}`, known: false };
      // 两项补贴资金发放 = 发放两项补贴资金, 低保资金支出 = 支出低保资金: funds named before or after what was done with them.
      const fundsFirst = /^([\u4e00-\u9fff]{2,}?(?:资金|补贴|经费|补助|补助金|救助金))(发放|支出|拨付)$/.exec(written);
      if (fundsFirst) {
        const turned = `${fundsFirst[2]}${fundsFirst[1]}`;
        return { name: indicatorByForm.get(formKey(turned)) ?? turned, known: indicatorByForm.has(formKey(turned)) };
      }
      // (办理住房公积金贷款1.2万笔 = 发放住房公积金贷款: lent, too.)
      if (/^(?:办理|投放)[\u4e00-\u9fff]{2,}贷款$/.test(written)) return { name: `发放${written.slice(2)}`, known: false };
      const outstanding = (last === 0x6b3e || last === 0x52a1) && /^[\u4e00-\u9fff]{2,}(贷款|存款|债务)$/.test(written) && !/新增|发放|办理|投放|化解|偿还|发行|置换|举借|获得|申请/.test(written) ? `${written}余额` : written;
      if (outstanding !== written) {
        const known = indicatorByForm.get(formKey(outstanding));
        return known ? { name: known, known: true } : { name: outstanding, known: false };
      }
      // 烟叶收购量 = 烟叶收购 = 收购烟叶, 科普经费筹集额 = 筹集科普经费, 人才引进 = 引进人才: what was bought,
      // raised or brought in, named before or after the act (its 量 or 额 is the amount of the act).
      const doneTo = DONE_TO_FIRST.exec(written);
      if (doneTo) return base.canonicalIndicator(`${doneTo[2]}${doneTo[1]}`);
      // 销售体育彩票 = 体育彩票销售: what was sold, named before or after the sale.
      const sold = written.startsWith('销售') ? /^销售([\u4e00-\u9fff]{2,8})$/.exec(written)?.[1] : undefined;
      if (sold && !/^(?:额|量|收入|面积|总额|价格|均价)/.test(sold)) return base.canonicalIndicator(`${sold}销售`);
      // 体彩销售 = 体彩销售额: the sales are the amount sold (销售量 counts units and stays apart).
      if (last === 0x552e && written.endsWith('销售')) return base.canonicalIndicator(`${written}额`);
      // 卷烟销售量 = 卷烟销量: the units sold, in a word or two.
      if (last === 0x91cf && written.length > 3 && written.endsWith('销售量')) return base.canonicalIndicator(`${written.slice(0, -3)}销量`);
      // 工资性收入人均(12406元) = 人均工资性收入: a per-head figure named before or after its 人均.
      if (last === 0x5747 && /^[\u4e00-\u9fff]{2,}(?:收入|支出|消费|存款)人均$/.test(written)) return base.canonicalIndicator(`人均${written.slice(0, -2)}`);
      // 规上工业企业利润 = …利润总额, 集团利润 = 集团利润总额: a profit not qualified is the total profit
      // (净利润, 毛利润, 营业利润 are others).
      if (last === 0x6da6 && written.length > 2 && /(?<!净|毛|营业|经营|税后|税前)利润$/.test(written)) return base.canonicalIndicator(`${written}总额`);
      // 电子设备制造业研发经费 = …研发经费支出: a sector's R&D funds are what it spent on R&D.
      if ((last === 0x8d39 || last === 0x5165) && /[\u4e00-\u9fff]{2}(?:研发|R&D)经费(?:投入)?$/.test(written)) return { name: written.replace(/(?:研发|R&D)经费(?:投入)?$/, '研发经费支出'), known: false };
      // 光伏装机容量 = 光伏装机: capacity installed, with or without 容量.
      if (last === 0x91cf && written.length > 4 && written.endsWith('装机容量')) return { name: written.slice(0, -2), known: false };
      // 商品住宅平均销售价格 = 商品住宅销售均价 = 商品住宅均价: an average price however worded.
      if ((last === 0x683c || last === 0x4ef7) && /[\u4e00-\u9fff]{2,}(?:平均销售价格|平均价格|平均售价|销售均价|成交均价)$/.test(written)) {
        return { name: written.replace(/(?:平均销售价格|平均价格|平均售价|销售均价|成交均价)$/, '均价'), known: false };
      }
      // 公积金个人住房贷款市场占有率 = 住房公积金…: the fund by its short name.
      if (written.startsWith('公积金') && written.length > 4) return base.canonicalIndicator(`住房${written}`);
      // 事故死亡人数 = 生产安全事故死亡人数 = 死亡人数: the dead a safety report counts are those of accidents.
      if (last === 0x6570 && ACCIDENT_DEATHS.test(written)) return base.canonicalIndicator('死亡人数');
      // 猪肉价格下降12.4% = a price table's row 猪肉 (-12.4): what a price report measures is the price.
      // (二手住宅销售价格指数同比下降5.9% = 二手住宅价格同比下降5.9%: its price index, or its selling price, is its price.)
      if (last === 0x683c && /^[\u4e00-\u9fff]{2,}价格$/.test(written)) return { name: written.replace(/(?<=[\u4e00-\u9fff]{2})(?:销售)?价格$/, ''), known: false };
      if (last === 0x6570 && /^[\u4e00-\u9fff]{2,}价格指数$/.test(written)) return { name: written.replace(/(?<=[\u4e00-\u9fff]{2})(?:销售)?价格指数$/, ''), known: false };
      return { name: written, known: false };
    },
    describeIndicator(name) {
      const canonical = indicatorByForm.get(formKey(expandAbbreviations(name)));
      if (!canonical) return undefined;
      return { name: canonical, aliases: indicatorTable[canonical] ?? [] };
    },
    neighbours(name, written) {
      const out: string[] = [];
      for (const [a, b, word] of NEIGHBOUR_INDICATORS) {
        if (name !== a && name !== b) continue;
        const at = written.lastIndexOf(word);
        if (at >= 0 && at >= written.lastIndexOf(a) && at >= written.lastIndexOf(b)) out.push(name === a ? b : a);
      }
      return out.length ? out : NO_NEIGHBOURS;
    },
    canonicalRegion: regions.canonicalRegion,
    possibleParents(name) {
      return parentsOfSharedName(name);
    },
    parentRegion(name) {
      return REGION_PARENTS.get(name);
    },
    countyByStem(stem) {
      return countiesByStem().get(stem) ?? undefined;
    },
    regionAt: regions.regionAt,
    findRegions: regions.findRegions,
    localTo(place) {
      if (!place) return base;
      // A district's or county's report reads its city's other parts too (a province's parent is none).
      const parent = REGION_PARENTS.get(place);
      const city = parent && !/(省|自治区)$/.test(parent) ? parent : place;
      let local = locals.get(city);
      if (!local) {
        const extra = localShortForms(city, regionByForm);
        if (!extra.size) local = base;
        else {
          const forms = new Map(regionByForm);
          for (const [form, name] of extra) forms.set(form, name);
          const r = regionReader(forms);
          local = { ...base, canonicalRegion: r.canonicalRegion, regionAt: r.regionAt, findRegions: r.findRegions };
        }
        locals.set(city, local);
      }
      return local;
    },
  };
  const locals = new Map<string, Lexicon>();
  return base;
}

/** Stem → the one county of that stem nationwide (null when several share it), built on first use. */
let countyStems: Map<string, string | null> | undefined;
function countiesByStem(): Map<string, string | null> {
  if (!countyStems) {
    countyStems = new Map();
    for (const d of chinaDivisions()) {
      const stem = d.level === 'county' ? countyStem(d.name) : undefined;
      if (stem) countyStems.set(stem, countyStems.has(stem) ? null : d.name);
    }
  }
  return countyStems;
}

/** What joins the places of a list. */
const LIST_JOINTS = new Set(['、', '和', '与', '及']);

/** 日照、枣庄: a short form that is also a word (LISTED_ONLY_FORMS), joined to a place found, is a place too. */
/** Groups of cities written one character each (苏锡常: 苏州、无锡、常州): a place name that starts inside
 * one (常宁 in 苏锡常宁) is no place. */
const CITY_GROUPS: ReadonlySet<string> = new Set([
  '苏锡常', '锡常泰', '宁镇扬', '长株潭', '京津冀', '杭嘉湖', '杭嘉湖绍', '甬舟', '甬绍舟', '厦漳泉', '福莆宁', '广佛肇', '深莞惠',
  '珠中江', '成德眉资', '郑汴许', '呼包鄂', '沪苏浙皖', '苏浙皖', '江浙沪', '沪苏浙', '长吉图', '哈长', '沈大', '兰白', '乌昌石',
]);

function insideCityGroup(text: string, at: number): boolean {
  for (let from = Math.max(0, at - 3); from < at; from++) {
    for (let end = at + 1; end <= from + 4 && end <= text.length; end++) if (CITY_GROUPS.has(text.slice(from, end))) return true;
  }
  return false;
}

function addListedOnly(text: string, found: RegionMention[]): void {
  for (let k = 0; k < found.length; k++) {
    const r = found[k];
    const jointAfter = LIST_JOINTS.has(text.charAt(r.end)) && LISTED_FIRST.has(text.charCodeAt(r.end + 1));
    const jointBefore = r.start > 1 && LIST_JOINTS.has(text.charAt(r.start - 1));
    if (!jointAfter && !jointBefore) continue;
    for (const [form, name] of LISTED_ONLY_FORMS) {
      const after = r.end + 1;
      if (jointAfter && text.startsWith(form, after) && !continuesAsWord(form, text.charCodeAt(after + form.length)) && !found.some((x) => x.start === after)) {
        found.push({ start: after, end: after + form.length, name, self: false });
      }
      const before = r.start - 1 - form.length;
      if (jointBefore && before >= 0 && text.startsWith(form, before) && !found.some((x) => x.start === before)) {
        found.push({ start: before, end: before + form.length, name, self: false });
      }
    }
  }
}

/** 日照港, 中山港: a short form that is also a word, before 港, is the city whose port it is (not 港澳, 港资…). */
function listedOnlyPortAt(text: string, at: number): RegionMention | undefined {
  if (!LISTED_FIRST.has(text.charCodeAt(at))) return undefined;
  for (const [form, name] of LISTED_ONLY_FORMS) {
    const end = at + form.length;
    if (text.startsWith(form, at) && text.charAt(end) === '港' && !/[澳台资股币]/.test(text.charAt(end + 1))) return { start: at, end, name, self: false };
  }
  return undefined;
}

function addListedOnlyPorts(text: string, found: RegionMention[]): void {
  for (let i = text.indexOf('港'); i > 0; i = text.indexOf('港', i + 1)) {
    for (let at = Math.max(0, i - 3); at < i; at++) {
      const port = listedOnlyPortAt(text, at);
      if (port && port.end === i && !found.some((r) => r.start < port.end && port.start < r.end)) found.push(port);
    }
  }
}

/** First characters of LISTED_ONLY_FORMS: most positions start none. */
const LISTED_FIRST = new Set([...LISTED_ONLY_FORMS.keys()].map((f) => f.charCodeAt(0)));

/** 事故死亡人数, 生产安全事故死亡人数: the dead of all accidents, however named. */
const ACCIDENT_DEATHS = /^(?:各类)?(?:生产安全)?事故死亡人数$/;

/** (国际)机场 after a place's name. */
const AIRPORT_AFTER = /^(?:国际)?机场/;

/** Region words read from a table of surface forms → canonical names. */
function regionReader(regionByForm: ReadonlyMap<string, string>): Pick<Lexicon, 'regionAt' | 'findRegions' | 'canonicalRegion'> {
  // Surface forms by their first two characters, longest first: one Map lookup per position instead of
  // a regular expression with thousands of alternatives. A configured one-character form (甬) is kept apart.
  const byPair = new Map<number, string[]>();
  const singles = new Set<number>();
  for (const form of [...regionByForm.keys(), ...SELF_REFERENCES]) {
    if (form.length === 1) singles.add(form.charCodeAt(0));
    if (form.length < 2) continue;
    const key = form.charCodeAt(0) * 65536 + form.charCodeAt(1);
    const list = byPair.get(key) ?? [];
    list.push(form);
    byPair.set(key, list);
  }
  for (const list of byPair.values()) list.sort((a, b) => b.length - a.length);
  // One byte per UTF-16 unit: most characters start no region word and are passed over at once.
  const starts = new Uint8Array(65536);
  for (const key of byPair.keys()) starts[Math.floor(key / 65536)] = 1;
  for (const code of singles) starts[code] = 1;
  /** The longest listed form at `at` that is not the start of a longer word (宁波市场, 河北区域, 全县域). */
  const formAt = (text: string, at: number): string | undefined => {
    if (!starts[text.charCodeAt(at)]) return undefined;
    const forms = byPair.get(text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1));
    const form = forms?.find((f) => text.startsWith(f, at) && !continuesAsWord(f, text.charCodeAt(at + f.length)));
    // (协作和龙泉: a stem opening on a joint, 和龙, gives way to a place right after the joint, 龙泉.)
    if (form && JOINT_FIRST.test(form) && formAt(text, at + 1)) return undefined;
    return form ?? (singles.has(text.charCodeAt(at)) ? text.charAt(at) : undefined);
  };
  const selfSet = new Set(SELF_REFERENCES);

  return {
    canonicalRegion(name) {
      return regionByForm.get(name);
    },
    regionAt(text, at) {
      const word = formAt(text, at);
      if (!word) {
        const port = listedOnlyPortAt(text, at);
        if (port) return port;
        // 日照、枣庄…: a short form that is also a word, at the head of a list of places.
        if (LISTED_FIRST.has(text.charCodeAt(at))) for (const [form, name] of LISTED_ONLY_FORMS) {
          const next = at + form.length + 1;
          if (text.startsWith(form, at) && LIST_JOINTS.has(text.charAt(next - 1)) && formAt(text, next)) return { start: at, end: next - 1, name, self: false };
        }
        PLACE_AT.lastIndex = at;
        const m = PLACE_AT.exec(text);
        if (m && isTownName(m[0])) return { start: at, end: at + m[0].length, name: m[0], self: false };
        // 巉口、鲁家沟两镇: an item of towns listed by their names alone.
        COUNTED_TOWN_AT.lastIndex = at;
        const t = COUNTED_TOWN_AT.exec(text);
        if (t && !NOT_PLACE_NAMES.test(t[1]) && !BEFORE_PLACE.test(t[1])) return { start: at, end: at + t[1].length, name: `${t[1]}${t[2]}`, self: false };
        // 东部新区投资…: a zone that starts the words (as addZones reads one at the head of a clause).
        ZONE_AT.lastIndex = at;
        const z = /[\u4e00-\u9fff]/.test(text.charAt(at - 1)) ? null : ZONE_AT.exec(text);
        if (!z || notZoneName(z[1])) return undefined;
        return { start: at, end: at + z[0].length, name: zoneName(z[0]), self: false };
      }
      const self = selfSet.has(word);
      // 哈尔滨新区, 成都高新区: a zone word right after a place makes the place a zone (as addZones reads it).
      // (台州湾新区: a place and 湾 before the zone word name the bay's zone.)
      const bay = text.charAt(at + word.length) === '湾' ? '湾' : '';
      ZONE_WORD_AT.lastIndex = at + word.length + bay.length;
      const zone = self ? null : ZONE_WORD_AT.exec(text);
      if (zone) return { start: at, end: ZONE_WORD_AT.lastIndex, name: zoneName(`${word.replace(/市$/, '')}${bay}${zone[0]}`), self };
      return { start: at, end: at + word.length, name: self ? word : regionByForm.get(word) ?? word, self };
    },
    findRegions(text) {
      const found: RegionMention[] = [];
      for (let i = 0; i < text.length; i++) {
        const word = formAt(text, i);
        if (!word) continue;
        // 苏锡常宁 (苏州、无锡、常州、南京) holds no 常宁.
        if (insideCityGroup(text, i)) continue;
        // 西安咸阳国际机场, 杭州萧山国际机场: the place after the city is the airport's own name, not where its figures are.
        if (found.at(-1)?.end === i && AIRPORT_AFTER.test(text.slice(i + word.length, i + word.length + 4))) {
          i += word.length - 1;
          continue;
        }
        const self = selfSet.has(word);
        found.push({ start: i, end: i + word.length, name: self ? word : regionByForm.get(word) ?? word, self });
        i += word.length - 1;
      }
      if (found.length && LISTED_ONLY_FORMS.size) addListedOnly(text, found);
      if (LISTED_ONLY_FORMS.size && text.includes('港')) addListedOnlyPorts(text, found);
      // Towns and streets only where 镇, 乡 or 街道 is written (most sentences have none).
      const placeWord = text.includes('镇') || text.includes('乡') || text.includes('街道');
      PLACE_PATTERN.lastIndex = 0;
      for (let m = placeWord ? PLACE_PATTERN.exec(text) : null; m; m = PLACE_PATTERN.exec(text)) {
        // (，内官营镇、鲁家沟镇: a third character before the two, right after a list joint or punctuation.)
        const longer = m.index >= 1 && /[\u4e00-\u9fff]/.test(text.charAt(m.index - 1)) && (m.index === 1 || NAME_BOUNDARY.test(text.charAt(m.index - 2)))
          && isTownName(text.slice(m.index - 1, m.index + m[0].length));
        const start = longer ? m.index - 1 : m.index;
        const end = m.index + m[0].length;
        const written = text.slice(start, end);
        if (!isTownName(written) || isXiangWord(text, start, written)) continue;
        if (found.some((r) => r.start < end && start < r.end)) continue;
        found.push({ start, end, name: written, self: false });
      }
      if (placeWord) addCountedTowns(text, found);
      if (ZONE_WORD.test(text)) addZones(text, found);
      return found.sort((a, b) => a.start - b.start);
    },
  };
}
