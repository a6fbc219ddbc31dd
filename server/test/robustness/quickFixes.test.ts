// Issue 6, quick fixes: over a draft full of mismatches (several per line, repeated paragraphs), the
// quick fixes never overlap, every edit is a versioned TextDocumentEdit for the version it was computed
// on (so it cannot apply to a changed document), and fix-all applied once leaves nothing for a second
// fix-all to change.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Command, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { copyWorkspace, TestClient } from '../lsp/harness';

const isAction = (a: CodeAction | Command): a is CodeAction => typeof a.command !== 'string';

function versionedEdits(action: CodeAction): { version: number | null; edits: TextEdit[] } {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined;
  assert.ok(changes?.length === 1, `${action.title}: one versioned TextDocumentEdit`);
  assert.equal(action.edit?.changes, undefined, 'no unversioned edits');
  return { version: changes[0].textDocument.version, edits: changes[0].edits.map((e) => ({ range: e.range, newText: 'newText' in e ? e.newText : '' })) };
}

function assertNoOverlap(doc: TextDocument, edits: TextEdit[], what: string): void {
  const spans = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i][0] >= spans[i - 1][1], `${what}: ${JSON.stringify(spans[i - 1])} and ${JSON.stringify(spans[i])} overlap`);
}

describe('robustness: quick fixes', function () {
  this.timeout(30000);
  let ws: ReturnType<typeof copyWorkspace>;
  let client: TestClient;
  beforeEach(async () => {
    ws = copyWorkspace();
    client = await TestClient.start({ workspace: ws.dir, pull: true });
    await client.ready();
  });
  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  const actions = async (doc: TextDocument, only?: string[]) =>
    (await client.request<(CodeAction | Command)[]>('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) },
      context: { diagnostics: [], only },
    })).filter(isAction);

  it('many mismatches, several per line: quick fixes never overlap, all versioned; fix-all twice changes nothing the second time', async () => {
    const report = readFileSync(path.join(ws.dir, 'drafts/report.md'), 'utf8');
    const dense = '今年1-7月，余姚完成有效投资同比增长16.2%，高于宁波市平均4.8个百分点，增速居宁波各县(市、区)第二；上半年，余姚规上高新技术产业增加值203.5亿元，占规上工业增加值比重74.1%。\n';
    const text = `${report}\n${dense.repeat(5)}\n${report}`;
    let doc = client.open('drafts/report.md');
    doc = client.change(doc, text);
    const mismatches = ((await client.pull(doc)).items ?? []).filter((d) => String(d.code).endsWith('-mismatch'));
    assert.ok(mismatches.length >= 10, `${mismatches.length} mismatches to fix`);

    const quick = (await actions(doc, ['quickfix'])).filter((a) => a.title.startsWith('改为'));
    assert.equal(quick.length, mismatches.length, 'one quick fix per mismatch');
    const quickEdits = quick.map(versionedEdits);
    for (const q of quickEdits) assert.equal(q.version, doc.version);
    assertNoOverlap(doc, quickEdits.flatMap((q) => q.edits), 'quick fixes');

    const [fixAll] = await actions(doc, ['source.fixAll']);
    assert.ok(fixAll, 'a fix-all action');
    const first = versionedEdits(fixAll);
    assert.equal(first.version, doc.version);
    assertNoOverlap(doc, first.edits, 'fix-all');
    assert.equal(first.edits.length, mismatches.length);

    const before = doc;
    doc = client.change(doc, TextDocument.applyEdits(doc, first.edits));
    assert.notEqual(first.version, doc.version, 'the old fix-all names the old version: a client refuses it on the new text');
    const after = ((await client.pull(doc)).items ?? []).filter((d) => String(d.code).endsWith('-mismatch'));
    assert.deepEqual(after, [], 'fixed');
    const second = await actions(doc, ['source.fixAll']);
    assert.ok(second.every((a) => versionedEdits(a).edits.length === 0), 'fix-all has nothing left to change');
    assert.equal(before.getText(), text);
  });

  it('a code action request racing an edit returns edits for the version the server checked, never the old one', async () => {
    let doc = client.open('drafts/report.md');
    await client.pull(doc);
    const pending = actions(doc, ['source.fixAll']);
    doc = client.change(doc, doc.getText().replace('16.2%', '15.2%'));
    const result = await pending;
    for (const a of result) {
      const { version, edits } = versionedEdits(a);
      // Answered either for version 1 (before the edit arrived) or for 2; in both cases the version says which.
      const base = version === doc.version ? doc : TextDocument.create(doc.uri, 'markdown', 1, readFileSync(path.join(ws.dir, 'drafts/report.md'), 'utf8'));
      for (const e of edits) assert.notEqual(base.getText(e.range), e.newText, 'no no-op edit');
    }
    const [now] = await actions(doc, ['source.fixAll']);
    assert.equal(now && versionedEdits(now).version, doc.version);
    assert.ok(now && !versionedEdits(now).edits.some((e) => e.newText === '15.2%'), 'the figure already fixed is not fixed again');
  });
});
