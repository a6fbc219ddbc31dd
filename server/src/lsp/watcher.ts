// Watches the config file and the configured sources (workspace/didChangeWatchedFiles, registered
// dynamically and re-registered when the set of sources changes). Events are batched briefly.
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

  connection.onDidChangeWatchedFiles(
    guard.notify('didChangeWatchedFiles', (params) => {
      for (const change of params.changes) {
        const p = uriToPath(change.uri);
        if (p) pending.add(path.normalize(p));
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const paths = [...pending];
        pending = new Set();
        workspace.filesChanged(paths).catch((err: unknown) => guard.report('re-indexing changed files', err));
      }, 50);
    }),
  );

  /** (Re-)registers the watchers when the set of patterns changed. */
  return () => {
    if (!options.dynamic) return;
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
