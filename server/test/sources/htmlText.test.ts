import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { htmlToText } from '../../src/sources/htmlText';
import { sniffHtmlCharset } from '../../src/sources/htmlCharset';
import { sourceFromBytes } from '../../src/sources/readSourceFile';

const FIXTURE = join(__dirname, '../../../test-fixtures/inputs/yuyao-report.html');

/** The text at a position of the original file. */
function at(source: string, pos: { line: number; character: number }, length: number): string {
  return source.split(/\r?\n/)[pos.line].slice(pos.character, pos.character + length);
}

describe('htmlToText', () => {
  const html = readFileSync(FIXTURE, 'utf8');
  const result = htmlToText(html);

  it('puts the title first', () => {
    assert.equal(result.title, '余姚前两个月工业经济简报');
    assert.equal(result.text.split('\n')[0], '余姚前两个月工业经济简报');
  });

  for (const dropped of ['99.9%', '88.8亿元', '首页', '栏目：经济', '请开启脚本', '版权所有']) {
    it(`drops script/style/nav/header/footer/noscript content: ${dropped}`, () => {
      assert.ok(!result.text.includes(dropped), result.text);
    });
  }

  it('keeps the article text, with a line per block and no space from wrapping between Chinese characters', () => {
    const lines = result.text.split('\n');
    assert.ok(lines.includes('今年前两个月，余姚规上工业增加值达到80.3亿元，同比增长74.7%，在宁波市排第2位。'), result.text);
    assert.ok(lines.includes('同期全市工业用电量为11.8亿千瓦时，比去年同期增长117.4%。'));
    assert.ok(lines.includes('高新技术产业增加值\t87.5%'), 'table cells separated by tabs, rows by lines');
  });

  it('maps text offsets back to line and character in the HTML file', () => {
    for (const figure of ['74.7%', '80.3亿元', '117.4%', '87.5%']) {
      const offset = result.text.indexOf(figure);
      assert.equal(at(html, result.position(offset), figure.length), figure);
    }
    const titlePos = result.position(0);
    assert.equal(at(html, titlePos, 2), '余姚');
  });

  it('decodes entities and maps them to their place', () => {
    const r = htmlToText('<p>增长&nbsp;5.1&#37;，&lt;高于&gt;平均</p>');
    assert.equal(r.text, '增长 5.1%，<高于>平均');
    assert.equal(r.position(r.text.indexOf('%')).character, '<p>增长&nbsp;5.1'.length);
  });

  it('keeps body text when </head> and <body> are left out, and drops hidden elements', () => {
    const r = htmlToText('<head><meta charset=gbk><title>简报</title><p>增长5.1%</p><div style="display: none">隐藏的9.9%</div><p hidden>另一个</p>');
    assert.equal(r.text, '简报\n增长5.1%');
  });

  it('never runs scripts or event handlers (they are only text to skip)', () => {
    const r = htmlToText('<img src=x onerror="globalThis.ran=1"><p>增长5.1%</p><script>globalThis.ran=2</script>');
    assert.equal((globalThis as { ran?: number }).ran, undefined);
    assert.equal(r.text, '增长5.1%');
  });
});

describe('HTML charset', () => {
  const page = (meta: string): string =>
    `<html><head>${meta}<title>余姚经济</title></head><body><p>2020年地区生产总值1220.7亿元。</p></body></html>`;

  it('sniffs <meta charset> and http-equiv declarations', () => {
    assert.equal(sniffHtmlCharset(Buffer.from(page('<meta charset="gbk">'))), 'gbk');
    assert.equal(sniffHtmlCharset(Buffer.from(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))), 'gb2312');
    assert.equal(sniffHtmlCharset(Buffer.from(page('<!-- <meta charset="big5"> -->'))), undefined);
  });

  it('reads a GBK page declared by meta charset', () => {
    const bytes = iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk');
    const outcome = sourceFromBytes(bytes, 'news/yuyao.html', 'html');
    assert.deepEqual(outcome.problems, []);
    assert.equal(outcome.document?.text, '余姚经济\n2020年地区生产总值1220.7亿元。');
  });
});
