// The dataset schema (docs/datasets.md): which column names mean which DatasetRow field, in English
// and Chinese, and how measure names are spelled.

export type DatasetField =
  | 'region' | 'period' | 'indicator' | 'measure' | 'value' | 'unit' | 'rank' | 'scope'
  | 'sourceDocument' | 'sourceLocation' | 'note' | 'date' | 'target';

const ALIASES: Record<DatasetField, string[]> = {
  region: ['region', '地区', '区域', '地方'],
  period: ['period', '时期', '时间', '期间', '年份'],
  indicator: ['indicator', '指标', '指标名称'],
  measure: ['measure', '口径', '类型'],
  value: ['value', '数值', '值', '数据'],
  unit: ['unit', '单位'],
  rank: ['rank', '位次', '排名', '排位'],
  scope: ['scope', '范围', '排名范围'],
  sourceDocument: ['source', 'sourcedocument', '来源', '出处'],
  sourceLocation: ['location', 'sourcelocation', '位置'],
  note: ['note', 'notes', '备注', '说明'],
  date: ['date', '日期', '发布日期'],
  target: ['target', '目标', '是否目标'],
};

const BY_NAME = new Map<string, DatasetField>();
for (const [field, names] of Object.entries(ALIASES) as [DatasetField, string[]][]) {
  for (const n of names) BY_NAME.set(n, field);
}

export interface Column {
  field: DatasetField;
  /** A unit written into the header, "数值（亿元）" → 亿元: the default for rows that give none. */
  unit?: string;
}

/** The field a column header stands for; case, spaces and underscores are ignored ("Source_Document"),
 * and a trailing "（…）"/"(…)" note is read as the unit of a value column. */
export function columnOf(header: string): Column | undefined {
  const trimmed = header.trim();
  const note = /[（(]([^）)]*)[）)]$/.exec(trimmed);
  const key = (note ? trimmed.slice(0, note.index) : trimmed).replace(/[\s_-]+/g, '').toLowerCase();
  const field = BY_NAME.get(key);
  if (!field) return undefined;
  const unit = note?.[1].trim();
  return field === 'value' && unit ? { field, unit } : { field };
}

export const MEASURES = ['value', 'growth', 'share', 'diff', 'rank'] as const;
export type DatasetMeasure = (typeof MEASURES)[number];

const MEASURE_ALIASES: Record<string, DatasetMeasure> = {
  value: 'value', 数值: 'value', 总量: 'value', 绝对值: 'value',
  growth: 'growth', 增速: 'growth', 增长: 'growth', 增幅: 'growth', 增长率: 'growth',
  share: 'share', 比重: 'share', 占比: 'share', 比率: 'share',
  diff: 'diff', 差值: 'diff', 百分点: 'diff', 差距: 'diff',
  rank: 'rank', 位次: 'rank', 排名: 'rank',
};

export function parseMeasure(text: string): DatasetMeasure | undefined {
  return MEASURE_ALIASES[text.trim().toLowerCase()];
}
