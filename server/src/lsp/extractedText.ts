// Sources whose text is extracted (DOCX, PDF) cannot be opened at a line: the editor would show a zip or
// a PDF. For them hover links, go-to-source and related information point at a virtual document,
// `hedui-source:<path of the original>`, whose content is the extracted text (one paragraph per line for
// DOCX, the page text for PDF) — the very text the fact's line and character refer to. The VS Code
// client serves it with a TextDocumentContentProvider that asks the server (`hedui/extractedText`);
// it says so in initializationOptions.extractedText. Other clients get a file:// URI to the original,
// and the hover names the page or paragraph (第3页, 第12段).
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import type { Fact } from '../core';
import type { ServerEnvironment } from './environment';
import type { FolderIndex } from './folderIndex';
import type { Guard } from './guard';
import { ExtractedTextRequest, type ExtractedTextParams, type ExtractedTextResult } from './protocol';
import { pathToUri } from './uris';

export const EXTRACTED_SCHEME = 'hedui-source';

const TABLES_SUFFIX = '#tables';
const EXTRACTED = /\.(?:docx|pdf)$/i;
/** Binary originals: a file:// link to them cannot carry a line. */
const BINARY = /\.(?:docx|pdf|xlsx)$/i;

/** The file a fact's source path names (the tables of a file are indexed under `<path>#tables`). */
export function sourceFilePath(sourcePath: string): string {
  return sourcePath.endsWith(TABLES_SUFFIX) ? sourcePath.slice(0, -TABLES_SUFFIX.length) : sourcePath;
}

export function isExtracted(sourcePath: string): boolean {
  return EXTRACTED.test(sourceFilePath(sourcePath));
}

export function isBinarySource(sourcePath: string): boolean {
  return BINARY.test(sourceFilePath(sourcePath));
}

/** Set from initializationOptions: the client can show hedui-source: documents. */
let virtualDocuments = false;

export function setVirtualDocumentSupport(supported: boolean): void {
  virtualDocuments = supported;
}

export function extractedTextUri(absPath: string): string {
  return `${EXTRACTED_SCHEME}:${pathToFileURL(absPath).pathname}`;
}

/** The absolute path of the original behind a hedui-source: URI. */
export function extractedTextPath(uri: string): string | undefined {
  if (!uri.startsWith(`${EXTRACTED_SCHEME}:`)) return undefined;
  try {
    const rest = uri.slice(EXTRACTED_SCHEME.length + 1).replace(/[?#].*$/, '');
    return path.normalize(fileURLToPath(`file://${rest.startsWith('/') ? '' : '/'}${rest}`));
  } catch {
    return undefined;
  }
}

/** Where a fact's source opens: the extracted text when the client can show it, else the file. */
export function factSourceUri(folder: FolderIndex, fact: Fact): string {
  const file = folder.resolve(sourceFilePath(fact.source.path));
  return virtualDocuments && isExtracted(fact.source.path) ? extractedTextUri(file) : pathToUri(file);
}

/** The client command that opens a hedui-source: document at a position (VS Code renders hover links
 * of unknown schemes as plain text, but runs commands it was told to trust). */
export const OPEN_EXTRACTED_COMMAND = 'hedui.openExtractedText';

/** The hover link to a fact's source: file:// with #L line for text files, the original alone for
 * binary ones, and a command opening the extracted text when the client shows it. */
export function factSourceLink(folder: FolderIndex, fact: Fact): string {
  const uri = factSourceUri(folder, fact);
  const { line, character } = fact.source;
  if (virtualDocuments && isExtracted(fact.source.path)) {
    return `command:${OPEN_EXTRACTED_COMMAND}?${encodeURIComponent(JSON.stringify([uri, line, character]))}`;
  }
  return isBinarySource(fact.source.path) ? uri : `${uri}#L${line + 1},${character + 1}`;
}

export function registerExtractedText(connection: Connection, folders: () => FolderIndex[], env: ServerEnvironment, guard: Guard): void {
  connection.onRequest(
    ExtractedTextRequest,
    guard.request('extractedText', null, async (params: ExtractedTextParams): Promise<ExtractedTextResult | null> => {
      const abs = extractedTextPath(params.uri);
      if (!abs || !EXTRACTED.test(abs) || !env.extractedText) return null;
      // Only files that are configured sources of some folder are read (the same boundary as indexing).
      const folder = folders().find((f) => f.isSource(abs));
      if (!folder) return null;
      const text = await env.extractedText(abs, folder.folderPath);
      return text === undefined ? null : { text };
    }),
  );
}
