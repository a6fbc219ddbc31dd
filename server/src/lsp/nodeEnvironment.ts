// The real environment: hedui.config.json via ../config, source files via ../sources, drafts from disk.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { compileIgnore, findConfigFile, readConfig } from '../config';
import { displayPath, loadSources, readSourceFile } from '../sources';
import type { ConfigResult, LoadedSources, LoadOptions, ServerEnvironment } from './environment';
import { isInside, pathToUri } from './uris';

const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

/** The extension's (or repository's) root: the nearest folder above this file with hedui's package.json. */
function packageRoot(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'hedui') return dir;
      } catch {
        // not ours
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export async function readFolderConfig(folderPath: string): Promise<ConfigResult> {
  const file = await findConfigFile(folderPath, folderPath);
  if (!file) return { config: { sources: [] }, problems: [] };
  const { config, problems, explicit = [] } = await readConfig(file);
  return {
    path: file,
    config: {
      sources: config.reference,
      documentDate: config.documentDate,
      lexicon: config.lexicon,
      unverified: config.unverified,
      severities: config.severities,
      // Only limits the file states: otherwise the editor setting (hedui.maxFileBytes / maxDraftBytes) applies.
      maxFileBytes: explicit.includes('maxFileBytes') ? config.maxFileBytes : undefined,
      maxDraftBytes: explicit.includes('maxDraftBytes') ? config.maxDraftBytes : undefined,
      deriveRanks: config.deriveRanks,
      ignore: config.ignore.length ? compileIgnore(config.ignore, path.dirname(file)) : undefined,
    },
    problems,
  };
}

export async function listDrafts(folderPath: string, exclude: string[], limit: number): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    if (out.length >= limit) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= limit) return;
      const full = path.join(dir, e.name);
      if (e.name.startsWith('.') || exclude.some((x) => isInside(full, x))) continue;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(full);
      } else if (e.isFile() && DRAFT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(full);
    }
  };
  await walk(folderPath);
  return out;
}

const CONFIG_DEPTH = 4;
const MAX_CONFIGS = 50;

export async function findConfigDirs(folderPath: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (out.length >= MAX_CONFIGS) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    if (entries.some((e) => e.isFile() && e.name === 'hedui.config.json')) out.push(dir);
    if (depth >= CONFIG_DEPTH) return;
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) await walk(path.join(dir, e.name), depth + 1);
  };
  await walk(folderPath, 0);
  return out;
}

export function nodeEnvironment(overrides: Partial<ServerEnvironment> = {}): ServerEnvironment {
  const root = packageRoot(__dirname);
  const docs = root ? pathToUri(path.join(root, 'docs', 'findings.md')) : 'https://github.com/hedui/hedui/blob/main/docs/findings.md';
  return {
    readConfig: readFolderConfig,
    loadSources: (paths: string[], options: LoadOptions): Promise<LoadedSources> => loadSources(paths, options),
    listDrafts,
    readText: (p) => readFile(p, 'utf8'),
    findConfigDirs,
    extractedText: async (absPath, baseDir) => {
      const read = await readSourceFile(absPath, displayPath(absPath, baseDir), 64 * 1024 * 1024);
      return read.displayText ?? read.document?.text;
    },
    docsUrl: (code) => `${docs}#${code}`,
    ...overrides,
  };
}
