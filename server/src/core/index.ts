// The engine's public API, shared by the CLI and the language server. No IO, no LSP.
//
//   const lexicon = createLexicon(config.lexicon);
//   const index = new ReferenceIndex(lexicon);
//   index.addDocument({ path, text });         // or index.addRows(rows) for datasets
//   const analysis = analyzeDraft(text, { lexicon, documentDate });
//   const result = checkDraft(analysis, index, { unverified: 'off' });
//   result.findings → formatFinding(finding, 'zh')
export * from './types';
export * from './sourceDocument';
export { createLexicon, type Lexicon, type LexiconAdditions } from './lexicon/lexicon';
export { ReferenceIndex, type IndexStats } from './reference/referenceIndex';
export { analyzeDraft, type DraftAnalysis, type AnalyzeOptions, type HighlightToken, type HighlightKind } from './check/analyzeDraft';
export { checkDraft, type CheckOptions, type CheckResult } from './check/checkDraft';
export { documentPlace, extractClaims, type ExtractOptions, type ParagraphCache } from './claims/extractClaims';
export { formatFinding, formatProblem, label } from './messages';
export { LineMap } from './text/lineMap';
