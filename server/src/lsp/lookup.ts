// Finding what is under a position in a checked document.
import type { ClaimVerdict, Finding, HighlightToken } from '../core';
import type { DocumentCheck } from './analysisCache';
import { spanContains } from './ranges';

export function verdictAt(check: DocumentCheck, offset: number): ClaimVerdict | undefined {
  return check.result.verdicts.find((v) => spanContains(v.claim.span, offset));
}

export function tokenAt(check: DocumentCheck, offset: number, kind?: HighlightToken['kind']): HighlightToken | undefined {
  return check.analysis.tokens.find((t) => (!kind || t.kind === kind) && spanContains(t.span, offset));
}

export function findingsAt(check: DocumentCheck, offset: number): Finding[] {
  return check.result.findings.filter((f) => spanContains(f.span, offset));
}
