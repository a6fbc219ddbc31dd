// SARIF 2.1.0 for code-scanning tools. Columns in SARIF are 1-based and, by default, counted in UTF-16
// code units, which is what LSP ranges count too.
import type { Report } from './report';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The SARIF log of a report (written with writeJson). */
export function sarifLog(report: Report, version: string): object {
  const rules = new Map<string, { id: string }>();
  const results = report.files.flatMap((file) => file.diagnostics.map((d) => {
    rules.set(d.code, { id: d.code });
    return {
      ruleId: d.code,
      level: LEVEL[d.severity] ?? 'warning',
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: file.path.split('\\').join('/') },
          region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
        },
      }],
      relatedLocations: d.sources.map((s, i) => ({
        id: i + 1,
        message: { text: s.excerpt },
        physicalLocation: { artifactLocation: { uri: s.path.split('\\').join('/') }, region: { startLine: s.range.start.line + 1, startColumn: s.range.start.character + 1 } },
      })),
      fixes: d.fixes.map((fx) => ({
        description: { text: fx.title },
        artifactChanges: [{
          artifactLocation: { uri: file.path.split('\\').join('/') },
          replacements: fx.edits.map((e) => ({
            deletedRegion: { startLine: e.range.start.line + 1, startColumn: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1 },
            insertedContent: { text: e.newText },
          })),
        }],
      })),
    };
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'hedui', version, informationUri: 'https://example.invalid/hedui', rules: [...rules.values()] } }, columnKind: 'utf16CodeUnits', results }],
  };
}
