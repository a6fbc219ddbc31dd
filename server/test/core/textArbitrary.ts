// Random report-like text for property tests and the fuzz script: fragments of Chinese report
// sentences, figures in every notation, punctuation, astral characters and line breaks.
import fc from 'fast-check';

export const FRAGMENTS: string[] = [
  '余姚', '宁波市', '海曙区', '全市', '该镇', '今年', '去年', '2020年', '1-7月', '1至7月', '前7个月', '上半年', '前三季度', '十三五', '五年来',
  '地区生产总值', '有效投资', '一般公共预算收入', '规上工业增加值', '研发费用', '占营业收入比重', '覆盖率', '高新技术企业',
  '增长', '同比增长', '下降', '增速', '年均增长', '达到', '实现', '完成', '为', '约', '近', '超过', '突破', '左右', '以上', '余', '多',
  '居', '位居', '位列', '分居', '均位居', '分别', '其中', '由', '提高到', '从', '增加到', '高于', '低于', '平均', '力争', '目标', '到2025年',
  '宁波各县(市、区)', '宁波各区县(市)', '全省', '首位', '第二', '第2位', '前5', '前三', '居首', '榜首', '第11次', '一年来', 'PM2.5',
  '1220.7', '15.2', '4.8', '3.61', '1,234', '２０７', '１５．２', '十五点二', '一千二百二十点七', '两万', '二〇二一', '百分之', '万', '亿',
  '亿元', '万元', '万美元', '万人', '家', '个', '平方米', '亩', '%', '％', '个百分点', '元', '位', '名',
  '，', '。', '；', '、', '：', '（', '）', '(', ')', '“', '”', ' ', '\u3000', '\n', '\r\n', '\n\n', '# ', '## ', '- ', '---',
  '𠮷', '😀', '👍🏽', '\u200b', '\ufeff', '<!-- hedui-disable-next-line -->', '<!-- hedui-disable -->', '<!-- hedui-enable -->',
  '0', '1', '9', '.', '-', '—', '~', 'a', 'G', '第', '前', '点', '零', '〇',
];

/** A text of `maxFragments` fragments at most, some of them random characters. `size: 'max'` so
 * lengths spread up to maxFragments (fast-check's default size keeps arrays to about ten items). */
export function reportText(maxFragments = 60): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
    { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => String(Math.round(n * 100) / 100)) },
  );
  return fc.array(fragment, { maxLength: maxFragments, size: 'max' }).map((parts) => parts.join(''));
}

/** A Chinese numeral-looking string. */
export function chineseNumeralText(): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿点'), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
}
