// Issue 6, files that are not text and broken data, through the CLI and the language server: each
// gives one clear message naming the file (and the line, where there is one); everything else is
// still indexed and checked.
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TestClient } from '../lsp/harness';
import { BINARY, buildOnce, hedui, project, type JsonReport, type Project } from './helpers';

const GOOD = '2020年，余姚地区生产总值达到1220.7亿元，增长5.1%。\n';
const DRAFT = '2020年，余姚地区生产总值达到1221.7亿元。\n2020年，慈溪地区生产总值达到2008.3亿元。\n';

/** A source folder holding one good text, one good CSV row, and every kind of junk. */
function junkSources(): Record<string, string | Uint8Array> {
  return {
    'sources/good.txt': GOOD,
    'sources/photo.png': BINARY.png,
    'sources/scan.jpg': BINARY.jpeg,
    'sources/archive.zip': BINARY.zip,
    'sources/blob.bin': BINARY.noise,
    'sources/renamed-png.txt': BINARY.png,
    'sources/renamed-zip.md': BINARY.zip,
    'sources/program.html': BINARY.elf,
    'sources/packed.json': BINARY.gzip,
    'sources/noise.txt': BINARY.noise,
    // A quote left open on line 3: line 2 is kept.
    'sources/data.csv': 'indicator,region,period,value\n地区生产总值,慈溪,2020年,2008.3亿元\n"地区生产总值,宁海县,2020年,811.2亿元\n',
    // Two commas on line 3.
    'sources/data.json': '[\n  {"indicator": "地区生产总值", "region": "象山县",\n   "value": "632.5亿元",, "period": "2020年"}\n]\n',
    'sources/rows.json': '{"rows": [{"indicator": "地区生产总值", "region": "北仑区", "period": "2020年", "value": "abc"}, 7]}',
    'draft.md': DRAFT,
  };
}

describe('robustness: files that are not text, broken data (CLI)', function () {
  this.timeout(60000);
  let p: Project;
  before(() => {
    buildOnce();
    p = project(junkSources());
  });
  after(() => p.remove());

  it('skips binaries with a note naming each one, reports broken datasets by file and line, and checks the draft against what is left', () => {
    const r = hedui(['check', '--format', 'json', '--reference', 'sources', 'draft.md'], p.dir);
    assert.equal(r.code, 1, r.stderr);
    for (const file of ['renamed-png.txt', 'renamed-zip.md', 'program.html', 'packed.json', 'noise.txt']) {
      assert.match(r.stderr, new RegExp(`hedui: warning: sources[/\\\\]${file.replace('.', '\\.')}：不是文本文件，已跳过`), file);
    }
    // Files with extensions that are never read: one note for the folder.
    assert.match(r.stderr, /hedui: information: sources：4 个文件类型不受支持（\.bin, \.jpg, \.png, \.zip），已跳过，例如 /);
    assert.match(r.stderr, /sources[/\\]data\.csv 第 3 行：CSV 格式错误/);
    assert.match(r.stderr, /sources[/\\]data\.json 第 3 行：JSON 格式错误/);
    assert.match(r.stderr, /sources[/\\]rows\.json 第 1 行：数据行无法使用/);
    const file = (JSON.parse(r.stdout) as JsonReport).files[0];
    assert.deepEqual(file.claims.map((c) => [c.text, c.status]), [['1221.7亿元', 'mismatch'], ['2008.3亿元', 'verified']]);
    assert.ok(file.claims[1].sources[0].path.endsWith('data.csv'), 'the good CSV row before the broken one is indexed');
  });

  it('indexes no garbage: facts come from the text and the good rows only', () => {
    const r = hedui(['facts', '--format', 'json', 'sources'], p.dir);
    const facts = (JSON.parse(r.stdout) as { facts: { source: { path: string } }[] }).facts;
    assert.deepEqual([...new Set(facts.map((f) => f.source.path.replace(/\\/g, '/')))].sort(), ['sources/data.csv', 'sources/good.txt']);
  });

  it('a reference that does not exist, or is a binary file where a folder was expected: one message each, the rest is used', () => {
    const q = project({ 'sources/good.txt': GOOD, 'refs': BINARY.zip, 'draft.md': DRAFT });
    try {
      q.write('hedui.config.json', JSON.stringify({ reference: ['sources', 'missing-folder', 'refs'] }, null, 2));
      const r = hedui(['check', 'draft.md'], q.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /hedui: error: .*missing-folder：路径不存在/);
      assert.match(r.stderr, /hedui: warning: .*refs：不是文本文件，已跳过/);
      assert.match(r.stdout, /draft\.md:1:\d+ warning 1221\.7亿元：数值与来源不符/);
    } finally {
      q.remove();
    }
  });

  it('hedui.config.json with a syntax error: named with its line, defaults used, --reference still works', () => {
    const q = project({ 'sources/good.txt': GOOD, 'draft.md': DRAFT, 'hedui.config.json': '{\n  "reference": ["sources"],\n  "unverified": "hint",,\n}\n' });
    try {
      const r = hedui(['check', '--reference', 'sources', 'draft.md'], q.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /hedui: error: hedui\.config\.json 第 3 行：配置文件不是有效的 JSON/);
      assert.match(r.stdout, /1221\.7亿元：数值与来源不符/);
      // Without --reference the broken config leaves no sources: exit 2 with the reason, not a crash.
      const alone = hedui(['check', 'draft.md'], q.dir);
      assert.equal(alone.code, 2);
      assert.match(alone.stderr, /没有来源/);
    } finally {
      q.remove();
    }
  });

  it('hedui.config.json with wrong types: each key named with its line; the good keys still apply', () => {
    const config = '{\n  "reference": ["sources", 42],\n  "unverified": "loud",\n  "maxDraftBytes": "big",\n  "documentDate": "2020-13-45",\n  "severities": {"value-mismatch": "error"}\n}\n';
    const q = project({ 'sources/good.txt': GOOD, 'draft.md': DRAFT, 'hedui.config.json': config });
    try {
      const r = hedui(['check', 'draft.md'], q.dir);
      assert.equal(r.code, 1, r.stderr);
      for (const [key, line] of [['reference\\[1\\]', 2], ['unverified', 3], ['maxDraftBytes', 4], ['documentDate', 5]] as const) {
        assert.match(r.stderr, new RegExp(`hedui: warning: hedui\\.config\\.json 第 ${line} 行：配置项 ${key} 应为`), key);
      }
      assert.match(r.stdout, /draft\.md:1:\d+ error 1221\.7亿元/, 'severities still applied');
    } finally {
      q.remove();
    }
  });
});

describe('robustness: files that are not text, broken data (language server)', function () {
  this.timeout(30000);
  let p: Project;
  let client: TestClient;
  const logs = () => client.events.filter((e) => e.method === 'window/logMessage').map((e) => (e.params as { message: string }).message);
  const shown = () => client.events.filter((e) => e.method === 'window/showMessage' || e.method === 'window/showMessageRequest').map((e) => (e.params as { message: string }).message);

  before(async () => {
    p = project({ ...junkSources(), 'hedui.config.json': '{\n  "reference": ["sources", "missing-folder"],\n  "unverified": 7\n}\n' });
    client = await TestClient.start({ workspace: p.dir, pull: true });
    await client.ready();
  });
  after(async () => {
    await client.stop();
    p.remove();
  });

  it('logs every skipped file and broken dataset by name (and line), shows errors once, and checks the draft with the rest', async () => {
    const all = logs().join('\n');
    for (const file of ['renamed-png.txt', 'renamed-zip.md', 'program.html', 'packed.json', 'noise.txt']) assert.ok(all.includes(`${file}：不是文本文件，已跳过`), `${file} in the log:\n${all}`);
    assert.match(all, /sources：4 个文件类型不受支持（\.bin, \.jpg, \.png, \.zip），已跳过/);
    assert.match(all, /data\.csv 第 3 行：CSV 格式错误/);
    assert.match(all, /data\.json 第 3 行：JSON 格式错误/);
    assert.match(all, /hedui\.config\.json 第 3 行：配置项 unverified 应为/);
    assert.ok(shown().some((m) => m.includes('missing-folder：路径不存在')), `a missing reference is shown to the user: ${shown().join('\n')}\n${all}`);
    const status = await client.request<{ problems: number; sources: number; facts: number }>('hedui/status', {});
    assert.equal(status.facts, 3, 'two facts from good.txt, one from the good row of data.csv');
    assert.ok(status.problems >= 9, `problems counted: ${status.problems}`);

    const doc = client.open('draft.md');
    const report = await client.pull(doc);
    const items = (report.items ?? []) as Diagnostic[];
    assert.deepEqual(items.map((d) => [d.code, doc.getText(d.range)]), [['value-mismatch', '1221.7亿元']]);
  });

  it('a config with a syntax error mid-session: reported with its line, the editor setting still supplies the sources', async () => {
    const q = project({ 'sources/good.txt': GOOD, 'draft.md': DRAFT, 'hedui.config.json': '{\n  "reference": ["sources"]\n  "unverified": "hint"\n}\n' });
    const c = await TestClient.start({ workspace: q.dir, pull: true, settings: { reference: ['sources'] } });
    try {
      await c.ready();
      const log = c.events.filter((e) => e.method === 'window/logMessage').map((e) => (e.params as { message: string }).message).join('\n');
      assert.match(log, /hedui\.config\.json 第 3 行：配置文件不是有效的 JSON/);
      const doc = c.open('draft.md');
      const items = ((await c.pull(doc)).items ?? []) as Diagnostic[];
      assert.deepEqual(items.map((d) => doc.getText(d.range)), ['1221.7亿元']);
    } finally {
      await c.stop();
      q.remove();
    }
  });
});
