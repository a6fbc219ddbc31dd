import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';

export type HighlightKind = 'indicator' | 'figure' | 'rank' | 'period' | 'region';

/** A span to colour in the editor (semantic tokens, TextMate-independent). */
export interface HighlightToken {
  span: Span;
  kind: HighlightKind;
}

export interface AnalyzeOptions {
  lexicon: Lexicon;
  /** YYYY-MM-DD: resolves 今年/去年 when the draft itself has no date. */
  documentDate?: string;
}

/** Everything learned from one draft, independent of the sources: reused by every editor feature. */
export interface DraftAnalysis {
  text: string;
  claims: Claim[];
  tokens: HighlightToken[];
  /** Spans silenced by hedui-disable comments. */
  suppressed: Span[];
  /** The date used to resolve relative periods, if any. */
  documentDate?: string;
}

/** Extracts claims, highlight tokens and suppressions from a draft. */
export function analyzeDraft(text: string, options: AnalyzeOptions): DraftAnalysis {
  void options;
  return { text, claims: [], tokens: [], suppressed: [] };
}
