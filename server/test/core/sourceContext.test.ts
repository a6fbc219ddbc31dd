// How a source's structure decides what its figures mean: lists that end, headings that carry a year
// or a plan, glosses in brackets, counts written before their noun, places named in chains.
// Texts are written for these tests from real figures; one row per case: [name, source, draft, figure,
// status, expected (mismatch only)].
import assert from 'node:assert/strict';
import { check, claimAt, indexOf, verdictOf } from './helpers';

type Row = [string, string, string, string, 'verified' | 'mismatch' | 'unverified', string?];

const rows: Row[] = [
  [
    'a 分别 list does not name the figures of a later list',
    '2020年，宁波城乡居民人均可支配收入分别达到68008元和39132元；宁波舟山港货物吞吐量11.7亿吨、集装箱吞吐量2872万标箱，分别增长4.7%和4.3%。',
    '2020年，宁波舟山港货物吞吐量11.7亿吨，集装箱吞吐量增长4.3%。',
    '11.7亿吨', 'verified',
  ],
  [
    'the figure after a list in the next clause takes the list in order',
    '2020年，宁波舟山港货物吞吐量11.7亿吨、集装箱吞吐量2872万标箱，分别增长4.7%和4.3%。',
    '2020年，宁波舟山港集装箱吞吐量增长3.4%。',
    '3.4%', 'mismatch', '4.3%',
  ],
  [
    'a year from the section heading is firm: another year is not contradicted',
    '一、2020年工作回顾\n全市地区生产总值达到12408.7亿元，比上年增长3.3%。',
    '2021年，宁波地区生产总值达到14594.9亿元。',
    '14594.9亿元', 'unverified',
  ],
  [
    'figures under a heading of plans are targets',
    '三、2021年主要工作安排\n加快建设国际消费中心城市，社会消费品零售总额增长8%以上。',
    '2021年宁波的预期目标：社会消费品零售总额增长8%以上。',
    '8%', 'verified',
  ],
  [
    'a bracketed gloss is not part of the indicator',
    '2021年，宁波地区生产总值（GDP）达到14594.9亿元，同比增长8.2%。',
    '2021年，宁波地区生产总值为14594.9亿元。',
    '14594.9亿元', 'verified',
  ],
  [
    'a count written before its noun is compared by that noun',
    '海曙工业互联网研究院落户不到一年，成功孵化3家高科技公司。',
    '海曙工业互联网研究院成功孵化5家高科技公司。',
    '5家', 'mismatch', '3家',
  ],
  [
    'the noun a count is written before ends at the verb after it, whichever verb the draft uses',
    '余姚推进产业技术研究院建设，全市8家研究院集聚各类人才300多名，引进孵化创业项目23个。',
    '余姚全市8家研究院引进孵化创业项目32个。',
    '8家', 'verified',
  ],
  [
    'a change is compared with the change, never with the level',
    '年末全市常住人口为954.4万人，比上年末增加12.4万人。',
    '年末全市常住人口954.4万人，比上年末增加14.2万人。',
    '14.2万人', 'mismatch', '12.4万人',
  ],
  [
    'a verb between subject and measure (第一产业实现增加值) names the same indicator',
    '其中，第一产业实现增加值359.6亿元，增长2.4%。',
    '第一产业增加值395.6亿元，增长2.4%。',
    '395.6亿元', 'mismatch', '359.6亿元',
  ],
  [
    '该镇 is the town of its section, not one named in an earlier section',
    '庄市街道聚焦科创\n今年上半年，庄市街道实到外资1.2亿元。\n泗门镇招商引资\n今年上半年，泗门镇规模以上工业总产值100.7亿元。该镇工业投资2.68亿元。',
    '今年上半年，泗门镇工业投资2.86亿元。',
    '2.86亿元', 'mismatch', '2.68亿元',
  ],
  [
    '已, 累计 and 共 before a verb do not change the indicator',
    '目前，余姚人才库已拥有各类专家29770名；截至今年2月底，“道德银行”发放道德信用贷款3.36万户。',
    '余姚人才库拥有各类专家29770名，“道德银行”共发放道德信用贷款3.36万户。',
    '3.36万户', 'verified',
  ],
  [
    '自…以来 starts a span; it does not date the figures after it',
    '截至今年2月底，“道德银行”发放道德信用贷款3.36万户。',
    '“科技超市”自去年7月底开业以来发布技术需求84项。截至2月底，“道德银行”发放道德信用贷款3.36万户。',
    '3.36万户', 'verified',
  ],
];

describe('source context: [case, source, draft, figure, status, expected]', () => {
  for (const [name, source, draft, figure, status, expected] of rows) {
    it(name, () => {
      const v = verdictOf(check(draft, indexOf(source)), figure);
      assert.equal(v.status, status, `evidence: ${v.evidence.map((f) => `${f.text} ${f.indicator.name} ${f.region} ${f.period?.year}`).join(' | ')}`);
      if (expected) assert.equal(v.expected, expected);
    });
  }
});

describe('places and indicators: [sentence, figure, region, indicator]', () => {
  const rows2: [string, string, string, string][] = [
    ['2020年，宁波全市地区生产总值达到12408.7亿元。', '12408.7亿元', '宁波市', '地区生产总值'],
    ['今年1至8月，镇海区庄市街道实际利用外资2150万美元。', '2150万美元', '庄市街道', '实际利用外资'],
    ['奉化区尚田街道2021年村级集体经济总收入3008万元。', '3008万元', '尚田街道', '村级集体经济总收入'],
    ['上半年，余姚规上高新技术产业增加值203.5亿元，占规上工业增加值的71.4%。', '71.4%', '余姚市', '规模以上高新技术产业增加值占规模以上工业增加值比重'],
    ['上半年，余姚研发费用41.8亿元，占营业收入比重3.61%，两项指标分别位列宁波各县（市、区）第二、第一。', '第一', '余姚市', '研发费用占营业收入比重'],
    ['义乌城镇、农村常住居民人均可支配收入分别增长5.2%和6.9%，两项收入水平均列全省县（市、区）首位。', '首位', '义乌市', '城镇居民人均可支配收入'],
    // 以668.5亿元排名第二: what comes after the amount is its rank, not what it counts
    ['乐清市地区生产总值总量位居全市第一，瑞安市以668.5亿元排名第二。', '668.5亿元', '瑞安市', '地区生产总值'],
    ['乐清市地区生产总值总量位居全市第一，瑞安市以668.5亿元排名第二；龙港市增长8.1%。', '8.1%', '龙港市', '地区生产总值'],
  ];
  for (const [sentence, figure, region, indicator] of rows2) {
    it(`${figure} in “${sentence}”`, () => {
      const c = claimAt(sentence, figure);
      assert.equal(c.region, region);
      assert.equal(c.indicator.name, indicator);
    });
  }
});

describe('provenance title', () => {
  it('a photo caption or a whole article on one line is not the title', () => {
    const long = '去年以来，余姚全市上下克服风险挑战，' + '真抓实干、凝心聚力，'.repeat(12) + '今年前两个月，余姚工业用电量11.8亿千瓦时，增长117.4%。';
    const index = indexOf({ path: 'yuyao.txt', text: `|\n余姚城市新貌 (吴大庆 摄) |\n${long}` });
    const fact = index.facts.find((f) => f.text === '117.4%');
    assert.ok(fact, 'the figure is indexed');
    assert.equal(fact.source.title, undefined);
  });
});
