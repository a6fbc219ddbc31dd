import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileIgnore, DEFAULT_CONFIG, FINDING_CODES, findConfigFile, parseConfig, readConfig } from '../../src/config';
import { makeTree } from '../sources/tempTree';

const CONFIG = join('/work', 'project', 'hedui.config.json');

describe('parseConfig', () => {
  it('resolves reference paths against the config file folder and reads every field', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({
        $schema: './schemas/hedui.config.schema.json',
        reference: ['sources', '../shared/余姚统计公报.txt', '/abs/data.csv'],
        documentDate: '2022-08-20',
        lexicon: { indicators: { 地区生产总值: ['GDP', '生产总值'] }, regions: { 余姚市: ['余姚'] } },
        severities: { 'value-mismatch': 'warning', unverified: 'off' },
        unverified: 'hint',
        ignore: ['drafts/old/**'],
        maxFileBytes: 1024,
        language: 'en',
      }),
      CONFIG,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.reference, [join('/work', 'project', 'sources'), join('/work', 'shared', '余姚统计公报.txt'), '/abs/data.csv']);
    assert.equal(config.documentDate, '2022-08-20');
    assert.deepEqual(config.lexicon.indicators, { 地区生产总值: ['GDP', '生产总值'] });
    assert.deepEqual(config.severities, { 'value-mismatch': 'warning', unverified: 'off' });
    assert.deepEqual([config.unverified, config.maxFileBytes, config.language], ['hint', 1024, 'en']);
  });

  it('accepts a single reference string and comments', () => {
    const { config, problems } = parseConfig('{\n  // 参考资料\n  "reference": "sources" /* 文件夹 */\n}', CONFIG);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.reference, [join('/work', 'project', 'sources')]);
  });

  it('gives the line of a syntax error and falls back to the defaults', () => {
    const { config, problems } = parseConfig('{\n  "reference": ["sources"],\n  "language": "zh"\n  "unverified": "hint"\n}', CONFIG);
    assert.deepEqual(config, { ...DEFAULT_CONFIG });
    assert.deepEqual(problems.map((p) => [p.kind, p.line, p.severity]), [['config-syntax', 4, 'error']]);
  });

  const wrong: { key: string; json: string; reported: string; line: number }[] = [
    { key: 'reference', json: '"reference": 5', reported: 'reference', line: 2 },
    { key: 'documentDate', json: '"documentDate": "2022-02-30"', reported: 'documentDate', line: 2 },
    { key: 'unverified', json: '"unverified": "loud"', reported: 'unverified', line: 2 },
    { key: 'maxFileBytes', json: '"maxFileBytes": -1', reported: 'maxFileBytes', line: 2 },
    { key: 'language', json: '"language": "fr"', reported: 'language', line: 2 },
    { key: 'deriveRanks', json: '"deriveRanks": "yes"', reported: 'deriveRanks', line: 2 },
    { key: 'ignore', json: '"ignore": {"a": 1}', reported: 'ignore', line: 2 },
    { key: 'severities', json: '"severities": {\n "rank-mismatch": 3\n}', reported: 'severities.rank-mismatch', line: 3 },
    { key: 'lexicon', json: '"lexicon": {"indicators": {"地区生产总值": "GDP"}, "regions": []}', reported: 'lexicon.regions', line: 2 },
  ];
  for (const w of wrong) {
    it(`reports a wrong ${w.key} by key and line, and uses the default for it`, () => {
      // A second, valid key shows that one bad value does not cost the rest of the file.
      const other = w.key === 'language' ? '"maxFileBytes": 2048' : '"language": "en"';
      const { config, problems } = parseConfig(`{\n${w.json},\n${other}\n}`, CONFIG);
      const p = problems.find((x) => x.kind === 'config-type');
      assert.ok(p, JSON.stringify(problems));
      assert.equal(p.args.key, w.reported);
      assert.equal(p.line, w.line);
      if (w.key === 'language') assert.deepEqual([config.language, config.maxFileBytes], ['zh', 2048]);
      else assert.equal(config.language, 'en');
      if (w.key === 'unverified') assert.equal(config.unverified, DEFAULT_CONFIG.unverified);
      if (w.key === 'maxFileBytes') assert.equal(config.maxFileBytes, DEFAULT_CONFIG.maxFileBytes);
      if (w.key === 'lexicon') assert.deepEqual(config.lexicon.indicators, { 地区生产总值: ['GDP'] }, 'a lone alias string is a list of one');
    });
  }

  it('keeps the good items of a list and reports the bad ones', () => {
    const { config, problems } = parseConfig('{"reference": ["sources", 7, ""]}', CONFIG);
    assert.deepEqual(config.reference, [join('/work', 'project', 'sources')]);
    assert.deepEqual(problems.map((p) => p.args.key), ['reference[1]', 'reference[2]']);
  });

  it('warns about unknown keys and unknown finding codes', () => {
    const { problems } = parseConfig('{\n"refrence": ["sources"],\n"severities": {"typo-mismatch": "off"},\n"lexicon": {"units": {}}\n}', CONFIG);
    assert.deepEqual(problems.map((p) => [p.kind, p.args.key, p.line, p.severity]), [
      ['config-unknown-key', 'refrence', 2, 'warning'],
      ['config-unknown-key', 'lexicon.units', 4, 'warning'],
      ['config-unknown-key', 'severities.typo-mismatch', 3, 'warning'],
    ]);
  });

  it('reports a config that is not an object', () => {
    const { problems } = parseConfig('["sources"]', CONFIG);
    assert.equal(problems[0].kind, 'config-type');
  });
});

describe('findConfigFile and readConfig', () => {
  it('finds the nearest config upwards, stopping at stopDir', async () => {
    const tree = makeTree({ 'hedui.config.json': '{"reference": "refs"}', 'a/b/c/draft.md': '草稿', 'a/hedui.config.json': '{"reference": ["../refs", "local"]}' });
    try {
      assert.equal(await findConfigFile(tree.path('a', 'b', 'c')), tree.path('a', 'hedui.config.json'));
      assert.equal(await findConfigFile(tree.root), tree.path('hedui.config.json'));
      mkdirSync(tree.path('x', 'y'), { recursive: true });
      assert.equal(await findConfigFile(tree.path('x', 'y'), tree.path('x')), undefined);
      const { config, problems } = await readConfig(tree.path('a', 'hedui.config.json'));
      assert.deepEqual(problems, []);
      assert.deepEqual(config.reference, [tree.path('refs'), tree.path('a', 'local')]);
    } finally {
      tree.remove();
    }
  });

  it('reads a config saved with a BOM, and reports a missing one', async () => {
    const tree = makeTree({});
    try {
      writeFileSync(tree.path('hedui.config.json'), '\uFEFF{"language": "en"}');
      assert.equal((await readConfig(tree.path('hedui.config.json'))).config.language, 'en');
      const missing = await readConfig(tree.path('nope.json'));
      assert.deepEqual(missing.problems.map((p) => p.kind), ['missing']);
      assert.equal(missing.config.language, 'zh');
    } finally {
      tree.remove();
    }
  });
});

describe('compileIgnore', () => {
  const base = join('/work', 'project');
  const cases: { globs: string[]; path: string; ignored: boolean }[] = [
    { globs: ['drafts/old/**'], path: 'drafts/old/2020/草稿.md', ignored: true },
    { globs: ['drafts/old/**'], path: 'drafts/new/草稿.md', ignored: false },
    { globs: ['*.bak.md'], path: 'deep/folder/报告.bak.md', ignored: true },
    { globs: ['drafts/*.md'], path: 'drafts/sub/a.md', ignored: false },
    { globs: ['**/{tmp,temp}/*'], path: 'a/temp/b.md', ignored: true },
    { globs: ['草稿?.md'], path: '草稿1.md', ignored: true },
    { globs: ['archive/'], path: join(base, 'archive', 'x.md'), ignored: true },
    { globs: ['**'], path: join('/elsewhere', 'x.md'), ignored: false },
  ];
  for (const c of cases) {
    it(`${c.globs.join(',')} ${c.ignored ? 'ignores' : 'keeps'} ${c.path}`, () => {
      assert.equal(compileIgnore(c.globs, base)(c.path), c.ignored);
    });
  }
});

describe('hedui.config.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../../../schemas/hedui.config.schema.json'), 'utf8')) as {
    properties: Record<string, { description?: string; properties?: Record<string, unknown> }>;
    additionalProperties: boolean;
  };

  it('describes exactly the fields the reader knows, in Chinese and English', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'deriveRanks', 'documentDate', 'ignore', 'language', 'lexicon', 'maxDraftBytes', 'maxFileBytes', 'reference', 'severities', 'unverified'].sort());
    assert.equal(schema.additionalProperties, false);
    for (const [key, prop] of Object.entries(schema.properties)) {
      assert.match(prop.description ?? '', /[\u4e00-\u9fff].*[A-Za-z]|[A-Za-z].*[\u4e00-\u9fff]/, `${key} has a bilingual description`);
    }
  });

  it('lists every finding code under severities', () => {
    assert.deepEqual(Object.keys(schema.properties.severities.properties ?? {}).sort(), [...FINDING_CODES].sort());
  });
});
