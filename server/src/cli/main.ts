// `hedui check` and `hedui facts`. Exit 0: no mismatch; 1: at least one mismatch; 2: could not run.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyzeDraft, checkDraft, type InputProblem, type Language, type Severity } from '../core';
import { compileIgnore } from '../config';
import { decodeText } from '../sources';
import { limitDraft, notFullyCheckedFinding } from '../sources/draftLimit';
import { problemText } from '../sources/problemText';
import { USAGE, parseArgs, type CliOptions } from './args';
import { UsageError, loadProject, type Project } from './loadProject';
import { collectGarbage } from './collectGarbage';
import { reportFile, type Report, type ReportFile } from './report';
import { formatText } from './formatText';
import { sarifLog } from './formatSarif';
import { writeJson } from './writeJson';
import { formatFacts } from './formatFacts';

const VERSION = '0.1.0';

/** The CLI's own note on a draft over maxDraftBytes (the diagnostic's text comes from the engine). */
const DRAFT_LIMIT: Record<Language, string> = {
  zh: '草稿大小 {bytes} 字节，超过上限 {limit} 字节（maxDraftBytes / --max-draft-bytes）：只检查了前 {checked} 个字符（共 {total} 个，至第 {line} 行），其余部分未检查',
  en: 'the draft is {bytes} bytes, over the limit of {limit} bytes (maxDraftBytes / --max-draft-bytes): only the first {checked} of {total} characters (up to line {line}) were checked',
};

function fill(template: string, args: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? '');
}
/** About 300 KB of Chinese text. */
const LARGE_DRAFT_CHARS = 100_000;
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
  for (const p of problems) process.stderr.write(`hedui: ${p.severity}: ${problemText(p, lang)}\n`);
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
  const { report, mismatch, lang } = await checkDrafts(o, cwd);
  // The index is out of reach here: taken back now, before the report is written.
  collectGarbage();
  if (o.format === 'json') await writeJson(report, process.stdout);
  else if (o.format === 'sarif') await writeJson(sarifLog(report, VERSION), process.stdout);
  else process.stdout.write(formatText(report, lang, o.color ?? Boolean(process.stdout.isTTY)));
  return mismatch ? 1 : 0;
}

/** Loads the project and checks every draft: the report, and whether any figure disagrees with its source. */
async function checkDrafts(o: CliOptions, cwd: string): Promise<{ report: Report; mismatch: boolean; lang: Language }> {
  const drafts = await draftFiles(o.paths, cwd);
  const project = await loadProject({ configFile: o.config, references: o.references, firstPath: o.paths[0], cwd });
  const lang: Language = o.lang ?? project.config.language;
  printProblems(project.problems, lang);
  if (!project.referenceCount) throw new UsageError(lang === 'en' ? 'no sources: give --reference PATH or set "reference" in hedui.config.json' : '没有来源：请用 --reference 指定来源，或在 hedui.config.json 中设置 reference');
  const ignored = project.configPath ? compileIgnore(project.config.ignore, resolve(project.configPath, '..')) : () => false;
  const unverified = (o.unverified ?? project.config.unverified) as Severity | 'off';
  const report: Report = { version: 1, files: [] };
  let mismatch = false;
  const maxDraftBytes = o.maxDraftBytes ?? project.config.maxDraftBytes;
  let unreadable = 0;
  // Loading leaves garbage: file bytes, documents already indexed.
  collectGarbage();
  for (const path of drafts) {
    if (ignored(resolve(cwd, path))) continue;
    const checked = await checkOneDraft(path, o, cwd, project, { unverified, maxDraftBytes, lang });
    if (!checked) {
      unreadable++;
      continue;
    }
    if (checked.mismatch) mismatch = true;
    report.files.push(checked.file);
  }
  if (unreadable > 0 && report.files.length === 0 && drafts.length > 0) throw new UsageError(lang === 'en' ? 'no draft could be read' : '没有可读取的草稿');
  return { report, mismatch, lang };
}

/** One draft → its part of the report, or undefined when it could not be read (said on stderr). */
async function checkOneDraft(path: string, o: CliOptions, cwd: string, project: Project, opts: { unverified: Severity | 'off'; maxDraftBytes: number; lang: Language }): Promise<{ file: ReportFile; mismatch: boolean } | undefined> {
  const { unverified, maxDraftBytes, lang } = opts;
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (e) {
    // One unreadable draft does not stop the others.
    printProblems([{ kind: 'unreadable', path, severity: 'error', args: { detail: e instanceof Error ? e.message : String(e) } }], lang);
    return undefined;
  }
  const decoded = decodeText(bytes, path);
  printProblems(decoded.problems, lang);
  if (decoded.kind !== 'text') return undefined;
  // Past the limit: the beginning is checked and the rest reported, never silently dropped.
  const limited = limitDraft(decoded.text, maxDraftBytes);
  // The analysis is not kept in a variable: once checked, only what the result holds of it stays alive.
  const result = checkDraft(analyzeDraft(limited.text, { lexicon: project.lexicon, documentDate: o.date ?? project.config.documentDate }), project.index, { unverified, severities: project.config.severities });
  const notes: string[] = [];
  if (limited.truncated) {
    const finding = notFullyCheckedFinding(decoded.text, limited);
    const severity = project.config.severities['not-fully-checked'] ?? finding.severity;
    if (severity !== 'off') result.findings.push({ ...finding, severity });
    const line = limited.text.replace(/\r?\n$/, '').split('\n').length;
    notes.push(fill(DRAFT_LIMIT[lang], { checked: String(limited.checked), total: String(limited.total), bytes: String(limited.bytes), limit: String(maxDraftBytes), line: String(line) }));
    // Text output carries the note itself; the other formats say it on stderr too.
    if (o.format !== 'text') process.stderr.write(`hedui: warning: ${path}: ${notes[notes.length - 1]}\n`);
  }
  // The rest of a large draft's analysis is garbage now; a small one's is not worth a full collection.
  if (limited.text.length > LARGE_DRAFT_CHARS) collectGarbage();
  const file = reportFile(path, decoded.text, result, lang);
  if (notes.length) file.notes = notes;
  return { file, mismatch: result.findings.some((f) => f.code.endsWith('-mismatch')) };
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

