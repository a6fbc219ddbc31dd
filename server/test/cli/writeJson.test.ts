// writeJson streams the report: its output must be byte for byte JSON.stringify(value, null, 2) + '\n'.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { jsonPieces, writeJson } from '../../src/cli/writeJson';

function written(value: unknown): { text: string; pieces: number } {
  const pieces = [...jsonPieces(value)];
  return { text: pieces.join(''), pieces: pieces.length };
}

describe('writeJson', () => {
  it('waits for a slow stream to drain, and writes everything in order', async () => {
    const value = { files: Array.from({ length: 3000 }, (_, i) => ({ i, text: '增长'.repeat(20) })) };
    const got: string[] = [];
    let drains = 0;
    // A stream with a tiny buffer that takes its time: write() returns false and 'drain' follows.
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        got.push(chunk.toString());
        setImmediate(done);
      },
    });
    slow.on('drain', () => drains++);
    await writeJson(value, slow);
    assert.ok(drains > 0, 'the writer waited for drain');
    assert.equal(got.join(''), JSON.stringify(value, null, 2) + '\n');
  });

  const rows: [string, unknown][] = [
    ['a report with nested arrays, empty ones and CJK text', { version: 1, files: [{ path: 'd.md', diagnostics: [], claims: [{ range: { start: { line: 0, character: 3 } }, text: '１５．２％', sources: [{ excerpt: '“余姚”\n增长15.2%' }] }] }] }],
    ['undefined fields are left out, undefined in arrays is null', { a: undefined, b: [undefined, () => 1, 2], c: { d: undefined } }],
    ['non-finite numbers are null', { x: NaN, y: [Infinity, -0] }],
    ['an object with toJSON inside an array', [{ toJSON: () => ({ k: [1, { z: 'a\nb' }] }) }]],
    ['bare values', 'text'],
  ];
  for (const [name, value] of rows) {
    it(name, () => assert.equal(written(value).text, JSON.stringify(value, null, 2) + '\n'));
  }

  it('any JSON value (fast-check)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      assert.equal(written(v).text, JSON.stringify(v, null, 2) + '\n');
    }), { numRuns: 300 });
  });

  it('a large report goes out in pieces, not as one string', () => {
    const claims = Array.from({ length: 5000 }, (_, i) => ({ text: `${i}亿元`, status: 'verified', sources: [{ path: 'a.txt', excerpt: '地区生产总值'.repeat(5) }] }));
    const { text, pieces } = written({ version: 1, files: [{ path: 'd.md', claims }] });
    assert.ok(pieces > 10, `${pieces} pieces`);
    assert.equal(text, JSON.stringify({ version: 1, files: [{ path: 'd.md', claims }] }, null, 2) + '\n');
  });
});
