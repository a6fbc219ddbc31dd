import assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { decodeText } from '../../src/sources/decodeText';

const SENTENCE = '余姚2020年实现地区生产总值1220.7亿元，增长5.1%。\n有效投资增长15.2%。';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('decodeText', () => {
  const cases: { name: string; bytes: Buffer; encoding: string }[] = [
    { name: 'UTF-8', bytes: Buffer.from(SENTENCE, 'utf8'), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]), encoding: 'utf-8' },
    { name: 'UTF-16 LE with BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]), encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)]), encoding: 'utf-16be' },
    { name: 'UTF-16 LE without BOM', bytes: Buffer.from(SENTENCE, 'utf16le'), encoding: 'utf-16le' },
    { name: 'GBK', bytes: iconv.encode(SENTENCE, 'gbk'), encoding: 'gb18030' },
    { name: 'GB18030 (four-byte characters)', bytes: iconv.encode(`${SENTENCE}𠮷`, 'gb18030'), encoding: 'gb18030' },
  ];
  for (const c of cases) {
    it(`reads ${c.name}`, () => {
      const r = decodeText(c.bytes, 'a.txt');
      assert.equal(r.kind, 'text');
      if (r.kind !== 'text') return;
      const expected = c.name.includes('GB18030') ? `${SENTENCE}𠮷` : SENTENCE;
      assert.equal(r.text, expected, 'text decoded exactly, BOM removed');
      assert.equal(r.encoding, c.encoding);
      assert.deepEqual(r.problems, []);
    });
  }

  it('keeps undecodable text best effort and reports the file and the first bad line', () => {
    const bytes = Buffer.concat([iconv.encode('第一行增长5.1%\n第二行', 'gbk'), Buffer.from([0x81, 0x20]), iconv.encode('1220.7亿元', 'gbk')]);
    const r = decodeText(bytes, 'sources/broken.txt');
    assert.equal(r.kind, 'text');
    if (r.kind !== 'text') return;
    assert.match(r.text, /第一行增长5\.1%/);
    assert.match(r.text, /1220\.7亿元/);
    assert.equal(r.problems.length, 1);
    const [p] = r.problems;
    assert.equal(p.kind, 'encoding');
    assert.equal(p.path, 'sources/broken.txt');
    assert.equal(p.line, 2);
    assert.equal(p.args.replaced, '1');
  });

  it('uses a declared charset for non-UTF-8 bytes, but valid UTF-8 wins over a stale declaration', () => {
    const gbk = decodeText(iconv.encode(SENTENCE, 'gbk'), 'a.html', { declaredEncoding: 'gb2312' });
    assert.equal(gbk.kind === 'text' && gbk.text, SENTENCE);
    const utf8 = decodeText(Buffer.from(SENTENCE), 'a.html', { declaredEncoding: 'gbk' });
    assert.equal(utf8.kind === 'text' && utf8.encoding, 'utf-8');
  });

  const binaries: { name: string; bytes: Buffer; detail: string }[] = [
    { name: 'PNG', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), detail: 'png' },
    { name: 'JPEG', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), detail: 'jpeg' },
    { name: 'GIF', bytes: Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), detail: 'gif' },
    { name: 'PDF', bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'), detail: 'pdf' },
    { name: 'ZIP (docx/xlsx)', bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]), detail: 'zip' },
    { name: 'NUL bytes', bytes: Buffer.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x00, 0x44, 0x45]), detail: 'nul-bytes' },
    { name: 'control characters', bytes: Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), detail: 'control-characters' },
  ];
  for (const b of binaries) {
    it(`skips ${b.name} as binary`, () => {
      const r = decodeText(b.bytes, 'x.txt');
      assert.equal(r.kind, 'binary');
      assert.equal(r.problems[0].kind, 'binary');
      assert.equal(r.problems[0].path, 'x.txt');
      assert.equal(r.problems[0].args.detail, b.detail);
    });
  }

  it('does not take text starting with "MZ" or "BM" for an executable or bitmap', () => {
    const r = decodeText(Buffer.from('MZ 项目总投资28.2亿元'), 'a.txt');
    assert.equal(r.kind, 'text');
  });
});
