import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CheckWorkspaceResult, FactsResult, StatusResult } from '../../src/lsp/protocol';
import { FIXTURE, TestClient, uriOf, workspaceSession } from './harness';

describe('lsp: custom requests', () => {
  const session = workspaceSession();

  it('hedui/status: sources, facts and the mismatches of a checked document', async () => {
    const doc = session.client.open('drafts/report.md');
    await session.client.pull(doc);
    const s = await session.client.request<StatusResult>('hedui/status', { uri: doc.uri });
    assert.equal(s.ready, true);
    assert.equal(s.sources, 2);
    assert.ok(s.facts >= 8, `facts from both sources, got ${s.facts}`);
    assert.equal(s.mismatches, 3);
  });

  it('hedui/facts: filterable rows, each with its source location', async () => {
    const all = await session.client.request<FactsResult>('hedui/facts', {});
    assert.equal(all.total, all.facts.length);
    const filtered = await session.client.request<FactsResult>('hedui/facts', { query: '1510.8' });
    assert.ok(filtered.total >= 1 && filtered.total < all.total);
    const row = filtered.facts[0];
    assert.ok(row.location.uri.endsWith('/sources/ningbo-2020-report.txt'));
    assert.equal(row.location.range.start.line, 6);
    assert.match(row.excerpt, /一般公共预算收入/);
  });

  it('hedui/checkWorkspace: every draft outside the sources, with its findings', async () => {
    const result = await session.client.request<CheckWorkspaceResult>('hedui/checkWorkspace', {});
    const byFile = new Map(result.drafts.map((d) => [path.basename(new URL(d.uri).pathname), d]));
    assert.equal(byFile.get('report.md')?.mismatches, 3);
    assert.equal(byFile.get('notes.txt')?.mismatches, 1);
    assert.ok(![...byFile.keys()].some((f) => f.includes('ningbo') || f.includes('yuyao')), 'sources are not drafts');
  });
});

describe('lsp: multi-root and broken config', () => {
  it('each folder has its own config and index; a broken config is reported, not fatal', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hedui-multi-'));
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    cpSync(FIXTURE, a, { recursive: true });
    mkdirSync(b);
    writeFileSync(path.join(b, 'hedui.config.json'), '{ "reference": ["sources"], oops }');
    writeFileSync(path.join(b, 'draft.md'), '2020年，宁波完成一般公共预算收入1510.8亿元，增长3.9%。\n');
    const client = await TestClient.start({ workspace: a, pull: true });
    try {
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(b), name: 'b' }], removed: [] } });
      await client.waitFor(() => client.count('window/showMessage') + client.count('window/showMessageRequest') > 0 || undefined, 10000, 'the broken config is shown');
      await client.ready();
      const s = await client.request<StatusResult>('hedui/status', {});
      assert.equal(s.folders, 2);
      assert.ok(s.problems >= 1);
      const inB = client.open('../b/draft.md');
      assert.deepEqual((await client.pull(inB)).items, [], 'folder b has no sources: nothing to report');
      const inA = client.open('drafts/report.md');
      assert.equal((await client.pull(inA)).items?.length, 3);
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('lsp: nested hedui.config.json', () => {
  it('a folder below the workspace folder with its own config is a scope of its own, also when created later', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'hedui-nested-'));
    cpSync(FIXTURE, path.join(root, 'project'), { recursive: true });
    const client = await TestClient.start({ workspace: root, pull: true });
    try {
      await client.ready();
      const doc = client.open('project/drafts/report.md');
      assert.equal((await client.pull(doc)).items?.length, 3, 'the nested config and its sources are used');

      // A second project appears while the server runs.
      cpSync(FIXTURE, path.join(root, 'later'), { recursive: true });
      const refreshes = client.count('workspace/diagnostic/refresh');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path.join(root, 'later', 'hedui.config.json')), type: 1 }] });
      await client.waitFor(() => client.count('workspace/diagnostic/refresh') > refreshes, 10000, 'refresh after a new config');
      const later = client.open('later/drafts/report.md');
      assert.equal((await client.pull(later)).items?.length, 3);
      const result = await client.request<CheckWorkspaceResult>('hedui/checkWorkspace', {});
      assert.equal(result.drafts.filter((d) => d.uri.endsWith('/report.md')).length, 2, 'each draft checked once');
    } finally {
      await client.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
