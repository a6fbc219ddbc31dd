// JSON datasets: an array of row objects, or { "rows": [ … ] } so a file can carry other metadata.
// Property names follow the same schema as CSV headers (docs/datasets.md).
import type { InputProblem } from '../core/types';
import type { DatasetRow } from '../core/sourceDocument';
import { columnOf } from './datasetColumns';
import type { DatasetResult } from './csvDataset';
import { buildRow, type RawRecord } from './datasetRow';
import { jsonErrorLine, jsonLocations } from './jsonLocations';
import { inputProblem, lineOfOffset } from './problems';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Scalars become text as written; numbers keep JSON's shortest form (1220.7, not 1220.70). */
function cellText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function parseJsonDataset(text: string, path: string): DatasetResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { rows: [], problems: [inputProblem('json', path, 'error', { detail }, jsonErrorLine(text, e))] };
  }
  const wrapped = isPlainObject(data) && Array.isArray(data.rows);
  const list = wrapped ? (data as { rows: unknown[] }).rows : data;
  if (!Array.isArray(list)) {
    return { rows: [], problems: [inputProblem('json', path, 'warning', { detail: 'not-rows' }, 1)] };
  }

  const where = jsonLocations(text, wrapped ? 2 : 1);
  const lineOf = (index: number): number => {
    const at = where.get(wrapped ? `/rows/${index}` : `/${index}`);
    return at ? lineOfOffset(text, at.value) : 1;
  };

  const rows: DatasetRow[] = [];
  const problems: InputProblem[] = [];
  const unknownKeys = new Set<string>();
  list.forEach((item, index) => {
    const line = lineOf(index);
    if (!isPlainObject(item)) {
      problems.push(inputProblem('dataset-row', path, 'warning', { detail: 'not-an-object' }, line));
      return;
    }
    const raw: RawRecord = {};
    let defaultUnit: string | undefined;
    for (const [key, value] of Object.entries(item)) {
      const column = columnOf(key);
      if (!column) {
        if (!unknownKeys.has(key)) problems.push(inputProblem('dataset-column', path, 'warning', { column: key }, line));
        unknownKeys.add(key);
        continue;
      }
      const cell = cellText(value);
      if (cell === undefined && value !== null && value !== undefined) {
        problems.push(inputProblem('dataset-row', path, 'warning', { detail: 'bad-value', field: key, value: JSON.stringify(value) }, line));
        return;
      }
      raw[column.field] = cell;
      defaultUnit ??= column.unit;
    }
    const result = buildRow(raw, path, line, defaultUnit);
    if (result.row) rows.push(result.row);
    problems.push(...result.problems);
  });
  return { rows, problems };
}
