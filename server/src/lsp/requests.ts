// Hedui's custom requests (status bar, fact table, re-index, check all drafts, source at cursor) and
// the server-side commands. Names and types live in protocol.ts.
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver/node';
import { analyzeDraft, checkDraft, formatFinding, LineMap } from '../core';
import { limitDraft, notFullyCheckedFinding } from '../sources/draftLimit';
import { sourceLocations } from './definition';
import { isMismatch, sourceUri } from './diagnostics';
import { analyzeOptions, checkOptions } from './engineOptions';
import {
  CheckWorkspaceRequest,
  FactsRequest,
  ReindexRequest,
  ServerCommands,
  SourceAtRequest,
  StatusRequest,
  type CheckWorkspaceResult,
  type FactRow,
  type FactsParams,
  type FactsResult,
  type SourceAtParams,
  type StatusParams,
  type StatusResult,
  type WireRange,
} from './protocol';
import { provenanceRange, spanToRange } from './ranges';
import type { SettingsStore } from './settings';
import { pathToUri } from './uris';
import type { WorkspaceIndex } from './workspaceIndex';
import type { ServerContext } from './serverContext';

interface Context extends ServerContext {
  workspace: WorkspaceIndex;
  settings: SettingsStore;
}

const MAX_DRAFTS = 500;

export function status(ctx: Context, uri?: string): StatusResult {
  const folders = ctx.workspace.all();
  const result: StatusResult = {
    ready: ctx.workspace.ready,
    enabled: folders.length > 0,
    folders: folders.length,
    sources: folders.reduce((n, f) => n + f.sourceFileCount, 0),
    facts: folders.reduce((n, f) => n + f.index.stats().facts, 0),
    problems: folders.reduce((n, f) => n + f.problems.length, 0),
  };
  const doc = uri ? ctx.documents.get(uri) : undefined;
  const check = uri && doc ? ctx.cache.peek(uri, doc.version) : undefined;
  if (check) {
    result.enabled = check.settings.enable;
    result.mismatches = check.result.findings.filter(isMismatch).length;
    result.verified = check.result.verdicts.filter((v) => v.status === 'verified').length;
    result.unverified = check.result.verdicts.filter((v) => v.status === 'unverified').length;
    if (check.limited) result.notFullyChecked = { checked: check.limited.checked, total: check.limited.total, bytes: check.limited.bytes, limit: check.limited.limit };
  }
  return result;
}

function factRows(ctx: Context, params: FactsParams): FactsResult {
  const folder = params.uri ? ctx.workspace.folderFor(params.uri) : undefined;
  const folders = folder ? [folder] : ctx.workspace.all();
  const q = params.query?.trim().toLowerCase();
  const limit = params.limit ?? 2000;
  const rows: FactRow[] = [];
  let total = 0;
  for (const f of folders) {
    for (const fact of f.index.facts) {
      const row: FactRow = {
        id: fact.id,
        text: fact.text,
        measure: fact.measure,
        indicator: fact.indicator.name,
        region: fact.region,
        period: fact.period?.label,
        excerpt: fact.source.excerpt,
        title: fact.source.title,
        path: fact.source.path,
        date: fact.source.date,
        location: { uri: sourceUri(f, fact), range: provenanceRange(fact.source) },
      };
      if (q && ![row.text, row.indicator, row.region ?? '', row.period ?? '', row.excerpt, row.path, row.title ?? ''].some((s) => s.toLowerCase().includes(q))) continue;
      total++;
      if (rows.length < limit) rows.push(row);
    }
  }
  return { facts: rows, total };
}

async function checkWorkspace(ctx: Context): Promise<CheckWorkspaceResult> {
  const result: CheckWorkspaceResult = { drafts: [], skipped: 0 };
  const m = ctx.messages();
  for (const folder of ctx.workspace.all()) {
    await folder.whenReady();
    const settings = await ctx.settings.get(folder.uri);
    if (!settings.enable) continue;
    const exclude = [...folder.sourceRoots, ...ctx.workspace.nestedIn(folder), path.join(folder.folderPath, 'node_modules')];
    const files = await ctx.env.listDrafts(folder.folderPath, exclude, MAX_DRAFTS + 1);
    if (files.length > MAX_DRAFTS) result.skipped += files.length - MAX_DRAFTS;
    for (const file of files.slice(0, MAX_DRAFTS)) {
      if (folder.isSource(file)) continue;
      const uri = pathToUri(file);
      const open = ctx.documents.get(uri) ?? ctx.documents.all().find((d) => d.uri.toLowerCase() === uri.toLowerCase());
      const check = open ? await ctx.cache.get(open) : undefined;
      let findings;
      let lines: LineMap;
      if (check) {
        findings = check.result.findings;
        lines = check.lines;
      } else {
        const text = await ctx.env.readText(file);
        const fileSettings = await ctx.settings.get(uri);
        // The same size limit as for open drafts: past it, the beginning is checked and the rest reported.
        const limited = limitDraft(text, folder.maxDraftBytes(fileSettings));
        const analysis = analyzeDraft(limited.text, analyzeOptions(folder, fileSettings));
        const cOpts = checkOptions(folder, fileSettings);
        findings = checkDraft(analysis, folder.index, cOpts).findings;
        if (limited.truncated) {
          const finding = notFullyCheckedFinding(text, limited);
          const severity = cOpts.severities?.['not-fully-checked'] ?? finding.severity;
          if (severity !== 'off') findings.push({ ...finding, severity });
        }
        lines = new LineMap(text);
      }
      if (!findings.length) continue;
      result.drafts.push({
        uri: open?.uri ?? uri,
        mismatches: findings.filter(isMismatch).length,
        findings: findings.map((f) => ({ range: spanToRange(lines, f.span), code: f.code, message: formatFinding(f, m.lang) })),
      });
    }
  }
  return result;
}

export function registerRequests(ctx: Context): void {
  const { connection, guard } = ctx;
  connection.onRequest(StatusRequest, guard.request('status', status(ctx), (params: StatusParams | undefined) => status(ctx, params?.uri)));
  connection.onRequest(FactsRequest, guard.request('facts', { facts: [], total: 0 }, (params: FactsParams | undefined) => factRows(ctx, params ?? {})));
  connection.onRequest(
    ReindexRequest,
    guard.request('reindex', status(ctx), async () => {
      ctx.settings.update(undefined);
      await ctx.workspace.reload();
      return status(ctx);
    }),
  );
  connection.onRequest(CheckWorkspaceRequest, guard.request('checkWorkspace', { drafts: [], skipped: 0 }, () => checkWorkspace(ctx)));
  connection.onRequest(
    SourceAtRequest,
    guard.request('sourceAt', null, async (params: SourceAtParams, token): Promise<Location | null> => {
      const doc = ctx.documents.get(params.uri);
      if (!doc) return null;
      const check = await ctx.cache.get(doc, token);
      if (!check) return null;
      return sourceLocations(check, check.lines.offsetAt(params.position))[0] ?? null;
    }),
  );
  connection.onExecuteCommand(
    guard.request('executeCommand', null, async (params) => {
      if (params.command === ServerCommands.showSource) {
        const [uri, range] = (params.arguments ?? []) as [unknown, unknown];
        if (typeof uri !== 'string') return null;
        await connection.window.showDocument({ uri, selection: range as WireRange | undefined, takeFocus: true });
      } else if (params.command === ServerCommands.reindex) {
        await ctx.workspace.reload();
      }
      return null;
    }),
  );
}
