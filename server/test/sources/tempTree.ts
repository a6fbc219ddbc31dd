// Builds throw-away folder trees for loader tests (binary and encoded fixtures are generated here,
// not checked in).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempTree {
  root: string;
  path: (...parts: string[]) => string;
  remove: () => void;
}

export function makeTree(files: Record<string, string | Uint8Array>): TempTree {
  const root = mkdtempSync(join(tmpdir(), 'hedui-sources-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { root, path: (...parts) => join(root, ...parts), remove: () => rmSync(root, { recursive: true, force: true }) };
}
