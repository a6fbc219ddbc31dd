// Per-paragraph extraction results, reusable while a paragraph's text and the context it starts in stay
// the same: an editor re-extracts only the paragraphs that changed.
import type { Claim, Period, Span } from '../types';
import type { Context } from './extractionContext';

/**
 * Extraction results of one paragraph, reusable while the paragraph's text and the context it starts
 * in (article, headings, a town named earlier) stay the same: an editor re-extracts only what changed.
 */
export interface ParagraphCache {
  entries: Map<string, CachedParagraph>;
}

export interface ContextState {
  carriedRegion?: string;
  carriedPeriod?: Period;
  sectionPeriod?: Period;
  sectionOpening?: boolean;
  carriedTown?: string;
  carriedIndicator?: Context['carriedIndicator'];
  carriedByMeasure?: Context['carriedByMeasure'];
  sectionLead?: Context['sectionLead'];
  /** A heading naming a city switches to that city's short names. */
  lexicon: Context['lexicon'];
  headingRegion?: string;
  headingPeriod?: Period;
  headings: Context['headings'];
  placesBefore?: string[];
  namedAmounts?: Context['namedAmounts'];
  holiday?: Period;
}

export interface CachedParagraph {
  start: number;
  firstSentence: number;
  claims: Claim[];
  regions: Span[];
  periods: Span[];
  indicators: Span[];
  after: ContextState;
}

export function snapshot(ctx: Context): ContextState {
  return {
    carriedRegion: ctx.carriedRegion, carriedPeriod: ctx.carriedPeriod, sectionPeriod: ctx.sectionPeriod, sectionOpening: ctx.sectionOpening, carriedTown: ctx.carriedTown,
    carriedIndicator: ctx.carriedIndicator, carriedByMeasure: ctx.carriedByMeasure, sectionLead: ctx.sectionLead, lexicon: ctx.lexicon,
    headingRegion: ctx.headingRegion, headingPeriod: ctx.headingPeriod, headings: [...ctx.headings],
    placesBefore: ctx.placesBefore, namedAmounts: ctx.namedAmounts, holiday: ctx.holiday,
  };
}

export function fingerprint(ctx: Context, heading: boolean): string {
  // What a paragraph carries on (分区来看 goes on with the one before's indicator and period) is part of it.
  // (A heading starts its section afresh: the section before's period is nothing to it.)
  const section = heading ? [] : [ctx.sectionPeriod, ctx.sectionOpening];
  return JSON.stringify([ctx.article.title, ctx.documentDate, ctx.mainRegion, ctx.titlePeriod, ctx.headingPeriod, ctx.headingRegion, ctx.headings, ctx.carriedTown,
    ctx.carriedPeriod, ...section, ctx.carriedIndicator, ctx.carriedByMeasure, ctx.sectionLead, ctx.placesBefore, ctx.namedAmounts, ctx.holiday]);
}

export const shift = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });

export function shiftClaim(c: Claim, d: number, ds: number): Claim {
  return {
    ...c,
    span: shift(c.span, d),
    sentenceSpan: shift(c.sentenceSpan, d),
    sentence: c.sentence + ds,
    indicator: c.indicator.span ? { ...c.indicator, span: shift(c.indicator.span, d) } : c.indicator,
  };
}
