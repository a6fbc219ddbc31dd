// Parsed JSON → HeduiConfig, field by field. A wrong value costs only that value: it is reported
// ('config-type', naming the key) and the default stands in, so one typo never disables the checker.
import { isAbsolute, resolve } from 'node:path';
import type { InputProblem } from '../core/types';
import { inputProblem } from '../sources/problems';
import { defaultConfig, isFindingCode, SEVERITY_SETTINGS, type HeduiConfig, type SeveritySetting } from './heduiConfig';

export interface ValidationContext {
  /** Config file path, for problems. */
  path: string;
  /** Folder that `reference` paths are relative to. */
  configDir: string;
  /** 1-based line of a key ('lexicon.indicators'), when known. */
  lineOf: (key: string) => number | undefined;
}

const KNOWN_KEYS = new Set(['$schema', 'reference', 'documentDate', 'lexicon', 'severities', 'unverified', 'ignore', 'maxFileBytes', 'maxDraftBytes', 'language', 'deriveRanks']);

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSeverity(v: unknown): v is SeveritySetting {
  return typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v);
}

function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

export function validateConfig(data: unknown, ctx: ValidationContext): { config: HeduiConfig; problems: InputProblem[]; explicit: string[] } {
  const config = defaultConfig();
  const problems: InputProblem[] = [];
  /** Limits the file set itself (valid values only): the editor's own settings apply to the others. */
  const explicit: string[] = [];
  const wrongType = (key: string, expected: string, value: unknown): void => {
    problems.push(inputProblem('config-type', ctx.path, 'warning', { key, expected, actual: typeName(value) === 'string' ? JSON.stringify(value) : typeName(value) }, ctx.lineOf(key)));
  };
  const unknownKey = (key: string): void => {
    problems.push(inputProblem('config-unknown-key', ctx.path, 'warning', { key }, ctx.lineOf(key)));
  };
  /** Keeps the non-empty strings of an array (a lone string counts as a list of one), reporting the rest. */
  const stringList = (key: string, value: unknown): string[] | undefined => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list)) {
      wrongType(key, 'string[]', value);
      return undefined;
    }
    const kept: string[] = [];
    list.forEach((item: unknown, i) => {
      if (typeof item === 'string' && item.trim() !== '') kept.push(item);
      else wrongType(`${key}[${i}]`, 'non-empty string', item);
    });
    return kept;
  };

  if (!isRecord(data)) {
    wrongType('', 'object', data);
    return { config, problems, explicit };
  }
  for (const key of Object.keys(data)) if (!KNOWN_KEYS.has(key)) unknownKey(key);

  if ('reference' in data) {
    const refs = stringList('reference', data.reference);
    if (refs) config.reference = refs.map((r) => (isAbsolute(r) ? r : resolve(ctx.configDir, r)));
  }
  if ('documentDate' in data) {
    if (isIsoDate(data.documentDate)) config.documentDate = data.documentDate;
    else wrongType('documentDate', 'YYYY-MM-DD', data.documentDate);
  }
  if ('lexicon' in data) {
    const lex = data.lexicon;
    if (!isRecord(lex)) wrongType('lexicon', 'object', lex);
    else {
      for (const key of Object.keys(lex)) if (key !== 'indicators' && key !== 'regions') unknownKey(`lexicon.${key}`);
      for (const part of ['indicators', 'regions'] as const) {
        if (!(part in lex)) continue;
        const table = lex[part];
        if (!isRecord(table)) {
          wrongType(`lexicon.${part}`, 'object', table);
          continue;
        }
        for (const [name, aliases] of Object.entries(table)) {
          const list = stringList(`lexicon.${part}.${name}`, aliases);
          if (list) config.lexicon[part][name] = list;
        }
      }
    }
  }
  if ('severities' in data) {
    const sev = data.severities;
    if (!isRecord(sev)) wrongType('severities', 'object', sev);
    else {
      for (const [code, value] of Object.entries(sev)) {
        if (!isFindingCode(code)) unknownKey(`severities.${code}`);
        else if (isSeverity(value)) config.severities[code] = value;
        else wrongType(`severities.${code}`, SEVERITY_SETTINGS.join(' | '), value);
      }
    }
  }
  if ('unverified' in data) {
    if (isSeverity(data.unverified)) config.unverified = data.unverified;
    else wrongType('unverified', SEVERITY_SETTINGS.join(' | '), data.unverified);
  }
  if ('ignore' in data) {
    const globs = stringList('ignore', data.ignore);
    if (globs) config.ignore = globs;
  }
  if ('maxFileBytes' in data) {
    const n = data.maxFileBytes;
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) {
      config.maxFileBytes = n;
      explicit.push('maxFileBytes');
    } else wrongType('maxFileBytes', 'positive integer', n);
  }
  if ('maxDraftBytes' in data) {
    const n = data.maxDraftBytes;
    if (typeof n === 'number' && Number.isInteger(n) && n > 0) {
      config.maxDraftBytes = n;
      explicit.push('maxDraftBytes');
    } else wrongType('maxDraftBytes', 'positive integer', n);
  }
  if ('deriveRanks' in data) {
    if (typeof data.deriveRanks === 'boolean') config.deriveRanks = data.deriveRanks;
    else wrongType('deriveRanks', 'boolean', data.deriveRanks);
  }
  if ('language' in data) {
    if (data.language === 'zh' || data.language === 'en') config.language = data.language;
    else wrongType('language', 'zh | en', data.language);
  }
  return { config, problems, explicit };
}
