// The commands: re-index, fact table, check all drafts, open the source of the figure under the
// cursor, and the status bar menu.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CheckWorkspaceRequest,
  FactsRequest,
  ReindexRequest,
  SourceAtRequest,
  type CheckWorkspaceResult,
  type FactsResult,
  type StatusResult,
  type WireLocation,
} from '../../server/src/lsp/protocol';
import { t } from './l10n';

const FACT_LIMIT = 5000;

function toRange(r: WireLocation['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export async function openLocation(loc: WireLocation): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri));
  const range = toRange(loc.range);
  await vscode.window.showTextDocument(doc, { selection: range, preview: true });
}

type ClientGetter = () => LanguageClient | undefined;

function running(getClient: ClientGetter): LanguageClient | undefined {
  const client = getClient();
  if (!client || !client.isRunning()) {
    void vscode.window.showInformationMessage(t.notRunning);
    return undefined;
  }
  return client;
}

async function reindex(getClient: ClientGetter): Promise<void> {
  const client = running(getClient);
  if (!client) return;
  const s = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: t.reindex }, () => client.sendRequest<StatusResult>(ReindexRequest, {}));
  void vscode.window.showInformationMessage(t.reindexed(s.sources, s.facts));
}

async function showFacts(getClient: ClientGetter): Promise<void> {
  const client = running(getClient);
  if (!client) return;
  const uri = vscode.window.activeTextEditor?.document.uri.toString();
  const result = await client.sendRequest<FactsResult>(FactsRequest, { uri, limit: FACT_LIMIT });
  if (!result.total) {
    void vscode.window.showInformationMessage(t.noFacts);
    return;
  }
  type Item = vscode.QuickPickItem & { location: WireLocation };
  const items: Item[] = result.facts.map((f) => ({
    label: `${f.text}  ${f.indicator}`,
    description: [f.region, f.period, f.measure].filter(Boolean).join(' · '),
    detail: `${f.excerpt} — ${f.title ?? f.path}${f.date ? ` (${f.date})` : ''}`,
    location: f.location,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: t.factsPlaceholder(items.length, result.total), matchOnDescription: true, matchOnDetail: true });
  if (picked) await openLocation(picked.location);
}

async function checkWorkspace(getClient: ClientGetter): Promise<void> {
  const client = running(getClient);
  if (!client) return;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t.checking, cancellable: false }, () =>
    client.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest, {}),
  );
  if (!result.drafts.length) {
    void vscode.window.showInformationMessage(t.checkedNone + (result.skipped ? ` ${t.skipped(result.skipped)}` : ''));
    return;
  }
  type Item = vscode.QuickPickItem & { location?: WireLocation };
  const items: Item[] = [];
  let mismatches = 0;
  for (const draft of result.drafts) {
    mismatches += draft.mismatches;
    items.push({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(draft.uri)), kind: vscode.QuickPickItemKind.Separator });
    for (const f of draft.findings) {
      items.push({ label: `$(warning) ${f.message}`, description: `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.code}`, location: { uri: draft.uri, range: f.range } });
    }
  }
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: t.checkedPlaceholder(result.drafts.length, mismatches) + (result.skipped ? ` ${t.skipped(result.skipped)}` : ''),
    matchOnDescription: true,
  });
  if (picked?.location) await openLocation(picked.location);
}

async function openSourceAtCursor(getClient: ClientGetter): Promise<void> {
  const client = running(getClient);
  if (!client) return;
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t.noEditor);
    return;
  }
  const pos = editor.selection.active;
  const loc = await client.sendRequest<WireLocation | null>(SourceAtRequest, { uri: editor.document.uri.toString(), position: { line: pos.line, character: pos.character } });
  if (!loc) {
    void vscode.window.showInformationMessage(t.noSourceHere);
    return;
  }
  await openLocation(loc);
}

async function showMenu(getClient: ClientGetter, output: () => vscode.OutputChannel | undefined): Promise<void> {
  const entries: { label: string; run: () => unknown }[] = [
    { label: `$(sync) ${t.reindex}`, run: () => reindex(getClient) },
    { label: `$(table) ${t.showFacts}`, run: () => showFacts(getClient) },
    { label: `$(checklist) ${t.checkWorkspace}`, run: () => checkWorkspace(getClient) },
    { label: `$(go-to-file) ${t.openSource}`, run: () => openSourceAtCursor(getClient) },
    { label: `$(output) ${t.showOutput}`, run: () => output()?.show() },
  ];
  const picked = await vscode.window.showQuickPick(entries, { placeHolder: t.menuPlaceholder });
  await picked?.run();
}

export function registerCommands(getClient: ClientGetter, output: () => vscode.OutputChannel | undefined): vscode.Disposable[] {
  const guarded = (fn: () => Promise<void>) => async () => {
    try {
      await fn();
    } catch (err) {
      void vscode.window.showErrorMessage(`Hedui: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return [
    vscode.commands.registerCommand('hedui.reindex', guarded(() => reindex(getClient))),
    vscode.commands.registerCommand('hedui.showFacts', guarded(() => showFacts(getClient))),
    vscode.commands.registerCommand('hedui.checkWorkspace', guarded(() => checkWorkspace(getClient))),
    vscode.commands.registerCommand('hedui.openSourceAtCursor', guarded(() => openSourceAtCursor(getClient))),
    vscode.commands.registerCommand('hedui.showMenu', guarded(() => showMenu(getClient, output))),
  ];
}
