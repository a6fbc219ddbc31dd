// Turns the words before a figure into an indicator name: strips the subject region, the period,
// verbs and measure words, so 余姚完成有效投资同比增长 → 有效投资 and 实现规上工业增加值 → 规模以上工业增加值.
import type { Lexicon } from '../lexicon/lexicon';
import { findPeriods } from './periods';
import { PERIOD_AT_START } from './cueWords';
import { BARE_HEADS, MANUFACTURING_DIVISIONS } from '../lexicon/indicatorLexicon';
import { LEGAL_FORMS, OWNER_WORDS } from './firmNames';

const LEADING_FILLERS = /^((?<![0-9一二三四五六七八九十])[一二三四五六七八九十]是(?=[\u4e00-\u9fff]{2})|(?:一地|一县|一市|一家)(?:就|便)?|首先|其次|[^，,；;]{0,10}?(?:数据|测评|调查|监测|统计|结果)(?:显示|表明)|房地产开发企业(?=房屋|商品房|土地|住宅)|超额|帮助|还需|仍需|尚需|需要|需(?!求)|尽管|虽然|即使|建议|紧盯|锚定|瞄准|(?<!实)力争|提出|对照|对标|按照|参照|单是|光是|仅是|仅仅|仅|只(?=有|为|是|占|达|$)|(?:这一|该)(?=增速|增幅|指标|比重|比例|占比|数字|数据|规模|总量)|[五三十两]年(?=累计|共计|合计)|(?:大约|约|近|接近)(?=占)|有望|可望|距离|距|年末|年底|期末|月末|当月|当季|单季度|单季|本月|单月|则|但|而|仍|计划|预计|预期|争取|确保|推动|促进|和|及|与|以及|其中|同时|此外|另外|截至目前|截至|目前|至今|今年以来|以来|全年|年内|同期|当年|同年(?![龄级])|累计(?!结存|结余)|共计|合计|总计|共(?!建|享|同)|到(?=(?:19|20)[0-9]{2}年|年底|年末|全[市省区县国]|本[市省区县]|我[市省区县])|已经|已|其(?!他|余)|以(?!旧换新)|据|在(?![校读园岗职建营途册])|对|于|均|分别|这里|那里|这|将|把|并|还|也|又|为|全面|进一步|持续|继续|初步|基本|首次|首批|一批|再次|新(?=签约|落地|投产|开工|认定|培育|入驻|登记|注册)|全(?![市区县省镇国社体员要域口行程流过链额球部乡村])|的)/;
/** A group of places named without a count at the head of a phrase (区县（市）整改率): where, not what.
 * (Counted, 三县（市）问题金额, it is PLACE_COUNT's.) */
const PLACE_GROUP_AT_START = /^(?:区县市|县市区|区县|县市|县区|市县)(?=[\u4e00-\u9fffA-Za-z]{2})/;
/** The office that did or counted it (省审计厅查出…, 市统计局发布…): who, not what. */
const AGENCY_AT_START = /^(?:省|市|县|区|州|自治区)[\u4e00-\u9fff]{2,6}?(?:厅|局)(?=[\u4e00-\u9fff]{2})/;
/** 7月31日全市最高用电负荷: the day a figure was reached is when, not what. */
const DAY_AT_START = /^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号](?:当天|当日)?/;
/** 市本级统筹安排人才发展专项资金: the level's funds, which the verb between does not name. */
const LEVEL_SET_ASIDE = /^((?:市|省|县|区)?本级|(?:市|省|县|区)级)(?:统筹)?安排(?=[\u4e00-\u9fff]{4})/;
/** 问题金额以浏阳, 整改率以雨花区(最高): the place that leads is whose figure it is, not part of what. */
const LEADING_PLACE_AT_END = /以([\u4e00-\u9fff]{2,8})$/;
const PLACE_COUNT = /^(?:[、和及与]?等?|上述|以上|这)[0-9两二三四五六七八九十]+个?(?:县级市|新城区|中心城区|城区|区县|县市|地区|板块|片区|区|县|市|地|乡镇|镇|乡|街道)(?:中|当中|里)?(?=[\u4e00-\u9fffA-Za-z]|$)/;
// 成为中部地区首个经济总量突破2万亿元的城市: what is first of its kind is a title, not the indicator.
const FIRST_OF_KIND = /^(?:成为|是)?[^，,；;。]{0,12}?(?:首个|首家|唯一|第一个)/;
// (建成高标准农田: what was built; 建成区 is the built-up area.)
// (安排市本级人才发展专项资金, 下达财政衔接推进乡村振兴补助资金: the funds set aside, which the verb does not name.)
const LEADING_VERBS = /^(建成(?!区)|缴纳|上缴|(?:(?:统筹)?安排|下达|拨付)(?=[\u4e00-\u9fff]{4})|锚定|瞄准|落实|兑现|(?:快速|进一步|持续|稳步|逐步)?(?:回升|提高|提升|上升|增加|下降|降低|回落|扩大|缩小)(?:到|至)|实现|完成(?!率)|达到|达|拥有|有(?!效|色|机|线|关|限)|突破|超过|超|创造|创(?![业新建投办客意作汇])|迈上|跨上|跃上)/;
const TRAILING = /(紧随其后|部分|更是|(?<![成造迁])就|扣除价格因素后|扣除价格因素|实际|名义|现价|可比价|不变价|紧跟其后|净增加|净减少|净增|净减|增产|减产|仅仅|仅|超额|开行量|开行|开通|力争|争取|首次|再次|首度|一年间|一年来|一年|逆势|逆市|总量|体量|(?<!总)规模|预期|预计|将会|将|有望|可望|能够|可以|仍需|还需|需要|(?<!内)需|(?<![主重需])要|(?<![许认])可|拥有|共有|已有|(?<![国私公所])有|每人每月|每人每年|每月|每平方米|每亩|每吨|每立方米|每千瓦时|每公斤|每斤|保持|连续[0-9一二三四五六七八九十两多]+(?:年|个季度|个月)|连续多年|多年来|多年|始终|一直|继续|持续|稳定|则多|则少|则|偏高|偏低|偏多|偏少|偏暖|偏冷|偏早|偏晚|转为|转而|仍|进一步|还是|还|依然|仍然|依旧|主要预期目标为|预期目标为|目标为|目标是|目标定在|目标定为|定在|目标|(?<![年度划])计划|和|及|与|以及|同样|也|亦|又|同期|单季度|单季|当季|单月|当月|同比增长|同比下降|同比增加|同比减少|环比|多增|少增|同比上涨|同比下跌|上涨|下跌|涨幅|跌幅|降幅|(?:大|猛|激|劲|暴|骤)(?:增|涨|降|跌)|大幅|小幅|快速|较快|迅速|显著|明显|稳步|平稳|迈上|跨上|跃上|站上|登上|比上年增长|比上年下降|比去年增长|较上年增长|比上年|比去年|较上年|同比|年均增长|年均|分别增长|分别下降|分别达到|分别为|分别|增长率|增长|增减|增速|增幅|最高|最多|最大|最快|最低|最少|最小|最慢|增加|下降|减少|回落|回升|调整为|调整到|调整至|上调为|上调至|上调到|下调为|下调至|下调到|调高为|调高至|调整|上调|下调|提高到|提升到|上升到|增加到|增加至|增至|增到|回升至|回升到|回落至|回落到|抬升至|抬升到|抬高至|抬高到|升至|升到|升高至|升高到|攀升至|攀升到|升高|攀升|依次|下降到|降低到|降到|降至|提高至|提升至|上升至|提高|提升|上升|降低|扩大|收窄|缩短|延长|加快|放缓|改善|控制在|保持在|稳定在|达到|达|为|是|约为|约|近|接近|超过|超|逾|突破|高达|共|累计|总计|合计|实现|完成|已|已经|了|的|由|从|在|至|到|平均|(?<!人)均|(?<![成首京古旧故帝宜江花丰建定迁大])都|各|以上|以|左右|(?<![得评总积])分|所占比重|所占比例|所占份额|占比|的占|虽然|虽|尽管)$/;
/** The verb after a period inside an indicator phrase. */
const INNER_VERB = /^(?:共|累计)?(?:完成|实现|创造|达到)/;
const BARE_ZONE_AT_START = /^(?:新区|高新区|开发区|经开区|自贸区)(?![域内外级])/;
const SUBJECT_MODIFIER_AT_START = /^(?:[“「"][^”」"]{1,8}[”」"]|[^，,。；;：:“”「」\s]{1,10}?的|首府|省会|首都)/;
/** Verbs before a list of examples: what they did stays, the examples go. */
const EXAMPLE_VERB = /(上架|建成|培育|引进|拥有|新增|实施|推进|开展|举办|完成|形成|打造|落地|签约)/g;

/** 上架区块链投票、短信服务等组件 → 上架组件: examples listed before 等 are not part of what is counted. */
function withoutExamples(s: string): string {
  const deng = s.lastIndexOf('等');
  if (deng < 0 || !/[\u4e00-\u9fff]/.test(s.charAt(deng + 1))) return s;
  const items = s.slice(0, deng).split('、');
  if (items.length < 2 || items.slice(1).some((it) => !it || it.length > 12 || /[，,。；;]/.test(it))) return s;
  const first = items[0];
  let keep = -1;
  EXAMPLE_VERB.lastIndex = 0;
  for (let m = EXAMPLE_VERB.exec(first); m; m = EXAMPLE_VERB.exec(first)) keep = m.index + m[0].length;
  if (keep < 0 && first.length > 12) return s;
  return first.slice(0, Math.max(0, keep)) + s.slice(deng + 1);
}
const PUNCT = /[“”"‘’《》「」『』()（）\[\]【】\s]/g;

// The words before a figure repeat across a corpus (，同比增长 / 比上年提高 / 占地区生产总值比重): each
// lexicon remembers what a short phrase cleaned to. Bounded: cleared when full.
const MEMO_LIMIT = 50_000;
const MEMO_MAX_LENGTH = 64;
const memos = new WeakMap<Lexicon, Map<string, string>>();

/** 齐鲁软件园实现软件业务收入 = 齐鲁软件园软件业务收入: a verb between who earned a measure the lexicon knows
 * and the measure. Named after the industry that earned it (软件和信息技术服务业实现软件业务收入, 旅游业实现旅游
 * 总收入), the measure needs no industry before it. */
const EARNED = /^([\u4e00-\u9fff]{2,}?)(?:实现|完成)([\u4e00-\u9fff]{4,})$/;
function withoutEarningVerb(phrase: string, lexicon: Lexicon): string {
  const m = EARNED.exec(phrase);
  if (!m || !lexicon.canonicalIndicator(m[2]).known) return phrase;
  return m[1].endsWith('业') && m[1].includes(m[2].slice(0, 2)) ? m[2] : `${m[1]}${m[2]}`;
}

/**
 * Cleans an indicator phrase; returns '' when nothing but verbs and measure words was there.
 * `allowRegionStrip`: a place word at the start is the subject, not part of the indicator.
 */
export function cleanIndicatorPhrase(raw: string, lexicon: Lexicon, allowRegionStrip: boolean): string {
  if (raw.length > MEMO_MAX_LENGTH) return clean(raw, lexicon, allowRegionStrip);
  let memo = memos.get(lexicon);
  if (!memo) memos.set(lexicon, (memo = new Map()));
  const key = allowRegionStrip ? `1${raw}` : `0${raw}`;
  let out = memo.get(key);
  if (out === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    out = clean(raw, lexicon, allowRegionStrip);
    memo.set(key, out);
  }
  return out;
}

/** A group a place is picked from, at the head of a phrase: 十强中, 前十名里, 26个万亿城市中, 各区中. */
const AMONG_AT_START = /^(?:在)?(?:[0-9一二两三四五六七八九十百]+强(?:城市|县)?|前[0-9一二三四五六七八九十]+(?:名|位|强)?|[0-9一二两三四五六七八九十百]*个?[\u4e00-\u9fff]{0,6}?(?:城市|县市区|县市|区县|市|区|县))(?:中|当中|里)[，,]?/;

/** 为每500克, 每公斤, 每升: the quantity a price is for (with its verb at the end of a name). */
const PER_QUANTITY = /(?:(?:为|是|达到|达|约为|约)(?=每[0-9０-９.．]*[\u4e00-\u9fff]{1,3}$))?每[0-9０-９.．]+(?:千克|公斤|克|斤|毫升|升|吨|桶|袋|瓶|盒)|(?:为|是|达到|达|约为|约)?每(?:千克|公斤|斤|升|吨)$/g;

/** Tax paid, after who paid it, ending the name or before its share: 纳税, 缴纳税收, 上缴税金 (not 纳税人, 缴纳税费). */
const TAX_PAID = /(?<=[\u4e00-\u9fff]{2})(?:缴纳税收|缴纳税金|缴纳税款|上缴税收|上缴税金|纳税额|纳税)(?=$|占)/;

/** A verb between a park or a firm and what it made: 产业园实现工业产值, 集团完成营业收入. */
const OWNER_VERB = new RegExp(`(?<=(?:${OWNER_WORDS}))(?:累计|全年|共)?(?:实现|完成|创造|缴纳|上缴|贡献)了?(?=[\u4e00-\u9fff]{2})`);

/** Firms of an industry, a verb, and the industry again or not, before what they made: 建筑业企业完成建筑业总产值,
 * 建筑业企业完成总产值. (软件业企业实现软件业务收入 is withoutEarningVerb's.) */
const INDUSTRY_FIRMS_VERB = /([\u4e00-\u9fff]{1,3}业)企业(?:累计|全年|共)?(?:完成|实现)\1(?=总?产值|增加值|营业收入|利润)|(?<=业)企业(?:累计|全年|共)?(?:完成|实现)(?=总?产值|增加值|营业收入|利润)/;

/** 在本市完成的, 在外省完成: a side of a border where output was made. */
const DONE_WHERE = /在(本|外)([市省区县])(完成|实现)的?/g;

/** 站, 南站, 东站 after a place: a railway station named by it (not 站在, 站位, 站点). */
const STATION_AFTER_PLACE = /^[东南西北]?站(?![在位稳上点起岗台长])/;

/** A dash joining a place to the next: 越西—慈溪, 慈溪-龙泉 (a pairing, as 对口支援 and 山海协作 name them). */
const PAIRED_AT = /^[—－–-]/;

/**
 * The subject at the head of `s` taken off: every place word (宁波全市…), then a place after an epithet
 * or modifier (“领头羊”昆山…, 苏锡常地区的常州市…, 常州代管的溧阳市…). `place`: whether a place word stood first.
 */
function stripPlaces(s: string, lexicon: Lexicon): { rest: string; place: boolean } {
  let rest = s;
  let place = false;
  // 十强中广州…, 各区中鄞州…: the group a place is picked from goes with it.
  const mid = rest.search(/[中里]/);
  const among = mid > 0 && mid < 18 ? AMONG_AT_START.exec(rest) : null;
  if (among && lexicon.regionAt(rest, among[0].length)) rest = rest.slice(among[0].length);
  for (let r = lexicon.regionAt(rest, 0); r; r = lexicon.regionAt(rest, 0)) {
    // (日照港股份有限公司, 青岛港集团: a firm named by its place and one word keeps its place.)
    if (FIRM_AFTER_PLACE.test(rest.slice(r.end))) break;
    // (长沙南站, 长沙站: a station keeps the place it is named by; 长沙站 is not the city's 站, nor 长沙南站's.)
    if (STATION_AFTER_PLACE.test(rest.slice(r.end))) {
      place = true;
      break;
    }
    // (慈溪—龙泉山海协作产业园: two places joined by a dash pair up, and the pair is part of the name.)
    if (PAIRED_AT.test(rest.slice(r.end)) && lexicon.regionAt(rest, r.end + 1)) break;
    rest = rest.slice(r.end);
    place = true;
  }
  // 青岛港完成货物吞吐量, 连云港港集装箱吞吐量: a city's port is the city's, as sources report it.
  if (place && rest.charCodeAt(0) === 0x6e2f && /^港(?:口)?(?![区域澳资股务城])(?=[\u4e00-\u9fff]{2})/.test(rest)) rest = rest.replace(/^港口?/, '');
  // 新区规上工业增加值…: the zone the text is about, by its zone word alone. (园区 alone, in a city's
  // report, is all its parks together: a subject of its own, kept in the name.)
  const zone = BARE_ZONE_AT_START.exec(rest);
  if (zone && rest.length > zone[0].length) {
    rest = rest.slice(zone[0].length);
    place = true;
  }
  const modifier = SUBJECT_MODIFIER_AT_START.exec(rest);
  const modified = modifier && lexicon.regionAt(rest, modifier[0].length);
  if (modified && !modified.self) {
    rest = rest.slice(modified.end);
    place = true;
  }
  return { rest, place };
}

/** 矿化度小于等于2克/升的, 面积在1平方公里以上的: a bound that picks out what is measured after it, which
 * names the figure (地下水资源量), where a comparison after a name (高于全省) would be cut away with it. */
const THRESHOLD_BEFORE = /^[^，,；;]*?(?:(?:小于|大于|低于|高于|不超过|不低于|不少于|超过)(?:或?等于)?[0-9０-９.．]+[^的，,；;0-9]{0,8}?(?:及|或)?(?:以上|以下|以内)?|在[0-9０-９.．]+[^的，,；;0-9]{0,8}?(?:及|或)?(?:以上|以下|以内))的(?=[\u4e00-\u9fff]{2})/;

/** （以下简称…）, （简称…）, （下同）: a document naming what it will call something. */
const ALSO_CALLED = /[（(](?:以下|下文)?(?:简称|统称)[^（）()]{1,20}[）)]|[（(]下同[）)]/g;

function clean(raw: string, lexicon: Lexicon, allowRegionStrip: boolean): string {
  // 高于宁波市平均, 比一季度, 较上年, 与上年末相比: the comparison base is not part of the indicator.
  // 受外需走弱影响, 在新能源汽车带动下: a cause is not what was measured.
  // 工业项目集中投产带动第二产业增加值(增长): what drives a figure is not what it measures (拉动 is, a contribution).
  // 按美元计为(34.6亿美元): the currency a figure is stated in says how, not what.
  // 资质等级以上建筑业企业（以下简称资质以上建筑业企业）: the short name a document will use is no part of the long one.
  let s = raw.includes('称') || raw.includes('下同') ? raw.replace(ALSO_CALLED, '') : raw;
  s = s.replace(/按[^，,；;]{0,8}?(?:汇率)?(?:折算|折合)(?:为|成)?$|(?:折合|约合|折算为|折算成)(?:人民币|美元)?约?$|(?:按|以)(?:美元|人民币|本币|欧元)计(?:算)?(?:为|是)?$/, '').replace(/^[^，,；;]{2,16}?(?:带动|推动|助推|促进)(?=[\u4e00-\u9fff]{4})/, '').replace(/按(可比价格?|现价|不变价格?)计算|(?:按)?(?:同口径|可比口径)(?:计算)?/g, '').replace(/(?:与|同)[^，,；;与同]{1,12}?(?:相比较?|一样|一致)/g, '').replace(/受[^,，;；]{1,14}?(影响|拖累|冲击|带动)|在[^,，;；]{1,14}?(带动|推动|拉动|支撑)下|在[^,，;；]{0,6}?(基数|基础)上/g, '').replace(THRESHOLD_BEFORE, '').replace(/(高于|低于|高出|低出|超过|超出|快于|慢于|小于|大于|领先于?(?=全|本|[\u4e00-\u9fff]{1,6}(?:平均|水平))|落后于?(?=全|本|[\u4e00-\u9fff]{1,6}(?:平均|水平))|(?<![同占环之])比(?![重例率值])|较(?!快|大|高|好))[^,，;；]*$/, '');
  // 已达到去年全年的81.6% = 已相当于2023年全年的81.6%: an amount put against an earlier year's is no share of
  // a whole, and whichever way the year is written, one ratio.
  if (s.includes('的')) s = s.replace(/(?:已经?)?(?:相当于|达到|恢复(?:到|至))(?:(?:19|20)[0-9]{2}年|去年|上年|前年)(?:全年|同期|[上下]半年|前三季度)?的$/, '相当于往年');
  // 相当于全市地区生产总值的47.0% = 占全市地区生产总值的47.0%: an amount put against a whole is its share
  // (规模相当于…: the size of the amount just named).
  if (s.includes('相当于')) s = s.replace(/^(?:其?(?:规模|总量|总额|数量))?相当于(?=[\u4e00-\u9fff]{2,}的$)/, '占');
  // 对非洲和东盟的进出口 = 对非洲和东盟进出口; 对美出口 = 对美国出口: trade with partners, however written.
  if (s.includes('对')) s = s.replace(/对([\u4e00-\u9fff“”、]{2,16}?)的(?=(?:进出口|出口|进口|贸易|外贸))/, '对$1').replace(/对(美|日|韩|俄|欧)(?=(?:进出口|出口|进口|贸易|外贸))/, (_, p: string) => `对${PARTNER_SHORT[p]}`);
  // 服务业增加值对全省经济增长的贡献率 = 服务业对经济增长贡献率: one contribution however written.
  if (s.includes('贡献率')) s = s.replace(/增加值(?=对)/, '').replace(/对(?:全|本|我)[省市区县国]/, '对').replace(/增长的贡献率/, '增长贡献率');
  // Markdown emphasis and heading marks (**七、板块。** 江阴市…, # 标题) are not part of the words.
  s = s.replace(/^[,，;；:：、*_#\s]+|[,，;；:：、*_\s]+$/g, '');
  // 成都经济“半年报”：总量…, 分区域看：东部新区投资…: what stands before a colon is a label.
  const colon = labelColon(s);
  // - 南宁3月末贷款余额增速：8.1%: with nothing but 约/为 after it, the label is the indicator.
  if (colon >= 0) s = /^[\s约为达近超过逾共计合计是]*$/.test(s.slice(colon + 1)) ? s.slice(0, colon) : s.slice(colon + 1);
  // List markers: - 地区生产总值, * …, 1. …, （1）…
  s = s.replace(/^(?:[-*+•·]\s*|[0-9]{1,2}[.、)]\s*|[一二三四五六七八九十]{1,3}、\s*|[(（][0-9一二三四五六七八九十]{1,2}[)）]\s*)/, '');
  // A period inside the phrase (回升到二季度的) says when, not what; the verb after it (新郑国际机场上半年
  // 完成货邮吞吐量) joins the owner before the period to what it measured.
  for (const p of findPeriods(s).reverse()) s = s.slice(0, p.start) + (p.start > 0 ? s.slice(p.end).replace(INNER_VERB, '') : s.slice(p.end));
  // (古城分别接待游客: 分别 goes with the list before, not with what was measured.)
  s = s.replace(/^的|的$/g, '').replace(/(?<=[\u4e00-\u9fff]{2})分别(?=[\u4e00-\u9fff]{2})/, '');
  // 11个设区市中有(7个): the group a count is picked from names nothing measured.
  if (s.includes('个') && /^[0-9一二两三四五六七八九十百]+个?[\u4e00-\u9fff（）()、]{1,8}?(?:中|当中|里)有?$/.test(s)) return '';
  // 上架区块链投票、短信服务等组件: examples named before 等 are not part of what is counted.
  if (s.includes('等')) s = withoutExamples(s);
  // 地区生产总值(GDP), 规上工业增加值(现价): a bracketed gloss is not part of the name.
  // 重点商圈假期累计实现销售额: a holiday says when, not what (and is read as a period).
  // (迎峰度夏前新增变电容量: the season of peak load says when too.)
  s = s.replace(/(?:国庆|五一|春节|端午|中秋|元旦|清明)?(?:小长假|长假|假期|黄金周)(?:期间)?|迎峰度[夏冬](?:前|期间|以来)?/g, '');
  // 粮食增产1.9%: what is produced more is its output.
  s = s.replace(/(?<=[\u4e00-\u9fff]{2})(?:增产|减产)$/, '产量');
  // …占全省常住人口的比重（常住人口城镇化率）: a gloss the lexicon knows is the indicator's own name.
  const gloss = /[(（]([^()（）]{2,12})[)）]/.exec(s);
  if (gloss && lexicon.canonicalIndicator(gloss[1]).known) return gloss[1];
  // (…业务收入（不包括邮政储蓄银行直接营业收入）: a note of what is left out is no part of it either; nor is a
  // list of what is in it, 三项社会保险基金（基本养老保险、失业保险、工伤保险，下同）; nor a definition after a
  // name, 监测合格率（达到《国民体质测定标准》合格以上等级的人数比例）.)
  s = s.replace(/(?<=[\u4e00-\u9fff]{2})[(（][^()（）]{13,40}[)）](?=(?:为|是|达到|达|约为|约)?$)|[(（][^()（）]{1,12}[)）]|[(（](?:不包括|不包含|不含|包括|包含|含|剔除|扣除)[^()（）]{1,24}[)）]|[(（][^()（）]{0,40}(?:、|下同)[^()（）]{0,40}[)）]/g, '');
  // 在本市完成的产值 (as against 在外省完成的): where the work was done qualifies what it made; 本市 is no subject.
  if (s.includes('在')) s = s.replace(DONE_WHERE, (_, side: string, level: string, verb: string) => `${level}${side === '本' ? '内' : '外'}${verb}`);
  let regionAllowed = allowRegionStrip;
  for (let guard = 0; guard < 20; guard++) {
    const before = s;
    // 在规上工业中的占比(达到) is 占规上工业比重; 一般公共预算收入中税收占比 is 税收占一般公共预算收入比重.
    // (在一般公共预算支出中占9.8%, 在全省总量中所占比重为…: the same, said with 占.)
    // (…with its 在 read off already, 经济总量中的占比 after 在全省经济总量中的占比升至.)
    s = s.replace(/^在?([^在，,；;]{2,20}?)(?:当中|中|里)(?:的?(?:占比|比重)|所?占(?:到|了)?(?:的?比重|比例)?)(?:达到|达|为|是)?$/, '占$1比重')
      // 第三产业在GDP中的占比 is 第三产业占GDP比重.
      .replace(/^([^在，,；;占]{2,14}?)在([^在，,；;]{2,20}?)(?:当中|中|里)(?:的?(?:占比|比重)|所?占(?:到|了)?(?:的?比重|比例)?)(?:达到|达|为|是)?$/, '$1占$2比重')
      .replace(/^((?:初中|高中|[^，,；;中占]){2,14}?)中(?:的)?(?:具有|具备)?([^，,；;中占]{2,8}?)(?:的)?(?:所占(?:的)?)?(?:占比|比重|比例)(?:达到|达|为|是)?$/, '$2占$1比重')
      // 一般公共预算收入…，税收收入在其中的占比为83.3%: the share of what 其中 points back at, written bare.
      .replace(/^([^在，,；;占]{2,14}?)在其中(?:的)?(?:占比|比重|所占比重|所占比例|比例)(?:达到|达|为|是)?$/, '$1')
      // 全市外贸在全省所占比重 is 外贸占全省比重.
      .replace(/^([^在，,；;占]{2,14}?)在([^在，,；;中]{2,12}?)所占(?:的)?(?:比重|比例|份额)$/, '$1占$2比重')
      // 城镇职工基本养老保险、失业保险、工伤保险三项社会保险基金: the items a count of them sums up adds nothing.
      .replace(/^[^，,；;]{2,40}?、[^，,；;]{2,40}?(?=[两三四五六七八九十]项[\u4e00-\u9fff]{2})/, '')
      // 社会物流总费用与GDP的比率 is 社会物流总费用占GDP比重: one amount over another, in per cent.
      .replace(/^([^，,；;与占]{2,20}?)与([^，,；;与占]{2,12}?)(?:的)?(?:比率|比值|之比)(?:达到|达|为|是)?$/, '$1占$2比重');
    const period = PERIOD_AT_START.exec(s);
    if (period && period.index === 0 && period[0]) s = s.slice(period[0].length);
    s = s.replace(DAY_AT_START, '').replace(LEVEL_SET_ASIDE, '$1');
    if (regionAllowed) s = stripPlaces(s, lexicon).rest;
    if (regionAllowed) s = s.replace(PLACE_GROUP_AT_START, '').replace(AGENCY_AT_START, '');
    const leader = LEADING_PLACE_AT_END.exec(s);
    if (leader && lexicon.regionAt(leader[1], 0)?.end === leader[1].length) s = s.slice(0, leader.index);
    // 江夏、黄陂…四个新城区社零: the count after a list of places names them, not what was measured.
    const count = regionAllowed ? PLACE_COUNT.exec(s) : null;
    if (count) s = s.slice(count[0].length);
    const filler = LEADING_FILLERS.exec(s);
    if (filler) s = s.slice(filler[0].length);
    const first = FIRST_OF_KIND.exec(s);
    if (first && first[0].length < s.length) s = s.slice(first[0].length);
    const verb = LEADING_VERBS.exec(s);
    if (verb) {
      s = s.slice(verb[0].length);
      regionAllowed = false; // 该镇实现余姚市外实到内资: after the verb, 余姚市 belongs to the indicator
    }
    // 规上工业企业总数, 高新技术企业数量, 移动电话用户总数: a count of bodies is the bodies counted (入围数量
    // stays what it is).
    s = s.replace(/(?<=(?:企业|公司|单位|项目|机构|平台|用户|人口))(?:总数|数量)$/, '');
    // (自然增长率 is a name the lexicon knows, not 自然 and a measure word.)
    const tail = TRAILING.exec(s);
    const named = tail !== null && tail[0] === '增长率' && lexicon.canonicalIndicator(s).known;
    if (tail && tail.index > 0 && !named) s = s.slice(0, tail.index);
    else if (tail && tail.index === 0 && tail[0] === s) s = '';
    s = s.replace(/^[,，、\s]+|[,，、\s]+$/g, '');
    if (s === before) break;
  }
  s = s.replace(PUNCT, '');
  // 精瘦肉零售均价为每500克, 精瘦肉每500克零售均价: the quantity a price is for is the figure's unit, no name.
  if (s.includes('每')) s = s.replace(PER_QUANTITY, '');
  // 民营企业纳税 = 民营企业缴纳税收 = 民营企业税收: the tax someone paid, however written after them.
  if (s.includes('税')) s = s.replace(TAX_PAID, '税收');
  // 山海协作产业园实现工业产值 = 山海协作产业园工业产值: the verb after a park or firm names nothing.
  if (s.includes('园') || s.includes('区') || s.includes('司') || s.includes('团')) s = s.replace(OWNER_VERB, '');
  // 建筑业企业完成建筑业总产值 = 建筑业企业总产值: what an industry's firms did, the verb and the industry said again name nothing.
  if (s.includes('业企业')) s = s.replace(INDUSTRY_FIRMS_VERB, (_, industry: string | undefined) => (industry ? `${industry}企业` : '企业'));
  // 第三产业用电增长11.5% is of 用电量; 浏阳市缴存增长8.7% of 缴存额.
  s = withAmountWord(s);
  // 老旧小区改造则完成投资: 则 between a name and its verb sets it against the clause before, names nothing.
  if (s.includes('则')) s = s.replace(THEN_BEFORE_VERB, '');
  // 家用电器和音像器材类零售额 is what a source lists as 家用电器和音像器材类 (增长9.8%).
  s = s.replace(/(?<=.{2})类(?:商品)?零售额$/, '类');
  // (限上家电类 = 家电类: a retail category is reported for the units above the size limit.)
  if (s.endsWith('类')) s = s.replace(/^(?:限额以上|限上)(?:单位|企业)?(?=[\u4e00-\u9fff]{2,}类$)/, '');
  // 生产原煤121118.2万吨, 生产汽车63万辆: the amount produced is the product's output (原煤产量).
  const produced = /^生产([\u4e00-\u9fff]{2,6})$/.exec(s);
  if (produced && !produced[1].startsWith('总值') && !lexicon.canonicalIndicator(s).known) s = `${produced[1]}产量`;
  // 年初确定的GDP, 全市上下的地区生产总值: a modifier before an indicator the lexicon knows.
  const of = s.lastIndexOf('的');
  if (of > 0 && of < s.length - 1 && lexicon.canonicalIndicator(s.slice(of + 1)).known && !s.includes('占')) s = s.slice(of + 1);
  // 完成额排在全国第8位: 额 alone names nothing; what it measures, the context says (so does 总额 after a
  // figure of what it totals: 人均可支配收入比上年增长8.1%，总额达到29836元).
  // (进入第三季度后增速…: the words that framed a period name nothing once it is gone.)
  return LONE_MEASURE_WORD.test(s) || FRAME_LEFT.test(s) || SO_MUCH.test(s) ? '' : s;
}

/** What is left of 进入第三季度后, 自年初以来 once the period is taken out. */
const FRAME_LEFT = /^(?:进入|自|从|截至|到|在)(?:后|以后|之后|以来|起|开始|中)?$|^(?:以后|之后)$/;
const LONE_MEASURE_WORD = /^(?:总?额|数额)$/;
/** 日数之多(列历史第二位), 暖的程度: how much of what was just named, not a name of its own. */
const SO_MUCH = /^[\u4e00-\u9fff]{1,4}之(?:多|高|大|强|广|快|长|低|少|重)$|^[\u4e00-\u9fff]{1,2}的程度$/;

/** What may stand between a place and its growth when the growth is its economy's (上半年新郑增长6.7%). */
const ECONOMY_GROWTH = /^[，,\s]*(?:[两二三四五六七八九十]个?(?:地|县|区|市|县市|区县|县区))?(?:经济)?(?:分别|均|仅|只)?(?:同比|比上年|较上年)?(?:分别|均|仅|只)?(?:增长|增速(?:分别|均|仅|只)?(?:为|达到?)?)$/;

/** Where the last colon that ends a label stands (-1 if none): the colon of a time of day (早高峰时段（7:00—9:00）) ends none. */
function labelColon(s: string): number {
  let at = Math.max(s.lastIndexOf('：'), s.lastIndexOf(':'));
  while (at > 0 && s.charAt(at) === ':' && /[0-9]/.test(s.charAt(at - 1)) && /[0-9]/.test(s.charAt(at + 1))) at = Math.max(s.lastIndexOf('：', at - 1), s.lastIndexOf(':', at - 1));
  return at;
}

/**
 * 雨花区增长5.1%, 上半年新郑增长6.7%: a place (and period) and nothing but 增长 before a growth is its
 * economy's, the regional product. Only asked for a growth that nothing else names.
 */
export function impliesEconomy(left: string, lexicon: Lexicon): boolean {
  // (9. 无锡、合肥分别增长…: a list marker before the places.)
  // (临港和城区相对偏弱：北仑增长…: a label before a colon is no part of it.)
  let s = left.slice(labelColon(left) + 1).replace(/^[\s*_，,；;：:]+/, '').replace(/^(?:[0-9]{1,2}[.．、)]\s*)/, '');
  let place = false;
  for (let guard = 0; guard < 8; guard++) {
    const before = s;
    const period = PERIOD_AT_START.exec(s);
    if (period && period[0]) s = s.slice(period[0].length).replace(/^[，,]/, '');
    const places = stripPlaces(s, lexicon);
    // 广州、佛山、东莞前三季度分别增长…: places listed.
    s = places.rest.replace(/^(?:力争|争取|预期|计划|确保|将)/, '').replace(places.place ? /^[、和及与]/ : /^$/, '');
    place ||= places.place;
    if (s === before) break;
  }
  return place && ECONOMY_GROWTH.test(s);
}

/** What may follow an indicator that opens a sentence about its course (增速总体保持高位, 自年初以来逐月放缓). */
const LEAD_NEXT = /^(增速|增幅|增长|规模|总量|体量|再|创|首次|迈上|迈入|跨上|跨入|跃上|跃升|站上|登上|总体|整体|保持|均|都|实现|持续|运行|逐月|稳|呈|继续|延续|仍|依然|依旧|处于|较|同比|回落|放缓|加快|回升|自|走势|表现|情况|完成情况|完成|方面|来看|看|[，,：:]|$)/;

/**
 * The lexicon indicator a clause opens on, after its period, place and filler words; undefined when it
 * opens on anything else. Forms of one or two characters (经济) say too little to carry, but for SHORT_LEADS.
 * `label`: the clause is a label before a colon, and words after the indicator only comment on it.
 */
export function leadingIndicator(clause: string, lexicon: Lexicon, label = false): { name: string; known: boolean } | undefined {
  // (从优良天数比例看，…: a view opens on what it looks at.)
  let s = clause.replace(/^[\s*_#>]+/, '').replace(/^从(?=[\u4e00-\u9fffA-Z]{2,}(?:来)?看)/, '');
  for (let guard = 0; guard < 6; guard++) {
    const before = s;
    const period = PERIOD_AT_START.exec(s);
    if (period && period[0]) s = s.slice(period[0].length);
    for (let r = lexicon.regionAt(s, 0); r; r = lexicon.regionAt(s, 0)) s = s.slice(r.end);
    const filler = LEADING_FILLERS.exec(s);
    if (filler) s = s.slice(filler[0].length);
    // 四城实际使用外资…, 两市GDP…: places counted are whose, not what.
    s = s.replace(/^[,，、\s]+/, '').replace(/^(?:这)?[两二三四五六七八九十]+个?(?:城市|城|市|地|县|区|省)(?=[\u4e00-\u9fffA-Z])/, '');
    // (分地区看，1-9月各县（市、区）总诊疗人次均实现增长: a view and the places in general are whose, not what.)
    s = s.replace(/^(?:分|从)[\u4e00-\u9fff]{1,6}?来?看[，,]/, '').replace(/^各(?:县[(（]市、区[)）]|县[(（]区[)）]|县[(（]市[)）]|县市区|区县市|区县|县区|县市|地区|地)(?=[\u4e00-\u9fffA-Z])/, '');
    if (s === before) break;
  }
  const forms = leadForms(lexicon);
  // Only the head can hold the lead: expanding the whole sentence cost a quarter of reading prose.
  const expanded = lexicon.expandAbbreviations(s.slice(0, forms.headLength));
  // Most sentences open on no indicator: their first two characters start none.
  if (!forms.starts.has(expanded.slice(0, 2))) return undefined;
  // (A label before a colon may comment on what it names: 实际使用外资普遍承压：…)
  const form = forms.list.find((f) => expanded.startsWith(f) && (label || LEAD_NEXT.test(expanded.slice(f.length))));
  return form ? lexicon.canonicalIndicator(form) : undefined;
}

/** Two-character forms that name one indicator, not words of many meanings (经济): 出口表现亮眼，增长9.3%. */
const SHORT_LEADS = new Set(['社零', '固投', '高企', '税收', '出口', '进口']);

/** The lexicon's forms of three characters or more (and SHORT_LEADS), expanded (规上 → 规模以上), longest first. */
const leadFormsOf = new WeakMap<Lexicon, LeadForms>();
/** `headLength`: how much of a clause to expand so that the longest form and the word after it are in it,
 * however much an abbreviation shortens what it stands for (网络预约出租汽车 → 网约车). */
interface LeadForms { list: string[]; starts: Set<string>; headLength: number }
function leadForms(lexicon: Lexicon): LeadForms {
  let forms = leadFormsOf.get(lexicon);
  if (!forms) {
    const list = [...new Set(lexicon.indicatorForms.map((f) => lexicon.expandAbbreviations(f)).filter((f) => f.length >= 3 || SHORT_LEADS.has(f)))].sort((a, b) => b.length - a.length);
    forms = { list, starts: new Set(list.map((f) => f.slice(0, 2))), headLength: 2 * (list[0]?.length ?? 0) + 16 };
    leadFormsOf.set(lexicon, forms);
  }
  return forms;
}

/** Names of groups of industries (战略性新兴产业, 第三产业, 主导产业): they keep their 产业. */
const INDUSTRY_GROUPS = /^第[一二三]$|高技术|战略性新兴|战新|高新技术|新兴|主导|支柱|先导|核心|特色|优势|重点|未来/;

/** 绿色化工产业产值 = 绿色化工产值 (营收 too): an industry's output is named with or without 产业. */
function withoutIndustryWord(phrase: string): string {
  return phrase.replace(/^([\u4e00-\u9fff]{2,8}?)产业(产值|营业收入|营收)$/, (all, name: string, what: string) => (INDUSTRY_GROUPS.test(name) ? all : `${name}${what}`));
}

/** Official name of each way a manufacturing division is written (电气机械 → 电气机械和器材制造业). */
const DIVISION_BY_FORM = new Map<string, string>(Object.entries(MANUFACTURING_DIVISIONS).flatMap(([official, forms]) => {
  const core = official.replace(/(?:制造业|业)$/, '');
  return [core, core.replace(/、/g, ''), ...forms].map((form): [string, string] => [form, official]);
}));
/** A division's name, then what of it is measured: 电气机械行业增加值, 汽车工业产值, 专用设备增加值. */
const DIVISION_NAME = new RegExp(`^(${[...DIVISION_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|')})(制造业|制造|行业|工业|产业|业)?(增加值|总产值|产值|营业收入|利润总额|利润|投资)?$`);

/** A manufacturing division by its official name, however written (a bare name needs a measure after it). */
function divisionNamed(named: { name: string; known: boolean }): { name: string; known: boolean } {
  const m = DIVISION_NAME.exec(named.name);
  if (!m || (!m[2] && !m[3])) return named;
  return { name: `${DIVISION_BY_FORM.get(m[1])}${m[3] ?? ''}`, known: false };
}

/** 出口机电产品 = 机电产品出口: goods traded, named before or after the trade. */
const TRADE_FIRST = /^(出口|进口)([\u4e00-\u9fff]{2,10}?(?:产品|商品|制品))$/;
/** 供应国有建设用地 = 国有建设用地供应: land supplied (granted, allocated, taken back), named before or after the verb. */
const LAND_VERB_FIRST = /^(供应|出让|划拨|收储|征收)([\u4e00-\u9fff]{0,10}?(?:用地|土地))$/;

/** 则 after a name of two characters or more and before a verb that joins it to its measure. */
const THEN_BEFORE_VERB = /(?<=[\u4e00-\u9fff]{2})则(?=实现|完成|新增|新设|共有|拥有|达到)/;

/** 第三产业用电, 第四季度供地: what is used or supplied is its amount (用电量, 供地量), as 发电 is 发电量. */
const AMOUNT_UNSAID = /(?<=^|[\u4e00-\u9fff]{2})(用电|发电|售电|用水|供水|供地)$/;

/** 缴存, 提取 (of a housing fund): the money paid in or drawn is its amount (缴存额, 提取额). */
const MONEY_UNSAID = /(?<=^|[\u4e00-\u9fff]{2})(缴存|提取)$/;

/** The phrase with the word for the amount of what it names (用电 → 用电量, 缴存 → 缴存额). */
function withAmountWord(s: string): string {
  return s.replace(AMOUNT_UNSAID, '$1量').replace(MONEY_UNSAID, '$1额');
}

/** What is measured, without the verb between who earned it and it, the word 产业, or a trade (a supply of
 * land) before its goods; spending on a field is that field's (用于民生方面的支出 = 民生方面支出 = 民生支出). */
function measuredWords(phrase: string, lexicon: Lexicon): string {
  return withAmountWord(withoutIndustryWord(withoutEarningVerb(phrase, lexicon)))
    .replace(TRADE_FIRST, '$2$1')
    .replace(LAND_VERB_FIRST, '$2$1')
    .replace(/^用于([\u4e00-\u9fff]{2,8}?)(?:方面|领域)?的?(支出|投入)$/, '$1$2')
    .replace(/^([\u4e00-\u9fff]{2,8}?)(?:方面|领域)的?(支出|投入)$/, '$1$2');
}

/** One word, then a firm's kind: what a place's name is the first word of (日照|港股份有限公司). */
const FIRM_AFTER_PLACE = new RegExp(`^[\u4e00-\u9fff]?(?:${LEGAL_FORMS}|集团|公司)`);

/** 约, 接近, 就 between a share's subject and its 占 (产量约占, 供地量就占到): how nearly, how much, not what. */
const SHARE_SUBJECT_TAIL = /(?:大约|约|近|接近|超过|(?<![成造迁])就)$/;

/** Measures of traffic a part and its whole may share, written on one side only (longest first). */
const SHARED_MEASURE = /(?:旅客吞吐量|货邮吞吐量|货物吞吐量|集装箱吞吐量|客运量|货运量)$/;

/** The measures of sales (总销量, 销售额). */
const SALES_MEASURES = '销售额|销售量|销量';
const SALES_MEASURE = new RegExp(`(?:${SALES_MEASURES})$`);
/** A part of the sales named with their measure, or with 销售 alone (一类烟销量, 一类烟销售额, 一类烟销售). */
const SALES_WORD = new RegExp(`(?<=[\u4e00-\u9fff]{2})(?:${SALES_MEASURES}|销售)$`);

/** `words` with the measure `other` ends on, when `words` ends on that measure's own first words and
 * names no measure (全场旅客 + 旅客吞吐量 → 全场旅客吞吐量). */
function withMeasureOf(words: string, other: string): string {
  const measure = SHARED_MEASURE.exec(other)?.[0];
  if (!measure || SHARED_MEASURE.test(words)) return words;
  for (let n = measure.length - 1; n >= 2; n--) if (words.length > n && words.endsWith(measure.slice(0, n))) return words + measure.slice(n);
  return words;
}

/** The units a count may be named with (总流通人次, 书刊外借册次, 举办活动场次). */
export const COUNT_UNIT_WORDS = '人次|册次|场次';
/** A count's name ending on its unit; a verb alone before it (参观人次) says too little to stand without it. */
const COUNT_NAMED_BY_UNIT = new RegExp(`^([\u4e00-\u9fff]{3,}?)(?:${COUNT_UNIT_WORDS})$`);

/** Canonical name of a cleaned phrase, with 占…比重 shares normalised to 「X占Y比重」. */
export function canonicalIndicatorName(written: string, lexicon: Lexicon, measure?: string): { name: string; known: boolean } {
  // 白云机场 = 白云国际机场: an airport by its short name.
  // (道路运输领域死亡人数 = 道路运输死亡人数: a field of work by its name alone.)
  const airport = (written.includes('国际机场') ? written.replace(/国际机场/g, '机场') : written).replace(/(?<=[\u4e00-\u9fff]{2})领域(?=[\u4e00-\u9fff]{2})/g, '');
  // 60周岁及以上人口146.51万人，占16.32%: a share with no whole named is its subject's, like 占比.
  // (…，占43.6%，比重下降1.7个百分点: the change of that share, its whole unnamed too.)
  if ((measure === 'share' || measure === 'diff') && airport.length > 3 && (airport.endsWith('占') || airport.endsWith('占比重'))) return canonicalIndicatorName(airport.slice(0, airport.lastIndexOf('占')).replace(SHARE_SUBJECT_TAIL, ''), lexicon, measure);
  // 三产占比 = 第三产业增加值占地区生产总值比重: a sector's share with no base is its share of the economy.
  const sector = measure === 'share' || measure === 'diff' ? SECTOR_SHARE_ALONE.exec(airport) : null;
  const phrase = sector ? `${sector[1]}增加值占${ECONOMY_NAME}比重` : airport;
  // 占Y比重, 占Y的比重, and for a share also plain 占Y的 (占规上工业增加值的71.4%).
  const share = (measure === 'share' ? /^(.*?)占(.+?)(?:的)?(?:比重|比例|比率|份额|比)?$/ : /^(.*?)占(.+?)(?:的)?(?:比重|比例|比率|份额|比)$/).exec(phrase);
  if (share) {
    // 占国内游客总量的比重 = 占国内游客的比重: a whole is its total, 总量 or 总数 written or not.
    // (占全部固定资产投资 = 占固定资产投资: all of an indicator is the indicator.)
    const all = /^全部([\u4e00-\u9fff]{2,})$/.exec(share[2]);
    const whole = (all && lexicon.canonicalIndicator(all[1]).known ? all[1] : share[2]).replace(/(?<=[\u4e00-\u9fff]{2})(?:总量|总数)$/, '');
    // 对东盟贸易占… = 对东盟进出口占…: trade with a partner is its imports and exports.
    // (新能源汽车产量约占全国: how nearly is no part of the name, nor 合计 how it was summed, 重点企业合计营业收入占….)
    const of = share[1].replace(SHARE_SUBJECT_TAIL, '').replace(/(?<=[\u4e00-\u9fff]{2})(?:合计|总计|共计)$/, '').replace(/(?<=[\u4e00-\u9fff]{2})合计(?=[\u4e00-\u9fff]{2})/, '');
    let subject = of ? lexicon.canonicalIndicator(measuredWords(of.replace(TRADE_WITH, '$1进出口'), lexicon)).name : '';
    // 合肥占安徽经济总量的26.9%: a place's share of its province's economy is its economy's.
    if (!subject && ECONOMY_OF_WHOLE.test(whole)) subject = lexicon.canonicalIndicator('经济').name;
    // 第三产业占GDP比重: a sector's share of the economy is its value added's.
    if (subject && (SECTOR_GROWTH.test(subject) || SECTOR_SHARE_OF_GDP.test(subject)) && lexicon.canonicalIndicator(whole).name === ECONOMY_NAME) subject = lexicon.canonicalIndicator(`${subject}增加值`).name;
    // 非煤工业占规上工业比重 = 非煤工业增加值占规上工业增加值比重: one sector's share of another is by value added.
    if (subject && SECTOR_GROWTH.test(subject) && !SUBJECT_HEAD.test(subject) && SECTOR_BASE.test(whole)) subject = lexicon.canonicalIndicator(`${subject}增加值`).name;
    // 高新技术产业增加值占规上工业比重: a sector as the base is measured as the subject is (…工业增加值).
    const head = SECTOR_BASE.test(whole) ? SUBJECT_HEAD.exec(subject)?.[0] ?? '' : '';
    let base = wholeBase(whole, subject, lexicon) ?? selfAndIndicator(whole + head, lexicon) ?? lexicon.canonicalIndicator(whole + head).name;
    // 国际及地区旅客占全场旅客吞吐量 = 国际及地区旅客吞吐量占全场旅客: a measure shared by both sides, written on one.
    [subject, base] = [withMeasureOf(subject, base), withMeasureOf(base, subject)];
    // 一类烟销售10.35万箱，占总销量的26.8% = 一类烟在总销量中的比重: a part of the sales is named by what was
    // sold, 销量 or 销售 written on its side or not.
    if (SALES_MEASURE.test(base)) subject = subject.replace(SALES_WORD, '');
    // 人均工资性收入占人均可支配收入的比重 = 工资性收入在可支配收入中占: a part's share of a whole is the same
    // per head or in total, so 人均 is dropped on both sides (said on one, it is meant on both).
    const name = PER_HEAD_SHARE.test(subject) || PER_HEAD_SHARE.test(base) ? `${subject.replace(PER_HEAD_SHARE, '')}占${base.replace(PER_HEAD_SHARE, '')}比重` : `${subject}占${base}比重`;
    // 第四季度供地912.7公顷，占全年供地总量的38.2% = 第四季度的供地量占全年的38.2%: a share of the subject's own
    // whole (another period's, the base's period read apart) is the subject's share, its whole unnamed.
    if (subject && (base === subject || lexicon.canonicalIndicator(measuredWords(whole, lexicon)).name === subject)) return lexicon.canonicalIndicator(subject);
    // A share the lexicon names (研发经费支出占地区生产总值比重 = 研发投入强度).
    const listed = lexicon.canonicalIndicator(name);
    return listed.known ? listed : { name, known: false };
  }
  // 人才库已拥有各类专家 = 人才库拥有各类专家, 平台目前接入泊位 = 平台接入泊位; 共发放贷款 = 发放贷款, 合计实现营业收入 = 实现营业收入, 重点企业合计营业收入 = 重点企业营业收入: adverbs of time and sum say how,
  // not what. (共 only before a verb: 公共预算, 公共实训基地 keep their 共.)
  const verbless = phrase
    // (累计结存, 累计结余: a fund's balance over the years, not the year's 当期结存.)
    .replace(/(已经|已|目前|当前|累计(?!结存|结余)|共计|总共|(?<!公)共(?=[发有计完实引培新增吸组接办受查帮举]|建成|建设|开展)|合计)/g, '')
    // 第一产业实现增加值 = 第一产业增加值: a verb between what is measured and the measure.
    .replace(/(?<=[\u4e00-\u9fff]{2})(实现|完成)(?=(?:规模以上工业|规模以上)?(?:旅客|货邮|货物|集装箱)?(吞吐量|货运量|客运量|周转量|订单量|业务量|发电量|增加值|总产值|产值|营业收入|营收|营业总收入|利润总额|净利润|利润|税收收入|税收|销售收入|销售额|投资|进出口总额|出口额|经营性收入|经营收入|主营业务收入|总收入|营业额|交易额|成交额|收入|再就业|转移就业|就业)$)/, '')
    // 规上产值 = 规上工业产值; 餐饮收入额 = 餐饮收入, 投资额 = 投资.
    .replace(/(?:规模以上|规上)(产值|总产值|增加值|营业收入)$/, '规模以上工业$1')
    .replace(/(收入|投资)额$/, '$1')
    // 一般公共预算收入到位 = 一般公共预算收入, 内资到位 = 到位内资: what came in.
    .replace(/(?<=[\u4e00-\u9fff]{2}收入)到位$/, '')
    .replace(/^(.{0,8}?)(内资|外资)到位$/, '$1到位$2')
    // 创业担保贷款发放额 = 发放创业担保贷款 (as 创业担保贷款发放 is): what was paid out.
    .replace(/^([\u4e00-\u9fff]{2,12}?)发放(?:金额|总额|额)$/, '发放$1')
    // 齐云山景区游客 = 齐云山景区接待游客; A级旅游景区 = A级景区: visitors a place received.
    .replace(/旅游景区/g, '景区')
    .replace(/^(.{2,12}?(?:景区|景点|古镇|古村|博物馆|乡村))游客(?:量|人次|接待量)?$/, '$1接待游客')
    // 细颗粒物年平均浓度 = 年均浓度 = 平均浓度: a concentration is averaged over the year unless said otherwise.
    .replace(/年(?:平)?均浓度$/, '平均浓度')
    // 固定资产投资总额 = 固定资产投资: what was invested, in total.
    .replace(/(?<=[\u4e00-\u9fff]{2})投资总额$/, '投资')
    // 普通高校毕业生规模 = 普通高校毕业生: a count's size is the count.
    .replace(/^(.{4,}?)(?<!总)规模$/, '$1')
    // 参加城乡居民基本养老保险人数 = 城乡居民养老保险参保人数 = 城乡居民基本养老保险参保: those insured
    // (参加基本医疗保险的8512.4万人: who joined are the insured, 人数 written or not). 基本 goes in the
    // lexicon's abbreviations (基本医疗保险 = 医疗保险).
    .replace(/^参加(.+?保险)(?:的)?(?:人数|人员)?$/, '$1参保人数')
    .replace(/^(.+?保险)参保$/, '$1参保人数')
    // 以一般贸易方式进出口 = 一般贸易进出口.
    .replace(/(贸易)方式(?=进出口|出口|进口)/, '$1')
    // 风电装机容量 = 风电装机 = 风电装机规模.
    .replace(/装机(?:容量|规模)$/, '装机')
    // 银行业金融机构不良贷款率 = 银行业不良贷款率.
    .replace(/银行业金融机构/, '银行业')
    // 每千人口拥有托位数 = 每千人口托位数: what each head has is what is measured per head.
    .replace(/^(每(?:十万|万|千|百)(?:常住)?(?:人口|人|户)|人均|户均)(?:拥有|享有|占有)/, '$1');
  const plain = measuredWords(verbless, lexicon) || phrase;
  // 茉莉花年产量 = 茉莉花产量: output is yearly unless said otherwise.
  const cleaned = plain.replace(/(增长速度|增速|增幅|涨幅|跌幅)$/, '').replace(/年(产量|产值|销量|销售额)$/, '$1');
  // 县域GDP = 县域经济实现地区生产总值: the counties' part of an indicator the lexicon knows.
  const part = COUNTY_PART.exec(cleaned);
  if (part) {
    const whole = lexicon.canonicalIndicator(part[1].replace(/^实现/, ''));
    if (whole.known) return { name: `县域${whole.name}`, known: false };
  }
  // 盟市所在地城市环境空气质量平均优良天数比例 = 各盟市平均优良天数比例 = 空气质量优良天数比例: days of good air,
  // whichever cities monitored them and however averaged.
  // (优良天数占比提升0.6个百分点: 占比 is gone from the words, not from the measure.)
  if (AIR_GOOD_DAYS.test(cleaned) || ((measure === 'share' || measure === 'diff') && /(?:^|空气质量|环境空气质量)优良天数$/.test(cleaned))) return lexicon.canonicalIndicator('空气优良天数比例');
  let named = lexicon.canonicalIndicator(cleaned || plain);
  // 医药制造业下降3.4%: a sector's growth is its value added's, as statistics report it.
  // (汽车制造业降幅收窄1.3个百分点: so is the change of that growth.)
  if ((measure === 'growth' || measure === 'diff') && !named.known && SECTOR_GROWTH.test(named.name)) named = lexicon.canonicalIndicator(`${named.name}增加值`);
  if (!named.known) named = divisionNamed(named);
  // 总流通人次 = 总流通, 书刊外借册次 = 书刊外借: a count named with its unit is the count (参与读者412.8万人次;
  // the lexicon knows its own, 诊疗人次).
  const counted = named.known ? null : COUNT_NAMED_BY_UNIT.exec(named.name);
  if (counted) named = lexicon.canonicalIndicator(counted[1]);
  // 服务业占比46.8%: a sector named alone has its value added's share of GDP.
  if (measure === 'share' && !named.known && SECTOR_SHARE_OF_GDP.test(named.name)) named = lexicon.canonicalIndicator(`${named.name}增加值`);
  // 第三产业增加值占比62.8%: a part of GDP's share is of GDP, however briefly written.
  if (measure === 'share' && named.known && GDP_PARTS.has(named.name)) return { name: `${named.name}占${ECONOMY_NAME}比重`, known: false };
  // 经常参加体育锻炼人口比例43.6% = 经常参加体育锻炼人口占比43.6%: a share named by what it is of, 比例
  // or 比重 written after it or not (占比 is gone from the words already).
  const bare = !named.known && (measure === 'share' || measure === 'diff') ? SHARE_WORD_AFTER.exec(named.name) : null;
  if (bare) return canonicalIndicatorName(bare[1], lexicon, measure);
  return named;
}

/** 人均 in a share's part or whole (居民人均 opening a whole: the residents are who any per-head income is of). */
const PER_HEAD_SHARE = /(?:^居民)?人均/;

/** A share word after what the share is of: 人口比例, 城镇人口比重. */
const SHARE_WORD_AFTER = /^([\u4e00-\u9fff]{2,}?[^占的])的?(?:比例|比重)$/;

/**
 * 占佛山全市的比重, 占全市经济总量的, 占全市GDP的: the whole place's own figure of the same indicator,
 * written 全市 (全省, 全区, 全县) whichever way. Undefined when the base is another indicator.
 */
function wholeBase(base: string, subject: string, lexicon: Lexicon): string | undefined {
  let s = base;
  let kind = '';
  for (let r = lexicon.regionAt(s, 0); r; r = lexicon.regionAt(s, 0)) {
    kind = r.self ? r.name.charAt(r.name.length - 1) : kind || (/[省市区县]$/.test(r.name) ? r.name.charAt(r.name.length - 1) : '');
    s = s.slice(r.end);
  }
  if (!kind) return undefined;
  const rest = s.replace(/^的/, '');
  if (rest) return lexicon.canonicalIndicator(rest).name === subject ? `全${kind}` : undefined;
  // 对东盟进出口占全省的比重 = 占全省进出口总额比重: the whole's figure of what the subject is a part of.
  const whole = lexicon.canonicalIndicator(subject).known ? undefined : wholeIndicatorOf(subject, lexicon);
  return whole ? `全${kind}${whole}` : `全${kind}`;
}

/** 对东盟进出口 is a part of 进出口总额: the known indicator the subject's name ends in, if any. */
function wholeIndicatorOf(subject: string, lexicon: Lexicon): string | undefined {
  const form = lexicon.indicatorForms.find((f) => f.length >= 2 && subject.length > f.length && subject.endsWith(f));
  return form ? lexicon.canonicalIndicator(form).name : undefined;
}

/** 全市外贸 = 全市进出口总额: a base of the whole place names its indicator however written. */
function selfAndIndicator(base: string, lexicon: Lexicon): string | undefined {
  const m = /^(全[省市区县]|本[省市区县])(.{2,})$/.exec(base);
  // (占本市GDP = 占全市地区生产总值: 本 and 全 name the same whole.)
  return m ? m[1].replace('本', '全') + lexicon.canonicalIndicator(m[2]).name : undefined;
}

/** 对东盟贸易, 对“一带一路”国家外贸: trade with a partner. */
const TRADE_WITH = /^对?((?:东盟|欧盟|美国|日本|韩国|俄罗斯|非洲|拉美|中亚|东南亚|中东|一带一路|共建一带一路)[^贸外]{0,6}?)(?:贸易|外贸)$/;

/** The share of days of good air, however qualified: 优良天数比例, 空气质量优良天数比率. */
const AIR_GOOD_DAYS = /优良天数(?:比例|比率|占比)$/;

/** A sector named alone: 医药制造业, 电子信息产业, 金融业, 第三产业, 医药行业. */
const SECTOR_GROWTH = /(?:制造业|行业|工业|产业|服务业|建筑业|金融业|房地产业|农业|采矿业|批发业|零售业|住宿业|餐饮业)$/;

/** A base that names a sector, not a measure of it: 规上工业, 全部工业, 制造业, 第三产业. */
const SECTOR_BASE = /(工业|产业|制造业|服务业|企业)$/;
/** What the subject of a share measures, to complete a sector base. */
const SUBJECT_HEAD = /(增加值|总产值|产值|营业收入|利润总额|利润|税收收入|投资)$/;
/** 安徽经济, 全省经济总量, 全市GDP: the economy of a whole. */
const ECONOMY_OF_WHOLE = /^[\u4e00-\u9fff]{1,6}?(?:全[省市区县])?的?(?:经济(?:总量)?|GDP|地区生产总值)$/;
/** 县域GDP, 县域经济实现地区生产总值: an indicator of the counties taken together. */
const COUNTY_PART = /^县域(?:经济)?(.{2,})$/;
/** The economy's indicator, of which sectors and industries are parts. */
const ECONOMY_NAME = '地区生产总值';
/** Sectors whose share, said alone (服务业占比), is of GDP. */
const GDP_SECTORS = '服务业|第一产业|第二产业|第三产业|一产|二产|三产|工业|建筑业';
/** A sector of the economy named alone (第三产业): its figures are its value added's, unless counted otherwise. */
export const SECTOR_ALONE = new RegExp(`^(?:${GDP_SECTORS})$`);
const SECTOR_SHARE_OF_GDP = new RegExp(`^(?:${GDP_SECTORS})$`);
/** 三产占比: a sector's share written without its base. */
const SECTOR_SHARE_ALONE = new RegExp(`^(${GDP_SECTORS})(?:增加值)?(?:占比|比重|所占比重)$`);
/** Parts of GDP: written 占比 alone, their share is of GDP. */
const GDP_PARTS = new Set(['第一产业增加值', '第二产业增加值', '服务业增加值', '工业增加值', '建筑业增加值']);

/** The words of a shared tail: 城镇和农村居民人均可支配收入 → [城镇居民人均可支配收入, 农村居民人均可支配收入]. */
const HEAD_NOUNS = [
  '居民人均可支配收入', '人均可支配收入', '可支配收入', '参保率', '覆盖率', '增加值', '总产值', '产值', '营业收入', '收入',
  '投资', '总额', '利润', '费用', '支出', '企业', '项目', '产业', '吞吐量', '用电量', '发电量', '产量', '销量', '销售额', '成交额',
  '交易额', '装机容量', '装机', '余额', '浓度', '面积', '人次', '价格', '指数', '率', '额', '值', '量', '数',
];

/** Words that end an industry or group name but are not yet an indicator (高新技术产业 → …增加值). */
const NOT_A_HEAD = new Set(['产业', '企业', '项目']);

/**
 * Words that stand in parallel before one shared name: 城镇和农村生活垃圾分类覆盖率 is 城镇… and 农村…,
 * whatever the name ends in. Longest first.
 */
/** The last of 第二、三产业增加值: an ordinal without its 第, then the name the ordinals share. */
const ELIDED_ORDINAL_LAST = /^([一二三四五六七八九十])(.{2,})$/;
const PARALLEL_QUALIFIERS = [
  '第一产业', '第二产业', '第三产业', '城镇', '农村牧区', '农村', '城市', '乡村', '城区', '郊区', '市区', '县域', '国内', '国外', '境内', '境外',
  '省内', '省外', '市内', '市外', '进口', '出口', '男性', '女性', '一产', '二产', '三产', '公办', '民办', '国有', '民营', '外资',
];

/**
 * 全体居民人均可支配收入增长5.0%，其中城镇居民增长6.3%: a parallel qualifier alone (城镇, 城镇居民) names
 * its part of the indicator before it (`beforePhrase`, the previous figure's words). Undefined when
 * `phrase` is no such qualifier or is an indicator of its own. Runs for every figure: the qualifier is
 * tested first, the lexicon only asked when one is there.
 */
export function qualifiedPart(phrase: string, beforePhrase: string, lexicon: Lexicon): string | undefined {
  const q = PARALLEL_QUALIFIERS.find((x) => phrase.startsWith(x));
  if (!q || lexicon.canonicalIndicator(phrase).known) return undefined;
  const rest = phrase.slice(q.length);
  // The whole (全体居民…) or a sibling part (城镇居民… before 农村居民) names the shared tail.
  let base = lexicon.canonicalIndicator(beforePhrase).name.replace(/^(全体|全部|全市|全省|全区)/, '');
  const sibling = PARALLEL_QUALIFIERS.find((x) => base.startsWith(x));
  if (sibling) base = base.slice(sibling.length);
  // (…，占新设总量的2.0%；第三产业21.70万户: a share with no subject of its own is no name to qualify.)
  if (base.startsWith('占')) return undefined;
  if (rest.length > 2 || (rest && !base.startsWith(rest)) || base.length <= rest.length) return undefined;
  // (GDP…，三产占比…: an industry's part of the economy is its value added.)
  if (/产业?$/.test(q) && base === ECONOMY_NAME) return `${q}增加值`;
  return q + base;
}

/** A trade sector's figure (批发业销售额, 餐饮业营业额), after the qualifier of the units above the quota: only
 * those four sectors are counted by it (规模以上工业增加值…，建筑业增加值 is no 规模以上建筑业's). */
const QUOTA_SECTOR_ITEM = /^(限额以上)?((?:批发|零售|住宿|餐饮)业(?:销售额|营业额|零售额|商品销售额))$/;

/** 限额以上批发业销售额增长8.1%，零售业销售额增长5.9%: sectors listed after one of the units above a size
 * are of those units too. The qualified name, or undefined. */
export function sharedQuotaQualifier(phrase: string, beforePhrase: string): string | undefined {
  const item = QUOTA_SECTOR_ITEM.exec(phrase);
  const first = item && !item[1] ? QUOTA_SECTOR_ITEM.exec(beforePhrase) : null;
  return first?.[1] && first[2] !== phrase ? `${first[1]}${phrase}` : undefined;
}

/** A flow named alone: 支出, 基金收入. */
const BARE_FLOW = /^(基金)?总?(收入|支出)$/;
/** The name of an account that has both income and spending: a budget, a fund, public finance. */
const ACCOUNT_END = /(?:预算|基金|财政)$/;
/** A phrase naming an account's income or spending, or how much of its budget it reached. */
export const FLOW_NAMED = /(收入|支出)(?:(?:预算|目标)完成率)?$/;

/** 医保基金收入772.3亿元…；支出779.8亿元: a flow named alone after a flow of an account is that account's
 * (基金支出 after 基本医保基金累计收入 keeps the fund's name, without 累计). */
export function accountFlowOf(phrase: string, beforePhrase: string): string | undefined {
  const m = BARE_FLOW.exec(phrase);
  if (!m) return undefined;
  const flow = FLOW_NAMED.exec(beforePhrase);
  if (!flow || beforePhrase === phrase) return undefined;
  let head = beforePhrase.slice(0, flow.index);
  if (m[1]) {
    const fund = head.lastIndexOf(m[1]);
    if (fund <= 0) return undefined;
    head = head.slice(0, fund + m[1].length);
  }
  head = head.replace(/(累计|当期|全年|本年|总)$/, '');
  // Only an account's (民生支出…。收入预期增长5%: a kind of spending has no income).
  return ACCOUNT_END.test(head) ? `${head}${m[2]}` : undefined;
}

/** A trade flow named alone: 进口, 出口额. */
const BARE_TRADE = /^(进出口|进口|出口)(?:总额|总值|额)?$/;
/** A trade flow of a channel or a kind of goods (跨境电商出口, 机电产品进口额): the channel. */
const CHANNEL_TRADE = /^([\u4e00-\u9fff]{2,10}?)(?:进出口|进口|出口)(?:总额|总值|额)?$/;
/** 跨境电商表现明显好于外贸大盘: a label whose subject is a trade channel, before what it did. */
const CHANNEL_LABEL = /^[\s*_#>]*([\u4e00-\u9fff]{2,8}?)(?:表现|呈现|保持|延续|继续|运行|增势|势头|发展势头|好于|快于|优于|亮眼|强劲|稳健|向好)/;

/** 跨境电商出口3994.8亿元…；进口1037.8亿元: a trade flow named alone after another flow of a channel is
 * that channel's (跨境电商进口), as is one under a label on the channel (跨境电商表现…：全年实现进出口…). */
export function tradeFlowOf(phrase: string, channel: string): string | undefined {
  const m = BARE_TRADE.exec(phrase);
  return m ? channel + m[1] : undefined;
}

/** The channel a phrase names a trade flow of (跨境电商 in 跨境电商出口), if any. */
export function tradeChannelOf(phrase: string, lexicon: Lexicon): string | undefined {
  const channel = CHANNEL_TRADE.exec(phrase)?.[1]?.replace(/(累计|全年|当年|当月)$/, '');
  return channel && isChannel(channel, lexicon) ? channel : undefined;
}

/** The trade channel a colon label is about (跨境电商表现明显好于外贸大盘), when it names no place. */
export function labelTradeChannel(label: string, lexicon: Lexicon): string | undefined {
  const m = CHANNEL_LABEL.exec(label);
  return m && !lexicon.findRegions(m[1]).length && isChannel(m[1], lexicon) ? m[1] : undefined;
}

/** A part of trade (跨境电商, 机电产品), not trade itself under another word (商品, 货物, 外贸). */
function isChannel(words: string, lexicon: Lexicon): boolean {
  return lexicon.canonicalIndicator(`${words}进出口`).name !== lexicon.canonicalIndicator('进出口').name;
}

/** What follows, in `last`, the longest ending of `first` (two characters or more) that it contains. */
function sharedAfterLikeEnding(first: string, last: string): string | undefined {
  for (let k = Math.min(first.length - 1, 8); k >= 2; k--) {
    const at = last.indexOf(first.slice(-k), 1);
    if (at < 0) continue;
    const rest = last.slice(at + k);
    return rest.length >= 2 ? rest : undefined;
  }
  return undefined;
}

/** Partners by the one character trade figures call them by (对美出口). */
const PARTNER_SHORT: Readonly<Record<string, string>> = { 美: '美国', 日: '日本', 韩: '韩国', 俄: '俄罗斯', 欧: '欧盟' };

/** A trade flow at the end of a name: 东盟进出口, 机电产品出口额. */
const TRADE_FLOW_END = /(?:进出口|出口|进口)(?:总额|总值|额)?$/;

/** A field of work an item opens on (道路运输领域, 建筑行业), before what it counts. */
const FIELD_FIRST = /^([\u4e00-\u9fff]{2,10}?(?:领域|行业))(?=[\u4e00-\u9fff]{2})/;
const FIELD_WORD = /领域|行业|产业|企业/;

export function distributeItems(items: string[]): string[] {
  if (items.length < 2) return items;
  const last = items[items.length - 1];
  // 第二、三产业增加值: ordinals written with one 第 and one name.
  const ordinal = ELIDED_ORDINAL_LAST.exec(last);
  if (ordinal && /^第[一二三四五六七八九十]$/.test(items[0]) && items.slice(1, -1).every((it) => /^[一二三四五六七八九十]$/.test(it))) {
    return items.map((it, i) => (i === items.length - 1 ? `第${last}` : `第${it.replace(/^第/, '')}${ordinal[2]}`));
  }
  // 金融机构本外币存、贷款余额: 存 and 贷 share what is before the first and after the second.
  if (items.length === 2 && items[0].endsWith('存') && last.startsWith('贷款')) {
    const owner = items[0].slice(0, -1);
    return [`${items[0]}${last.slice(1)}`, `${owner}${last}`];
  }
  // 城镇、农村生活垃圾分类覆盖率: the last item is a parallel qualifier before the shared name.
  const lead = PARALLEL_QUALIFIERS.find((q) => last.startsWith(q) && last.length > q.length + 1);
  if (lead && items.slice(0, -1).every((it) => PARALLEL_QUALIFIERS.includes(it))) {
    const shared = last.slice(lead.length);
    return items.map((it, i) => (i === items.length - 1 ? it : it + shared));
  }
  // 非洲、东盟进出口, 机电产品和高新技术产品出口: the flow of the last item is each item's, when no other names one.
  const flow = TRADE_FLOW_END.exec(last);
  if (flow && flow.index > 0 && items.slice(0, -1).every((it) => !/进口|出口|贸易/.test(it))) return items.map((it, i) => (i === items.length - 1 ? it : it + flow[0]));
  // 商品房销售面积和销售额: a later item that is a bare head takes the first item's words before its own.
  const ownersFirst = items.map((it, i) => {
    const at = i > 0 && BARE_HEADS.has(it) ? items[0].indexOf(it.slice(0, 2)) : -1;
    return at > 0 ? items[0].slice(0, at) + it : it;
  });
  if (ownersFirst.some((it, i) => it !== items[i])) return ownersFirst;
  // 工矿商贸领域事故起数、死亡人数: the field the first item opens on is the later items' too.
  const field = FIELD_FIRST.exec(items[0]);
  if (field && items.slice(1).every((it) => !FIELD_WORD.test(it))) return items.map((it, i) => (i === 0 ? it : field[1] + it));
  // 天府国际机场、双流国际机场旅客吞吐量: the items end alike (国际机场), and what follows that in the last
  // item is the shared name.
  const shared = sharedAfterLikeEnding(items[0], last);
  if (shared) return items.map((it, i) => (i === items.length - 1 || it.endsWith(shared) ? it : it + shared));
  // 滨海旅游业、海洋渔业和海洋船舶工业增加值占主要海洋产业增加值的比重: the share, and the head before its 占,
  // are each item's.
  const of = last.indexOf('占');
  if (of > 0 && /(?:比重|比例|份额)$/.test(last) && items.slice(0, -1).every((it) => !it.includes('占'))) {
    const own = last.slice(0, of);
    const head = HEAD_NOUNS.find((h) => own.endsWith(h) && own.length > h.length && !NOT_A_HEAD.has(h)) ?? '';
    const shareOf = last.slice(of - head.length);
    return items.map((it, i) => (i === items.length - 1 ? it : it + shareOf));
  }
  const tail = HEAD_NOUNS.find((h) => last.endsWith(h) && last.length > h.length && !NOT_A_HEAD.has(h));
  if (!tail) return items;
  const headed = (it: string) => HEAD_NOUNS.some((h) => it.endsWith(h) && !NOT_A_HEAD.has(h));
  return items.map((it, i) => (i === items.length - 1 || headed(it) ? it : it + tail));
}
