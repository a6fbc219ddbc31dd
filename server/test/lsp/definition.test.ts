import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Location } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf, workspaceSession } from './harness';

describe('lsp: go to definition', () => {
  const session = workspaceSession();

  const definitionOf = async (needle: string) => {
    const doc = session.client.open('drafts/report.md');
    const locations = await session.client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: doc.uri }, position: positionOf(doc, needle) });
    assert.ok(locations?.length, `a location for ${needle}`);
    const loc = locations[0];
    const source = TextDocument.create(loc.uri, 'plaintext', 0, readFileSync(fileURLToPath(loc.uri), 'utf8'));
    return { uri: loc.uri, text: source.getText(loc.range), line: loc.range.start.line };
  };

  it('on a figure: the figure in its source', async () => {
    const def = await definitionOf('1510.8');
    assert.ok(def.uri.endsWith('/sources/ningbo-2020-report.txt'));
    assert.match(def.text, /1510\.8/);
    assert.equal(def.line, 6);
  });

  it('on 12408.7亿元 (宁波全市地区生产总值, verified against the same sentence in the source)', async () => {
    const def = await definitionOf('12408.7');
    assert.ok(def.uri.endsWith('/sources/ningbo-2020-report.txt'));
    assert.match(def.text, /12408\.7/);
  });

  it('hedui/sourceAt gives the same location (the client\'s "open source of figure under cursor")', async () => {
    const doc = session.client.open('drafts/report.md');
    const loc = await session.client.request<Location | null>('hedui/sourceAt', { uri: doc.uri, position: positionOf(doc, '16.2') });
    assert.ok(loc && loc.uri.endsWith('/sources/yuyao-2022-investment.txt'));
    assert.equal(loc.range.start.line, 4);
  });

  it('nothing on prose', async () => {
    const doc = session.client.open('drafts/report.md');
    const locations = await session.client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: doc.uri }, position: { line: 0, character: 1 } });
    assert.equal(locations, null);
  });
});
