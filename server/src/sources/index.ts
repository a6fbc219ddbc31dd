// Public API of the IO layer (no LSP, no vscode): used by the CLI and the language server.
export { loadSources, loadSourceFile, type LoadOptions, type LoadedSources } from './loadSources';
export { readSourceFile, sourceFromBytes, DEFAULT_MAX_FILE_BYTES, type FileOutcome } from './readSourceFile';
export { decodeText, normaliseCharset, type DecodeResult, type DecodeOptions, type TextEncodingName } from './decodeText';
export { htmlToText, type HtmlText } from './htmlText';
export { sniffHtmlCharset } from './htmlCharset';
export { parseDataset, parseCsvDataset, parseJsonDataset, isDatasetPath, type DatasetResult } from './datasets';
export { displayPath, SOURCE_EXTENSIONS } from './sourcePaths';
export type { SourceProblemKind } from './problems';
