// Paths as the user reads them, and the workspace boundary for untrusted workspaces.
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Relative to `baseDir` when inside it (with the platform's separators), else absolute. The engine
 * keys files by this string, so every loader must produce it the same way. */
export function displayPath(absolutePath: string, baseDir: string): string {
  const rel = relative(resolve(baseDir), absolutePath);
  return rel && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) ? rel : absolutePath;
}

export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Real paths of the roots that exist; a root that does not exist admits nothing. */
export async function realRoots(roots: string[], baseDir: string): Promise<string[]> {
  const out: string[] = [];
  for (const r of roots) {
    try {
      out.push(await realpath(resolve(baseDir, r)));
    } catch {
      // Not there: nothing can be inside it.
    }
  }
  return out;
}

export const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.csv', '.json']);

export type SourceFormat = 'text' | 'html' | 'dataset';

export function formatOfExtension(ext: string): SourceFormat {
  const e = ext.toLowerCase();
  if (e === '.html' || e === '.htm') return 'html';
  if (e === '.csv' || e === '.json') return 'dataset';
  return 'text';
}
