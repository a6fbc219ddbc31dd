// Span (UTF-16 offsets, the engine's unit) ↔ LSP Range (0-based line, UTF-16 character). The only
// place in the server that converts between the two.
import type { Range, Position } from 'vscode-languageserver/node';
import { LineMap, type Provenance, type Span } from '../core';

export function spanToRange(lines: LineMap, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function rangeToSpan(lines: LineMap, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

export function positionToOffset(lines: LineMap, position: Position): number {
  return lines.offsetAt(position);
}

/** The figure's range in its source file (Provenance is already in line/character). */
export function provenanceRange(p: Provenance): Range {
  return { start: { line: p.line, character: p.character }, end: { line: p.endLine, character: p.endCharacter } };
}

export function spanContains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  // Touching counts as overlapping here: a cursor at a figure's edge still asks for its fixes.
  return !before(a.end, b.start) && !before(b.end, a.start);
}
