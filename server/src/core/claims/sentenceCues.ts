// The words around a figure that extractSentence reads as cues: what a rank ranks and in what field,
// what a target or a total is, which opening clause sets a paragraph's context. Patterns only, and the
// one helper that reads a part against its whole; the reading itself stays in extractClaims.
import type { Lexicon } from '../lexicon/lexicon';

/** 锚定增长6%左右的目标: the figure of a target named after it. */
export const TARGET_AFTER = /^(左右|以上)?的?(预期|奋斗|发展|主要|年度|全年|年初|既定)?目标/;

/** Words that say by what a rank ranks, not what: 总量/规模 (size), 人均水平 (the per-head figure before). */
export const RANK_BASIS_WORD = /^(?:(经济)?(总量|规模|体量|总额)|(?:人均)?水平)$/;
/** A sentence that goes through periods one by one (分季度看, 从季度走势看, 逐月看). */
export const PERIOD_BREAKDOWN = /^[\s*_#]*(?:分|按|从|逐)(?:季度|季|月份|月度|月|时段|阶段)(?:走势|情况|来)?看/;

/** A paragraph that opens on a view of the growth or the size of what its section is about (从增速看, 增速方面,
 * 从总量看): it goes on with the section's headline indicator. */
export const VIEW_OPENING = /^[\s*_#>]*(?:(?:从|就)[\u4e00-\u9fff]{0,4}?)?(?:增速|增幅|增长速度|总量|规模|体量|(?:全国|全省|全市|全区|全县)?(?:位次|排名|排位))(?:方面|上|来看|看)[，,：:]/;
/** A paragraph that opens by breaking figures down by place (分区来看, 分县市看, 从各区看, 分县（市、区）看). */
export const BREAKDOWN_BY_PLACE = /^[\s*_#>]*(?:分|按|从)(?:区域|地区|区县市?|县市区?|县区|各区县?|各县市区?|各地|区|县|板块|片区)(?:[（(][市区县、]{1,5}[)）])?(?:来|情况)?看/;

/** An opening clause that sets the field of the ranks after it: 在最新发布的全国百强县榜单中，, 放在全省县（市、区）中比较， */
export const OPENING_FIELD = /^[\s*_#>]*(?:放在|放到|置于|在)([^，,；;。在]{2,30}?)(?:榜单|排行榜|名单|排名|榜)?(?:中|上|里|范围内)(?:横向)?(?:比较|对比|来看|看)?[，,]?$/;
/** An opening clause that sets the field of the ranks after it by a point of view: 从全国26个万亿城市看， */
export const VIEWED_FROM = /^[\s*_#>]*(?:从|在|就)([^，,；;。从]{2,30}?)(?:来)?看[，,]?$/;
/** A clause of places entering a list, whose ranks follow: 5个县（市）全部进入全国百强县，其中巩义…居第26位. */
export const ENTERED_LIST = /(?:进入|入围|跻身|上榜|入选)了?([^，,；;。]{0,12}?(?:百强[县区市]?|强[县区市]|榜单|排行榜))[，,]?$/;
/** A clause on who published a list, whose ranks follow: 中郡县域经济研究所发布第二十三届全国县域经济基本竞争力百强县（市）名单，
 * 赛迪顾问在北京发布《2024中国县域经济百强研究》 (group 1: the publisher and the list, for fieldScope). */
export const PUBLISHED_LIST_CLAUSE = /^[\s*_#>]*([^，,；;。]{2,24}?(?:发布|公布|推出)了?[^，,；;。]{2,50}?(?:百强[县区市]?(?:[（(][^）)]{1,6}[）)])?|强[县区市]|榜单|排行榜|名单|》))(?:名单|榜单)?[，,]?$/;
/** When and by whom a ranking was published, before its name: 2024年发布的, 最新一期. */
export const PUBLISHED = /^(?:(?:19|20)[0-9]{2}年度?|最新一期|最新|近期|日前|新近)?(?:发布|公布|出炉)?的?/;

/** What the parts of 三次产业结构为a∶b∶c are. */
export const INDUSTRY_SHARES = ['第一产业增加值占地区生产总值比重', '第二产业增加值占地区生产总值比重', '第三产业增加值占地区生产总值比重'];

/** What ends a list of targets: …等目标, 等预期目标. */
export const TARGETS_LISTED = /等(?:预期|主要|年度|发展)?目标/;

/** An opening that views the size of the economy: 从总量看, 从经济总量上看. */
export const SIZE_VIEW = /^[\s*_#>]*(?:从|就)(?:经济)?(?:总量|规模|体量)(?:上)?(?:来)?看$/;

/** The clause up to a figure begins with 其中: the figure is a part of the one before. */
export const SINGLED_OUT = /其中[，,：:]?[^，,；;。：:]*$/;

/** What follows a count of places: 11个州（市）, 5个县(市), 3个区. */
export const PLACES_COUNTED = /^(?:州|市|县|区|镇|乡|街道|省|国家|城市|地区)/;

/** A percent's measure named after it: 以10.2%的增速领跑, 实现18.2%的增长. */
export const MEASURE_NAMED_AFTER = /^(?:[\u4e00-\u9fff]{0,4}?)(?:增速|增幅|增长率|增长速度|增长(?!极|点|引擎|动力|贡献)|降幅|减幅|跌幅|涨幅|比重|占比)/;

/** What a measure of things is, that a part named alone shares with its whole (longest first). */
export const MEASURE_HEADS = ['旅客吞吐量', '货物吞吐量', '集装箱吞吐量', '货邮吞吐量', '吞吐量', '产量', '产值', '增加值', '营业收入', '销售额', '销量', '零售额', '出口额', '进口额', '投资'];

/** Words that qualify all trade in goods, not a part of it (商品进出口总额 is all of it). */
const GOODS_IN_GENERAL = /^(?:全[省市区县]|全年|全部|商品|货物|货物贸易|外贸|对外贸易)+$/;

/** A part named as one facility of a kind (禄口机场, 洋山港), and the kinds' words in a whole. */
const FACILITY_KIND = /(?:机场|港口|港|口岸|景区)$/;
const FACILITY_WORDS = /机场|港口|港区|港|口岸|景区/g;

/** 新能源汽车 after 汽车产量 → 新能源汽车产量; undefined when the part names its own measure or is known. */
export function partOfWhole(part: string, whole: string, lexicon: Lexicon): string | undefined {
  // 一般贸易进出口2236.7亿元，其中出口1218.4亿元: the exports of that trade, not all exports.
  const trade = /^(.{2,}?)(?:进出口)(?:总额|总值|额)?$/.exec(whole);
  const way = /^(出口|进口)(?:总额|总值|额)?$/.exec(part);
  if (trade && way && !GOODS_IN_GENERAL.test(trade[1]) && lexicon.canonicalIndicator(whole).name !== lexicon.canonicalIndicator('进出口').name) return trade[1] + way[1];
  if (lexicon.canonicalIndicator(part).known || MEASURE_HEADS.some((h) => part.endsWith(h)) || part.endsWith('收入')) return undefined;
  // 全省机场国际及地区旅客吞吐量196.3万人次，其中禄口机场139.8万人次: one airport's share of the same
  // measure, qualified as the whole is (国际及地区).
  // (其中洋山港 after 港口完成货物吞吐量: what follows the whole's own facility word, 港口 read whole.)
  const kind = FACILITY_KIND.test(part) ? [...whole.matchAll(FACILITY_WORDS)].pop() : undefined;
  const rest = kind ? whole.slice(kind.index + kind[0].length) : '';
  if (rest) return part + rest.replace(/^(?:完成|实现|累计完成)/, '');
  const head = MEASURE_HEADS.find((h) => whole.endsWith(h) && whole.length > h.length);
  return head ? part + head : undefined;
}

/** A total with no name of its own: 总数, 总量, 数量. */
export const TOTAL_OF_BEFORE = /^(?:总数|总量|总额|数量|总规模|总产|总产量)$/;
/** What makes an amount the newly added ones: 新增, 净增, 新认定. */
export const NEWLY = /^(?:新增|净增|新?认定|新?培育|新?引进|新?登记|新?注册)/;

/** Nothing but a list joint between two figures. */
export const LIST_JOINT_ONLY = /^(?:、|和|及|与|以及|或)$/;

/** What a list of strongest places ranks, however it is named. */
export const OVERALL_NAME = /^(县域|城市|区域)?(经济)?(综合|基本|综合经济)?(实力|竞争力)$/;

/** What may stand between the words that name what is ranked and the rank's verb. */
export const RANK_ADVERBS = /(?:连续[0-9一二三四五六七八九十两多]+(?:年|个季度|个月)|多年来|多年|继续|持续|始终|一直|稳定|仍然|仍|则|均|双双|也|已|仅|只|才|分别)+$/;
/** 总量和增速双双位居…首位: the size and the growth of what was named before, both ranked. */
export const SIZE_AND_GROWTH = /^(?:经济)?(?:总量|规模)(?:和|与|、|及)(?:增速|增幅)(?:双双|均|都)?$/;
/** …of which, alone, the size of the economy. */
export const ECONOMY_SIZE = /(经济(总量|规模|体量)|总量|体量)(继续|持续|稳|仍|已|均|则|也)?$/;

/** 实际增长, 扣除价格因素后增长: a growth with prices taken out. */
export const REAL_GROWTH = /(?:实际|扣除价格因素(?:影响)?后?)(?:分别)?(?:增长|下降|增速|增幅)?(?:为|达到?)?$/;
/** What is reported both nominally and in real terms: incomes and spending. */
export const INCOME_WORDS = /收入|支出|工资|消费/;

/** 环比 before a growth in its clause (环比则上涨, 环比分别下降): over the period just before. So is a growth
 * over a quarter or a month of the same year (二季度…比一季度增长, 比6月末增加): not over the year before. */
export const OVER_PERIOD_BEFORE = /(?:环比|[比较]上个?月|[比较]上一?季度?|[比较](?:第?[一二三]季度|[0-9]{1,2}月份?(?:末|底)?|[一二三四五六七八九十]{1,3}月份?(?:末|底)?))[^，,。；;：:]{0,6}$/;
/** 贷款余额比年初增长14.3%: a balance's growth since the year began, another figure than its growth over a year
 * before (同比), but at the year's end, when the two are one (年末…比上年末增长). */
export const GROWTH_SINCE_YEAR_START = /(?:比|较)(?:年初|上年末|去年末|上年底|去年底)[^，,。；;：:0-9]{0,4}$/;
export const AT_YEAR_END = /年末|年底|12月末|12月底|十二月末/;
/** 比常年同期偏多18.4%, 较多年平均偏少6.8%: a departure from the normal (rainfall, temperature), not a growth over last year. */
export const FROM_NORMAL = /(?:比|较|与)(?:常年|多年|历年)(?:同期)?(?:平均)?(?:值|水平)?(?:相比)?[^，,。；;：:0-9]{0,4}$/;
/** 偏多9.8%, 平均气温则偏高1.4℃: 偏 says a departure from the normal by itself… */
const DEPARTURE_VERB = /偏(?:多|少|高|低)了?$/;
/** …unless the clause says another base (比上年偏多12.6%). */
const OTHER_BASE = /(?:比|较)(?:上年|去年|前年|上月|上季|同期|年初|[0-9]{4}年)|同比|环比/;

/** Whether the words before a figure make it a departure from the normal (B:常年). */
export function fromNormal(near: string): boolean {
  return FROM_NORMAL.test(near) || (DEPARTURE_VERB.test(near) && !OTHER_BASE.test(near));
}
/** An industry's size (体育产业总规模, 文化产业总产出), or a sector's output (体育用品及相关产品制造总产出): what
 * a bare 增加值 after it belongs to. */
export const OWN_SIZE = /^(?:(.{2,10}?(?:产业|行业|经济))(?:总规模|总产出|总产值|总收入|营业收入)?|(.{2,16}?(?:业|制造|建设))(?:总产出|总产值))$/;
export const BARE_VALUE_ADDED = /^(?:增加值|实现增加值)(?:占|$)/;

/** What firms report (营业收入, 利润总额), said of the firms named before it in the sentence. */
export const FIRMS_HEAD = /^(?:营业收入|营业总收入|利润总额|利润|研发费用|资产总额)$/;
export const FIRMS_FIGURE = /^(.{2,14}?(?:企业|单位))(?:实现|完成)?(营业收入|营业总收入|利润总额|利润|研发费用|资产总额)$/;

/** What a list may name a city by: its port, old town, airport or scenic area. */
export const PLACE_FACILITY = /^(?:港|古城|古镇|机场|景区)/;

/** Words that open a sentence and end on a colon, before its first figure (a label of what follows). */
export const COLON_LABEL = /^[\s*_#>]*([^：:，,。；;0-9]{4,24})[：:]/;

/** A sentence opening on 环比看 (从环比看, 环比方面) or on 同比看: the base of the paragraph's growths from there. */
export const BASE_OPENING = /^[\s*#]*(?:从|按)?(环比|同比)(?:来|上)?(?:看|方面)[，,：:]/;
/** Words of a growth over the year before, which end a 环比 opening's reach. */
export const YEAR_BEFORE = /同比|比上年|比去年|上年同期/;

/** 作为海南旅游的“金字招牌”，三亚在国庆假期…: a first clause that only frames the sentence, whose topic then
 * comes in the next (a first clause that says something, 企业创始人说，今年还计划…, keeps it). */
export const FRAMING_CLAUSE = /^[\s*_#>“"]*(?:作为|随着|面对|得益于|依托|围绕|按照|根据|对于|在)/;
