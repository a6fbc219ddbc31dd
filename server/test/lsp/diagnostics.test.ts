import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { copyWorkspace, positionOf, TestClient, textAt } from './harness';

const text = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : d.message.value);
const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);
const mismatches = (items: Diagnostic[] | undefined) => (items ?? []).filter((d) => String(d.code).endsWith('-mismatch'));

describe('lsp: diagnostics', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  beforeEach(() => (ws = copyWorkspace()));
  afterEach(() => ws.dispose());

  it('pull client: mismatches with code, docs link, source passage and fix data; nothing pushed', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      assert.ok(client.init.capabilities.diagnosticProvider, 'server offers pull diagnostics to a pull client');
      const doc = client.open('drafts/report.md');
      const report = await client.pull(doc);
      assert.equal(report.kind, 'full');
      const found = mismatches(report.items);
      assert.equal(found.length, 3, `three wrong figures, got ${JSON.stringify(report.items?.map((d) => [d.code, textAt(doc, d.range)]))}`);
      const growth = found.find((d) => textAt(doc, d.range).includes('16.2'));
      assert.ok(growth, 'the wrong growth rate 16.2% is flagged');
      assert.equal(growth.code, 'growth-mismatch');
      assert.equal(growth.source, 'hedui');
      assert.match(growth.codeDescription?.href ?? '', /findings\.md#growth-mismatch$/);
      assert.ok(hasCjk(text(growth)), 'Chinese message by default');
      const related = growth.relatedInformation?.[0];
      assert.ok(related, 'relatedInformation points at the source');
      assert.ok(related.location.uri.endsWith('/sources/yuyao-2022-investment.txt'));
      const data = growth.data as { fix?: { newText: string }; expected?: string; version: number };
      assert.equal(data.version, 1);
      assert.ok(data.fix?.newText.includes('15.2'), 'data carries the fix');
      for (const shares of found.filter((d) => d !== growth)) assert.ok(/74\.1|3\.9/.test(textAt(doc, shares.range)));
      // Unverified figures are off by default.
      assert.equal((report.items ?? []).filter((d) => d.code === 'unverified').length, 0);
      // A second pull with the same result id is "unchanged".
      const again = await client.pull(doc, report.resultId);
      assert.equal(again.kind, 'unchanged');
      assert.equal(client.count('textDocument/publishDiagnostics'), 0, 'a pull client never gets pushed diagnostics');
    } finally {
      await client.stop();
    }
  });

  it('push client: first publish already has the mismatches (nothing before indexing), English with locale en', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: false, locale: 'en-US' });
    try {
      assert.equal(client.init.capabilities.diagnosticProvider, undefined, 'no pull provider for a push client');
      const doc = client.open('drafts/report.md');
      const first = await client.waitFor(() => client.published(doc.uri)[0], 10000, 'publishDiagnostics');
      assert.equal(first.version, 1);
      const found = mismatches(first.diagnostics);
      assert.equal(found.length, 3, 'the first publish is complete: the index was ready before it');
      const growth = found.find((d) => textAt(doc, d.range).includes('16.2'));
      assert.ok(growth);
      assert.ok(/[A-Za-z]{3}/.test(text(growth)), `English message, got ${text(growth)}`);
    } finally {
      await client.stop();
    }
  });

  it('push client: a quick edit cancels the old check; no diagnostics for a stale version', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: false });
    try {
      await client.ready();
      let doc = client.open('drafts/report.md');
      doc = client.change(doc, doc.getText().replace('增长16.2%', '增长15.2%'));
      const latest = await client.waitFor(() => client.published(doc.uri).find((p) => p.version === 2), 10000, 'publish for version 2');
      assert.equal(client.published(doc.uri).filter((p) => p.version === 1).length, 0, 'version 1 was never published');
      assert.equal(mismatches(latest.diagnostics).length, 2);
    } finally {
      await client.stop();
    }
  });

  it('UTF-16 columns: a figure after 𠮷 and an emoji is located by UTF-16 units', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      const doc = client.open('drafts/notes.txt');
      const report = await client.pull(doc);
      const diff = mismatches(report.items).find((d) => d.code === 'diff-mismatch');
      assert.ok(diff, `the wrong 5.8个百分点 is flagged, got ${JSON.stringify(report.items)}`);
      const at = positionOf(doc, '5.8');
      assert.equal(diff.range.start.line, at.line);
      assert.ok(diff.range.start.character <= at.character && at.character < diff.range.end.character, 'range covers 5.8 in UTF-16 units');
      assert.ok(textAt(doc, diff.range).includes('5.8'));
    } finally {
      await client.stop();
    }
  });

  it('documents outside the workspace folder or in other languages get no diagnostics, and never crash', async () => {
    const client = await TestClient.start({ workspace: path.join(ws.dir, 'drafts'), pull: true });
    try {
      const unknown = await client.request<{ kind: string; items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: 'file:///nowhere/x.md' } });
      assert.deepEqual(unknown.items, []);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: 'untitled:1' }, position: { line: 0, character: 0 } });
      assert.equal(hover, null);
    } finally {
      await client.stop();
    }
  });
});
