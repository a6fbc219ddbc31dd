// A real JSON-RPC client driving the language server: in-process over a pair of streams (the server's
// own createConnection on one side, vscode-jsonrpc's createMessageConnection on the other), or as a
// child process over stdio. Waits on events with timeouts, never on fixed sleeps.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader as ServerReader,
  StreamMessageWriter as ServerWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerEnvironment } from '../../src/lsp/environment';
import { nodeEnvironment } from '../../src/lsp/nodeEnvironment';
import { startServer } from '../../src/lsp/server';

export const FIXTURE = path.resolve(__dirname, '../../../test-fixtures/workspace');

/** A scratch copy of the sample workspace (tests may edit it). */
export function copyWorkspace(): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hedui-ws-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function uriOf(p: string): string {
  return pathToFileURL(p).href;
}

export interface ClientOptions {
  workspace: string;
  pull: boolean;
  locale?: string;
  /** The `hedui` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Spawn this script with --stdio instead of running the server in-process. */
  serverScript?: string;
  capabilities?: ClientCapabilities;
  /** Replaces parts of the real environment of the in-process server (e.g. a slow loadSources). */
  environment?: Partial<ServerEnvironment>;
}

interface Event {
  method: string;
  params: unknown;
}

export interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class TestClient {
  readonly events: Event[] = [];
  private waiters: (() => void)[] = [];
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  child?: ChildProcess;
  init!: InitializeResult;

  constructor(
    readonly connection: MessageConnection,
    readonly options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
    const record = (method: string, params: unknown) => {
      this.events.push({ method, params });
      for (const w of this.waiters.splice(0)) w();
    };
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      record('workspace/configuration', params);
      return params.items.map((i) => (i.section === 'hedui' ? this.settings : null));
    });
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh', 'workspace/semanticTokens/refresh']) {
      connection.onRequest(method, (params: unknown) => {
        record(method, params);
        return null;
      });
    }
    connection.onRequest('window/showDocument', (params: unknown) => {
      record('window/showDocument', params);
      return { success: true };
    });
    connection.onRequest('window/showMessageRequest', (params: unknown) => {
      record('window/showMessageRequest', params);
      return null;
    });
    for (const method of ['textDocument/publishDiagnostics', 'window/showMessage', 'window/logMessage', '$/progress', 'hedui/statusChanged', 'telemetry/event']) {
      connection.onNotification(method, (params: unknown) => record(method, params));
    }
    connection.listen();
  }

  static async start(options: ClientOptions): Promise<TestClient> {
    let connection: MessageConnection;
    let child: ChildProcess | undefined;
    if (options.serverScript) {
      child = spawn(process.execPath, [options.serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    } else {
      const up = new PassThrough();
      const down = new PassThrough();
      const server = createConnection(ProposedFeatures.all, new ServerReader(up), new ServerWriter(down));
      startServer(server, nodeEnvironment({ debounceMs: 50, ...options.environment }));
      connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    }
    const client = new TestClient(connection, options);
    client.child = child;
    const folderUri = uriOf(options.workspace);
    const capabilities: ClientCapabilities = options.capabilities ?? {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
        workspaceEdit: { documentChanges: true },
        semanticTokens: { refreshSupport: true },
        diagnostics: options.pull ? { refreshSupport: true } : undefined,
      },
      window: { workDoneProgress: true, showDocument: { support: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        diagnostic: options.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
        semanticTokens: {
          requests: { full: true, range: true },
          tokenTypes: ['property', 'number', 'enumMember', 'string', 'namespace'],
          tokenModifiers: ['verified', 'unverified', 'mismatch'],
          formats: ['relative'],
        },
        definition: {},
      },
    };
    client.init = await connection.sendRequest<InitializeResult>('initialize', {
      processId: null,
      rootUri: folderUri,
      workspaceFolders: [{ uri: folderUri, name: path.basename(options.workspace) }],
      capabilities,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves when `predicate` holds (checked now and after every event), or rejects after `ms`. */
  waitFor<T>(predicate: () => T | undefined | false, ms = 10000, what = 'event'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const v = predicate();
        if (v) {
          clearTimeout(timer);
          resolve(v);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      const loop = () => {
        if (!check()) this.waiters.push(loop);
      };
      loop();
    });
  }

  count(method: string): number {
    return this.events.filter((e) => e.method === method).length;
  }

  /** Waits until the server has indexed every folder (status says ready; woken by hedui/statusChanged). */
  async ready(ms = 10000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      const seen = this.count('hedui/statusChanged');
      const s = await this.connection.sendRequest<{ ready: boolean }>('hedui/status', {});
      if (s.ready) return;
      await this.waitFor(() => this.count('hedui/statusChanged') > seen, Math.max(1, deadline - Date.now()), 'index ready');
    }
  }

  open(relPath: string, languageId = relPath.endsWith('.md') ? 'markdown' : 'plaintext'): TextDocument {
    const file = path.join(this.options.workspace, relPath);
    const text = readFileSync(file, 'utf8');
    const doc = TextDocument.create(uriOf(file), languageId, 1, text);
    this.docs.set(doc.uri, doc);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId, version: 1, text } });
    return doc;
  }

  /** Replaces the whole text (an incremental change covering the document). */
  change(doc: TextDocument, text: string): TextDocument {
    const range: Range = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    const next = TextDocument.create(doc.uri, doc.languageId, doc.version + 1, text);
    this.docs.set(doc.uri, next);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: doc.uri, version: next.version }, contentChanges: [{ range, text }] });
    return next;
  }

  pull(doc: TextDocument, previousResultId?: string): Promise<{ kind: string; items?: Diagnostic[]; resultId?: string }> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: doc.uri }, previousResultId });
  }

  published(uri: string): PublishParams[] {
    return this.events.filter((e) => e.method === 'textDocument/publishDiagnostics').map((e) => e.params as PublishParams).filter((p) => p.uri === uri);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      if (this.child) {
        const exited = new Promise<number | null>((r) => this.child?.once('exit', (code) => r(code)));
        await this.connection.sendNotification('exit');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      }
    } finally {
      this.connection.dispose();
      this.child?.kill();
    }
  }
}

/** Position of the n-th occurrence of `needle` in a document (UTF-16, as LSP counts). */
export function positionOf(doc: TextDocument, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in ${doc.uri}`);
  }
  return doc.positionAt(at);
}

export function textAt(doc: TextDocument, range: Range): string {
  return doc.getText(range);
}

/**
 * In a describe block: a client on a fresh copy of the sample workspace, started and ready before the
 * tests (before each test with `each`) and stopped after. Read `session.client` inside the tests.
 */
export function workspaceSession(options: { each?: boolean } = {}): { readonly client: TestClient } {
  let ws: ReturnType<typeof copyWorkspace> | undefined;
  let current: TestClient | undefined;
  const up = async () => {
    ws = copyWorkspace();
    current = await TestClient.start({ workspace: ws.dir, pull: true });
    await current.ready();
  };
  const down = async () => {
    await current?.stop();
    ws?.dispose();
  };
  if (options.each) {
    beforeEach(up);
    afterEach(down);
  } else {
    before(up);
    after(down);
  }
  return {
    get client(): TestClient {
      if (!current) throw new Error('the session starts in a before hook');
      return current;
    },
  };
}
