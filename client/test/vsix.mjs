#!/usr/bin/env node
// npm run test:vsix — packages the extension and smoke-tests the .vsix itself (pitfall: an extension
// that works from the repository but not when installed):
//   1. the archive holds the manifest, both bundles and the grammars, and no node_modules, sources,
//      tests, fixtures or source maps;
//   2. the client bundle requires nothing but `vscode` and Node built-ins;
//   3. the packaged server, extracted on its own, answers LSP over stdio and reports the sample
//      workspace's wrong figures.
import { spawn, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const vsix = join(root, 'hedui.vsix');
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? '✔' : '✘'} ${what}`);
  if (!ok) failures++;
};

if (!process.argv.includes('--no-package')) {
  const r = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error('npm run package failed');
    process.exit(1);
  }
}

/** Entries of a zip file: name → bytes (stored or deflated), read from the central directory. */
function readZip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataStart, dataStart + size);
    entries.set(name, () => (method === 8 ? inflateRawSync(raw) : raw));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const entries = readZip(readFileSync(vsix));
const names = [...entries.keys()];
for (const must of ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/syntaxes/hedui-figures.tmLanguage.json', 'extension/package.nls.zh-cn.json']) {
  check(names.includes(must), `contains ${must}`);
}
for (const bad of [/node_modules\//, /^extension\/server\//, /^extension\/client\/(src|test)\//, /test-fixtures\//, /\.map$/, /\.ts$/, /seeds\//]) {
  check(!names.some((n) => bad.test(n)), `contains nothing matching ${bad}`);
}
const manifest = JSON.parse(entries.get('extension/package.json')().toString('utf8'));
check(manifest.main === './dist/client.js', 'main is the bundled client');
check(/^\^1\.(\d+)\./.test(manifest.engines.vscode) && Number(/^\^1\.(\d+)/.exec(manifest.engines.vscode)[1]) <= 100, `engines.vscode ${manifest.engines.vscode} ≤ 1.100 (code-server 4.100 runs it)`);
check(manifest.activationEvents.includes('workspaceContains:**/hedui.config.json'), 'activates where a hedui.config.json exists');

const clientJs = entries.get('extension/dist/client.js')().toString('utf8');
const required = new Set([...clientJs.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]));
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const foreign = [...required].filter((m) => m !== 'vscode' && !builtins.has(m));
check(foreign.length === 0, `client bundle requires only vscode and built-ins${foreign.length ? ` (also: ${foreign.join(', ')})` : ''}`);

// Run the packaged server, alone in a scratch folder, over stdio against a copy of the sample workspace.
const scratch = mkdtempSync(join(tmpdir(), 'hedui-vsix-'));
try {
  const ext = join(scratch, 'extension');
  mkdirSync(join(ext, 'dist'), { recursive: true });
  writeFileSync(join(ext, 'package.json'), entries.get('extension/package.json')());
  writeFileSync(join(ext, 'dist/server.js'), entries.get('extension/dist/server.js')());
  const ws = join(scratch, 'workspace');
  cpSync(join(root, 'test-fixtures/workspace'), ws, { recursive: true });
  const child = spawn(process.execPath, [join(ext, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Promise((resolveP, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics within 20 s')), 20000);
    conn.onNotification('textDocument/publishDiagnostics', (p) => {
      if (p.uri.endsWith('/drafts/report.md')) {
        clearTimeout(timer);
        resolveP(p);
      }
    });
  });
  conn.onRequest(() => null);
  conn.listen();
  const folder = pathToFileURL(ws).href;
  const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'workspace' }], capabilities: {} });
  check(init.serverInfo?.name === 'hedui-ls', 'packaged server initializes');
  await conn.sendNotification('initialized', {});
  const file = join(ws, 'drafts/report.md');
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
  try {
    const p = await published;
    const mismatches = p.diagnostics.filter((d) => String(d.code).endsWith('-mismatch'));
    check(mismatches.length > 0, `packaged server reports the sample draft's wrong figures (${mismatches.length})`);
  } catch (err) {
    check(false, String(err));
  }
  await conn.sendRequest('shutdown');
  const exited = new Promise((r) => child.once('exit', (code) => r(code)));
  await conn.sendNotification('exit');
  check((await exited) === 0, 'packaged server exits with 0 after shutdown');
  conn.dispose();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(failures ? `\n${failures} check(s) failed` : '\n.vsix OK');
process.exit(failures ? 1 : 0);
