import assert from 'node:assert/strict';
import type { Claim } from '../../src/core/types';
import { claimsOf } from './helpers';

type Row = [figure: string, indicator: string, measure: Claim['measure']];

function summary(text: string): Row[] {
  return claimsOf(text).map((c) => [c.text, c.indicator.name, c.measure]);
}

describe('list structures', () => {
  describe('分别: items and figures pair up in order', () => {
    const rows: [string, Row[]][] = [
      ['余姚城镇和农村居民人均可支配收入分别达到65212元和39339元，分别增长5.2%和6.9%。', [
        ['65212元', '城镇居民人均可支配收入', 'value'], ['39339元', '农村居民人均可支配收入', 'value'],
        ['5.2%', '城镇居民人均可支配收入', 'growth'], ['6.9%', '农村居民人均可支配收入', 'growth'],
      ]],
      ['城镇和农村生活垃圾分类覆盖率分别达94.9%、75.4%。', [
        ['94.9%', '城镇生活垃圾分类覆盖率', 'share'], ['75.4%', '农村生活垃圾分类覆盖率', 'share'],
      ]],
      ['进口和出口总额分别为3210.5亿元和5124.6亿元。', [
        ['3210.5亿元', '进口总额', 'value'], ['5124.6亿元', '出口总额', 'value'],
      ]],
      // an item that already ends in its own measure (面积) takes nothing from the last; the bare head after
      // it takes the first item's owner (商品房)
      ['全年商品房销售面积和销售额分别下降4.1%和7.6%。', [
        ['4.1%', '商品房销售面积', 'growth'], ['7.6%', '商品房销售额', 'growth'],
      ]],
      // (a later item with words of its own keeps them)
      ['规上工业增加值和工业投资分别增长5.1%和6.3%。', [
        ['5.1%', '规模以上工业增加值', 'growth'], ['6.3%', '工业投资', 'growth'],
      ]],
      ['第一产业和第二产业增加值分别增长2.1%和6.4%。', [
        ['2.1%', '第一产业增加值', 'growth'], ['6.4%', '第二产业增加值', 'growth'],
      ]],
      ['二产、三产增加值分别增长5.2%、5.9%。', [
        ['5.2%', '第二产业增加值', 'growth'], ['5.9%', '服务业增加值', 'growth'],
      ]],
      // items that end alike share what follows that ending in the last item; an airport goes by its short name
      ['天府国际机场、双流国际机场旅客吞吐量分别达到4478.6万人次、3013.8万人次。', [
        ['4478.6万人次', '天府机场旅客吞吐量', 'value'], ['3013.8万人次', '双流机场旅客吞吐量', 'value'],
      ]],
      // 其中 a part named by its qualifier alone (城镇居民, 农村居民) shares the tail of the whole before it
      ['全体居民人均可支配收入增长5.0%，其中城镇居民增长6.3%，农村居民增长7.1%。', [
        ['5.0%', '居民人均可支配收入', 'growth'], ['6.3%', '城镇居民人均可支配收入', 'growth'], ['7.1%', '农村居民人均可支配收入', 'growth'],
      ]],
      // …but a figure named on its own after it is no item: 城乡 stays whole
      ['城乡居民基本医疗保险基金收入241.80亿元、支出230.10亿元。', [
        ['241.80亿元', '居民医疗保险基金收入', 'value'], ['230.10亿元', '居民医疗保险基金支出', 'value'],
      ]],
      ['宁波城乡居民人均可支配收入分别达到68008元和39132元。', [
        ['68008元', '城镇居民人均可支配收入', 'value'], ['39132元', '农村居民人均可支配收入', 'value'],
      ]],
      ['余姚高新技术产业、战略性新兴产业增加值分别增长87.5%、103.7%。', [
        ['87.5%', '高新技术产业增加值', 'growth'], ['103.7%', '战略性新兴产业增加值', 'growth'],
      ]],
      ['宁波舟山港货物吞吐量11.7亿吨、集装箱吞吐量2872万标箱，分别增长4.7%和4.3%。', [
        ['11.7亿吨', '港口货物吞吐量', 'value'], ['2872万标箱', '集装箱吞吐量', 'value'],
        ['4.7%', '港口货物吞吐量', 'growth'], ['4.3%', '集装箱吞吐量', 'growth'],
      ]],
      // the shared name is the measure word the last item ends in (产量), not its last character
      ['新能源汽车、集成电路、服务器产量分别增长28.7%、19.3%和45.1%。', [
        ['28.7%', '新能源汽车产量', 'growth'], ['19.3%', '集成电路产量', 'growth'], ['45.1%', '服务器产量', 'growth'],
      ]],
      ['宁波舟山港货物吞吐量11.7亿吨，集装箱吞吐量2872万标箱，分别增长4.7%和4.3%。', [
        ['11.7亿吨', '港口货物吞吐量', 'value'], ['2872万标箱', '集装箱吞吐量', 'value'],
        ['4.7%', '港口货物吞吐量', 'growth'], ['4.3%', '集装箱吞吐量', 'growth'],
      ]],
      // kinds of who did it, listed after what was done, are of what the clause before measured
      ['全年总诊疗人次同比增长9.4%，从机构类型看，医院和基层医疗卫生机构分别增长12.7%和5.6%。', [
        ['9.4%', '医疗卫生机构诊疗人次', 'growth'], ['12.7%', '医院诊疗人次', 'growth'], ['5.6%', '基层医疗卫生机构诊疗人次', 'growth'],
      ]],
      ['前三季度出口增长8.2%，其中国有企业和民营企业分别增长3.1%和9.4%。', [
        ['8.2%', '出口总额', 'growth'], ['3.1%', '国有企业出口', 'growth'], ['9.4%', '民营企业出口', 'growth'],
      ]],
    ];
    for (const [text, expected] of rows) it(text, () => assert.deepEqual(summary(text), expected));
  });

  describe('分别 with listed places: the places pair up with the figures: [sentence, [figure, region, indicator]…]', () => {
    const rows: [string, [string, string, string][]][] = [
      ['2021年，余姚、慈溪地区生产总值分别增长9.8%和10.5%。', [['9.8%', '余姚市', '地区生产总值'], ['10.5%', '慈溪市', '地区生产总值']]],
      ['余姚和慈溪一般公共预算收入分别为120.6亿元、168.5亿元。', [['120.6亿元', '余姚市', '一般公共预算收入'], ['168.5亿元', '慈溪市', '一般公共预算收入']]],
      ['海曙区、江北区、镇海区有效投资分别增长12.1%、8.4%和15.0%。', [['12.1%', '海曙区', '有效投资'], ['8.4%', '江北区', '有效投资'], ['15.0%', '镇海区', '有效投资']]],
      // the places are the list: 进出口 (or 城乡) before their figures stays whole
      ['湖里区、海沧区分别完成进出口1896.2亿元、1153.7亿元。', [['1896.2亿元', '湖里区', '进出口总额'], ['1153.7亿元', '海沧区', '进出口总额']]],
      // the places open the sentence, the 分别 comes in a later clause
      ['洪山区和江夏区紧随其后，规上工业增加值分别增长10.2%和9.7%。', [['10.2%', '洪山区', '规模以上工业增加值'], ['9.7%', '江夏区', '规模以上工业增加值']]],
      // items that each open on their own place
      ['余姚增长5%、慈溪增长6%。', [['5%', '余姚市', '地区生产总值'], ['6%', '慈溪市', '地区生产总值']]],
      ['在全国百强县中，巩义排第26位、新郑排第28位。', [['第26位', '巩义市', '综合实力'], ['第28位', '新郑市', '综合实力']]],
      // …but a place that qualifies what an item counts is no subject
      ['截至目前，余姚拥有国家级专精特新“小巨人”企业18家、宁波市科技型中小企业2007家。', [['18家', '余姚市', '国家级专精特新小巨人企业'], ['2007家', '余姚市', '宁波市科技型中小企业']]],
      // 其中 before the places; the list entered (进入全国百强县) is the ranks' field
      ['全部进入全国百强县，其中巩义、新郑分别居第26位、第29位。', [['第26位', '巩义市', '综合实力'], ['第29位', '新郑市', '综合实力']]],
      // the city written before its first district is no item
      ['杭州钱塘区、萧山区核心产业增加值分别增长12.7%、14.2%。', [['12.7%', '钱塘区', '核心产业增加值'], ['14.2%', '萧山区', '核心产业增加值']]],
      // bare zones of the text's city are places too
      ['高新区、经开区、新站高新区营业收入分别增长16.2%、11.8%、14.5%。', [['16.2%', '高新区', '营业收入'], ['11.8%', '经开区', '营业收入'], ['14.5%', '新站高新区', '营业收入']]],
      // a city's port is the city's, in a list too
      ['深圳港、广州港集装箱吞吐量分别为2516.8万标准箱和1909.4万标准箱。', [['2516.8万标准箱', '深圳市', '集装箱吞吐量'], ['1909.4万标准箱', '广州市', '集装箱吞吐量']]],
      // the places stand in the clause before the 分别
      ['运城、临汾紧随其后，分别新增5.1万人、4.6万人。', [['5.1万人', '运城市', '新增'], ['4.6万人', '临汾市', '新增']]],
    ];
    for (const [text, expected] of rows) {
      it(text, () => assert.deepEqual(claimsOf(text).map((c) => [c.text, c.region, c.indicator.name]), expected));
    }
  });

  describe('a figure with no words of its own continues the figure before it of the same measure: [sentence, [figure, region, indicator]…]', () => {
    const rows: [string, [string, string, string][]][] = [
      // a share in between (规模占全市比重, the share of that amount) does not become the next places' growth
      ['乐清市规上工业增加值增长10.2%，规模占全市比重为27.2%；龙湾区增长9.6%。', [
        ['10.2%', '乐清市', '规模以上工业增加值'], ['27.2%', '乐清市', '规模以上工业增加值占全市比重'], ['9.6%', '龙湾区', '规模以上工业增加值'],
      ]],
      // other places continue the place's headline indicator, not its sub-item
      ['东湖高新区规模以上工业增加值增长14.6%，光电子信息产业增加值增长17.2%；洪山区、江夏区分别增长10.2%和9.7%。', [
        ['14.6%', '东湖高新区', '规模以上工业增加值'], ['17.2%', '东湖高新区', '光电子信息产业增加值'],
        ['10.2%', '洪山区', '规模以上工业增加值'], ['9.7%', '江夏区', '规模以上工业增加值'],
      ]],
      ['分区域看，东部新区投资增长21.6%；郫都区、简阳市分别增长14.2%和10.9%。', [
        ['21.6%', '东部新区', '投资'], ['14.2%', '郫都区', '投资'], ['10.9%', '简阳市', '投资'],
      ]],
    ];
    for (const [text, expected] of rows) {
      it(text, () => assert.deepEqual(claimsOf(text).map((c) => [c.text, c.region, c.indicator.name]), expected));
    }
  });

  describe('A、B均…: one figure for each place listed: [sentence, figure, regions]', () => {
    const rows: [string, string, string[]][] = [
      ['南安、石狮均预期增长6%左右。', '6%', ['南安市', '石狮市']],
      ['余姚、慈溪都增长5.1%。', '5.1%', ['余姚市', '慈溪市']],
      // a 分别 list pairs up instead
      ['余姚、慈溪分别增长5.1%和6%。', '5.1%', ['余姚市']],
    ];
    for (const [text, figure, regions] of rows) {
      it(`${text} ${figure} → ${regions.join('、')}`, () => assert.deepEqual(claimsOf(text).filter((c) => c.text === figure).map((c) => c.region), regions));
    }
  });

  describe('分居: one rank per figure before it, same scope', () => {
    const text = '上半年，余姚规上工业企业研发费用41.8亿元，占营业收入比重达3.61%，分居宁波各县(市、区)第二、第一。';
    it('each rank takes the indicator and basis of its figure', () => {
      const ranks = claimsOf(text).filter((c) => c.measure === 'rank');
      assert.deepEqual(ranks.map((c) => [c.text, c.indicator.name, c.basis]), [
        ['第二', '规模以上工业企业研发费用', 'value'],
        ['第一', '规模以上工业企业研发费用占营业收入比重', 'share'],
      ]);
    });
    it('both ranks share the scope', () => {
      const ranks = claimsOf(text).filter((c) => c.measure === 'rank');
      assert.equal(ranks.length, 2);
      assert.ok(ranks[0].scope);
      assert.equal(ranks[1].scope, ranks[0].scope);
    });
  });

  it('增速分居全省第二、第三位 after the differences: every rank ranks the growth its words name', () => {
    const ranks = claimsOf('1-9月，宜宾、绵阳规上工业增加值分别增长10.3%、9.4%，分别高于全省4.5个、3.6个百分点，增速分居全省第二、第三位。').filter((c) => c.measure === 'rank');
    assert.deepEqual(ranks.map((c) => [c.text, c.region, c.indicator.name, c.basis]), [
      ['第二', '宜宾市', '规模以上工业增加值', 'growth'], ['第三位', '绵阳市', '规模以上工业增加值', 'growth'],
    ]);
  });

  it('经济总量、一般公共预算收入分居…第三、第四位: listed indicators, each with its rank', () => {
    const ranks = claimsOf('全市地区生产总值达到2.2万亿元、增长6%，经济总量、一般公共预算收入分居副省级城市第三、第四位。').filter((c) => c.measure === 'rank');
    assert.deepEqual(ranks.map((c) => [c.text, c.indicator.name, c.scope]), [
      ['第三', '地区生产总值', '副省级城市'], ['第四位', '一般公共预算收入', '副省级城市'],
    ]);
  });

  it('分列百强县第三、第四位: listed places, each with its rank in the list', () => {
    const ranks = claimsOf('张家港、常熟分列百强县第三、第四位。');
    assert.deepEqual(ranks.map((c) => [c.text, c.region, c.indicator.name, c.scope]), [
      ['第三', '张家港市', '综合实力', '百强县'], ['第四位', '常熟市', '综合实力', '百强县'],
    ]);
  });

  describe('places listed in the clause before the one that shares out the ranks: [sentence, places in rank order]', () => {
    const rows: [string, string[]][] = [
      ['规上工业方面，宜春、新余受锂电行业拖累，分列第十和第十一位。', ['宜春市', '新余市']],
      ['宜春、新余受锂电行业拖累，分居全省第十、第十一位。', ['宜春市', '新余市']],
      ['宜春、新余规上工业增加值增速分列第十和第十一位。', ['宜春市', '新余市']],
      // …or named by the clauses before, one each
      ['# 赣州\n\n龙南市参保人数增长9.8%，增幅居全市第1位；南康区增长7.4%，信丰县增长6.9%，分列第2位和第3位。', ['龙南市', '南康区', '信丰县']],
    ];
    for (const [text, places] of rows) it(`${text} → ${places.join('、')}`, () => assert.deepEqual(claimsOf(text).filter((c) => c.measure === 'rank').map((c) => c.region), places));
  });

  describe('均位居: one rank for every item of the list', () => {
    const text = '前两个月，余姚高新技术产业、战略性新兴产业增加值分别增长87.5%、103.7%，均位居宁波市第2位。';
    it('a rank claim per indicator, all at 第2位', () => {
      const ranks = claimsOf(text).filter((c) => c.measure === 'rank');
      assert.deepEqual(ranks.map((c) => [c.text, c.indicator.name, c.quantity.value]).sort(), [
        ['第2位', '战略性新兴产业增加值', 2], ['第2位', '高新技术产业增加值', 2],
      ]);
    });
  });

  describe('其中: the figure after it belongs to the sub-indicator', () => {
    it('规上工业增加值增长6.9%，其中战略性新兴产业增加值增长17.6%', () => {
      const got = summary('上半年，海曙规上工业增加值增长6.9%，其中战略性新兴产业增加值增长17.6%。');
      assert.deepEqual(got, [['6.9%', '规模以上工业增加值', 'growth'], ['17.6%', '战略性新兴产业增加值', 'growth']]);
    });
    it('财政总收入185.2亿元，其中一般公共预算收入114.2亿元', () => {
      const got = summary('财政总收入达到185.2亿元，其中一般公共预算收入114.2亿元。');
      assert.deepEqual(got, [['185.2亿元', '财政总收入', 'value'], ['114.2亿元', '一般公共预算收入', 'value']]);
    });
  });

  describe('由A提高到B: from and to', () => {
    const rows: [string, string, string][] = [
      ['规上工业增加值由269.2亿元增加到471.5亿元。', '269.2亿元', '471.5亿元'],
      ['城镇化率由65.1%提高到68.3%。', '65.1%', '68.3%'],
      ['外贸出口从422亿元增加到665.1亿元。', '422亿元', '665.1亿元'],
      ['杭州GDP增速由5.6%回落至4.7%。', '5.6%', '4.7%'],
      ['贷款增速由9.3%放缓至8.5%。', '9.3%', '8.5%'],
    ];
    it('a course\'s two ends are no list: 进出口 stays trade both ways', () => {
      assert.deepEqual(claimsOf('义乌进出口增速由15.8%提高到16.9%。').map((c) => c.indicator.name), ['进出口总额', '进出口总额']);
    });
    for (const [text, from, to] of rows) {
      it(text, () => {
        const cs = claimsOf(text);
        assert.deepEqual(cs.map((c) => [c.text, c.phase]), [[from, 'from'], [to, 'to']]);
        assert.equal(cs[0].indicator.name, cs[1].indicator.name);
      });
    }
  });

  describe('a measure word alone inherits the previous indicator', () => {
    const rows: [string, string, string][] = [
      ['实现地区生产总值1220.7亿元，增长5.1%。', '5.1%', '地区生产总值'],
      ['完成一般公共预算收入114.2亿元、增长6.5%。', '6.5%', '一般公共预算收入'],
      ['全年实现地区生产总值1220.7亿元，按可比价计算比上年增长5.1%。', '5.1%', '地区生产总值'],
    ];
    for (const [text, figure, indicator] of rows) {
      it(text, () => assert.equal(claimsOf(text).find((c) => c.text === figure)?.indicator.name, indicator));
    }
  });

  describe('figure before its indicator', () => {
    it('总投资28.2亿元的项目: the amount is 总投资', () => {
      const c = claimsOf('余姚总投资28.2亿元的华东总部基地项目正式开工。').find((x) => x.text === '28.2亿元');
      assert.equal(c?.indicator.name, '总投资');
    });
  });
  describe('a sentence whose first figure names nothing takes the paragraph’s last indicator', () => {
    const rows: [string, Row[]][] = [
      ['象山县地区生产总值增长7.2%。余姚市、慈溪市分别增长6.3%和6.2%。', [
        ['7.2%', '地区生产总值', 'growth'], ['6.3%', '地区生产总值', 'growth'], ['6.2%', '地区生产总值', 'growth'],
      ]],
      // not across paragraphs: there a place's bare growth is its economy's
      ['象山县规上工业增加值增长7.2%。\n\n余姚市增长6.3%。', [['7.2%', '规模以上工业增加值', 'growth'], ['6.3%', '地区生产总值', 'growth']]],
      ['象山县规上工业增加值增长7.2%。\n\n全年增长6.3%。', [['7.2%', '规模以上工业增加值', 'growth'], ['6.3%', '', 'growth']]],
      // …unless the paragraph opens by breaking the figures down by place
      ['全市规上工业增加值增长6.9%。\n\n分区来看，翔安区增长11.2%；集美区增长6.1%。', [['6.9%', '规模以上工业增加值', 'growth'], ['11.2%', '规模以上工业增加值', 'growth'], ['6.1%', '规模以上工业增加值', 'growth']]],
      ['全市固定资产投资增长3.2%。\n\n分县市区看，余姚市增长8.1%。', [['3.2%', '固定资产投资', 'growth'], ['8.1%', '固定资产投资', 'growth']]],
      // …or opens on places and their bare growth inside a section on the headline's amount
      ['## 一、工业：赣州领跑\n\n在规上工业增加值增速上，赣州市以9.3%领跑全省。\n\n吉安市增长8.8%。', [['9.3%', '规模以上工业增加值', 'growth'], ['8.8%', '规模以上工业增加值', 'growth']]],
      ['## 一、工业\n\n全市规上工业增加值增长6.9%。\n\n宜春、新余两市增速分别为5.4%和4.9%。', [['6.9%', '规模以上工业增加值', 'growth'], ['5.4%', '规模以上工业增加值', 'growth'], ['4.9%', '规模以上工业增加值', 'growth']]],
      // (not a section on a rate: a place's bare growth is no growth of a share)
      ['## 二、生态\n\n全市森林覆盖率为62.1%。\n\n吉安市增长8.8%。', [['62.1%', '森林覆盖率', 'share'], ['8.8%', '地区生产总值', 'growth']]],
    ];
    for (const [text, want] of rows) it(text.replace(/\n/g, '⏎'), () => assert.deepEqual(summary(text), want));
  });
});
