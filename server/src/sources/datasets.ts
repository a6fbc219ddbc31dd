// Structured datasets (CSV, JSON) → DatasetRow[]; the format is chosen by the file's extension.
// Nothing here throws: broken rows and broken files come back as problems.
import { extname } from 'node:path';
import { parseCsvDataset, type DatasetResult } from './csvDataset';
import { parseJsonDataset } from './jsonDataset';

export type { DatasetResult } from './csvDataset';
export { parseCsvDataset, parseCsvRecords } from './csvDataset';
export { parseJsonDataset } from './jsonDataset';

export function isDatasetPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === '.csv' || ext === '.json' || ext === '.xlsx';
}

/** Parses decoded dataset text; `path` is the display path put into rows and problems. */
export function parseDataset(text: string, path: string): DatasetResult {
  return extname(path).toLowerCase() === '.json' ? parseJsonDataset(text, path) : parseCsvDataset(text, path);
}
