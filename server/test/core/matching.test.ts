import assert from 'node:assert/strict';
import type { ClaimStatus } from '../../src/core/types';
import { createLexicon, ReferenceIndex } from '../../src/core';
import { periodCompatibility } from '../../src/core/match/compatibility';
import { check, indexOf, verdictOf } from './helpers';

type StatusRow = [draft: string, figure: string, status: ClaimStatus, expected?: string];

/** One test per row: the draft's figure gets that status against the index; a mismatch's expected
 * figure is the fix's text, over the figure's own span; a verified figure shows its evidence. */
function statusRows(index: ReferenceIndex, rows: StatusRow[]): void {
  for (const [draft, figure, status, expected] of rows) {
    it(`${draft.replace(/\n/g, '⏎')} ${figure} → ${status}${expected ? ` (${expected})` : ''}`, () => {
      const v = verdictOf(check(draft, index), figure);
      assert.equal(v.status, status, `evidence: ${v.evidence.map((f) => `${f.text}@${f.source.path}`).join(', ')}`);
      if (expected) {
        assert.equal(v.expected, expected);
        assert.deepEqual(v.fix?.span, v.claim.span);
        assert.equal(v.fix?.newText, expected);
      }
      if (status === 'verified') assert.ok(v.evidence.length > 0);
    });
  }
}

// Small sources written for these tests.
const BULLETIN = {
  path: 'yuyao-bulletin.txt',
  text: '余姚市2020年统计公报\n2021年3月5日\n\n2020年，余姚实现地区生产总值1220.67亿元，增长5.1%。全年一般公共预算收入114.2亿元，增长6.5%。余姚实际利用外资2150万美元。全市拥有高新技术企业388家。',
};
const NEWS = {
  path: 'yuyao-news.txt',
  text: '余姚投资跑出加速度\n2022年8月20日\n\n今年1-7月，余姚有效投资同比增长15.2%，高于宁波市平均4.8个百分点，增速居宁波各县(市、区)首位。余姚营商环境位居全省第三。',
};
const TARGETS = {
  path: 'yuyao-targets.txt',
  text: '余姚2023年主要预期目标\n2023年1月10日\n\n城镇调查失业率控制在3.5%以内，规上工业增加值增长超过7%。',
};
const PLAN = {
  path: 'yuyao-plan.txt',
  text: '余姚发展规划\n2021年1月20日\n\n到2025年，力争余姚地区生产总值突破2350亿元，研发投入强度达到3.5%。',
};

describe('matching a draft against sources', () => {
  const index = indexOf(BULLETIN, NEWS, PLAN, TARGETS);

  describe('[draft sentence, figure, status, expected (for a mismatch)]', () => {
    const rows: StatusRow[] = [
      // precision: the draft rounds the source
      ['2020年，余姚地区生产总值1220.7亿元。', '1220.7亿元', 'verified'],
      ['2020年，余姚地区生产总值1221亿元。', '1221亿元', 'verified'],
      ['2020年，余姚地区生产总值1220.67亿元。', '1220.67亿元', 'verified'],
      // the expected figure is the source's own (its precision, the draft's notation)
      ['2020年，余姚地区生产总值1227.0亿元。', '1227.0亿元', 'mismatch', '1220.67亿元'],
      // unit scale: 万 and 亿 of one unit compare
      ['2020年，余姚地区生产总值12206700万元。', '12206700万元', 'verified'],
      ['2020年，余姚实际利用外资0.215亿美元。', '0.215亿美元', 'verified'],
      ['2020年，余姚实际利用外资2510万美元。', '2510万美元', 'mismatch', '2150万美元'],
      // growth
      ['2020年，余姚地区生产总值增长5.1%。', '5.1%', 'verified'],
      ['2020年，余姚地区生产总值增长5.3%。', '5.3%', 'mismatch', '5.1%'],
      ['2020年，余姚一般公共预算收入114.2亿元，增长5.6%。', '5.6%', 'mismatch', '6.5%'],
      // approximations
      ['2020年，余姚地区生产总值约1220亿元。', '1220亿元', 'verified'],
      ['2020年，余姚地区生产总值超过1200亿元。', '1200亿元', 'verified'],
      ['2020年，余姚地区生产总值1200多亿元。', '1200多亿元', 'verified'],
      ['2020年，余姚地区生产总值近1250亿元。', '1250亿元', 'verified'],
      // a bound holds to its last written digit (3 % at least), a tenth at most
      ['2020年，余姚地区生产总值超过1200亿元。', '1200亿元', 'verified'],
      ['2020年，余姚地区生产总值近1280亿元。', '1280亿元', 'unverified'],
      // a bound the source breaks is contradicted
      ['2020年，余姚地区生产总值超过1300亿元。', '1300亿元', 'mismatch', '1220.67亿元'],
      ['2020年，余姚地区生产总值超过1100亿元。', '1100亿元', 'unverified'],
      ['余姚拥有高新技术企业近400家。', '400家', 'verified'],
      // diff and rank
      ['今年1-7月，余姚有效投资增长15.2%，高于宁波市平均4.8个百分点。', '4.8个百分点', 'verified'],
      ['今年1-7月，余姚有效投资增长15.2%，高于宁波市平均5.8个百分点。', '5.8个百分点', 'mismatch', '4.8个百分点'],
      ['今年1-7月，余姚有效投资增速居宁波各区县(市)第一。', '第一', 'verified'],
      ['今年1-7月，余姚有效投资增速居宁波各县(市、区)第二。', '第二', 'mismatch', '第一'],
      ['今年1-7月，余姚有效投资增速居宁波各县(市、区)第2位。', '第2位', 'mismatch', '第1位'],
      // a rank in another scope is not compared
      ['今年1-7月，余姚有效投资增速居全省第二。', '第二', 'unverified'],
      // figures no source states are never a mismatch
      ['2020年，余姚常住人口125.4万人。', '125.4万人', 'unverified'],
      ['2020年，余姚旅游总收入增长12.3%。', '12.3%', 'unverified'],
      ['2020年，慈溪地区生产总值增长5.3%。', '5.3%', 'unverified'],
      ['2019年，余姚地区生产总值增长6.3%。', '6.3%', 'unverified'],
      // targets only against targets
      ['到2025年，力争余姚地区生产总值突破2350亿元，研发投入强度达到3.5%。', '2350亿元', 'verified'],
      ['到2025年，余姚地区生产总值目标为2500亿元。', '2500亿元', 'mismatch', '2350亿元'],
      ['2020年，余姚地区生产总值2350亿元。', '2350亿元', 'mismatch', '1220.67亿元'],
      ['到2025年，余姚研发投入强度目标为3.8%。', '3.8%', 'mismatch', '3.5%'],
      ['2020年，余姚研发投入强度3.5%。', '3.5%', 'unverified'],
      // a bound says what the figure stays within, not what it was: a figure inside it is not contradicted
      ['2023年，余姚城镇调查失业率为3.2%。', '3.2%', 'unverified'],
      ['2023年，余姚规上工业增加值增长7.6%。', '7.6%', 'unverified'],
    ];
    statusRows(index, rows);
  });

  describe('a longer name read in a like passage does not outweigh the claim\'s own name stating another figure: [draft, figure, status, expected]', () => {
    const parks = indexOf('株洲市前三季度园区运行分析\n\n1-9月，全市园区规模以上工业增加值增长8.1%，比上半年回落0.3个百分点。\n\n三是园区发展分化，县域园区规上工业增加值增速比上半年回落0.8个百分点。');
    statusRows(parks, [
      ['1-9月，株洲园区规上工业增加值增长8.1%，比上半年回落0.8个百分点。', '0.8个百分点', 'mismatch', '0.3个百分点'],
      ['1-9月，株洲园区规上工业增加值增长8.1%，比上半年回落0.3个百分点。', '0.3个百分点', 'verified'],
      // (with no figure of its own name, the longer name in a like passage still verifies)
      ['1-9月，株洲县域园区规上工业增加值增速比上半年回落0.8个百分点。', '0.8个百分点', 'verified'],
    ]);
  });

  describe('a shorter name speaks of the draft\'s part only where its passage names the part: [draft, figure, status, expected]', () => {
    const holiday = indexOf('2025年国庆中秋假期黄山市文旅市场综述\n\n10月1日至8日国庆中秋假期，全市共接待游客486.3万人次，同比增长7.2%；实现旅游收入42.18亿元。\n\n乡村游方面，假期全市乡村旅游点接待游客增长显著。');
    statusRows(holiday, [
      // (the city's 486.3万 visitors are no answer to a figure of 乡村旅游)
      ['国庆中秋假期，全市乡村旅游接待游客156.8万人次，同比增长12.4%。', '156.8万人次', 'unverified'],
      ['国庆中秋假期，全市乡村旅游接待游客156.8万人次，同比增长12.4%。', '12.4%', 'unverified'],
      // the whole's own figure is read as ever
      ['国庆中秋假期，全市接待游客468.3万人次。', '468.3万人次', 'mismatch', '486.3万人次'],
    ]);
  });

  describe('a longer name whose added words the draft\'s title holds is the draft\'s reading of a bare name: [draft, figure, status, expected]', () => {
    const transit = indexOf(
      { path: 'bureau.txt', text: '2024年合肥市交通运输年报\n\n分季度看，第一季度全市公共交通完成客运量1.96亿人次；第四季度完成2.33亿人次，增长7.5%。' },
      { path: 'metro.txt', text: '合肥市轨道交通集团2024年线网运营分析\n\n第四季度完成客运量1.31亿人次，同比增长12.7%，单季客运量创历史新高。' },
    );
    statusRows(transit, [
      ['# 2024年合肥市公共交通发展情况汇报\n\n第四季度单季客运量达到2.33亿人次。', '2.33亿人次', 'verified'],
      // (a draft on the rail network reads the bare name as the rail group's)
      ['# 2024年合肥轨道交通运营情况分析\n\n第四季度单季客运量为1.31亿人次。', '1.31亿人次', 'verified'],
      ['# 2024年合肥轨道交通运营情况分析\n\n第四季度单季客运量为2.33亿人次。', '2.33亿人次', 'mismatch', '1.31亿人次'],
      // (with no title, the claim's own name stating another figure outweighs the longer name)
      ['2024年第四季度，合肥单季客运量为2.33亿人次。', '2.33亿人次', 'mismatch', '1.31亿人次'],
    ]);
  });

  describe('a title\'s whole year in a source written once that year was over is the whole year: [draft, figure, status, expected]', () => {
    const passage = '全市全社会用电量986.4亿千瓦时，比上年增长4.2%。其中，城乡居民生活用电量61.3亿千瓦时，增长7.6%。';
    const dated = indexOf({ path: 'dated.txt', text: `2024年唐山市能源消费情况统计分析\n\n唐山市统计局　2025年3月\n\n${passage}` });
    statusRows(dated, [
      ['# 前三季度唐山节能降碳形势简析\n\n全社会用电量增长3.8%，城乡居民生活用电量增长6.3%。', '6.3%', 'unverified'],
      ['# 2024年唐山能源消费简析\n\n全社会用电量增长4.2%，城乡居民生活用电量增长6.3%。', '6.3%', 'mismatch', '7.6%'],
    ]);
  });

  describe('a part the draft\'s sentence names apart does not contradict the whole: [draft, figure, status, expected]', () => {
    const retail = indexOf('南昌县1-10月经济运行简析\n\n1-10月，汽车、家电以旧换新补贴政策落地后，新能源汽车类零售额增长36.5%，家用电器和音像器材类零售额增长14.2%。');
    statusRows(retail, [
      ['1-10月，南昌县限额以上单位新能源汽车类零售额增长36.5%，汽车类零售额也增长了3.6%。', '3.6%', 'unverified'],
      ['1-10月，南昌县限额以上单位新能源汽车类零售额增长35.6%。', '35.6%', 'mismatch', '36.5%'],
    ]);
  });

  describe('a rate of one unit per another (公里/平方公里, 元/平方米): [draft, figure, status, expected]', () => {
    const rates = indexOf('洛阳市2023年度城市体检报告\n\n2023年，中心城区道路网密度为7.12公里/平方公里，各区中偃师区仅为5.38公里/平方公里。全市新建商品住宅均价6087元/平方米。');
    statusRows(rates, [
      ['2023年，偃师区路网密度仅为5.83公里/平方公里。', '5.83公里/平方公里', 'mismatch', '5.38公里/平方公里'],
      ['2023年，偃师区路网密度仅为5.38公里/平方公里。', '5.38公里/平方公里', 'verified'],
      // (its per-unit left unsaid, a price still compares)
      ['2023年，洛阳新建商品住宅均价6087元。', '6087元', 'verified'],
      ['2023年，洛阳新建商品住宅均价6078元/平方米。', '6078元/平方米', 'mismatch', '6087元/平方米'],
    ]);
  });

  describe('a shorter name in a source sentence that says the draft\'s added words before it: [draft, figure, status, expected]', () => {
    const survey = indexOf('洛阳市2023年度城市体检报告\n\n2023年，体检采取部门数据采集和社会满意度调查相结合的方式开展，共发放调查问卷3.86万份，回收有效问卷3.52万份，问卷有效率为91.2%。');
    statusRows(survey, [
      ['2023年，洛阳本次体检另行投入工作经费420万元，社会满意度调查的问卷有效率达到92.1%。', '92.1%', 'mismatch', '91.2%'],
      // (for another year it is no contradiction)
      ['2022年，洛阳本次体检另行投入工作经费420万元，社会满意度调查的问卷有效率达到92.1%。', '92.1%', 'unverified'],
    ]);
    // (and it states the draft's figure, in a passage however unlike the draft's)
    const loans = indexOf('金融活水润泽沅澧大地\n——我市推进普惠小微金融服务提质增效综述\n\n在石门县，柑橘产业是当地农民增收的“当家产业”。县农商银行推出“橘农贷”，6月末余额4.8亿元，同比增长41.2%，支持橘农和合作社1.1万户。在桃源县，围绕红茶产业开发的“茶商贷”上半年发放3.6亿元；全县脱贫人口小额信贷余额9.7亿元。汉寿县针对特色水产养殖推出“渔业贷”，余额2.9亿元，同比增长23.5%。');
    statusRows(loans, [
      ['# 县域金融与普惠小微金融服务情况调研报告\n\n特色产业金融服务不断深化。澧县通过“整村授信”为农户授信31.2亿元；石门县“橘农贷”余额达到4.8亿元，同比增长14.2%；汉寿县“渔业贷”平均执行利率仅为4.15%。', '4.8亿元', 'verified'],
    ]);
    // (not where the sentence names the longer name apart: the part's 总产出 is not the whole's)
    const sports = indexOf('日照市2024年体育产业统计公报\n\n2024年，从体育产业内部构成看，体育服务业（除体育用品制造、场地设施建设外的9个大类）发展势头良好，总产出为68.4亿元，占体育产业总产出的53.9%；增加值为32.5亿元，增长13.4%。');
    statusRows(sports, [['# 日照市2024年体育产业发展情况\n\n从总量看，全市体育产业总产出126.8亿元，增长11.8%；增加值占全市GDP的比重有所提高。', '126.8亿元', 'unverified']]);
  });

  describe('a share of one subject over a base worded differently: [draft, figure, status, expected]', () => {
    const shares = indexOf('无锡市2023年统计公报\n\n2023年，全市税收收入占一般公共预算收入比重为83.3%，高技术制造业增加值占规模以上工业增加值比重为36.4%。');
    const rows: StatusRow[] = [
      ['2023年，无锡一般公共预算收入中，税收占比达83.3%。', '83.3%', 'verified'],
      ['2023年，无锡税收收入占比达88.3%。', '88.3%', 'mismatch', '83.3%'],
      ['2023年，无锡高技术制造业增加值占规上工业的比重为36.9%。', '36.9%', 'mismatch', '36.4%'],
      // another subject is another share
      ['2023年，无锡非税收入占比为16.7%。', '16.7%', 'unverified'],
      // (税收 and 税收收入 are one subject; a subject that goes on with a noun of its own is another)
      ['2023年，无锡税收占比达83.3%。', '83.3%', 'verified'],
      ['2023年，无锡一般公共预算收入1203.6亿元，税收收入在其中的占比为83.3%。', '83.3%', 'verified'],
      ['2023年，无锡一般公共预算收入1203.6亿元，税收收入在其中的占比为88.3%。', '88.3%', 'mismatch', '83.3%'],
      // a share of the country's whole is another figure than a share of an indicator
      ['2023年，无锡高技术制造业增加值占全国的比重为1.2%。', '1.2%', 'unverified'],
    ];
    statusRows(shares, rows);
    const funds = indexOf('芜湖市2023年教育经费执行公告\n\n2023年，义务教育经费总投入80.98亿元，占全市教育经费总投入的43.4%。');
    statusRows(funds, [
      ['2023年，芜湖义务教育经费占全部教育经费的43.4%。', '43.4%', 'verified'],
      ['2023年，芜湖义务教育经费占全部教育经费的34.4%。', '34.4%', 'mismatch', '43.4%'],
    ]);
    // (a share said with 相当于 holds its base too)
    const sows = indexOf('潍坊市前三季度农业经济运行分析\n\n9月末全市能繁母猪存栏41.3万头，相当于正常保有量的103.2%。');
    statusRows(sows, [
      ['9月末，潍坊能繁母猪存栏相当于正常保有量的103.2%。', '103.2%', 'verified'],
      ['9月末，潍坊能繁母猪存栏相当于正常保有量的102.3%。', '102.3%', 'mismatch', '103.2%'],
    ]);
    // Women among the deputies are not women among the township secretaries.
    const women = indexOf('宜宾市妇女发展监测报告\n\n2023年，市人大代表中女性比例为29.6%，市政协委员中女性比例为30.8%。');
    statusRows(women, [
      ['2023年，市人大代表中女性比例接近三成，全市女性乡镇党委书记比例为15.3%。', '15.3%', 'unverified'],
      ['2023年，市人大代表中女性所占比重为26.9%。', '26.9%', 'mismatch', '29.6%'],
    ]);
    // The source writes the share without its base, in a passage unlike the draft's.
    const short = indexOf('太仓市财政收支情况\n\n2023年，太仓市完成一般公共预算收入170.8亿元，增长4.9%，税收占比达86.2%。');
    statusRows(short, [
      ['县域经济观察：宜兴市去年经济增长5.6%，位列百强县第8位，先进制造业集群加速成长；2023年太仓增长5.2%，税收占一般公共预算收入比重达86.2%，收入质量位居苏州各板块前列。', '86.2%', 'verified'],
      ['2023年太仓税收占一般公共预算收入比重达88.2%。', '88.2%', 'mismatch', '86.2%'],
    ]);
    // …and the share with its base contradicts the one without, whatever the passage
    const long = indexOf('唐山市2023年统计公报\n\n全年一般公共预算收入588.6亿元，增长9.1%。其中，税收收入412.9亿元，税收收入占一般公共预算收入的比重为70.2%。');
    statusRows(long, [
      ['2023年，唐山财政收入588.6亿元，税收占比为72.0%。', '72.0%', 'mismatch', '70.2%'],
    ]);
    // …and the 个百分点 change of a share written without its base is that share's
    const renewables = indexOf('广西1—9月生态环境简报\n\n前三季度，全区可再生能源发电量占全部发电量的比重为52.7%，同比提高3.6个百分点。');
    statusRows(renewables, [
      ['前三季度，广西可再生能源发电量占比为52.7%，同比提高6.3个百分点。', '6.3个百分点', 'mismatch', '3.6个百分点'],
      ['前三季度，广西可再生能源发电量占比为52.7%，同比提高3.6个百分点。', '3.6个百分点', 'verified'],
    ]);
    // …and so is such a change said alone, its share's figure left out
    const income = indexOf('安吉县2023年统计公报\n\n2023年，全县村级集体经济经营性收入5.43亿元，经营性收入占总收入的比重达到55.1%，比上年提高2.0个百分点。村级集体经济总收入增速比上年提高2.6个百分点。');
    statusRows(income, [
      ['2023年，安吉县经营性收入占比较上年提高2.6个百分点。', '2.6个百分点', 'mismatch', '2.0个百分点'],
      ['2023年，安吉县经营性收入的比重比上年提高了2.0个百分点。', '2.0个百分点', 'verified'],
      // (a change of the income's growth is no change of its share)
      ['2023年，安吉县经营性收入增速比上年提高2.6个百分点。', '2.6个百分点', 'unverified'],
    ]);
  });

  describe('exports, imports and trade both ways are three indicators: [draft, figure, status, expected]', () => {
    const trade = indexOf('泉州市2023年统计公报\n\n全年全市货物进出口总额2599.68亿元，比上年下降4.7%。其中，出口1820.45亿元，下降0.8%；进口779.23亿元，下降12.7%。');
    statusRows(trade, [
      // the expected figure is the exports', not the total's, however alike the sentences read
      ['2023年，泉州货物进出口总额下降4.7%，其中出口、进口分别下降12.7%和0.8%。', '12.7%', 'mismatch', '0.8%'],
      ['2023年，泉州货物进出口总额下降4.7%，其中出口、进口分别下降12.7%和0.8%。', '0.8%', 'mismatch', '12.7%'],
      // the total's growth does not verify the exports'
      ['2023年，泉州全市货物出口比上年下降4.7%。', '4.7%', 'mismatch', '0.8%'],
    ]);
  });

  describe('one subject counted two ways, in 笔 and in 元, is two indicators: [draft, figure, status, expected]', () => {
    const counted = indexOf('宁波跨境电商\n\n2023年，宁波市跨境电商进出口4.87万笔、236.52亿元，分别增长12.3%和25.6%。全市办理住房公积金贷款1.2万笔、68.5亿元，分别增长8.1%和15.2%。');
    statusRows(counted, [
      // the amount's growth is the second of the list, not the count's
      ['2023年，宁波市跨境电商进出口236.52亿元，增长12.3%。', '12.3%', 'mismatch', '25.6%'],
      ['2023年，宁波市跨境电商进出口236.52亿元，增长25.6%。', '25.6%', 'verified'],
      ['2023年，宁波市跨境电商进出口236.52亿元，增长25.6%。', '236.52亿元', 'verified'],
      // 办理 a loan is lending it (发放), not what is outstanding
      ['2023年，宁波市发放住房公积金贷款68.5亿元，增长15.2%。', '15.2%', 'verified'],
      ['2023年，宁波市发放住房公积金贷款68.5亿元，增长8.1%。', '8.1%', 'mismatch', '15.2%'],
    ]);
  });

  describe('a change over last year is no change over a span of years: [draft, figure, status, expected]', () => {
    const span = indexOf('浙江民营经济核算分析\n\n2023年，民营经济增加值占全省GDP的比重为67.2%，比上年提高0.2个百分点。民营经济增加值占GDP的比重由2019年的66.3%提高到2023年的67.2%，累计提高0.9个百分点。');
    statusRows(span, [
      ['2023年，浙江民营经济增加值占GDP比重为67.2%，较上年提高0.2个百分点。', '0.2个百分点', 'verified'],
      ['2023年，浙江民营经济增加值占GDP比重为67.2%，较上年提高0.3个百分点。', '0.3个百分点', 'mismatch', '0.2个百分点'],
      ['2023年，浙江民营经济增加值占GDP比重较2019年累计提高0.9个百分点。', '0.9个百分点', 'verified'],
    ]);
  });

  describe('one airport is no measure of all the airports: [draft, figure, status, expected]', () => {
    const airports = indexOf('江苏民航\n\n前三季度全省机场旅客吞吐量4386.2万人次，同比增长12.1%。');
    const table = indexOf('2024年前三季度华东民航运行情况\n\n| 省市 | 旅客吞吐量（万人次） |\n| --- | --- |\n| 江苏 | 4386.2 |\n| 浙江 | 5102.3 |');
    statusRows(table, [
      ['2024年前三季度华东民航运行情况：江苏禄口机场旅客吞吐量2268.4万人次。', '2268.4万人次', 'unverified'],
      ['2024年前三季度，江苏旅客吞吐量4368.2万人次。', '4368.2万人次', 'mismatch', '4386.2万人次'],
    ]);
    statusRows(airports, [
      ['前三季度，江苏禄口机场旅客吞吐量2268.4万人次。', '2268.4万人次', 'unverified'],
      ['前三季度，江苏全省机场旅客吞吐量4368.2万人次。', '4368.2万人次', 'mismatch', '4386.2万人次'],
    ]);
  });

  describe('those helped to do something are not all of their kind: [draft, figure, status, expected]', () => {
    const firms = indexOf('2024年泉州市经营主体发展情况\n\n截至2024年底，全市实有个体工商户111.5万户，增长6.2%。');
    statusRows(firms, [
      ['2024年，泉州全市帮助1.2万户个体工商户获得信用贷款。', '1.2万户', 'unverified'],
      ['截至2024年底，泉州全市实有个体工商户115.1万户。', '115.1万户', 'mismatch', '111.5万户'],
    ]);
  });

  describe('one station is no measure of another, nor of all of them: [draft, figure, status, expected]', () => {
    const stations = indexOf('2024年春运湖南铁路运输情况\n\n春运期间，湖南铁路累计发送旅客1486.3万人次。从车站看，长沙南站累计发送旅客612.8万人次，长沙站发送旅客198.5万人次。暑运期间，高铁动车组发送旅客占铁路发送总量的78.3%。');
    statusRows(stations, [
      ['2024年春运期间，长沙南站发送旅客612.8万人次。', '612.8万人次', 'verified'],
      ['2024年春运期间，长沙南站发送旅客621.8万人次。', '621.8万人次', 'mismatch', '612.8万人次'],
      // (the station a sentence before named, as 这座车站: neither the other station's figure nor the province's)
      ['长沙南站是客流最集中的车站。2024年春运期间，这座车站发送旅客612.8万人次。', '612.8万人次', 'unverified'],
      // (a share in 春运 is not the one in 暑运)
      ['2024年春运期间，高铁动车组发送旅客占铁路发送总量的74.2%。', '74.2%', 'unverified'],
    ]);
  });

  describe('a park or a firm a sentence opens on owns its later figures: [draft, figure, status, expected]', () => {
    const county = indexOf('仁寿县政府工作报告\n\n2023年，新招引亿元以上产业项目47个，协议投资额628.5亿元。园区实缴税金总额186.7亿元，增长6.3%，其中税收收入152.4亿元，增长5.8%。');
    statusRows(county, [
      // the park's agreed investment is not the county's
      ['2023年，园区新签约亿元以上项目19个，协议投资额达到152.6亿元。', '152.6亿元', 'unverified'],
      ['2023年，全县新招引亿元以上产业项目47个，协议投资额628.5亿元。', '628.5亿元', 'verified'],
      ['2023年，全县新招引亿元以上产业项目47个，协议投资额625.8亿元。', '625.8亿元', 'mismatch', '628.5亿元'],
      // the park's tax revenue, its figures named after the subject or not
      ['2023年，园区税收收入152.4亿元，同比增长6.3%。', '6.3%', 'mismatch', '5.8%'],
      ['2023年，园区税收收入152.4亿元，同比增长5.8%。', '5.8%', 'verified'],
    ]);
  });

  describe('a firm a paragraph\'s label names owns its figures: [draft, figure, status, expected]', () => {
    const firms = indexOf('宜昌市属国有企业经济运行分析\n\n1-9月，市属国有企业实现利润总额27.34亿元，同比增长9.6%。\n\n（一）宜昌产业投资集团。1-9月实现营业收入289.4亿元，同比增长14.7%；实现利润总额6.97亿元，增长21.3%。9月末资产负债率为61.2%。');
    statusRows(firms, [
      // the firms' profit is not what the city's firms made together
      ['1-9月，宜昌市属国有企业利润总额增长9.6%。', '9.6%', 'verified'],
      ['1-9月，宜昌产业投资集团利润总额增长21.3%。', '21.3%', 'verified'],
      ['1-9月，宜昌产业投资集团利润总额增长12.3%。', '12.3%', 'mismatch', '21.3%'],
      ['9月末，产业投资集团资产负债率为61.2%。', '61.2%', 'verified'],
    ]);
  });

  describe('the structure of industries states each industry’s share: [draft, figure, status, expected]', () => {
    const structure = indexOf({ path: 'suzhou.txt', text: '苏州市2023年统计公报\n\n2023年，全市实现地区生产总值24653.4亿元。三次产业结构比例调整为0.8∶46.7∶52.5。' });
    statusRows(structure, [
      ['2023年，苏州第三产业增加值占比达到52.5%。', '52.5%', 'verified'],
      ['2023年，苏州第二产业增加值占地区生产总值比重为47.6%。', '47.6%', 'mismatch', '46.7%'],
      ['2023年，苏州三次产业结构为0.8∶46.7∶53.5。', '53.5', 'mismatch', '52.5'],
    ]);
  });

  describe('what was done against a plan (计划…，实际…) is an actual: [draft, figure, status, expected]', () => {
    const plan = indexOf({ path: 'weifang.txt', text: '关于潍坊市2024年国民经济和社会发展计划执行情况的报告\n\n2024年，地区生产总值计划增长6%左右，实际完成7973.1亿元，增长5.9%，经济总量居全省第4位。规模以上工业增加值计划增长7%左右，实际增长8.2%，高于计划1.2个百分点；一般公共预算收入计划增长5%，实际增长3.1%。' });
    statusRows(plan, [
      ['2024年，潍坊地区生产总值增长5.9%，总量居全省第4位。', '5.9%', 'verified'],
      ['2024年，潍坊地区生产总值增长5.9%，总量居全省第三位。', '第三位', 'mismatch', '第四位'],
      ['2024年，潍坊地区生产总值7937.1亿元。', '7937.1亿元', 'mismatch', '7973.1亿元'],
      ['2024年，潍坊一般公共预算收入增长1.3%。', '1.3%', 'mismatch', '3.1%'],
      ['2024年，潍坊规上工业增加值增长8.2%，比计划高1.2个百分点。', '1.2个百分点', 'verified'],
      ['2024年，潍坊规上工业增加值增长8.2%，比计划高2.1个百分点。', '2.1个百分点', 'mismatch', '1.2个百分点'],
    ]);
  });

  describe('a difference against a group of places is compared with the same group only: [draft, figure, status, expected]', () => {
    const towns = indexOf('松阳县农村住户调查\n\n2023年，山区乡镇农村居民人均可支配收入24318元，增长9.0%，增速比全县平均水平高0.9个百分点，比平原乡镇（街道）高1.5个百分点。');
    statusRows(towns, [
      ['2023年，山区乡镇农村居民人均可支配收入增长9.0%，增速比平原乡镇快1.5个百分点。', '1.5个百分点', 'verified'],
      ['2023年，山区乡镇农村居民人均可支配收入增长9.0%，增速比平原乡镇（街道）快1.2个百分点。', '1.2个百分点', 'mismatch', '1.5个百分点'],
      ['2023年，山区乡镇农村居民人均可支配收入增长9.0%，增速比全县高0.9个百分点。', '0.9个百分点', 'verified'],
    ]);
  });

  describe('a city among the cities is among its province\'s, however they are named: [draft, figure, status, expected]', () => {
    const cities = indexOf({ path: 'jiangxi.txt', text: '江西省1-10月各设区市主要指标\n\n1-10月，南昌市规上工业增加值增长8.1%，居全省第5位。' });
    statusRows(cities, [
      ['1-10月，南昌市规上工业增加值增长8.1%，在11个设区市中居第5位。', '第5位', 'verified'],
      ['1-10月，南昌市规上工业增加值增长8.1%，在11个设区市中居第4位。', '第4位', 'mismatch', '第5位'],
      ['1-10月，南昌市规上工业增加值增长8.1%，居全省地级市第4位。', '第4位', 'mismatch', '第5位'],
    ]);
  });

  describe('a rank in the districts of a place: [draft, figure, status, expected]', () => {
    // One source names the city; the other says only 全市, in a report whose city it does not name.
    const named = indexOf({ path: 'jinan.txt', text: '济南经济观察\n\n前三季度，章丘区地区生产总值增长7.1%，增速居全市各区县首位。' });
    statusRows(named, [
      ['前三季度，章丘区增长7.1%，增速居各区县首位。', '首位', 'verified'],
      ['前三季度，章丘区增长7.1%，增速居济南各区县第二。', '第二', 'mismatch', '第一'],
      // 居全市第N said of a district is among the city's parts, however the source names them
      // (and 居全省第N of a city among the province's cities)
      ['前三季度，章丘区地区生产总值增长7.1%，增速列全市第二位。', '第二位', 'mismatch', '第一位'],
    ]);
    const unnamed = indexOf({ path: 'district.txt', text: '区情通报\n\n前三季度，该区地区生产总值增长7.1%，增速居全市各区县首位。' });
    statusRows(unnamed, [
      ['前三季度，该区地区生产总值增长7.1%，增速居济南各区县首位。', '首位', 'verified'],
      // another field altogether
      ['前三季度，该区地区生产总值增长7.1%，增速居全省各区县首位。', '首位', 'unverified'],
    ]);
  });

  describe('财政收入 is mostly 一般公共预算收入, and may be 财政总收入: [draft, figure, status, expected]', () => {
    const revenue = indexOf('宁波财政\n\n2023年，宁波市财政总收入2910.2亿元，一般公共预算收入1680.4亿元。');
    statusRows(revenue, [
      ['2023年，宁波财政收入1680.4亿元。', '1680.4亿元', 'verified'],
      ['2023年，宁波财政收入2910.2亿元。', '2910.2亿元', 'verified'],
      ['2023年，宁波财政收入1690.4亿元。', '1690.4亿元', 'mismatch', '1680.4亿元'],
      ['2023年，宁波一般公共预算收入1690.4亿元。', '1690.4亿元', 'mismatch', '1680.4亿元'],
      // written out, each is only itself: swapped figures are contradicted
      ['2023年，宁波一般公共预算收入2910.2亿元。', '2910.2亿元', 'mismatch', '1680.4亿元'],
      ['2023年，宁波财政总收入1680.4亿元。', '1680.4亿元', 'mismatch', '2910.2亿元'],
    ]);
  });

  describe('交通投资 is how a transport report shortens 交通运输固定资产投资: [draft, figure, status, expected]', () => {
    const transport = indexOf('# 前三季度全省交通运输经济运行综述\n\n1-9月，全省完成交通运输固定资产投资852.3亿元。分地区看，赣州市完成交通投资152.4亿元，同比增长6.8%。');
    statusRows(transport, [
      ['# 前三季度交通运输经济运行分析\n\n1-9月，赣州交通运输固定资产投资完成152.4亿元。', '152.4亿元', 'verified'],
      ['# 前三季度交通运输经济运行分析\n\n1-9月，赣州交通运输投资增长8.6%。', '8.6%', 'mismatch', '6.8%'],
      ['# 前三季度交通运输经济运行分析\n\n1-9月，全省交通投资完成825.3亿元。', '825.3亿元', 'mismatch', '852.3亿元'],
      // (公路水路 narrows it: another figure)
      ['# 前三季度交通运输经济运行分析\n\n1-9月，全省公路水路交通投资完成825.3亿元。', '825.3亿元', 'unverified'],
    ]);
  });

  describe('the whole\'s figure does not confirm a part the draft names by its qualifier: [draft, figure, status, expected]', () => {
    const whole = indexOf('# 2024年台州经济\n\n2024年，全市工业投资增长9.8%，快递业务收入79.84亿元，同比增长9.6%。');
    statusRows(whole, [
      ['# 台州经济\n\n2024年，全市民间工业投资增长9.8%。', '9.8%', 'unverified'],
      ['# 台州经济\n\n2024年，全市异地快递业务收入增长9.6%。', '9.6%', 'unverified'],
      ['# 台州经济\n\n2024年，全市工业投资增长9.8%。', '9.8%', 'verified'],
    ]);
  });

  describe('bases listed in the clause a sentence opens on (与全省、全国相比) go to the 分别 differences in order: [draft, figure, status, expected]', () => {
    const bases = indexOf('# 2024年前三季度揭阳邮政\n\n前三季度，全市快递业务量同比增长23.7%，增速比上半年加快1.2个百分点，比全省平均水平高11.9个百分点，比全国平均水平高2.1个百分点。');
    statusRows(bases, [
      ['# 揭阳邮政\n\n前三季度，与全省、全国相比，全市快递业务量增速分别高出11.9个百分点和2.1个百分点。', '2.1个百分点', 'verified'],
      ['# 揭阳邮政\n\n前三季度，与全省、全国相比，全市快递业务量增速分别高出11.9个百分点和1.2个百分点。', '1.2个百分点', 'mismatch', '2.1个百分点'],
    ]);
  });

  describe('an exact figure only a bound confirms is contradicted by an exact source: [draft, figure, status, expected]', () => {
    const cotton = indexOf(
      { path: 'report.txt', text: '新疆农业观察\n\n2023年，新疆棉花产量511.9万吨，占全国总产量的九成以上。' },
      { path: 'bulletin.txt', text: '新疆维吾尔自治区2023年统计公报\n\n2023年，新疆棉花产量511.86万吨，占全国棉花总产量的91.1%。' },
    );
    statusRows(cotton, [
      ['2023年，新疆棉花产量占全国棉花总产量的比重为91.1%。', '91.1%', 'verified'],
      ['2023年，新疆棉花产量占全国棉花总产量的比重为90.1%。', '90.1%', 'mismatch', '91.1%'],
      // what the bound says, said as loosely, is still verified by it
      ['2023年，新疆棉花产量占全国总产量的九成以上。', '九成', 'verified'],
    ]);
    // a bound is one-sided: below it an exact figure is contradicted; above it, it is neither confirmed nor contradicted
    const giants = indexOf('江苏专精特新观察\n\n2023年，在全省1885家国家级“小巨人”企业中，民营企业占比超过九成。');
    statusRows(giants, [
      ['2023年，全省“小巨人”企业中民营企业占比为87.3%。', '87.3%', 'mismatch', '90%'],
      // a bound holds 91.2% but does not state it: nothing to confirm, nothing to contradict
      ['2023年，全省“小巨人”企业中民营企业占比为91.2%。', '91.2%', 'unverified'],
      ['2023年，全省“小巨人”企业中民营企业占比为90%。', '90%', 'verified'],
    ]);
    // a bound under the draft's own short name (煤炭消费占比…接近八成) does not hide the share's full name stating
    // the figure exactly, nor the change in points said of that share
    const coal = indexOf('长治市2024年能源消费情况分析\n\n全年全市煤炭消费量6124.7万吨，煤炭消费量占能源消费总量的比重为78.6%，比上年下降1.9个百分点，但仍高于全省平均水平7.4个百分点。\n\n总的看，全市煤炭消费占比仍接近八成。');
    statusRows(coal, [
      ['2024年，长治市煤炭消费比重降至78.6%，但仍比全省平均水平高出7.4个百分点。', '78.6%', 'verified'],
      ['2024年，长治市煤炭消费比重降至78.6%，但仍比全省平均水平高出4.7个百分点。', '4.7个百分点', 'mismatch', '7.4个百分点'],
      ['2024年，长治市煤炭消费比重降至78.6%，但仍比全省平均水平高出7.4个百分点。', '7.4个百分点', 'verified'],
      ['2024年，长治市煤炭消费比重降至76.8%。', '76.8%', 'mismatch', '78.6%'],
    ]);
    // a target's bound is its figure: another bound is another target
    const plan = indexOf('晋江市2024年政府工作报告\n\n2024年，力争新增规上工业企业150家以上。');
    statusRows(plan, [
      ['2024年，晋江力争新增规上工业企业120家以上。', '120家', 'mismatch', '150家'],
      ['2024年，晋江力争新增规上工业企业150家以上。', '150家', 'verified'],
    ]);
    // a year's target said in a report of the year before is not that year's: the next year's target is another
    const analysis = indexOf('2024年1-9月台州市规上工业经济运行简析\n\n一、总体运行情况\n\n下阶段，要紧盯全年规上工业增加值增长8%以上的目标，全力确保四季度工业经济实现较快增长。');
    statusRows(analysis, [
      ['2025年，全市将力争规上工业增加值增长8.5%左右。', '8.5%', 'unverified'],
      ['2024年，全市力争规上工业增加值增长8.5%以上。', '8.5%', 'mismatch', '8%'],
      ['全年规上工业增加值力争增长8.5%以上。', '8.5%', 'mismatch', '8%'],
    ]);
  });

  describe('market entities registered in the year (新设, 新登记) are not the entities there are; how far above a base is against that base: [draft, figure, status, expected]', () => {
    const bureau = indexOf('2023年全市市场主体发展情况分析\n\n潍坊市市场监督管理局\n（2024年1月）\n\n截至2023年12月底，全市实有市场主体152.36万户，比上年末增长8.7%。全市每千人拥有企业44.5户，比上年末增加4.1户，高于全省平均水平2.3户。\n\n全年新设市场主体24.67万户，同比增长6.2%。');
    statusRows(bureau, [
      ['2023年，潍坊市新登记市场主体24.67万户，比上年增长6.2%。', '24.67万户', 'verified'],
      ['2023年，潍坊市新登记市场主体24.67万户，比上年增长6.2%。', '6.2%', 'verified'],
      ['2023年，潍坊市新登记市场主体25.67万户。', '25.67万户', 'mismatch', '24.67万户'],
      ['2023年，潍坊市新设市场主体增长8.7%。', '8.7%', 'mismatch', '6.2%'],
      ['2023年，潍坊市每千人拥有企业数达到44.5户，比全省平均水平多出3.2户。', '3.2户', 'mismatch', '2.3户'],
      ['2023年，潍坊市每千人拥有企业数达到44.5户，比全省平均水平多出2.3户。', '2.3户', 'verified'],
    ]);
  });

  describe('a passage its title dates to part of the year does not contradict a whole year\'s figure: [draft, figure, status, expected]', () => {
    const halfYear = indexOf('2023年上半年全市市场主体发展情况分析\n\n潍坊市市场监督管理局\n（2023年7月）\n\n（二）第三产业占比继续提高。全市第三产业市场主体占全部市场主体的83.2%，比上年末提高0.5个百分点。');
    statusRows(halfYear, [
      ['# 关于2023年全市市场主体发展情况的报告\n\n2023年，我市市场主体发展呈现良好态势。\n\n## 三、结构持续优化\n\n第三产业市场主体所占比重比上年末提高0.8个百分点，达到83.5%。', '0.8个百分点', 'unverified'],
      // the half year it is titled on, the draft's own, is contradicted
      ['# 关于2023年上半年全市市场主体发展情况的报告\n\n上半年，第三产业市场主体所占比重比上年末提高0.8个百分点。', '0.8个百分点', 'mismatch', '0.5个百分点'],
    ]);
    // a quarter's draft quotes the 前三季度 its source is titled on: that is still read against it
    const ppi = indexOf('2024年前三季度赣州市工业生产者价格运行情况\n\n赣州市统计局\n\n分品种看，稀土金属价格下降21.3%，钨精矿价格上涨18.7%。');
    statusRows(ppi, [
      ['# 2024年三季度赣州市重要商品价格监测情况\n\n三季度，全市物价总体平稳。\n\n分品种看，钨精矿价格上涨18.7%，稀土金属价格则下降12.3%。', '12.3%', 'mismatch', '21.3%'],
    ]);
  });

  describe('a season of the weather is a period of its own: [draft, figure, status, expected]', () => {
    const summary = indexOf('金华市2023年汛期气象服务总结\n\n2023年汛期（4月15日—10月15日），全市平均降水量862.7毫米，比常年同期偏少11.3%；平均气温25.6℃，比常年同期偏高0.8℃。\n\n2023年全年，全市平均气温19.1℃，比常年偏高0.9℃，年日照时数1912.4小时，比常年偏多7.1%。早稻生长季（4月上旬至7月中旬），全市日照时数612.4小时，偏多9.8%。从灾种看，暴雨洪涝造成直接经济损失1.92亿元，占全部损失的49.7%；高温干旱造成损失1.21亿元，占31.3%。');
    statusRows(summary, [
      // the year's figure is not the flood season's
      ['2023年，全市平均气温19.1℃，较常年高出0.9℃。', '19.1℃', 'verified'],
      ['2023年，全市平均气温19.1℃，较常年高出0.9℃。', '0.9℃', 'verified'],
      ['2023年汛期，全市平均气温25.6℃，比常年同期偏高0.8℃。', '0.8℃', 'verified'],
      ['2023年汛期，全市平均降水量较常年同期偏少12.3%。', '12.3%', 'mismatch', '11.3%'],
      // a crop's growing season too: its sunshine is not the year's
      ['2023年早稻生长季光照充足，日照时数较常年同期偏多9.8%。', '9.8%', 'verified'],
      ['2023年，全市日照时数较常年偏多7.1%。', '7.1%', 'verified'],
      // a season in a heading may name only what its section opens on
      ['# 2023年金华气候\n\n## 二、汛期降水与气象灾害\n\n按灾种分，高温干旱造成的损失占49.7%。', '49.7%', 'mismatch', '31.3%'],
    ]);
  });

  describe('an amount against an earlier year\'s is no share of a whole: [draft, figure, status, expected]', () => {
    const news = indexOf('义乌外贸前三季度成绩单\n\n前三季度，义乌市进出口总值5392.5亿元，占金华全市的比重为79.6%。前三季度义乌进出口总值已相当于2023年全年的81.6%。');
    statusRows(news, [
      ['前三季度，义乌市进出口总值已达到去年全年的81.6%。', '81.6%', 'verified'],
      ['前三季度，义乌市进出口总值已达到去年全年的86.1%。', '86.1%', 'mismatch', '81.6%'],
      ['前三季度，义乌市进出口总值占金华全市的79.6%。', '79.6%', 'verified'],
    ]);
  });

  describe('a change of a level against another base is another figure: [draft, figure, status, expected]', () => {
    const bulletin = indexOf('2023年株洲市卫生健康事业发展统计公报\n\n全市居民人均预期寿命达到78.92岁，比上年提高0.36岁。全市平均住院日8.6天，比上年缩短0.3天。');
    statusRows(bulletin, [
      ['2023年，全市居民人均预期寿命78.92岁，比全省平均水平高出0.4岁。', '0.4岁', 'unverified'],
      ['2023年，全市居民人均预期寿命78.92岁，较上年提高0.36岁。', '0.36岁', 'verified'],
      ['2023年，全市居民人均预期寿命78.92岁，较上年提高0.46岁。', '0.46岁', 'mismatch', '0.36岁'],
      ['2023年，全市平均住院日缩短0.3天。', '0.3天', 'verified'],
      // a change with no base said is over the year before
      ['2023年，全市平均住院日缩短了0.4天。', '0.4天', 'mismatch', '0.3天'],
    ]);
  });

  describe('a rate written more precisely than a source rounds it is neither confirmed nor contradicted: [draft, figure, status, expected]', () => {
    const summary = indexOf('宁波市上市公司发展报告\n\n2023年，拓普集团营业收入197.0亿元，同比增长24.3%；全市规上工业增加值增长6%。');
    statusRows(summary, [
      ['2023年，拓普集团营业收入197.0亿元，增长24.3%。', '24.3%', 'verified'],
      // 24.33 rounds to the source's 24.3: the source cannot tell its hundredths
      ['2023年，拓普集团营业收入197.0亿元，增长24.33%。', '24.33%', 'unverified'],
      // 24.38 rounds to 24.4: a figure the source contradicts
      ['2023年，拓普集团营业收入197.0亿元，增长24.38%。', '24.38%', 'mismatch', '24.3%'],
      // a whole-number rate is still compared at the draft's precision
      ['2023年，宁波规上工业增加值增长6.3%。', '6.3%', 'mismatch', '6%'],
    ]);
  });

  describe('前三季度 in an undated source is this year’s, as 今年 in an undated draft: [draft, figure, status, expected]', () => {
    const undated = indexOf({ path: 'guangzhou-q3.txt', text: '广州前三季度经济运行\n\n前三季度，增城区地区生产总值增长6.3%，增速领跑全市。' });
    statusRows(undated, [
      ['今年前三季度，增城区地区生产总值增长6.3%。', '6.3%', 'verified'],
      ['今年前三季度，增城区地区生产总值增长6.1%。', '6.1%', 'mismatch', '6.3%'],
      ['前三季度，增城区地区生产总值增长6.1%。', '6.1%', 'mismatch', '6.3%'],
      // another part of the year
      ['今年上半年，增城区地区生产总值增长6.1%。', '6.1%', 'unverified'],
    ]);
  });
  describe('a growth over an earlier year (较2019年同期) is not the growth over the year before: [draft, figure, status, expected]', () => {
    const holiday = indexOf('国庆文旅\n\n2024年国庆假期，杭州旅游总收入152.37亿元，同比增长5.9%，较2019年同期增长21.7%。');
    statusRows(holiday, [
      ['2024年国庆假期，杭州旅游总收入较2019年同期增长21.7%。', '21.7%', 'verified'],
      ['2024年国庆假期，杭州旅游总收入较2019年同期增长25.7%。', '25.7%', 'mismatch', '21.7%'],
      ['2024年国庆假期，杭州旅游总收入同比增长6.9%。', '6.9%', 'mismatch', '5.9%'],
      // (the earlier year said in a clause before: 与2019年同期相比，…)
      ['与2019年同期相比，2024年国庆假期杭州旅游总收入增长21.7%。', '21.7%', 'verified'],
    ]);
    const income = indexOf('松阳县农村住户调查\n\n2023年，全县农村居民人均可支配收入29836元，比上年增长8.1%。');
    statusRows(income, [
      // a growth over five years is no growth over the year before
      ['2023年，与2018年相比，全县农村居民人均可支配收入累计增长52.7%。', '52.7%', 'unverified'],
      ['2023年，全县农村居民人均可支配收入增长8.7%。', '8.7%', 'mismatch', '8.1%'],
    ]);
  });

  describe('a change over the month before (环比) is not the change over the year before (同比): [draft, figure, status, expected]', () => {
    const prices = indexOf(
      '2024年11月份居民消费价格\n\n11月份，全国居民消费价格同比上涨0.2%，环比下降0.6%。全国工业生产者出厂价格同比下降2.5%，环比上涨0.1%。\n\n| 指标 | 环比涨跌幅(%) | 同比涨跌幅(%) |\n| --- | --- | --- |\n| 食品烟酒 | -1.6 | 0.5 |',
    );
    statusRows(prices, [
      ['11月份，全国CPI同比上涨0.2%，环比下降0.6%。', '0.6%', 'verified'],
      ['11月份，全国CPI环比下降0.6%。', '0.6%', 'verified'],
      // the year's change where the month's is written, and the other way round
      ['11月份，全国CPI同比上涨0.2%，环比则上涨0.2%。', '0.2%', 'verified'],
      ['11月份，全国PPI同比下降2.5%，环比上涨0.2%。', '0.2%', 'mismatch', '0.1%'],
      ['11月份，全国PPI同比下降0.1%。', '0.1%', 'mismatch', '2.5%'],
      // a paragraph opening on 环比看 speaks of the month's change until a clause turns to 同比
      ['环比看，全国PPI上涨0.1%。其中，食品烟酒价格下降1.6%，同比上涨0.5%。', '1.6%', 'verified'],
      ['环比看，全国PPI上涨0.1%。其中，食品烟酒价格下降1.6%，同比上涨0.5%。', '0.5%', 'verified'],
      ['环比看，11月份全国CPI上涨0.2%。', '0.2%', 'mismatch', '-0.6%'],
      // …and so does a section under a heading on it (（二）环比情况)
      ['## 二、环比情况\n\n11月份，全国PPI上涨0.1%。\n\n全国CPI下降0.6%。', '0.6%', 'verified'],
      ['## 二、环比情况\n\n11月份，全国PPI上涨0.1%。\n\n全国CPI上涨0.2%。', '0.2%', 'unverified'],
      // a table's 环比 column is the month's change
      ['11月份，食品烟酒价格环比下降1.6%，同比上涨0.5%。', '1.6%', 'verified'],
      ['11月份，食品烟酒价格同比上涨0.5%。', '0.5%', 'verified'],
      ['11月份，食品烟酒价格同比上涨1.6%。', '1.6%', 'unverified'],
      // 比上月, 较上个月 say 环比 in words
      ['11月份，全国CPI同比上涨0.2%，比上月下降0.6%。', '0.6%', 'verified'],
      ['11月份，全国CPI同比上涨0.2%，较上个月下降0.5%。', '0.5%', 'mismatch', '0.6%'],
    ]);
    // …and so does 比一季度 of a second quarter, 比6月末 of a stock: a base in the same year
    const land = indexOf('绵阳市上半年土地供应分析\n\n第二季度供地583.6公顷，同比增长7.4%，环比增长51.7%。6月末，全市住户存款余额4213.6亿元，比3月末增长2.8%，同比增长9.1%。');
    statusRows(land, [
      ['二季度供地583.6公顷，比一季度增长51.7%。', '51.7%', 'verified'],
      ['二季度供地583.6公顷，比一季度增长57.1%。', '57.1%', 'mismatch', '51.7%'],
      ['二季度供地583.6公顷，增长7.4%。', '7.4%', 'verified'],
      ['6月末，全市住户存款余额比3月末增长2.8%。', '2.8%', 'verified'],
      ['6月末，全市住户存款余额比3月末增长9.1%。', '9.1%', 'mismatch', '2.8%'],
    ]);
  });
  describe('shares listed by the clause before (A、B和C位居前三，增加值占…的比重分别为) are each item\'s, no other industry\'s: [draft, figure, status, expected]', () => {
    const industries = indexOf('威海市海洋经济发展报告\n\n2023年，从规模看，滨海旅游业、海洋渔业和海洋交通运输业位居前三，增加值占主要海洋产业增加值的比重分别为36.3%、21.6%和11.5%。');
    statusRows(industries, [
      ['2023年，威海海洋新兴产业增加值占主要海洋产业增加值的比重为14.2%。', '14.2%', 'unverified'],
      ['2023年，威海海洋新兴产业增加值占主要海洋产业增加值的比重为21.6%。', '21.6%', 'unverified'],
    ]);
  });
  describe('one rank shared by the indicators listed before it (A、B均居第二位) is each one\'s: [draft, figure, status, expected]', () => {
    const zone = indexOf('湖北自贸试验区年报\n\n2023年，宜昌片区进出口总额、实际使用外资、跨境电商交易额均居全省三个片区第二位。');
    statusRows(zone, [
      ['2023年，宜昌片区实际使用外资总量位居全省三个片区第三位。', '第三位', 'mismatch', '第二位'],
      ['2023年，宜昌片区跨境电商交易额居全省三个片区第二位。', '第二位', 'verified'],
    ]);
  });
  describe('a price per quantity (每500克) names its thing, not the quantity: [draft, figure, status, expected]', () => {
    const prices = indexOf('赣州市价格监测\n\n9月末，中心城区精瘦肉零售均价为每500克16.8元。分县区看，瑞金市精瘦肉零售均价最高，为每500克17.5元；寻乌县最低，为每500克15.9元。');
    statusRows(prices, [
      ['9月末，中心城区精瘦肉每500克零售均价16.8元。', '16.8元', 'verified'],
      ['9月末，中心城区精瘦肉零售均价18.6元。', '18.6元', 'mismatch', '16.8元'],
      ['9月末，瑞金市精瘦肉零售均价最高，为每500克17.5元；寻乌县最低，为每500克16.9元。', '16.9元', 'mismatch', '15.9元'],
    ]);
  });

  describe('an income\'s real growth (扣除价格因素, 实际增长) is not its nominal growth: [draft, figure, status, expected]', () => {
    const income = indexOf('# 嘉兴市2023年国民经济和社会发展统计公报\n\n全年农村居民人均可支配收入49212元，增长6.8%，扣除价格因素实际增长6.5%。全市地区生产总值7062.45亿元，实际增长6.3%。');
    statusRows(income, [
      ['2023年，嘉兴农村居民人均可支配收入增长6.8%，扣除价格因素后实际增长6.2%。', '6.2%', 'mismatch', '6.5%'],
      ['2023年，嘉兴农村居民人均可支配收入实际增长6.5%。', '6.5%', 'verified'],
      ['2023年，嘉兴农村居民人均可支配收入名义增长6.8%。', '6.8%', 'verified'],
      // an economy's growth is real however written
      ['2023年，嘉兴GDP增长6.3%。', '6.3%', 'verified'],
    ]);
  });

  describe('what was added (新增…) and what there is are different quantities: [draft, figure, status, expected]', () => {
    const listed = indexOf('六城金融力\n\n截至2024年9月末，苏州境内A股上市公司212家。苏州今年新增A股上市公司5家，仍居六城首位。');
    statusRows(listed, [
      // (quoted from 境内A股上市公司; the 新增 figure is no candidate)
      ['截至2024年9月末，苏州A股上市公司212家。', '212家', 'verified'],
      ['截至2024年9月末，苏州A股上市公司221家。', '221家', 'unverified'],
      ['苏州今年新增A股上市公司5家。', '5家', 'verified'],
    ]);
  });

  describe('a zone named with or without its city is one place: [draft, figure, status, expected]', () => {
    const zone = indexOf('东北区县观察\n\n上半年，大连金普新区实现地区生产总值1385.2亿元，占大连全市的比重为32.3%。');
    statusRows(zone, [
      ['上半年，金普新区实现GDP 1385.2亿元。', '1385.2亿元', 'verified'],
      ['上半年，金普新区GDP占大连全市的23.3%。', '23.3%', 'mismatch', '32.3%'],
    ]);
  });

  describe('lists of strongest counties by two publishers are two lists: [draft, figure, status, expected]', () => {
    const lists = indexOf('湖北县域观察\n\n在赛迪顾问发布的2024全国百强县榜单中，宜都市位列第40位。在中郡研究所的县域经济基本竞争力百强县名单中，宜都市排第58位。');
    statusRows(lists, [
      ['在赛迪百强县榜单中，宜都排第40位。', '第40位', 'verified'],
      ['在中郡百强县名单中，宜都排第58位。', '第58位', 'verified'],
      ['在中郡百强县名单中，宜都排第56位。', '第56位', 'mismatch', '第58位'],
      // a list its publisher the draft does not name is either: the one it states verifies it
      ['在全国百强县榜单中，宜都排第40位。', '第40位', 'verified'],
    ]);
  });

  describe('a city ranked in its province (居全省第N) is ranked among the province’s cities: [draft, figure, status, expected]', () => {
    const cities = new ReferenceIndex(createLexicon());
    cities.addRows('cities.json', [{ path: 'cities.json', line: 2, indicator: '地区生产总值', region: '临沂市', period: '2023年', measure: 'value', value: '6105.2', unit: '亿元', rank: '第五', scope: '全省16市' }]);
    statusRows(cities, [
      ['2023年，临沂地区生产总值居全省第五位。', '第五位', 'verified'],
      ['2023年，临沂地区生产总值居全省第六位。', '第六位', 'mismatch', '第五位'],
    ]);
  });

  describe('a province ranked in the whole country is ranked among the provinces: [draft, figure, status, expected]', () => {
    const provinces = indexOf('海南前三季度经济运行\n\n前三季度，全省出口636.46亿元，增长20.7%，增速居全国各省份第二位。');
    const unnamed = indexOf('前三季度水质简报\n\n前三季度，国家地表水考核断面水质优良比例为99.2%，居全国第3位。');
    statusRows(provinces, [
      ['前三季度，海南货物贸易出口增长20.7%，增速居全国第二位。', '第二位', 'verified'],
      ['前三季度，海南货物贸易出口增长20.7%，增速居全国第三位。', '第三位', 'mismatch', '第二位'],
    ]);
    statusRows(unnamed, [
      ['前三季度，广西国家地表水考核断面水质优良比例为99.2%，排名全国第4位。', '第4位', 'mismatch', '第3位'],
    ]);
  });

  describe('holiday tourism: a later 假期期间 is the holiday named before, visitors by any name: [draft, figure, status, expected]', () => {
    const tourism = indexOf('国庆假期海南旅游市场综述\n\n国庆假期7天，全省累计接待游客362.88万人次，同比增长8.5%。\n\n海口吸引了大量游客。假期期间，海口接待游客110.17万人次。在携程发布的国庆假期全国热门旅游目的地榜单中，三亚排名第六位。');
    statusRows(tourism, [
      ['国庆黄金周期间，全省游客量362.88万人次，同比增长5.8%。', '5.8%', 'mismatch', '8.5%'],
      ['国庆假期，海口接待游客101.17万人次。', '101.17万人次', 'mismatch', '110.17万人次'],
      ['国庆假期，在携程发布的国庆全国热门旅游目的地榜单中，三亚排名第五。', '第五', 'mismatch', '第六'],
    ]);
  });

  describe('the source sentence that verified one figure of a draft sentence speaks for its other figures: [draft, figure, status, expected]', () => {
    const halfYear = indexOf(
      '成都上半年经济运行\n\n上半年，双流区实现地区生产总值650.2亿元，增长7.2%，其中规模以上工业增加值增长12.3%。简阳市地区生产总值增长7.6%。上半年，全市出口2201.5亿元，增长6.4%。',
      '成都1-8月经济运行\n\n1—8月，全市出口2987.3亿元，增长5.9%。',
      '济南前三季度经济运行\n\n前三季度，全市全体居民人均可支配收入45368元，同比增长5.0%。按常住地分，城镇居民人均可支配收入52476元，增长4.6%。',
    );
    const rows: StatusRow[] = [
      // no period in the draft: the growth is read in the sentence that verified the amount
      ['区（市）县层面，双流区GDP达到650.2亿元，增长7.6%。', '7.6%', 'mismatch', '7.2%'],
      ['区（市）县层面，双流区GDP增长7.6%，总量达到650.2亿元。', '7.6%', 'mismatch', '7.2%'],
      ['区（市）县层面，双流区GDP达到650.2亿元，增长7.2%。', '7.2%', 'verified'],
      // of two sources that contradict, the one whose sentence verified the amount gives the fix
      ['外贸方面，成都出口2201.5亿元，增长4.6%。', '4.6%', 'mismatch', '6.4%'],
      // …on the same indicator: the whole's growth there is not the part's
      ['居民收入稳步增长，全体居民人均可支配收入增长5.0%，其中城镇居民增长6.3%。', '6.3%', 'mismatch', '4.6%'],
      // without a verified neighbour nothing anchors it: the period stays unknown
      ['区（市）县层面，双流区GDP增长7.6%。', '7.6%', 'unverified'],
      // an indicator the anchoring sentence does not state is not contradicted by it
      ['区（市）县层面，双流区GDP达到650.2亿元，固定资产投资增长7.6%。', '7.6%', 'unverified'],
    ];
    statusRows(halfYear, rows);
    // …nor by a longer name there, but by a shorter one (the draft's name, left unqualified)
    const fitness = indexOf(
      '日照市2024年体育工作总结\n\n2024年全市国民体质监测共抽样测试8640人，监测合格率（达到《国民体质测定标准》合格以上等级的人数比例）为93.8%，比上年提高0.6个百分点，高于全省平均水平1.5个百分点。',
      '日照市2024年外贸简报\n\n2024年，日照市进出口增长6.5%，出口额1210.4亿元。',
      '赣州市2024年城市更新\n\n全年实施城市更新项目87个，完成投资132.8亿元，增长15.6%。',
    );
    statusRows(fitness, [
      ['2024年，日照国民体质监测合格率为93.8%，比上年提高0.8个百分点，高出全省平均1.5个百分点。', '0.8个百分点', 'mismatch', '0.6个百分点'],
      ['2024年，日照出口额1210.4亿元，出口增长6.1%。', '6.1%', 'unverified'],
      // (…not a shorter name whose sentence says nothing of the draft's qualifier: that may be the whole)
      ['2024年城市更新方面，赣州全年完成投资132.8亿元，城中村改造完成投资24.6亿元。', '24.6亿元', 'unverified'],
      ['2024年，日照市出口额1210.4亿元，其中机电产品出口增长8.2%。', '8.2%', 'unverified'],
    ]);
  });

  describe('a whole the draft makes its figure a share of (占全市造船完工量的四成) does not contradict it: [draft, figure, status, expected]', () => {
    const shipyards = indexOf('威海市2023年海洋经济运行\n\n2023年全市造船完工量218.6万载重吨，增长27.4%；新承接订单量356.2万载重吨，增长41.3%。');
    statusRows(shipyards, [
      ['黄海造船全年完工量86.4万载重吨，增长35.2%，约占全市造船完工量的四成。', '35.2%', 'unverified'],
      ['黄海造船全年完工量86.4万载重吨，增长35.2%，约占造船完工量的四成。', '35.2%', 'unverified'],
      // the whole's own figure is still read against it
      ['2023年全市造船完工量218.6万载重吨，增长24.7%，约占全省的三成。', '24.7%', 'mismatch', '27.4%'],
    ]);
  });

  describe('a bare name (收入) is the fuller one its sentence’s amount was verified as: [draft, figure, status, expected]', () => {
    const budget = indexOf(
      '# 关于苏州市2023年预算执行情况的报告\n\n| 地区 | 一般公共预算收入（亿元） | 同口径增长（%） |\n| --- | --- | --- |\n| 昆山市 | 430.6 | 3.5 |\n| 苏州工业园区 | 418.9 | 3.9 |\n| 太仓市 | 181.4 | 1.8 |\n\n全市一般公共预算支出2286.4亿元，增长4.6%。其中，教育支出402.5亿元，增长5.2%。',
    );
    statusRows(budget, [
      // an amount of four figures for the same place and year is the table's, whatever the passage
      ['2023年，太仓市收入181.4亿元。', '181.4亿元', 'verified'],
      // …and the growth beside it is read as that indicator's
      ['2023年，太仓市收入181.4亿元，增长2.8%。', '2.8%', 'mismatch', '1.8%'],
      // a short amount is no proof: 18.1亿元 could be any 收入 of the place
      ['2023年，太仓市收入18.1亿元，增长2.8%。', '2.8%', 'unverified'],
      // the prose after a table (a long place name in its last rows) is the report's city again
      ['2023年，苏州教育支出增长9.7%。', '9.7%', 'mismatch', '5.2%'],
      ['2023年，苏州工业园区教育支出增长5.2%。', '5.2%', 'unverified'],
    ]);
    // a head noun alone (产量) is the verified name of its sentence that it ends
    const cars = indexOf('# 西安经济运行简报\n\n1—9月，全市新能源汽车产量79.16万辆，增长22.5%。新能源汽车产量居全国城市第二位，仅次于深圳。');
    statusRows(cars, [
      ['1—9月，西安新能源汽车产量79.16万辆，产量居全国城市第三位。', '第三位', 'mismatch', '第二位'],
      ['1—9月，西安新能源汽车产量79.16万辆，产量居全国城市第二位。', '第二位', 'verified'],
      // …not when the sentence verified nothing under such a name
      ['1—9月，西安汽车产量居全国城市第三位。', '第三位', 'unverified'],
    ]);
  });

  describe('an amount a source states to the digit under a longer or shorter form of its name is quoted from it: [draft, figure, status, expected]', () => {
    const bulletin = indexOf(
      '# 中华人民共和国2023年国民经济和社会发展统计公报（摘录）\n\n全年房地产开发投资110913亿元，比上年下降9.6%。房地产开发企业房屋新开工面积95376万平方米，下降20.4%。其中住宅新开工面积69286万平方米，下降20.9%。',
    );
    statusRows(bulletin, [
      // 房产开发投资 is 房地产开发投资 with a word left out
      ['2023年，全国房产开发投资110913亿元。', '110913亿元', 'verified'],
      // …and the figures beside the quoted amount are that indicator's
      ['2023年，全国房产开发投资110913亿元，下降6.9%。', '6.9%', 'mismatch', '9.6%'],
      // two figures are no quotation: 11万亿元 could be anything's
      ['2023年，全国房产开发投资11万亿元，下降6.9%。', '6.9%', 'unverified'],
      // 新开工面积 is the 房屋新开工面积 the source states, not the 住宅 one it happens to equal
      ['2023年，全国新开工面积69286万平方米。', '69286万平方米', 'mismatch', '95376万平方米'],
    ]);
    // a name one word off is quoted from, whatever a part with a longer name states
    const funds = indexOf('重庆医保运行\n\n1—9月，全市基本医疗保险基金总收入588.30亿元。其中，职工基本医疗保险基金收入346.50亿元。');
    statusRows(funds, [
      ['1—9月，全市基本医疗保险基金收入588.30亿元。', '588.30亿元', 'verified'],
    ]);
    // the words the draft's name left out (两项) are in its sentence: the quoted name is the one meant
    const subsidies = indexOf('绍兴市2023年民政事业发展统计公报\n\n为1.96万名经济困难失能老年人提供居家养老服务补贴，发放补贴资金1.38亿元。全年共发放两项补贴资金3.52亿元，比上年增长7.1%。');
    statusRows(subsidies, [
      ['2023年，绍兴两项补贴覆盖面继续扩大，全年发放补贴资金3.52亿元。', '3.52亿元', 'verified'],
      ['2023年，绍兴为经济困难失能老年人提供居家养老服务补贴，发放补贴资金1.83亿元。', '1.83亿元', 'mismatch', '1.38亿元'],
    ]);
    // a group's figure under the bare name (灵活就业人员…全年缴存) is another population's, not the city's reading
    const deposits = indexOf('武汉公积金观察\n\n2023年全市住房公积金缴存额达到651.28亿元，同比增长8.63%。截至去年底，灵活就业人员开户2.13万人，全年缴存1.62亿元。');
    statusRows(deposits, [
      ['2023年，武汉缴存651.28亿元，增幅为8.63%。', '651.28亿元', 'verified'],
      ['2023年，武汉缴存651.28亿元，增幅为6.83%。', '6.83%', 'mismatch', '8.63%'],
    ]);
  });

  describe('periodless figures of a section are read in the period its verified ones agree on: [draft, figure, status, expected]', () => {
    const counties = indexOf(
      '湖北县域观察\n\n2023年，仙桃、潜江、天门三市地区生产总值分别为1068.36亿元、928.63亿元、783.52亿元。',
      '湖北县域半年报\n\n2024年上半年，潜江地区生产总值482.1亿元。',
    );
    statusRows(counties, [
      ['## 三、重点县市\n\n仙桃GDP为1068.36亿元，天门为783.52亿元。潜江GDP为982.63亿元。', '982.63亿元', 'mismatch', '928.63亿元'],
      ['## 三、重点县市\n\n仙桃GDP为1068.36亿元，天门为783.52亿元。潜江GDP为928.63亿元。', '928.63亿元', 'verified'],
      // one verified figure is no agreement; nor is a section before them
      ['## 三、重点县市\n\n仙桃GDP为1068.36亿元。潜江GDP为982.63亿元。', '982.63亿元', 'unverified'],
      ['## 二、概况\n\n潜江GDP为982.63亿元。\n\n## 三、重点县市\n\n仙桃GDP为1068.36亿元，天门为783.52亿元。', '982.63亿元', 'unverified'],
    ]);
  });

  describe('a title’s year is the figures’ unless the title is on a ranking list or a span of years: [draft, figure, status, expected]', () => {
    const jinjiang = indexOf(
      '百强县观察\n\n2023年，晋江实现地区生产总值3463.4亿元，增长5.8%。',
      '晋江市政府工作报告\n\n2024年，全市实现地区生产总值3661.1亿元，增长6.2%。',
    );
    statusRows(jinjiang, [
      ['# 2024年全国百强县榜单观察\n\n晋江GDP为3463.4亿元，增长5.8%。', '3463.4亿元', 'verified'],
      ['# 晋江经济发展形势分析（2023—2024年）\n\n晋江GDP为3463.4亿元。', '3463.4亿元', 'verified'],
      ['# 晋江经济发展形势分析（2023年—2024年上半年）\n\n晋江GDP为3463.4亿元。', '3463.4亿元', 'verified'],
      ['# 2024年晋江经济运行分析\n\n晋江GDP为3463.4亿元。', '3463.4亿元', 'mismatch', '3661.1亿元'],
    ]);
  });

  describe('a forecast (预计, 有望, 将突破) is confirmed by a source stating it, never contradicted: [draft, figure, status, expected]', () => {
    const trade = indexOf('义乌外贸观察\n\n义乌全年进出口总额5660.5亿元，增长18.2%。');
    statusRows(trade, [
      ['义乌进出口总额5660.5亿元，增长18.2%，照此势头，预计2024年将突破6000亿元。', '6000亿元', 'unverified'],
      ['义乌预计全年进出口总额将达到5660.5亿元。', '5660.5亿元', 'verified'],
      ['义乌预计全年进出口总额将达到5606.5亿元。', '5606.5亿元', 'unverified'],
      ['义乌外贸有望保持18.2%的增长。', '18.2%', 'verified'],
      // 预计完成 in a budget report is the year's estimated outturn: an actual
      ['义乌全年进出口总额预计完成5606.5亿元。', '5606.5亿元', 'mismatch', '5660.5亿元'],
      // a figure going on with a forecast's subject is forecast too
      ['义乌全年进出口总额有望达到6000亿元，增长约6%。', '6%', 'unverified'],
    ]);
    // what is expected this year is not confirmed by last year's figure
    const gdp = indexOf('江阴市2023年国民经济和社会发展统计公报\n\n2023年，江阴实现地区生产总值4950.72亿元，比上年增长6.1%。');
    statusRows(gdp, [
      ['# 江阴市经济运行报告\n\n2024年1-9月，江阴地区生产总值增长5.8%。综合研判，预计今年江阴地区生产总值增长6%左右。', '6%', 'unverified'],
      ['2023年，江阴地区生产总值增长6.1%，预计全年增长6%左右。', '6%', 'verified'],
    ]);
    // …nor what is expected of the second half by the first half's, though the source's 上半年 is only its title's
    const express = indexOf('2024年上半年全市邮政行业运行情况分析\n\n泉州市邮政管理局\n\n今年以来，全市快递业保持较快增长。现将上半年运行情况分析如下。\n\n一、主要指标\n\n全市快递业务收入累计完成32.47亿元，同比增长8.6%。');
    statusRows(express, [
      ['# 泉州快递业走势分析\n\n2024年下半年，全市快递业务收入增速有望回升至9%左右。', '9%', 'unverified'],
      ['# 泉州快递业走势分析\n\n2024年上半年，全市快递业务收入增速有望达到9%左右。', '9%', 'verified'],
    ]);
  });

  describe('how far ahead of schedule is the target progress’s difference, however worded: [draft, figure, status, expected]', () => {
    const roads = indexOf('# 台州市1-9月交通投资\n\n1-9月，全市完成公路水路交通固定资产投资241.5亿元，同比增长7.7%，完成年度计划的76.2%，高于时序进度1.2个百分点。');
    statusRows(roads, [
      ['# 台州市交通投资分析\n\n1-9月，全市公路水路交通固定资产投资完成241.5亿元，同比增长7.7%，完成进度超出时序进度2.1个百分点。', '2.1个百分点', 'mismatch', '1.2个百分点'],
      ['# 台州市交通投资分析\n\n1-9月，全市公路水路交通固定资产投资完成241.5亿元，同比增长7.7%，完成进度快于序时进度1.2个百分点。', '1.2个百分点', 'verified'],
    ]);
  });

  describe('a share that moved, named in the clause before its points, or by 比重 alone: [draft, figure, status, expected]', () => {
    const trade = indexOf('# 烟台海关1-10月外贸通报\n\n1-10月，全市进出口总值占全省的10.6%，比重较去年同期提升0.3个百分点。全年新设外商投资企业231家。');
    statusRows(trade, [
      ['# 烟台市外贸分析\n\n1-10月，全市外贸在全省所占比重稳步提升，较去年同期提高0.5个百分点。', '0.5个百分点', 'mismatch', '0.3个百分点'],
      ['# 烟台市外贸分析\n\n1-10月，全市外贸在全省所占比重稳步提升，较去年同期提高0.3个百分点。', '0.3个百分点', 'verified'],
      // 外资企业 is 外商投资企业
      ['# 烟台市外贸分析\n\n全年全市新设外资企业213家。', '213家', 'mismatch', '231家'],
    ]);
  });

  describe('events held, counted in 场 or 场次: [draft, figure, status, expected]', () => {
    const library = indexOf('# 温州市公共图书馆工作总结\n\n2023年，全市公共图书馆共举办各类读者活动2.36万场次，比上年增长14.5%；参与读者412.8万人次，增长17.2%。');
    statusRows(library, [
      ['# 温州市公共图书馆事业发展情况\n\n2023年，全市公共图书馆举办读者活动2.36万场。', '2.36万场', 'verified'],
      ['# 温州市公共图书馆事业发展情况\n\n2023年，全市公共图书馆举办读者活动2.63万场次。', '2.63万场次', 'mismatch', '2.36万场次'],
      // the growth of a count named with its unit (参与读者人次) is the count's
      ['# 温州市公共图书馆事业发展情况\n\n2023年，全市公共图书馆参与读者人次增长19.3%。', '19.3%', 'mismatch', '17.2%'],
    ]);
    // 参观人次, a verb alone with its unit, is the qualified count the sources name (科普场馆参观人次), not
    // another subject's bare 参观
    const science = indexOf('# 宜昌市2023年科普统计公报\n\n全年科普场馆参观人次286.4万人次，比上年增长31.5%。全年举办科普专题展览1460次，参观215.3万人次，比上年增长21.7%。');
    statusRows(science, [
      ['# 宜昌市科普工作报告\n\n2023年，全市科普场馆增至34个，全年参观人次达到286.4万人次，增幅为35.1%。', '35.1%', 'mismatch', '31.5%'],
      ['# 宜昌市科普工作报告\n\n2023年，全市科普场馆增至34个，全年参观人次达到286.4万人次，增幅为31.5%。', '31.5%', 'verified'],
    ]);
  });

  describe('a fall named after its figure, and a concentration’s whole unit: [draft, figure, status, expected]', () => {
    const air = indexOf('# 三明市2023年生态环境状况公报\n\n2023年，全市细颗粒物（PM2.5）年平均浓度为19微克/立方米。沙县区碳排放强度下降6.1%，降幅居全市第一位。');
    statusRows(air, [
      // 以6.1%的降幅领跑: a fall, compared as one
      ['# 三明市生态环境工作总结\n\n2023年，沙县区碳排放强度以6.1%的降幅领跑全市。', '6.1%', 'verified'],
      ['# 三明市生态环境工作总结\n\n2023年，沙县区碳排放强度以6.7%的降幅领跑全市。', '6.7%', 'mismatch', '6.1%'],
      // the fix replaces the whole unit
      ['# 三明市生态环境工作总结\n\n2023年，全市PM2.5年均浓度降至17微克/立方米。', '17微克/立方米', 'mismatch', '19微克/立方米'],
    ]);
  });

  describe('a share of what was added is not a share of all there are: [draft, figure, status, expected]', () => {
    const beds = indexOf('# 襄阳市2024年统计公报\n\n2024年末全市共有养老床位3.12万张，其中护理型床位占比为61.5%。');
    statusRows(beds, [
      ['# 襄阳市民生工作总结\n\n2024年全市新增养老床位1630张，其中护理型床位占比62.3%。', '62.3%', 'unverified'],
      ['# 襄阳市民生工作总结\n\n2024年末全市共有养老床位3.12万张，其中护理型床位占比为62.3%。', '62.3%', 'mismatch', '61.5%'],
    ]);
  });

  describe('a level reached after a rise built on last year is this year’s: [draft, figure, status, expected]', () => {
    const schools = indexOf('# 芜湖市2023年教育统计公报\n\n2023年，全市公办幼儿园在园幼儿占比58.7%，比上年提高3.1个百分点。');
    statusRows(schools, [
      // 在上年基础上 is the base built on, 又 only how; 公办园 is 公办幼儿园
      ['# 芜湖市2023年教育工作总结\n\n2023年，公办园在园幼儿占比在上年基础上又提高了3.1个百分点，达到57.8%。', '57.8%', 'mismatch', '58.7%'],
      ['# 芜湖市2023年教育工作总结\n\n2023年，公办园在园幼儿占比在上年基础上又提高了3.1个百分点，达到58.7%。', '58.7%', 'verified'],
    ]);
  });

  describe('trade and traded goods, however worded: [draft, figure, status, expected]', () => {
    const trade = indexOf('烟台海关1-10月外贸通报\n\n1-10月，烟台市进出口2836.4亿元，增长6.8%。其中，出口1702.5亿元，增长9.3%；进口1133.9亿元，增长3.2%。全市对东盟进出口402.8亿元，增长9.7%。全市出口机电产品1012.6亿元，增长12.1%，占全市出口总值的59.5%。');
    statusRows(trade, [
      // a clause that opens on 出口 and says how it went names the bare growth after it
      ['1-10月，烟台市进口增幅为3.2%，出口表现更为亮眼，同比增长9.3%。', '9.3%', 'verified'],
      ['1-10月，烟台市进口增幅为3.2%，出口表现更为亮眼，同比增长9.8%。', '9.8%', 'mismatch', '9.3%'],
      // 对其 is trade with the partner just named
      ['# 烟台市外贸分析\n\n1-10月，东盟继续保持全市第一大贸易伙伴地位，对其进出口增长9.7%。', '9.7%', 'verified'],
      ['# 烟台市外贸分析\n\n1-10月，东盟继续保持全市第一大贸易伙伴地位，对其进出口增长7.9%。', '7.9%', 'mismatch', '9.7%'],
      // goods exported named before or after the trade
      ['1-10月，烟台市机电产品出口占全市出口总值的59.5%。', '59.5%', 'verified'],
      ['1-10月，烟台市机电产品出口1021.6亿元。', '1021.6亿元', 'mismatch', '1012.6亿元'],
    ]);
  });

  describe('land supplied, named before or after the verb (供应国有建设用地 = 国有建设用地供应): [draft, figure, status, expected]', () => {
    const land = indexOf('绵阳市2024年上半年土地市场分析\n\n上半年，全市共供应国有建设用地968.4公顷，同比增长4.2%。全市出让工业用地62宗，同比增长10.7%。');
    statusRows(land, [
      ['上半年全市国有建设用地供应968.4公顷，同比增长2.4%。', '2.4%', 'mismatch', '4.2%'],
      ['上半年全市国有建设用地供应968.4公顷，同比增长4.2%。', '4.2%', 'verified'],
      ['上半年，全市工业用地出让62宗，同比增长17.0%。', '17.0%', 'mismatch', '10.7%'],
    ]);
    // a quarter's share of the year's whole, said with or without the whole's name
    const quarters = indexOf('绵阳市2023年土地市场分析\n\n第四季度供地912.7公顷，占全年供地总量的38.2%。');
    statusRows(quarters, [
      ['2023年，绵阳单是第四季度的供地量就占到全年的36.2%。', '36.2%', 'mismatch', '38.2%'],
      ['2023年，第四季度的供地量占全年的38.2%。', '38.2%', 'verified'],
    ]);
  });

  describe('an average yearly growth and a from-to course over years: [draft, figure, status, expected]', () => {
    const port = indexOf('厦门港口观察\n\n2023年，厦门港集装箱吞吐量由2019年的1112.2万标箱增加到1255.4万标箱，年均增长3.1%。全年集装箱吞吐量增长3.2%。');
    statusRows(port, [
      // the figure a course reaches is the sentence's year's, not the year it started from
      ['2023年，厦门港集装箱吞吐量1255.4万标箱。', '1255.4万标箱', 'verified'],
      ['2019年，厦门港集装箱吞吐量1112.2万标箱。', '1112.2万标箱', 'verified'],
      // an average over the years is compared with averages, the year's growth with the year's
      ['从2019年到2023年，厦门港集装箱吞吐量年均增长1.3%。', '1.3%', 'mismatch', '3.1%'],
      ['2023年，厦门港集装箱吞吐量增长3.1%。', '3.1%', 'mismatch', '3.2%'],
      ['2023年，厦门港集装箱吞吐量增长3.2%。', '3.2%', 'verified'],
    ]);
  });

  describe('a part (民间工业投资, 其中新能源汽车) and its whole are two quantities: [draft, figure, status, expected]', () => {
    const industry = indexOf('江西省工业运行月报\n\n1—6月，全省工业投资同比增长9.8%。汽车产量25.37万辆，同比增长13.7%，其中新能源汽车7.86万辆，增长36.5%。');
    statusRows(industry, [
      ['1—6月，全省民间工业投资同比增长6.4%。', '6.4%', 'unverified'],
      ['1—6月，全省工业投资同比增长9.5%。', '9.5%', 'mismatch', '9.8%'],
      ['1—6月，全省新能源汽车产量7.86万辆。', '7.86万辆', 'verified'],
      ['1—6月，全省新能源汽车产量8.76万辆。', '8.76万辆', 'mismatch', '7.86万辆'],
    ]);
    // a great region's figure (东部地区) is a part of the country's
    const telecom = indexOf('2023年通信业统计公报\n\n初步核算，2023年全国电信业务收入累计完成1.68万亿元，比上年增长6.2%。');
    statusRows(telecom, [
      ['2023年，东部地区电信业务收入8992亿元。', '8992亿元', 'unverified'],
      ['2023年，全国电信业务收入1.86万亿元。', '1.86万亿元', 'mismatch', '1.68万亿元'],
    ]);
    // …and so is one industry's (第一产业) or one generation's (5G) share of a whole
    const income = indexOf('眉山市农村经济运行分析\n\n前三季度，全市第一产业经营净收入增长3.7%，二三产业经营净收入增长8.2%。5G移动电话用户达到326.5万户。');
    statusRows(income, [
      ['前三季度，眉山经营净收入增长5.4%。', '5.4%', 'unverified'],
      ['前三季度，眉山第一产业经营净收入增长7.3%。', '7.3%', 'mismatch', '3.7%'],
      ['前三季度末，眉山移动电话用户达到562.0万户。', '562.0万户', 'unverified'],
    ]);
    // a count written with and without 量 (发明专利授权 / 发明专利授权量) is one quantity, whatever the passage
    const patents = indexOf('杭州市知识产权运行情况分析\n\n1—9月，全市专利授权量7.52万件。其中，发明专利授权量28715件，同比增长14.6%，增速比上半年回落2.3个百分点。');
    statusRows(patents, [
      ['全市创新主体活力持续释放，科技型企业加快集聚，1—9月发明专利授权同比增长14.6%，较上半年的增速有所回落，质量指标稳中有升，知识产权强市建设成效明显。', '14.6%', 'verified'],
    ]);
    // …and one kind of patent (发明) is a part of all the patents granted
    const kinds = indexOf('台州市知识产权白皮书\n\n从专利授权总量看，温岭市6418件，居全市第一位；临海市5206件，居第二位。');
    statusRows(kinds, [
      ['发明专利授权方面，椒江区906件，继续领跑全市；温岭市728件，居第二位。', '728件', 'unverified'],
      ['从专利授权总量看，温岭市6481件，居全市第一位。', '6481件', 'mismatch', '6418件'],
    ]);
    // …and the part's figure contradicts the whole only where the draft's words name the part
    const holiday = indexOf('春节文旅综述\n\n春节假期，全省实现旅游收入469.94亿元。全省乡村旅游接待游客1512.84万人次，实现乡村旅游收入118.36亿元。');
    statusRows(holiday, [
      ['春节假期，全省接待游客4535.23万人次、实现旅游收入496.94亿元。', '496.94亿元', 'mismatch', '469.94亿元'],
      ['春节假期，全省实现旅游收入469.94亿元。', '469.94亿元', 'verified'],
      ['春节假期，全省实现乡村旅游收入181.36亿元。', '181.36亿元', 'mismatch', '118.36亿元'],
    ]);
    const partOnly = indexOf('春节文旅综述\n\n春节假期，全省乡村旅游接待游客1512.84万人次，实现乡村旅游收入118.36亿元。');
    statusRows(partOnly, [
      ['春节假期，全省接待游客4535.23万人次、实现旅游收入469.94亿元。', '469.94亿元', 'unverified'],
      ['春节假期，全省实现乡村旅游收入181.36亿元。', '181.36亿元', 'mismatch', '118.36亿元'],
    ]);
  });

  describe('a difference over the year before is not one against a place: [draft, figure, status, expected]', () => {
    const tax = indexOf('长沙财政\n\n2023年，全市税收占比达到69.1%，比上年提高3.2个百分点，高于全省4.1个百分点。');
    statusRows(tax, [
      ['2023年，长沙税收占比69.1%，较上年提高4.1个百分点。', '4.1个百分点', 'mismatch', '3.2个百分点'],
      ['2023年，长沙税收占比69.1%，高于全省4.1个百分点。', '4.1个百分点', 'verified'],
    ]);
  });

  describe('a size the counted places pass, and all the top counties together, are no county\'s figure: [draft, figure, status, expected]', () => {
    const counties = indexOf('2024赛迪百强县榜单\n\n昆山2023年一般公共预算收入455.3亿元。百强县中有42个县（市）一般公共预算收入超过100亿元。');
    statusRows(counties, [
      ['据估算，昆山所在的百强县一般公共预算收入合计超过8000亿元。', '8000亿元', 'unverified'],
      ['昆山2023年一般公共预算收入435.3亿元。', '435.3亿元', 'mismatch', '455.3亿元'],
    ]);
  });

  describe('a milestone whose year is unsaid bounds no dated figure; a dated one does: [draft, figure, status, expected]', () => {
    const airport = indexOf('湖北交通观察\n\n一年里，天河机场旅客吞吐量站上3000万人次。2023年，全省民用机场旅客吞吐量超过3300万人次。');
    statusRows(airport, [
      ['2023年，天河机场旅客吞吐量2582.3万人次。', '2582.3万人次', 'unverified'],
      ['2023年，全省民用机场旅客吞吐量2582.3万人次。', '2582.3万人次', 'mismatch', '3300万人次'],
    ]);
    // (nor one dated only by its subtitle, for a figure whose own year is another)
    const subtitled = indexOf('通江达海联欧亚\n\n——2024年湖北交通物流发展观察\n\n一年里，天河机场旅客吞吐量站上3000万人次。');
    statusRows(subtitled, [
      ['2023年，天河机场旅客吞吐量2582.3万人次。', '2582.3万人次', 'unverified'],
      ['2024年，天河机场旅客吞吐量2582.3万人次。', '2582.3万人次', 'mismatch', '3000万人次'],
    ]);
  });

  describe('a bound confirms an exact figure inside it, not an estimate near it: [draft, figure, status, expected]', () => {
    const plan = indexOf('江西水利投资\n\n2024年，全省计划完成水利投资550亿元以上。');
    statusRows(plan, [
      ['2024年，全省预计完成水利投资560亿元左右。', '560亿元', 'unverified'],
      ['2024年，全省计划完成水利投资550亿元以上。', '550亿元', 'verified'],
    ]);
  });

  describe('a bound is confirmed by a figure of its own place and period only: [draft, figure, status]', () => {
    const bulletin = indexOf('2023年三明市生态环境状况公报\n\n三明市生态环境局\n2024年5月\n\n一、环境空气质量\n\n2023年，全市细颗粒物（PM2.5）年平均浓度为19微克/立方米，比上年下降5.0%。\n\n全市环境空气质量优良天数比例为99.2%，比上年提高0.6个百分点。');
    statusRows(bulletin, [
      ['2023年，三明市空气质量优良天数比例保持在99%以上。', '99%', 'verified'],
      // (a quarter the source says nothing of, in a draft without a year)
      ['# 前三季度全市生态环境质量运行简析\n\n第四季度优良天数比例预计保持在99%以上。', '99%', 'unverified'],
      // held over a run of years: that year is one of the run, and says nothing of the others
      ['2023年，三明市空气质量优良天数比例已连续七年保持在99%以上。', '99%', 'unverified'],
      ['2023年，三明市空气质量优良天数比例多年来稳定在99%以上。', '99%', 'unverified'],
    ]);
    // … which the same bound, held over the same run, confirms
    const run = indexOf('2023年三明市生态环境状况公报\n\n2023年，全市环境空气质量优良天数比例为99.2%，连续七年保持在98%以上。');
    statusRows(run, [['2023年，三明市空气质量优良天数比例连续七年保持在98%以上。', '98%', 'verified']]);
  });

  describe('a top-N list naming its places in order (居前三位的是A、B、C) ranks each: [draft, figure, status, expected]', () => {
    const water = indexOf('江西水资源公报\n\n2023年，从各设区市看，用水总量居前三位的是宜春、赣州、上饶，分别为37.5亿立方米、35.2亿立方米和33.4亿立方米。');
    statusRows(water, [
      ['2023年，宜春用水总量在各设区市中居首位。', '首位', 'verified'],
      ['2023年，赣州用水总量在各设区市中排在第三位。', '第三位', 'mismatch', '第二位'],
      ['2023年，上饶用水总量居各设区市第3位。', '第3位', 'verified'],
    ]);
    // each place may carry its figure in brackets, and the top-N its own bracketed note
    const bracketed = indexOf('湖南县域经济发展分析\n\n2023年，地区生产总值居全省县（市）前四位的依次是：长沙县（1926.7亿元）、浏阳市（1595.3亿元）、宁乡市（1362.1亿元）和醴陵市（856.4亿元）。');
    statusRows(bracketed, [
      ['2023年，宁乡市地区生产总值居全省县（市）第3位。', '第3位', 'verified'],
      ['2023年，醴陵市地区生产总值居全省县（市）第五位。', '第五位', 'mismatch', '第四位'],
      // (the last place, after 和, is the one its bracketed figure is of)
      ['2023年，醴陵市地区生产总值为865.4亿元。', '865.4亿元', 'mismatch', '856.4亿元'],
    ]);
    const noted = indexOf('湖南县域经济综述\n\n2023年，从全省排位看，地区生产总值前三强县（市）依次为长沙县、浏阳市和宁乡市。');
    statusRows(noted, [['2023年，浏阳市地区生产总值居全省县（市）第三位。', '第三位', 'mismatch', '第二位']]);
    // a list that does not name as many places as it ranks ranks none of them
    const loose = indexOf('江西水资源公报\n\n2023年，用水总量居前三位的是宜春、赣州等地。');
    statusRows(loose, [['2023年，赣州用水总量居各设区市第三位。', '第三位', 'unverified']]);
  });

  describe('places listed before a span of ranks (分列第二至第四位) take its ranks in turn: [draft, figure, status, expected]', () => {
    const cities = indexOf('2023年主要城市人口\n\n2023年末重庆常住人口3191.43万人，居各城市首位；上海、北京、成都分别为2487.45万人、2185.8万人和2140.3万人，分列第二至第四位。');
    statusRows(cities, [
      ['2023年末，北京常住人口2185.8万人，居第三位。', '第三位', 'verified'],
      ['2023年末，成都常住人口2140.3万人，居第三位。', '第三位', 'mismatch', '第四位'],
      ['2023年末，上海常住人口2478.45万人。', '2478.45万人', 'mismatch', '2487.45万人'],
    ]);
  });

  describe('places before a top-N rank whose figures fall in order take its ranks in turn: [draft, figure, status, expected]', () => {
    const contracts = indexOf('芜湖市前三季度科技创新分析\n\n前三季度，湾沚区、无为市、鸠江区技术合同成交额分别增长32.7%、26.1%、21.4%，增速居全市前三位。');
    statusRows(contracts, [
      ['前三季度，无为市技术合同成交额增长26.1%，增速居全市第二。', '第二', 'verified'],
      ['前三季度，无为市技术合同成交额增长26.1%，增速居全市第三。', '第三', 'mismatch', '第二'],
      ['前三季度，湾沚区技术合同成交额增长32.7%，增速居全市第一。', '第一', 'verified'],
    ]);
    // (figures out of order say nothing of which place is which)
    const unordered = indexOf('芜湖市前三季度科技创新分析\n\n前三季度，湾沚区、无为市、鸠江区技术合同成交额分别增长22.7%、26.1%、21.4%，增速居全市前三位。');
    statusRows(unordered, [
      ['前三季度，无为市技术合同成交额增长26.1%，增速居全市第三。', '第三', 'unverified'],
    ]);
  });

  describe('holidays are periods of their own: [draft, figure, status, expected]', () => {
    const holidays = indexOf('云南假日市场\n\n“五一”假期，全省重点商贸企业实现销售额24.35亿元。国庆假期，全省重点商贸企业累计实现销售额38.64亿元。');
    statusRows(holidays, [
      ['10月1日至7日，全省重点商贸企业累计实现销售额38.64亿元。', '38.64亿元', 'verified'],
      ['国庆黄金周，全省重点商贸企业累计实现销售额36.84亿元。', '36.84亿元', 'mismatch', '38.64亿元'],
      ['到了“五一”，全省重点商贸企业实现销售额24.53亿元。', '24.53亿元', 'mismatch', '24.35亿元'],
    ]);
  });

  describe('two parts of the year conflict unless one was only guessed; two holidays always: [part, guessed, part, guessed, compatibility]', () => {
    const rows: [string, boolean, string, boolean, string][] = [
      ['M1-6', false, 'M1-9', false, 'conflict'],
      ['M1-6', false, 'M1-9', true, 'unknown'],
      ['H:春节', false, 'H:五一', false, 'conflict'],
      // a report titled on 五一 speaks of 五一, however its part was found
      ['H:春节', false, 'H:五一', true, 'conflict'],
      ['H:国庆', true, 'H:国庆', true, 'same'],
    ];
    for (const [a, ga, b, gb, expected] of rows) {
      it(`${a}${ga ? '?' : ''} / ${b}${gb ? '?' : ''} → ${expected}`, () => {
        const p = (part: string, partInferred: boolean) => ({ year: '2024', part, label: part, partInferred });
        assert.equal(periodCompatibility(p(a, ga), p(b, gb)), expected);
      });
    }
  });

  describe('a guessed year or part alone may be wrong, both missing is another period: [year, guessed, part, guessed, year, guessed, part, guessed, compatibility]', () => {
    const rows: [string, boolean, string, boolean, string, boolean, string, boolean, string][] = [
      // a 2023 bulletin's sentence (year and part from its title) against 2024's first three quarters
      ['2023', true, 'FY', true, '2024', false, 'M1-9', false, 'conflict'],
      ['2023', true, 'FY', true, '2024', true, 'M1-9', false, 'conflict'],
      // one guess alone
      ['2023', true, 'FY', false, '2024', false, 'FY', false, 'unknown'],
      ['2024', false, 'FY', true, '2024', false, 'M1-9', false, 'unknown'],
      // a relative year may be any year: its part alone says nothing
      ['Y-1', true, 'FY', true, '2024', false, 'M1-9', false, 'unknown'],
    ];
    for (const [ya, gya, pa, gpa, yb, gyb, pb, gpb, expected] of rows) {
      it(`${ya}${gya ? '?' : ''}/${pa}${gpa ? '?' : ''} vs ${yb}${gyb ? '?' : ''}/${pb}${gpb ? '?' : ''} → ${expected}`, () => {
        const p = (year: string, yearInferred: boolean, part: string, partInferred: boolean) => ({ year, yearInferred, part, label: part, partInferred });
        assert.equal(periodCompatibility(p(ya, gya, pa, gpa), p(yb, gyb, pb, gpb)), expected);
      });
    }
  });

  describe('a total over years (累计 since a start) is compared with totals only: [draft, figure, status, expected]', () => {
    const renewal = indexOf('襄阳城市更新\n\n力争到2025年底，襄阳市累计改造城镇老旧小区超过1500个。“十四五”以来，襄阳市单位GDP能耗累计下降10.8%。');
    statusRows(renewal, [
      // a year's plan is not the running total
      ['2025年，襄阳计划新开工改造城镇老旧小区350个，力争到2025年底累计改造城镇老旧小区超过1500个。', '350个', 'unverified'],
      ['力争到2025年底，襄阳累计改造城镇老旧小区超过1600个。', '1600个', 'mismatch', '1500个'],
      // a total the draft reads in no span is still confirmed by the source's
      ['襄阳单位GDP能耗累计下降10.8%。', '10.8%', 'verified'],
    ]);
  });

  describe('a change of a rate with no base is over an earlier period, not against a place: [draft, figure, status, expected]', () => {
    const cities = indexOf('十强城市观察\n\n2024年，广州增长2.1%，居十强末位，比全国低2.9个百分点。杭州增长4.7%，比上年回落0.9个百分点。');
    statusRows(cities, [
      ['2024年，广州增速回落至2.1%，回落2.5个百分点。', '2.5个百分点', 'unverified'],
      ['2024年，广州增速比全国低2.5个百分点。', '2.5个百分点', 'mismatch', '2.9个百分点'],
      ['2024年，杭州GDP增速由5.6%回落至4.7%，回落1.9个百分点。', '1.9个百分点', 'mismatch', '0.9个百分点'],
      // the rate a course falls to is that rate, not a fall
      ['2024年，杭州GDP增速由5.6%回落至4.7%。', '4.7%', 'verified'],
    ]);
  });

  describe('a recovery to a base year is its own share, and the base year not the figures’ period: [draft, figure, status, expected]', () => {
    const holiday = indexOf('西安“五一”假期文旅市场综述\n\n2024年“五一”假期，全市共接待游客1126.52万人次，恢复至2019年同期的127.6%；实现旅游收入90.68亿元，恢复至2019年同期的132.4%。');
    statusRows(holiday, [
      ['2024年“五一”假期，西安实现旅游收入90.86亿元。', '90.86亿元', 'mismatch', '90.68亿元'],
      ['2024年“五一”假期，西安接待游客1126.52万人次，客流恢复到2019年同期的127.6%。', '127.6%', 'verified'],
      ['2024年“五一”假期，西安接待游客1126.52万人次，客流恢复到2019年同期的121.7%。', '121.7%', 'mismatch', '127.6%'],
    ]);
  });

  describe('a sentence without figures that opens on an indicator names the bare figures after it: [draft, figure, status, expected]', () => {
    const monthly = indexOf('宁波工业月报\n\n今年以来，全市规上工业增加值增速总体保持高位。一季度增长8.9%，1-5月增长8.8%。\n\n今年以来，固定资产投资增速逐月放缓。1-2月增长6.8%，1-9月增长3.2%。');
    const rows: StatusRow[] = [
      ['今年1-5月，宁波规模以上工业增加值增长8.3%。', '8.3%', 'mismatch', '8.8%'],
      ['今年一季度，全市规上工业增加值增长8.9%。', '8.9%', 'verified'],
      ['今年1-9月，宁波固定资产投资增长3.5%。', '3.5%', 'mismatch', '3.2%'],
      // …and the same written the draft's way round
      ['宁波固定资产投资增速逐月放缓。1-9月增长3.5%。', '3.5%', 'mismatch', '3.2%'],
    ];
    statusRows(monthly, rows);
  });

  describe('an undated draft: 去年 is the year its verified 去年 figures are from: [draft, figure, status, expected]', () => {
    const counties = indexOf('江苏县域经济比较\n\n2023年，昆山市地区生产总值5140.6亿元，增长5.5%。宜兴市地区生产总值2232.4亿元，增长5.8%。', '宜兴经济运行\n\n2024年1-8月，宜兴工业投资增长8.4%。');
    const rows: StatusRow[] = [
      // two figures read as 2023年 agree: 今年 is 2024, so 宜兴去年 is 2023 and its 5.6% is contradicted
      ['昆山去年地区生产总值5140.6亿元，增长5.5%。宜兴去年经济增长5.6%。', '5.6%', 'mismatch', '5.8%'],
      // 1-8月 with no year in an undated draft is this year's
      ['昆山去年地区生产总值5140.6亿元，增长5.5%。1-8月，宜兴工业投资增长9.1%。', '9.1%', 'mismatch', '8.4%'],
      // one figure is not enough to date a draft
      ['昆山去年地区生产总值5140.6亿元。宜兴去年经济增长5.6%。', '5.6%', 'unverified'],
      // 五年来 is a span of years: a one-year figure neither states nor contradicts it
      ['昆山去年地区生产总值5140.6亿元，增长5.5%。五年来，宜兴市地区生产总值年均增长5.6%。', '5.6%', 'unverified'],
      // a dated draft is read in its own year
      ['2025年3月5日\n\n昆山去年地区生产总值5140.6亿元，增长5.5%。宜兴去年经济增长5.6%。', '5.6%', 'unverified'],
    ];
    statusRows(counties, rows);
    // a figure contradicted only by another year's passage, before the draft was dated, is no longer
    // contradicted once its 今年 is known
    const renewal = indexOf('湖北老旧小区改造\n\n2024年，襄阳市新开工改造城镇老旧小区346个，加装电梯260部。', '襄阳城市更新\n\n2023年，襄阳市新开工改造城镇老旧小区318个，惠及居民3.4万户，加装电梯226部。');
    statusRows(renewal, [
      ['今年襄阳新开工改造城镇老旧小区346个，加装电梯260部，惠及居民4.2万户。', '4.2万户', 'unverified'],
      ['今年襄阳新开工改造城镇老旧小区346个，加装电梯260部。去年襄阳新开工改造城镇老旧小区318个，惠及居民4.2万户。', '4.2万户', 'mismatch', '3.4万户'],
    ]);
    // a source's year read from its date (上半年 in a paper of 2024年7月) dates the draft as well
    const halfYear = indexOf('浦东上半年经济运行\n2024年7月25日\n\n上半年，浦东新区实现地区生产总值8162.58亿元，同比增长5.6%。一般公共预算收入698.24亿元，同比增长1.6%。');
    statusRows(halfYear, [
      ['今年上半年，浦东新区地区生产总值8162.58亿元，增长5.6%。全区的财政实力继续增强，一般公共预算收入达到689.24亿元。', '689.24亿元', 'mismatch', '698.24亿元'],
    ]);
  });

  describe('a gap to the year\'s target is checked whatever the sentence says after a semicolon: [draft, figure, status, expected]', () => {
    const gaps = indexOf('# 长治市2024年度县（区）能耗双控考核通报\n\n潞城区单位地区生产总值能耗仅下降1.1%，比年度目标少降0.9个百分点，居全市末位；襄垣县下降1.7%，比年度目标少降0.3个百分点。');
    statusRows(gaps, [
      ['# 长治2024年能耗回顾\n\n潞城区单位GDP能耗仅下降1.1%，比年度目标少降0.6个百分点，排名全市末位；襄垣县同样未完成年度目标。', '0.6个百分点', 'mismatch', '0.9个百分点'],
      ['# 长治2024年能耗回顾\n\n潞城区单位GDP能耗仅下降1.1%，比年度目标少降0.9个百分点，排名全市末位；襄垣县同样未完成年度目标。', '0.9个百分点', 'verified'],
    ]);
  });

  describe('a bare name\'s amount quoted to the digit under a qualified name says whose the sentence\'s rates are: [draft, figure, status, expected]', () => {
    const discharges = indexOf('扬州卫生健康运行分析\n\n1-9月，全市医疗卫生机构出院人数61.3万人，同比增长7.2%，其中医院出院人数52.4万人，同比增长7.9%。');
    statusRows(discharges, [
      ['1-9月，扬州出院人数61.3万人，同比增长7.9%。', '7.9%', 'mismatch', '7.2%'],
      ['1-9月，扬州出院人数61.3万人，同比增长7.2%。', '7.2%', 'verified'],
      ['1-9月，扬州医院出院人数52.4万人，同比增长7.9%。', '7.9%', 'verified'],
    ]);
    // (…even when the amount is verified only once the undated draft's 去年 is known to be 2023)
    const pepper = indexOf('慈溪东西部协作综述\n\n2023年，慈溪全年拨付东西部协作财政援助资金18600万元，比上年增长9.4%。\n\n2021年以来，慈溪企业在越西投资建成标准化花椒基地1.2万亩。2023年，基地花椒产值达到8600万元，增长23.5%，带动2100余户农户增收。');
    const pepperDraft = (rate: string) => `慈溪协作工作回顾\n\n去年，慈溪拨付东西部协作财政援助资金18600万元，增长9.4%。\n\n在越西，慈溪企业投资建设的标准化花椒基地已达1.2万亩，去年花椒产值8600万元，增幅${rate}。`;
    statusRows(pepper, [
      [pepperDraft('32.5%'), '32.5%', 'mismatch', '23.5%'],
      [pepperDraft('23.5%'), '23.5%', 'verified'],
    ]);
  });

  describe('a source that states the draft\'s part of the year outweighs one whose part only its title gave: [draft, figure, status, expected]', () => {
    const air = indexOf(
      '2023年三明市生态环境状况公报\n\n全市环境空气质量综合指数为2.45，比上年改善3.5%，在全省9个设区市中居第三位。',
      '2024年1-9月全市生态环境质量运行情况分析\n\n1-9月，全市环境空气质量综合指数为2.31，同比改善4.9%，在全省9个设区市中居第二位。',
    );
    statusRows(air, [
      // the bulletin's 第三位 agrees, but it is the whole of 2023; the 1-9月 analysis says 第二位
      ['# 前三季度三明生态环境质量简析\n\n按环境空气质量综合指数排名，三明在全省9个设区市中位列第三位。', '第三位', 'mismatch', '第二位'],
      ['# 前三季度三明生态环境质量简析\n\n按环境空气质量综合指数排名，三明在全省9个设区市中位列第二位。', '第二位', 'verified'],
      // (a draft on the whole year is verified by the bulletin as before)
      ['# 2023年三明生态环境回顾\n\n2023年，三明环境空气质量综合指数在全省9个设区市中居第三位。', '第三位', 'verified'],
    ]);
  });

  describe('a group a source counts without naming (六市) may be the places a draft lists: [draft, figure, status, expected]', () => {
    const six = indexOf('# 2023年苏锡地区六个县级市主要经济指标对比\n\n六市一般公共预算收入合计1562.34亿元，增长4.9%。');
    statusRows(six, [
      ['2023年，昆山、江阴、张家港、常熟、太仓、宜兴六市一般公共预算收入合计增长5.9%。', '5.9%', 'mismatch', '4.9%'],
      ['2023年，昆山、江阴、张家港、常熟、太仓、宜兴六市一般公共预算收入合计增长4.9%。', '4.9%', 'verified'],
      // (five places listed are not the six)
      ['2023年，昆山、江阴、张家港、常熟、太仓五市一般公共预算收入合计增长5.9%。', '5.9%', 'unverified'],
    ]);
  });

  describe('年末 in a source is the year\'s end, not a year guessed from its title: [draft, figure, status, expected]', () => {
    const bulletin = indexOf('2023年扬州市医疗保障事业发展统计公报\n\n年末全市基本医疗保险参保人数447.6万人，户籍人口基本医疗保险参保率达到98.7%。');
    statusRows(bulletin, [
      ['2023年末，扬州户籍人口基本医疗保险参保率为98.7%。', '98.7%', 'verified'],
      ['2023年末，扬州户籍人口基本医疗保险参保率为98.2%。', '98.2%', 'mismatch', '98.7%'],
      // (the end of September of the next year is another moment: about 99% there is neither stated nor contradicted)
      ['# 2024年前三季度扬州医保运行\n\n截至9月底，全市基本医疗保险参保人数449.2万人，户籍人口基本医疗保险参保率稳定在99%左右。', '99%', 'unverified'],
    ]);
  });

  describe('a draft that names no place: 全市 is the place its verified figures are from: [draft, figure, status, expected]', () => {
    const hefei = indexOf('2024年1-10月全市经济运行简析\n\n发布机构：合肥市统计局\n\n1-10月，全市规模以上工业增加值增长10.6%，固定资产投资增长3.4%，社会消费品零售总额增长4.1%。长丰县规上工业增加值增长28.4%，增速居全市第一。');
    const rows: StatusRow[] = [
      // two placeless figures verified by 合肥市 facts: the third is 合肥市's and contradicted
      ['# 全市经济运行汇报\n\n1-10月，全市规上工业增加值增长10.6%，固定资产投资增长3.4%。消费市场持续回暖，社零增长4.8%。', '4.8%', 'mismatch', '4.1%'],
      // read as 合肥's report, 长丰 is its county 长丰县
      ['# 全市经济运行汇报\n\n1-10月，全市规上工业增加值增长10.6%，固定资产投资增长3.4%。\n\n分县区看，长丰规上工业增加值增长25.0%。', '25.0%', 'mismatch', '28.4%'],
      // one verified figure is not enough to place a draft
      ['# 全市经济运行汇报\n\n1-10月，全市规上工业增加值增长10.6%。消费市场持续回暖，社零增长4.8%。', '4.8%', 'unverified'],
    ];
    statusRows(hefei, rows);
  });

  it('a loan balance of one scheme (贷款余额 after 道德信用贷款) is not the banks’ total balance', () => {
    const idx = indexOf('余姚道德银行\n\n截至今年2月底，“道德银行”发放道德信用贷款3.36万户、贷款余额38.66亿元。');
    const v = verdictOf(check('# 余姚\n\n截至今年2月底，“道德银行”道德信用贷款余额38.86亿元。', idx), '38.86亿元');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '38.66亿元');
  });

  it('places counted (两县（市）, 两地) after a list are those places together, in a source as in a draft', () => {
    const idx = indexOf('# 榆林能源县观察\n\n神木、府谷是榆林经济的两大支柱。2023年，两县（市）地区生产总值合计3200.32亿元。\n\n2023年，神木市实现地区生产总值2163.50亿元。');
    const v = verdictOf(check('# 县域观察\n\n神木、府谷同属榆林。2023年，两地GDP合计3300.32亿元。', idx), '3300.32亿元');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '3200.32亿元');
  });

  it('a figure per head is not contradicted by the total’s (人均地区生产总值 against 地区生产总值)', () => {
    const gdp = indexOf('无锡经济运行\n\n前三季度，无锡实现地区生产总值11156.7亿元，经济总量位居全省第三。');
    assert.equal(verdictOf(check('前三季度，无锡人均地区生产总值保持全省首位。', gdp), '首位').status, 'unverified');
    assert.equal(verdictOf(check('前三季度，无锡地区生产总值位居全省第二。', gdp), '第二').status, 'mismatch');
  });

  describe('conflicting facts', () => {
    const OLD = { path: 'old.txt', text: '余姚统计快报\n2021年1月10日\n\n2020年，余姚地区生产总值1218.5亿元。' };
    const NEW = { path: 'new.txt', text: '余姚统计公报\n2021年3月5日\n\n2020年，余姚地区生产总值1220.7亿元。' };
    const both = indexOf(OLD, NEW);
    it('verified when the draft states one of them', () => {
      assert.equal(verdictOf(check('2020年，余姚地区生产总值1218.5亿元。', both), '1218.5亿元').status, 'verified');
      assert.equal(verdictOf(check('2020年，余姚地区生产总值1220.7亿元。', both), '1220.7亿元').status, 'verified');
    });
    it('otherwise a mismatch that lists every fact and offers the newest', () => {
      const v = verdictOf(check('2020年，余姚地区生产总值1230.0亿元。', both), '1230.0亿元');
      assert.equal(v.status, 'mismatch');
      assert.deepEqual(v.evidence.map((f) => f.text).sort(), ['1218.5亿元', '1220.7亿元']);
      assert.equal(v.expected, '1220.7亿元');
    });
    // A target set in a year's bulletin (力争年末…) and raised in a later paper (年底前…): the later one's is offered.
    const PLAN_2025 = { path: 'bulletin-2024.txt', text: '芜湖市2024年通信业发展情况通报\n2025年2月10日\n\n2025年，力争年末千兆宽带用户占比达到33%以上。' };
    const RAISED = { path: 'paper-2025.txt', text: '前三季度我市信息通信业稳中向好\n芜湖日报 2025年10月24日\n\n市通信管理局将推动千兆宽带用户占比年底前突破34%。' };
    it('a target raised later is the one offered', () => {
      const v = verdictOf(check('# 芜湖市2025年前三季度通信业运行情况\n\n全市将推动千兆宽带用户占比年底前突破35%。', indexOf(PLAN_2025, RAISED)), '35%');
      assert.equal(v.status, 'mismatch');
      assert.equal(v.expected, '34%');
    });
  });

  describe('findings', () => {
    it('a mismatch finding carries actual, expected, fix and evidence; codes end in -mismatch', () => {
      const r = check('今年1-7月，余姚有效投资同比增长16.2%。', index);
      assert.equal(r.findings.length, 1);
      const f = r.findings[0];
      assert.equal(f.code, 'growth-mismatch');
      assert.deepEqual([f.actual, f.expected, f.fix?.newText], ['16.2%', '15.2%', '15.2%']);
      assert.equal(f.evidence[0].source.path, 'yuyao-news.txt');
    });
    it('mismatch codes per measure', () => {
      const rows: [string, string][] = [
        ['2020年，余姚地区生产总值1227.0亿元。', 'value-mismatch'],
        ['2020年，余姚地区生产总值增长5.3%。', 'growth-mismatch'],
        ['今年1-7月，余姚有效投资增长15.2%，高于宁波市平均5.8个百分点。', 'diff-mismatch'],
        ['今年1-7月，余姚有效投资增速居宁波各县(市、区)第二。', 'rank-mismatch'],
      ];
      for (const [draft, code] of rows) assert.deepEqual(check(draft, index).findings.map((f) => f.code), [code], draft);
    });
    describe('% and 个百分点 are never conflated: [draft, code, expected]', () => {
      const shares = indexOf({ path: 'bulletin.txt', text: '2021年宁波统计公报\n2022年3月1日\n\n全年全市高新技术产业增加值占规模以上工业增加值的比重为61.3%，比上年提高1.8个百分点。城镇登记失业率为1.96%，比上年下降0.3个百分点。' });
      const rows: [string, string | undefined, string | undefined][] = [
        ['2021年，宁波高新技术产业增加值占规模以上工业增加值的比重为61.3%，比上年提高1.8个百分点。', undefined, undefined],
        ['2021年，宁波高新技术产业增加值占规模以上工业增加值的比重为61.3%，比上年提高1.8%。', 'unit-mismatch', '1.8个百分点'],
        ['2021年，宁波高新技术产业增加值占规模以上工业增加值的比重为61.3%，比上年提高2.8%。', 'diff-mismatch', '1.8个百分点'],
        ['2021年，宁波城镇登记失业率为1.96%，比上年下降0.3%。', 'unit-mismatch', '0.3个百分点'],
        ['2021年，宁波城镇登记失业率比上年下降0.3%。', 'unit-mismatch', '0.3个百分点'],
      ];
      for (const [draft, code, expected] of rows) {
        it(`${draft} → ${code ?? 'no finding'}`, () => {
          const findings = check(draft, shares).findings;
          assert.deepEqual(findings.map((f) => [f.code, f.fix?.newText]), code ? [[code, expected]] : []);
        });
      }
    });
    it('unverified figures are reported only when asked, at the asked severity', () => {
      const draft = '2020年，余姚常住人口125.4万人。';
      assert.deepEqual(check(draft, index).findings, []);
      const r = check(draft, index, { unverified: 'hint' });
      assert.deepEqual(r.findings.map((f) => [f.code, f.severity]), [['unverified', 'hint']]);
    });
    it('severities can be overridden or turned off per code', () => {
      const draft = '2020年，余姚地区生产总值增长5.3%。';
      assert.equal(check(draft, index, { severities: { 'growth-mismatch': 'error' } }).findings[0].severity, 'error');
      assert.deepEqual(check(draft, index, { severities: { 'growth-mismatch': 'off' } }).findings, []);
    });
    it('cancellation stops between claims', () => {
      const r = check('2020年，余姚地区生产总值1220.7亿元，增长5.1%。', index, { isCancelled: () => true });
      assert.equal(r.cancelled, true);
    });
  });

  describe('index maintenance', () => {
    it('re-adding a path replaces its facts; removePath drops them', () => {
      const idx = indexOf({ path: 'a.txt', text: '余姚有效投资增长15.2%。' });
      const before = idx.stats().facts;
      idx.addDocument({ path: 'a.txt', text: '余姚有效投资增长15.2%。余姚工业投资增长20.3%。' });
      assert.equal(idx.stats().facts, before + 1);
      assert.equal(idx.stats().paths, 1);
      idx.removePath('a.txt');
      assert.deepEqual(idx.stats(), { paths: 0, facts: 0 });
      assert.equal(verdictOf(check('余姚有效投资增长15.2%。', idx), '15.2%').status, 'unverified');
    });
    it('dataset rows are facts like figures in text', () => {
      const idx = indexOf();
      const problems = idx.addRows('t.csv', [
        { path: 't.csv', line: 2, region: '余姚市', period: '2020年', indicator: '地区生产总值', measure: 'value', value: '1220.7', unit: '亿元' },
        { path: 't.csv', line: 3, region: '余姚市', period: '2022年1-7月', indicator: '有效投资', measure: 'rank', rank: '首位', scope: '宁波各县(市、区)' },
        { path: 't.csv', line: 4, indicator: '' },
      ]);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].line, 4);
      assert.equal(verdictOf(check('2020年，余姚地区生产总值1227.0亿元。', idx), '1227.0亿元').expected, '1220.7亿元');
    });
    it('a dataset rank in 各县(市、区) is in the region’s city’s field, as in text', () => {
      const idx = indexOf();
      idx.addRows('r.csv', [{ path: 'r.csv', line: 2, region: '余姚市', period: '2022年1-7月', indicator: '有效投资增速', measure: 'rank', rank: '1', scope: '各县(市、区)' }]);
      assert.equal(verdictOf(check('2022年1-7月，余姚有效投资增速居宁波各区县(市)第二。', idx), '第二').expected, '第一');
    });
    describe('a dataset rank whose indicator names its field (no scope column): [row indicator, draft, figure, expected]', () => {
      const rows: [string, string, string, string][] = [
        ['地区生产总值全国城市排名', '2023年，长沙经济总量在全国城市中排第16位。', '第16位', '第15位'],
        ['全国百强县排名', '2023年，宁乡在全国百强县中位列第17位。', '第17位', '第16位'],
      ];
      for (const [indicator, draft, figure, expected] of rows) {
        it(`${indicator}: ${figure} → ${expected}`, () => {
          const idx = indexOf();
          const region = draft.includes('长沙') ? '长沙市' : '宁乡市';
          idx.addRows('c.csv', [{ path: 'c.csv', line: 2, region, period: '2023年', indicator, measure: 'rank', value: expected.replace(/[^0-9]/g, ''), rank: expected.replace(/[^0-9]/g, ''), unit: '位' }]);
          assert.equal(verdictOf(check(draft, idx), figure).expected, expected);
        });
      }
    });
  });

  describe('a per-head figure whoever it is of: [draft, figure, status, expected]', () => {
    const perHead = indexOf(
      { path: 'year.txt', text: '2023年松阳县农村居民收支情况\n\n全年农村居民人均经营净收入8352元，比上年增长9.4%。全年农村居民人均财产净收入1025元，比上年增长11.8%。' },
      { path: 'quarter.txt', text: '2023年前三季度松阳县农村经济运行简析\n\n从收入来源看，经营净收入人均6391元，增长9.6%；财产净收入人均782元，增长12.1%。' },
    );
    statusRows(perHead, [
      // 农村居民人均… is as much per head as 人均…: the year's figure confirms, the quarter's does not contradict
      ['# 2023年松阳县农民增收情况\n\n2023年，经营净收入的增长快于工资性收入，人均增长9.4%。', '9.4%', 'verified'],
      ['# 2023年松阳县农民增收情况\n\n2023年，财产净收入总量虽小，人均仅1025元。', '1025元', 'verified'],
      ['# 2023年松阳县农民增收情况\n\n2023年，财产净收入总量虽小，人均仅1052元。', '1052元', 'mismatch', '1025元'],
    ]);
  });

  describe('a firm\'s figures and the city\'s firms\' together: [draft, figure, status, expected]', () => {
    const firms = indexOf(
      { path: 'report.md', text: '# 常州恒远新能源股份有限公司2023年年度报告摘要\n\n报告期内，公司实现营业收入612.83亿元，同比增长8.9%；实现归属于上市公司股东的净利润38.62亿元。' },
      { path: 'feature.txt', text: '龙头上市公司观察\n2024年4月30日\n\n作为我市市值最大的上市公司，恒远新能源去年营收612.8亿元，同比增长8.9%。' },
      { path: 'city.txt', text: '常州市上市公司2023年年报分析\n\n2023年，全市上市公司实现归属于母公司股东的净利润合计312.4亿元。营业收入超过100亿元的公司有8家。' },
      { path: 'towns.txt', text: '南康区2023年招商引资统计快报\n\n从增速看，凤岗镇到位资金同比增长16.8%，增速居列入通报单位首位。' },
    );
    statusRows(firms, [
      // a figure written more precisely than a source rounds it is not contradicted by the rounding
      ['# 常州上市公司2023年年报观察\n\n2023年，恒远新能源实现营业收入612.83亿元。', '612.83亿元', 'verified'],
      ['# 常州上市公司2023年年报观察\n\n2023年，恒远新能源实现营业收入612.38亿元。', '612.38亿元', 'mismatch', '612.83亿元'],
      // one firm's profit is not the city's firms' together, nor is a size that picks firms out a revenue
      ['# 常州上市公司2023年年报观察\n\n2023年，全市上市公司归属于母公司股东的净利润合计312.4亿元。', '312.4亿元', 'verified'],
      ['# 常州上市公司2023年年报观察\n\n2023年，天润智装营收86.74亿元。', '86.74亿元', 'unverified'],
      // a featured town (家居小镇) owns its figure: a town's own is no contradiction of it
      ['# 南康区2023年招商引资\n\n2023年，家居小镇到位资金同比增长8.3%。', '8.3%', 'unverified'],
    ]);
  });
});
