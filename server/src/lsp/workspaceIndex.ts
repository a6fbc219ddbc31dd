// All workspace folders' indexes (multi-root), indexing progress, and the one "environment changed"
// path: whenever an index changes, listeners clear caches and refresh diagnostics and tokens.
import * as path from 'node:path';
import type { Connection, WorkspaceFolder } from 'vscode-languageserver/node';
import { problemText } from '../sources/problemText';
import type { ServerEnvironment } from './environment';
import { FolderIndex } from './folderIndex';
import type { Messages } from './i18n';
import type { SettingsStore } from './settings';
import { isInside, pathToUri, uriToPath } from './uris';

export class WorkspaceIndex {
  private folders = new Map<string, FolderIndex>();
  private listeners: (() => void)[] = [];
  private shownProblems = new Set<string>();
  /** Workspace folder URIs (the other entries are nested config folders). */
  private roots = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly env: ServerEnvironment,
    private readonly settings: SettingsStore,
    private readonly trusted: boolean,
    private readonly progressSupported: boolean,
    private readonly messages: Messages,
    private readonly report: (where: string, err: unknown) => void,
  ) {}

  onDidChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private fire(): void {
    for (const l of this.listeners) {
      try {
        l();
      } catch (err) {
        this.report('index listener', err);
      }
    }
  }

  all(): FolderIndex[] {
    return [...this.folders.values()];
  }

  get ready(): boolean {
    return this.all().every((f) => f.ready);
  }

  /** The innermost folder holding a document, if any. */
  folderFor(uri: string): FolderIndex | undefined {
    const p = uriToPath(uri);
    if (!p) return undefined;
    let best: FolderIndex | undefined;
    for (const f of this.folders.values()) {
      if (isInside(p, f.folderPath) && (!best || f.folderPath.length > best.folderPath.length)) best = f;
    }
    return best;
  }

  /** Adds workspace folders (without loading them). */
  add(folders: WorkspaceFolder[]): FolderIndex[] {
    const added: FolderIndex[] = [];
    for (const wf of folders) {
      const p = uriToPath(wf.uri);
      if (!p || this.folders.has(wf.uri)) continue;
      const f = new FolderIndex(wf.uri, path.normalize(p), this.env, this.trusted);
      this.folders.set(wf.uri, f);
      this.roots.add(wf.uri);
      added.push(f);
    }
    return added;
  }

  remove(folders: WorkspaceFolder[]): void {
    for (const wf of folders) {
      const root = this.folders.get(wf.uri);
      this.roots.delete(wf.uri);
      this.folders.delete(wf.uri);
      // Nested config folders go with their workspace folder.
      if (root) for (const [uri, f] of this.folders) if (!this.roots.has(uri) && isInside(f.folderPath, root.folderPath) && !this.underAnyRoot(f)) this.folders.delete(uri);
    }
    if (folders.length) this.fire();
  }

  private underAnyRoot(f: FolderIndex): boolean {
    return [...this.roots].some((uri) => {
      const root = this.folders.get(uri);
      return root !== undefined && isInside(f.folderPath, root.folderPath);
    });
  }

  /** Folders below a workspace folder with their own hedui.config.json become scopes of their own
   * (drafts use the innermost one). Returns the scopes added; drops those whose config is gone. */
  private async discoverNested(root: FolderIndex): Promise<FolderIndex[]> {
    const dirs = new Set((await this.env.findConfigDirs(root.folderPath)).map((d) => path.normalize(d)).filter((d) => d !== root.folderPath));
    const added: FolderIndex[] = [];
    for (const [uri, f] of this.folders) {
      if (this.roots.has(uri) || !isInside(f.folderPath, root.folderPath)) continue;
      if (!dirs.has(f.folderPath)) this.folders.delete(uri);
      dirs.delete(f.folderPath);
    }
    for (const dir of dirs) {
      const uri = pathToUri(dir);
      const f = new FolderIndex(uri, dir, this.env, this.trusted, root.folderPath);
      this.folders.set(uri, f);
      added.push(f);
    }
    return added;
  }

  /** Scopes strictly inside `f` (nested config folders), whose files `f` does not check. */
  nestedIn(f: FolderIndex): string[] {
    return this.all()
      .filter((o) => o !== f && isInside(o.folderPath, f.folderPath))
      .map((o) => o.folderPath);
  }

  /** Loads (or reloads) folders, with a work-done progress in the client while it runs. */
  async reload(folders: FolderIndex[] = this.all()): Promise<void> {
    if (!folders.length) return;
    const withNested = new Set(folders);
    for (const f of folders) {
      if (!this.roots.has(f.uri)) continue;
      try {
        for (const n of await this.discoverNested(f)) withNested.add(n);
      } catch (err) {
        this.report(`looking for hedui.config.json under ${f.folderPath}`, err);
      }
    }
    folders = [...withNested].filter((f) => this.folders.get(f.uri) === f);
    const progress = this.progressSupported ? await this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(this.messages.indexing, 0, undefined, false);
    try {
      await Promise.all(
        folders.map(async (f) => {
          try {
            const settings = await this.settings.get(f.uri);
            await f.reload(settings, (message, percentage) => progress?.report(percentage ?? 0, `${this.messages.indexing} ${message}`));
          } catch (err) {
            this.report(`indexing ${f.folderPath}`, err);
          }
        }),
      );
    } finally {
      progress?.done();
    }
    this.logProblems(folders);
    this.fire();
  }

  /** Problems reading sources or the config: all to the log, errors once to the user. */
  private logProblems(folders: FolderIndex[]): void {
    for (const f of folders) {
      for (const p of f.problems) {
        const text = problemText(p, this.messages.lang);
        this.connection.console.log(`[hedui] ${p.severity}: ${text}`);
        if (p.severity === 'error' && !this.shownProblems.has(text)) {
          this.shownProblems.add(text);
          void this.connection.window.showWarningMessage(`${this.messages.problemPrefix}${text}`);
        }
      }
    }
  }

  /** Source or config files changed on disk (absolute paths). */
  async filesChanged(paths: string[]): Promise<void> {
    // While a folder loads, its sources are not known yet (a new file would be ignored) and files it has
    // already read would keep their old content: wait for the load, then re-read what changed.
    await Promise.all(this.all().filter((f) => !f.ready).map((f) => f.whenReady()));
    const reloads = new Set<FolderIndex>();
    const refresh = new Map<FolderIndex, string[]>();
    for (const p of paths) {
      for (const f of this.folders.values()) {
        if (!isInside(p, f.folderPath) && !f.isSource(p)) continue;
        // A config file anywhere below a workspace folder may add or remove a nested scope.
        if (f.isConfig(p) || (this.roots.has(f.uri) && path.basename(p) === 'hedui.config.json')) reloads.add(f);
        else if (f.isSource(p)) refresh.set(f, [...(refresh.get(f) ?? []), p]);
      }
    }
    for (const f of reloads) refresh.delete(f);
    const work: Promise<void>[] = [];
    if (reloads.size) work.push(this.reload([...reloads]));
    for (const [f, files] of refresh) work.push(f.refreshFiles(files).catch((err) => this.report(`re-indexing ${files.join(', ')}`, err)));
    await Promise.all(work);
    if (refresh.size && !reloads.size) this.fire();
  }
}
