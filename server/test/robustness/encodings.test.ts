// Issue 6, encodings, end to end through the CLI: sources in UTF-8, UTF-8 with BOM, UTF-16 LE/BE with
// BOM, GBK and GB18030 are all indexed (each figure verified against its own file); undecodable bytes
// give one warning naming the file, and the rest of that file is still indexed. Drafts are decoded the
// same way, with positions in UTF-16 units of the decoded text.
import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { buildOnce, hedui, offsetAt, project, utf16be, type JsonReport, type Project } from './helpers';

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

/** One fact per encoding, each about another region so each draft figure has exactly one source. */
const SOURCES: { file: string; region: string; value: string; encode: (s: string) => Buffer }[] = [
  { file: 'utf8.txt', region: '余姚', value: '1220.7', encode: (s) => Buffer.from(s, 'utf8') },
  { file: 'utf8-bom.txt', region: '慈溪', value: '2008.3', encode: (s) => Buffer.concat([BOM8, Buffer.from(s, 'utf8')]) },
  { file: 'utf16le.txt', region: '宁海县', value: '811.2', encode: (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]) },
  { file: 'utf16be.txt', region: '象山县', value: '632.5', encode: (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)]) },
  { file: 'gbk.txt', region: '北仑区', value: '2232.4', encode: (s) => iconv.encode(s, 'gbk') },
  { file: 'gb18030.txt', region: '镇海区', value: '1003.6', encode: (s) => iconv.encode(`𠮷${s}`, 'gb18030') },
  { file: 'utf8.html', region: '鄞州区', value: '2474.1', encode: (s) => Buffer.from(`<html><head><meta charset="utf-8"><title>鄞州</title></head><body><p>${s}</p></body></html>`) },
  { file: 'gbk.html', region: '奉化区', value: '580.9', encode: (s) => iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${s}</p></body></html>`, 'gbk') },
];

const sentence = (region: string, value: string) => `2020年，${region}地区生产总值达到${value}亿元。`;

describe('robustness: encodings end to end (CLI)', function () {
  this.timeout(60000);
  let p: Project;
  before(() => {
    buildOnce();
    p = project();
    for (const s of SOURCES) p.write(`sources/${s.file}`, s.encode(`${sentence(s.region, s.value)}\n`));
    // GBK text with two undecodable bytes on line 2, and a fact after them on line 3.
    p.write('sources/broken.txt', Buffer.concat([
      iconv.encode('第一行没有数字。\n第二行', 'gbk'), Buffer.from([0x81, 0x20, 0xff]),
      iconv.encode('\n2020年，海曙区地区生产总值达到1282.6亿元。\n', 'gbk'),
    ]));
    const draft = [...SOURCES.map((s) => sentence(s.region, s.value)), sentence('海曙区', '1282.6'), sentence('余姚', '1221.7')].join('\n') + '\n';
    p.write('draft.md', draft);
  });
  after(() => p.remove());

  it('verifies a figure from every encoding against its own file; warns once about the undecodable file and keeps its other lines', () => {
    const r = hedui(['check', '--format', 'json', '--reference', 'sources', 'draft.md'], p.dir);
    assert.equal(r.code, 1, r.stderr); // 1221.7 is wrong on purpose
    const report = JSON.parse(r.stdout) as JsonReport;
    const claims = report.files[0].claims;
    for (const s of [...SOURCES.map((x) => ({ file: x.file, value: x.value })), { file: 'broken.txt', value: '1282.6' }]) {
      const claim = claims.find((c) => c.text === `${s.value}亿元`);
      assert.ok(claim, `${s.value} found in the draft`);
      assert.equal(claim.status, 'verified', `${s.file}: ${claim.status}`);
      assert.ok(claim.sources[0].path.endsWith(s.file), `${s.value} from ${claim.sources[0].path}`);
    }
    const wrong = report.files[0].diagnostics.find((d) => d.actual === '1221.7亿元');
    assert.equal(wrong?.expected, '1220.7亿元');
    const encodingLines = r.stderr.split('\n').filter((l) => l.includes('解码'));
    assert.equal(encodingLines.length, 1, r.stderr);
    assert.match(encodingLines[0], /^hedui: warning: sources[/\\]broken\.txt 第 2 行起：\d+ 处字节无法按 \S+ 解码/);
    assert.ok(!r.stderr.includes('utf16') && !r.stderr.includes('gbk.txt'), `no other file is reported: ${r.stderr}`);
  });

  it('facts: nothing is indexed as mojibake (every fact names a region in Chinese, no U+FFFD)', () => {
    const r = hedui(['facts', '--format', 'json', 'sources'], p.dir);
    assert.equal(r.code, 0, r.stderr);
    const facts = (JSON.parse(r.stdout) as { facts: { text: string; region?: string; source: { excerpt: string } }[] }).facts;
    assert.equal(facts.length, SOURCES.length + 1);
    for (const f of facts) {
      assert.ok(!f.source.excerpt.includes('\uFFFD'), f.source.excerpt);
      assert.match(f.region ?? '', /^[\u4e00-\u9fff]+$/);
    }
  });

  for (const draftEncoding of ['gbk', 'gb18030', 'utf-16le'] as const) {
    it(`reads a ${draftEncoding} draft; ranges are UTF-16 positions in the decoded text`, () => {
      const text = `# 草稿${draftEncoding === 'gbk' ? '' : '𪚥𠮷'}\n${draftEncoding === 'gbk' ? '' : '😀👨‍👩‍👧'}${sentence('余姚', '1221.7')}\n`;
      const bytes = draftEncoding === 'utf-16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) : iconv.encode(text, draftEncoding);
      p.write(`draft-${draftEncoding}.md`, bytes);
      const r = hedui(['check', '--format', 'json', '--reference', 'sources', `draft-${draftEncoding}.md`], p.dir);
      assert.equal(r.code, 1, r.stderr);
      const d = (JSON.parse(r.stdout) as JsonReport).files[0].diagnostics[0];
      assert.equal(d.actual, '1221.7亿元');
      const start = offsetAt(text, d.range.start);
      assert.equal(text.slice(start, offsetAt(text, d.range.end)), '1221.7亿元');
      assert.ok(!r.stderr.includes('draft-'), r.stderr);
    });
  }

  it('a draft that is not text is skipped with a note naming it; the other drafts are still checked', () => {
    p.write('drafts/ok.md', `${sentence('余姚', '1220.7')}\n`);
    p.write('drafts/image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const r = hedui(['check', '--reference', 'sources', 'drafts'], p.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /drafts[/\\]image\.md：不是文本文件，已跳过/);
    assert.match(r.stdout, /1 个文件，1 个数字：1 个已核对/);
  });
});
