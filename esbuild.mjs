// Bundles the entry points: the CLI, the language server, the VS Code client, and the office readers.
// `vscode` is the only external: everything else ships inside the bundles (no network at run time).
//
// The office readers (DOCX, PDF, XLSX: mammoth, jszip, pdf.js) are kept out of the CLI and server bundles
// so those start fast: `require('./officeReaders')` in server/src/sources becomes `require('./office.js')`,
// a bundle of its own beside them, loaded the first time such a file is read. pdf.js (an ES module) and
// the CMaps it needs for Chinese fonts are copied as they are to dist/pdfjs/ and imported at run time.
import { build } from 'esbuild';
import { chmodSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';

const officeChunk = {
  name: 'office-chunk',
  setup(b) {
    b.onResolve({ filter: /^\.\/officeReaders$/ }, () => ({ path: './office.js', external: true }));
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const entries = [
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [officeChunk] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' }, plugins: [officeChunk] },
  // Mostly third-party code, minified; pdfText.ts's import() of pdf.js stays an import() (an ES module).
  { entryPoints: ['server/src/sources/officeReaders.ts'], outfile: 'dist/office.js', minify: true },
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
];
await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));
for (const f of ['dist/cli.js', 'dist/server.js']) if (existsSync(f)) chmodSync(f, 0o755);

// pdf.js 4.x legacy build (runs on Node 20), minified, with its CMaps and licence.
const pdfjs = 'node_modules/pdfjs-dist';
if (existsSync(pdfjs)) {
  rmSync('dist/pdfjs', { recursive: true, force: true });
  mkdirSync('dist/pdfjs', { recursive: true });
  cpSync(`${pdfjs}/legacy/build/pdf.min.mjs`, 'dist/pdfjs/pdf.mjs');
  cpSync(`${pdfjs}/legacy/build/pdf.worker.min.mjs`, 'dist/pdfjs/pdf.worker.mjs');
  cpSync(`${pdfjs}/LICENSE`, 'dist/pdfjs/LICENSE');
  // Chinese CMaps only (simplified GB1 and traditional CNS1 collections and their encodings): the
  // Japanese and Korean ones would be 60 % of the CMaps' weight in the .vsix.
  const chinese = /^(?:Adobe-(?:GB1|CNS1)-|Uni(?:GB|CNS)-|GB|B5|CNS|ETen|ETHK|HK|LICENSE)/;
  cpSync(`${pdfjs}/cmaps`, 'dist/pdfjs/cmaps', { recursive: true, filter: (src) => src.endsWith('cmaps') || chinese.test(src.slice(src.lastIndexOf('/') + 1)) });
}
