import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import type { Diagnostic } from 'vscode-languageserver/node';
import { copyWorkspace, TestClient, textAt } from './harness';

// The bundled server as a child process over stdio: what `hedui-ls --stdio` runs for Neovim & co.
describe('lsp: bundled server over stdio', function () {
  this.timeout(60000);
  let out: string;
  let script: string;
  let ws: ReturnType<typeof copyWorkspace>;
  before(async () => {
    out = mkdtempSync(path.join(tmpdir(), 'hedui-ls-'));
    script = path.join(out, 'server.js');
    // Built into a scratch folder with the same options as esbuild.mjs, so the test never races `npm run build`.
    // The server looks for docs next to the package root; outside the repository it falls back to a URL.
    await build({ entryPoints: [path.resolve(__dirname, '../../src/lsp/main.ts')], outfile: script, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
    ws = copyWorkspace();
  });
  after(() => {
    rmSync(out, { recursive: true, force: true });
    ws.dispose();
  });

  it('initializes, indexes, publishes diagnostics to a push client and exits cleanly', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: false, serverScript: script });
    let exitCode: number | null | undefined;
    client.child?.on('exit', (code) => (exitCode = code));
    try {
      assert.equal(client.init.serverInfo?.name, 'hedui-ls');
      await client.ready();
      const doc = client.open('drafts/report.md');
      const published = await client.waitFor(() => client.published(doc.uri)[0], 15000, 'publishDiagnostics');
      const wrong = published.diagnostics.filter((d: Diagnostic) => String(d.code).endsWith('-mismatch'));
      assert.deepEqual(wrong.map((d) => textAt(doc, d.range).replace(/[^\d.]/g, '')).sort(), ['16.2', '3.9', '74.1'].sort());
    } finally {
      await client.stop();
    }
    await client.waitFor(() => exitCode !== undefined || undefined, 5000, 'server exit').catch(() => undefined);
    assert.equal(exitCode, 0, 'exit after shutdown is code 0');
  });
});
