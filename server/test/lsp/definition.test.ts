import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Location } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copyWorkspace, positionOf, TestClient } from './harness';

describe('lsp: go to definition', () => {
  let ws: ReturnType<typeof copyWorkspace>;
  let client: TestClient;
  before(async () => {
    ws = copyWorkspace();
    client = await TestClient.start({ workspace: ws.dir, pull: true });
    await client.ready();
  });
  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('on a figure: the figure in its source', async () => {
    const doc = client.open('drafts/report.md');
    const locations = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: doc.uri }, position: positionOf(doc, '12408.7') });
    assert.ok(locations?.length, 'a location');
    const loc = locations[0];
    assert.ok(loc.uri.endsWith('/sources/ningbo-2020-report.txt'));
    const source = TextDocument.create(loc.uri, 'plaintext', 0, readFileSync(fileURLToPath(loc.uri), 'utf8'));
    assert.match(source.getText(loc.range), /12408\.7/);
  });

  it('hedui/sourceAt gives the same location (the client\'s "open source of figure under cursor")', async () => {
    const doc = client.open('drafts/report.md');
    const loc = await client.request<Location | null>('hedui/sourceAt', { uri: doc.uri, position: positionOf(doc, '16.2') });
    assert.ok(loc && loc.uri.endsWith('/sources/yuyao-2022-investment.txt'));
    assert.equal(loc.range.start.line, 4);
  });

  it('nothing on prose', async () => {
    const doc = client.open('drafts/report.md');
    const locations = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: doc.uri }, position: { line: 0, character: 1 } });
    assert.equal(locations, null);
  });
});
