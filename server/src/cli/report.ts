// Engine results → the JSON report contract (shared/docs/check-json.md). Text and SARIF output are
// written from this same report, so every format says the same thing.
import { LineMap, formatFinding, label, type CheckResult, type Fact, type Finding, type Language, type Span } from '../core';

export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }
export interface SourceRef { path: string; range: Range; excerpt: string; title?: string; date?: string; /** 第2页, 第12段, 表1 第3行第2列 */ locator?: string }
export interface ReportDiagnostic {
  range: Range;
  severity: string;
  code: string;
  message: string;
  actual: string;
  expected?: string;
  fixes: { title: string; edits: { range: Range; newText: string }[] }[];
  sources: SourceRef[];
}
export interface ReportClaim {
  range: Range;
  text: string;
  status: string;
  region?: string;
  period?: string;
  indicator: string;
  measure: string;
  sources: SourceRef[];
}
export interface ReportFile { path: string; diagnostics: ReportDiagnostic[]; claims: ReportClaim[]; notes?: string[] }
export interface Report { version: 1; files: ReportFile[] }

function rangeOf(lines: LineMap, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function sourceRef(f: Fact): SourceRef {
  return {
    path: f.source.path,
    range: { start: { line: f.source.line, character: f.source.character }, end: { line: f.source.endLine, character: f.source.endCharacter } },
    excerpt: f.source.excerpt,
    title: f.source.title,
    date: f.source.date,
    locator: f.source.locator,
  };
}

/** One SourceRef per fact in a report: the same source passage backs many claims of a large draft. */
type RefOf = (f: Fact) => SourceRef;

function diagnostic(lines: LineMap, f: Finding, lang: Language, ref: RefOf): ReportDiagnostic {
  const best = f.evidence[0];
  const source = best?.source.title || best?.source.path || '';
  return {
    range: rangeOf(lines, f.span),
    severity: f.severity,
    code: f.code,
    message: formatFinding(f, lang),
    actual: f.actual,
    expected: f.expected,
    fixes: f.fix ? [{ title: label('fixTitle', lang, { expected: f.fix.newText, source }), edits: [{ range: rangeOf(lines, f.fix.span), newText: f.fix.newText }] }] : [],
    sources: f.evidence.slice(0, 5).map(ref),
  };
}

export function reportFile(path: string, text: string, result: CheckResult, lang: Language): ReportFile {
  const lines = new LineMap(text);
  const refs = new Map<number, SourceRef>();
  const ref: RefOf = (f) => {
    let r = refs.get(f.id);
    if (!r) refs.set(f.id, (r = sourceRef(f)));
    return r;
  };
  return {
    path,
    diagnostics: result.findings.map((f) => diagnostic(lines, f, lang, ref)),
    claims: result.verdicts.map((v) => ({
      range: rangeOf(lines, v.claim.span),
      text: v.claim.text,
      status: v.status,
      region: v.claim.region,
      period: v.claim.period?.label,
      indicator: v.claim.indicator.name,
      measure: v.claim.measure,
      sources: v.evidence.slice(0, 3).map(ref),
    })),
  };
}
