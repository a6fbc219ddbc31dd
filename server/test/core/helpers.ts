// Shared helpers for the engine specs: a default lexicon, claims of a sentence, an index built from
// small inline source texts (written for these tests, not taken from the evaluation set).
import { analyzeDraft, checkDraft, createLexicon, extractClaims, ReferenceIndex, type CheckOptions, type CheckResult, type Claim, type ClaimVerdict, type Lexicon } from '../../src/core';

export const lexicon: Lexicon = createLexicon();

export function claimsOf(text: string, documentDate?: string): Claim[] {
  return extractClaims(text, { lexicon, documentDate });
}

/** The first claim whose text is `figure` (throws with the claims found when there is none). */
export function claimAt(text: string, figure: string, documentDate?: string, occurrence = 1): Claim {
  const all = claimsOf(text, documentDate);
  const hits = all.filter((c) => c.text === figure);
  const c = hits[occurrence - 1];
  if (!c) throw new Error(`no claim “${figure}” in “${text}”; found: ${all.map((x) => x.text).join(' | ') || '(none)'}`);
  return c;
}

export interface InlineSource { path: string; text: string }

export function indexOf(...sources: (InlineSource | string)[]): ReferenceIndex {
  const index = new ReferenceIndex(lexicon);
  sources.forEach((s, i) => index.addDocument(typeof s === 'string' ? { path: `source-${i + 1}.txt`, text: s } : s));
  return index;
}

export function check(draft: string, index: ReferenceIndex, options: CheckOptions & { documentDate?: string } = {}): CheckResult {
  const analysis = analyzeDraft(draft, { lexicon, documentDate: options.documentDate });
  return checkDraft(analysis, index, options);
}

/** The verdict for the figure `figure` of the draft. */
export function verdictOf(result: CheckResult, figure: string, occurrence = 1): ClaimVerdict {
  const v = result.verdicts.filter((x) => x.claim.text === figure)[occurrence - 1];
  if (!v) throw new Error(`no verdict for “${figure}”; claims: ${result.verdicts.map((x) => x.claim.text).join(' | ')}`);
  return v;
}

/** A readable label for a row title. */
export function show(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
