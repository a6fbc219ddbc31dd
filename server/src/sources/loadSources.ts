// The entry point of the IO layer: user paths (files and folders) → decoded documents, parsed datasets
// and the problems met on the way. Never throws for bad input; every skipped file is reported.
import { resolve } from 'node:path';
import type { InputProblem } from '../core/types';
import type { DatasetRow, SourceDocument } from '../core/sourceDocument';
import type { LexiconAdditions } from '../core';
import { DEFAULT_MAX_FILE_BYTES, readSourceFile, type FileOutcome } from './readSourceFile';
import { displayPath, realRoots } from './sourcePaths';
import { walkSources, type Candidate } from './walkSources';

export interface LoadOptions {
  /** Folder that relative paths are resolved against and results are shown relative to. */
  baseDir: string;
  /** Files larger than this are reported ('too-large') and not read. Default 64 MB. */
  maxFileBytes?: number;
  /** When given (untrusted workspace), paths whose real path is outside all of these are refused. */
  allowedRoots?: string[];
  /** Rank rows derived from tables of regions (config `deriveRanks`). Default off. */
  deriveRanks?: boolean;
  /** Configured lexicon additions: regions named in table headers are recognised with them too. */
  lexicon?: LexiconAdditions;
}

export interface LoadedSources {
  documents: SourceDocument[];
  datasets: { path: string; rows: DatasetRow[] }[];
  problems: InputProblem[];
  /** Display paths of every source file found (read or not), for watching and re-indexing. */
  files: string[];
}

/** Files read at the same time: enough to hide disk latency, few enough to stay clear of EMFILE. */
const CONCURRENCY = 8;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function loadSources(paths: string[], options: LoadOptions): Promise<LoadedSources> {
  const baseDir = resolve(options.baseDir);
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const allowedRoots = options.allowedRoots ? await realRoots(options.allowedRoots, baseDir) : undefined;
  const walked = await walkSources(paths, allowedRoots ? { baseDir, allowedRoots } : { baseDir });
  const tables = { deriveRanks: options.deriveRanks, lexicon: options.lexicon };
  const outcomes = await mapLimited(walked.candidates, CONCURRENCY, (c: Candidate) =>
    readSourceFile(c.absolutePath, displayPath(c.absolutePath, baseDir), maxFileBytes, tables),
  );
  const result: LoadedSources = {
    documents: [],
    datasets: [],
    problems: [...walked.problems],
    files: walked.candidates.map((c) => displayPath(c.absolutePath, baseDir)),
  };
  outcomes.forEach((o) => collect(result, o));
  return result;
}

/** Re-reads one changed file. Give the same options as loadSources so the path key comes out the same. */
export async function loadSourceFile(path: string, options: LoadOptions = { baseDir: process.cwd() }): Promise<LoadedSources> {
  return loadSources([path], options);
}

function collect(into: LoadedSources, outcome: FileOutcome): void {
  if (outcome.document) into.documents.push(outcome.document);
  if (outcome.dataset) into.datasets.push(outcome.dataset);
  into.problems.push(...outcome.problems);
}
