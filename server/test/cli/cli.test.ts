// The CLI as a user runs it: dist/cli.js, built once in `before`, on the bundled sample and on small
// projects written to a temp folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLE = 'test-fixtures/sample';
const SOURCES = `${SAMPLE}/sources`;
const DRAFT = `${SAMPLE}/draft.md`;

interface Run { code: number | null; stdout: string; stderr: string }

function hedui(args: string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Pos { line: number; character: number }
interface Range { start: Pos; end: Pos }
interface JsonDiagnostic {
  range: Range; severity: string; code: string; message: string; actual: string; expected?: string;
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
  sources: { path: string; range: Range; excerpt: string }[];
}
interface JsonClaim { range: Range; text: string; status: string; region?: string; period?: string; indicator: string; measure: string; sources: unknown[] }
interface JsonReport { version: number; files: { path: string; diagnostics: JsonDiagnostic[]; claims: JsonClaim[] }[] }

/** Offset of an LSP position in text (UTF-16). */
function offsetOf(text: string, p: Pos): number {
  const lines = text.split('\n');
  let o = 0;
  for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
  return o + p.character;
}

function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hedui-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// Figures the sample draft gets wrong, and what the sources say.
const WRONG: [string, string, string][] = [
  // [figure, code, expected]
  ['141.2亿元', 'value-mismatch', '114.2亿元'],
  ['3.5%', 'growth-mismatch', '3.3%'],
  ['2827万标箱', 'value-mismatch', '2872万标箱'],
  ['5.8个百分点', 'diff-mismatch', '4.8个百分点'],
  ['第二', 'rank-mismatch', '第一'],
];
// Figures the sample draft gets right.
const RIGHT = ['1220.7亿元', '5.1%', '6.5%', '65212元', '39339元', '12408.7亿元', '15.2%', '388家', '41.8亿元', '6.9%', '1.6亿美元'];

describe('hedui CLI', function () {
  this.timeout(120000);
  const temps: string[] = [];
  const project = (files: Record<string, string>) => {
    const d = tempProject(files);
    temps.push(d);
    return d;
  };

  before(() => {
    const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
  });
  after(() => {
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  });

  describe('check, text format', () => {
    let run: Run;
    before(() => { run = hedui(['check', '--reference', SOURCES, DRAFT]); });

    it('exits 1 when a figure differs from its source', () => assert.equal(run.code, 1, run.stderr));
    it('prints one `path:line:col severity message [code]` line per finding', () => {
      const lines = run.stdout.split('\n').filter((l) => l.startsWith(DRAFT));
      assert.ok(lines.length >= WRONG.length, run.stdout);
      const draft = readFileSync(join(ROOT, DRAFT), 'utf8').split('\n');
      for (const l of lines) {
        const m = /^(.+?):(\d+):(\d+) (error|warning|information|hint) (.+) \[([a-z0-9-]+)\]$/.exec(l);
        assert.ok(m, `bad line: ${l}`);
        assert.equal(m[1], DRAFT);
        const [line, col] = [Number(m[2]), Number(m[3])];
        assert.ok(line >= 1 && col >= 1);
        // the column points at the figure the message is about
        const actual = m[5].split('：')[0];
        assert.equal(draft[line - 1].slice(col - 1, col - 1 + actual.length), actual, l);
      }
    });
    it('no ANSI colours when stdout is not a terminal', () => assert.ok(!run.stdout.includes('\x1b[')));
    for (const [figure, code, expected] of WRONG) {
      it(`flags ${figure} as ${code}, source says ${expected}`, () => {
        const line = run.stdout.split('\n').find((l) => l.includes(` ${figure}：`) && l.endsWith(`[${code}]`));
        assert.ok(line, run.stdout);
        assert.ok(line.includes(expected), line);
      });
    }
    it('flags nothing else as a mismatch', () => {
      const flagged = run.stdout.split('\n').filter((l) => /-mismatch\]$/.test(l)).map((l) => / ([^ ]+?)：/.exec(l)?.[1]);
      assert.deepEqual(flagged.sort(), WRONG.map((w) => w[0]).sort());
    });
    it('shows the source line under each finding and ends with a summary', () => {
      assert.ok(/\n {4}test-fixtures\/sample\/sources\/[^:]+:\d+:\d+ {2}\S/.test(run.stdout));
      assert.ok(/1 个文件，\d+ 个数字：\d+ 个已核对，5 处与来源不符，\d+ 个未核对\n$/.test(run.stdout), run.stdout.split('\n').slice(-2).join('\n'));
    });
  });

  describe('check --format json (shared/docs/check-json.md)', () => {
    let report: JsonReport;
    let draftText: string;
    let code: number | null;
    before(() => {
      const r = hedui(['check', '--reference', SOURCES, '--format', 'json', DRAFT]);
      code = r.code;
      report = JSON.parse(r.stdout) as JsonReport;
      draftText = readFileSync(join(ROOT, DRAFT), 'utf8');
    });
    it('version 1, one file with the path as given', () => {
      assert.equal(code, 1);
      assert.equal(report.version, 1);
      assert.deepEqual(report.files.map((f) => f.path), [DRAFT]);
    });
    it('diagnostics: ranges are 0-based UTF-16 and cover the figure; mismatches carry expected and a fix replacing exactly the figure', () => {
      const file = report.files[0];
      const mismatches = file.diagnostics.filter((d) => d.code.endsWith('-mismatch'));
      assert.equal(mismatches.length, WRONG.length);
      for (const d of file.diagnostics) {
        assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
        assert.equal(typeof d.message, 'string');
        assert.equal(draftText.slice(offsetOf(draftText, d.range.start), offsetOf(draftText, d.range.end)), d.actual);
      }
      for (const d of mismatches) {
        const w = WRONG.find((x) => x[0] === d.actual);
        assert.ok(w, `unexpected mismatch ${d.actual}`);
        assert.deepEqual([d.code, d.expected], [w[1], w[2]]);
        assert.equal(d.fixes.length, 1);
        assert.deepEqual(d.fixes[0].edits, [{ range: d.range, newText: d.expected }]);
        assert.ok(d.sources.length >= 1 && d.sources[0].path.startsWith(SOURCES) && d.sources[0].excerpt.length > 0);
      }
    });
    it('claims list every figure with status, indicator and measure', () => {
      const claims = report.files[0].claims;
      for (const c of claims) {
        assert.ok(['verified', 'mismatch', 'unverified', 'ambiguous'].includes(c.status));
        assert.ok(['value', 'growth', 'share', 'diff', 'rank'].includes(c.measure));
        assert.equal(draftText.slice(offsetOf(draftText, c.range.start), offsetOf(draftText, c.range.end)), c.text);
      }
      for (const figure of RIGHT) assert.equal(claims.find((c) => c.text === figure)?.status, 'verified', figure);
      for (const [figure] of WRONG) assert.equal(claims.find((c) => c.text === figure)?.status, 'mismatch', figure);
      assert.equal(claims.find((c) => c.text === '1.2万人')?.status, 'unverified');
    });
    it('an unsupported figure is never a -mismatch', () => {
      const d = report.files[0].diagnostics.find((x) => x.actual === '1.2万人');
      assert.ok(!d || !d.code.endsWith('-mismatch'));
    });
  });

  describe('check --format sarif', () => {
    it('is SARIF 2.1.0 with rules, results, UTF-16 columns and fixes', () => {
      const r = hedui(['check', '--reference', SOURCES, '--format', 'sarif', DRAFT]);
      assert.equal(r.code, 1);
      const sarif = JSON.parse(r.stdout) as {
        version: string; $schema: string;
        runs: { tool: { driver: { name: string; rules: { id: string }[] } }; columnKind: string; results: {
          ruleId: string; level: string; message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
          fixes: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[];
        }[] }[];
      };
      assert.equal(sarif.version, '2.1.0');
      assert.ok(sarif.$schema.includes('sarif'));
      assert.equal(sarif.runs.length, 1);
      const run = sarif.runs[0];
      assert.equal(run.tool.driver.name, 'hedui');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const ruleIds = new Set(run.tool.driver.rules.map((x) => x.id));
      const draft = readFileSync(join(ROOT, DRAFT), 'utf8').split('\n');
      assert.equal(run.results.filter((x) => x.ruleId.endsWith('-mismatch')).length, WRONG.length);
      for (const res of run.results) {
        assert.ok(ruleIds.has(res.ruleId));
        assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, DRAFT);
        const figure = draft[loc.region.startLine - 1].slice(loc.region.startColumn - 1, loc.region.endColumn - 1);
        assert.ok(WRONG.some((w) => w[0] === figure), figure);
        if (res.ruleId.endsWith('-mismatch')) {
          const inserted = res.fixes[0].artifactChanges[0].replacements[0].insertedContent.text;
          assert.equal(inserted, WRONG.find((w) => w[0] === figure)?.[2]);
        }
      }
    });
  });

  describe('exit codes', () => {
    it('0 when every figure agrees with the sources', () => {
      const dir = project({ 'ok.md': '2020年，余姚地区生产总值1220.7亿元。\n余姚一般公共预算收入114.2亿元，增长6.5%。\n' });
      const r = hedui(['check', '--reference', join(ROOT, SOURCES), join(dir, 'ok.md')]);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.ok(r.stdout.includes('0 处与来源不符'));
    });
    it('0 when figures are only unverified', () => {
      const dir = project({ 'new.md': '2020年，余姚常住人口125.4万人。\n' });
      assert.equal(hedui(['check', '--reference', join(ROOT, SOURCES), join(dir, 'new.md')]).code, 0);
    });
    const bad: [string, string[], RegExp][] = [
      ['a missing draft', ['check', '--reference', SOURCES, 'no/such/draft.md'], /no such file/],
      ['an unknown flag', ['check', '--bogus', DRAFT], /unknown option/],
      ['a bad --format', ['check', '--reference', SOURCES, '--format', 'xml', DRAFT], /--format/],
      ['a bad --lang', ['check', '--reference', SOURCES, '--lang', 'fr', DRAFT], /--lang/],
      ['a bad --date', ['check', '--reference', SOURCES, '--date', '2022/08/20', DRAFT], /--date/],
      ['a flag without its value', ['check', DRAFT, '--reference'], /needs a value/],
      ['an unknown command', ['verify', DRAFT], /unknown command/],
      ['no draft', ['check', '--reference', SOURCES], /no draft/],
      ['a missing --config file', ['check', '--config', 'nope.json', DRAFT], /config/],
    ];
    for (const [title, args, stderr] of bad) {
      it(`2 for ${title}, with the reason on stderr`, () => {
        const r = hedui(args);
        assert.equal(r.code, 2, r.stdout);
        assert.ok(stderr.test(r.stderr), r.stderr);
      });
    }
    it('2 when no source is given at all', () => {
      const dir = project({ 'd.md': '余姚有效投资增长15.2%。\n' });
      const r = hedui(['check', 'd.md'], dir);
      assert.equal(r.code, 2);
      assert.ok(r.stderr.includes('reference'));
    });
    it('--help and --version exit 0', () => {
      assert.equal(hedui(['--help']).code, 0);
      const v = hedui(['--version']);
      assert.equal(v.code, 0);
      assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+$/);
    });
  });

  describe('--lang en', () => {
    it('writes messages and the summary in English', () => {
      const r = hedui(['check', '--lang', 'en', '--reference', SOURCES, DRAFT]);
      assert.equal(r.code, 1);
      assert.ok(r.stdout.includes('Growth rate differs from the source: 3.3%'), r.stdout);
      assert.ok(/1 file\(s\), \d+ figures: \d+ verified, 5 mismatch\(es\), \d+ unverified/.test(r.stdout));
      const json = JSON.parse(hedui(['check', '--lang', 'en', '--format', 'json', '--reference', SOURCES, DRAFT]).stdout) as JsonReport;
      for (const d of json.files[0].diagnostics) assert.ok(/^[A-Z]/.test(d.message), d.message);
    });
  });

  describe('facts', () => {
    it('--format json: every fact with indicator, measure, value, unit and a source position', () => {
      const r = hedui(['facts', '--format', 'json', SOURCES]);
      assert.equal(r.code, 0, r.stderr);
      const out = JSON.parse(r.stdout) as { version: number; facts: { indicator: string; measure: string; text: string; value: number; unit: string; region?: string; target: boolean; source: { path: string; range: Range; excerpt: string } }[] };
      assert.equal(out.version, 1);
      const gdp = out.facts.find((f) => f.text === '1220.7亿元');
      assert.ok(gdp);
      assert.deepEqual([gdp.indicator, gdp.measure, gdp.unit, gdp.region], ['地区生产总值', 'value', '元', '余姚市']);
      assert.ok(Math.abs(gdp.value - 1220.7e8) < 1);
      assert.ok(gdp.source.path.endsWith('yuyao-2020-bulletin.txt'));
      const text = readFileSync(join(ROOT, gdp.source.path), 'utf8');
      assert.equal(text.slice(offsetOf(text, gdp.source.range.start), offsetOf(text, gdp.source.range.end)), '1220.7亿元');
      // the CSV dataset's rows are facts too
      assert.ok(out.facts.some((f) => f.source.path.endsWith('haishu-2019.csv') && f.text.includes('6.9')));
      // the work report's target is marked as one
      assert.ok(out.facts.some((f) => f.target && f.text === '6.5%'));
    });
    it('--format csv: a header and one row per fact', () => {
      const r = hedui(['facts', '--format', 'csv', SOURCES]);
      assert.equal(r.code, 0);
      const lines = r.stdout.trim().split('\n');
      assert.equal(lines[0], '指标,口径,数字,地区,时期,范围,目标,来源,位置,摘录');
      const json = JSON.parse(hedui(['facts', '--format', 'json', SOURCES]).stdout) as { facts: unknown[] };
      assert.equal(lines.length - 1, json.facts.length);
      assert.ok(lines.some((l) => l.startsWith('地区生产总值,value,1220.7亿元,余姚市,')));
      assert.equal(hedui(['facts', '--format', 'csv', '--lang', 'en', SOURCES]).stdout.split('\n')[0], 'indicator,measure,figure,region,period,scope,target,source,location,excerpt');
    });
    it('--format text: path:line:col and a tab-separated fact per line, then a count', () => {
      const r = hedui(['facts', SOURCES]);
      assert.equal(r.code, 0);
      const lines = r.stdout.trim().split('\n');
      assert.match(lines[lines.length - 1], /^\d+ facts$/);
      for (const l of lines.slice(0, -1)) assert.match(l, /^test-fixtures\/sample\/sources\/[^:]+:\d+:\d+\t[^\t]+\t(value|growth|share|diff|rank)\t/);
    });
    it('exit 2 without a source', () => assert.equal(hedui(['facts']).code, 2));
  });

  describe('suppression comments in a draft', () => {
    it('hedui-disable-next-line silences the next line; the claim is still reported', () => {
      const dir = project({
        'd.md': '<!-- hedui-disable-next-line 口径不同 -->\n余姚一般公共预算收入141.2亿元。\n余姚一般公共预算收入141.2亿元。\n',
      });
      const r = hedui(['check', '--format', 'json', '--reference', join(ROOT, SOURCES), join(dir, 'd.md')]);
      const rep = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(rep.files[0].diagnostics.map((d) => d.range.start.line), [2]);
      assert.equal(rep.files[0].claims.filter((c) => c.status === 'mismatch').length, 2);
      assert.equal(r.code, 1);
    });
    it('a disabled block makes a wrong draft exit 0', () => {
      const dir = project({ 'd.md': '<!-- hedui-disable -->\n余姚一般公共预算收入141.2亿元。\n<!-- hedui-enable -->\n' });
      const r = hedui(['check', '--reference', join(ROOT, SOURCES), join(dir, 'd.md')]);
      assert.equal(r.code, 0, r.stdout);
    });
  });

  describe('hedui.config.json', () => {
    const SOURCE_2022 = '余姚投资\n\n2022年1-7月，余姚有效投资同比增长15.2%。';
    const SOURCE_2021 = '余姚投资\n\n2021年1-7月，余姚有效投资同比增长9.9%。';
    const DRAFT_TEXT = '今年1-7月，余姚有效投资同比增长9.9%。\n';

    it('is found from the draft’s folder upward; reference is relative to the config file', () => {
      const dir = project({
        'hedui.config.json': JSON.stringify({ reference: ['refs'], documentDate: '2022-08-20' }),
        'refs/a.txt': SOURCE_2022,
        'refs/b.txt': SOURCE_2021,
        'drafts/2022/report.md': DRAFT_TEXT,
      });
      // run from another folder, so only the config can say where the sources are
      const r = hedui(['check', '--format', 'json', join(dir, 'drafts/2022/report.md')], tmpdir());
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const d = (JSON.parse(r.stdout) as JsonReport).files[0].diagnostics[0];
      assert.deepEqual([d.code, d.actual, d.expected], ['growth-mismatch', '9.9%', '15.2%']);
    });
    it('documentDate anchors 今年; --date overrides it', () => {
      const dir = project({
        'hedui.config.json': JSON.stringify({ reference: ['refs'], documentDate: '2021-08-20' }),
        'refs/a.txt': SOURCE_2022,
        'refs/b.txt': SOURCE_2021,
        'report.md': DRAFT_TEXT,
      });
      assert.equal(hedui(['check', 'report.md'], dir).code, 0);
      assert.equal(hedui(['check', '--date', '2022-08-20', 'report.md'], dir).code, 1);
    });
    it('--config names the file explicitly; its unverified setting is used', () => {
      const dir = project({
        'conf/my.json': JSON.stringify({ reference: ['../refs'], unverified: 'information' }),
        'refs/a.txt': SOURCE_2022,
        'report.md': '2022年1-7月，余姚工业投资增长30.1%。\n',
      });
      const r = hedui(['check', '--config', 'conf/my.json', '--format', 'json', 'report.md'], dir);
      assert.equal(r.code, 0, r.stderr);
      const diags = (JSON.parse(r.stdout) as JsonReport).files[0].diagnostics;
      assert.deepEqual(diags.map((d) => [d.code, d.severity]), [['unverified', 'information']]);
    });
    it('language "en" in the config switches messages', () => {
      const dir = project({
        'hedui.config.json': JSON.stringify({ reference: ['refs'], language: 'en', documentDate: '2022-08-20' }),
        'refs/a.txt': SOURCE_2022,
        'report.md': DRAFT_TEXT,
      });
      const r = hedui(['check', 'report.md'], dir);
      assert.ok(r.stdout.includes('Growth rate differs from the source'), r.stdout);
    });
  });
});
