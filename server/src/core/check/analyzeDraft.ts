import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import { extract, type ParagraphCache } from '../claims/extractClaims';
import type { Article } from '../claims/articles';
import { suppressedSpans } from './suppression';

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
  /** The place a draft that names none is about (its 全市, its parts' short names); checkDraft infers one. */
  documentPlace?: string;
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
  /** The draft's articles (most drafts are one), each with its title: what the draft is about. */
  articles: readonly Article[];
  /** Per-paragraph results, so the next version of the draft re-extracts only changed paragraphs. */
  cache: ParagraphCache;
  /** What it was analysed with: a placeless draft is analysed again in the place its sources show. */
  options: AnalyzeOptions;
}

/**
 * Extracts claims, highlight tokens and suppressions from a draft. Given the analysis of the previous
 * version (same lexicon and date), paragraphs whose text and context are unchanged are reused.
 */
export function analyzeDraft(text: string, options: AnalyzeOptions, previous?: DraftAnalysis): DraftAnalysis {
  const ex = extract(text, options, previous?.cache ?? { entries: new Map() });
  const tokens: HighlightToken[] = [];
  const seen = new Set<string>();
  const add = (span: Span, kind: HighlightKind) => {
    const key = `${span.start}:${span.end}`;
    if (span.end <= span.start || seen.has(key)) return;
    seen.add(key);
    tokens.push({ span, kind });
  };
  for (const c of ex.claims) add(c.span, c.measure === 'rank' ? 'rank' : 'figure');
  for (const s of ex.indicators) add(s, 'indicator');
  for (const s of ex.periods) add(s, 'period');
  for (const s of ex.regions) add(s, 'region');
  // Semantic tokens must not overlap: keep the earliest-starting, then longest.
  tokens.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const flat: HighlightToken[] = [];
  for (const t of tokens) if (!flat.length || t.span.start >= flat[flat.length - 1].span.end) flat.push(t);
  const date = options.documentDate ?? ex.articles[0]?.date;
  return { text, claims: ex.claims, tokens: flat, suppressed: suppressedSpans(text), documentDate: date, articles: ex.articles, cache: ex.cache, options };
}
