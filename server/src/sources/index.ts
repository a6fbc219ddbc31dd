// Public API of the IO layer (no LSP, no vscode): used by the CLI and the language server.
export { loadSources, loadSourceFile, type LoadOptions, type LoadedSources } from './loadSources';
export { readSourceFile, sourceFromBytes, officeFromBytes, DEFAULT_MAX_FILE_BYTES, type FileOutcome, type TableReadOptions } from './readSourceFile';
export { decodeText, normaliseCharset, type DecodeResult, type DecodeOptions, type TextEncodingName } from './decodeText';
export { htmlToText, type HtmlText } from './htmlText';
export { sniffHtmlCharset } from './htmlCharset';
export { parseDataset, parseCsvDataset, parseJsonDataset, isDatasetPath, type DatasetResult } from './datasets';
export { displayPath, SOURCE_EXTENSIONS, TABLES_SUFFIX, tablesKey, stripTablesKey, isExtractedFormat } from './sourcePaths';
export { tableRows, parseHeader, type SourceTable, type TableCell, type TableOptions } from './tableFacts';
export { htmlTables, markdownTables } from './markupTables';
export type { SourceProblemKind } from './problems';
