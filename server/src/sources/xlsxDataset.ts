// XLSX → dataset rows. A sheet whose first row is the dataset header (docs/datasets.md) is read like a
// CSV file; any other sheet is read as a statistical table (tableFacts.ts).
//
// The reader is small and written here, on jszip (already bundled for mammoth) and htmlparser2's XML
// mode, because what a cell *shows* matters: a growth rate stored as 0.152 with the format 0.0% is
// 15.2%, and 15.20 under 0.00 has two decimals. General-purpose readers (read-excel-file, 450 KB
// bundled) return 0.152 and drop the format.
import JSZip from 'jszip';
import { Parser } from 'htmlparser2';
import type { InputProblem } from '../core/types';
import type { DatasetRow } from '../core/sourceDocument';
import type { Lexicon } from '../core';
import { columnOf, type Column } from './datasetColumns';
import { buildRow, type RawRecord } from './datasetRow';
import { inputProblem } from './problems';
import { tableRows, type TableCell } from './tableFacts';

export interface Sheet {
  name: string;
  /** rows[r][c]: the cell's text as displayed; rows[r] is sheet row r + 1. Merged ranges repeat their text. */
  rows: string[][];
}

type Handler = { open?: (name: string, attrs: Record<string, string>) => void; close?: (name: string) => void; text?: (t: string) => void };

function parseXml(xml: string, h: Handler): void {
  const p = new Parser(
    { onopentag: (n, a) => h.open?.(n.replace(/^\w+:/, ''), a), onclosetag: (n) => h.close?.(n.replace(/^\w+:/, '')), ontext: (t) => h.text?.(t) },
    { xmlMode: true, decodeEntities: true },
  );
  p.write(xml);
  p.end();
}

async function entry(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path.replace(/^\//, ''))?.async('string');
}

/** Number formats that show a percentage, and the decimals a format shows (undefined: as stored). */
interface Format { percent: boolean; decimals?: number; date: boolean }

function formatOf(id: number, code: string | undefined): Format {
  if (id === 9) return { percent: true, decimals: 0, date: false };
  if (id === 10) return { percent: true, decimals: 2, date: false };
  if (id === 1 || id === 3) return { percent: false, decimals: 0, date: false };
  if (id === 2 || id === 4) return { percent: false, decimals: 2, date: false };
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return { percent: false, date: true };
  if (!code) return { percent: false, date: false };
  const plain = code.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const decimals = /[0#]\.([0#]+)/.exec(plain);
  return {
    percent: plain.includes('%'),
    decimals: decimals ? decimals[1].length : /[0#]/.test(plain) ? 0 : undefined,
    date: /[ymd]/i.test(plain) && !/[0#]/.test(plain),
  };
}

/** A stored number as the cell shows it. */
function showNumber(raw: string, format: Format | undefined): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  if (format?.date) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(n * 86400000));
    return d.toISOString().slice(0, 10);
  }
  const v = format?.percent ? n * 100 : n;
  const text = format?.decimals !== undefined ? v.toFixed(format.decimals) : String(Number(v.toPrecision(12)));
  return format?.percent ? `${text}%` : text;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? 'A') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Reads every sheet of an .xlsx file. Throws when the bytes are not a readable workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await entry(zip, 'xl/workbook.xml');
  if (!workbook) throw new Error('no xl/workbook.xml: not an Excel workbook');

  const rels = new Map<string, string>();
  parseXml((await entry(zip, 'xl/_rels/workbook.xml.rels')) ?? '', {
    open: (n, a) => {
      if (n === 'Relationship' && a.Id && a.Target) rels.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
    },
  });
  const sheets: { name: string; path: string }[] = [];
  parseXml(workbook, {
    open: (n, a) => {
      const target = rels.get(a['r:id'] ?? a.id ?? '');
      if (n === 'sheet' && a.name && target) sheets.push({ name: a.name, path: target });
    },
  });

  const strings: string[] = [];
  {
    let current: string[] | undefined;
    let inT = false, phonetic = 0;
    parseXml((await entry(zip, 'xl/sharedStrings.xml')) ?? '', {
      open: (n) => {
        if (n === 'si') current = [];
        else if (n === 'rPh') phonetic++;
        else if (n === 't') inT = true;
      },
      close: (n) => {
        if (n === 'si' && current) strings.push(current.join(''));
        else if (n === 'rPh') phonetic--;
        else if (n === 't') inT = false;
      },
      text: (t) => {
        if (inT && !phonetic) current?.push(t);
      },
    });
  }

  const numFmts = new Map<number, string>();
  const xfs: Format[] = [];
  {
    let inCellXfs = false;
    parseXml((await entry(zip, 'xl/styles.xml')) ?? '', {
      open: (n, a) => {
        if (n === 'numFmt') numFmts.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (n === 'cellXfs') inCellXfs = true;
        else if (n === 'xf' && inCellXfs) {
          const id = Number(a.numFmtId ?? 0);
          xfs.push(formatOf(id, numFmts.get(id)));
        }
      },
      close: (n) => {
        if (n === 'cellXfs') inCellXfs = false;
      },
    });
  }

  const out: Sheet[] = [];
  for (const s of sheets) {
    const xml = await entry(zip, s.path);
    if (xml === undefined) continue;
    const rows: string[][] = [];
    const merges: string[] = [];
    let rowIndex = -1, cell: { col: number; type: string; style?: number } | undefined, value = '', inValue = false, inline = false;
    parseXml(xml, {
      open: (n, a) => {
        if (n === 'row') rowIndex = a.r ? Number(a.r) - 1 : rowIndex + 1;
        else if (n === 'c') {
          cell = { col: a.r ? columnIndex(a.r) : (rows[rowIndex]?.length ?? 0), type: a.t ?? 'n', style: a.s === undefined ? undefined : Number(a.s) };
          value = '';
        } else if (n === 'v') inValue = true;
        else if (n === 'is') inline = true;
        else if (n === 'mergeCell' && a.ref) merges.push(a.ref);
      },
      close: (n) => {
        if (n === 'v') inValue = false;
        else if (n === 'is') inline = false;
        else if (n === 'c' && cell && rowIndex >= 0) {
          let text: string;
          if (cell.type === 's') text = strings[Number(value)] ?? '';
          else if (cell.type === 'n' && value !== '') text = showNumber(value, cell.style === undefined ? undefined : xfs[cell.style]);
          else if (cell.type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
          else if (cell.type === 'e') text = '';
          else text = value;
          (rows[rowIndex] ??= [])[cell.col] = text.trim();
          cell = undefined;
        }
      },
      text: (t) => {
        if (cell && (inValue || inline)) value += t;
      },
    });
    for (const ref of merges) {
      const [from, to = from] = ref.split(':');
      const r0 = Number(/\d+/.exec(from)?.[0] ?? 1) - 1, r1 = Number(/\d+/.exec(to)?.[0] ?? 1) - 1;
      const c0 = columnIndex(from), c1 = columnIndex(to);
      const text = rows[r0]?.[c0] ?? '';
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (!rows[r]?.[c]) (rows[r] ??= [])[c] = text;
    }
    out.push({ name: s.name, rows: Array.from(rows, (r) => Array.from(r ?? [], (c) => c ?? '')) });
  }
  return out;
}

export interface XlsxOptions {
  lexicon: () => Lexicon;
  deriveRanks?: boolean;
}

/** Sheets → rows: schema sheets like CSV, the others as tables. */
export function sheetsToRows(sheets: Sheet[], path: string, options: XlsxOptions): { rows: DatasetRow[]; problems: InputProblem[] } {
  const rows: DatasetRow[] = [];
  const problems: InputProblem[] = [];
  for (const sheet of sheets) {
    const first = sheet.rows.findIndex((r) => r.some((c) => c.trim()));
    if (first < 0) continue;
    const header = sheet.rows[first];
    const columns: (Column | undefined)[] = header.map((h) => columnOf(h));
    if (columns.some((c) => c?.field === 'indicator')) {
      header.forEach((h, i) => {
        if (!columns[i] && h.trim()) problems.push(inputProblem('dataset-column', path, 'warning', { column: h.trim(), sheet: sheet.name }, first + 1));
      });
      const valueUnit = columns.find((c) => c?.field === 'value')?.unit;
      for (let r = first + 1; r < sheet.rows.length; r++) {
        const record = sheet.rows[r];
        if (!record?.some((c) => c.trim())) continue;
        const raw: RawRecord = {};
        record.forEach((cell, i) => {
          const c = columns[i];
          if (c && raw[c.field] === undefined) raw[c.field] = cell;
        });
        raw.sourceLocation ??= `${sheet.name}!${r + 1}`;
        const result = buildRow(raw, path, r + 1, valueUnit);
        if (result.row) rows.push(result.row);
        problems.push(...result.problems);
      }
      continue;
    }
    // A table: a first row holding one cell only (表3 …, often merged across) is its caption.
    const nonEmpty = new Set(header.filter((c) => c.trim()));
    const captionRow = nonEmpty.size === 1 && sheet.rows.length > first + 1;
    const start = captionRow ? first + 1 : first;
    const grid: TableCell[][] = sheet.rows.slice(start).map((r, i) => Array.from(r ?? [], (text) => ({ text: text ?? '', line: start + i + 1 })));
    rows.push(
      ...tableRows(
        {
          rows: grid,
          caption: captionRow ? [...nonEmpty][0] : sheet.name,
          label: sheet.name,
          cellName: (r, c) => `${sheet.name}!${columnName(c)}${start + r + 1}`,
        },
        path,
        { lexicon: options.lexicon(), deriveRanks: options.deriveRanks },
      ),
    );
  }
  return { rows, problems };
}
