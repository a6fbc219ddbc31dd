// Findings → LSP diagnostics, delivered by pull (textDocument/diagnostic) when the client supports it,
// by push otherwise — never both. Debounced and cancelled on the server; nothing is reported before
// the document's folder is indexed, and nothing for a version that is no longer current.
import {
  CancellationTokenSource,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatFinding, type Fact, type Finding, type Severity } from '../core';
import type { DocumentCheck } from './analysisCache';
import type { ServerEnvironment } from './environment';
import type { FolderIndex } from './folderIndex';
import type { Messages } from './i18n';
import { provenanceRange, spanToRange } from './ranges';
import { factSourceUri, sourceFilePath } from './extractedText';
import type { ServerContext } from './serverContext';

export const DIAGNOSTIC_SOURCE = 'hedui';

/** Stored in Diagnostic.data: enough to build the quick fix without recomputing. */
export interface DiagnosticData {
  version: number;
  expected?: string;
  fix?: { range: Diagnostic['range']; newText: string };
  /** Title of the first source, for the quick fix title. */
  sourceTitle?: string;
  source?: { uri: string; range: Diagnostic['range'] };
}

const severityMap: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** file:// to the source; for DOCX/PDF the extracted text (hedui-source:) when the client shows it. */
export function sourceUri(folder: FolderIndex, fact: Fact): string {
  return factSourceUri(folder, fact);
}

export function sourceTitle(fact: Fact): string {
  return fact.source.title?.trim() || sourceFilePath(fact.source.path);
}

export function isMismatch(finding: Finding): boolean {
  return finding.code.endsWith('-mismatch');
}

export function toDiagnostic(check: DocumentCheck, finding: Finding, messages: Messages, env: ServerEnvironment): Diagnostic {
  const related: DiagnosticRelatedInformation[] = finding.evidence.slice(0, 5).map((fact) => ({
    location: { uri: sourceUri(check.folder, fact), range: provenanceRange(fact.source) },
    message: `${sourceTitle(fact)}${fact.source.date ? ` (${fact.source.date})` : ''}: ${fact.source.excerpt}`,
  }));
  const first = finding.evidence[0];
  const data: DiagnosticData = {
    version: check.version,
    expected: finding.expected,
    fix: finding.fix ? { range: spanToRange(check.lines, finding.fix.span), newText: finding.fix.newText } : undefined,
    sourceTitle: first ? sourceTitle(first) : undefined,
    source: first ? { uri: sourceUri(check.folder, first), range: provenanceRange(first.source) } : undefined,
  };
  return {
    range: spanToRange(check.lines, finding.span),
    severity: severityMap[finding.severity],
    code: finding.code,
    codeDescription: { href: env.docsUrl(finding.code) },
    source: DIAGNOSTIC_SOURCE,
    message: formatFinding(finding, messages.lang),
    relatedInformation: related.length ? related : undefined,
    data,
  };
}

export function toDiagnostics(check: DocumentCheck, messages: Messages, env: ServerEnvironment): Diagnostic[] {
  return check.result.findings.map((f) => toDiagnostic(check, f, messages, env));
}

export interface DiagnosticsSupport {
  /** A document changed (or opened): check it after the quiet period. */
  changed(doc: TextDocument): void;
  closed(uri: string): void;
  /** Indexes or settings changed: recheck everything open. */
  refresh(): void;
}

interface Context extends ServerContext {
  /** The client supports workspace/diagnostic/refresh. */
  refreshSupport: boolean;
  onChecked: (check: DocumentCheck) => void;
}

function delay(ms: number, token?: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      sub?.dispose();
      resolve();
    }, ms);
    const sub = token?.onCancellationRequested(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function registerPullDiagnostics(ctx: Context): DiagnosticsSupport {
  const debounce = ctx.env.debounceMs ?? 200;
  const lastChange = new Map<string, number>();
  const cancelled = () => new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
  ctx.connection.languages.diagnostics.on(
    ctx.guard.request<DocumentDiagnosticParams, DocumentDiagnosticReport>(
      'textDocument/diagnostic',
      { kind: DocumentDiagnosticReportKind.Full, items: [] },
      async (params, token) => {
        const uri = params.textDocument.uri;
        // Wait until the document has been quiet for the debounce period.
        for (;;) {
          const since = Date.now() - (lastChange.get(uri) ?? 0);
          if (since >= debounce) break;
          await delay(debounce - since, token);
          if (token.isCancellationRequested) throw cancelled();
        }
        const doc = ctx.documents.get(uri);
        if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const check = await ctx.cache.get(doc, token);
        if (token.isCancellationRequested) throw cancelled();
        if (!check) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        if (ctx.documents.get(uri)?.version !== check.version) throw cancelled();
        ctx.onChecked(check);
        if (params.previousResultId === check.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: check.resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: check.resultId, items: toDiagnostics(check, ctx.messages(), ctx.env) };
      },
    ),
  );
  return {
    changed: (doc) => lastChange.set(doc.uri, Date.now()),
    closed: (uri) => lastChange.delete(uri),
    refresh: () => {
      if (ctx.refreshSupport) void ctx.connection.languages.diagnostics.refresh().then(undefined, (err: unknown) => ctx.guard.report('diagnostic refresh', err));
    },
  };
}

export function registerPushDiagnostics(ctx: Context): DiagnosticsSupport {
  const debounce = ctx.env.debounceMs ?? 200;
  const pending = new Map<string, { timer: NodeJS.Timeout; cts: CancellationTokenSource }>();

  const cancel = (uri: string) => {
    const p = pending.get(uri);
    if (p) {
      clearTimeout(p.timer);
      p.cts.cancel();
      pending.delete(uri);
    }
  };

  const validate = async (uri: string, cts: CancellationTokenSource) => {
    const doc = ctx.documents.get(uri);
    if (!doc) return;
    const check = await ctx.cache.get(doc, cts.token);
    if (cts.token.isCancellationRequested) return;
    if (pending.get(uri)?.cts === cts) pending.delete(uri);
    const current = ctx.documents.get(uri);
    if (!current) return;
    if (!check) {
      // Disabled or outside every folder: make sure nothing old stays.
      if (ctx.documents.get(uri)?.version === doc.version) await ctx.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return;
    }
    if (current.version !== check.version) return;
    ctx.onChecked(check);
    await ctx.connection.sendDiagnostics({ uri, version: check.version, diagnostics: toDiagnostics(check, ctx.messages(), ctx.env) });
  };

  const schedule = (uri: string, ms: number) => {
    cancel(uri);
    const cts = new CancellationTokenSource();
    const timer = setTimeout(() => {
      validate(uri, cts).catch((err: unknown) => ctx.guard.report('diagnostics', err));
    }, ms);
    pending.set(uri, { timer, cts });
  };

  return {
    changed: (doc) => schedule(doc.uri, debounce),
    closed: (uri) => {
      cancel(uri);
      void ctx.connection.sendDiagnostics({ uri, diagnostics: [] }).then(undefined, () => undefined);
    },
    refresh: () => {
      for (const doc of ctx.documents.all()) schedule(doc.uri, 0);
    },
  };
}
