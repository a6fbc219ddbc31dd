// Unit tests of the server's pure pieces: settings, URIs, markdown, fix-all, token splitting, grammar.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LineMap, type ClaimVerdict, type Finding, type HighlightToken } from '../../src/core';
import { fixAllEdits, SUPPRESSION_LINE } from '../../src/lsp/codeActions';
import { languageOf } from '../../src/lsp/i18n';
import { escapeMarkdown, markExcerpt } from '../../src/lsp/markdown';
import { spanToRange } from '../../src/lsp/ranges';
import { computeTokens, legend } from '../../src/lsp/semanticTokens';
import { defaultSettings, parseSettings } from '../../src/lsp/settings';
import { isInside, pathToUri, uriToPath, uriWithPosition } from '../../src/lsp/uris';

const finding = (start: number, end: number, newText: string, code: Finding['code'] = 'value-mismatch'): Finding => ({
  code,
  severity: 'warning',
  span: { start, end },
  args: {},
  actual: '',
  expected: newText,
  fix: { span: { start, end }, newText },
  evidence: [],
});

describe('lsp units', () => {
  it('settings: validated, dotted and nested keys, defaults for junk', () => {
    assert.deepEqual(parseSettings(undefined), defaultSettings);
    const s = parseSettings({ enable: false, reference: 'refs', documentDate: '2022-08-20', unverified: { severity: 'hint' }, verifiedDecoration: false });
    assert.equal(s.enable, false);
    assert.deepEqual(s.reference, ['refs']);
    assert.equal(s.documentDate, '2022-08-20');
    assert.equal(s.unverifiedSeverity, 'hint');
    assert.equal(s.verifiedDecoration, false);
    const dotted = parseSettings({ 'unverified.severity': 'error', documentDate: '2022/08/20', reference: ['a', 3, ''] });
    assert.equal(dotted.unverifiedSeverity, 'error');
    assert.equal(dotted.documentDate, undefined);
    assert.deepEqual(dotted.reference, ['a']);
    assert.equal(parseSettings({ unverified: { severity: 'loud' } }).unverifiedSeverity, 'off');
  });

  it('locale: English only for en*, Chinese otherwise', () => {
    assert.equal(languageOf('en'), 'en');
    assert.equal(languageOf('en-GB'), 'en');
    assert.equal(languageOf('zh-cn'), 'zh');
    assert.equal(languageOf(undefined), 'zh');
    assert.equal(languageOf('de'), 'zh');
  });

  it('uris: round trip with CJK and spaces; VS Code position links are 1-based', () => {
    const p = path.resolve('/tmp/核对 草稿/报告.md');
    const uri = pathToUri(p);
    assert.equal(uriToPath(uri), p);
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
    assert.ok(isInside(p, path.dirname(p)));
    assert.ok(!isInside('/tmp/a-b', '/tmp/a'));
    assert.equal(uriWithPosition('file:///a.txt', 11, 4), 'file:///a.txt#L12,5');
  });

  it('markdown: excerpt escaped, figure in bold', () => {
    assert.equal(escapeMarkdown('a*b_[c]'), 'a\\*b\\_\\[c\\]');
    assert.equal(markExcerpt('增长15.2%，高于', 2, 7), '增长**15.2%**，高于');
    assert.equal(markExcerpt('abc', 5, 9), 'abc');
  });

  it('spans → ranges count UTF-16 units (𠮷 and emoji are two each)', () => {
    const text = '第一行\n𠮷😀 增长15.2%';
    const lines = new LineMap(text);
    const start = text.indexOf('15.2');
    assert.deepEqual(spanToRange(lines, { start, end: start + 5 }), { start: { line: 1, character: 7 }, end: { line: 1, character: 12 } });
  });

  it('fix-all: sorted, overlapping and no-op fixes dropped', () => {
    const text = 'aaa 16.2% bbb 74.1% ccc 3.9%';
    const lines = new LineMap(text);
    const edits = fixAllEdits([finding(14, 19, '71.4%'), finding(4, 9, '15.2%'), finding(6, 12, 'x'), finding(24, 28, '3.9%'), finding(0, 3, 'zzz', 'unverified')], text, lines);
    assert.deepEqual(
      edits.map((e) => [e.range.start.character, e.newText]),
      [
        [4, '15.2%'],
        [14, '71.4%'],
      ],
    );
  });

  it('the ignore comment is the form the engine reads', () => {
    assert.equal(SUPPRESSION_LINE, '<!-- hedui-disable-next-line -->');
  });

  it('semantic tokens: sorted, split at line breaks, modifiers from verdicts, no overlaps', () => {
    const text = '有效投资\n增长\n15.2%';
    const lines = new LineMap(text);
    const fig = text.indexOf('15.2%');
    const highlights: HighlightToken[] = [
      { span: { start: fig, end: fig + 5 }, kind: 'figure' },
      { span: { start: 0, end: 7 }, kind: 'indicator' },
      { span: { start: 1, end: 3 }, kind: 'region' },
    ];
    const verdict = { claim: { span: { start: fig, end: fig + 5 } }, status: 'mismatch', evidence: [] } as unknown as ClaimVerdict;
    const tokens = computeTokens(highlights, [verdict], lines);
    const type = (name: string) => legend.tokenTypes.indexOf(name);
    assert.deepEqual(tokens, [
      { line: 0, character: 0, length: 4, type: type('property'), modifiers: 0 },
      { line: 1, character: 0, length: 2, type: type('property'), modifiers: 0 },
      { line: 2, character: 0, length: 5, type: type('number'), modifiers: 1 << legend.tokenModifiers.indexOf('mismatch') },
    ]);
    assert.equal(computeTokens(highlights, undefined, lines)[2].modifiers, 0, 'no modifiers when decoration is off');
  });
});

// A small TextMate-like scanner over the grammar's `match` rules: at each position the earliest match
// wins, ties going to the first rule (as vscode-textmate does for flat match rules).
describe('TextMate grammar for figures', () => {
  interface Rule {
    name?: string;
    match?: string;
    include?: string;
    patterns?: Rule[];
  }
  const grammar = JSON.parse(readFileSync(path.resolve(__dirname, '../../../syntaxes/hedui-figures.tmLanguage.json'), 'utf8')) as { patterns: Rule[]; repository: Record<string, Rule> };
  const flatten = (rules: Rule[]): { name: string; re: RegExp }[] =>
    rules.flatMap((r) => {
      if (r.include) return flatten([grammar.repository[r.include.slice(1)]]);
      if (r.patterns) return flatten(r.patterns);
      return r.match && r.name ? [{ name: r.name, re: new RegExp(r.match, 'gu') }] : [];
    });
  const rules = flatten(grammar.patterns);
  const scan = (line: string) => {
    const out: [string, string][] = [];
    for (let pos = 0; pos < line.length; ) {
      let best: { index: number; text: string; name: string } | undefined;
      for (const r of rules) {
        r.re.lastIndex = pos;
        const m = r.re.exec(line);
        if (m && m[0] && (!best || m.index < best.index)) best = { index: m.index, text: m[0], name: r.name };
      }
      if (!best) break;
      out.push([best.text, best.name.split('.').slice(0, -1).join('.')]);
      pos = best.index + best.text.length;
    }
    return out;
  };

  it('marks periods, figures, percentages, points and ranks', () => {
    assert.deepEqual(scan('今年1-7月，余姚完成有效投资同比增长15.2%，高于宁波市平均4.8个百分点，增速居宁波各县(市、区)首位。'), [
      ['今年1-7月', 'constant.other.period'],
      ['15.2%', 'constant.numeric.percentage'],
      ['4.8个百分点', 'constant.numeric.points'],
      ['首位', 'constant.language.rank'],
    ]);
    assert.deepEqual(scan('上半年研发费用41.8亿元，分居第二、第一；2020年增长２．９％，下降−0.7%'), [
      ['上半年', 'constant.other.period'],
      ['41.8亿元', 'constant.numeric.quantity'],
      ['第二', 'constant.language.rank'],
      ['第一', 'constant.language.rank'],
      ['2020年', 'constant.other.period'],
      ['２．９％', 'constant.numeric.percentage'],
      ['−0.7%', 'constant.numeric.percentage'],
    ]);
    assert.deepEqual(scan('百分之十五点二，居全省前十位'), [
      ['百分之十五点二', 'constant.numeric.percentage'],
      ['前十位', 'constant.language.rank'],
    ]);
  });
});
