// The built bundles (npm run build): the office readers are a chunk of their own (dist/office.js) that
// the CLI loads on first use, pdf.js and its CMaps come from dist/pdfjs, and the language server starts
// without either. Skipped when dist/ has not been built.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist');
const built = ['cli.js', 'server.js', 'office.js', 'pdfjs/pdf.mjs', 'pdfjs/pdf.worker.mjs', 'pdfjs/cmaps/UniGB-UCS2-H.bcmap'].every((f) => existsSync(join(DIST, f)));

describe('office readers in the bundle', function () {
  this.timeout(60000);
  before(function () {
    if (!built) this.skip();
  });

  it('dist/cli.js reads DOCX, PDF (CMaps from dist/pdfjs) and XLSX from any working folder', () => {
    const r = spawnSync(process.execPath, [join(DIST, 'cli.js'), 'facts', '--format', 'json', join(ROOT, 'test-fixtures', 'office')], { cwd: tmpdir(), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    type Row = { text: string; source: { path: string; range: { start: { line: number } } } };
    const list = (JSON.parse(r.stdout) as { facts: Row[] }).facts;
    const from = (text: string) => list.find((f) => f.text === text)?.source;
    assert.match(from('612.4亿元')?.path ?? '', /余姚经济运行\.docx$/);
    assert.equal(from('612.4亿元')?.range.start.line, 2, 'paragraph 3 is line 2 of the extracted text');
    assert.match(from('62340元')?.path ?? '', /统计公报\.pdf$/);
    assert.match(from('158.3亿元')?.path ?? '', /预算收入\.pdf$/, 'the STSong-Light PDF needs the bundled CMaps');
    assert.match(from('2304.1亿元')?.path ?? '', /指标数据\.xlsx$/);
    assert.match(r.stderr, /扫描件\.pdf/, 'the scan is reported');
  });

  it('dist/server.js starts and answers initialize without dist/office.js (the chunk is lazy)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hedui-lazy-'));
    try {
      copyFileSync(join(DIST, 'server.js'), join(dir, 'server.js'));
      const child = spawn(process.execPath, [join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      const reply = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString('utf8');
          if (out.includes('"id":1')) resolve(out);
        });
        child.on('exit', () => reject(new Error(`server exited: ${out}`)));
      });
      child.kill();
      assert.match(reply, /hedui-ls/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
