// One workspace folder's reference corpus: its config, lexicon and ReferenceIndex. Loading is
// generation-counted: a reload started later always wins over one still running.
import * as path from 'node:path';
import { createLexicon, ReferenceIndex, type InputProblem, type Lexicon } from '../core';
import type { FolderConfig, LoadedSources, ServerEnvironment } from './environment';
import type { HeduiSettings } from './settings';
import { isInside, pathToUri } from './uris';

export type ProgressSink = (message: string, percentage?: number) => void;

export class FolderIndex {
  config: FolderConfig = { sources: [] };
  configPath?: string;
  lexicon: Lexicon = createLexicon();
  index: ReferenceIndex = new ReferenceIndex(this.lexicon);
  problems: InputProblem[] = [];
  /** Bumped whenever the index or lexicon changes: part of every cache key. */
  generation = 0;
  /** Absolute paths of the configured sources (files or folders) in the last load. */
  sourceRoots: string[] = [];
  /** Index key (path as loaded) per absolute file path. */
  private keys = new Map<string, string>();
  private loading: Promise<void> | undefined;
  private loadCount = 0;
  /** Settles when the first load has finished (or failed): nothing is checked before it. */
  private firstLoad: Promise<void>;
  private firstLoadDone: () => void = () => undefined;
  private settings: HeduiSettings | undefined;

  constructor(
    readonly uri: string,
    readonly folderPath: string,
    private readonly env: ServerEnvironment,
    private readonly trusted: boolean,
    /** In an untrusted workspace nothing outside this folder is read (the workspace folder). */
    private readonly allowedRoot: string = folderPath,
  ) {
    this.firstLoad = new Promise((resolve) => (this.firstLoadDone = resolve));
  }

  get ready(): boolean {
    return this.loading === undefined && this.generation > 0;
  }

  /** Resolves once the current (and any newer) load has finished. */
  async whenReady(): Promise<void> {
    await this.firstLoad;
    while (this.loading) await this.loading.catch(() => undefined);
  }

  get uriBase(): string {
    return pathToUri(this.folderPath);
  }

  get sourceFileCount(): number {
    return this.keys.size;
  }

  /** Reads the config and every source again. */
  reload(settings: HeduiSettings, progress?: ProgressSink): Promise<void> {
    const run = ++this.loadCount;
    const p = this.load(run, settings, progress).finally(() => {
      if (this.loading === p) this.loading = undefined;
      this.firstLoadDone();
    });
    this.loading = p;
    return p;
  }

  /** Sources larger than this are skipped: hedui.config.json's limit when it sets one, else the setting. */
  maxFileBytes(settings: HeduiSettings): number {
    return this.limit(this.config.maxFileBytes, settings.maxFileBytes);
  }

  /** Drafts are checked up to this many bytes: hedui.config.json's limit when it sets one, else the setting. */
  maxDraftBytes(settings: HeduiSettings): number {
    return this.limit(this.config.maxDraftBytes, settings.maxDraftBytes);
  }

  /** A folder's own config may lower a limit; in an untrusted workspace it may not raise it. */
  private limit(own: number | undefined, setting: number): number {
    if (own === undefined) return setting;
    return this.trusted ? own : Math.min(own, setting);
  }

  private loadOptions(settings: HeduiSettings) {
    return {
      baseDir: this.folderPath,
      maxFileBytes: this.maxFileBytes(settings),
      allowedRoots: this.trusted ? undefined : [this.allowedRoot],
      deriveRanks: this.config.deriveRanks,
      lexicon: this.config.lexicon,
    };
  }

  private async load(run: number, settings: HeduiSettings, progress?: ProgressSink): Promise<void> {
    progress?.(path.basename(this.folderPath));
    const cfg = await this.env.readConfig(this.folderPath);
    if (run !== this.loadCount) return;
    const sources = [...new Set([...cfg.config.sources, ...settings.reference])];
    const lexicon = createLexicon(cfg.config.lexicon ?? {});
    const index = new ReferenceIndex(lexicon);
    const config = { ...cfg.config, sources };
    this.config = config;
    const loaded: LoadedSources = sources.length
      ? await this.env.loadSources(sources, { ...this.loadOptions(settings), baseDir: this.folderPath })
      : { documents: [], datasets: [], problems: [] };
    if (run !== this.loadCount) return;
    const keys = new Map<string, string>();
    const problems = [...cfg.problems, ...loaded.problems];
    const total = loaded.documents.length + loaded.datasets.length;
    let done = 0;
    for (const doc of loaded.documents) {
      index.addDocument(doc);
      keys.set(path.resolve(this.folderPath, doc.path), doc.path);
      if (++done % 5 === 0) progress?.(`${done}/${total}`, Math.round((done / Math.max(1, total)) * 100));
      // Between documents the server answers requests (hover, code actions, other folders): a large
      // folder takes seconds to index. The old index serves until this one is complete.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (run !== this.loadCount) return;
    }
    for (const ds of loaded.datasets) {
      problems.push(...index.addRows(ds.path, ds.rows));
      keys.set(path.resolve(this.folderPath, ds.path), ds.path);
    }
    this.configPath = cfg.path;
    this.lexicon = lexicon;
    this.index = index;
    this.keys = keys;
    this.problems = problems;
    this.settings = settings;
    this.sourceRoots = sources.map((s) => path.resolve(this.folderPath, s));
    this.generation++;
  }

  /** True when an absolute path is one of the configured sources or inside a configured folder. */
  isSource(absPath: string): boolean {
    return this.keys.has(absPath) || this.sourceRoots.some((root) => isInside(absPath, root));
  }

  /** This scope's own config file (found or expected). */
  isConfig(absPath: string): boolean {
    return absPath === path.join(this.folderPath, 'hedui.config.json') || (this.configPath !== undefined && path.resolve(this.configPath) === absPath);
  }

  /** Re-reads the given source files (changed, created or deleted); the rest of the index stays. */
  async refreshFiles(absPaths: string[]): Promise<void> {
    await this.whenReady();
    const settings = this.settings;
    if (!settings) return;
    const run = this.loadCount;
    const p = (async () => {
      const existing: string[] = [];
      for (const abs of absPaths) {
        // A file's tables are indexed under <path>#tables (sources/sourcePaths.ts): they go with it.
        for (const k of [abs, `${abs}#tables`]) {
          const key = this.keys.get(k);
          if (key !== undefined) {
            this.index.removePath(key);
            this.keys.delete(k);
          }
        }
        existing.push(abs);
      }
      this.problems = this.problems.filter((pr) => !absPaths.includes(path.resolve(this.folderPath, pr.path)));
      const loaded = await this.env.loadSources(existing, this.loadOptions(settings));
      if (run !== this.loadCount) return;
      for (const doc of loaded.documents) {
        this.index.addDocument(doc);
        this.keys.set(path.resolve(this.folderPath, doc.path), doc.path);
      }
      for (const ds of loaded.datasets) {
        this.problems.push(...this.index.addRows(ds.path, ds.rows));
        this.keys.set(path.resolve(this.folderPath, ds.path), ds.path);
      }
      // A deleted file shows up as a 'missing' problem: not worth reporting after a delete.
      this.problems.push(...loaded.problems.filter((pr) => pr.kind !== 'missing'));
      this.generation++;
    })().finally(() => {
      if (this.loading === p) this.loading = undefined;
    });
    this.loading = p;
    return p;
  }

  /** Absolute path of a fact's source file. */
  resolve(sourcePath: string): string {
    return path.resolve(this.folderPath, sourcePath);
  }
}
