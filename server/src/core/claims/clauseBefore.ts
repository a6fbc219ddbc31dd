// The name a clause without figures gives the bare figure of the clause after it: an aspect (增速方面),
// a rate's lead (契税降幅最大，达21.5%), a turn (由涨转降), the most of something (以浏阳最多), a course
// (则继续下降), a share told in words (占六市合计近一半), an index's value (综合指数为2.45), a share that moved.
import type { Measure } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import type { RawFigure } from './findFigures';
import { STILL, statesMeasure } from './cueWords';
import { cleanIndicatorPhrase, FLOW_NAMED, leadingIndicator } from './indicatorPhrase';
import { leadingRegionList } from './sentencePlaces';

/** X方面, 按X排名 (by what the places after it are ranked), 从X增速看 (whose growth the places' rates are) and
 * 从X总量看, 从X融资看 (whose amounts they are). */
const ASPECT = /^[\s*_#>]*(?:(?:在)?([^，,；;。]{2,20}?)(?:方面|(?<=^[\s*_#>]*在[^，,；;。]{2,20})上)|(?:按照?|依据|根据)([^，,；;。]{2,20}?)(?:排序|排名|排位|衡量)|(?:从|就)([^，,；;。]{2,12}?)(?:增速|增幅|增长速度)(?:来)?看|(?:从|就)([^，,；;。]{2,12}?(?:总量|量|总额|总数|金额|收入|投资|融资|贷款|存款|产值|增加值|利润|税收))(?:来)?看)[，,]?$/;

/**
 * 数字经济核心产业制造业增加值方面，… / …；名义增量方面，上海、北京分别为… / 在创业担保贷款发放上，…: the aspect a clause of its own
 * names, known to the lexicon or a phrase of four characters or more (两方面 names nothing).
 */
export function aspectOf(clause: string, lexicon: Lexicon): { name: string; known: boolean } | undefined {
  const aspect = ASPECT.exec(clause);
  const name = aspect ? cleanIndicatorPhrase(aspect[1] ?? aspect[2] ?? aspect[3] ?? aspect[4], lexicon, true) : '';
  const indicator = name ? lexicon.canonicalIndicator(name) : undefined;
  // (从用电增速看: whose growth a view looks at is named by three characters too.)
  // (从专利授权总量看: a view of an amount by four at least; 从投资总量看 under a section's headline is its.)
  return indicator && ((indicator.known && !aspect?.[4]) || name.length >= (aspect?.[3] ? 3 : 4)) ? indicator : undefined;
}

/** 国有资本经营预算收入则超额完成: the account flow a clause without figures is about. */
export function accountBefore(clause: string, lexicon: Lexicon): string | undefined {
  const named = clause ? cleanIndicatorPhrase(clause, lexicon, true) : '';
  return FLOW_NAMED.test(named) ? named : undefined;
}

/** A clause on a share that moved, without its figure: 全市外贸在全省所占比重稳步提升. */
const SHARE_MOVED = /^[\s*_]*(?:与此同时|同时|此外)?[，,]?([^，,；;。]{2,24}?(?:比重|占比|份额))(?:稳步|持续|进一步|继续|明显|小幅|有所)?(?:提升|提高|上升|下降|回落|降低|扩大|缩小)$/;

/** A clause saying which way a thing moved, before how much: 城乡居民养老保险参保人数则继续下降,
 * 水运投资继续保持高速增长, 住宅用地供应收缩明显, 城乡低保标准自7月1日起统一上调. */
const COURSE_LEAD = /^[\s*_]*([^，,；;：:]{2,20}?)(?:自[^，,；;：:]{1,12}?起)?(?:则|也|亦|仍|依然|仍然)?(?:(?:继续|持续|进一步|有所|小幅|明显|稳步|不断|逐季|逐月|逐年|逐步)(?:下降|减少|增加|增长|上升|回落|回升|下滑|攀升|走高|走低|提升|加快|放缓)|(?:继续|持续)?保持(?:高速|较快|快速|稳定|平稳|稳步|两位数)增长(?:态势|势头)?|(?:收缩|萎缩|扩张|放量|下降|减少|增加|增长|回落|回升)(?:明显|显著|较快|较多|加快)|(?:明显|显著)(?:收缩|萎缩|扩张|放量)|(?:统一|再次|首次|大幅|适当|相应|同步)?(?:上调|下调|调高|调低)|(?:出现|有所)?反弹|出现(?:回升|下降|下滑|回落|增长))$/;

/** A clause naming what changed most, or how it fares, before the rate: 契税降幅最大, 新能源汽车增速最快, 新设企业增势强劲, 初中在校生增幅更大,
 * 普通高中教育经费增长最快 (a verb of change only with how much it changed, or that it grew at all: 实现增长). */
const RATE_LEAD = /^[\s*_]*([^，,；;：:]{2,16}?)((?:降幅|跌幅|增幅|增速|涨幅)(?:(?:则|也|仍|均|都)?(?:相对|明显|略|稍)?(?:较低|偏低|偏高|较小|较慢|不高))?(?:最大|最快|最高|最小|最低|最慢|居首|领跑|较大|较快|较高|更大|更快|更高|明显|回升|回落|加快|放缓|收窄|扩大)?|(?:增长|下降|上涨|下跌|减少)(?:最快|最多|最大|最为明显|更快|较快|明显)|(?:实现|保持|恢复)正?增长|(?:增势|增长势头|发展势头|势头)(?:更为|尤为|十分|较为|最为|更加|更是|持续|依然|仍然)?(?:强劲|良好|迅猛|向好|较好|稳健|喜人))$/;

/** A clause on how fast something grew, its rate to follow: 进口增幅则相对较低, 出口增速较快. */
const GROWTH_RATE_LEAD = /^[\s*_]*[^，,；;：:]{2,16}?(?:增幅|增速|涨幅)(?:则|也|仍|均|都)?(?:相对|明显|略|稍)?(?:较低|偏低|偏高|较小|较慢|不高|较大|较快|较高|更快|更高|最快|最高|最低|最小)$/;

/** A clause naming what turned before its rate: 猪肉价格由涨转降, 出口转为增长, 工业品价格止跌回升, 猪肉价格走出低谷. */
const TURN_LEAD = /^[\s*_]*([^，,；;：:]{2,16}?)(?:由涨转降|由降转涨|由负转正|由正转负|由升转降|由降转升|由增转降|由降转增|转为(?:上涨|下降|增长|下跌)|止跌回升|止跌企稳|触底回升|企稳回升|低位回升|走出低谷|高位回落|(?:持续|继续|明显|逐月|逐季)(?:回升|走高|走低|上涨|下跌|回落))$/;

/** A clause naming what is most, before its figure: 问题金额以浏阳最多, 整改率以雨花区最高. */
const MOST_LEAD = /以[\u4e00-\u9fff]{2,8}(?:最多|最高|最大|最快|最低|最少|居首|为首)$/;
/** 涨幅最高的是教育文化娱乐类, 八大类中降幅最大的是交通通信类: what rose (or fell) most, named after 的是. */
const MOST_IS_LEAD = /^[\s*_]*(?:[^，,；;：:]{0,12}?中|全[国省市区县])?(?:涨幅|增幅|增速|降幅|跌幅)(?:最高|最大|最快|最明显)的(?:是|为)([^，,；;：:]{2,16})$/;
/** 批而未供土地处置率最高的是安州区: a rate, and the place where it is highest (its figure to follow). */
const RATE_MOST_IS = /^[\s*_]*([^，,；;：:]{2,16}?(?:率|比重|占比|比例))(?:最高|最大|最低|最小)的(?:是|为)([^，,；;：:]{2,12})$/;
/** 出警构成中，抢险救援占比最高: a part named, and that its share is the largest (its figure to follow). */
const SHARE_MOST_LEAD = /^[\s*_]*(?:[^，,；;：:]{0,12}?中[，,]?)?([^，,；;：:]{2,16}?)(?:的|所)?(?:占比|比重|所占比重|份额)(?:仍|依然|继续)?(?:最高|最大|居首|最低|最小)$/;
/** 洛龙区公园绿化活动场地服务半径覆盖率最高: a rate named, and where (or that) it is highest. */
const RATE_MOST_LEAD = /^[\s*_]*([^，,；;：:]{2,24}?率)(?:仍|依然|继续)?(?:最高|最大|居首|最低|最小)$/;
/** 古市镇村级集体经营性收入总量最大: an amount named, and that it is the largest. */
const LARGEST_LEAD = /^[\s*_]*([^，,；;：:]{2,24}?)的?(?:总量|规模|体量|总额|数量)?(?:最大|最多|最高|居首|领先|领跑)$/;

/** 进出口总额占六市合计近一半: a share told in words, with no figure. */
const SHARE_IN_WORDS = /^[\s*_]*([^，,；;。占0-9]{2,20})占[^，,；;。0-9]{2,16}$/;

/** How much of the whole a share told in words is: 一半以上, 近三成, 三分之一 (not a share's name, 占…的比重). */
const SHARE_TOLD = /(?:一半|近半|过半|半数|大半|半壁江山|[二三四五六七八九]成|多数|大头|[二三四五六七八九十]分之[一二三四五六七八九])(?:以上|左右|多|还多)?$/;

/** 环境空气质量综合指数为2.45: a clause that gives an index its value, a number without unit. */
const UNITLESS_VALUE = /^[\s*_]*([^，,；;。：:0-9]{2,24}?)(?:为|达到|达|是|降至|升至|降到|升到)[0-9]+(?:\.[0-9]+)?$/;

export interface NameFromClause {
  phrase: string;
  /** 'growth' where the clause says the rate after it is one (繁昌区增幅最高，为9.8%); else as given. */
  measure: Measure;
  /** The clause said the rate is a fall (降幅最大，达21.5%). */
  fellBefore: boolean;
  /** The place the clause says is most (以浏阳最多). */
  leaderPlace?: string;
}

/** …；社零规模再创新高，增长6.7%: what the clause before a bare figure's (`clauseBefore`, no figure in it)
 * says the figure is of. `near` is the figure's own cue words. */
export function nameFromClauseBefore(clauseBefore: string, fig: RawFigure, measure: Measure, near: string, lexicon: Lexicon): NameFromClause {
  let phrase = '';
  let fellBefore = false;
  let leaderPlace: string | undefined;
  if (clauseBefore) phrase = (leadingIndicator(clauseBefore, lexicon) ?? aspectOf(clauseBefore, lexicon))?.name ?? '';
  // 昆山进出口总额占六市合计近一半，但同比下降6.8%: the growth after a share said in words is its subject's.
  const sharedOut = !phrase && fig.kind === 'percent' ? SHARE_IN_WORDS.exec(clauseBefore) : null;
  if (sharedOut && measure === 'growth' && statesMeasure(near)) phrase = leadingIndicator(sharedOut[1], lexicon, true)?.name ?? '';
  // (对“一带一路”共建国家的进出口已占到全省外贸的一半以上，达到50.5%: a bare rate after it is that share.)
  else if (sharedOut && !statesMeasure(near) && SHARE_TOLD.test(clauseBefore)) {
    phrase = cleanIndicatorPhrase(sharedOut[1], lexicon, true);
    if (phrase) measure = 'share';
  }
  // (进口增幅则相对较低，仅为8.3%: a bare rate after the growth of what the clause opens on is that growth.)
  if (phrase && measure === 'share' && fig.kind === 'percent' && !statesMeasure(near) && GROWTH_RATE_LEAD.test(clauseBefore)) measure = 'growth';
  // 综合指数为2.45，比上年改善3.5%: an index's value has no unit, so it is no figure, but it names the rate after it.
  const indexed = !phrase && clauseBefore ? UNITLESS_VALUE.exec(clauseBefore) : null;
  if (indexed) phrase = cleanIndicatorPhrase(indexed[1], lexicon, true);
  // 与房地产相关的契税降幅最大，达21.5%: the clause before names what fell (or grew) by the rate.
  // (…净利润降幅最大，下降12.4%: a fall after 降幅 is the same rate.)
  // 全市外贸在全省所占比重稳步提升，较去年同期提高0.5个百分点: the clause before names the share that moved.
  const movedShare = !phrase && fig.kind === 'points' ? SHARE_MOVED.exec(clauseBefore) : null;
  if (movedShare) phrase = cleanIndicatorPhrase(movedShare[1], lexicon, true);
  // (优级天数比例的增幅更大，提高了4.8个百分点: a change in points of it too, still a difference.)
  const gap = !phrase && (fig.kind === 'percent' || fig.kind === 'points') && (measure === 'growth' || measure === 'diff' || !statesMeasure(near)) ? RATE_LEAD.exec(clauseBefore) : null;
  // (到位资金中仅个人按揭贷款实现增长: the one part named, not the whole it is of.)
  const gapSubject = gap ? gap[1].replace(/的$/, '').replace(/^.{1,12}中(?:仅有?|只有|唯有|惟有)/, '') : '';
  if (gap && fig.kind === 'points') phrase = cleanIndicatorPhrase(gapSubject, lexicon, true);
  else if (gap) {
    phrase = cleanIndicatorPhrase(gapSubject.slice(gapSubject.lastIndexOf('的') + 1), lexicon, true);
    // (繁昌区增幅最高，为9.8%: a place alone names no indicator, but the rate is still its growth.)
    const placeOnly = !phrase && lexicon.findRegions(gap[1]).length > 0;
    if (phrase || placeOnly) {
      measure = 'growth';
      // (增速回落 is a slower growth, not a fall.)
      fellBefore = /^(?:降幅|跌幅|下降|下跌|减少)/.test(gap[2]);
    }
  }
  // 猪肉价格由涨转降，环比下降1.1%: the clause before names what turned, and the rate is its.
  const turned = !phrase && !gap && fig.kind === 'percent' && measure === 'growth' ? TURN_LEAD.exec(clauseBefore) : null;
  if (turned) phrase = cleanIndicatorPhrase(turned[1], lexicon, true);
  // 三县（市）问题金额以浏阳最多，为12.46亿元: the clause before names what is most, and where.
  else if (!phrase && !gap) {
    const most = MOST_LEAD.exec(clauseBefore);
    if (most) {
      phrase = cleanIndicatorPhrase(clauseBefore, lexicon, true);
      const leader = lexicon.regionAt(clauseBefore, most.index + 1);
      if (leader && !leader.self) leaderPlace = leader.name;
    }
  }
  // 八大类中涨幅最高的是教育文化娱乐类，上涨2.3%: what the clause before says rose most is what rose.
  const mostIs = !phrase && !gap && fig.kind === 'percent' && measure === 'growth' ? MOST_IS_LEAD.exec(clauseBefore) : null;
  // (全省涨幅最高的是赣州市: a place is where.)
  const mostPlace = mostIs ? lexicon.regionAt(mostIs[1], 0) : undefined;
  if (mostPlace && !mostPlace.self && mostPlace.end === mostIs![1].length) leaderPlace = mostPlace.name;
  else if (mostIs && !lexicon.findRegions(mostIs[1]).some((r) => !r.self)) phrase = cleanIndicatorPhrase(mostIs[1], lexicon, true);
  // 批而未供土地处置率最高的是安州区，为41.5%: the rate named, at the place named.
  const rateMost = !phrase && !gap && !mostIs && fig.kind === 'percent' ? RATE_MOST_IS.exec(clauseBefore) : null;
  const rateLeader = rateMost ? lexicon.regionAt(rateMost[2], 0) : undefined;
  if (rateMost && rateLeader && !rateLeader.self && rateLeader.end === rateMost[2].length) {
    phrase = cleanIndicatorPhrase(rateMost[1], lexicon, true);
    leaderPlace = rateLeader.name;
  }
  // 抢险救援占比最高，达到41.5%: the clause before names the part whose share is largest.
  const shareMost = !phrase && !gap && fig.kind === 'percent' && !statesMeasure(near) ? SHARE_MOST_LEAD.exec(clauseBefore) : null;
  if (shareMost && !lexicon.findRegions(shareMost[1]).some((r) => !r.self)) {
    phrase = cleanIndicatorPhrase(shareMost[1], lexicon, true);
    if (phrase) measure = 'share';
  }
  // 洛龙区公园绿化活动场地服务半径覆盖率最高，为93.1%: the rate the clause before names.
  const rateMostLead = !phrase && !gap && fig.kind === 'percent' && !statesMeasure(near) ? RATE_MOST_LEAD.exec(clauseBefore) : null;
  if (rateMostLead) phrase = cleanIndicatorPhrase(rateMostLead[1], lexicon, true);
  // 古市镇村级集体经营性收入总量最大，达到1865万元: the clause before names the amount that is largest.
  const largest = !phrase && !gap && fig.kind === 'amount' ? LARGEST_LEAD.exec(clauseBefore) : null;
  if (largest) phrase = cleanIndicatorPhrase(largest[1], lexicon, true);
  // 城乡居民基本养老保险参保人数则继续下降，比上年末减少1.6万人: the clause before names what moved.
  const moved = !phrase && !gap ? COURSE_LEAD.exec(clauseBefore) : null;
  // (全区实际利用外资逐季攀升: the whole place is where, not what moved; but places listed for the figures
  // after them, 高阳县、涞水县死亡人数出现反弹，分别增长…, are the figures' places.)
  if (moved && (!lexicon.findRegions(moved[1]).some((r) => !r.self) || leadingRegionList(moved[1], lexicon))) phrase = cleanIndicatorPhrase(moved[1], lexicon, true);
  return { phrase, measure, fellBefore, leaderPlace };
}

/** 牧业受生猪价格低迷拖累, 渔业因台风影响, 新能源产业异军突起: a sector, then what befell it or how it fared (the figure's measure follows). */
const SECTOR_BEFALLEN = /^[\s*_]*([\u4e00-\u9fff]{1,6}?业)(?:受|因|由于|在|虽然|虽|则|方面|(?=[\u4e00-\u9fff]{2,6}$))/;

/** 晚稻受8月高温干旱影响: a thing, then the cause that struck it. */
const THING_BEFALLEN = /^[\s*_]*([\u4e00-\u9fff]{2,6}?)(?:受|因|由于)[^，,；;]{2,16}?(?:影响|拖累|冲击)$/;

/** 经营净收入的增长快于…, 财产净收入总量虽小: a clause opening on an income or spending, said of in total. */
const PER_HEAD_OWNER = /^[\s*_]*([\u4e00-\u9fff]{2,8}?(?:收入|支出|消费|存款))(?:的|总量|总额|规模|虽|则|增长|增速|增幅|[^\u4e00-\u9fff]|$)/;

const BARE_MEASURE_AFTER_SECTOR = /^(?:产值|增加值|总产值|产量|营业收入|利润|投资|吞吐量|销量|销售额|新设|新登记)$/;

/** After a clause saying what a thing is (巡游出租汽车是唯一出现下滑的方式), any bare volume is the thing's too:
 * 客运量, 货运量, 用电量 (after a clause on how a flow fared, 客流逐季走高, a volume is not the flow's). */
const BARE_VOLUME = /^[\u4e00-\u9fff]{1,2}量$/;

/** 金属矿石仍是第一大货类, 批发和零售业依旧是“主力军”, 轨道交通是拉动增长的主力: a thing, then what it (still) is. */
const THING_IS = new RegExp(`^[\\s*_]*([\u4e00-\u9fff]{2,8}?)(?:${STILL})?(?:是|为|成为)(?:(?:第[一二三四五六七八九十]|最大|主要|首要|唯一)[\u4e00-\u9fff“”]{1,10}|[\u4e00-\u9fff“]{0,12}?(?:主力军|主力|主引擎|支柱|龙头|领头羊|排头兵|顶梁柱)”?)$`);

/** 缴存额, 投资额, 出口量: the measure of an act (缴存, 投资, 出口). */
const MEASURE_OF_ACT = /^([\u4e00-\u9fff]{2,3}?)(?:额|量|总额|总量|人数)$/;

/** 灵活就业人员缴存增长较快，全年缴存额增长45.7%: the measure of an act after a clause on how one's act fared is
 * that one's (灵活就业人员). The one, if any. */
function actorBefore(clauseBefore: string, phrase: string, lexicon: Lexicon): string | undefined {
  const act = MEASURE_OF_ACT.exec(phrase);
  const led = act ? RATE_LEAD.exec(clauseBefore) ?? COURSE_LEAD.exec(clauseBefore) : null;
  const done = led && act ? cleanIndicatorPhrase(led[1], lexicon, true) : '';
  // (The clause's words may already carry the measure: 缴存 is read as 缴存额.)
  const said = done.endsWith(phrase) ? phrase : act?.[1] ?? '';
  const actor = said && done.endsWith(said) ? done.slice(0, -said.length) : '';
  return actor.length >= 2 && !lexicon.findRegions(actor).length ? actor : undefined;
}

/**
 * 牧业受生猪价格低迷拖累，产值为365.7亿元; 体育竞赛表演活动增长最快，增加值为3.8亿元: a bare measure (产值,
 * 增加值, 营业收入) after a clause on how a sector or activity fared is that one's. The owner, if any.
 */
export function ownerInClauseBefore(clauseBefore: string, phrase: string, lexicon: Lexicon): string | undefined {
  if (!clauseBefore) return undefined;
  // 财产净收入总量虽小，人均仅1025元: 人均 alone is per head of the income the clause before opens on.
  if (phrase === '人均') return PER_HEAD_OWNER.exec(clauseBefore)?.[1];
  // (金属矿石仍是第一大货类，吞吐量为2.29亿吨: what the clause before says the thing is, then its measure.)
  const is = THING_IS.exec(clauseBefore);
  const thing = is && !lexicon.findRegions(is[1]).length ? is[1] : undefined;
  if (!BARE_MEASURE_AFTER_SECTOR.test(phrase)) return thing && BARE_VOLUME.test(phrase) ? thing : actorBefore(clauseBefore, phrase, lexicon);
  const sector = SECTOR_BEFALLEN.exec(clauseBefore);
  if (sector) return sector[1];
  // (晚稻受8月高温干旱影响，产量为68.26万吨: any thing a cause struck, a place's whole economy aside.)
  const struck = THING_BEFALLEN.exec(clauseBefore);
  if (struck && !lexicon.findRegions(struck[1]).length) return struck[1];
  if (thing) return thing;
  const led = RATE_LEAD.exec(clauseBefore) ?? COURSE_LEAD.exec(clauseBefore);
  const owner = led ? cleanIndicatorPhrase(led[1], lexicon, true) : '';
  return owner && !lexicon.findRegions(owner).length ? owner : undefined;
}
