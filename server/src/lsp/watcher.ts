// Watches the config file and the configured sources (workspace/didChangeWatchedFiles, registered
// dynamically and re-registered when the set of sources changes). Clients that cannot register
// watchers (Neovim 0.7) get the server's own file system watchers instead. Events are batched briefly.
import { watch, statSync, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import type { Guard } from './guard';
import { pathToUri, uriToPath } from './uris';
import type { WorkspaceIndex } from './workspaceIndex';

export function watchersFor(workspace: WorkspaceIndex, relativePatterns: boolean): FileSystemWatcher[] {
  const watchers: FileSystemWatcher[] = [];
  const seen = new Set<string>();
  const add = (base: string, pattern: string) => {
    const key = `${base}\0${pattern}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (relativePatterns) watchers.push({ globPattern: { baseUri: pathToUri(base), pattern } });
    else watchers.push({ globPattern: path.join(base, pattern).split(path.sep).join('/') });
  };
  for (const f of workspace.all()) {
    add(f.folderPath, '**/hedui.config.json');
    for (const root of f.sourceRoots) {
      // A root may be a file or a folder: watch it and anything under it.
      add(path.dirname(root), path.basename(root));
      add(root, '**/*');
    }
  }
  return watchers;
}

export function registerWatcher(connection: Connection, workspace: WorkspaceIndex, guard: Guard, options: { dynamic: boolean; relativePatterns: boolean }): () => void {
  let registration: Promise<Disposable> | undefined;
  let lastKey = '';
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const queue = (paths: string[]) => {
    for (const p of paths) pending.add(path.normalize(p));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending = new Set();
      workspace.filesChanged(changed).catch((err: unknown) => guard.report('re-indexing changed files', err));
    }, 50);
  };

  connection.onDidChangeWatchedFiles(
    guard.notify('didChangeWatchedFiles', (params) => {
      queue(params.changes.map((c) => uriToPath(c.uri)).filter((p): p is string => Boolean(p)));
    }),
  );

  let own: FSWatcher[] = [];
  const watchOwn = () => {
    const roots = new Map<string, boolean>();
    for (const f of workspace.all()) {
      roots.set(f.folderPath, false); // hedui.config.json at the top of the folder
      for (const root of f.sourceRoots) roots.set(root, true);
    }
    const key = JSON.stringify([...roots]);
    if (key === lastKey) return;
    lastKey = key;
    for (const w of own) w.close();
    own = [];
    for (const [root, recursive] of roots) {
      try {
        // A missing root is already reported by loading; there is nothing to watch yet.
        const info = statSync(root, { throwIfNoEntry: false });
        if (!info) continue;
        const isDir = info.isDirectory();
        const w = watch(root, { recursive: recursive && isDir }, (_event, name) => queue([name && isDir ? path.join(root, name.toString()) : root]));
        w.on('error', (err: unknown) => guard.report(`watching ${root}`, err));
        w.unref(); // never what keeps the server alive
        own.push(w);
      } catch (err) {
        guard.report(`watching ${root}`, err);
      }
    }
  };

  /** (Re-)registers the watchers when the set of patterns changed. */
  return () => {
    if (!options.dynamic) {
      watchOwn();
      return;
    }
    const watchers = watchersFor(workspace, options.relativePatterns);
    const key = JSON.stringify(watchers);
    if (key === lastKey) return;
    lastKey = key;
    const previous = registration;
    registration = connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    registration.catch((err: unknown) => guard.report('registering file watchers', err));
    if (previous) void previous.then((d) => d.dispose(), () => undefined);
  };
}
