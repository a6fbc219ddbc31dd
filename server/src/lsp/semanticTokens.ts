// Semantic tokens on standard token types so every theme colours them, plus custom modifiers
// `verified` / `unverified` / `mismatch` on figures (package.json maps them to TextMate scopes).
import { SemanticTokensBuilder, type Connection, type SemanticTokens, type SemanticTokensLegend, type TextDocuments, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimStatus, ClaimVerdict, HighlightKind, HighlightToken, LineMap, Span } from '../core';
import type { AnalysisCache, DocumentCheck } from './analysisCache';
import type { Guard } from './guard';
import { rangeToSpan, spansOverlap } from './ranges';

export const tokenTypes = ['property', 'number', 'enumMember', 'string', 'namespace'] as const;
export const tokenModifiers = ['verified', 'unverified', 'mismatch'] as const;

const typeOf: Record<HighlightKind, (typeof tokenTypes)[number]> = {
  indicator: 'property',
  figure: 'number',
  rank: 'enumMember',
  period: 'string',
  region: 'namespace',
};

export const legend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

const modifierOf: Record<ClaimStatus, number> = {
  verified: 1 << 0,
  unverified: 1 << 1,
  ambiguous: 1 << 1,
  mismatch: 1 << 2,
};

export interface PlainToken {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

/** Tokens in text order, split at line breaks, never overlapping, optionally limited to a span. */
export function computeTokens(highlights: HighlightToken[], verdicts: ClaimVerdict[] | undefined, lines: LineMap, within?: Span): PlainToken[] {
  const claimStatus = (span: Span): ClaimStatus | undefined => verdicts?.find((v) => spansOverlap(v.claim.span, span))?.status;

  const tokens = [...highlights].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: PlainToken[] = [];
  let end = 0;
  for (const t of tokens) {
    if (t.span.start < end || t.span.end <= t.span.start) continue;
    if (within && !spansOverlap(t.span, within)) continue;
    end = t.span.end;
    const type = tokenTypes.indexOf(typeOf[t.kind]);
    const status = t.kind === 'figure' || t.kind === 'rank' ? claimStatus(t.span) : undefined;
    const modifiers = status ? modifierOf[status] : 0;
    // Split at line breaks: a semantic token may not span lines.
    let start = t.span.start;
    while (start < t.span.end) {
      const pos = lines.positionAt(start);
      const lineEnd = start + lines.lineText(pos.line).length - pos.character;
      const stop = Math.min(t.span.end, lineEnd);
      if (stop > start) out.push({ line: pos.line, character: pos.character, length: stop - start, type, modifiers });
      const next = lines.offsetAt({ line: pos.line + 1, character: 0 });
      if (next <= start) break;
      start = next;
    }
  }
  return out;
}

function encode(tokens: PlainToken[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) builder.push(t.line, t.character, t.length, t.type, t.modifiers);
  return builder.build();
}

function tokensOf(check: DocumentCheck, within?: Span): PlainToken[] {
  return computeTokens(check.analysis.tokens, check.settings.verifiedDecoration ? check.result.verdicts : undefined, check.lines, within);
}

export function registerSemanticTokens(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache, guard: Guard): void {
  const empty: SemanticTokens = { data: [] };
  connection.languages.semanticTokens.on(
    guard.request('semanticTokens', empty, async (params, token) => {
      const doc = documents.get(params.textDocument.uri);
      const check = doc && (await cache.get(doc, token));
      return check ? encode(tokensOf(check)) : empty;
    }),
  );
  connection.languages.semanticTokens.onRange(
    guard.request('semanticTokens/range', empty, async (params: { textDocument: { uri: string }; range: Range }, token) => {
      const doc = documents.get(params.textDocument.uri);
      const check = doc && (await cache.get(doc, token));
      return check ? encode(tokensOf(check, rangeToSpan(check.lines, params.range))) : empty;
    }),
  );
}
