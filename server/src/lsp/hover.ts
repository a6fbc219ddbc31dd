// Hover on a figure: verdict, the source's figure, the source sentence with the figure in bold, and a
// link that opens the source at the figure. Hover on an indicator: canonical name and aliases.
import { MarkupKind, type Connection, type Hover, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClaimVerdict, Fact, Lexicon } from '../core';
import type { AnalysisCache, DocumentCheck } from './analysisCache';
import { sourceTitle } from './diagnostics';
import type { Guard } from './guard';
import type { Messages } from './i18n';
import { factSourceLink, isBinarySource, sourceFilePath } from './extractedText';
import { describeIndicator } from './lexiconLookup';
import { findingsAt, tokenAt, verdictAt } from './lookup';
import { escapeMarkdown, markExcerpt } from './markdown';
import { spanToRange } from './ranges';

export function sourceLines(check: DocumentCheck, fact: Fact, messages: Messages): string[] {
  const s = fact.source;
  const link = `[${escapeMarkdown(sourceTitle(fact))}](${factSourceLink(check.folder, fact)})`;
  // DOCX/PDF/XLSX: the page, paragraph or cell (s.locator) says where; a line of extracted text would not.
  const file = sourceFilePath(s.path);
  const at = isBinarySource(s.path) && s.locator ? escapeMarkdown(file) : `${escapeMarkdown(file)} ${messages.line(s.line + 1)}`;
  const where = [at, s.locator ? escapeMarkdown(s.locator) : '', s.date ?? ''].filter(Boolean).join(' · ');
  return [`> ${markExcerpt(s.excerpt, s.excerptSpan.start, s.excerptSpan.end)}`, '', `${messages.source}：${link} — ${where}`];
}

export function figureHover(check: DocumentCheck, verdict: ClaimVerdict, messages: Messages): string {
  const lines: string[] = [];
  const finding = findingsAt(check, verdict.claim.span.start).find((f) => f.evidence.length > 0);
  const fact = verdict.evidence[0] ?? finding?.evidence[0];
  let head = `**${escapeMarkdown(messages.status[verdict.status])}**`;
  const expected = verdict.expected ?? finding?.expected;
  if (verdict.status === 'mismatch' && expected) head += ` — ${messages.sourceSays(escapeMarkdown(expected))}`;
  else if (fact && verdict.status !== 'unverified') head += ` — ${messages.sourceSays(escapeMarkdown(fact.text))}`;
  lines.push(head);
  if (fact) lines.push('', ...sourceLines(check, fact, messages));
  for (const other of verdict.evidence.slice(1, 3)) lines.push('', ...sourceLines(check, other, messages));
  return lines.join('\n');
}

export function indicatorHover(lexicon: Lexicon, phrase: string, messages: Messages): string {
  const described = describeIndicator(lexicon, phrase);
  if (!described) return [`**${messages.indicator}**：${escapeMarkdown(phrase)}`, '', messages.unknownIndicator].join('\n');
  const aliases = described.aliases.filter((a) => a !== described.name);
  return [
    `**${messages.indicator}**：${escapeMarkdown(described.name)}`,
    '',
    `${messages.aliases}：${aliases.length ? aliases.map(escapeMarkdown).join('、') : messages.noAliases}`,
  ].join('\n');
}

export function registerHover(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache, guard: Guard, messages: () => Messages): void {
  connection.onHover(
    guard.request('hover', null, async (params, token): Promise<Hover | null> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const check = await cache.get(doc, token);
      if (!check) return null;
      const offset = check.lines.offsetAt(params.position);
      const verdict = verdictAt(check, offset);
      if (verdict) {
        return { contents: { kind: MarkupKind.Markdown, value: figureHover(check, verdict, messages()) }, range: spanToRange(check.lines, verdict.claim.span) };
      }
      const token_ = tokenAt(check, offset, 'indicator');
      if (token_) {
        const claim = check.analysis.claims.find((c) => c.indicator.span && c.indicator.span.start <= token_.span.start && token_.span.end <= c.indicator.span.end);
        const phrase = check.text.slice(token_.span.start, token_.span.end);
        const name = describeIndicator(check.folder.lexicon, phrase) ? phrase : (claim?.indicator.name ?? phrase);
        return { contents: { kind: MarkupKind.Markdown, value: indicatorHover(check.folder.lexicon, name, messages()) }, range: spanToRange(check.lines, token_.span) };
      }
      return null;
    }),
  );
}
