// CSV datasets: first row is the header (schema in docs/datasets.md), one figure per row. A bad row is
// reported and skipped; a quote left open ends the file there, keeping the rows before it.
import { parse, type CsvError, type InfoRecord } from 'csv-parse/sync';
import type { InputProblem } from '../core/types';
import type { DatasetRow } from '../core/sourceDocument';
import { columnOf, type Column } from './datasetColumns';
import { buildRow, type RawRecord } from './datasetRow';
import { inputProblem } from './problems';

export interface DatasetResult {
  rows: DatasetRow[];
  problems: InputProblem[];
}

interface ParsedRecord { record: string[]; line: number; endLine: number }

/** Excel in Chinese locales exports with commas, but tab- and semicolon-separated files exist too. */
function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

/** 1-based line where a record starts: csv-parse reports the line where it ends, and only line breaks
 * inside quoted cells make a record span several lines. */
function startLine(record: string[], context: InfoRecord): number {
  const spanned = record.reduce((n, cell) => n + (cell.match(/\r?\n|\r/g) ?? []).length, 0);
  return context.lines - spanned;
}

/** First non-blank line after `afterLine` (1-based), where a record that failed to parse began. */
function nextContentLine(text: string, afterLine: number): number {
  const lines = text.split(/\r?\n|\r/);
  for (let i = afterLine; i < lines.length; i++) if (lines[i].trim()) return i + 1;
  return Math.max(1, Math.min(afterLine + 1, lines.length));
}

function isCsvError(e: unknown): e is CsvError {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string';
}

/** Every record with the lines it spans; the records before a parse error are kept, with the error. */
function readRecords(text: string): { records: ParsedRecord[]; error?: unknown } {
  const records: ParsedRecord[] = [];
  try {
    parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (record: string[], context: InfoRecord) => {
        records.push({ record, line: startLine(record, context), endLine: context.lines });
        return null;
      },
    });
    return { records };
  } catch (error) {
    return { records, error };
  }
}

export function parseCsvDataset(text: string, path: string): DatasetResult {
  const { records, error } = readRecords(text);
  const problems: InputProblem[] = [];
  if (error !== undefined) {
    const lastLine = records.length ? records[records.length - 1].endLine : 0;
    const detail = error instanceof Error ? error.message : String(error);
    const code = isCsvError(error) ? error.code : 'CSV_ERROR';
    problems.push(inputProblem('csv', path, 'error', { detail, code }, nextContentLine(text, lastLine)));
  }
  if (records.length === 0) return { rows: [], problems };

  const [header, ...body] = records;
  const columns: (Column | undefined)[] = header.record.map((h) => columnOf(h));
  header.record.forEach((h, i) => {
    if (!columns[i] && h.trim()) problems.push(inputProblem('dataset-column', path, 'warning', { column: h.trim() }, 1));
  });
  if (!columns.some((c) => c?.field === 'indicator')) {
    problems.push(inputProblem('csv', path, 'error', { detail: 'no indicator column', code: 'NO_INDICATOR_COLUMN' }, header.line));
    return { rows: [], problems };
  }

  const rows: DatasetRow[] = [];
  const valueUnit = columns.find((c) => c?.field === 'value')?.unit;
  for (const { record, line } of body) {
    const raw: RawRecord = {};
    record.forEach((cell, i) => {
      const c = columns[i];
      if (c && raw[c.field] === undefined) raw[c.field] = cell;
    });
    const result = buildRow(raw, path, line, valueUnit);
    if (result.row) rows.push(result.row);
    problems.push(...result.problems);
  }
  return { rows, problems };
}

/** Every record with its start line, for reading a CSV file as a table (tableFacts.ts). Best effort:
 * the records before a parse error are kept. */
export function parseCsvRecords(text: string): { text: string; line: number }[][] {
  return readRecords(text).records.map(({ record, line }) => record.map((cell) => ({ text: cell, line })));
}
