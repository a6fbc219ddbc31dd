import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver/node';
import { positionOf, workspaceSession } from './harness';

describe('lsp: hover', () => {
  const session = workspaceSession();

  it('on a wrong figure: verdict, the source figure, the source sentence with the figure in bold, a link to the source', async () => {
    const doc = session.client.open('drafts/report.md');
    const hover = await session.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: positionOf(doc, '16.2') });
    assert.ok(hover, 'hover on 16.2%');
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /与来源不符/);
    assert.match(value, /\*\*15\\?\.2%?\*\*/, `the source figure in bold: ${value}`);
    assert.match(value, /> .*同比增长\*\*15\\?\.2/, 'the source sentence with the figure marked');
    assert.match(value, /\]\(file:\/\/\/.*yuyao-2022-investment\.txt#L5,\d+\)/, 'a link opening the source at the figure');
    assert.match(value, /余姚有效投资增速领跑宁波各县/, 'the source title');
    assert.ok(hover.range, 'hover range is the figure');
  });

  it('on a right figure: verified, with its source', async () => {
    const doc = session.client.open('drafts/report.md');
    const hover = await session.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: positionOf(doc, '3.61') });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /与来源一致/);
    assert.match(value, /yuyao-2022-investment\.txt#L7,/);
  });

  it('on an indicator: canonical name and aliases from the lexicon (incl. hedui.config.json additions)', async () => {
    const doc = session.client.open('drafts/report.md');
    const hover = await session.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: positionOf(doc, '有效投资') });
    assert.ok(hover, 'hover on 有效投资');
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /指标\*\*：有效投资/);
    assert.match(value, /别名：.*有效投资额/, 'alias from hedui.config.json lexicon');
  });

  it('nothing on plain prose', async () => {
    const doc = session.client.open('drafts/report.md');
    const hover = await session.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });
});
