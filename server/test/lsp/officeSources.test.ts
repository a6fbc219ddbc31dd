// Hover and go-to-source for figures from DOCX and PDF sources: the extracted text as a hedui-source:
// document for the VS Code client, the original file plus page/paragraph for other clients.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver/node';
import { extractedTextPath } from '../../src/lsp/extractedText';
import { positionOf, TestClient } from './harness';

const OFFICE = path.resolve(__dirname, '../../../test-fixtures/office');

function officeWorkspace(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hedui-office-'));
  mkdirSync(path.join(dir, 'sources'));
  mkdirSync(path.join(dir, 'drafts'));
  for (const f of ['余姚经济运行.docx', '统计公报.pdf']) copyFileSync(path.join(OFFICE, f), path.join(dir, 'sources', f));
  writeFileSync(path.join(dir, 'hedui.config.json'), JSON.stringify({ reference: ['sources'], documentDate: '2022-08-20' }));
  writeFileSync(
    path.join(dir, 'drafts', 'report.md'),
    [
      '# 余姚经济',
      '',
      '2021年余姚市规模以上工业增加值达到512.8亿元。',
      '',
      '1-7月，余姚市实现规上工业增加值612.4亿元。',
      '',
    ].join('\n'),
  );
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function hoverText(client: TestClient, needle: string): Promise<string> {
  const doc = client.open('drafts/report.md');
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: positionOf(doc, needle) });
  assert.ok(hover, `hover on ${needle}`);
  return (hover.contents as MarkupContent).value;
}

async function definition(client: TestClient, needle: string): Promise<Location> {
  const doc = client.open('drafts/report.md');
  const locations = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: doc.uri }, position: positionOf(doc, needle) });
  assert.ok(locations?.length, `a location for ${needle}`);
  return locations[0];
}

describe('lsp: DOCX and PDF sources', function () {
  this.timeout(30000);

  describe('a client that shows hedui-source: documents (VS Code)', () => {
    let ws: ReturnType<typeof officeWorkspace>;
    let client: TestClient;
    before(async () => {
      ws = officeWorkspace();
      client = await TestClient.start({ workspace: ws.dir, pull: true, initializationOptions: { extractedText: true } });
      await client.ready(20000);
    });
    after(async () => {
      await client.stop();
      ws.dispose();
    });

    it('go to definition opens the extracted PDF text at the figure', async () => {
      const loc = await definition(client, '512.8');
      assert.match(loc.uri, /^hedui-source:\/.*\.pdf$/);
      assert.equal(extractedTextPath(loc.uri), path.join(ws.dir, 'sources', '统计公报.pdf'));
      const result = await client.request<{ text: string } | null>('hedui/extractedText', { uri: loc.uri });
      assert.ok(result);
      const line = result.text.split('\n')[loc.range.start.line];
      assert.equal(line.slice(loc.range.start.character, loc.range.end.character), '512.8亿元');
      assert.match(line, /^二、工业。/);
    });

    it('the hover names the page and links to the extracted text through the client command', async () => {
      const value = await hoverText(client, '512.8');
      assert.match(value, /与来源一致/);
      assert.match(value, /统计公报\.pdf · 第2页/);
      assert.doesNotMatch(value, /第\s*\d+\s*行/, 'no line number of the extracted text');
      const link = /\]\((command:hedui\.openExtractedText\?[^)]+)\)/.exec(value);
      assert.ok(link, `a command link: ${value}`);
      const [uri, line] = JSON.parse(decodeURIComponent(link[1].slice(link[1].indexOf('?') + 1))) as [string, number, number];
      assert.match(uri, /^hedui-source:/);
      assert.equal(line, 3);
    });

    it('a DOCX figure: paragraph in the hover, its line in the extracted text (tables shown as rows)', async () => {
      const value = await hoverText(client, '612.4');
      assert.match(value, /余姚经济运行\.docx · 第3段/);
      const loc = await definition(client, '612.4');
      assert.match(loc.uri, /^hedui-source:.*\.docx$/);
      const result = await client.request<{ text: string } | null>('hedui/extractedText', { uri: loc.uri });
      assert.ok(result);
      const lines = result.text.split('\n');
      assert.match(lines[loc.range.start.line], /612\.4亿元/);
      assert.ok(lines.includes('慈溪市\t700.1\t7.2\t12.0'), 'the table is part of the extracted text');
    });

    it('extracted text is served only for configured sources', async () => {
      const outside = path.join(OFFICE, '统计公报.pdf');
      const uri = `hedui-source:${new URL(`file://${outside}`).pathname}`;
      assert.equal(await client.request('hedui/extractedText', { uri }), null);
      assert.equal(await client.request('hedui/extractedText', { uri: 'file:///etc/passwd' }), null);
    });
  });

  describe('any other client', () => {
    let ws: ReturnType<typeof officeWorkspace>;
    let client: TestClient;
    before(async () => {
      ws = officeWorkspace();
      client = await TestClient.start({ workspace: ws.dir, pull: true });
      await client.ready(20000);
    });
    after(async () => {
      await client.stop();
      ws.dispose();
    });

    it('gets a file:// location to the original and the page in the hover', async () => {
      const loc = await definition(client, '512.8');
      assert.match(loc.uri, /^file:\/\/\/.*\.pdf$/);
      const value = await hoverText(client, '512.8');
      assert.match(value, /第2页/);
      assert.match(value, /\]\(file:\/\/\/[^)#]*\.pdf\)/, 'a plain link to the PDF, no line fragment');
    });
  });
});
