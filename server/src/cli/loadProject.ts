// Config + sources → a lexicon and a reference index, for one CLI run.
import { dirname, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { ReferenceIndex, createLexicon, type InputProblem, type Lexicon } from '../core';
import { findConfigFile, readConfig, defaultConfig, type HeduiConfig } from '../config';
import { displayPath, loadSources } from '../sources';

export interface Project {
  config: HeduiConfig;
  configPath?: string;
  lexicon: Lexicon;
  index: ReferenceIndex;
  problems: InputProblem[];
  referenceCount: number;
}

export class UsageError extends Error {}

export async function loadProject(opts: { configFile?: string; references: string[]; firstPath?: string; cwd: string }): Promise<Project> {
  const problems: InputProblem[] = [];
  let config = defaultConfig();
  let configPath = opts.configFile ? resolve(opts.cwd, opts.configFile) : undefined;
  if (configPath) {
    const exists = await stat(configPath).then((s) => s.isFile(), () => false);
    if (!exists) throw new UsageError(`config file not found: ${opts.configFile}`);
  } else if (opts.firstPath) {
    const start = resolve(opts.cwd, opts.firstPath);
    const isDir = await stat(start).then((s) => s.isDirectory(), () => false);
    configPath = await findConfigFile(isDir ? start : dirname(start));
  }
  if (configPath) {
    const read = await readConfig(configPath);
    config = read.config;
    // Shown relative to the working folder, like every other path the CLI prints.
    problems.push(...read.problems.map((p) => ({ ...p, path: displayPath(resolve(opts.cwd, p.path), opts.cwd) })));
  }
  const references = [...opts.references.map((r) => resolve(opts.cwd, r)), ...config.reference];
  const lexicon = createLexicon(config.lexicon);
  const index = new ReferenceIndex(lexicon);
  const loaded = await loadSources(references, { baseDir: opts.cwd, maxFileBytes: config.maxFileBytes, deriveRanks: config.deriveRanks, lexicon: config.lexicon });
  problems.push(...loaded.problems);
  for (const doc of loaded.documents) index.addDocument(doc);
  for (const ds of loaded.datasets) problems.push(...index.addRows(ds.path, ds.rows));
  return { config, configPath, lexicon, index, problems, referenceCount: references.length };
}
