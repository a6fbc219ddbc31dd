import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { copyWorkspace, TestClient, uriOf } from './harness';

const mismatchCount = (items: Diagnostic[] | undefined) => (items ?? []).filter((d) => String(d.code).endsWith('-mismatch')).length;

interface Status {
  ready: boolean;
  sources: number;
  facts: number;
  problems: number;
}

describe('lsp: indexing, watching and configuration', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  beforeEach(() => (ws = copyWorkspace()));
  afterEach(() => ws.dispose());

  it('indexes with work-done progress, then registers watchers for the config and the sources', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      await client.ready();
      assert.ok(client.count('window/workDoneProgress/create') >= 1, 'progress created');
      const kinds = client.events.filter((e) => e.method === '$/progress').map((e) => (e.params as { value: { kind: string } }).value.kind);
      assert.equal(kinds[0], 'begin');
      assert.ok(kinds.includes('end'));
      const status = await client.request<Status>('hedui/status', {});
      assert.equal(status.sources, 2, 'both source files indexed');
      const registration = await client.waitFor(
        () =>
          client.events
            .filter((e) => e.method === 'client/registerCapability')
            .flatMap((e) => (e.params as { registrations: { method: string; registerOptions: { watchers: { globPattern: { baseUri: string; pattern: string } }[] } }[] }).registrations)
            .find((r) => r.method === 'workspace/didChangeWatchedFiles'),
        5000,
        'watcher registration',
      );
      const patterns = registration.registerOptions.watchers.map((w) => `${w.globPattern.baseUri}|${w.globPattern.pattern}`);
      assert.ok(patterns.includes(`${uriOf(ws.dir)}|**/hedui.config.json`));
      assert.ok(patterns.includes(`${uriOf(path.join(ws.dir, 'sources'))}|**/*`));
    } finally {
      await client.stop();
    }
  });

  it('config change → re-index → diagnostics refresh; source file change → re-index that file', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      await client.ready();
      const doc = client.open('drafts/report.md');
      assert.equal(mismatchCount((await client.pull(doc)).items), 3);

      // Point the config at the Ningbo source only: the Yuyao figures become unverified.
      const configPath = path.join(ws.dir, 'hedui.config.json');
      const config = JSON.parse(readFileSync(configPath, 'utf8')) as { reference: string[] };
      config.reference = ['sources/ningbo-2020-report.txt'];
      writeFileSync(configPath, JSON.stringify(config));
      let refreshes = client.count('workspace/diagnostic/refresh');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(configPath), type: 2 }] });
      await client.waitFor(() => client.count('workspace/diagnostic/refresh') > refreshes, 10000, 'diagnostic refresh after config change');
      assert.equal(mismatchCount((await client.pull(doc)).items), 1, 'only the Ningbo mismatch is left');
      assert.equal((await client.request<Status>('hedui/status', {})).sources, 1);

      // Correct the draft's wrong figure in the *source* instead: the last mismatch disappears.
      const ningbo = path.join(ws.dir, 'sources/ningbo-2020-report.txt');
      writeFileSync(ningbo, readFileSync(ningbo, 'utf8').replace('增长2.9%', '增长3.9%'));
      refreshes = client.count('workspace/diagnostic/refresh');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(ningbo), type: 2 }] });
      await client.waitFor(() => client.count('workspace/diagnostic/refresh') > refreshes, 10000, 'diagnostic refresh after source change');
      assert.equal(mismatchCount((await client.pull(doc)).items), 0);
    } finally {
      await client.stop();
    }
  });

  it('settings per resource: hedui.unverified.severity shows unverified figures; hedui.enable=false shows nothing', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      await client.ready();
      const doc = client.open('drafts/report.md');
      const before = await client.pull(doc);
      assert.equal((before.items ?? []).filter((d) => d.code === 'unverified').length, 0);
      // A figure no source has.
      const changed = client.change(doc, `${doc.getText()}\n2020年，宁波新增市场主体19.8万户。\n`);
      client.settings = { unverified: { severity: 'information' } };
      let refreshes = client.count('workspace/diagnostic/refresh');
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => client.count('workspace/diagnostic/refresh') > refreshes, 10000, 'refresh after settings change');
      const after = await client.pull(changed);
      const unverified = (after.items ?? []).filter((d) => d.code === 'unverified');
      assert.ok(unverified.length >= 1, 'unverified figures reported when asked');
      assert.ok(unverified.every((d) => d.severity === 3), 'with the configured severity (information)');

      client.settings = { enable: false };
      refreshes = client.count('workspace/diagnostic/refresh');
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitFor(() => client.count('workspace/diagnostic/refresh') > refreshes, 10000, 'refresh after disabling');
      assert.deepEqual((await client.pull(changed)).items, []);
    } finally {
      await client.stop();
    }
  });

  it('untrusted workspace: sources outside the folder are not read', async () => {
    const outside = path.join(ws.dir, 'outside');
    const folder = path.join(ws.dir, 'inner');
    mkdirSync(outside);
    mkdirSync(folder);
    writeFileSync(path.join(outside, 'secret.txt'), '2020年，宁波完成一般公共预算收入1510.8亿元，增长2.9%。\n');
    writeFileSync(path.join(folder, 'hedui.config.json'), JSON.stringify({ reference: ['../outside'] }));
    const untrusted = await TestClient.start({ workspace: folder, pull: true, initializationOptions: { workspaceTrusted: false } });
    try {
      await untrusted.ready();
      const s = await untrusted.request<Status>('hedui/status', {});
      assert.equal(s.sources, 0, 'nothing read from outside the folder');
      assert.ok(s.problems >= 1, 'the refusal is reported as a problem');
    } finally {
      await untrusted.stop();
    }
    const trusted = await TestClient.start({ workspace: folder, pull: true, initializationOptions: { workspaceTrusted: true } });
    try {
      await trusted.ready();
      assert.equal((await trusted.request<Status>('hedui/status', {})).sources, 1, 'a trusted workspace may point outside');
    } finally {
      await trusted.stop();
    }
  });
});
