import { strict as assert } from 'node:assert';
import type { CodeAction, Command, Diagnostic, TextDocumentEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf, workspaceSession } from './harness';

const isAction = (a: CodeAction | Command): a is CodeAction => typeof a.command !== 'string';

function apply(doc: TextDocument, action: CodeAction): string {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  assert.ok(changes?.length, 'a versioned TextDocumentEdit');
  assert.equal(changes[0].textDocument.version, doc.version, 'edit is for the current version');
  return TextDocument.applyEdits(doc, changes[0].edits.map((e) => ({ range: e.range, newText: 'newText' in e ? e.newText : '' })));
}

describe('lsp: code actions', () => {
  const session = workspaceSession({ each: true });

  const actionsAt = async (doc: TextDocument, needle: string, only?: string[], diagnostics: Diagnostic[] = []) => {
    const at = positionOf(doc, needle);
    return session.client.request<(CodeAction | Command)[]>('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: at, end: at },
      context: { diagnostics, only },
    });
  };

  it('quick fix "改为 15.2%（来源：…）" is preferred and fixes the figure', async () => {
    const doc = session.client.open('drafts/report.md');
    const report = await session.client.pull(doc);
    const actions = (await actionsAt(doc, '16.2', undefined, report.items)).filter(isAction);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('改为'));
    assert.ok(fix, `quick fix offered, got ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /^改为 15\.2%（来源：余姚有效投资增速领跑宁波各县\(市、区\)）$/);
    assert.equal(fix.isPreferred, true);
    assert.ok(fix.diagnostics?.length, 'tied to its diagnostic');
    const fixed = apply(doc, fix);
    assert.ok(fixed.includes('同比增长15.2%'));
    assert.ok(!fixed.includes('16.2'));
  });

  it('source.fixAll.hedui fixes every mismatch in the file with non-overlapping edits; the result checks clean', async () => {
    let doc = session.client.open('drafts/report.md');
    const actions = (await actionsAt(doc, '#', ['source.fixAll'])).filter(isAction);
    assert.equal(actions.length, 1);
    const all = actions[0];
    assert.equal(all.kind, 'source.fixAll.hedui');
    const edits = (all.edit?.documentChanges as TextDocumentEdit[])[0].edits;
    assert.equal(edits.length, 3);
    const offsets = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < offsets.length; i++) assert.ok(offsets[i][0] >= offsets[i - 1][1], 'edits never overlap');
    const fixed = apply(doc, all);
    assert.ok(fixed.includes('15.2%') && fixed.includes('71.4%') && fixed.includes('增长2.9%'));
    doc = session.client.change(doc, fixed);
    const after = await session.client.pull(doc);
    assert.equal((after.items ?? []).filter((d) => String(d.code).endsWith('-mismatch')).length, 0);
  });

  it('"忽略此数字" inserts a hedui-disable-next-line comment above, which silences the figure', async () => {
    let doc = session.client.open('drafts/report.md');
    const ignore = (await actionsAt(doc, '16.2')).filter(isAction).find((a) => a.title === '忽略此数字');
    assert.ok(ignore);
    const text = apply(doc, ignore);
    const line = positionOf(doc, '16.2').line;
    assert.equal(text.split('\n')[line], '<!-- hedui-disable-next-line -->');
    doc = session.client.change(doc, text);
    const after = await session.client.pull(doc);
    assert.equal((after.items ?? []).filter((d) => String(d.code).endsWith('-mismatch')).length, 2, 'the ignored figure is no longer reported');
  });

  it('"打开来源" asks the client to show the source at the figure', async () => {
    const doc = session.client.open('drafts/report.md');
    const open = (await actionsAt(doc, '16.2')).filter(isAction).find((a) => a.title.startsWith('打开来源'));
    assert.ok(open?.command, 'an "open source" action with a command');
    await session.client.request('workspace/executeCommand', { command: open.command.command, arguments: open.command.arguments });
    const shown = await session.client.waitFor(() => session.client.events.find((e) => e.method === 'window/showDocument'), 5000, 'showDocument');
    const params = shown.params as { uri: string; selection: { start: { line: number } } };
    assert.ok(params.uri.endsWith('/sources/yuyao-2022-investment.txt'));
    assert.equal(params.selection.start.line, 4);
  });

  it('a fix computed for an old version is not offered for the new one', async () => {
    let doc = session.client.open('drafts/report.md');
    doc = session.client.change(doc, doc.getText().replace('16.2%', '17.2%'));
    const actions = (await actionsAt(doc, '17.2')).filter(isAction);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('改为'));
    assert.ok(fix);
    assert.equal((fix.edit?.documentChanges as TextDocumentEdit[])[0].textDocument.version, 2);
  });
});
