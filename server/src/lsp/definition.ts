// Go to definition on a figure → the passage in the source that states it.
import type { Connection, Location, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache, DocumentCheck } from './analysisCache';
import { sourceUri } from './diagnostics';
import type { Guard } from './guard';
import { findingsAt, verdictAt } from './lookup';
import { provenanceRange } from './ranges';

export function sourceLocations(check: DocumentCheck, offset: number): Location[] {
  const verdict = verdictAt(check, offset);
  if (!verdict) return [];
  const facts = verdict.evidence.length ? verdict.evidence : (findingsAt(check, offset)[0]?.evidence ?? []);
  return facts.map((fact) => ({ uri: sourceUri(check.folder, fact), range: provenanceRange(fact.source) }));
}

export function registerDefinition(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache, guard: Guard): void {
  connection.onDefinition(
    guard.request('definition', null, async (params, token): Promise<Location[] | null> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const check = await cache.get(doc, token);
      if (!check) return null;
      const locations = sourceLocations(check, check.lines.offsetAt(params.position));
      return locations.length ? locations : null;
    }),
  );
}
