// Suppression comments in drafts: <!-- hedui-disable-next-line [reason] --> silences the next line,
// <!-- hedui-disable --> … <!-- hedui-enable --> a block. A writer's deliberate choice stays quiet.
import type { Span } from '../types';

const DIRECTIVE = /<!--\s*hedui-(disable-next-line|disable|enable)\b[^>]*-->/g;

export function suppressedSpans(text: string): Span[] {
  const out: Span[] = [];
  let openAt: number | undefined;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1] === 'disable-next-line') {
      const lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0) continue;
      const nextEnd = text.indexOf('\n', lineEnd + 1);
      out.push({ start: lineEnd + 1, end: nextEnd < 0 ? text.length : nextEnd });
    } else if (m[1] === 'disable') {
      openAt ??= end;
    } else if (openAt !== undefined) {
      out.push({ start: openAt, end: m.index });
      openAt = undefined;
    }
  }
  if (openAt !== undefined) out.push({ start: openAt, end: text.length });
  return out;
}

export function isSuppressed(span: Span, suppressed: Span[]): boolean {
  return suppressed.some((s) => span.start >= s.start && span.end <= s.end);
}
