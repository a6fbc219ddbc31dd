// Runs inside VS Code with a copy of test-fixtures/workspace open. Waits on events with timeouts.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

function waitFor<T>(probe: () => T | undefined, ms: number, what: string, event: vscode.Event<unknown> = vscode.languages.onDidChangeDiagnostics): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = probe();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const v = probe();
      if (v !== undefined) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

const mismatches = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'hedui' && String(typeof d.code === 'object' ? d.code.value : d.code).endsWith('-mismatch'));

describe('Hedui in VS Code', () => {
  let doc: vscode.TextDocument;
  const at = (needle: string) => doc.positionAt(doc.getText().indexOf(needle) + 1);

  before(async () => {
    const ext = vscode.extensions.getExtension('hedui.hedui');
    assert.ok(ext, 'extension installed');
    await ext.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is open');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'drafts', 'report.md'));
    await vscode.window.showTextDocument(doc);
  });

  it('shows the three wrong figures as diagnostics', async () => {
    const found = await waitFor(() => (mismatches(doc.uri).length === 3 ? mismatches(doc.uri) : undefined), 30000, 'three mismatches');
    assert.ok(found.some((d) => doc.getText(d.range).includes('16.2')));
    assert.ok(found.every((d) => d.relatedInformation?.length));
  });

  it('hover shows the source figure', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at('16.2'));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /15\\?\.2/);
  });

  it('offers the preferred quick fix and applies it', async () => {
    const pos = at('16.2');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(pos, pos), vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `preferred fix, got ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(fix.title, /15\.2%/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('同比增长15.2%'));
    await waitFor(() => (mismatches(doc.uri).length === 2 ? true : undefined), 30000, 'two mismatches after the fix');
  });

  it('go to definition opens the source', async () => {
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at('12408.7'));
    const first = locations[0];
    const uri = first && ('uri' in first ? first.uri : first.targetUri);
    assert.ok(uri?.path.endsWith('sources/ningbo-2020-report.txt'));
  });

  it('contributes its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['hedui.reindex', 'hedui.showFacts', 'hedui.checkWorkspace', 'hedui.openSourceAtCursor', 'hedui.showMenu']) assert.ok(all.includes(c), c);
  });
});
