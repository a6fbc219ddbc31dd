// Issue 6, security: sources are read only from the configured paths. In an untrusted workspace neither
// the workspace's hedui.config.json (nested ones included) nor the settings can reach outside the
// workspace folder — not by '..', an absolute path or a symbolic link. A trusted workspace and the CLI
// follow them, sibling folders included. HTML sources are tokenised, never run.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestClient } from '../lsp/harness';
import { buildOnce, hedui, project, type JsonReport, type Project } from './helpers';

const INSIDE = '2020年，余姚地区生产总值达到1220.7亿元。\n';
const SECRET = '2020年，慈溪地区生产总值达到2008.3亿元。\n';
const SIBLING = '2020年，象山县地区生产总值达到632.5亿元。\n';

interface FactRow { text: string; path: string }

describe('robustness: security', function () {
  this.timeout(60000);
  let p: Project;
  let ws: string;
  let outside: string;

  before(() => {
    buildOnce();
    p = project({
      'ws/sources/inside.txt': INSIDE,
      'ws/shared/shared.txt': '2020年，宁海县地区生产总值达到811.2亿元。\n',
      'ws/drafts/notes.txt': '2020年，北仑区地区生产总值达到2232.4亿元。\n',
      'ws/drafts/draft.md': `${INSIDE}${SECRET}${SIBLING}`,
      'outside/secret.txt': SECRET,
      'sibling/data.txt': SIBLING,
    });
    ws = p.path('ws');
    outside = p.path('outside');
    symlinkSync(outside, p.path('ws/sources/link-to-outside'));
    symlinkSync(path.join(outside, 'secret.txt'), p.path('ws/sources/secret-link.txt'));
    p.write('ws/hedui.config.json', JSON.stringify({
      reference: ['sources', '../outside', outside, 'sources/../../outside/secret.txt', '../sibling'],
    }));
    // A nested scope: may use a folder elsewhere in the workspace, never one outside it.
    p.write('ws/sub/hedui.config.json', JSON.stringify({ reference: ['../shared', '../../outside'] }));
    p.write('ws/sub/draft.md', SECRET);
  });
  after(() => p.remove());

  const facts = async (client: TestClient): Promise<FactRow[]> => (await client.request<{ facts: FactRow[] }>('hedui/facts', { limit: 10000 })).facts;

  it('untrusted: config, nested config and settings reach nothing outside the folder, by .., absolute path or symlink; each refusal is logged', async () => {
    const client = await TestClient.start({
      workspace: ws,
      pull: true,
      initializationOptions: { workspaceTrusted: false },
      settings: { reference: ['../outside', path.join(outside, 'secret.txt'), '../sibling'] },
    });
    try {
      await client.ready();
      const rows = await facts(client);
      assert.ok(rows.some((f) => f.text === '1220.7亿元'), 'the folder’s own sources are read');
      assert.ok(rows.some((f) => f.text === '811.2亿元'), 'a nested scope may use another folder of the workspace');
      assert.ok(!rows.some((f) => f.text === '2008.3亿元'), `nothing from outside: ${rows.map((f) => f.path).join(', ')}`);
      assert.ok(!rows.some((f) => f.text === '632.5亿元'), 'not even a sibling folder');
      assert.ok(!rows.some((f) => f.text === '2232.4亿元'), 'files that are not configured sources are not read');
      const log = client.events.filter((e) => e.method === 'window/logMessage').map((e) => (e.params as { message: string }).message).join('\n');
      for (const shown of ['../outside', 'link-to-outside', 'secret-link.txt', '../sibling']) {
        assert.ok(log.includes(`${shown}：在不受信任的工作区中，不读取工作区之外的来源`) || log.includes(`${shown.replace('../', '')}：在不受信任`), `${shown} refused in the log:\n${log}`);
      }
      const sub = client.open('sub/draft.md');
      assert.deepEqual((await client.pull(sub)).items, [], 'the nested draft is not checked against the secret');
      const status = await client.request<{ facts: number }>('hedui/status', {});
      assert.equal(status.facts, rows.length);
    } finally {
      await client.stop();
    }
  });

  it('trusted: the same config and settings read the folder outside and the sibling folder', async () => {
    const client = await TestClient.start({
      workspace: ws,
      pull: true,
      initializationOptions: { workspaceTrusted: true },
      settings: { reference: ['../sibling'] },
    });
    try {
      await client.ready();
      const texts = new Set((await facts(client)).map((f) => f.text));
      for (const t of ['1220.7亿元', '2008.3亿元', '632.5亿元', '811.2亿元']) assert.ok(texts.has(t), t);
      assert.ok(!texts.has('2232.4亿元'), 'still only configured paths');
    } finally {
      await client.stop();
    }
  });

  it('CLI: follows the config to sibling folders and symlinks, and reads nothing else', () => {
    const r = hedui(['check', '--format', 'json', 'drafts/draft.md'], ws);
    assert.equal(r.code, 0, r.stderr);
    const claims = (JSON.parse(r.stdout) as JsonReport).files[0].claims;
    assert.deepEqual(claims.map((c) => c.status), ['verified', 'verified', 'verified']);
    const f = hedui(['facts', '--format', 'json', 'sources'], ws);
    const paths = (JSON.parse(f.stdout) as { facts: { source: { path: string } }[] }).facts.map((x) => x.source.path);
    assert.ok(paths.every((x) => x.startsWith('sources')), paths.join(', '));
  });

  it('HTML sources never run anything: scripts, handlers, javascript: URLs and refreshes are text to skip', async () => {
    const marker = path.join(tmpdir(), `hedui-pwned-${process.pid}`);
    const js = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    const html = `<!doctype html><html><head><title>余姚通报</title>
<meta http-equiv="refresh" content="0;url=javascript:${js}">
<base href="javascript:${js}//">
<script>${js}; document.write('2020年，余姚地区生产总值达到9999.9亿元。')</script>
<script src="data:text/javascript,${encodeURIComponent(js)}"></script>
<link rel="stylesheet" href="http://127.0.0.1:9/evil.css">
<style>body::after { content: '2020年，余姚地区生产总值达到8888.8亿元。' }</style>
</head><body onload="${js}">
<img src="x" onerror="${js}"><svg onload="${js}"><text>7777.7亿元</text></svg>
<iframe srcdoc="<script>${js}</script>2020年，余姚地区生产总值达到6666.6亿元。"></iframe>
<object data="javascript:${js}"></object>
<a href="javascript:${js}">链接</a>
<p>2020年，余姚地区生产总值达到1220.7亿元。</p>
<noscript>2020年，余姚地区生产总值达到5555.5亿元。</noscript>
</body></html>`;
    const q = project({ 'sources/page.html': html, 'draft.md': INSIDE });
    try {
      const r = hedui(['facts', '--format', 'json', 'sources'], q.dir);
      assert.equal(r.code, 0, r.stderr);
      const texts = (JSON.parse(r.stdout) as { facts: { text: string }[] }).facts.map((f) => f.text);
      assert.deepEqual(texts, ['1220.7亿元'], 'only the visible paragraph');
      q.write('hedui.config.json', JSON.stringify({ reference: ['sources'] }));
      const client = await TestClient.start({ workspace: q.dir, pull: true, initializationOptions: { workspaceTrusted: false } });
      try {
        await client.ready();
        assert.deepEqual((await facts(client)).map((f) => f.text), ['1220.7亿元']);
      } finally {
        await client.stop();
      }
      assert.ok(!existsSync(marker), 'no script ran');
    } finally {
      q.remove();
    }
  });

  it('a symlink loop inside a source folder is walked once, never followed forever', () => {
    const q = project({ 'sources/ok.txt': INSIDE, 'draft.md': INSIDE });
    try {
      mkdirSync(q.path('sources/loop'));
      symlinkSync(q.path('sources/loop'), q.path('sources/loop/again'));
      symlinkSync(q.path('sources'), q.path('sources/loop/up'));
      writeFileSync(q.path('hedui.config.json'), JSON.stringify({ reference: ['sources'] }));
      const r = hedui(['check', 'draft.md'], q.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /1 个已核对/);
    } finally {
      q.remove();
    }
  });
});
