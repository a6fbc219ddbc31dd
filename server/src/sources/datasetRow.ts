// One raw dataset record (CSV line or JSON object, fields already named by the schema) → a DatasetRow,
// or a problem saying why the row cannot be used. Shared by the CSV and JSON readers so both formats
// accept exactly the same values.
import type { InputProblem } from '../core/types';
import type { DatasetRow } from '../core/sourceDocument';
import { parseMeasure, type DatasetField } from './datasetColumns';
import { inputProblem } from './problems';

export type RawRecord = Partial<Record<DatasetField, string>>;

export interface RowResult {
  row?: DatasetRow;
  problems: InputProblem[];
}

/** Cells that mean "no figure here" in statistical tables. */
const PLACEHOLDER = /^(?:[-—–－…/／.·]+|n\/?a|null|暂无|无|空)$/i;
/** An arabic (or full-width) number, optional sign and thousands separators, optional % or unit after. */
const NUMBER = /^([+\-−－]?(?:[\d０-９]{1,3}(?:[,，][\d０-９]{3})+|[\d０-９]+)(?:[.．][\d０-９]+)?)\s*(.*)$/;
/** A number or rank in Chinese numerals (一千二百二十点七, 第二, 首位, 前五). */
const CHINESE = /^[第前]?[零〇一二两三四五六七八九十百千万亿点]+[位名]?$|^(首位|居首|末位|第一)$/;

function clean(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

/** "1220.7亿元" → value 1220.7, unit 亿元; "第二" stays whole. Undefined when it is not a figure. */
export function splitFigure(text: string): { value: string; unit?: string } | undefined {
  const m = NUMBER.exec(text);
  if (m) {
    const rest = m[2].trim();
    // Only a short unit may follow the number ("亿元", "%", "个百分点"), not a sentence.
    if (rest && (rest.length > 8 || /[\d０-９]/.test(rest))) return undefined;
    return rest ? { value: m[1], unit: rest } : { value: m[1] };
  }
  return CHINESE.test(text) ? { value: text } : undefined;
}

function parseTarget(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', '是', '目标', '√'].includes(t)) return true;
  if (['false', 'no', 'n', '0', '否', '', '×'].includes(t)) return false;
  return undefined;
}

/** 2021-08-03, 2021/8/3, 2021.8.3, 2021年8月3日 → 2021-08-03. */
export function parseDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function buildRow(raw: RawRecord, path: string, line: number, defaultUnit?: string): RowResult {
  const problems: InputProblem[] = [];
  const rowProblem = (detail: string, args: Record<string, string> = {}, severity: InputProblem['severity'] = 'warning'): RowResult => ({
    problems: [inputProblem('dataset-row', path, severity, { detail, ...args }, line)],
  });

  const indicator = clean(raw.indicator);
  if (!indicator) return rowProblem('no-indicator');

  const measureText = clean(raw.measure);
  const measure = measureText === undefined ? undefined : parseMeasure(measureText);
  // A wrongly read measure would compare a growth rate with an amount: leave the row out instead.
  if (measureText !== undefined && !measure) return rowProblem('bad-measure', { field: 'measure', value: measureText });

  const valueText = clean(raw.value);
  const rankText = clean(raw.rank);
  const valueIsPlaceholder = valueText !== undefined && PLACEHOLDER.test(valueText);
  const figure = valueText === undefined || valueIsPlaceholder ? undefined : splitFigure(valueText);
  if (valueText !== undefined && !valueIsPlaceholder && !figure) return rowProblem('bad-value', { field: 'value', value: valueText });
  if (rankText !== undefined && !splitFigure(rankText)) return rowProblem('bad-value', { field: 'rank', value: rankText });
  if (!figure && rankText === undefined) return rowProblem('no-value', {}, valueIsPlaceholder ? 'information' : 'warning');

  const row: DatasetRow = { path, line, indicator };
  const region = clean(raw.region);
  const period = clean(raw.period);
  const unit = clean(raw.unit) ?? figure?.unit ?? defaultUnit;
  if (region) row.region = region;
  if (period) row.period = period;
  if (measure) row.measure = measure;
  if (figure) row.value = figure.value;
  if (unit) row.unit = unit;
  if (rankText) row.rank = rankText;
  for (const [field, key] of [['scope', 'scope'], ['sourceDocument', 'sourceDocument'], ['sourceLocation', 'sourceLocation'], ['note', 'note']] as const) {
    const v = clean(raw[field]);
    if (v) row[key] = v;
  }

  const dateText = clean(raw.date);
  if (dateText) {
    const date = parseDate(dateText);
    if (date) row.date = date;
    else problems.push(inputProblem('dataset-field', path, 'warning', { field: 'date', value: dateText, detail: 'bad-date' }, line));
  }
  const targetText = clean(raw.target);
  if (targetText !== undefined) {
    const target = parseTarget(targetText);
    if (target === undefined) problems.push(inputProblem('dataset-field', path, 'warning', { field: 'target', value: targetText, detail: 'bad-target' }, line));
    else if (target) row.target = true;
  }
  return { row, problems };
}
