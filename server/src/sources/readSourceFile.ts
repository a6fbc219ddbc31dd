// One file on disk → a SourceDocument or a dataset, plus problems. The size is checked before reading
// so an oversized file is reported, never read or truncated.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { InputProblem } from '../core/types';
import type { DatasetRow, SourceDocument } from '../core/sourceDocument';
import { parseDataset } from './datasets';
import { decodeText } from './decodeText';
import { sniffHtmlCharset } from './htmlCharset';
import { htmlToText } from './htmlText';
import { inputProblem } from './problems';
import { formatOfExtension } from './sourcePaths';

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface FileOutcome {
  document?: SourceDocument;
  dataset?: { path: string; rows: DatasetRow[] };
  problems: InputProblem[];
}

function errorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads `absolutePath`; `path` is the display path written into the results. */
export async function readSourceFile(absolutePath: string, path: string, maxFileBytes: number): Promise<FileOutcome> {
  let bytes: Buffer;
  try {
    const info = await stat(absolutePath);
    if (info.size > maxFileBytes) {
      return { problems: [inputProblem('too-large', path, 'warning', { size: String(info.size), limit: String(maxFileBytes) })] };
    }
    bytes = await readFile(absolutePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problems: [inputProblem('missing', path, 'error', { detail: 'no such file or folder' })] };
    return { problems: [inputProblem('unreadable', path, 'error', { detail: errorDetail(e) })] };
  }
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxFileBytes) {
    return { problems: [inputProblem('too-large', path, 'warning', { size: String(bytes.byteLength), limit: String(maxFileBytes) })] };
  }
  return sourceFromBytes(bytes, path, formatOfExtension(extname(absolutePath)));
}

/** The in-memory half of readSourceFile, also usable for unsaved editor buffers turned into bytes. */
export function sourceFromBytes(bytes: Uint8Array, path: string, format: 'text' | 'html' | 'dataset'): FileOutcome {
  const declaredEncoding = format === 'html' ? sniffHtmlCharset(bytes) : undefined;
  const decoded = decodeText(bytes, path, declaredEncoding ? { declaredEncoding } : {});
  if (decoded.kind === 'binary') return { problems: decoded.problems };
  const problems = [...decoded.problems];
  if (format === 'dataset') {
    const { rows, problems: rowProblems } = parseDataset(decoded.text, path);
    return { dataset: { path, rows }, problems: [...problems, ...rowProblems] };
  }
  if (format === 'html') {
    const { text, position } = htmlToText(decoded.text);
    return { document: { path, text, position }, problems };
  }
  return { document: { path, text: decoded.text }, problems };
}
