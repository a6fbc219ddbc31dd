// file URIs ↔ paths, in one place. VS Code percent-encodes differently from Node (e.g. `c%3A`), so
// URIs from the client are always decoded to paths before comparing.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

/** True when `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A link VS Code opens at a position: file:///a/b.txt#L12,5 (1-based line and column). */
export function uriWithPosition(uri: string, line: number, character: number): string {
  return `${uri}#L${line + 1},${character + 1}`;
}
