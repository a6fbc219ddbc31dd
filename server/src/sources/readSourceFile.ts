// One file on disk → a SourceDocument or a dataset, plus problems. The size is checked before reading
// so an oversized file is reported, never read or truncated.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { InputProblem } from '../core/types';
import type { DatasetRow, SourceDocument } from '../core/sourceDocument';
import { createLexicon, documentPlace, type Lexicon, type LexiconAdditions } from '../core';
import { parseCsvRecords, parseDataset } from './datasets';
import { decodeText } from './decodeText';
import { sniffHtmlCharset } from './htmlCharset';
import { htmlToText } from './htmlText';
import { htmlTables, markdownTables } from './markupTables';
import { inputProblem } from './problems';
import { formatOfExtension, tablesKey, type SourceFormat } from './sourcePaths';
import { tableRows, type SourceTable } from './tableFacts';

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface FileOutcome {
  document?: SourceDocument;
  /** CSV/JSON/XLSX rows; for a text file with tables (DOCX, HTML, markdown) the rows of its tables,
   * under tablesKey(path) so they do not replace the document's facts. */
  dataset?: { path: string; rows: DatasetRow[] };
  problems: InputProblem[];
  /** DOCX/PDF: the extracted text as a reader sees it (hover and go-to-source open it). */
  displayText?: string;
}

/** How tables become rows (docs/datasets.md, "Tables"). */
export interface TableReadOptions {
  /** Rank rows computed from a table's region figures (config `deriveRanks`). */
  deriveRanks?: boolean;
  /** The configured lexicon additions, so a configured region name is read as a region in a table. */
  lexicon?: LexiconAdditions;
}

/** One lexicon per options object, made the first time a table needs it. */
const lexicons = new WeakMap<TableReadOptions, Lexicon>();
function lexiconFor(options: TableReadOptions): Lexicon {
  let l = lexicons.get(options);
  if (!l) {
    l = createLexicon(options.lexicon ?? {});
    lexicons.set(options, l);
  }
  return l;
}

/** The tables of a document whose text is `text`: a table that names no place is the document's. */
function tablesDataset(tables: SourceTable[], path: string, text: string, options: TableReadOptions): FileOutcome['dataset'] {
  if (!tables.length) return undefined;
  const lexicon = lexiconFor(options);
  const place = documentPlace(text, lexicon);
  const rows = tables.flatMap((t) => tableRows(place ? { ...t, place } : t, path, { lexicon, deriveRanks: options.deriveRanks }));
  return rows.length ? { path: tablesKey(path), rows } : undefined;
}

function errorDetail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Reads `absolutePath`; `path` is the display path written into the results. */
export async function readSourceFile(absolutePath: string, path: string, maxFileBytes: number, options: TableReadOptions = {}): Promise<FileOutcome> {
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
  const format = formatOfExtension(extname(absolutePath));
  if (format === 'docx' || format === 'pdf' || format === 'xlsx') return officeFromBytes(bytes, path, format, options);
  return sourceFromBytes(bytes, path, format, options);
}

/** DOCX, PDF, XLSX: read by ./officeReaders, a separate bundle (dist/office.js) loaded on first use. */
export async function officeFromBytes(bytes: Uint8Array, path: string, format: 'docx' | 'pdf' | 'xlsx', options: TableReadOptions = {}): Promise<FileOutcome> {
  let office: typeof import('./officeReaders');
  try {
    // require, not import(): the test runner's TypeScript hook (tsx/cjs) only sees require. esbuild turns
    // this into require('./office.js') (esbuild.mjs), a bundle of its own loaded here the first time.
    office = require('./officeReaders') as typeof import('./officeReaders');
  } catch (e) {
    return { problems: [inputProblem('unreadable', path, 'error', { detail: `office reader not available: ${errorDetail(e)}`, format })] };
  }
  const read = await office.readOfficeFile(bytes, path, format, { deriveRanks: options.deriveRanks, lexicon: () => lexiconFor(options) });
  const outcome: FileOutcome = { problems: read.problems };
  if (read.document) outcome.document = read.document;
  if (read.displayText !== undefined) outcome.displayText = read.displayText;
  // An XLSX file is a dataset (its own key); the tables of a document go under the tables key.
  if (read.rows && (read.rows.length || !read.document)) outcome.dataset = { path: read.document ? tablesKey(path) : path, rows: read.rows };
  return outcome;
}

/** The in-memory half of readSourceFile, also usable for unsaved editor buffers turned into bytes. */
export function sourceFromBytes(bytes: Uint8Array, path: string, format: Exclude<SourceFormat, 'docx' | 'pdf' | 'xlsx'>, options: TableReadOptions = {}): FileOutcome {
  const declaredEncoding = format === 'html' ? sniffHtmlCharset(bytes) : undefined;
  const decoded = decodeText(bytes, path, declaredEncoding ? { declaredEncoding } : {});
  if (decoded.kind === 'binary') return { problems: decoded.problems };
  const problems = [...decoded.problems];
  if (format === 'dataset') {
    const { rows, problems: rowProblems } = parseDataset(decoded.text, path);
    // A CSV file that is not in the dataset schema (no indicator column) may be a statistical table.
    const noSchema = rowProblems.find((p) => p.kind === 'csv' && p.args.code === 'NO_INDICATOR_COLUMN');
    if (noSchema && !rows.length) {
      const table = csvTable(decoded.text, path, options);
      if (table.length) return { dataset: { path, rows: table }, problems: [...problems, ...rowProblems.filter((p) => p.kind !== 'dataset-column' && p !== noSchema)] };
    }
    return { dataset: { path, rows }, problems: [...problems, ...rowProblems] };
  }
  if (format === 'html') {
    const { text, position } = htmlToText(decoded.text);
    const dataset = tablesDataset(htmlTables(decoded.text), path, text, options);
    return dataset ? { document: { path, text, position }, dataset, problems } : { document: { path, text, position }, problems };
  }
  const dataset = /\.(?:md|markdown)$/i.test(path) ? tablesDataset(markdownTables(decoded.text), path, decoded.text, options) : undefined;
  return dataset ? { document: { path, text: decoded.text }, dataset, problems } : { document: { path, text: decoded.text }, problems };
}

/**
 * A CSV sheet read as a table (first row the column headers, first column the row headers). Rows above
 * the headers with a single cell (2023年宁波市各县(市、区)主要经济指标,,,,) are its caption; the file's
 * name stands for the document title.
 */
function csvTable(text: string, path: string, options: TableReadOptions): DatasetRow[] {
  const all = parseCsvRecords(text);
  let head = 0;
  while (head < all.length - 1 && all[head].filter((c) => c.text.trim()).length === 1) head++;
  const records = all.slice(head);
  if (!records.length) return [];
  const caption = all.slice(0, head).map((r) => r.map((c) => c.text.trim()).join('')).join(' ') || undefined;
  const title = basename(path).replace(/\.[^.]+$/, '');
  return tableRows({ rows: records, caption, title, label: '表', cellName: (r, c) => `第${records[r][0]?.line ?? r + 1}行第${c + 1}列` }, path, { lexicon: lexiconFor(options), deriveRanks: options.deriveRanks });
}
