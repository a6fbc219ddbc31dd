// `path:line:col severity message [code]`, one finding a line, coloured on a terminal.
import { label, type Language } from '../core';
import type { Report } from './report';

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };
const RESET = '\x1b[0m';

export function formatText(report: Report, lang: Language, color: boolean): string {
  const out: string[] = [];
  let claims = 0, verified = 0, mismatches = 0, unverified = 0;
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const sev = color ? `${COLORS[d.severity] ?? ''}${d.severity}${RESET}` : d.severity;
      out.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${sev} ${d.actual ? `${d.actual}：` : ''}${d.message} [${d.code}]`);
      const src = d.sources[0];
      if (src) out.push(`    ${src.path}:${src.range.start.line + 1}:${src.range.start.character + 1}  ${src.excerpt}`);
    }
    for (const note of file.notes ?? []) out.push(`${file.path}: ${note}`);
    claims += file.claims.length;
    verified += file.claims.filter((c) => c.status === 'verified').length;
    unverified += file.claims.filter((c) => c.status === 'unverified').length;
    mismatches += file.diagnostics.filter((d) => d.code.endsWith('-mismatch')).length;
  }
  out.push(label('summary', lang, { files: String(report.files.length), claims: String(claims), verified: String(verified), mismatches: String(mismatches), unverified: String(unverified) }));
  return out.join('\n') + '\n';
}
