// Issue 6, size: a 50 MB source file and a 5 MB draft, generated here into a temp folder. Under the
// limits they are indexed and checked completely (the fact at the very end of the 50 MB file is found);
// past a limit (maxFileBytes for sources, maxDraftBytes for drafts, both configurable) the CLI and the
// language server say so — never a silent truncation. Time budgets are asserted in `npm run bench`.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver/node';
import { TestClient } from '../lsp/harness';
import { limitDraft } from '../../src/sources/draftLimit';
import { buildOnce, hedui, offsetAt, project, type JsonReport, type Project } from './helpers';

const MB = 1024 * 1024;
const FILLER = '全市上下深入推进高质量发展，经济运行总体平稳、稳中有进。'.repeat(30) + '\n';
const HEAD_FACT = '2020年，余姚地区生产总值达到1220.7亿元。\n';
const TAIL_FACT = '2020年，慈溪地区生产总值达到2008.3亿元。\n';
const LINE = '2020年，余姚地区生产总值达到1220.7亿元，慈溪地区生产总值达到2008.3亿元。\n';

/** `bytes` of UTF-8: a fact at the start, filler, and a fact on the last line. */
function bigSource(bytes: number): Buffer {
  const filler = Buffer.from(FILLER);
  const head = Buffer.from(HEAD_FACT);
  const tail = Buffer.from(TAIL_FACT);
  const n = Math.ceil((bytes - head.length - tail.length) / filler.length);
  return Buffer.concat([head, Buffer.alloc(n * filler.length, filler), tail]);
}

/** A draft of about `bytes` whose every line holds two figures the sources state. */
function bigDraft(bytes: number): string {
  return LINE.repeat(Math.ceil(bytes / Buffer.byteLength(LINE)));
}

describe('robustness: limitDraft', () => {
  it('keeps drafts within the limit whole, and cuts larger ones after the last line break within it', () => {
    assert.deepEqual(limitDraft('短文。\n', 100).truncated, false);
    const text = 'a。\n'.repeat(100);
    const l = limitDraft(text, 50);
    assert.equal(l.truncated, true);
    assert.ok(Buffer.byteLength(l.text) <= 50);
    assert.ok(l.text.endsWith('\n'));
    assert.equal(l.checked, l.text.length);
    assert.equal(l.total, text.length);
  });
  it('without line breaks, cuts after a sentence end; never inside a surrogate pair', () => {
    const l = limitDraft('一二三。四五六。七八九。', 26);
    assert.equal(l.text, '一二三。四五六。');
    const emoji = limitDraft('😀'.repeat(100), 10);
    assert.equal(emoji.text, '😀😀');
    assert.ok(!/[\uD800-\uDBFF]$/.test(emoji.text));
  });
});

describe('robustness: a 50 MB source and a 5 MB draft', function () {
  this.timeout(60000);
  let p: Project;
  before(() => {
    buildOnce();
    p = project({ 'small/other.txt': '2020年，象山县地区生产总值达到632.5亿元。\n' });
    p.write('sources/huge.txt', bigSource(50 * MB));
    writeFileSync(p.path('draft-5mb.md'), bigDraft(5 * MB));
    p.write('draft.md', `${HEAD_FACT}${TAIL_FACT}2020年，象山县地区生产总值达到632.5亿元。\n`);
  });
  after(() => p.remove());

  it('CLI, default limits: the whole 50 MB file is indexed (the fact on its last line verifies the draft)', () => {
    const r = hedui(['check', '--format', 'json', '--reference', 'sources', '--reference', 'small', 'draft.md'], p.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const claims = (JSON.parse(r.stdout) as JsonReport).files[0].claims;
    assert.deepEqual(claims.map((c) => c.status), ['verified', 'verified', 'verified']);
    assert.ok(claims[1].sources[0].path.endsWith('huge.txt'));
  });

  it('CLI, maxFileBytes below 50 MB: the file is reported with its size and the limit, not read, and the others still are', () => {
    p.write('cfg/hedui.config.json', JSON.stringify({ reference: ['../sources', '../small'], maxFileBytes: 16 * MB }));
    const r = hedui(['check', '--config', 'cfg/hedui.config.json', '--format', 'json', 'draft.md'], p.dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /hedui: warning: sources[/\\]huge\.txt：文件大小 \d+ 超过上限 16777216，未索引/);
    const claims = (JSON.parse(r.stdout) as JsonReport).files[0].claims;
    assert.deepEqual(claims.map((c) => c.status), ['unverified', 'unverified', 'verified']);
  });

  it('CLI, a 5 MB draft over the default maxDraftBytes (1 MB): the first MB is checked, and the output says where checking stopped', () => {
    const text = bigDraft(5 * MB);
    const r = hedui(['check', '--format', 'json', '--reference', 'small', 'draft-5mb.md'], p.dir);
    assert.equal(r.code, 0, r.stderr);
    const file = (JSON.parse(r.stdout) as JsonReport).files[0];
    const notChecked = file.diagnostics.filter((d) => d.code === 'not-fully-checked');
    assert.equal(notChecked.length, 1);
    const cut = offsetAt(text, notChecked[0].range.start);
    assert.ok(Buffer.byteLength(text.slice(0, cut)) <= MB && cut > 0 && text[cut - 1] === '\n', `cut at ${cut}`);
    assert.equal(notChecked[0].message, `文件过大，仅检查了前 ${cut} 个字符`);
    assert.equal(notChecked[0].severity, 'warning');
    assert.ok(file.claims.every((c) => offsetAt(text, c.range.end) <= cut), 'no claim past the cut');
    assert.equal(file.claims.length, (text.slice(0, cut).match(/\n/g) ?? []).length * 2, 'every line before the cut checked');
    assert.equal(file.notes?.length, 1);
    assert.match(r.stderr, /draft-5mb\.md: 草稿大小 \d+ 字节，超过上限 1048576 字节/);
  });

  it('CLI, text output: a not-fully-checked line with the position; --max-draft-bytes and maxDraftBytes raise or lower the limit', () => {
    const text = bigDraft(3000);
    p.write('d3k/draft.md', text);
    const low = hedui(['check', '--reference', '../small', '--max-draft-bytes', '1000', 'draft.md'], p.path('d3k'));
    assert.equal(low.code, 0, low.stderr);
    assert.match(low.stdout, /^draft\.md:\d+:1 warning 文件过大，仅检查了前 \d+ 个字符 \[not-fully-checked\]$/m);
    assert.match(low.stdout, /^draft\.md: 草稿大小 \d+ 字节，超过上限 1000 字节/m);
    p.write('d3k/hedui.config.json', JSON.stringify({ reference: ['../small'], maxDraftBytes: 1000, severities: { 'not-fully-checked': 'error' } }));
    assert.match(hedui(['check', 'draft.md'], p.path('d3k')).stdout, / error 文件过大/);
    const high = hedui(['check', '--max-draft-bytes', '100000', 'draft.md'], p.path('d3k'));
    assert.ok(!high.stdout.includes('not-fully-checked'), high.stdout);
    assert.equal(hedui(['check', '--max-draft-bytes', '0', 'draft.md'], p.path('d3k')).code, 2);
  });

  it('language server, default hedui.maxFileBytes (20 MB): the 50 MB source is logged as too large; a 5 MB draft gets a not-fully-checked diagnostic and status', async () => {
    p.write('hedui.config.json', JSON.stringify({ reference: ['sources', 'small'] }));
    const client = await TestClient.start({ workspace: p.dir, pull: true });
    try {
      await client.ready(30000);
      const log = client.events.filter((e) => e.method === 'window/logMessage').map((e) => (e.params as { message: string }).message).join('\n');
      assert.match(log, /sources[/\\]huge\.txt：文件大小 \d+ 超过上限 20971520，未索引/);

      const small = client.open('draft.md');
      const smallItems = ((await client.pull(small)).items ?? []) as Diagnostic[];
      assert.deepEqual(smallItems, [], 'nothing wrong, nothing claimed from the unread file');

      const big = client.open('draft-5mb.md');
      const items = ((await client.pull(big)).items ?? []) as Diagnostic[];
      const notChecked = items.filter((d) => d.code === 'not-fully-checked');
      assert.equal(notChecked.length, 1);
      const cut = big.offsetAt(notChecked[0].range.start);
      assert.ok(Buffer.byteLength(big.getText().slice(0, cut)) <= MB && big.getText()[cut - 1] === '\n');
      assert.equal(notChecked[0].message, `文件过大，仅检查了前 ${cut} 个字符`);
      const status = await client.request<{ notFullyChecked?: { checked: number; total: number } }>('hedui/status', { uri: big.uri });
      assert.deepEqual(status.notFullyChecked && [status.notFullyChecked.checked, status.notFullyChecked.total], [cut, big.getText().length]);

      // Cut down below the limit, it is checked whole again.
      const shorter = client.change(big, bigDraft(100 * 1024));
      const after = ((await client.pull(shorter)).items ?? []) as Diagnostic[];
      assert.ok(!after.some((d) => d.code === 'not-fully-checked'));
      assert.equal((await client.request<{ notFullyChecked?: unknown }>('hedui/status', { uri: big.uri })).notFullyChecked, undefined);
    } finally {
      await client.stop();
    }
  });
});
