import assert from 'node:assert/strict';
import { LineMap } from '../../src/core';
import { indexOf } from './helpers';

describe('provenance of a fact', () => {
  const text = '余姚：项目攻坚跑出投资“加速度”（通讯）\n2022年8月20日 宁波日报\n\n今年１－７月，余姚有效投资同比增长１５．２％。\n𠮷余姚高新技术企业388家。';
  const index = indexOf({ path: 'news/yuyao.txt', text });
  const byText = (t: string) => {
    const f = index.facts.find((x) => x.text === t);
    assert.ok(f, `no fact ${t}: ${index.facts.map((x) => x.text).join(' | ')}`);
    return f;
  };

  it('path as given, 0-based line and UTF-16 character of the figure', () => {
    for (const t of ['１５．２％', '388家']) {
      const f = byText(t);
      const lines = new LineMap(text);
      const start = lines.offsetAt({ line: f.source.line, character: f.source.character });
      const end = lines.offsetAt({ line: f.source.endLine, character: f.source.endCharacter });
      assert.equal(f.source.path, 'news/yuyao.txt');
      assert.equal(text.slice(start, end), t);
    }
  });
  it('the excerpt is the sentence as written (full-width kept) and excerptSpan marks the figure', () => {
    const f = byText('１５．２％');
    assert.equal(f.source.excerpt, '今年１－７月，余姚有效投资同比增长１５．２％。');
    assert.equal(f.source.excerpt.slice(f.source.excerptSpan.start, f.source.excerptSpan.end), '１５．２％');
  });
  it('the title is the first line as written, full-width punctuation kept', () => {
    assert.equal(byText('388家').source.title, '余姚：项目攻坚跑出投资“加速度”（通讯）');
  });
  it('the date comes from the dateline', () => assert.equal(byText('388家').source.date, '2022-08-20'));
  describe('an issuing office on the first line is kept before the title after it, whose year the figures are of', () => {
    const rows: [string, string, string | undefined][] = [
      ['泉州市发展和改革委员会\n2024年全市电力运行情况分析\n\n一、用电量\n\n全市全社会用电量586.42亿千瓦时。', '泉州市发展和改革委员会 2024年全市电力运行情况分析', '2024'],
      ['常州恒远新能源股份有限公司\n2023年年度报告摘要\n\n## 经营情况\n\n公司实现营业收入612.83亿元。', '常州恒远新能源股份有限公司 2023年年度报告摘要', '2023'],
      // an office alone over the body, or over its date, is the title
      ['宁波市统计局\n2024年3月5日\n\n全市规上工业增加值增长6.2%。', '宁波市统计局', undefined],
      [`宁波市统计局\n\n${'全市经济运行总体平稳，'.repeat(10)}规上工业增加值增长6.2%。`, '宁波市统计局', undefined],
    ];
    for (const [text, title, year] of rows) {
      it(`${title} → ${year ?? '(no year)'}`, () => {
        const f = indexOf(text).facts[0];
        assert.ok(f);
        assert.equal(f.source.title, title);
        assert.equal(f.period?.year, year);
      });
    }
  });
  describe('an office under a title that names no place gives its place; a month in brackets dates the text: [text, figure, region, date]', () => {
    const rows: [string, string, string | undefined, string | undefined][] = [
      // the lead's 临沂市 and 青岛市, peers the total is ranked among, do not undo the office's place
      ['2023年全市市场主体发展情况分析\n\n潍坊市市场监督管理局\n（2024年1月）\n\n截至2023年12月底，全市实有市场主体152.36万户，总量居全省第3位，仅次于临沂市和青岛市。', '152.36万户', '潍坊市', '2024-01-01'],
      ['2023年全市市场主体发展情况分析\n\n潍坊市市场监督管理局\n\n全市实有市场主体152.36万户，总量居全省第3位，仅次于临沂市和青岛市。', '152.36万户', '潍坊市', undefined],
      // an office of no place names none
      ['2024年前三季度居民消费价格运行分析\n\n国家统计局调查队\n\n全市居民消费价格同比上涨0.4%。', '0.4%', undefined, undefined],
    ];
    for (const [text, figure, region, date] of rows) {
      it(`${text.split('\n')[2]} ${figure} → ${region ?? '(no place)'}, ${date ?? '(no date)'}`, () => {
        const f = indexOf(text).facts.find((x) => x.text === figure);
        assert.ok(f);
        assert.equal(f.region, region);
        assert.equal(f.source.date, date);
      });
    }
  });
  it('a long sentence is cut to an excerpt that still holds the figure', () => {
    const long = `余姚经济运行报告\n\n${'全市上下凝心聚力、攻坚克难，'.repeat(20)}余姚有效投资同比增长15.2%，${'各项工作扎实推进，'.repeat(20)}。`;
    const f = indexOf(long).facts.find((x) => x.text === '15.2%');
    assert.ok(f);
    assert.ok(f.source.excerpt.length <= 200, String(f.source.excerpt.length));
    assert.equal(f.source.excerpt.slice(f.source.excerptSpan.start, f.source.excerptSpan.end), '15.2%');
  });
});
