// Quick fix (change to the source's figure), fix-all for the file, "ignore this figure" and
// "open source". Every edit is a versioned TextDocumentEdit when the client supports it, so a fix
// computed for one version never applies to a changed document.
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type Command,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { Finding, LineMap } from '../core';
import type { DocumentCheck } from './analysisCache';
import { DIAGNOSTIC_SOURCE, isMismatch, sourceTitle, sourceUri, toDiagnostic } from './diagnostics';
import { ServerCommands } from './protocol';
import { provenanceRange, rangesOverlap, spanToRange } from './ranges';
import type { ServerContext } from './serverContext';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.hedui`;
export const SUPPRESS_COMMENT = 'hedui-disable-next-line';

/** The engine reads the HTML-comment form in markdown and plain text alike. */
export const SUPPRESSION_LINE = `<!-- ${SUPPRESS_COMMENT} -->`;

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

export function makeEdit(check: DocumentCheck, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (versioned) return { documentChanges: [TextDocumentEdit.create({ uri: check.uri, version: check.version }, edits)] };
  return { changes: { [check.uri]: edits } };
}

/** Non-overlapping fixes of every mismatch in text order. */
export function fixAllEdits(findings: Finding[], text: string, lines: LineMap): TextEdit[] {
  const fixes = findings
    .filter((f): f is Finding & { fix: NonNullable<Finding['fix']> } => isMismatch(f) && f.fix !== undefined)
    .map((f) => f.fix)
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const edits: TextEdit[] = [];
  let end = -1;
  for (const fix of fixes) {
    if (fix.span.start < end) continue;
    if (text.slice(fix.span.start, fix.span.end) === fix.newText) continue;
    edits.push({ range: spanToRange(lines, fix.span), newText: fix.newText });
    end = Math.max(fix.span.end, fix.span.start + 1);
  }
  return edits;
}

interface Context extends ServerContext {
  versionedEdits: boolean;
}

export function registerCodeActions(ctx: Context): void {
  ctx.connection.onCodeAction(
    ctx.guard.request('codeAction', [], async (params, token): Promise<(CodeAction | Command)[]> => {
      const doc = ctx.documents.get(params.textDocument.uri);
      if (!doc) return [];
      const check = await ctx.cache.get(doc, token);
      if (!check || check.version !== doc.version) return [];
      const m = ctx.messages();
      const only = params.context.only;
      const actions: CodeAction[] = [];

      if (wants(only, CodeActionKind.QuickFix)) {
        for (const finding of check.result.findings) {
          const range = spanToRange(check.lines, finding.span);
          if (!rangesOverlap(range, params.range) || !isMismatch(finding) || !finding.fix) continue;
          const first = finding.evidence[0];
          const expected = finding.expected ?? finding.fix.newText;
          const diagnostic =
            params.context.diagnostics.find((d: Diagnostic) => d.source === DIAGNOSTIC_SOURCE && d.code === finding.code && rangesOverlap(d.range, range)) ??
            toDiagnostic(check, finding, m, ctx.env);
          actions.push({
            title: m.fixTo(expected, first ? sourceTitle(first) : '?'),
            kind: CodeActionKind.QuickFix,
            isPreferred: true,
            diagnostics: [diagnostic],
            edit: makeEdit(check, [{ range: spanToRange(check.lines, finding.fix.span), newText: finding.fix.newText }], ctx.versionedEdits),
          });
        }
        // One "ignore" and one "open source" per figure in the range.
        const seenLines = new Set<number>();
        for (const verdict of check.result.verdicts) {
          const range = spanToRange(check.lines, verdict.claim.span);
          if (!rangesOverlap(range, params.range)) continue;
          const fact = verdict.evidence[0];
          if (fact) {
            actions.push({
              title: m.openSourceAction(sourceTitle(fact)),
              command: { title: m.openSource, command: ServerCommands.showSource, arguments: [sourceUri(check.folder, fact), provenanceRange(fact.source)] },
            });
          }
          const line = range.start.line;
          if (seenLines.has(line)) continue;
          seenLines.add(line);
          const lineText = check.lines.lineText(line);
          const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
          const eol = check.text.includes('\r\n') ? '\r\n' : '\n';
          actions.push({
            title: m.ignore,
            kind: CodeActionKind.QuickFix,
            edit: makeEdit(check, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${SUPPRESSION_LINE}${eol}` }], ctx.versionedEdits),
          });
        }
      }

      if (wants(only, FIX_ALL_KIND) && (only !== undefined || check.result.findings.some(isMismatch))) {
        const edits = fixAllEdits(check.result.findings, check.text, check.lines);
        if (edits.length) actions.push({ title: m.fixAll(edits.length), kind: FIX_ALL_KIND, edit: makeEdit(check, edits, ctx.versionedEdits) });
      }
      return actions;
    }),
  );
}
