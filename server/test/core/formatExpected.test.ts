import assert from 'node:assert/strict';
import { formatExpected } from '../../src/core/match/formatExpected';
import { claimAt } from './helpers';

describe('formatExpected: the source figure in the draft’s notation', () => {
  // [draft sentence, draft figure, source sentence, source figure, expected text]
  const rows: [string, string, string, string, string][] = [
    // digits as the draft wrote them
    ['有效投资增长16.2%。', '16.2%', '有效投资增长15.2%。', '15.2%', '15.2%'],
    ['有效投资增长１６．２％。', '１６．２％', '有效投资增长15.2%。', '15.2%', '１５．２％'],
    ['有效投资增长百分之十六点二。', '百分之十六点二', '有效投资增长15.2%。', '15.2%', '百分之十五点二'],
    ['高于平均5.8个百分点。', '5.8个百分点', '高于平均4.8个百分点。', '4.8个百分点', '4.8个百分点'],
    ['研发费用占营业收入比重3.16%。', '3.16%', '研发费用占营业收入比重达3.61%。', '3.61%', '3.61%'],
    // the source's precision, the draft's scale
    ['地区生产总值1227.0亿元。', '1227.0亿元', '地区生产总值1220.7亿元。', '1220.7亿元', '1220.7亿元'],
    ['实际利用外资0.3亿美元。', '0.3亿美元', '实际利用外资2150万美元。', '2150万美元', '0.215亿美元'],
    ['实际利用外资3000万美元。', '3000万美元', '实际利用外资1.6亿美元。', '1.6亿美元', '16000万美元'],
    ['地区生产总值1,234亿元。', '1,234亿元', '地区生产总值12408.7亿元。', '12408.7亿元', '12,408.7亿元'],
    ['高新技术企业2070家。', '2070家', '高新技术企业2007家。', '2007家', '2007家'],
    // a decline written with a word keeps the word: the figure is the magnitude
    ['房地产开发投资下降1.7%。', '1.7%', '房地产开发投资下降0.7%。', '0.7%', '0.7%'],
    // ranks: 第二 stays Chinese, 第2位 stays Arabic, 首位 becomes 第N位
    ['增速居宁波各县(市、区)第三。', '第三', '增速居宁波各县(市、区)第二。', '第二', '第二'],
    ['增速居宁波各县(市、区)第三位。', '第三位', '增速居宁波各县(市、区)第2位。', '第2位', '第二位'],
    ['增速居宁波各县(市、区)第3位。', '第3位', '增速居宁波各县(市、区)第二。', '第二', '第2位'],
    ['增速居宁波各县(市、区)首位。', '首位', '增速居宁波各县(市、区)第二。', '第二', '第二位'],
    ['增速居宁波各县(市、区)第二。', '第二', '增速居宁波各县(市、区)首位。', '首位', '第一'],
    ['营商环境百强县挺进前十。', '前十', '营商环境百强县挺进前5。', '前5', '前五'],
    // tenths stay tenths
    ['税收收入占比为六成。', '六成', '税收收入占比为72.3%。', '72.3%', '七成'],
    ['税收收入占比为两成。', '两成', '税收收入占比为72.3%。', '72.3%', '七成'],
    ['税收收入占比为三成。', '三成', '税收收入占比为21.6%。', '21.6%', '两成'],
    // the second of 第一、二位 is written without its 第, and stays so
    ['余姚、慈溪分居第一、三位。', '三位', '余姚、慈溪分居第一、第二位。', '第二位', '二位'],
    // a bare number under a header's unit stays bare
    ['| 地区 | 一般公共预算收入（亿元） |\n| --- | --- |\n| 余姚 | 124.2 |', '124.2', '余姚一般公共预算收入114.2亿元。', '114.2亿元', '114.2'],
  ];
  for (const [draft, figure, source, sourceFigure, expected] of rows) {
    it(`${figure} ← ${sourceFigure} ⇒ ${expected}`, () => {
      assert.equal(formatExpected(claimAt(draft, figure), claimAt(source, sourceFigure)), expected);
    });
  }
});
