// startServer(connection, env): the language server, made of small register… functions over one
// shared analysis cache. Knows LSP; the engine (../core) does not.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { FIX_ALL_KIND, registerCodeActions } from './codeActions';
import { registerDefinition } from './definition';
import { registerPullDiagnostics, registerPushDiagnostics, type DiagnosticsSupport } from './diagnostics';
import type { ServerEnvironment } from './environment';
import { registerExtractedText, setVirtualDocumentSupport } from './extractedText';
import { Guard } from './guard';
import { registerHover } from './hover';
import { languageOf, messagesFor, type Messages } from './i18n';
import { ServerCommands, StatusChangedNotification, type InitializationOptions } from './protocol';
import { registerRequests } from './requests';
import { legend, registerSemanticTokens } from './semanticTokens';
import { SettingsStore } from './settings';
import { registerWatcher } from './watcher';
import { WorkspaceIndex } from './workspaceIndex';
import type { ServerContext } from './serverContext';

export interface ServerHandle {
  documents: TextDocuments<TextDocument>;
}

function initOptions(raw: unknown): InitializationOptions {
  if (typeof raw !== 'object' || raw === null) return {};
  const o = raw as Record<string, unknown>;
  return {
    workspaceTrusted: typeof o.workspaceTrusted === 'boolean' ? o.workspaceTrusted : undefined,
    extractedText: o.extractedText === true,
    settings: typeof o.settings === 'object' && o.settings !== null ? (o.settings as Record<string, unknown>) : undefined,
  };
}

export function startServer(connection: Connection, env: ServerEnvironment): ServerHandle {
  const documents = new TextDocuments(TextDocument);
  let messages: Messages = messagesFor('zh');
  const guard = new Guard(connection, () => messages);
  let caps: ClientCapabilities = {};
  let settings: SettingsStore | undefined;
  let workspace: WorkspaceIndex | undefined;
  let diagnostics: DiagnosticsSupport | undefined;
  let updateWatchers: () => void = () => undefined;
  let cache: AnalysisCache | undefined;

  const statusChanged = (uri?: string) => {
    void connection.sendNotification(StatusChangedNotification, { uri }).then(undefined, () => undefined);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    caps = params.capabilities;
    messages = messagesFor(languageOf(params.locale));
    const options = initOptions(params.initializationOptions);
    setVirtualDocumentSupport(options.extractedText === true);
    const pull = caps.textDocument?.diagnostic !== undefined;
    settings = new SettingsStore(connection, caps.workspace?.configuration === true, options.settings);
    workspace = new WorkspaceIndex(connection, env, settings, options.workspaceTrusted !== false, caps.window?.workDoneProgress === true, messages, (w, e) => guard.report(w, e));
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    workspace.add(folders);
    cache = new AnalysisCache(workspace, settings, (uri) => documents.get(uri) !== undefined);

    const m = () => messages;
    const ctx: ServerContext = { connection, documents, cache, env, guard, messages: m };
    const onChecked = () => undefined;
    diagnostics = pull
      ? registerPullDiagnostics({ ...ctx, refreshSupport: caps.workspace?.diagnostics?.refreshSupport === true, onChecked })
      : registerPushDiagnostics({ ...ctx, refreshSupport: false, onChecked: (check) => statusChanged(check.uri) });
    registerHover(connection, documents, cache, guard, m);
    registerDefinition(connection, documents, cache, guard);
    const ws = workspace;
    registerExtractedText(connection, () => ws.all(), env, guard);
    registerCodeActions({ ...ctx, versionedEdits: caps.workspace?.workspaceEdit?.documentChanges === true });
    registerSemanticTokens(connection, documents, cache, guard);
    registerRequests({ ...ctx, workspace, settings });
    updateWatchers = registerWatcher(connection, workspace, guard, {
      dynamic: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      relativePatterns: caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    });

    const currentCache = cache;
    const currentDiagnostics = diagnostics;
    workspace.onDidChange(() => {
      currentCache.clear();
      currentDiagnostics.refresh();
      if (caps.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh().then(undefined, () => undefined);
      updateWatchers();
      statusChanged();
    });

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        semanticTokensProvider: { legend, full: true, range: true },
        executeCommandProvider: { commands: [ServerCommands.showSource, ServerCommands.reindex] },
        diagnosticProvider: pull ? { identifier: 'hedui', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'hedui-ls', version: '0.1.0' },
    };
  });

  connection.onInitialized(
    guard.notify('initialized', async () => {
      // Listeners first (synchronously): a folder change may follow `initialized` immediately.
      if (caps.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard.notify('didChangeWorkspaceFolders', async (e) => {
            workspace?.remove(e.removed);
            const added = workspace?.add(e.added) ?? [];
            await workspace?.reload(added);
          }),
        );
      }
      const indexing = workspace?.reload();
      if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'hedui' });
      }
      await indexing;
    }),
  );

  connection.onDidChangeConfiguration(
    guard.notify('didChangeConfiguration', async (params) => {
      settings?.update(params.settings);
      cache?.clear();
      // `hedui.reference` may have changed: read the sources again (this also refreshes diagnostics).
      await workspace?.reload();
    }),
  );

  documents.onDidChangeContent(guard.notify('didChangeContent', (e) => diagnostics?.changed(e.document)));
  documents.onDidClose(
    guard.notify('didClose', (e) => {
      cache?.delete(e.document.uri);
      diagnostics?.closed(e.document.uri);
    }),
  );

  documents.listen(connection);
  connection.listen();
  return { documents };
}
