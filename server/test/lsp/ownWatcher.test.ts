// A client that cannot register file watchers (Neovim 0.7 has no dynamic registration for
// didChangeWatchedFiles) still sees a changed source: the server watches the files itself.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver/node';
import { copyWorkspace, TestClient } from './harness';

const mismatches = (items: Diagnostic[]) => items.filter((d) => String(d.code).endsWith('-mismatch')).length;

describe('lsp: watching without dynamic registration', () => {
  it('a source edited on disk is re-indexed and the draft re-checked, with no didChangeWatchedFiles from the client', async () => {
    const ws = copyWorkspace();
    const client = await TestClient.start({
      workspace: ws.dir,
      pull: false,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    try {
      await client.ready();
      const doc = client.open('drafts/report.md');
      const latest = () => client.published(doc.uri).at(-1)?.diagnostics;
      await client.waitFor(() => latest(), 10000, 'first diagnostics');
      const before = mismatches(latest()!);
      assert.ok(before >= 1, 'the draft has a mismatch against the Ningbo source');
      // Change the source so that it agrees with the draft's figure: one mismatch fewer.
      const ningbo = path.join(ws.dir, 'sources/ningbo-2020-report.txt');
      writeFileSync(ningbo, readFileSync(ningbo, 'utf8').replace('增长2.9%', '增长3.9%'));
      await client.waitFor(() => (latest() && mismatches(latest()!) === before - 1 ? true : undefined), 10000, 'diagnostics after the source changed on disk');
    } finally {
      await client.stop();
      ws.dispose();
    }
  });
});
