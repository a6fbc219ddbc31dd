// Issue 6, the server under stress: bursts of didChange, documents closed while being analysed, sources
// changing while they are indexed, every request cancelled right after it is sent, and memory back to
// its level once big documents close. No crash, no internal error, and the final diagnostics always
// belong to the final text.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeEnvironment } from '../../src/lsp/nodeEnvironment';
import { copyWorkspace, TestClient, uriOf } from './harness';

const REPORT = 'drafts/report.md';
const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a diagnostic says, without volatile fields. */
const summary = (items: Diagnostic[] | undefined) => (items ?? []).map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`).sort();

/** A variant of the report with one figure changed, so every intermediate version has other findings. */
function variant(text: string, i: number): string {
  return text.replace('16.2%', `${(10 + (i % 50) / 10).toFixed(1)}%`).replace('# 余姚', `# 余姚${'改'.repeat(i % 7)}`);
}

/** Internal errors the guard showed the user (window/showMessage with the internal-error text). */
function internalErrors(client: TestClient): string[] {
  return client.events
    .filter((e) => e.method === 'window/showMessage' || e.method === 'window/showMessageRequest' || e.method === 'window/logMessage')
    .map((e) => (e.params as { message: string }).message)
    .filter((m) => /内部错误|internal error|uncaught|unhandled/i.test(m));
}

describe('lsp: stress', function () {
  this.timeout(60000);
  let ws: ReturnType<typeof copyWorkspace>;
  let expected: string[];

  before(async () => {
    // The reference result: the report checked once, undisturbed.
    ws = copyWorkspace();
    const c = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      await c.ready();
      expected = summary((await c.pull(c.open(REPORT))).items);
      assert.ok(expected.length >= 2, 'the report has findings to compare');
    } finally {
      await c.stop();
      ws.dispose();
    }
  });
  beforeEach(() => (ws = copyWorkspace()));
  afterEach(() => ws.dispose());

  it('push: 300 didChange in a burst; diagnostics end with the final version and the final text’s findings, versions never go back', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: false });
    try {
      await client.ready();
      let doc = client.open(REPORT);
      const original = doc.getText();
      for (let i = 1; i <= 300; i++) doc = client.change(doc, variant(original, i));
      doc = client.change(doc, original);
      const final = doc.version;
      await client.waitFor(() => client.published(doc.uri).some((p) => p.version === final), 20000, 'diagnostics for the final version');
      await settle(300); // a stale check would publish within the debounce period
      const published = client.published(doc.uri);
      const last = published[published.length - 1];
      assert.equal(last.version, final);
      assert.deepEqual(summary(last.diagnostics), expected);
      const versions = published.map((p) => p.version ?? 0);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `published versions in order: ${versions.join(',')}`);
      assert.ok(published.length < 20, `the burst was debounced (${published.length} publishes)`);
      assert.deepEqual(internalErrors(client), []);
    } finally {
      await client.stop();
    }
  });

  it('pull: a burst with pulls in between; a pull after it answers for the final text', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      await client.ready();
      let doc = client.open(REPORT);
      const original = doc.getText();
      const pulls: Promise<unknown>[] = [];
      for (let i = 1; i <= 200; i++) {
        doc = client.change(doc, variant(original, i));
        if (i % 20 === 0) pulls.push(client.pull(doc).catch((e: unknown) => e));
      }
      doc = client.change(doc, original);
      for (const r of await Promise.all(pulls)) {
        // An intermediate pull is either answered or cancelled by the server (retrigger), never an internal error.
        if (r instanceof ResponseError) assert.equal(r.code, -32802, r.message);
      }
      assert.deepEqual(summary((await client.pull(doc)).items), expected);
      assert.deepEqual(internalErrors(client), []);
    } finally {
      await client.stop();
    }
  });

  it('documents closed while being analysed (at 0–200 ms) leave no diagnostics behind; the server keeps checking', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: false });
    try {
      await client.ready();
      const big = `${readFileSync(path.join(ws.dir, REPORT), 'utf8')}\n`.repeat(150);
      const uris: string[] = [];
      for (const [i, wait] of [0, 10, 30, 55, 80, 120, 200].entries()) {
        const uri = uriOf(path.join(ws.dir, `drafts/closing-${i}.md`));
        uris.push(uri);
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: big } });
        if (wait) await settle(wait);
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      await settle(800);
      for (const uri of uris) {
        const last = client.published(uri).at(-1);
        assert.ok(!last || last.diagnostics.length === 0, `${uri}: the last publish after close is empty`);
      }
      // Still serving: the report checks as before.
      const doc = client.open(REPORT);
      await client.waitFor(() => client.published(doc.uri).length > 0, 10000, 'report diagnostics');
      assert.deepEqual(summary(client.published(doc.uri).at(-1)?.diagnostics), expected);
      assert.deepEqual(internalErrors(client), []);
    } finally {
      await client.stop();
    }
  });

  it('sources created, changed and deleted while the folder is being indexed: the index ends as a fresh index of the final files', async () => {
    const src = path.join(ws.dir, 'sources');
    for (let i = 0; i < 10; i++) writeFileSync(path.join(src, `bulk-${i}.txt`), `${2000 + i}年，慈溪地区生产总值达到${1000 + i}.5亿元。\n`);
    // The first load is held after its files were listed and read, so the changes below certainly land
    // while it is still running (the window a real, large corpus leaves open).
    let reached: () => void = () => undefined;
    const atGate = new Promise<void>((r) => (reached = r));
    let open: () => void = () => undefined;
    const gate = new Promise<void>((r) => (open = r));
    let calls = 0;
    const real = nodeEnvironment();
    const client = await TestClient.start({
      workspace: ws.dir,
      pull: true,
      environment: {
        loadSources: async (paths, options) => {
          const loaded = await real.loadSources(paths, options);
          if (calls++ === 0) {
            reached();
            await gate;
          }
          return loaded;
        },
      },
    });
    try {
      const notify = (files: string[], type: 1 | 2 | 3) =>
        client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: uriOf(f), type })) });
      await atGate;
      const created = path.join(src, 'created-during-indexing.txt');
      writeFileSync(created, '2020年，象山县地区生产总值达到632.5亿元。\n');
      await notify([created], 1);
      writeFileSync(path.join(src, 'bulk-3.txt'), '2020年，宁海县地区生产总值达到811.2亿元。\n');
      await notify([path.join(src, 'bulk-3.txt')], 2);
      for (const i of [5, 6, 7]) unlinkSync(path.join(src, `bulk-${i}.txt`));
      await notify([5, 6, 7].map((i) => path.join(src, `bulk-${i}.txt`)), 3);
      await settle(200); // the watcher's batch runs while the load is held
      assert.equal((await client.request<{ ready: boolean }>('hedui/status', {})).ready, false, 'still indexing');
      open();
      await client.ready(20000);

      // Wait until the fact count is stable, then compare with a reindex from scratch.
      let facts = -1;
      for (let stable = 0; stable < 3; ) {
        await settle(100);
        const now = (await client.request<{ facts: number }>('hedui/status', {})).facts;
        stable = now === facts ? stable + 1 : 0;
        facts = now;
      }
      const rows = await client.request<{ facts: { text: string; path: string }[] }>('hedui/facts', { limit: 100000 });
      const seen = new Set(rows.facts.map((f) => `${path.basename(f.path)} ${f.text}`));
      assert.ok(seen.has('created-during-indexing.txt 632.5亿元'), 'a file created during indexing is indexed');
      assert.ok(seen.has('bulk-3.txt 811.2亿元') && !seen.has('bulk-3.txt 1003.5亿元'), 'a changed file has its new content only');
      assert.ok(![5, 6, 7].some((i) => [...seen].some((s) => s.startsWith(`bulk-${i}.txt`))), 'deleted files are gone');
      const fresh = await client.request<{ facts: number }>('hedui/reindex', {});
      assert.equal(facts, fresh.facts, 'same facts as a fresh index');
      assert.deepEqual(summary((await client.pull(client.open(REPORT))).items), expected);
      assert.deepEqual(internalErrors(client), []);
    } finally {
      open();
      await client.stop();
    }
  });

  it('every request cancelled right after it is sent: answered or cancelled, never an internal error; the server keeps serving', async () => {
    const client = await TestClient.start({ workspace: ws.dir, pull: true });
    try {
      await client.ready();
      const doc: TextDocument = client.open(REPORT);
      const at = doc.positionAt(doc.getText().indexOf('16.2%') + 1);
      const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
      const td = { textDocument: { uri: doc.uri } };
      const requests: [string, unknown][] = [
        ['textDocument/diagnostic', td],
        ['textDocument/hover', { ...td, position: at }],
        ['textDocument/definition', { ...td, position: at }],
        ['textDocument/codeAction', { ...td, range: whole, context: { diagnostics: [] } }],
        ['textDocument/codeAction', { ...td, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } }],
        ['textDocument/semanticTokens/full', td],
        ['textDocument/semanticTokens/range', { ...td, range: whole }],
        ['hedui/status', { uri: doc.uri }],
        ['hedui/facts', { query: '余姚' }],
        ['hedui/sourceAt', { uri: doc.uri, position: at }],
        ['hedui/checkWorkspace', {}],
        ['hedui/reindex', {}],
        ['workspace/executeCommand', { command: 'hedui.server.reindex', arguments: [] }],
      ];
      for (let round = 0; round < 3; round++) {
        const outcomes = await Promise.all(requests.map(async ([method, params]) => {
          const cts = new CancellationTokenSource();
          const pending = client.connection.sendRequest(method, params, cts.token);
          cts.cancel();
          try {
            await pending;
            return `${method}: answered`;
          } catch (e) {
            assert.ok(e instanceof ResponseError, `${method}: ${String(e)}`);
            assert.ok(e.code === -32800 || e.code === -32802, `${method}: error ${e.code} ${e.message}`);
            return `${method}: cancelled`;
          }
        }));
        assert.equal(outcomes.length, requests.length);
      }
      await client.ready();
      assert.deepEqual(summary((await client.pull(doc)).items), expected, 'diagnostics still right after the cancellations');
      assert.ok((await client.request<{ ready: boolean }>('hedui/status', {})).ready);
      assert.deepEqual(internalErrors(client), []);
    } finally {
      await client.stop();
    }
  });

  it('memory returns to its level after many big documents close (child process, --expose-gc)', function () {
    this.timeout(120000);
    const probe = path.join(__dirname, 'stressMemoryProbe.ts');
    const r = spawnSync(process.execPath, ['--expose-gc', '-r', 'tsx/cjs', probe, ws.dir, '12', '128'], { encoding: 'utf8', cwd: path.resolve(__dirname, '../../..') });
    assert.equal(r.status, 0, r.stderr);
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { baselineMB: number; peakMB: number; afterCloseMB: number };
    // Reported by the test run: `npm test` shows the numbers in the title of this check.
    this.test!.title += ` — heap ${m.baselineMB} MB → ${m.peakMB} MB with 12 × 128 KB open → ${m.afterCloseMB} MB after closing`;
    assert.ok(m.peakMB - m.baselineMB > 5, `the documents took memory (${JSON.stringify(m)})`);
    assert.ok(m.afterCloseMB - m.baselineMB < Math.max(8, 0.1 * (m.peakMB - m.baselineMB)), `memory back near its level: ${JSON.stringify(m)}`);
  });
});
