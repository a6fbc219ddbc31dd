// Command-line arguments → a plain options object. Errors are returned, not thrown, so main can exit 2.
import type { Language } from '../core/types';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'csv';

export interface CliOptions {
  command: 'check' | 'facts' | 'help' | 'version';
  references: string[];
  config?: string;
  date?: string;
  format: OutputFormat;
  lang?: Language;
  unverified?: string;
  color?: boolean;
  /** Overrides hedui.config.json's maxDraftBytes. */
  maxDraftBytes?: number;
  paths: string[];
}

const VALUE_FLAGS = new Set(['--reference', '-r', '--config', '-c', '--date', '--format', '-f', '--lang', '--unverified', '--max-draft-bytes']);

export function parseArgs(argv: string[]): { options?: CliOptions; error?: string } {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') return { options: empty('help') };
  if (command === '--version' || command === '-v') return { options: empty('version') };
  if (command !== 'check' && command !== 'facts') return { error: `unknown command: ${command}` };
  const o = empty(command);
  for (let i = 0; i < rest.length; i++) {
    let arg = rest[i];
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (VALUE_FLAGS.has(arg)) {
      value ??= rest[++i];
      if (value === undefined) return { error: `${arg} needs a value` };
    }
    switch (arg) {
      case '--reference': case '-r': o.references.push(value!); break;
      case '--config': case '-c': o.config = value; break;
      case '--date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value!)) return { error: `--date must be YYYY-MM-DD, not ${value}` };
        o.date = value; break;
      case '--format': case '-f':
        if (!['text', 'json', 'sarif', 'csv'].includes(value!)) return { error: `--format must be text, json, sarif or csv, not ${value}` };
        o.format = value as OutputFormat; break;
      case '--lang':
        if (value !== 'zh' && value !== 'en') return { error: `--lang must be zh or en, not ${value}` };
        o.lang = value; break;
      case '--unverified': o.unverified = value; break;
      case '--max-draft-bytes':
        if (!/^[1-9]\d*$/.test(value!)) return { error: `--max-draft-bytes must be a positive whole number of bytes, not ${value}` };
        o.maxDraftBytes = Number(value); break;
      case '--no-color': o.color = false; break;
      case '--color': o.color = true; break;
      case '--help': case '-h': o.command = 'help'; break;
      default:
        if (arg.startsWith('-')) return { error: `unknown option: ${arg}` };
        o.paths.push(arg);
    }
  }
  if (o.command !== 'help' && !o.paths.length) return { error: o.command === 'check' ? 'no draft given' : 'no source given' };
  return { options: o };
}

function empty(command: CliOptions['command']): CliOptions {
  return { command, references: [], format: 'text', paths: [] };
}

export const USAGE = `hedui — 核对报告草稿中的数字与来源是否一致 / check the figures in Chinese drafts against their sources

Usage:
  hedui check [--reference PATH]… [--config FILE] [--date YYYY-MM-DD] [--format text|json|sarif]
              [--lang zh|en] [--unverified error|warning|information|hint|off]
              [--max-draft-bytes N] FILE|DIR…
  hedui facts [--format text|json|csv] [--lang zh|en] PATH…

A draft over --max-draft-bytes (default: maxDraftBytes in hedui.config.json, else 1 MB) is checked
up to the last line break within the limit and reported as not fully checked [not-fully-checked].

Exit status: 0 no mismatch, 1 at least one mismatch, 2 could not run.`;
