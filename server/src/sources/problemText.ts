// An input problem as one line for the CLI's stderr and the server's log: the engine's message, plus the
// line when the message's template does not name it (undecodable bytes, an unknown dataset column), so
// every problem says where.
import { formatProblem } from '../core/messages';
import type { InputProblem, Language } from '../core/types';

export function problemText(p: InputProblem, lang: Language): string {
  const text = formatProblem(p, lang);
  if (p.line === undefined) return text;
  const { line: _line, ...withoutLine } = p;
  if (formatProblem(withoutLine, lang) !== text) return text; // the template shows the line itself
  return lang === 'en' ? `${text} (line ${p.line})` : `${text}（第 ${p.line} 行）`;
}
