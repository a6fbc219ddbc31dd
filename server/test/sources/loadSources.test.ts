import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import type { InputProblem } from '../../src/core/types';
import { loadSourceFile, loadSources } from '../../src/sources/loadSources';
import { makeTree, type TempTree } from './tempTree';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const ZIP_NAMED_CSV = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]);

const kinds = (problems: InputProblem[]): string[][] => problems.map((p) => [p.kind, p.path]).sort();

describe('loadSources', () => {
  let tree: TempTree;
  beforeEach(() => {
    tree = makeTree({
      'refs/2020.txt': '2020年，余姚地区生产总值1220.7亿元，增长5.1%。',
      'refs/gbk/研发.txt': iconv.encode('上半年余姚规上工业企业研发费用41.8亿元。', 'gbk'),
      'refs/utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 海曙\n规上工业增加值增长6.9%。', 'utf16le')]),
      'refs/page.htm': '<title>简报</title><script>x="9.9%"</script><p>前两个月增长74.7%。</p>',
      'refs/data.csv': '指标,数值,单位\n地区生产总值,1220.7,亿元\n,5.1,%\n',
      'refs/nested/deeper/rows.json': '[{"指标":"有效投资","数值":15.2,"口径":"增速"}]',
      'refs/photo.png': PNG,
      'refs/report.doc': '%PDF-1.7',
      'refs/notes.pptx': ZIP_NAMED_CSV,
      'refs/fake.csv': ZIP_NAMED_CSV,
      'refs/.hidden/secret.txt': '隐藏文件夹中的1.0亿元',
      'refs/node_modules/pkg/readme.md': '依赖包中的2.0亿元',
      'refs/.notes.txt': '隐藏文件中的3.0亿元',
      'refs/hedui.config.json': '{"reference": ["."]}',
      'empty/readme.doc': '%PDF-1.7',
    });
  });
  afterEach(() => tree.remove());

  it('reads folders recursively in every supported format, with paths relative to baseDir', async () => {
    const r = await loadSources(['refs'], { baseDir: tree.root });
    assert.deepEqual(r.documents.map((d) => d.path).sort(), [join('refs', '2020.txt'), join('refs', 'gbk', '研发.txt'), join('refs', 'page.htm'), join('refs', 'utf16.md')]);
    const byPath = new Map(r.documents.map((d) => [d.path, d]));
    assert.equal(byPath.get(join('refs', 'gbk', '研发.txt'))?.text, '上半年余姚规上工业企业研发费用41.8亿元。');
    assert.equal(byPath.get(join('refs', 'utf16.md'))?.text, '# 海曙\n规上工业增加值增长6.9%。');
    const page = byPath.get(join('refs', 'page.htm'));
    assert.equal(page?.text, '简报\n前两个月增长74.7%。');
    assert.ok(page?.position, 'HTML documents map offsets back to the file');
    assert.deepEqual(r.datasets.map((d) => [d.path, d.rows.length]).sort(), [
      [join('refs', 'data.csv'), 1],
      [join('refs', 'nested', 'deeper', 'rows.json'), 1],
    ]);
  });

  it('skips hidden entries and node_modules', async () => {
    const r = await loadSources(['refs'], { baseDir: tree.root });
    const all = [...r.files, ...r.documents.map((d) => d.text)].join('\n');
    assert.doesNotMatch(all, /隐藏|依赖包|hidden|node_modules|\.notes|hedui\.config/);
  });

  it('reports binaries, a broken row, and one summary for unsupported files per folder', async () => {
    const r = await loadSources(['refs'], { baseDir: tree.root });
    assert.deepEqual(kinds(r.problems), [
      ['binary', join('refs', 'fake.csv')],
      ['dataset-row', join('refs', 'data.csv')],
      ['unsupported', 'refs'],
    ]);
    const summary = r.problems.find((p) => p.kind === 'unsupported');
    assert.equal(summary?.severity, 'information');
    assert.equal(summary?.args.count, '3');
    assert.equal(summary?.args.extensions, '.doc, .png, .pptx');
    assert.equal(r.problems.find((p) => p.kind === 'dataset-row')?.line, 3);
  });

  it('reads a file given by name even with another extension, and skips it when it is binary', async () => {
    const r = await loadSources(['refs/photo.png', 'refs/2020.txt'], { baseDir: tree.root });
    assert.equal(r.documents.length, 1);
    assert.deepEqual(kinds(r.problems), [['binary', join('refs', 'photo.png')]]);
    assert.equal(r.problems[0].args.detail, 'png');
  });

  it('reports a missing path and an empty folder, and goes on with the rest', async () => {
    const r = await loadSources(['no/such/folder', 'empty', 'refs/2020.txt'], { baseDir: tree.root });
    assert.equal(r.documents.length, 1);
    assert.deepEqual(kinds(r.problems), [
      ['empty-folder', 'empty'],
      ['missing', join('no', 'such', 'folder')],
      ['unsupported', 'empty'],
    ]);
    assert.equal(r.problems.find((p) => p.kind === 'missing')?.severity, 'error');
  });

  it('reports files over maxFileBytes instead of reading or truncating them', async () => {
    const r = await loadSources(['refs'], { baseDir: tree.root, maxFileBytes: 40 });
    const tooLarge = r.problems.filter((p) => p.kind === 'too-large');
    assert.ok(tooLarge.some((p) => p.path === join('refs', '2020.txt') && p.args.limit === '40' && Number(p.args.size) > 40));
    assert.ok(!r.documents.some((d) => d.path === join('refs', '2020.txt')));
    assert.ok(r.files.includes(join('refs', '2020.txt')), 'still listed for watching');
    for (const d of r.documents) assert.ok(Buffer.byteLength(d.text) <= 40 * 2);
  });

  it('shows paths outside baseDir as absolute', async () => {
    const r = await loadSources([tree.path('refs', '2020.txt')], { baseDir: tree.path('empty') });
    assert.equal(r.documents[0].path, tree.path('refs', '2020.txt'));
    const inside = await loadSources([tree.path('refs', '2020.txt')], { baseDir: tree.root });
    assert.equal(inside.documents[0].path, join('refs', '2020.txt'));
  });

  it('refuses paths and symlinks that resolve outside allowedRoots', async () => {
    const outside = makeTree({ 'secret.txt': '工作区外的文件：总投资238亿元。', 'dir/more.txt': '工作区外的目录：总投资1135亿元。' });
    try {
      mkdirSync(tree.path('ws'));
      writeFileSync(tree.path('ws', 'own.txt'), '工作区内：增长15.2%。');
      symlinkSync(outside.path('secret.txt'), tree.path('ws', 'link.txt'));
      symlinkSync(outside.path('dir'), tree.path('ws', 'linkdir'));
      const r = await loadSources(['ws', outside.path('secret.txt')], { baseDir: tree.root, allowedRoots: [tree.path('ws')] });
      assert.deepEqual(r.documents.map((d) => d.path), [join('ws', 'own.txt')]);
      assert.deepEqual(kinds(r.problems), [
        ['outside-workspace', outside.path('secret.txt')],
        ['outside-workspace', join('ws', 'link.txt')],
        ['outside-workspace', join('ws', 'linkdir')],
      ]);
      // Trusted workspace: the same links are followed.
      const trusted = await loadSources(['ws'], { baseDir: tree.root });
      assert.equal(trusted.documents.length, 3);
    } finally {
      outside.remove();
    }
  });

  it('does not loop on a symlink cycle and reads each file once', async () => {
    symlinkSync(tree.path('refs'), tree.path('refs', 'nested', 'loop'));
    const r = await loadSources(['refs', 'refs/2020.txt'], { baseDir: tree.root });
    assert.equal(r.documents.filter((d) => d.text.includes('1220.7')).length, 1);
  });

  it('loadSourceFile re-reads one file under the same path key, or reports it gone', async () => {
    const options = { baseDir: tree.root };
    const first = await loadSources(['refs'], options);
    writeFileSync(tree.path('refs', '2020.txt'), '2020年，余姚地区生产总值1220.7亿元，增长5.1%（修订）。');
    const again = await loadSourceFile(tree.path('refs', '2020.txt'), options);
    assert.equal(again.documents[0].path, first.documents.find((d) => d.text.includes('1220.7'))?.path);
    assert.match(again.documents[0].text, /修订/);
    const gone = await loadSourceFile(tree.path('refs', 'deleted.txt'), options);
    assert.deepEqual(kinds(gone.problems), [['missing', join('refs', 'deleted.txt')]]);
  });
});
