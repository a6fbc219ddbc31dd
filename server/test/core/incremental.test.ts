// Re-analysing a draft with the previous version's analysis must give exactly what a fresh analysis
// gives, while reusing the paragraphs that did not change.
import assert from 'node:assert/strict';
import { analyzeDraft, createLexicon, type DraftAnalysis } from '../../src/core';

const lexicon = createLexicon();

const V1 = [
  '# 余姚市今年经济运行简析',
  '',
  '## 一、投资',
  '',
  '今年1-7月，余姚有效投资同比增长15.2%，高于宁波市平均4.8个百分点，增速居宁波各县（市、区）首位。',
  '',
  '## 二、创新',
  '',
  '上半年，余姚规上工业企业研发费用41.8亿元，占营业收入比重达3.61%，分居宁波各县（市、区）第二、第一。',
  '',
  '泗门镇聚力招商。目前，全镇拥有国家级高新技术企业32家。',
].join('\n');

function plain(a: DraftAnalysis) {
  return {
    claims: a.claims.map((c) => ({ ...c })),
    tokens: a.tokens,
  };
}

describe('incremental analysis: [edit, paragraphs reused]', () => {
  const edits: [string, (t: string) => string, number][] = [
    ['a figure changed in one paragraph', (t) => t.replace('41.8亿元', '48.1亿元'), 5],
    ['a paragraph inserted: every old paragraph is reused, shifted', (t) => t.replace('## 二、创新', '说明：数据为初步统计。\n\n## 二、创新'), 6],
    // (a period the section's first paragraph opens on is the section's: the paragraph it moved down is read again)
    ['a paragraph inserted under a heading: all but the one that opened the section are reused', (t) => t.replace('## 一、投资', '## 一、投资\n\n说明：数据为初步统计。'), 5],
    ['a heading changed: it and the paragraphs under it are redone', (t) => t.replace('## 二、创新', '## 二、2020年创新'), 3],
    ['a town named in the paragraph removed', (t) => t.replace('泗门镇聚力招商。', ''), 5],
    ['nothing changed', (t) => t, 6],
  ];
  for (const [name, edit, reused] of edits) {
    it(name, () => {
      const first = analyzeDraft(V1, { lexicon });
      const text = edit(V1);
      const fresh = analyzeDraft(text, { lexicon });
      const again = analyzeDraft(text, { lexicon }, first);
      assert.deepEqual(plain(again), plain(fresh));
      let hits = 0;
      for (const key of again.cache.entries.keys()) if (first.cache.entries.has(key)) hits++;
      assert.equal(hits, reused);
    });
  }
});

describe('incremental analysis: a paragraph that carries on the one before (分区来看)', () => {
  const V2 = ['## 一、工业', '', '规上工业增加值增长10.6%。', '', '新能源汽车产量增长86.8%。', '', '分县区看，长丰县增长28.4%。'].join('\n');
  const edits: [string, (t: string) => string][] = [
    ['the section’s first indicator changed', (t) => t.replace('规上工业增加值', '工业投资')],
    ['the paragraph before it changed', (t) => t.replace('新能源汽车产量', '工业机器人产量')],
  ];
  for (const [name, edit] of edits) {
    it(`${name}: the same claims as a fresh analysis`, () => {
      const first = analyzeDraft(V2, { lexicon });
      const text = edit(V2);
      assert.deepEqual(plain(analyzeDraft(text, { lexicon }, first)), plain(analyzeDraft(text, { lexicon })));
    });
  }
  it('the breakdown is of the section’s headline indicator', () => {
    const c = analyzeDraft(V2, { lexicon }).claims.find((x) => x.text === '28.4%');
    assert.equal(c?.indicator.name, '规模以上工业增加值');
  });
});

describe('incremental analysis: a heading that names a city reads its parts by their short names', () => {
  const V3 = ['# 广东县域观察', '', '## 惠州：县域经济', '', '一季度，博罗GDP增长4.9%。', '', '惠东GDP增长3.1%。'].join('\n');
  it('a paragraph reused after the heading still reads 惠东 as 惠东县', () => {
    const first = analyzeDraft(V3, { lexicon });
    const text = V3.replace('4.9%', '5.9%');
    const again = analyzeDraft(text, { lexicon }, first);
    assert.deepEqual(plain(again), plain(analyzeDraft(text, { lexicon })));
    assert.equal(again.claims.find((c) => c.text === '3.1%')?.region, '惠东县');
  });
});

describe('incremental analysis: a verb written alone takes its name from an earlier paragraph', () => {
  const V4 = ['# 江西就业', '', '上半年，全省城镇新增就业22.1万人。', '', '## 分地区', '', '赣州新增4.12万人。'].join('\n');
  it('the earlier paragraph renamed: the later one is read again under the new name', () => {
    const first = analyzeDraft(V4, { lexicon });
    assert.equal(first.claims.find((c) => c.text === '4.12万人')?.indicator.name, '城镇新增就业');
    const text = V4.replace('城镇新增就业', '新增农村劳动力转移就业');
    const again = analyzeDraft(text, { lexicon }, first);
    assert.deepEqual(plain(again), plain(analyzeDraft(text, { lexicon })));
    assert.equal(again.claims.find((c) => c.text === '4.12万人')?.indicator.name, '新增农村劳动力转移就业');
  });
});
