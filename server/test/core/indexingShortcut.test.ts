// Sources are indexed without highlight spans: a sentence without figures is then read only for the
// subject and period it carries forward. These texts are where that shortcut could go wrong — the
// context comes from a figure-less sentence — and each must give the claims of a full reading.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../src/core';
import { lexicon } from './helpers';

const FIXTURES = join(__dirname, '../../../test-fixtures');

const CASES: [string, string][] = [
  ['a subject named in a sentence without figures', '余姚坚持稳中求进。全年地区生产总值1220.7亿元，增长3.5%。'],
  ['a topic period in a figure-less opening', '今年1-7月，全市经济运行总体平稳。有效投资同比增长15.2%。'],
  ['a town carried by a prose sentence to 该镇', '余姚市经济运行情况\n\n泗门镇深入推进工业强镇建设。该镇规上工业产值增长12.1%。'],
  ['a subject in the second clause is not carried', '稳中求进，余姚持续发力。地区生产总值1220.7亿元。'],
  ['a comparison base is not a topic period', '比2015年，各项工作稳步推进。研发投入强度达到3.2%。'],
  ['headings keep their full reading', '# 二、2021年工作安排\n\n力争地区生产总值增长6%。'],
];

describe('indexing without spans gives the claims of a full reading', () => {
  for (const [name, text] of CASES) {
    it(name, () => {
      const full = extractClaims(text, { lexicon });
      assert.ok(full.length > 0, 'the case states figures');
      assert.deepEqual(extractClaims(text, { lexicon, spans: false }), full);
    });
  }

  it('every fixture source and draft', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (/\.(txt|md)$/.test(e.name)) files.push(join(dir, e.name));
      }
    };
    walk(FIXTURES);
    assert.ok(files.length >= 5);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // (A source also gives the places a top-N list names their ranks, 第1位 at 昆明: claims with no figure
      // of their own where they stand, which a draft's reading does not make.)
      const read = extractClaims(text, { lexicon, spans: false }).filter((c) => text.slice(c.span.start, c.span.end) === c.text);
      assert.deepEqual(read, extractClaims(text, { lexicon }), f);
    }
  });
});
