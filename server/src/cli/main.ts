// `hedui check` and `hedui facts`. Exit 0: no mismatch; 1: at least one mismatch; 2: could not run.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyzeDraft, checkDraft, formatProblem, type InputProblem, type Language, type Severity } from '../core';
import { compileIgnore } from '../config';
import { decodeText } from '../sources';
import { USAGE, parseArgs, type CliOptions } from './args';
import { UsageError, loadProject } from './loadProject';
import { reportFile, type Report } from './report';
import { formatText } from './formatText';
import { formatSarif } from './formatSarif';
import { formatFacts } from './formatFacts';

const VERSION = '0.1.0';
const DRAFT_EXTENSIONS = /\.(md|markdown|txt)$/i;

async function draftFiles(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${p}`);
    if (info.isFile()) { out.push(p); continue; }
    const walk = async (dir: string, shown: string): Promise<void> => {
      for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        if (e.isDirectory()) await walk(join(dir, e.name), join(shown, e.name));
        else if (DRAFT_EXTENSIONS.test(e.name)) out.push(join(shown, e.name));
      }
    };
    await walk(abs, p);
  }
  return out;
}

function printProblems(problems: InputProblem[], lang: Language): void {
  for (const p of problems) process.stderr.write(`hedui: ${p.severity}: ${formatProblem(p, lang)}\n`);
}

async function run(o: CliOptions): Promise<number> {
  const cwd = process.cwd();
  if (o.command === 'help') { process.stdout.write(USAGE + '\n'); return 0; }
  if (o.command === 'version') { process.stdout.write(VERSION + '\n'); return 0; }
  if (o.command === 'facts') {
    const project = await loadProject({ configFile: o.config, references: o.paths, cwd });
    const lang = o.lang ?? project.config.language;
    printProblems(project.problems, lang);
    process.stdout.write(formatFacts(project.index.facts, o.format, lang));
    return 0;
  }
  const drafts = await draftFiles(o.paths, cwd);
  const project = await loadProject({ configFile: o.config, references: o.references, firstPath: o.paths[0], cwd });
  const lang: Language = o.lang ?? project.config.language;
  printProblems(project.problems, lang);
  if (!project.referenceCount) throw new UsageError(lang === 'en' ? 'no sources: give --reference PATH or set "reference" in hedui.config.json' : '没有来源：请用 --reference 指定来源，或在 hedui.config.json 中设置 reference');
  const ignored = project.configPath ? compileIgnore(project.config.ignore, resolve(project.configPath, '..')) : () => false;
  const unverified = (o.unverified ?? project.config.unverified) as Severity | 'off';
  const report: Report = { version: 1, files: [] };
  let mismatch = false;
  for (const path of drafts) {
    if (ignored(resolve(cwd, path))) continue;
    const bytes = await readFile(resolve(cwd, path));
    const decoded = decodeText(bytes, path);
    if (decoded.kind !== 'text') throw new UsageError(`${path}: not a text file`);
    printProblems(decoded.problems, lang);
    const analysis = analyzeDraft(decoded.text, { lexicon: project.lexicon, documentDate: o.date ?? project.config.documentDate });
    const result = checkDraft(analysis, project.index, { unverified, severities: project.config.severities });
    if (result.findings.some((f) => f.code.endsWith('-mismatch'))) mismatch = true;
    report.files.push(reportFile(path, decoded.text, result, lang));
  }
  if (o.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else if (o.format === 'sarif') process.stdout.write(formatSarif(report, VERSION));
  else process.stdout.write(formatText(report, lang, o.color ?? Boolean(process.stdout.isTTY)));
  return mismatch ? 1 : 0;
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.options) {
    process.stderr.write(`hedui: ${parsed.error}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    process.exitCode = await run(parsed.options);
  } catch (e) {
    process.stderr.write(`hedui: ${e instanceof Error ? e.message : String(e)}\n`);
    if (!(e instanceof UsageError) && process.env.HEDUI_DEBUG) process.stderr.write(String((e as Error).stack) + '\n');
    process.exitCode = 2;
  }
}

void main();

