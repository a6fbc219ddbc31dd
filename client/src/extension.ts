// Hedui's VS Code client: starts the bundled language server (dist/server.js, node IPC) for markdown and
// plain-text drafts, but only in workspaces that have a hedui.config.json or set hedui.reference;
// it starts and stops as those appear and disappear.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { StatusChangedNotification, type InitializationOptions } from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { OPEN_EXTRACTED_COMMAND, registerExtractedText } from './extractedText';
import { t } from './l10n';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;
let transition: Promise<void> = Promise.resolve();

/** True when some folder has a hedui.config.json (anywhere below it) or sets hedui.reference. */
export async function heduiWanted(): Promise<boolean> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const reference = vscode.workspace.getConfiguration('hedui', folder.uri).get<string[] | string>('reference');
    if ((Array.isArray(reference) && reference.length > 0) || (typeof reference === 'string' && reference.trim())) return true;
  }
  if (!vscode.workspace.workspaceFolders?.length) return false;
  return (await vscode.workspace.findFiles('**/hedui.config.json', '**/node_modules/**', 1)).length > 0;
}

export function activate(context: vscode.ExtensionContext): { client: () => LanguageClient | undefined; ready: Promise<void> } {
  const output = vscode.window.createOutputChannel('Hedui', { log: true });
  const status = new StatusBar(() => client);
  context.subscriptions.push(output, status, ...registerCommands(() => client, () => output), ...registerExtractedText(() => client));

  const start = async () => {
    const module = context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    // extractedText: DOCX/PDF sources open as hedui-source: documents (./extractedText.ts).
    const initializationOptions: InitializationOptions = { workspaceTrusted: vscode.workspace.isTrusted, extractedText: true };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'markdown' },
        { scheme: 'file', language: 'plaintext' },
      ],
      initializationOptions,
      outputChannel: output,
      // Hover links to DOCX/PDF sources run this one command; nothing else in a hover is trusted.
      markdown: { isTrusted: { enabledCommands: [OPEN_EXTRACTED_COMMAND] }, supportHtml: false },
    };
    const c = new LanguageClient('hedui', 'Hedui 核对', serverOptions, clientOptions);
    c.onNotification(StatusChangedNotification, () => status.update());
    client = c;
    try {
      await c.start();
    } catch (err) {
      output.appendLine(`${t.serverFailed} ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      void vscode.window.showErrorMessage(t.serverFailed);
      client = undefined;
    }
  };

  const stop = async () => {
    const c = client;
    client = undefined;
    if (c) await c.stop().catch(() => undefined);
  };

  /** Starts or stops the server to match the workspace. Serialised: one transition at a time. */
  const sync = (restart = false) => {
    transition = transition.then(async () => {
      const wanted = await heduiWanted();
      if (restart || !wanted) await stop();
      if (wanted && !client) await start();
      status.update();
    }, () => undefined);
    return transition;
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/hedui.config.json', false, true, false);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(() => void sync()),
    watcher.onDidDelete(() => void sync()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('hedui.reference')) void sync();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void sync()),
    // Trust changes what the server may read: restart it with the new trust.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void sync(true)),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
    vscode.languages.onDidChangeDiagnostics(() => status.update()),
    { dispose: () => void stop() },
  );

  const ready = sync();
  return { client: () => client, ready };
}

export async function deactivate(): Promise<void> {
  await transition.catch(() => undefined);
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
