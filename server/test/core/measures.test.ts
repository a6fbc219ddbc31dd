import assert from 'node:assert/strict';
import type { Measure } from '../../src/core/types';
import { claimAt } from './helpers';

/** [sentence, figure, indicator, scope] of a rank. */
type RankFieldRow = [string, string, string, string];

function rankFieldRows(rows: RankFieldRow[]): void {
  for (const [text, figure, name, scope] of rows) {
    it(`${text} → ${figure}: ${name} in ${scope}`, () => {
      const c = claimAt(text, figure);
      assert.equal(c.indicator.name, name);
      assert.equal(c.scope, scope);
    });
  }
}

describe('measure of a figure', () => {
  describe('a departure from the normal is another figure than the growth over last year: [sentence, figure, scope or none]', () => {
    const rows: [string, string, string | undefined][] = [
      ['全市平均降水量1086.4毫米，比上年偏多12.6%，比多年平均偏少6.8%。', '12.6%', undefined],
      ['全市平均降水量1086.4毫米，比上年偏多12.6%，比多年平均偏少6.8%。', '6.8%', 'B:常年'],
      ['1—9月，全市平均降水量1127.3毫米，比常年同期偏多24.7%。', '24.7%', 'B:常年'],
      // a balance's growth since the year began is another figure than over the year before, but at the year's end
      ['9月末，科技贷款余额1126.8亿元，比年初增长14.3%，同比增长19.2%。', '14.3%', 'B:年初'],
      ['9月末，科技贷款余额1126.8亿元，比年初增长14.3%，同比增长19.2%。', '19.2%', undefined],
      ['年末本外币贷款余额比上年末增长12.1%。', '12.1%', undefined],
      // 偏多, 偏少, 偏高, 偏低 say a departure from the normal by themselves, unless another base is said
      ['早稻生长季日照时数612.4小时，偏多9.8%。', '9.8%', 'B:常年'],
      ['全市平均降水量862.7毫米，比常年同期偏少一成（偏少11.3%）。', '11.3%', 'B:常年'],
      ['全年降水量仅1452.6毫米，较常年少了6.8%。', '6.8%', 'B:常年'],
      ['全市平均梅雨量312.4毫米，比常年多出13.6%。', '13.6%', 'B:常年'],
      // a change of the level from the normal is another figure than the change over last year
      ['全年平均气温17.8℃，比常年偏高0.9℃。', '0.9℃', 'B:常年'],
      ['早稻生长季日照时数较常年同期偏多9.8%，平均气温则偏高1.4℃。', '1.4℃', 'B:常年'],
      ['全年平均气温17.8℃，比上年升高0.9℃。', '0.9℃', 'P:Y-1'],
      ['全市平均高温日数较常年多了14.6天。', '14.6天', 'B:常年'],
      // …and its base, as a difference's: another place's level, or the year before
      ['全市居民人均预期寿命达到78.92岁，比全省平均水平高出0.4岁。', '0.4岁', 'R:全省'],
      ['全市居民人均预期寿命达到78.92岁，比上年提高0.36岁。', '0.36岁', 'P:Y-1'],
      ['平均住院日8.6天，比上半年缩短0.3天。', '0.3天', 'P:M1-6'],
    ];
    for (const [text, figure, scope] of rows) it(`${text} ${figure} → ${scope ?? 'none'}`, () => assert.equal(claimAt(text, figure).scope, scope));
    const changes: [string, string][] = [
      ['全年平均气温17.8℃，比常年偏高0.9℃。', '0.9℃'],
      ['早稻生长季日照时数较常年同期偏多9.8%，平均气温则偏高1.4℃。', '1.4℃'],
      ['2023年春季全市平均气温17.2℃，偏低0.4℃。', '0.4℃'],
      ['3月全市平均气温比常年同期高1.9℃。', '1.9℃'],
    ];
    for (const [text, figure] of changes) it(`${text} ${figure} is a change of the level, not the level`, () => assert.equal(claimAt(text, figure).phase, 'change'));
  });

  describe('[sentence, figure, measure, signed value]', () => {
    const rows: [string, string, Measure, number][] = [
      // growth
      ['余姚地区生产总值增长5.1%。', '5.1%', 'growth', 5.1],
      ['有效投资同比增长15.2%。', '15.2%', 'growth', 15.2],
      ['有效投资增速为15.2%。', '15.2%', 'growth', 15.2],
      ['有效投资同比15.2%。', '15.2%', 'growth', 15.2],
      ['地区生产总值年均增长7.6%。', '7.6%', 'growth', 7.6],
      ['工业增加值增幅达20.3%。', '20.3%', 'growth', 20.3],
      ['居民消费价格比上年上涨2.3%。', '2.3%', 'growth', 2.3],
      ['工业用电量增长117.4%。', '117.4%', 'growth', 117.4],
      ['固定资产投资增速保持两位数，达到10.0%。', '10.0%', 'growth', 10],
      // a bare rate after a clause on how fast a thing the lexicon knows grew
      ['出口同比增长11.2%，进口增幅则相对较低，仅为8.3%。', '8.3%', 'growth', 8.3],
      ['进口增速偏低，为3.8%。', '3.8%', 'growth', 3.8],
      ['森林覆盖率保持高位，达到62.1%。', '62.1%', 'share', 62.1],
      ['新能源汽车零售额大增38.5%。', '38.5%', 'growth', 38.5],
      ['锂电池出口猛增52.1%。', '52.1%', 'growth', 52.1],
      // the size of a fall reached (降幅达到) is a fall, unlike a rate fallen to (回落至)
      ['商业营业用房投资降幅则达到16.9%。', '16.9%', 'growth', -16.9],
      ['商品房销售额降幅收窄至3.2%。', '3.2%', 'growth', -3.2],
      ['规上工业增加值增速回落至4.7%。', '4.7%', 'growth', 4.7],
      // a fall with 了 is a fall
      ['张家港也下降了5.3%。', '5.3%', 'growth', -5.3],
      // an index improves by a rate (改善3.5%): its change as written, not a share
      ['全市环境空气质量综合指数比上年改善3.5%。', '3.5%', 'growth', 3.5],
      // a fall named in the clause before the rate
      ['个人所得税下降2.3%，与房地产相关的契税降幅最大，达21.5%。', '21.5%', 'growth', -21.5],
      ['小学在校生增长2.9%，达到24.36万人；初中在校生增幅更大，为7.4%。', '7.4%', 'growth', 7.4],
      // (a place alone before 增幅最高 names no indicator, but the rate is still a growth)
      ['分县市区看，繁昌区增幅最高，为9.8%；无为市增长8.7%。', '9.8%', 'growth', 9.8],
      ['工业投资中，技改投资下降最快，为12.3%。', '12.3%', 'growth', -12.3],
      ['新能源汽车增速最快，达到35.2%。', '35.2%', 'growth', 35.2],
      // the size of a fall is a fall
      ['快递平均单价为6.53元，比上年下降0.34元，降幅为4.9%。', '4.9%', 'growth', -4.9],
      ['离岛免税购物金额同比下降30.6%，降幅比上半年的29.0%进一步扩大。', '29.0%', 'growth', -29],
      // the measure named after the figure: 以X的增速
      ['三市中烟台以10.2%的增速领跑。', '10.2%', 'growth', 10.2],
      ['滨江以28.6%的占比居首。', '28.6%', 'share', 28.6],
      ['义乌外贸实现18.2%的增长。', '18.2%', 'growth', 18.2],
      // a period and 为 after a growth: the same growth at that period
      ['诸暨规上工业增加值累计增速由1—2月的7.5%起步，1—3月为8.4%。', '8.4%', 'growth', 8.4],
      // a place compared with: its figure measures what the one before measured
      ['成都GDP增长6.0%，高于重庆的6.1%。', '6.1%', 'growth', 6.1],
      ['台州规上工业增加值增长8.1%，高于全省5.9%的增速。', '5.9%', 'growth', 5.9],
      // a label before a colon says what the figure measures
      ['- 南宁3月末贷款余额增速：8.1%', '8.1%', 'growth', 8.1],
      // declines are negative
      ['房地产开发投资下降0.7%。', '0.7%', 'growth', -0.7],
      ['出口额同比下降3.2%。', '3.2%', 'growth', -3.2],
      // 增加 a percentage is a growth; 增加值 names an indicator, no change
      ['年末缴存余额为1528.63亿元，较上年末增加9.7%。', '9.7%', 'growth', 9.7],
      ['全年居民收入增加6.1%。', '6.1%', 'growth', 6.1],
      ['高新技术产业增加值占规上工业增加值的71.4%。', '71.4%', 'share', 71.4],
      ['能耗比上年减少4.5%。', '4.5%', 'growth', -4.5],
      ['增速回落1.5%。', '1.5%', 'growth', -1.5],
      ['出口增长-3.2%。', '-3.2%', 'growth', -3.2],
      ['生猪价格下跌12.1%。', '12.1%', 'growth', -12.1],
      ['钢材价格大跌9.4%。', '9.4%', 'growth', -9.4],
      // every figure of a 分别 list goes the way its verb says, not the first alone
      ['出口、进口分别下降12.7%和0.8%。', '0.8%', 'growth', -0.8],
      ['出口、进口分别下降12.7%、0.8%。', '0.8%', 'growth', -0.8],
      ['出口下降2.1%，进口增长0.8%。', '0.8%', 'growth', 0.8],
      // shares and rates
      ['研发费用占营业收入比重达3.61%。', '3.61%', 'share', 3.61],
      ['高新技术产业增加值占比71.4%。', '71.4%', 'share', 71.4],
      ['森林覆盖率达到42.18%。', '42.18%', 'share', 42.18],
      ['城镇登记失业率为2.1%。', '2.1%', 'share', 2.1],
      ['研发投入强度达2.56%。', '2.56%', 'share', 2.56],
      ['数字经济占GDP比重达到50%。', '50%', 'share', 50],
      // what is cut (减免, 减税) is an amount, no fall
      ['温岭减免企业所得税9.7亿元，占全市减免额的12.0%。', '12.0%', 'share', 12.0],
      // the rate a change reaches is the rate changed
      ['公路投资比重回落2.1个百分点至67.1%。', '67.1%', 'share', 67.1],
      ['公路投资占比由69.2%回落至67.1%。', '67.1%', 'share', 67.1],
      ['规上工业增加值增速回落0.9个百分点至4.1%。', '4.1%', 'growth', 4.1],
      ['规上工业增加值增速由5.2%回落至4.1%。', '4.1%', 'growth', 4.1],
      // …and a bare rate reached in a clause of its own is the rate the clause before named
      ['抚州市投资增速居全省首位，达到13.5%。', '13.5%', 'growth', 13.5],
      ['三季度单季完成投资312.6亿元，增速较上半年加快3.2个百分点，达到7.1%。', '7.1%', 'growth', 7.1],
      ['工业用电量占全社会用电量的比重有所提高，达到41.2%。', '41.2%', 'share', 41.2],
      ['工业投资增速居全市首位，进一步提高到13.5%。', '13.5%', 'growth', 13.5],
      ['网络零售额占社零比重提高2.1个百分点，则升高至33.4%。', '33.4%', 'share', 33.4],
      // 增长率 ends in 率 but is a growth
      ['营业收入增长率为12.5%。', '12.5%', 'growth', 12.5],
      // point differences, with a sign
      ['有效投资增长15.2%，高于宁波市平均4.8个百分点。', '4.8个百分点', 'diff', 4.8],
      ['出口增速低于全省平均1.2个百分点。', '1.2个百分点', 'diff', -1.2],
      ['城镇化率提高2.3个百分点。', '2.3个百分点', 'diff', 2.3],
      // …but productivity is an amount a worker makes: its 提高7.4% is a growth
      ['全员劳动生产率同比提高7.4%。', '7.4%', 'growth', 7.4],
      ['失业率下降0.4个百分点。', '0.4个百分点', 'diff', -0.4],
      ['新设个体工商户增速为2.6%，比上年同期放缓1.2个百分点。', '1.2个百分点', 'diff', -1.2],
      ['增速较上半年减缓0.5个百分点。', '0.5个百分点', 'diff', -0.5],
      ['迁安市增长4.6%，比河北全省低1.2个百分点。', '1.2个百分点', 'diff', -1.2],
      ['余姚增长8%，比全省高1.2个百分点。', '1.2个百分点', 'diff', 1.2],
      // a share's or rate's change written with %: a point difference (Chinese statistics write 个百分点)
      ['高新技术产业增加值占比61.3%，比上年提高1.8%。', '1.8%', 'diff', 1.8],
      // (…but after the subject's amount, a rise or fall in % is the amount's growth)
      ['岳阳楼区发生火灾612起，占全市总数的19.6%，同比下降10.2%。', '10.2%', 'growth', -10.2],
      ['鼎城区实现营业收入86.2亿元，占全市的21.5%，比上年提高6.4%。', '6.4%', 'growth', 6.4],
      ['城镇登记失业率下降0.3%。', '0.3%', 'diff', -0.3],
      ['研发投入强度比上年提高0.2%。', '0.2%', 'diff', 0.2],
      ['营业收入比上年提高5.6%。', '5.6%', 'growth', 5.6],
      ['服务业增加值比重由45.9%提高到51.4%。', '51.4%', 'share', 51.4],
      // a departure from the normal, in water and weather reports (偏多 up, 偏少 down)
      ['全市平均降水量1127.3毫米，比常年同期偏多24.7%。', '24.7%', 'growth', 24.7],
      // a bare rate after a rank by growth
      ['财政方面，上饶一般公共预算收入增速领跑全省，吉安以9.8%居第三。', '9.8%', 'growth', 9.8],
      // more or less than a base, said with 多, 少
      ['全年降水量仅1452.6毫米，较常年少了6.8%。', '6.8%', 'growth', -6.8],
      ['全市平均梅雨量312.4毫米，比常年多出13.6%。', '13.6%', 'growth', 13.6],
      ['夏季降水量比常年同期少18.3%。', '18.3%', 'growth', -18.3],
      ['全市快递业务量比上年多了6.8%。', '6.8%', 'growth', 6.8],
      ['全年归集住房公积金486.37亿元，比上年多增8.4%。', '8.4%', 'growth', 8.4],
      // a price cut (降价) is a fall
      ['新落地执行集采药品138个，平均降价56.3%。', '56.3%', 'growth', -56.3],
      ['全市平均降水量1086.4毫米，较多年平均偏少6.8%。', '6.8%', 'growth', -6.8],
      // a bare rate after a share told in words is that share, even after a growth; a rate of change stays one
      ['出口同比下降6.2%；对“一带一路”共建国家的进出口已占到全省外贸的一半以上，达到50.5%。', '50.5%', 'share', 50.5],
      ['昆山进出口总额占六市合计近一半，但同比下降6.8%。', '6.8%', 'growth', -6.8],
      // amounts
      ['地区生产总值1220.7亿元。', '1220.7亿元', 'value', 1220.7e8],
      ['全市平均降水量1086.4毫米。', '1086.4毫米', 'value', 1086.4],
      ['全年平均气温17.8℃。', '17.8℃', 'value', 17.8],
      ['拥有高新技术企业388家。', '388家', 'value', 388],
      // ranks
      ['增速居宁波各县(市、区)首位。', '首位', 'rank', 1],
      ['增速位列宁波各区县(市)第一。', '第一', 'rank', 1],
      ['规上工业增加值位居宁波市第2位。', '第2位', 'rank', 2],
    ];
    for (const [text, figure, measure, value] of rows) {
      it(`${text} → ${measure} ${value}`, () => {
        const c = claimAt(text, figure);
        assert.equal(c.measure, measure);
        assert.ok(Math.abs(c.quantity.value - value) <= 1e-9 * Math.abs(value), `value ${c.quantity.value} ≠ ${value}`);
      });
    }
  });

  describe('a rank says what it ranks: [sentence, figure, basis]', () => {
    const rows: [string, string, 'value' | 'growth' | 'share' | undefined][] = [
      ['余姚有效投资增速居宁波各县(市、区)首位。', '首位', 'growth'],
      ['余姚地区生产总值增速位居宁波第一。', '第一', 'growth'],
      ['余姚高新技术产业增加值占比居宁波各县(市、区)第一。', '第一', 'share'],
      ['余姚地区生产总值居宁波各县(市、区)第二。', '第二', 'value'],
      ['乐清市地区生产总值总量位居全市第一。', '第一', 'value'],
      // adverbs of time between the basis and the verb
      ['余姚GDP增速连续3年位列宁波各区县(市)第一。', '第一', 'growth'],
      ['鄞州区经济总量多年来稳居全市首位。', '首位', 'value'],
      // the second rank of a sentence keeps the basis its own words state (增速则居…)
      ['成都经济总量在副省级城市中排在第3位，增速则居第5位。', '第5位', 'growth'],
      // an opening clause says by what the ranks after it rank
      ['规上工业增速方面，滁州、芜湖分列全省第一、第二，合肥居第四位。', '第四位', 'growth'],
      // a rank right after the growth's lead over an average is by growth; after a change over a period, unsaid
      ['全市社会消费品零售总额1327.6亿元，同比增长6.4%，高于全省平均水平0.7个百分点，居全省第6位。', '第6位', 'growth'],
      ['全市社会消费品零售总额1327.6亿元，同比增长6.4%，增速比1-9月加快0.1个百分点，居全省第6位。', '第6位', undefined],
      // 仅, 只 between the basis and the rank, as 仍 and 均
      ['我市收入总量排在第二，但增速仅列全省第六位。', '第六位', 'growth'],
      // a view on size holds until another view opens
      ['前三季度，各县外贸平稳。从规模看，义乌市、永康市分列全市前两位；从增速看，兰溪市增长18.9%，居全市第1位。', '前两位', 'value'],
      ['前三季度，各县外贸平稳。从规模看，义乌市、永康市分列全市前两位；从增速看，兰溪市增长18.9%，居全市第1位。', '第1位', undefined],
    ];
    for (const [text, figure, basis] of rows) it(`${text} → ${basis}`, () => assert.equal(claimAt(text, figure).basis, basis));
    it('in a report on an amount (外贸), a rank by size is that amount\'s', () => {
      const text = '# 2024年第三季度金华市外贸形势分析\n\n前三季度，9个县（市、区）外贸全部实现正增长。从规模看，义乌市、永康市、东阳市分列全市前三位。';
      assert.equal(claimAt(text, '前三位').indicator.name, '进出口总额');
    });
  });

  describe('a list of strongest places ranks their overall strength, by any of its names: [sentence, figure, indicator, scope]', () => {
    const rows: RankFieldRow[] = [
      ['晋江市县域经济基本竞争力居全国百强县第4位。', '第4位', '综合实力', '百强县'],
      // a field of the places ranked top by an indicator ranks them by that indicator
      ['放到全国看，在快递业务量前50位城市中，杭州排第5位，宁波居第15位。', '第15位', '快递业务量', '城市'],
      // a list named by the quality it ranks places on ranks that quality, however the sentence names it
      ['在全国168个重点城市空气质量排名中，厦门、福州环境空气质量综合指数分列第5位和第8位。', '第8位', '空气质量', '重点城市'],
      ['在国家公布的全国重点城市空气质量排名中，福州、厦门分列第5位和第8位。', '第5位', '空气质量', '重点城市'],
      ['首府南宁市PM2.5平均浓度为28微克/立方米；在全国168个重点城市空气质量排名中，南宁市居第19位。', '第19位', '空气质量', '重点城市'],
      ['在全国339个地级及以上城市国家地表水考核断面水环境质量排名中，梧州居第11位。', '第11位', '水环境质量', '地级及以上城市'],
      ['在全国地级及以上城市水环境质量排名中，河池、梧州分列第2位和第12位。', '第12位', '水环境质量', '地级及以上城市'],
      // the words before 排名 name the list
      ['晋江市全国工业百强县排名第3位。', '第3位', '综合实力', '工业百强县'],
      // a rank after it with no basis of its own is the same strength in another field, and 全省 is the place's province
      ['晋江市县域经济基本竞争力位列全国百强县第4位，连续多年稳居全省县域第一。', '第一', '综合实力', '福建省|县域'],
      // the list may be named by the sentence's opening clause
      ['在2024年发布的全国百强县榜单中，晋江、福清分别排名第4位、第17位。', '第17位', '综合实力', '百强县'],
      // one that says by what it ranks ranks the figure before
      ['浏阳市地区生产总值1682.5亿元，在全国百强县中排名第9位，上半年增速居长沙各区县（市）第二位。', '第二位', '地区生产总值', '长沙市|区县市'],
    ];
    rankFieldRows(rows);
  });

  it('a list of strongest places is yearly: a part of a year from the heading is not its period', () => {
    const c = claimAt('# 厦门前8月经济稳中有进\n\n放眼全省县域，晋江在全国百强县中居第4位。', '第4位');
    assert.equal(c.period, undefined);
    assert.equal(claimAt('# 厦门前8月经济稳中有进\n\n2024年，晋江在全国百强县中居第4位。', '第4位').period?.year, '2024');
  });

  describe('a rank with no field of its own is in the field of the rank before it: [sentence, figure, indicator, scope]', () => {
    const rows: RankFieldRow[] = [
      ['成都经济总量在副省级城市中排在第3位，增速则居第5位。', '第5位', '地区生产总值', '副省级城市'],
      ['乐清市地区生产总值位居全市第一，瑞安市以668.5亿元排名第二。', '第二', '地区生产总值', '温州市|辖区'],
      ['成都市规模以上工业增加值增速在15个副省级城市中居第4位，社会消费品零售总额居第3位。', '第3位', '社会消费品零售总额', '副省级城市'],
      // 领跑 names the field, 排名 the place in it
      ['厦门市翔安区规上工业增加值增长11.2%，增速领跑各区、排名第一。', '第一', '规模以上工业增加值', '厦门市|区'],
    ];
    rankFieldRows(rows);
  });

  describe('a field whose name holds 中, or is counted: [sentence, figure, indicator, scope]', () => {
    const rows: RankFieldRow[] = [
      ['全年地区生产总值增长7.4%，增速在国家中心城市中位居第一。', '第一', '地区生产总值', '国家中心城市'],
      ['全市地区生产总值增长7.4%，增速居9个国家中心城市首位。', '首位', '地区生产总值', '国家中心城市'],
      // 都 that ends a place's name (成都) is no adverb
      ['重庆经济总量在万亿城市中位列第4，成都位列第7。', '第7', '地区生产总值', '万亿城市'],
      // a clause of its own sets the field (从…看, 在…中), until another such clause
      ['从全国26个万亿城市看，西安经济总量位列第23，增速位列第14；在15个副省级城市中，西安经济总量居第10位，增速居第8位。', '第14', '地区生产总值', '万亿城市'],
      ['从全国26个万亿城市看，西安经济总量位列第23，增速位列第14；在15个副省级城市中，西安经济总量居第10位，增速居第8位。', '第8位', '地区生产总值', '副省级城市'],
    ];
    rankFieldRows(rows);
  });

  describe('units are base units with the scale applied', () => {
    const rows: [string, string, string, number][] = [
      ['余姚地区生产总值1220.7亿元。', '1220.7亿元', '元', 1220.7e8],
      ['实际利用外资2150万美元。', '2150万美元', '美元', 2150e4],
      ['海曙常住人口增加1.2万人。', '1.2万人', '人', 1.2e4],
      ['增长15.2%。', '15.2%', '%', 15.2],
      ['高于平均4.8个百分点。', '4.8个百分点', '个百分点', 4.8],
    ];
    for (const [text, figure, unit, value] of rows) {
      it(`${figure} → ${value} ${unit}`, () => {
        const q = claimAt(text, figure).quantity;
        assert.equal(q.unit, unit);
        assert.ok(Math.abs(q.value - value) <= 1e-9 * value);
      });
    }
    it('tolerance follows the written decimals: 1220.7亿元 ± 0.05亿元', () => {
      const q = claimAt('余姚地区生产总值1220.7亿元。', '1220.7亿元').quantity;
      assert.ok(Math.abs(q.tolerance - 0.05e8) < 1);
    });
  });
});
