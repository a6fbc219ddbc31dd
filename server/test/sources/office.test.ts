// Office formats as sources: DOCX paragraphs and tables, PDF pages (embedded CJK font, a CID font that
// needs the bundled CMaps, a scan without text), XLSX sheets. Fixtures: scripts/make-office-fixtures.mjs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLexicon, ReferenceIndex, type Fact } from '../../src/core';
import { loadSources, type LoadedSources } from '../../src/sources/loadSources';
import { readSourceFile, officeFromBytes } from '../../src/sources/readSourceFile';
import { tablesKey } from '../../src/sources/sourcePaths';

const ROOT = join(__dirname, '..', '..', '..');
const OFFICE = join(ROOT, 'test-fixtures', 'office');
const DOCX = '余姚经济运行.docx';
const PDF = '统计公报.pdf';

function index(loaded: LoadedSources): ReferenceIndex {
  const idx = new ReferenceIndex(createLexicon());
  for (const d of loaded.documents) idx.addDocument(d);
  for (const ds of loaded.datasets) assert.deepEqual(idx.addRows(ds.path, ds.rows), []);
  return idx;
}

function factWith(idx: ReferenceIndex, text: string, path?: string): Fact {
  const f = idx.facts.find((x) => x.text === text && (path === undefined || x.source.path === path));
  assert.ok(f, `a fact ${text}${path ? ` from ${path}` : ''}`);
  return f;
}

describe('office sources', function () {
  this.timeout(30000);
  let loaded: LoadedSources;
  let idx: ReferenceIndex;
  before(async () => {
    loaded = await loadSources(['.'], { baseDir: OFFICE });
    idx = index(loaded);
  });

  describe('DOCX', () => {
    it('one paragraph per line; locate names the paragraph as Word counts them (table rows not counted)', () => {
      const doc = loaded.documents.find((d) => d.path === DOCX);
      assert.ok(doc?.locate && doc.position);
      const lines = doc.text.split('\n');
      assert.equal(lines[0], '2022年1-7月余姚市经济运行情况');
      const at = doc.text.indexOf('612.4');
      assert.deepEqual(doc.position(at), { line: 2, character: lines[2].indexOf('612.4') });
      assert.equal(doc.locate(at), '第3段');
      // After the five rows of table 1 the paragraph count goes on: 外贸方面 is the 6th paragraph.
      const trade = doc.text.indexOf('1024.5');
      assert.equal(doc.position(trade).line, 10);
      assert.equal(doc.locate(trade), '第6段');
    });

    it('prose figures are facts with the paragraph as locator and the line of the extracted text', () => {
      const f = factWith(idx, '612.4亿元', DOCX);
      assert.equal(f.source.locator, '第3段');
      assert.equal(f.source.line, 2);
      assert.equal(f.indicator.name, '规模以上工业增加值');
      assert.equal(f.region, '余姚市');
      const rank = idx.facts.find((x) => x.measure === 'rank' && x.source.path === DOCX);
      assert.equal(rank?.source.locator, '第4段');
    });

    it('table rows are blanked in the indexed text (their figures are rows) but kept for display', async () => {
      const doc = loaded.documents.find((d) => d.path === DOCX);
      assert.ok(doc);
      assert.doesNotMatch(doc.text, /700\.1/);
      const read = await readSourceFile(join(OFFICE, DOCX), DOCX, 1 << 26);
      assert.ok(read.displayText?.includes('慈溪市\t700.1\t7.2\t12.0'));
      assert.equal(read.displayText?.length, read.document?.text.length, 'same offsets in both');
    });

    it('table figures become rows: region from the row header, indicator and measure from the column, period from the caption', () => {
      const rows = loaded.datasets.find((d) => d.path === tablesKey(DOCX))?.rows ?? [];
      const cixi = rows.filter((r) => r.region === '慈溪市');
      assert.deepEqual(
        cixi.map((r) => [r.indicator, r.measure ?? '', r.value, r.unit, r.period, r.sourceLocation, r.line]),
        [
          ['规上工业增加值', '', '700.1', '亿元', '2022年1-7月', '表1 第3行第2列', 8],
          ['规上工业增加值', 'growth', '7.2', '%', '2022年1-7月', '表1 第3行第3列', 8],
          ['有效投资', 'growth', '12.0', '%', '2022年1-7月', '表1 第3行第4列', 8],
        ],
      );
      assert.ok(!rows.some((r) => r.measure === 'rank'), 'no ranks unless deriveRanks');
    });

    it('a merged header (1-7月 over 绝对值 / 增长%) and a row header that is an indicator', () => {
      const rows = loaded.datasets.find((d) => d.path === tablesKey(DOCX))?.rows ?? [];
      const income = rows.filter((r) => r.indicator === '一般公共预算收入');
      assert.deepEqual(
        income.map((r) => [r.region, r.period, r.measure ?? '', r.value, r.unit, r.sourceLocation]),
        [
          ['余姚市', '2022年1-7月', 'value', '98.6', '亿元', '表2 第3行第2列'],
          ['余姚市', '2022年1-7月', 'growth', '6.4', '%', '表2 第3行第3列'],
        ],
      );
    });

    it('table facts keep the table cell as locator and the row line of the extracted text', () => {
      const f = factWith(idx, '700.1亿元');
      assert.equal(f.source.path, tablesKey(DOCX));
      assert.equal(f.source.locator, '表1 第3行第2列');
      // 0-based line 7 of the extracted text: title, 3 paragraphs, caption, header row, 余姚市, 慈溪市.
      assert.equal(f.source.line, 7);
      assert.equal(f.region, '慈溪市');
    });

    it('a damaged DOCX is an unreadable problem, not a crash', async () => {
      const r = await officeFromBytes(Buffer.from('PK\u0003\u0004 not really a zip'), 'broken.docx', 'docx');
      assert.equal(r.document, undefined);
      assert.equal(r.problems[0]?.kind, 'unreadable');
      assert.equal(r.problems[0]?.args.format, 'docx');
    });
  });

  describe('PDF', () => {
    it('page numbers in the provenance; wrapped lines joined into one sentence', () => {
      const gdp = factWith(idx, '1479.2亿元', PDF);
      assert.equal(gdp.source.locator, '第1页');
      assert.match(gdp.source.excerpt, /初步核算，2021年余姚市实现地区生产总值1479\.2亿元，按可比价格计算，比上年增长9\.1%。/);
      const third = factWith(idx, '628.1亿元', PDF);
      assert.equal(third.source.line, gdp.source.line, 'the wrapped paragraph is one line');
      const income = factWith(idx, '62340元', PDF);
      assert.equal(income.source.locator, '第2页');
      assert.equal(income.region, '余姚市');
      assert.equal(income.period?.year, '2021');
    });

    it('locate and position agree with the text', () => {
      const doc = loaded.documents.find((d) => d.path === PDF);
      assert.ok(doc?.locate);
      assert.equal(doc.position, undefined, 'lines of the extracted text are the positions');
      assert.equal(doc.locate(doc.text.indexOf('512.8')), '第2页');
      assert.equal(doc.locate(doc.text.indexOf('2.3万户')), '第1页');
    });

    it('a non-embedded Chinese font (STSong-Light, UniGB-UCS2-H) is read with the bundled CMaps', () => {
      const f = factWith(idx, '158.3亿元', '预算收入.pdf');
      assert.equal(f.indicator.name, '一般公共预算收入');
      assert.equal(f.source.locator, '第1页');
    });

    it('a scan without a text layer is reported (no-text-layer) and yields no document', () => {
      const p = loaded.problems.find((x) => x.path === '扫描件.pdf');
      assert.equal(p?.kind, 'no-text-layer');
      assert.equal(p?.severity, 'warning');
      assert.deepEqual([p?.args.pages, p?.args.emptyPages], ['1', '1']);
      assert.ok(!loaded.documents.some((d) => d.path === '扫描件.pdf'));
    });

    it('bytes that are not a PDF are an unreadable problem', async () => {
      const r = await officeFromBytes(Buffer.from('%PDF-1.7\nnothing else'), 'broken.pdf', 'pdf');
      assert.equal(r.problems[0]?.kind, 'unreadable');
      assert.equal(r.problems[0]?.args.format, 'pdf');
    });
  });

  describe('XLSX', () => {
    it('a sheet in the dataset schema reads like CSV; a percent-formatted cell is its percentage', () => {
      const rows = loaded.datasets.find((d) => d.path === '指标数据.xlsx')?.rows ?? [];
      const schema = rows.filter((r) => r.sourceLocation?.startsWith('数据!'));
      assert.deepEqual(
        schema.map((r) => [r.region, r.indicator, r.measure, r.value, r.unit, r.line, r.sourceLocation]),
        [
          ['余姚市', '有效投资', 'growth', '15.2', '%', 2, '数据!2'],
          ['余姚市', '规上工业增加值', 'value', '612.4', '亿元', 3, '数据!3'],
          ['慈溪市', '规上工业增加值', 'growth', '7.2', '%', 4, '数据!4'],
        ],
      );
    });

    it('another sheet is read as a table, with its first row as caption and cells named like Excel', () => {
      const rows = loaded.datasets.find((d) => d.path === '指标数据.xlsx')?.rows ?? [];
      const yuyao = rows.filter((r) => r.region === '余姚市' && r.sourceLocation?.startsWith('分地区!'));
      assert.deepEqual(
        yuyao.map((r) => [r.indicator, r.period, r.measure ?? '', r.value, r.unit, r.sourceLocation, r.line]),
        [
          ['地区生产总值', '2021年', '', '1479.2', '亿元', '分地区!B3', 3],
          ['地区生产总值', '2021年', 'growth', '9.1', '%', '分地区!C3', 3],
        ],
      );
      const f = factWith(idx, '9.1%', '指标数据.xlsx');
      assert.equal(f.measure, 'growth');
      assert.equal(f.source.locator, '分地区!C3');
    });

    it('a file that is not a workbook is an unreadable problem', async () => {
      const r = await officeFromBytes(readFileSync(join(OFFICE, DOCX)), 'renamed.xlsx', 'xlsx');
      assert.equal(r.problems[0]?.kind, 'unreadable');
      assert.equal(r.problems[0]?.args.format, 'xlsx');
    });
  });

  describe('deriveRanks', () => {
    it('ranks a column of region figures, largest first, ties sharing a rank; the total row is left out', async () => {
      const ranked = await loadSources([DOCX, '指标数据.xlsx'], { baseDir: OFFICE, deriveRanks: true });
      const rows = ranked.datasets.flatMap((d) => d.rows).filter((r) => r.measure === 'rank');
      const growth = rows.filter((r) => r.indicator === '规上工业增加值增速').map((r) => [r.region, r.rank]);
      // 余姚 8.7, 慈溪 7.2, 海曙 8.7, 鄞州 5.0
      assert.deepEqual(growth.sort(), [['余姚市', '1'], ['慈溪市', '3'], ['海曙区', '1'], ['鄞州区', '4']].sort());
      const first = rows.find((r) => r.indicator === '有效投资增速' && r.region === '余姚市');
      assert.equal(first?.scope, '宁波各县（市、区）');
      assert.equal(first?.sourceLocation, '表1 第2行第4列');
      assert.match(first?.note ?? '', /排序得出/);
      const idx2 = index(ranked);
      const fact = idx2.facts.find((f) => f.measure === 'rank' && f.region === '余姚市' && f.indicator.name === '有效投资' && f.source.path === tablesKey(DOCX));
      assert.equal(fact?.basis, 'growth');
      assert.equal(fact?.quantity.value, 1);
    });
  });
});
