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

export const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.csv', '.json', '.docx', '.pdf', '.xlsx']);

export type SourceFormat = 'text' | 'html' | 'dataset' | 'docx' | 'pdf' | 'xlsx';

export function formatOfExtension(ext: string): SourceFormat {
  const e = ext.toLowerCase();
  if (e === '.html' || e === '.htm') return 'html';
  if (e === '.csv' || e === '.json') return 'dataset';
  if (e === '.docx' || e === '.pdf' || e === '.xlsx') return e.slice(1) as 'docx' | 'pdf' | 'xlsx';
  return 'text';
}

/** Formats whose text is extracted (not the file itself): hover and go-to-source show the extracted text. */
export function isExtractedFormat(path: string): boolean {
  return /\.(?:docx|pdf)$/i.test(stripTablesKey(path));
}

/** A file's prose and its tables are indexed under two keys, because the engine replaces a key's facts
 * as a whole: the prose under the display path, the figures of its tables under this key. */
export const TABLES_SUFFIX = '#tables';

export function tablesKey(path: string): string {
  return `${path}${TABLES_SUFFIX}`;
}

/** The file a key names (the tables key of a file names the file). */
export function stripTablesKey(key: string): string {
  return key.endsWith(TABLES_SUFFIX) ? key.slice(0, -TABLES_SUFFIX.length) : key;
}
