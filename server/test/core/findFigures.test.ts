import assert from 'node:assert/strict';
import { findFigures, type FigureKind } from '../../src/core/claims/findFigures';
import type { Approximation } from '../../src/core/types';

/** The one figure found in `text` (fails when there is not exactly one). */
function only(text: string) {
  const figs = findFigures(text);
  assert.equal(figs.length, 1, `“${text}”: expected one figure, got ${figs.map((f) => text.slice(f.start, f.end)).join(' | ') || 'none'}`);
  return figs[0];
}

describe('findFigures', () => {
  describe('amounts, percentages, points: [sentence, figure as spanned, kind, value in base unit, unit]', () => {
    const rows: [string, string, FigureKind, number, string][] = [
      ['地区生产总值1220.7亿元', '1220.7亿元', 'amount', 1220.7e8, '元'],
      ['收入114.2亿元，', '114.2亿元', 'amount', 114.2e8, '元'],
      ['研发费用41.8亿元', '41.8亿元', 'amount', 41.8e8, '元'],
      ['投入2000万元', '2000万元', 'amount', 2000e4, '元'],
      ['外资2150万美元', '2150万美元', 'amount', 2150e4, '美元'],
      ['外资1.6亿美元', '1.6亿美元', 'amount', 1.6e8, '美元'],
      // after an acronym, an amount with 万/亿 is still a figure
      ['双流区GDP650.2亿元，', '650.2亿元', 'amount', 650.2e8, '元'],
      ['人才总量36.5万人', '36.5万人', 'amount', 36.5e4, '人'],
      ['高新技术企业388家', '388家', 'amount', 388, '家'],
      // a rate per thousand is its own unit, never a percentage
      ['出生率为8.89‰，', '8.89‰', 'amount', 8.89, '‰'],
      ['投资项目572个', '572个', 'amount', 572, '个'],
      // a span of months with a decimal is an amount (a period, 前7个月, never is)
      ['去化周期为14.2个月', '14.2个月', 'amount', 14.2, '个月'],
      ['拆除76.79万平方米', '76.79万平方米', 'amount', 76.79e4, '平方米'],
      ['流转土地3000亩', '3000亩', 'amount', 3000, '亩'],
      ['收入65212元', '65212元', 'amount', 65212, '元'],
      ['进出口1,234亿元', '1,234亿元', 'amount', 1234e8, '元'],
      ['货物吞吐量11.7亿吨', '11.7亿吨', 'amount', 11.7e8, '吨'],
      ['集装箱2872万标箱', '2872万标箱', 'amount', 2872e4, '标箱'],
      // units of industry reports written in letters, whole words only
      ['组件出货量58.6GW，', '58.6GW', 'amount', 58.6, 'GW'],
      ['储能装机1.2GWh，', '1.2GWh', 'amount', 1.2, 'GWh'],
      ['集装箱吞吐量35.2万TEU', '35.2万TEU', 'amount', 35.2e4, 'TEU'],
      ['光伏装机850MW', '850MW', 'amount', 850, 'MW'],
      ['酱香酒产量36万千升', '36万千升', 'amount', 36e4, '千升'],
      ['粮食产量42.8亿斤', '42.8亿斤', 'amount', 42.8e8, '斤'],
      ['起降航班12.6万架次', '12.6万架次', 'amount', 12.6e4, '架次'],
      // events held, counted in 场次 as in 场 (the whole word is the figure's)
      ['举办读者活动2.36万场次，', '2.36万场次', 'amount', 2.36e4, '场'],
      ['书刊外借1892.6万册次，', '1892.6万册次', 'amount', 1892.6e4, '册'],
      // events counted (a number before 起 is a count, never 从3月起: 月 stands between)
      ['发生生产安全事故186起', '186起', 'amount', 186, '起'],
      ['查处走私案件32宗', '32宗', 'amount', 32, '宗'],
      // cigarettes by the case, leaf by the dan, and a price per dan (a fix replaces the whole unit)
      ['卷烟销量45.6万箱，', '45.6万箱', 'amount', 45.6e4, '箱'],
      ['收购烟叶32.8万担，', '32.8万担', 'amount', 32.8e4, '担'],
      ['收购均价1620元/担，', '1620元/担', 'amount', 1620, '元/担'],
      // …but 担 before 保, 任 or 当 is a verb (提供3000万担保: the guarantee's 3000万, no dan)
      ['为小微企业提供3000万担保，', '3000万', 'amount', 3000e4, ''],
      // cases of medicine are counted by 例 (after a figure, 例如下 is 例 and 如下)
      ['全年实现人体器官捐献67例，', '67例', 'amount', 67, '例'],
      ['开展三级手术1.2万例，', '1.2万例', 'amount', 1.2e4, '例'],
      ['新增病例3例如下：', '3例', 'amount', 3, '例'],
      // a grid's transformer capacity (but 500千伏变电站 names a class of substation, no figure)
      ['新增变电容量1580万千伏安', '1580万千伏安', 'amount', 1580e4, '千伏安'],
      ['增长15.2%', '15.2%', 'percent', 15.2, '%'],
      ['下降0.7%', '0.7%', 'percent', 0.7, '%'],
      ['增长百分之十五点二', '百分之十五点二', 'percent', 15.2, '%'],
      ['占百分之五十', '百分之五十', 'percent', 50, '%'],
      ['达到百分之百', '百分之百', 'percent', 100, '%'],
      ['百分之15.2', '百分之15.2', 'percent', 15.2, '%'],
      // tenths: 七成 is 70 %
      ['税收收入占比超过七成，', '七成', 'percent', 70, '%'],
      ['占比近五成。', '五成', 'percent', 50, '%'],
      ['占高新区软件业务收入的近两成。', '两成', 'percent', 20, '%'],
      ['高于平均4.8个百分点', '4.8个百分点', 'points', 4.8, '个百分点'],
      ['提高两个百分点', '两个百分点', 'points', 2, '个百分点'],
      // points of a rate per thousand are their own unit
      ['婴儿死亡率比上年下降0.12个千分点', '0.12个千分点', 'points', 0.12, '个千分点'],
      ['总投资两万元', '两万元', 'amount', 20000, '元'],
      ['总投资一千二百亿元', '一千二百亿元', 'amount', 1.2e11, '元'],
      // spoken: a 万 after 亿 counts below it
      ['增加值两万零二百四十六亿七千万元', '两万零二百四十六亿七千万元', 'amount', 20246.7e8, '元'],
      ['收入三千二百亿五千八百万元', '三千二百亿五千八百万元', 'amount', 3200.58e8, '元'],
      // …reached, it is a figure
      ['经济总量首次迈上千亿元台阶', '千亿元', 'amount', 1e11, '元'],
      ['社零首次突破万亿元', '万亿元', 'amount', 1e12, '元'],
      ['存款余额十二万亿元', '十二万亿元', 'amount', 12e12, '元'],
      // multiples: in digits always, a lone Chinese digit after a verb of growth
      ['进出口额增长2.3倍', '2.3倍', 'amount', 2.3, '倍'],
      ['进出口额较2020年增长一倍', '一倍', 'amount', 1, '倍'],
      ['产值是上年的两倍', '两倍', 'amount', 2, '倍'],
      // a rate per 100,000 keeps its base as its unit
      ['孕产妇死亡率为7.86/10万', '7.86/10万', 'amount', 7.86, '/10万'],
      // a rate of one unit per another keeps both (the per-unit scale and a day too)
      ['道路网密度为7.12公里/平方公里，', '7.12公里/平方公里', 'amount', 7.12, '公里/平方公里'],
      ['新建商品住宅均价6087元/平方米', '6087元/平方米', 'amount', 6087, '元/平方米'],
      ['客运强度为0.67万人次/公里·日', '0.67万人次/公里·日', 'amount', 6700, '人次/公里·日'],
      ['路网密度达到3.6公里/百平方公里', '3.6公里/百平方公里', 'amount', 3.6, '公里/百平方公里'],
      // (a slash that starts no unit is no rate: 1.2亿元/年 stays 亿元)
      ['项目投资1.2亿元/年', '1.2亿元', 'amount', 1.2e8, '元'],
      // an age class is part of the indicator; a life expectancy is a figure
      ['5岁以下儿童死亡率为4.52‰', '4.52‰', 'amount', 4.52, '‰'],
      ['65岁及以上人口占18.2%', '18.2%', 'percent', 18.2, '%'],
      ['人均预期寿命达到78.10岁', '78.10岁', 'amount', 78.1, '岁'],
    ];
    for (const [text, figure, kind, value, unit] of rows) {
      it(`${text} → ${figure}`, () => {
        const f = only(text);
        assert.equal(text.slice(f.start, f.end), figure);
        assert.equal(f.kind, kind);
        assert.ok(Math.abs(f.value - value) <= 1e-9 * Math.abs(value), `value ${f.value} ≠ ${value}`);
        assert.equal(f.unit, unit);
      });
    }
  });

  describe('the first of a list shares the last one’s 百分点; a list of counts stays counts: [sentence, kinds and units]', () => {
    const rows: [string, [string, FigureKind, string][]][] = [
      ['分别高于全国、全省0.8个和0.2个百分点', [['0.8个', 'points', '个百分点'], ['0.2个百分点', 'points', '个百分点']]],
      ['新增3个和5个项目', [['3个', 'amount', '个'], ['5个', 'amount', '个']]],
      ['分别比上年下降0.21个和0.30个千分点', [['0.21个', 'points', '个千分点'], ['0.30个千分点', 'points', '个千分点']]],
    ];
    for (const [text, want] of rows) {
      it(text, () => assert.deepEqual(findFigures(text).map((f) => [text.slice(f.start, f.end), f.kind, f.unit]), want));
    }
  });

  it('前7个月 and 连续12个月 are periods, not figures', () => {
    assert.deepEqual(findFigures('前7个月，连续12个月保持增长。'), []);
  });

  describe('个百分点 and % are never the same kind', () => {
    it('one sentence with both', () => {
      const text = '增长15.2%，高于平均4.8个百分点';
      const kinds = findFigures(text).map((f) => [text.slice(f.start, f.end), f.kind]);
      assert.deepEqual(kinds, [['15.2%', 'percent'], ['4.8个百分点', 'points']]);
    });
  });

  describe('decimals written bound the precision', () => {
    const rows: [string, number][] = [['1220.7亿元', 1], ['1220.70亿元', 2], ['3.61%', 2], ['388家', 0], ['十五点二%', 1]];
    for (const [text, decimals] of rows) it(`${text} → ${decimals}`, () => assert.equal(only(text).decimals, decimals));
  });

  describe('approximations are kept: [sentence, approximation]', () => {
    const rows: [string, Approximation][] = [
      ['投资10亿元左右', 'about'],
      ['约10亿元', 'about'],
      ['近5万份', 'nearly'],
      ['吸引民间投资近2亿元', 'nearly'],
      ['超过120亿元', 'over'],
      // a milestone passed
      ['旅客吞吐量站上3000万人次', 'over'],
      ['总里程迈上8000公里新台阶', 'over'],
      ['吸引超3亿元风投资金', 'over'],
      ['增长30%以上', 'over'],
      ['4800余万条', 'over'],
      ['2000多万元', 'over'],
      ['300多名', 'over'],
      ['150余个', 'over'],
      ['不足5%', 'under'],
      ['控制在3%以内', 'within'],
    ];
    for (const [text, approx] of rows) it(`${text} → ${approx}`, () => assert.equal(only(text).approx, approx));
    it('an exact figure has no approximation', () => assert.equal(only('增长15.2%').approx, undefined));
  });

  describe('ranks listed after one 第: [sentence, ranks as spanned]', () => {
    const rows: [string, string[]][] = [
      ['分居全省县（市）第一、二位', ['第一', '二位']],
      ['分列第3、4名', ['第3', '4名']],
      ['分列第一、第二', ['第一', '第二']],
      // the size of the field is no figure
      ['增速居全市11个区第一', ['第一']],
      ['增速居9个国家中心城市首位', ['首位']],
    ];
    for (const [text, ranks] of rows) it(`${text} → ${ranks.join(' ')}`, () => assert.deepEqual(findFigures(text).map((f) => text.slice(f.start, f.end)), ranks));
  });

  describe('ranks: [sentence, rank as spanned, N, topN]', () => {
    const rows: [string, string, number, boolean][] = [
      ['居宁波各县(市、区)第2位', '第2位', 2, false],
      ['位居全省第三名', '第三名', 3, false],
      ['位列宁波各区县(市)第一，', '第一', 1, false],
      ['增速居宁波第二。', '第二', 2, false],
      ['居宁波各县(市、区)首位', '首位', 1, false],
      ['增速居首', '居首', 1, false],
      // a headline's ranks written without a separator
      ['东莞惠州增速分列第二第三', '第二', 2, false],
      // the rank, not 居首 inside 位居首位, beside an amount
      ['以1064.8亿元的规模位居首位', '首位', 1, false],
      ['位居全国榜首', '榜首', 1, false],
      ['营商环境百强县挺进前5', '前5', 5, true],
      ['跻身前十', '前十', 10, true],
      ['增速分居全省前两位，', '前两位', 2, true],
      ['跻身全省前十', '前十', 10, true],
      ['位居全国前三名', '前三名', 3, true],
      // the Nth highest, most, warmest: a rank by the word it ranks by
      ['为1953年有完整气象记录以来第二高，仅次于2022年。', '第二', 2, false],
      ['高温日数为历史第三多。', '第三', 3, false],
    ];
    for (const [text, rank, n, topN] of rows) {
      it(`${text} → ${rank}`, () => {
        const f = findFigures(text).filter((x) => x.kind === 'rank')[0];
        assert.equal(text.slice(f.start, f.end), rank);
        assert.equal(f.kind, 'rank');
        assert.equal(f.value, n);
        assert.equal(Boolean(f.topN), topN);
      });
    }
  });

  describe('三次产业结构为a∶b∶c: the shares of the three industries, [sentence, figures, industries]', () => {
    const rows: [string, string[], number[]][] = [
      ['三次产业结构为3.4∶33.8∶62.8，', ['3.4', '33.8', '62.8'], [1, 2, 3]],
      ['三次产业结构比例调整为0.8:46.7:52.5', ['0.8', '46.7', '52.5'], [1, 2, 3]],
      // the structure it was changed from is not read
      ['三次产业结构由1.0∶47.5∶51.5调整为0.8∶46.7∶52.5', ['0.8', '46.7', '52.5'], [1, 2, 3]],
      // a ratio of something else is no figure
      ['男女比例为1.05∶1', [], []],
    ];
    for (const [text, figures, industries] of rows) {
      it(text, () => {
        const found = findFigures(text);
        assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), figures);
        assert.deepEqual(found.map((f) => f.industry), industries);
        assert.ok(found.every((f) => f.unit === '%' && f.kind === 'percent'));
      });
    }
  });

  describe('words that are not figures are left alone', () => {
    const rows: string[] = [
      '第11次荣登中国最具幸福感城市榜单',
      '第八届创业创新大赛',
      '一年来，我们的主要工作',
      '前三季度经济运行平稳',
      '今年1-7月',
      '1至7月',
      'PM2.5平均浓度下降',
      '5G基站建设',
      '4A级景区',
      'G20峰会',
      '坚持两手硬、两战赢',
      '五问五破、五比五先',
      '前两年打下基础',
      '前7个月',
      '第一卷浓缩成简读本',
      // a scale alone is a class or a unit label unless something reaches it
      '投资亿元以上项目',
      '万元GDP能耗',
      '，亿元，',
      '培育百亿级企业',
      '千亿级产业集群',
      '成为全省第二个千亿县市',
      '第一、二产业增加值',
      '第一、二、三产业分别',
      '一成不变',
      '从全国26个万亿城市看',
      '从增速看，16个州（市）中',
      '打造万亿级产业集群',
      '九成九的把握',
      '打造成为标杆',
      '第一、第二批试点',
      '第一第二产业增加值',
      '三个月内完成',
      '一般公共预算收入(亿元)',
      '单位：万元',
      '| 地区 | 亿元 |',
      'PM10浓度30',
      // the size of the field a rank is in
      '在15个副省级城市中居第',
      '在全国15个副省级城市中排名',
      // a lone Chinese digit with 倍 that is no multiple of a figure
      '付出一倍努力',
      '事半功倍',
    ];
    for (const text of rows) it(text, () => assert.deepEqual(findFigures(text).map((f) => text.slice(f.start, f.end)), []));
  });

  describe('several figures, left to right, spans inside the text', () => {
    it('a list of amounts and growths', () => {
      const text = '城乡居民人均可支配收入分别达到65212元和39339元，分别增长5.2%和6.9%';
      assert.deepEqual(findFigures(text).map((f) => text.slice(f.start, f.end)), ['65212元', '39339元', '5.2%', '6.9%']);
    });
    it('分居…第二、第一', () => {
      const text = '分居宁波各县(市、区)第二、第一。';
      assert.deepEqual(findFigures(text).map((f) => text.slice(f.start, f.end)), ['第二', '第一']);
    });
  });
});
