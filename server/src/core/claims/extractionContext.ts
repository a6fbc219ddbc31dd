// The context a figure is read in: the article (title, date, main region), the headings above it, and
// what earlier sentences of its paragraph established. Region and period of each figure come from here.
import type { Measure, Period, Span } from '../types';
import { ancestorsOf, isZoneName, zoneStem, type Lexicon, type RegionMention } from '../lexicon/lexicon';
import type { Sentence } from '../text/segment';
import type { RawFigure } from './findFigures';
import { issuerUnderTitle, type Article } from './articles';
import { findPeriods, mergePeriods, type PeriodMention } from './periods';
import type { TableCell } from './markdownTables';
import { cityOfPlace, ownerOfParts } from './rankScope';
import { spanIndexAt } from '../text/spanIndex';
import { NOT_TARGET } from './cueWords';
import { leadingIndicator } from './indicatorPhrase';
import { documentOwner } from './firmNames';

// Words that may stand before a subject region at the start of a clause (今年1-7月，余姚…; markdown
// emphasis ** too). One
// character class inside the repetition, never a nested quantifier: this runs on every clause.
// (而广州…, 反观广州…: a conjunction or a turn to another place does not hide the subject after it.)
// (今年国庆假期全国…: nor does a holiday.)
export const SUBJECT_PREFIX = /^(?:今年|去年|全年|当年|同年|(?:春节|国庆|“五一”|五一|端午|中秋|元旦|清明)(?:假期|黄金周|小长假|长假|期间)?|假期|期间|其中|同期|目前|截至目前|截至|此外|同时|另外|放眼|纵观|综观|据|在|而|但|但是|不过|反观|仅仅|仅|光是|单是|单单|就连|与此同时|相比之下|相较之下|[0-9一二三四五六七八九十至到\-—–~月年季度上下半前底末初以来份*_.．\s])*$/;

export const SUBJECT_PREFIX_MAX = 24;

/** The country: a document's place only when its title says so (全国争创文明城市 in the body does not). */
const NATION = '全国';

/** An epithet or a modifier just before the subject: “领头羊”昆山, 紧随其后的江阴, 苏锡常地区的常州市. */
const SUBJECT_MODIFIER = /(?:[“「][^”」]{1,8}[”」]|[^，,。；;：:“”「」\s]{1,14}的|首府|省会|首都)$/;

/** 县（市、区）, 区县（市）: a city's parts, by the name of the group (with or without 各). */
const PARTS_GROUP = '县[（(]市、区[)）]|区县[（(]市[)）]|县[（(]市[)）]|县[（(]区[)）]';
/** 三市中烟台…, 各区中…, 全市各区中…, 县（市、区）中…: the group a subject is picked from. */
const AMONG_GROUP = new RegExp(`(?:(?:全[市省区])?(?:[0-9一二两三四五六七八九十]+个?|各)(?:${PARTS_GROUP}|设区市|市州|县市区|县市|区县|市|区|县|地)|${PARTS_GROUP}|[0-9一二两三四五六七八九十百]+强(?:城市|县)?|前[0-9一二三四五六七八九十]+(?:名|位|强)?)(?:中|当中|里)[，,]?`);

export function isClauseInitial(prefix: string): boolean {
  // 临港和城区相对偏弱：北仑增长5.0%: after a label's colon a new clause begins. (Only the words just
  // before the place are read: a clause may be a whole long line.)
  const near = prefix.length > SUBJECT_PREFIX_MAX ? prefix.slice(-SUBJECT_PREFIX_MAX - 1) : prefix;
  const colon = Math.max(near.lastIndexOf('：'), near.lastIndexOf(':'));
  if (colon >= 0) prefix = near.slice(colon + 1);
  else if (prefix.length > SUBJECT_PREFIX_MAX) return false;
  if (prefix.includes('中') || prefix.includes('里')) prefix = prefix.replace(AMONG_GROUP, '');
  if (SUBJECT_PREFIX.test(prefix)) return true;
  const modifier = SUBJECT_MODIFIER.exec(prefix);
  return modifier !== null && SUBJECT_PREFIX.test(prefix.slice(0, modifier.index));
}

export interface CarriedIndicator {
  name: string;
  known: boolean;
}

export interface Context {
  article: Article;
  lexicon: Lexicon;
  /** The article's lexicon (its place's short names); a section under a city's heading reads that city's. */
  articleLexicon: Lexicon;
  mainRegion?: string;
  /** What a place's bare growth means in this article, by its title (工业经济运行 → 规模以上工业增加值). */
  topicIndicator?: string;
  titlePeriod?: Period;
  headingPeriod?: Period;
  headingRegion?: string;
  /** Period and region of each open heading level, so 一、2020年… still holds under （一）…. */
  headings: { level: number; period?: Period; region?: string; target?: boolean; rankingList?: boolean; spansYears?: boolean; overPeriodBefore?: boolean }[];
  carriedPeriod?: Period;
  /**
   * The period the first paragraph under a heading that names none opened on (## 二、食品价格 / 9月份，
   * 食品价格…): the period of the section's later paragraphs that name none, before the title's.
   */
  sectionPeriod?: Period;
  /** No paragraph under the current heading has been read yet. */
  sectionOpening?: boolean;
  carriedRegion?: string;
  /** The indicator of the paragraph's last named figure: 慈溪市增长6.2% after 余姚市地区生产总值增长6.8%. */
  carriedIndicator?: CarriedIndicator;
  /** The same per measure: a bare growth continues the last growth even when a share came after it. */
  carriedByMeasure?: Partial<Record<Measure, CarriedIndicator>>;
  /** The first indicator named under the current heading: what a 分区来看 paragraph breaks down. */
  sectionLead?: CarriedIndicator;
  carriedTown?: string;
  /**
   * The place a paragraph's opening sentence without figures is about (嘉定区则受汽车行业拖累较大。规上工业
   * 总产值下降3.2%): the place of the paragraph's figures that name none, before the heading's.
   */
  topicRegion?: string;
  /** A published list a sentence of the paragraph opened on (在赛迪百强县榜单中): the field of ranks after it that name none. */
  rankField?: string;
  /** The paragraph opened on 环比看: its growths are over the month (quarter) before, until a sentence turns to 同比. */
  overPeriodBefore?: boolean;
  /** The school level the paragraph last opened a clause on (初中118所。招生…), for bare roster figures after it. */
  schoolLevel?: string;
  /** （一）宜昌产业投资集团。…: the firm or park a paragraph's label names, whose figures the paragraph gives. */
  paragraphOwner?: string;
  /** 恒远新能源股份有限公司2023年年度报告摘要: the firm whose own report the article is (each paragraph's owner but for a label of its own). */
  documentOwner?: string;
  /** The firm the article named last (日照港股份有限公司营业收入…), for a later 公司利润总额 or 该集团…. */
  firmNamed?: string;
  /** The places an earlier sentence of the paragraph listed (神木、府谷), for 两地/两县 after them. */
  listedPlaces?: string[];
  /** The holiday the article named last (国庆假期), for a later 假期期间 or 假期7天 that names none. */
  holiday?: Period;
  /** The last period a sentence of the paragraph named, for a sentence opening on 同期. */
  lastPeriod?: Period;
  /** The holiday the article named last (国庆中秋8天假期): what a later 假期 refers to. */
  lastHoliday?: Period;
  /** The last amount the sentence before named (进出口2236.7亿元。其中，出口…), for a sentence opening on 其中. */
  lastAmount?: { phrase: string; unit: string };
  /** The amounts the article named last, for a verb written alone after them (分别新增5.1万人). */
  namedAmounts?: { phrase: string; unit: string }[];
  /** The places the last paragraph with figures named (成都…；同期重庆…), for 两地 after them when no list is in view. */
  placesBefore?: string[];
  /** Sentences of the paragraph without figures that may list places, read only when a count asks (listedPlacesOf). */
  unreadLists?: { text: string; lexicon: Lexicon }[];
  documentDate?: string;
  /** The zone the title names, else the first the lead names (宜昌片区 in a city's report on it). */
  documentZone?: string;
  /** Cells of markdown tables in the text (empty when there are none). */
  tableCells: TableCell[];
}

export function newContext(article: Article, text: string, lexicon: Lexicon, configured: string | undefined, tableCells: TableCell[], place?: string): Context {
  const title = text.slice(article.titleSpan.start, article.titleSpan.end);
  // 2023年宁波市各县(市、区)主要经济指标: a title's place before 各 is still what the document is about.
  // 前三季度全省经济运行: a self reference in a title names no place of its own.
  const titleRegions = lexicon.findRegions(title);
  const titleSubject = zoneInside(subjectRegions(title, lexicon, titleRegions).find((r) => !r.self && (r.name !== NATION || isClauseInitial(title.slice(0, r.start)))) ?? soleJoinedPlace(title, titleRegions), titleRegions, lexicon);
  const titleZone = titleRegions.find((r) => !r.self && isZoneName(r.name));
  const titleField = titleRegions.find((r) => !r.self && title.startsWith('各', r.end));
  // 居宁波各县(市、区)首位: a rank's field, not the document's place.
  const fieldIsScope = titleField !== undefined && /(居|列|排|于|在|占|比|较)$/.test(title.slice(Math.max(0, titleField.start - 2), titleField.start));
  // 前8月武汉各区经济…东湖高新区领跑: the place whose parts are compared comes first and is the document's.
  const named = titleField && (!titleSubject || (titleField.start < titleSubject.start && !fieldIsScope)) ? titleField : titleSubject;
  const lead300 = text.slice(article.start, Math.min(article.end, article.start + 300));
  const opening = named || place ? [] : subjectRegions(lead300, lexicon);
  // (An office under a title that names no place, 潍坊市市场监督管理局, is the place's: the lead's peers do not undo it.)
  const issuer = named || place ? undefined : issuerUnderTitle(text, article);
  const issuerPlace = issuer ? lexicon.regionAt(issuer, 0) : undefined;
  const byIssuer = issuerPlace && !issuerPlace.self && issuerPlace.name !== NATION ? issuerPlace : undefined;
  let subject = named ?? byIssuer ?? opening.find((r) => !r.self && r.name !== NATION);
  // 全市十个区县（市）比较 … 鄞州…: a text that speaks of its whole (全市) before naming a part is about
  // the whole the part is in, not about the part.
  // (全市各县（市、区）供销社… 项城市…: a whole whose parts are compared is no subject, but still the whole.)
  const whole = named ? undefined : titleRegions.find((r) => r.self) ?? opening.find((r) => r.self && (!subject || r.start < subject.start)) ?? wholeOfItsParts(lead300, lexicon, subject);
  const kind = whole?.name.charAt(whole.name.length - 1);
  // 全省水利投资…。中部兄弟省份中，湖北、安徽分别完成…: places of the whole's kind named after it, two or
  // more, are its peers, not it. (芜湖日报… 无为市: a county-level city within it is its part, no peer.)
  if (!named && !byIssuer && subject && kind && subject.name.endsWith(kind)) {
    const own = subject.name;
    const peers = lexicon.findRegions(lead300).filter((r) => !r.self && r.name.endsWith(kind) && !ancestorsOf(r.name, lexicon).includes(own));
    if (new Set(peers.map((r) => r.name)).size > 1) subject = undefined;
  }
  const partsWhole = kind && !place ? wholeOfParts(text.slice(article.start, Math.min(article.end, article.start + PARTS_READ)), kind, lexicon) : undefined;
  const mainRegion = partsWhole ?? (subject && kind && /[市省]/.test(kind) && !subject.name.endsWith(kind) ? ancestorsOf(subject.name, lexicon).find((a) => a.endsWith(kind)) : undefined) ?? subject?.name ?? place;
  // 南山区 (of 深圳 and of 鹤岗): the one whose city the article names reads that city's parts.
  const shared = mainRegion && !lexicon.parentRegion(mainRegion) ? lexicon.possibleParents(mainRegion) : [];
  const lead = shared.length ? text.slice(article.start, Math.min(article.end, article.start + 400)) : '';
  const home = shared.find((city) => lead.includes(city.replace(/市$/, '')));
  const articleLexicon = lexicon.localTo(home ?? mainRegion);
  // (广州楼市2024：降幅逐季收窄，四季度迎来“翘尾”: a period in a comment after a comma is not the article's.)
  const comment = title.search(/[，,]/);
  // (——2023年主要城市经济数据观察: a subtitle says when, for a title that does not.)
  const subtitle = SUBTITLE.exec(text.slice(article.titleSpan.end, Math.min(article.end, article.titleSpan.end + 80)))?.[1] ?? '';
  const titlePeriod = findPeriods(title).find((p) => !p.comparative && (comment < 0 || p.start < comment))?.period ?? findPeriods(subtitle).find((p) => !p.comparative)?.period;
  return {
    article,
    lexicon: articleLexicon,
    articleLexicon,
    mainRegion,
    topicIndicator: titleTopic(title),
    titlePeriod,
    holiday: titlePeriod?.part.startsWith('H:') ? titlePeriod : undefined,
    documentDate: configured ?? article.date,
    documentZone: (titleZone ?? lexicon.findRegions(lead300).find((r) => !r.self && isZoneName(r.name)))?.name,
    headings: [],
    tableCells,
    // Every field from the start, even unset: a context that gained fields as it went took a new hidden
    // class each time, and the optimised extractor was thrown away (deoptimised) on meeting one it had not seen.
    headingPeriod: undefined,
    headingRegion: undefined,
    carriedPeriod: undefined,
    sectionPeriod: undefined,
    sectionOpening: undefined,
    carriedRegion: undefined,
    carriedIndicator: undefined,
    carriedByMeasure: undefined,
    sectionLead: undefined,
    carriedTown: undefined,
    topicRegion: undefined,
    rankField: undefined,
    overPeriodBefore: undefined,
    schoolLevel: undefined,
    listedPlaces: undefined,
    lastPeriod: undefined,
    lastHoliday: undefined,
    lastAmount: undefined,
    namedAmounts: undefined,
    placesBefore: undefined,
    unreadLists: undefined,
    paragraphOwner: undefined,
    documentOwner: documentOwner(title, lexicon),
    firmNamed: undefined,
  };
}

/**
 * 中国（湖北）自由贸易试验区宜昌片区…, 宜昌市商务局关于宜昌片区…的通报: a zone a title or heading names
 * inside the place it names first is what it is about. Returns that zone, else the place.
 */
function zoneInside(place: RegionMention | undefined, regions: readonly RegionMention[], lexicon: Lexicon): RegionMention | undefined {
  const zone = place ? regions.find((r) => !r.self && r !== place && isZoneName(r.name)) : undefined;
  if (!place || !zone || isZoneName(place.name)) return place;
  // (The place its name starts with, 宜昌 of 宜昌片区, is the place named or in it.)
  const head = lexicon.findRegions(zoneStem(zone.name))[0];
  return head !== undefined && head.start === 0 && !head.self && (head.name === place.name || ancestorsOf(head.name, lexicon).includes(place.name)) ? zone : place;
}

/** The line after a title that opens on a dash: its subtitle. */
const SUBTITLE = /^\s*\n\s*(?:——|—|--)([^\n]+)/;

/** A customs district is named after its seat and reports on a whole province (南宁海关: 广西). (A
 * statistics bureau or a paper named after a place reports on that place, and is left as it is.) */
const CUSTOMS_AFTER = /^海关/;
/** 发布, 隆重举行, 召开: an event held at a place (在北京发布). */
const EVENT_AFTER = /^(?:隆重|正式|成功|顺利)?(?:发布|举行|举办|召开|开幕|闭幕|揭晓|签约|签署|亮相)/;

/** How far into an article its parts are read for the whole they belong to. */
const PARTS_READ = 4000;

/** 全市各县（市、区）: a self reference before the parts it compares, ahead of the subject the lead names. */
function wholeOfItsParts(lead: string, lexicon: Lexicon, subject: RegionMention | undefined): RegionMention | undefined {
  return lexicon.findRegions(lead).find((r) => r.self && lead.startsWith('各', r.end) && (!subject || r.start < subject.start));
}

/**
 * 全区及盟市经济运行 with 呼和浩特、包头、鄂尔多斯… and no 内蒙古 anywhere: the whole a text calls 全区 (全省,
 * 全市) is the one place of that kind all the places it names belong to, when it names two or more.
 */
function wholeOfParts(text: string, kind: string, lexicon: Lexicon): string | undefined {
  // (A zone no division table holds, 株洲高新区 or 醴陵经开区, is in a place the others show.)
  const parts = new Set(lexicon.findRegions(text).filter((r) => !r.self && r.name !== NATION && !(isZoneName(r.name) && lexicon.parentRegion(r.name) === undefined)).map((r) => r.name));
  // (泉州市 named beside 晋江市 and 石狮市 is their whole, not one more part.)
  const parentsNamed = new Set([...parts].map((p) => lexicon.parentRegion(p)).filter((p) => p !== undefined && parts.has(p)));
  for (const p of parentsNamed) parts.delete(p as string);
  if (parts.size < 2) return undefined;
  const parents = new Set([...parts].map((p) => lexicon.parentRegion(p)));
  const [parent] = parents;
  return parents.size === 1 && parent !== undefined && parent.endsWith(kind) ? parent : undefined;
}

/** 西部陆海新通道建设与广西对东盟经贸合作: the one place of a title, joined to another topic by 与 or 和
 * (a place joined to another place, 宁波与苏州, is one of two and names neither). */
function soleJoinedPlace(title: string, found: readonly RegionMention[]): RegionMention | undefined {
  const places = found.filter((r) => !r.self && r.name !== NATION);
  return places.length === 1 && /(?:与|和|及)$/.test(title.slice(0, places[0].start)) ? places[0] : undefined;
}

/** Region mentions that can be a subject: not after 居/高于/占/比/在…中 (scopes and comparison bases). */
export function subjectRegions(text: string, lexicon: Lexicon, found?: RegionMention[]): RegionMention[] {
  const all = found ?? lexicon.findRegions(text);
  // 奉化区尚田街道, 余姚市凤山街道: a chain of places names the last, most specific one.
  // 宁波全市: a place followed by a self reference names the place itself. The kept mention stands
  // where its chain starts, so a chain at the head of a clause is the clause's subject.
  const kept: RegionMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const r = all[i];
    if (r.self && kept.length && kept[kept.length - 1].end === r.start) continue;
    const prev = kept[kept.length - 1];
    if (prev && prev.end === r.start && !prev.self) kept[kept.length - 1] = { ...r, start: prev.start };
    else kept.push({ ...r });
  }
  mergeCollectives(text, kept);
  return kept.filter((r) => {
    const before = text.slice(Math.max(0, r.start - 3), r.start);
    const after = text.slice(r.end, r.end + 3);
    // (关于苏州市…的报告 is about the place.) 对标嘉兴, 学习昆山, 领跑珠三角: the place measured against is not the subject.
    if (/(居|列|排|高于|低于|高出|低出|(?<!关)于|占|比|较|超过|全|跻身|进入|对|向|赴|到|至|与|和|、|对标|对照|比照|赶超|追赶|学习|借鉴|领跑|领先|跑赢|冠绝)$/.test(before)) return false;
    // 这座县级市的一般公共预算收入: a demonstrative's 的 is possessive; it names the subject.
    if (r.self && after.startsWith('的') && /^(这|该|本|我)/.test(r.name)) return true;
    // (金坛区的增幅则排在第三: a place opening its clause on 的 owns what follows, unless another place does,
    // 台州的温岭市.)
    if (!r.self && after.startsWith('的') && /(^|[，,；;：:。\n])$/.test(before) && !lexicon.regionAt(text, r.end + 1)) return true;
    // 全国排名第10位, 全省百强县: the place is where the figure is ranked, not what it is about.
    // ——在内蒙古自治区第十四届人民代表大会第二次会议上: the place whose congress heard a report.
    if (/^第[一二三四五六七八九十]+届/.test(text.slice(r.end, r.end + 6))) return true;
    // 三亚排名第六位: a place that opens its clause on 排名 is the one ranked (全国排名第10位 is a field).
    if (!r.self && r.name !== NATION && /^(排名|排位|位次)/.test(after) && /(^|[，,；;：:。\n])$/.test(before)) return true;
    // (A clause opening on 宁波市平均增长10.4% is about that average.)
    // (荆州市中央和省级资金, 荆州市中小企业: 中 that begins a word is no 'among'; nor in 兰州中川国际机场.)
    if (/^(平均|各|均值|份额|的|中(?![央心小医级考学药等期长国华部外]|[\u4e00-\u9fff]{1,2}(?:国际)?机场)|内|范围|同类|排名|排位|排行|位次|百强|第[0-9一二三四五六七八九十](?!产))/.test(text.slice(r.end, r.end + 7)) && !(after.startsWith('平均') && /(^|[，,；;：:。\n])$/.test(before))) return false;
    // 在全市排第二: a whole a rank is in (巩义排第26位 is the place ranked; so is 我市 in 我市位列第二).
    if (r.self && !/^(?:我|本|该|这)/.test(r.name) && /^(排第|排在|居第|居首|列第|位居|位列)/.test(after)) return false;
    // 在全市16个区中排名第一: a group counted and picked from is a field too.
    if (COUNTED_GROUP_AFTER.test(text.slice(r.end, r.end + 12))) return false;
    // 据南宁海关统计，…广西外贸…: the customs office's seat is no subject.
    if (CUSTOMS_AFTER.test(text.slice(r.end, r.end + 2))) return false;
    // 赛迪顾问在北京发布…, 在杭州召开: where a list was published or a meeting held is no subject.
    if (before.endsWith('在') && EVENT_AFTER.test(text.slice(r.end, r.end + 6))) return false;
    // 全国 is the subject of a national figure (全国居民人均可支配收入, 全国实现…); in 全国文明城市,
    // 全国首个 it only qualifies a title.
    if (r.name === NATION && !nationalFigureAt(text, r.end, lexicon)) return false;
    return true;
  });
}

/** 16个区中, 十一个地市里: a counted group something is picked from. */
const COUNTED_GROUP_AFTER = /^[0-9一二两三四五六七八九十]+(?:个[^，,。；;]{0,6}?|[省市区县州盟城][^，,。；;]{0,5}?)(?:中(?!旬)|里|之中|当中)/;

/** 江夏区、黄陂区、新洲区、蔡甸区四个新城区合计…: places listed and then summed are one subject (so are
 * those a list gave as examples of a whole, 上海、江苏、浙江等华东七省市). */
const COLLECTIVE_AFTER = /^(?:(?:等[\u4e00-\u9fff]{0,4}?|等?)[0-9两二三四五六七八九十]+个?[\u4e00-\u9fff]{0,4}?(?:区|县|市|区县|县市|地区|板块|片区|省|省份|城市)(?:合计|共计|累计|总计|合共|共|整体)?|(?:合计|共计|总计|合共)(?!划|为))/;
/** What joins the items of a list of places (余姚、慈溪和宁海). */
export const LIST_JOINT = /^(?:以及|、|和|及|与)/;

/** Replaces each such list of mentions by one mention named after its places, in a fixed order. */
function mergeCollectives(text: string, kept: RegionMention[]): void {
  for (let i = 0; i < kept.length; i++) {
    if (kept[i].self) continue;
    let j = i;
    while (j + 1 < kept.length && !kept[j + 1].self) {
      const joint = LIST_JOINT.exec(text.slice(kept[j].end, kept[j + 1].start));
      if (!joint || kept[j].end + joint[0].length !== kept[j + 1].start) break;
      j++;
    }
    // 上海、江苏、浙江等华东七省市: examples of the place named after 等, which is the subject.
    if (text.charAt(kept[j].end) === '等' && kept[j + 1]?.start === kept[j].end + 1 && !kept[j + 1].self) {
      kept.splice(i, j - i + 1);
      i--;
      continue;
    }
    if (j === i || !COLLECTIVE_AFTER.test(text.slice(kept[j].end, kept[j].end + 12))) {
      i = j; // the rest of the chain ends where this one does: read once (a list may be thousands long)
      continue;
    }
    const names = [...new Set(kept.slice(i, j + 1).map((r) => r.name))].sort();
    kept.splice(i, j - i + 1, { start: kept[i].start, end: kept[j].end, name: names.join('、'), self: false });
  }
}

/** A measure's name and its figure: 棉花产量561.8万吨, 粮食总产量达到…. */
const NATIONAL_MEASURE = /^[\u4e00-\u9fffA-Z]{0,8}?(?:产量|总产|产值|收入|增加值|总额|销售额|零售额|销量|人数|面积|投资|用电量|发电量|吞吐量|客运量|货运量|进出口|出口|进口|利润)(?:为|是|达到|达|约|近|超过|突破|共|合计|[0-9０-９])/;

/** The words of the clause before `at`, as isClauseInitial reads them (too many when longer than it reads). */
function clausePrefix(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - SUBJECT_PREFIX_MAX - 1), at);
  const cut = window.search(/[，,。；;\n][^，,。；;\n]*$/);
  return cut >= 0 ? window.slice(cut + 1) : window;
}

function nationalFigureAt(text: string, at: number, lexicon: Lexicon): boolean {
  // 全国GDP前十城市, 全国经济百强县: a class of places picked by a figure is no national figure.
  if (/^(?:GDP|经济|地区生产总值)?(?:总量)?(?:前[0-9一二三四五六七八九十]+|百强|[0-9]+强|十强|城市|排名|排行)/.test(text.slice(at, at + 12))) return false;
  if (/^(实现|完成|共|累计|全年|经济|GDP|居民|规模以上|规上|[0-9]{4}年)/.test(text.slice(at, at + 5))) return true;
  // 全国港口完成货物吞吐量, 全国铁路完成客运量: what the whole country's ports or railways did.
  if (/^[\u4e00-\u9fff]{2,4}?(?:完成|实现)/.test(text.slice(at, at + 6))) return true;
  // 全国棉花产量561.8万吨: a measure the lexicon does not know, its figure right after it.
  if (NATIONAL_MEASURE.test(text.slice(at, at + 16))) return true;
  // 今年国庆假期，全国国内出游7.65亿人次: at the head of its clause, the country is who did what is counted.
  // (全国工业百强县排名第2位 is a rank in a national field.)
  if (/^(?:(?![第前强排位名])[\u4e00-\u9fff]){2,8}?(?:为|达到|达|约|共|超过)?[0-9０-９]/.test(text.slice(at, at + 14)) && isClauseInitial(clausePrefix(text, at - 2))) return true;
  return lexicon.indicatorForms.some((f) => text.startsWith(f, at));
}

export function resolveRegion(r: RegionMention, ctx: Context, sentenceNamed?: string): string | undefined {
  if (!r.self) return r.name;
  // 全区/该镇 stand for the place the text is about: named earlier in the sentence, in the
  // paragraph (a town), under the heading, or by the article.
  if (/镇|街道/.test(r.name)) return sentenceNamed ?? ctx.carriedTown ?? ctx.carriedRegion ?? ctx.headingRegion ?? ctx.mainRegion;
  // 片区 is the zone in view: the sentence's, the heading's or the one the document is about.
  if (r.name.endsWith('片区')) return [sentenceNamed, ctx.topicRegion, ctx.headingRegion, ctx.mainRegion, ctx.carriedRegion, ctx.documentZone].find((p) => p !== undefined && isZoneName(p));
  // 全省 is a province, 全市 a city, 全区 a district, 全县 a county: the nearest place of that kind, else
  // the nearest one above a place in view (全市 in a report on 海曙区 is 宁波市, 全省 in one on 昆山 is
  // 江苏省); none when no place of that kind is in view.
  const kind = r.name.charAt(r.name.length - 1);
  const places = [sentenceNamed, ctx.topicRegion, ctx.headingRegion, ctx.mainRegion, ctx.carriedRegion];
  // (Places listed together, 海宁市、桐乡市, are no one place of a kind: 全市 is the city above them.)
  for (const p of places) if (p && !p.includes('、') && isOfKind(p, kind)) return p;
  for (const p of places) {
    const up = p ? ancestorsOf(p.split('、')[0], ctx.lexicon).find((a) => a.endsWith(kind)) : undefined;
    if (up) return up;
  }
  return undefined;
}


/**
 * The place whose districts or counties a rank's field is (各区县, 全市各区县): the one written, a self
 * reference resolved, or, with none, the city of the ranked place (章丘区 → 济南市; 宁波市 itself).
 */
export function partsOwner(written: string | undefined, region: string | undefined, ctx: Context, lexicon: Lexicon, field?: string): string | undefined {
  if (written) {
    const self = lexicon.regionAt(written, 0);
    if (!self?.self || self.end !== written.length) return written;
    // 石狮增速在全市各县（市、区）中位居第二: a county-level city has no counties; 全市 there is its city.
    const owner = resolveRegion(self, ctx, region);
    return cityOfPlace(owner, lexicon) ?? owner;
  }
  return ownerOfParts(region ?? ctx.mainRegion, field ?? '', lexicon);
}

/** 余姚市 is a 市 (店口镇 a town, no 市); 梅山 or 宁波舟山港 (no administrative suffix) may be any kind. */
function isOfKind(place: string, kind: string): boolean {
  return place.endsWith(kind) || !/(?:[市区县省州盟旗镇乡]|街道)$/.test(place);
}

export function clauseOf(s: Sentence, at: number): Span {
  const i = clauseIndexOf(s, at);
  return i < 0 ? s : s.clauses[i];
}

/** The index in s.clauses of the clause holding `at`, or -1 (then the sentence is its own clause). */
export function clauseIndexOf(s: Sentence, at: number): number {
  return spanIndexAt(s.clauses, at);
}

export interface SubjectMention extends RegionMention {
  clauseInitial: boolean;
  /** 赣州、九江…: the first of places listed. */
  listHead?: boolean;
}

export interface RegionChoice { region?: string; inferred: boolean }

export function regionOf(c: RegionChoice): { region?: string; regionInferred: boolean } {
  return { region: c.region, regionInferred: c.inferred };
}

/**
 * Regions of one sentence's figures, asked in text order: a cursor walks the sentence's subjects once,
 * so a sentence with thousands of figures stays linear.
 */
export function regionsOfSentence(s: Sentence, ctx: Context, subjects: SubjectMention[]): (clause: Span, fig: RawFigure, shared?: boolean) => RegionChoice {
  let next = 0;
  let named: string | undefined;
  const initials: SubjectMention[] = [];
  // (赣州、九江、上饶增速分列全省前三位；工业技改投资增长12.6%: a list's head is no subject of later
  // clauses, unless they share their figures out among its places: 佛山、东莞…，增量分列第三、第四位.)
  const single: SubjectMention[] = [];
  const firstInClause = new Map<number, SubjectMention>();
  return (clause, fig, shared = false) => {
    for (; next < subjects.length && subjects[next].start < fig.start; next++) {
      const r = subjects[next];
      if (!r.self) named = r.name;
      if (!r.clauseInitial) continue;
      initials.push(r);
      if (!r.listHead) single.push(r);
      const c = clauseOf(s, r.start).start;
      if (!firstInClause.has(c)) firstInClause.set(c, r);
    }
    const own = firstInClause.get(clause.start);
    // The last clause-initial subject before this clause.
    const candidates = shared ? initials : single;
    let lo = 0;
    let hi = candidates.length - 1;
    let earlier: SubjectMention | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].start < clause.start) {
        earlier = candidates[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return regionFor(ctx, named, own, earlier);
  };
}

export function regionFor(ctx: Context, named: string | undefined, own: SubjectMention | undefined, earlier: SubjectMention | undefined): RegionChoice {
  if (own) return { region: resolveRegion(own, ctx, named), inferred: own.self };
  // A subject named in an earlier clause of the same sentence.
  if (earlier) return { region: resolveRegion(earlier, ctx, named), inferred: earlier.self };
  // Nothing in the sentence: a town named earlier in the paragraph, else the heading's or the article's
  // region. A county or city carried over from an unrelated sentence is more often wrong than right.
  const carried = ctx.carriedRegion && /(镇|街道|乡)$/.test(ctx.carriedRegion) ? ctx.carriedRegion : undefined;
  return { region: carried ?? ctx.topicRegion ?? ctx.headingRegion ?? ctx.mainRegion, inferred: true };
}

/** A whole year (2024年) in a document dated after it (2025-03-01). */
function yearOver(period: Period | undefined, date: string | undefined): boolean {
  return period?.part === 'FY' && /^[0-9]{4}$/.test(period.year) && date !== undefined && date.slice(0, 4) > period.year;
}

/** Periods of one sentence's figures: the same mention gives the same (shared) period object. */
export function periodsOfSentence(periods: PeriodMention[], ctx: Context, topic: Period | undefined): (fig: RawFigure, listed?: Period) => Period | undefined {
  const broad = mergePeriods(ctx.carriedPeriod, mergePeriods(ctx.sectionPeriod, mergePeriods(ctx.headingPeriod, ctx.titlePeriod)));
  // A year from the sentence, the paragraph's opening or the section heading is firm; one guessed from
  // the title of a long article is not.
  // (So is a title on a ranking list, 2024年全国百强县榜单观察 quoting the list's 2023 figures, or on a
  // span of years, 人口发展形势分析（2023—2024年）, whose figures are each of one year.)
  const firmYear = Boolean(ctx.carriedPeriod?.year || ctx.headings.some((h) => h.period?.year && !(h.level === 1 && (h.rankingList || h.spansYears))));
  // 去年在百强县中排第23位。上半年新郑增长6.7%: a part of the year after a sentence about a whole year
  // need not be in that year; a heading's year still holds.
  const wholeYearCarried = ctx.carriedPeriod?.part === 'FY' && !ctx.headingPeriod?.year;
  // Likewise the part of the year: 上半年，全市… 。工业机器人产量增长27.4%。 is the first half, and may
  // conflict with a 1-8月 figure; a part guessed from the title may not.
  // (A season in a heading, 二、汛期降水与气象灾害, may name only what the section opens on.)
  // (2024年唐山市能源消费情况统计分析, dated 2025年3月: a title's whole year, written once that year is over,
  // is the whole year's, no 前三季度 however alike the passage.)
  const firmPart = Boolean(ctx.carriedPeriod?.part || (ctx.headingPeriod?.part && !ctx.headingPeriod.part.startsWith('S:')) || yearOver(ctx.titlePeriod, ctx.documentDate));
  const made = new Map<Period | undefined, Period | undefined>();
  // Figures are asked in text order: a cursor over the mentions keeps long sentences linear.
  let next = 0;
  let own = topic;
  // `listed`: the figure's period from a list (一季度、上半年…分别增长4.8%和4.9%), instead of the last one before it.
  // (由2019年的1112.2万标箱增加到1255.4万标箱: the from-figure's year is not the figures' after it.)
  let afterFrom: { own: Period | undefined } | undefined;
  /** A part named after 其中, and the period it stood in for, given back after its clause. */
  let within: { until: number; own: Period | undefined } | undefined;
  return (fig, listed) => {
    if (afterFrom) {
      own = afterFrom.own;
      afterFrom = undefined;
    }
    for (; next < periods.length && periods[next].end <= fig.start; next++) {
      const p = periods[next];
      if (p.comparative) continue;
      if (!p.ofOneFigure) {
        afterFrom = undefined;
        within = p.until === undefined ? undefined : { until: p.until, own: within?.own ?? own };
        own = p.period;
        continue;
      }
      // (2023年全年的…: two mentions of that figure's period are one.)
      const chained = afterFrom !== undefined;
      afterFrom ??= { own };
      own = chained ? mergePeriods(p.period, own) : p.period;
    }
    if (within && fig.start > within.until) {
      own = within.own;
      within = undefined;
    }
    if (listed) return { ...(mergePeriods(listed, broad) ?? listed), yearInferred: !listed.year && !firmYear, partInferred: false };
    if (made.has(own)) return made.get(own);
    // 回看2023年，青岛全年实现…: the sentence's topic year fills a later mention without one.
    const merged = mergePeriods(own, own !== topic && topic?.year && !own?.year ? mergePeriods(topic, broad) : broad);
    // Only what the sentence says itself is firm; a year filled in from the heading is still a guess.
    const yearCarried = firmYear && !(wholeYearCarried && own?.part && own.part !== 'FY' && !own.year);
    const result = merged && { ...merged, yearInferred: !own?.year && !yearCarried, partInferred: !own?.part && !firmPart };
    made.set(own, result);
    return result;
  };
}

/** Titles on one side of the economy, and what a place's bare growth means under them. */
const TITLE_TOPICS: [RegExp, string][] = [
  [/工业(?:经济)?(?:运行|生产|形势|发展|月报|简报)/, '规模以上工业增加值'],
  [/消费(?:品)?市场|社会消费品零售|社零/, '社会消费品零售总额'],
  [/外贸|进出口|对外贸易/, '进出口总额'],
  [/(?:固定资产)?投资(?:运行|形势|情况)/, '固定资产投资'],
  [/海洋经济/, '海洋生产总值'],
  // (财政运行情况, 预算执行情况: a place's bare growth there is its budget revenue's.)
  [/财政(?:运行|收支|收入|形势|经济)|预算执行|一般公共预算/, '一般公共预算收入'],
];
/** 水利投资运行情况, 民间投资运行: the kind of investment two words before it name (not 全省, 前三季度). */
const INVESTMENT_KIND = /([\u4e00-\u9fff]{2})投资(?:运行|形势|情况)/;
const NO_KIND = /资产|社会|[省市区县年度月]/;

/** 海南经济运行简析：…外贸外资逆势走强: a title on the whole economy names its sides after it. */
const WHOLE_ECONOMY = /经济(?:运行|形势|发展|社会)|国民经济/;

function titleTopic(title: string): string | undefined {
  const whole = title.search(WHOLE_ECONOMY);
  const kind = INVESTMENT_KIND.exec(title);
  if (kind && !NO_KIND.test(kind[1]) && (whole < 0 || kind.index < whole)) return `${kind[1]}投资`;
  const topic = TITLE_TOPICS.map(([words, name]) => ({ at: title.search(words), name })).filter((t) => t.at >= 0).sort((a, b) => a.at - b.at)[0];
  return topic && (whole < 0 || topic.at < whole) ? topic.name : undefined;
}

/** 2023—2024年, （2023年—2024年上半年）: a heading over more than one year. */
function spansYears(periods: readonly PeriodMention[]): boolean {
  const years = new Set<string>();
  for (const p of periods) if (!p.comparative && /^(19|20)[0-9]{2}/.test(p.period.year)) years.add(p.period.year);
  return years.size > 1 || [...years].some((y) => y.includes('-'));
}

/** A title on a published ranking: its year is the list's, its figures the year before's. */
const RANKING_LIST = /(榜单|百强|排行榜|排名|名单)/;

export const PLAN_HEADING = /(目标|工作安排|计划|任务|展望|思路|打算|部署)/;

// (两地就业目标均超额完成: targets met, reviewed; 全年结果与下一步目标: results first, the sentences tell.)
// (二、城市更新重点任务有序推进: tasks said to be going well are a review of them.)
export const REVIEW_HEADING = /(回顾|成就|成绩|结果|成效|成果|完成情况|进展|执行情况|(?:有序|稳步|扎实|顺利|有力)推进|推进(?:有序|有力|顺利)|落地见效|目标(?:任务)?(?:均|全面|都|已经?|顺利|圆满|基本|全部)*(?:超额)?(?:完成|实现|达成))/;

const HEADING_NUMBER = /^[#\s]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．]|第[一二三四五六七八九十]+[章节部分篇]、?)\s*/;

/** ## 栾川：一座山带火一座城: a section heading that opens on a county's stem and a colon names it. */
function placeByStemHeading(words: string, level: number, lexicon: Lexicon): RegionMention | undefined {
  const m = level >= 2 ? /^[\s#*_]*([\u4e00-\u9fff]{2,3})[：:]/.exec(words) : null;
  const county = m ? lexicon.countyByStem(m[1]) : undefined;
  if (!m || !county) return undefined;
  const start = words.indexOf(m[1]);
  return { start, end: start + m[1].length, name: county, self: false };
}

/** 一、全国：收入保持两位数增长, 二、全国总体情况: a section on the country as a whole (not 全国各省市比较). */
const NATION_SECTION = /^\s*(?:全国|我国)(?=$|\s|[：:，,—]|(?:层面|范围|情况|概况|总体|整体|面上|经济)(?!.*(?:各|比较|对比|排名|排行)))/;

function nationHeading(words: string): RegionMention | undefined {
  const m = NATION_SECTION.exec(words);
  return m ? { start: m.index, end: m.index + m[0].length, name: NATION, self: false } : undefined;
}

/** The period a heading names: its first, with the part of the year a later mention adds to a bare year
 * (2025年湖州市前三季度卫生健康汇报 is about 2025's first three quarters, not its whole year). */
function headingPeriod(periods: readonly PeriodMention[], titleEnd: number): Period | undefined {
  let period: Period | undefined;
  for (const p of periods) {
    if (p.comparative || p.start >= titleEnd) continue;
    if (!period) period = p.period;
    else if ((period.part === 'FY' || period.part === '') && period.year && !p.period.year && p.period.part && p.period.part !== 'FY') {
      period = { ...period, part: p.period.part, label: `${period.label}${p.period.label}` };
    }
  }
  return period;
}

export function updateHeadingContext(text: string, s: Sentence, level: number, ctx: Context, lexicon: Lexicon, periods: PeriodMention[]): void {
  const h = text.slice(s.start, s.end);
  // 二、滨江区: the 、 after a section number does not join a list of places.
  const words = h.replace(HEADING_NUMBER, '');
  // A sibling section's city (## 增城 before ## 博罗) does not decide which places this heading names.
  const regions = subjectRegions(words, lexicon);
  const found = zoneInside(regions.find((r) => !r.self), regions, lexicon) ?? subjectRegions(words, ctx.articleLexicon).find((r) => !r.self) ?? placeByStemHeading(words, level, lexicon) ?? nationHeading(words);
  ctx.headings = ctx.headings.filter((x) => x.level < level);
  // A section on plans (二、2021年工作安排) makes its figures targets; a document title (level 1) does not:
  // an article about targets still reports what was achieved.
  // (三、商品房销售：降幅仍大，四季度边际改善: a period in a comment after a comma is no section's.)
  const comment = h.search(/[，,]/);
  const titleEnd = comment > 0 ? s.start + comment : s.end;
  ctx.headings.push({
    level, period: headingPeriod(periods, titleEnd), region: found?.name, target: level >= 2 && PLAN_HEADING.test(h) && !REVIEW_HEADING.test(h) && !NOT_TARGET.test(h), rankingList: RANKING_LIST.test(h), spansYears: spansYears(periods),
    // （二）环比情况: the section's growths are over the month (quarter) before.
    ...(level >= 2 && h.includes('环比') && !h.includes('同比') ? { overPeriodBefore: true } : {}),
  });
  const region = [...ctx.headings].reverse().find((x) => x.region);
  ctx.headingRegion = region?.region;
  let period: Period | undefined;
  for (const x of ctx.headings) period = x.period ? mergePeriods(x.period, period) : period;
  ctx.headingPeriod = period;
  ctx.carriedPeriod = undefined;
  ctx.sectionPeriod = undefined;
  ctx.sectionOpening = level >= 2 && !ctx.headings[ctx.headings.length - 1].period;
  ctx.carriedIndicator = undefined;
  ctx.carriedByMeasure = undefined;
  // (## 六、一般公共预算收入：上饶增速领先: a section named after an indicator breaks it down, 从增速看，上饶市增长10.1%.)
  ctx.sectionLead = level >= 2 ? leadingIndicator(words, lexicon, true) : undefined;
  ctx.carriedRegion = found?.name;
  // A section naming another place: a town named before it no longer stands behind 该镇.
  if (found) ctx.carriedTown = /(镇|街道|乡)$/.test(found.name) ? found.name : undefined;
  // ## 惠州：博罗… : the section reads its city's parts by their short names (博罗, 惠东): a section
  // heading's division the tables place (a zone such as 东湖高新区 has no parts of its own), unless the
  // article is a province's, whose lexicon reads every county of it already.
  const sectionPlace = ctx.headingRegion;
  const provinceWide = ctx.mainRegion !== undefined && /(省|自治区)$/.test(ctx.mainRegion);
  const ownParts = sectionPlace && level >= 2 && !provinceWide && /[市州盟区县旗]$/.test(sectionPlace) && lexicon.parentRegion(sectionPlace);
  ctx.lexicon = ownParts ? ctx.articleLexicon.localTo(sectionPlace) : ctx.articleLexicon;
}

/** 两地, 两县（市）, 三市: places counted, standing for those listed before. */
const COUNTED_PLACES = /(?:这|上述|以上)?([两二三四五六七八九])个?(?:县\(市\)|县市|市县|区县|地|县|市|区|城)(?![场长民委级政])/g;

/**
 * 神木、府谷是…。2023年，两县（市）地区生产总值合计…: a count of places that matches the places the
 * paragraph listed last is those places together (named as a collective, 府谷县、神木市), added to `mentions`.
 */
export function addCountedPlaces(text: string, mentions: RegionMention[], listed: readonly string[]): void {
  COUNTED_PLACES.lastIndex = 0;
  let added = false;
  for (let m = COUNTED_PLACES.exec(text); m; m = COUNTED_PLACES.exec(text)) {
    const n = '一二三四五六七八九'.indexOf(m[1]) + 1 || 2;
    const start = m.index;
    const end = start + m[0].length;
    if (n !== listed.length || mentions.some((r) => r.start < end && start < r.end)) continue;
    mentions.push({ start, end, name: [...listed].sort().join('、'), self: false });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/** Whether the text counts places (两地, 两县（市）) that may stand for a list before. */
export function countsPlaces(text: string): boolean {
  COUNTED_PLACES.lastIndex = 0;
  return COUNTED_PLACES.test(text);
}

/**
 * The places the paragraph listed last. Sentences without figures are read for their lists only here,
 * when a count of places asks: most paragraphs never do, and reading every 和 costs a fifth of indexing prose.
 */
export function listedPlacesOf(ctx: Context): string[] | undefined {
  const unread = ctx.unreadLists;
  if (unread) {
    for (let i = unread.length - 1; i >= 0; i--) {
      const listed = listedPlacesIn(unread[i].text, unread[i].lexicon.findRegions(unread[i].text));
      if (listed) {
        ctx.listedPlaces = listed;
        break;
      }
    }
    ctx.unreadLists = undefined;
  }
  return ctx.listedPlaces ?? ctx.placesBefore;
}

/** The places of the longest list in `mentions` (A、B / A和B, two or more), or undefined. */
export function listedPlacesIn(text: string, mentions: readonly RegionMention[]): string[] | undefined {
  let best: string[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    if (mentions[i].self || mentions[i].name.includes('、')) continue;
    const run = [mentions[i].name];
    let j = i;
    while (j + 1 < mentions.length && !mentions[j + 1].self) {
      const joint = LIST_JOINT.exec(text.slice(mentions[j].end, mentions[j + 1].start));
      if (!joint || mentions[j].end + joint[0].length !== mentions[j + 1].start) break;
      run.push(mentions[++j].name);
    }
    const names = [...new Set(run)];
    if (names.length >= 2 && (!best || names.length > best.length)) best = names;
    i = j;
  }
  return best;
}

/** A difference against the whole of a place of some kind, not named: R:全市. */
export const SELF_BASE = /^R:全[省市区县]$/;

/** R:全市 for a figure of 顺德区 → R:佛山市: the place of that kind the figure's place is in, else as written. */
export function baseOfWhole(scope: string, region: string | undefined, ctx: Context, lexicon: Lexicon): string {
  const self = scope.slice(2);
  const kind = self.charAt(1);
  let place = resolveRegion({ start: 0, end: self.length, name: self, self: true }, ctx, region);
  // A place is not compared with itself: 余姚…高于全市 is 宁波市.
  if (place && place === region) place = lexicon.parentRegion(place);
  // 顺德高于全市 in a text about 深圳 and 佛山: the whole is the city the place is in, whatever the text's city.
  if (region) {
    const own = ancestorsOf(region, lexicon).find((a) => a.endsWith(kind));
    if (own && place !== own && (!place || !isInside(region, place, lexicon))) place = own;
  }
  return place && place.endsWith(kind) && place !== region ? `R:${place}` : scope;
}

/** Whether `place` lies inside `whole` (余姚市 in 宁波市, 宁波市 in 浙江省). */
export function isInside(place: string, whole: string, lexicon: Lexicon): boolean {
  return ancestorsOf(place, lexicon).includes(whole);
}
