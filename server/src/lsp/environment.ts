// What the server needs from the outside world. main.ts wires the real file loaders (server/src/sources,
// server/src/config); tests can pass their own. The engine itself never sees any of this.
import type { InputProblem, LexiconAdditions, Severity, FindingCode } from '../core';

/** hedui.config.json, as far as the server uses it. */
export interface FolderConfig {
  /** Source files and folders, relative to the folder holding the config. */
  sources: string[];
  documentDate?: string;
  lexicon?: LexiconAdditions;
  unverified?: Severity | 'off';
  severities?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Set only when hedui.config.json sets it; the `hedui.maxFileBytes` setting applies otherwise. */
  maxFileBytes?: number;
  /** Set only when hedui.config.json sets it; the `hedui.maxDraftBytes` setting applies otherwise. */
  maxDraftBytes?: number;
  /** Rank rows derived from tables of regions (config `deriveRanks`). */
  deriveRanks?: boolean;
  /** Drafts not to check (the config's `ignore` globs), by absolute path. */
  ignore?: (absPath: string) => boolean;
}

export interface ConfigResult {
  /** Absolute path of the config file found, if any. */
  path?: string;
  config: FolderConfig;
  problems: InputProblem[];
}

/** The IO layer's options and results, as types only: the environment stays injectable in tests. */
export type LoadOptions = import('../sources/loadSources').LoadOptions;
export type LoadedSources = Omit<import('../sources/loadSources').LoadedSources, 'files'>;

export interface ServerEnvironment {
  /** Finds and reads hedui.config.json for a workspace folder (missing file → empty config). */
  readConfig(folderPath: string): Promise<ConfigResult>;
  loadSources(paths: string[], options: LoadOptions): Promise<LoadedSources>;
  /** Markdown and text files under a folder, absolute paths, skipping the given absolute paths/folders. */
  listDrafts(folderPath: string, exclude: string[], limit: number): Promise<string[]>;
  readText(absPath: string): Promise<string>;
  /** Folders under `folderPath` (itself included) holding a hedui.config.json, a few levels deep. */
  findConfigDirs(folderPath: string): Promise<string[]>;
  /** The documentation page of a finding code (Diagnostic.codeDescription). */
  docsUrl(code: string): string;
  /** The extracted text of a DOCX/PDF source as a reader sees it (hover / go-to-source open it). */
  extractedText?(absPath: string, baseDir: string): Promise<string | undefined>;
  /** Milliseconds a document must be quiet before it is checked. */
  debounceMs?: number;
}
