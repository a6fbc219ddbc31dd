// Expands configured paths into the files to read. Folders are walked recursively, skipping hidden
// entries and node_modules; symlinks are followed but each real folder is visited once (no loops),
// and with allowed roots nothing whose real path lies outside them is admitted.
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { InputProblem } from '../core/types';
import { inputProblem } from './problems';
import { displayPath, isInside, SOURCE_EXTENSIONS } from './sourcePaths';

export interface Candidate {
  absolutePath: string;
  realPath: string;
}

export interface WalkOptions {
  baseDir: string;
  /** Real paths of the allowed roots; undefined means no restriction. */
  allowedRoots?: string[];
}

export interface WalkResult {
  candidates: Candidate[];
  problems: InputProblem[];
}

const EXAMPLES_SHOWN = 3;

/** hedui.config.json is JSON but configuration, not a dataset, and often sits next to the sources. */
function shouldSkipName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name === 'hedui.config.json';
}

/** Checks existence and the workspace boundary of one user-given path; undefined after a problem. */
async function admit(absolutePath: string, options: WalkOptions, problems: InputProblem[]): Promise<string | undefined> {
  const shown = displayPath(absolutePath, options.baseDir);
  let real: string;
  try {
    real = await realpath(absolutePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'no such file or folder' : e instanceof Error ? e.message : String(e);
    problems.push(inputProblem(code === 'ENOENT' ? 'missing' : 'unreadable', shown, 'error', { detail }));
    return undefined;
  }
  if (options.allowedRoots && !options.allowedRoots.some((root) => isInside(real, root))) {
    problems.push(inputProblem('outside-workspace', shown, 'warning', { detail: real }));
    return undefined;
  }
  return real;
}

export async function walkSources(paths: string[], options: WalkOptions): Promise<WalkResult> {
  const candidates: Candidate[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = (absolutePath: string, realPath: string): void => {
    if (seenFiles.has(realPath)) return;
    seenFiles.add(realPath);
    candidates.push({ absolutePath, realPath });
  };

  /** Walks one configured folder; returns how many readable files and which unsupported ones it held. */
  const walkFolder = async (dir: string, realDir: string, unsupported: string[]): Promise<number> => {
    if (seenDirs.has(realDir)) return 0;
    seenDirs.add(realDir);
    let found = 0;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(inputProblem('unreadable', displayPath(dir, options.baseDir), 'error', { detail: e instanceof Error ? e.message : String(e) }));
      return 0;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (shouldSkipName(entry.name)) continue;
      const child = join(dir, entry.name);
      const real = entry.isSymbolicLink() ? await admit(child, options, problems) : join(realDir, entry.name);
      if (!real) continue;
      const isDir = entry.isSymbolicLink() ? (await stat(child).catch(() => undefined))?.isDirectory() : entry.isDirectory();
      if (isDir) found += await walkFolder(child, real, unsupported);
      else if (SOURCE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        addFile(child, real);
        found++;
      } else unsupported.push(child);
    }
    return found;
  };

  for (const p of paths) {
    const absolutePath = resolve(options.baseDir, p);
    const real = await admit(absolutePath, options, problems);
    if (!real) continue;
    const info = await stat(real).catch(() => undefined);
    if (!info?.isDirectory()) {
      // A file named explicitly is read whatever its extension: the user asked for it, and binary
      // files are still recognised and skipped when read.
      addFile(absolutePath, real);
      continue;
    }
    const unsupported: string[] = [];
    const found = await walkFolder(absolutePath, real, unsupported);
    const shown = displayPath(absolutePath, options.baseDir);
    if (unsupported.length > 0) problems.push(unsupportedSummary(shown, unsupported, options.baseDir));
    if (found === 0) problems.push(inputProblem('empty-folder', shown, 'information'));
  }
  return { candidates, problems };
}

/** One problem per configured folder, not one per file: a folder of PDFs should not flood the list. */
function unsupportedSummary(folder: string, files: string[], baseDir: string): InputProblem {
  const extensions = [...new Set(files.map((f) => extname(f).toLowerCase() || '(none)'))].sort();
  const examples = files.slice(0, EXAMPLES_SHOWN).map((f) => displayPath(f, baseDir));
  return inputProblem('unsupported', folder, 'information', {
    count: String(files.length),
    extensions: extensions.join(', '),
    examples: examples.join(', '),
  });
}
