// The shape of hedui.config.json once read, and the defaults used for anything missing or invalid.
// schemas/hedui.config.schema.json describes the same fields for editors; keep the two in step.
import type { FindingCode, Language, Severity } from '../core/types';

export type SeveritySetting = Severity | 'off';

export interface HeduiConfig {
  /** Reference sources (files or folders), absolute: resolved against the config file's folder. */
  reference: string[];
  /** Date of the draft (YYYY-MM-DD): anchors 今年/去年. Undefined: the engine decides. */
  documentDate?: string;
  lexicon: { indicators: Record<string, string[]>; regions: Record<string, string[]> };
  /** Per finding code; codes not listed keep the engine's severity. */
  severities: Partial<Record<FindingCode, SeveritySetting>>;
  /** Severity of figures no source confirms or contradicts. */
  unverified: SeveritySetting;
  /** Globs (relative to the config file's folder) of drafts not to check. */
  ignore: string[];
  maxFileBytes: number;
  /** Drafts larger than this (UTF-8 bytes) are checked up to the last line break within the limit and
   * reported 'not-fully-checked'; never silently truncated. */
  maxDraftBytes: number;
  language: Language;
  /** Rank facts computed from tables of regions (largest first, ties share a rank). Off: a table's
   * order is not a published ranking unless the user says it may be read as one. */
  deriveRanks: boolean;
}

/** Default draft limit. Checking costs about 1 s per MB of draft against a small corpus, and grows with
 * the corpus (README, Benchmarks); 1 MB is far beyond any real report (≈ 350,000 Chinese characters). */
export const DEFAULT_MAX_DRAFT_BYTES = 1024 * 1024;

export const DEFAULT_CONFIG: Readonly<HeduiConfig> = Object.freeze({
  reference: [],
  lexicon: { indicators: {}, regions: {} },
  severities: {},
  unverified: 'off',
  ignore: [],
  maxFileBytes: 64 * 1024 * 1024,
  maxDraftBytes: DEFAULT_MAX_DRAFT_BYTES,
  language: 'zh',
  deriveRanks: false,
});

/** A fresh, mutable copy of the defaults (DEFAULT_CONFIG itself is shared). */
export function defaultConfig(): HeduiConfig {
  return {
    ...DEFAULT_CONFIG,
    reference: [],
    lexicon: { indicators: {}, regions: {} },
    severities: {},
    ignore: [],
  };
}

export const CONFIG_FILE_NAME = 'hedui.config.json';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

// A Record (not an array) so that tsc fails here when the engine adds or renames a finding code.
const FINDING_CODE_SET: Record<FindingCode, true> = {
  'value-mismatch': true,
  'growth-mismatch': true,
  'share-mismatch': true,
  'diff-mismatch': true,
  'rank-mismatch': true,
  'unit-mismatch': true,
  ambiguous: true,
  unverified: true,
  'diff-inconsistent': true,
  'share-over-100': true,
  'distributive-count': true,
  'not-fully-checked': true,
};
export const FINDING_CODES = Object.keys(FINDING_CODE_SET) as FindingCode[];

export function isFindingCode(s: string): s is FindingCode {
  return Object.prototype.hasOwnProperty.call(FINDING_CODE_SET, s);
}
