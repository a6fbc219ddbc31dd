// Memory of the language server before, while and after many big drafts are open. Run in a child
// process with --expose-gc (server/test/lsp/stress.test.ts, and bundled by `npm run bench`):
//
//   node --expose-gc -r tsx/cjs server/test/lsp/stressMemoryProbe.ts WORKSPACE [DOCS] [KB]
//
// The server runs in this process (as in the harness), driven by a minimal JSON-RPC client that keeps
// no copy of the documents, so the heap measured is the server's. Prints one JSON line:
//   { baselineMB, peakMB, afterCloseMB, docs, kb, checkMs }
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures, StreamMessageReader as ServerReader, StreamMessageWriter as ServerWriter } from 'vscode-languageserver/node';
import { nodeEnvironment } from '../../src/lsp/nodeEnvironment';
import { startServer } from '../../src/lsp/server';

const LINES = [
  '今年1-7月，余姚完成有效投资同比增长16.2%，高于宁波市平均4.8个百分点。',
  '上半年，余姚规上工业企业研发费用41.8亿元，占营业收入比重达3.61%。',
  '2020年，宁波全市地区生产总值达到12408.7亿元，比上年增长3.3%。',
  '2020年，宁波完成一般公共预算收入1510.8亿元，增长3.9%。',
];

function draft(kb: number, seed: number): string {
  const out: string[] = [`# 草稿 ${seed}`];
  let bytes = 0;
  for (let i = 0; bytes < kb * 1024; i++) {
    const line = `${LINES[(i + seed) % LINES.length]}（第${i}段）`;
    out.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return out.join('\n') + '\n';
}

function heapMB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed / 1048576;
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const [workspace, docsArg = '20', kbArg = '256'] = process.argv.slice(2);
  const docs = Number(docsArg);
  const kb = Number(kbArg);
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(ProposedFeatures.all, new ServerReader(up), new ServerWriter(down)), nodeEnvironment({ debounceMs: 20 }));
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const published = new Map<string, { version?: number; count: number }>();
  let wake: () => void = () => undefined;
  client.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
    published.set(p.uri, { version: p.version, count: p.diagnostics.length });
    wake();
  });
  for (const m of ['window/logMessage', 'window/showMessage', '$/progress', 'hedui/statusChanged']) client.onNotification(m, () => wake());
  client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  for (const m of ['client/registerCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) client.onRequest(m, () => null);
  client.listen();
  const until = async (done: () => boolean, ms = 120000): Promise<void> => {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 50);
      });
    }
  };

  const root = pathToFileURL(workspace).href;
  await client.sendRequest('initialize', {
    processId: null, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await client.sendNotification('initialized', {});
  for (;;) {
    if ((await client.sendRequest<{ ready: boolean }>('hedui/status', {})).ready) break;
    await settle(50);
  }
  await settle(200);
  const baselineMB = heapMB();

  const uris = Array.from({ length: docs }, (_, i) => pathToFileURL(path.join(workspace, `drafts/stress-${i}.md`)).href);
  const t0 = Date.now();
  for (const [i, uri] of uris.entries()) {
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: draft(kb, i) } });
  }
  await until(() => uris.every((u) => (published.get(u)?.count ?? 0) > 0));
  const checkMs = Date.now() - t0;
  const peakMB = heapMB();

  for (const uri of uris) await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await until(() => uris.every((u) => published.get(u)?.count === 0));
  await settle(300);
  const afterCloseMB = heapMB();
  process.stdout.write(JSON.stringify({ baselineMB: +baselineMB.toFixed(1), peakMB: +peakMB.toFixed(1), afterCloseMB: +afterCloseMB.toFixed(1), docs, kb, checkMs }) + '\n');
  client.dispose();
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
