// Tables → dataset rows. A figure in a table (DOCX, HTML, markdown, a CSV or XLSX sheet that is not in the
// dataset schema) is one row: its indicator, region and period come from the row header (first column),
// the column header and the table's caption, the way a reader of a statistical table combines them:
//
//   表1 2022年1-7月各地区主要指标             caption: period 2022年1-7月 for every cell
//   地区   | 规上工业增加值（亿元） | 增长%      column 1: indicator + unit; column 2: a measure of column 1
//   余姚市 | 612.4               | 8.7       row header: a region (lexicon) → region, else indicator
//
// Column headers that look like periods (2020年, 1-7月, 上半年) give the period; those that look like
// measures (增长%, 增速, 比重, 位次) give the measure and belong to the nearest indicator on their left.
// Nothing is guessed beyond that: a cell without an indicator is left out.
import type { DatasetRow } from '../core/sourceDocument';
import type { Lexicon } from '../core';
import type { DatasetMeasure } from './datasetColumns';
import { splitFigure } from './datasetRow';
import { headerShareBase } from '../core/claims/markdownTables';

export interface TableCell {
  text: string;
  /** 1-based line of the cell in the file (or in the extracted text of DOCX/PDF). */
  line?: number;
}

export interface SourceTable {
  /** Rows of cells, merged cells already repeated over the columns they span. */
  rows: TableCell[][];
  /** The table's caption or the paragraph just above it (表1 2022年1-7月各地区主要指标). */
  caption?: string;
  /** The document's title: a fallback for region and period. */
  title?: string;
  /** The place the document is about, as its text is read: the region of a table whose caption and
   * title name none (全省居民人均消费支出构成 in a release of 浙江省统计局). */
  place?: string;
  /** How cells are named in sourceLocation: "表2" → "表2 第3行第4列". */
  label: string;
  /** Names a cell instead (0-based indexes into `rows`): a spreadsheet says "分地区!B3". */
  cellName?: (row: number, col: number) => string;
}

export interface TableOptions {
  lexicon: Lexicon;
  /** Adds rank rows computed from a column of region figures (ties share a rank). Off by default. */
  deriveRanks?: boolean;
}

/** What a header (or caption) says about the cells under it. */
export interface HeaderInfo {
  indicator?: string;
  region?: string;
  period?: string;
  measure?: DatasetMeasure;
  unit?: string;
  /** The rank scope a caption names (宁波各县（市、区）). */
  scope?: string;
  /** A "单位" column: its cells give the unit of their row. */
  unitColumn?: boolean;
  /** A rank column's header that says it ranks the growth (增速位次). */
  rankBasis?: 'growth';
}

const YEAR = String.raw`(?:19|20)\d{2}\s*年(?:度)?`;
const PART = String.raw`(?:\d{1,2}\s*[-—–－~～至到]\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:份)?|[一二三四1-4]\s*季度|第[一二三四]季度|前[二三]季度|[上下]半年|全年|1-\d{1,2}月)`;
const PERIOD = new RegExp(`(?:${YEAR})?\\s*(?:${PART})(?:累计)?|${YEAR}`, 'u');
const YEAR_IN = /(?:19|20)\d{2}/;
const PERIOD_ONLY = new RegExp(`^(?:${PERIOD.source})$`, 'u');

/** Measure words in headers, longest first. */
const MEASURE_WORDS: [RegExp, DatasetMeasure][] = [
  [/比上年(?:同期)?增减(?:百分点)?|增减百分点|百分点/, 'diff'],
  [/(?:比上年(?:同期)?|同比)?(?:增长率|增长|增速|增幅|增减)(?:率)?|±\s*%|同比/, 'growth'],
  [/比重|占比|构成/, 'share'],
  [/位次|排名|排位|名次/, 'rank'],
  [/总量|绝对值|绝对数|数值|金额/, 'value'],
];

/** Words that say nothing about the figure: dropped from headers before the indicator is read. */
const FILLER = /^(?:其中|#|＃|\*|：|:|、|\s)+|(?:本月|本期|本年|累计)$|[：:]$/g;
const ROW_HEADER_NAMES = /^(?:地区|区域|地方|县市区|县（市、区）|县\(市、区\)|单位|指标|指标名称|项目|名称|类别|分组|年份|时间|时期)?$/;
const TOTAL_ROWS = /^(?:全市|全省|全国|全区|全县|合计|总计|小计|总数|全部)$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
/** Headers that say what a product row's figure is of the product (产量 of 天然气). */
const PRODUCT_MEASURE = /^(?:产量|销量|产值|出口量|进口量|销售量|发电量|吞吐量)$/;
const UNIT_WORD = /(?:^|\s)((?:亿|万|千|百)?(?:元|美元|人民币|人|吨|户|家|个|项|件|辆|千瓦时|平方米|公里|公顷|亩)|%|％)$/;
const SCOPE = /各(?:设区市|市[（(]州[)）]|市州|县[（(]市、区[)）]|县市区|区县[（(]市[)）]|县[（(]市[)）]|区县|区[（(]县、市[)）]|地区|城市|乡镇[（(]街道[)）]|乡镇|镇[（(]街道[)）])/;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "规上工业增加值（亿元）" → unit 亿元; "增长%" → %; "单位：亿元" in a caption → 亿元. */
function takeUnit(text: string): { rest: string; unit?: string } {
  const said = /[（(]?\s*单位\s*[：:]\s*([^）)\s，,；;]+)[）)]?/.exec(text);
  if (said) return { rest: (text.slice(0, said.index) + text.slice(said.index + said[0].length)).trim(), unit: said[1] };
  const bracket = /[（(]\s*([^（()）]{1,8})\s*[)）]\s*$/.exec(text);
  if (bracket && !/[县市区镇]/.test(bracket[1])) return { rest: text.slice(0, bracket.index).trim(), unit: bracket[1].trim() };
  if (/[%％]\s*$/.test(text)) return { rest: text.replace(/\s*[%％]\s*$/, '').trim(), unit: '%' };
  return { rest: text };
}

/** Reads a header cell or a caption. `lexicon` finds regions; a region is only taken from a header that is
 * nothing but the region's name (余姚市), or from a caption anywhere in it. */
export function parseHeader(text: string, lexicon: Lexicon, caption = false): HeaderInfo {
  const info: HeaderInfo = {};
  let rest = clean(text);
  if (caption) rest = rest.replace(/^(?:附)?表\s*[0-9０-９一二三四五六七八九十]+\s*[.:：、．-]?\s*/, '');
  if (!caption && UNIT_HEADER.test(rest)) return { unitColumn: true };
  const scope = caption ? SCOPE.exec(rest) : null;
  if (scope) {
    // 宁波各县（市、区）: the region just before 各 is the whole the parts are ranked in.
    const whole = lexicon.findRegions(rest.slice(0, scope.index)).find((m) => m.end === scope.index && !m.self);
    const start = whole ? whole.start : scope.index;
    info.scope = rest.slice(start, scope.index + scope[0].length);
    if (whole) info.region = whole.name;
    rest = `${rest.slice(0, start)} ${rest.slice(scope.index + scope[0].length)}`;
  }
  // A sub-header that is only a unit (地区生产总值 over 亿元) is the unit.
  const bare = UNIT_WORD.exec(rest);
  if (bare) {
    info.unit = bare[1];
    rest = rest.slice(0, bare.index).trim();
  }
  const unit = takeUnit(rest);
  rest = unit.rest;
  if (unit.unit) info.unit ??= unit.unit;
  const period = PERIOD.exec(rest);
  if (period) {
    info.period = period[0].replace(/\s+/g, '').replace(/累计$/, '');
    rest = (rest.slice(0, period.index) + ' ' + rest.slice(period.index + period[0].length)).trim();
  }
  for (const [re, measure] of MEASURE_WORDS) {
    const m = re.exec(rest);
    if (m) {
      info.measure = measure;
      rest = (rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length)).trim();
      break;
    }
  }
  // 全省位次, 增速全省排名: the words of a rank header name its field (and what it ranks by).
  if (info.measure === 'rank' && !caption) {
    const words = rest.replace(/\s+/g, '');
    const basis = /^(增速|增幅|增长)/.exec(words);
    if (basis) info.rankBasis = 'growth';
    const field = words.replace(/^(增速|增幅|增长|总量|规模)/, '').replace(/^在/, '').replace(/中$/, '');
    if (field.length >= 2) info.scope = field;
    if (basis || field.length >= 2) rest = '';
  }
  if (info.measure === 'growth' || info.measure === 'share') info.unit ??= '%';
  if (info.measure === 'diff') info.unit ??= '个百分点';
  rest = rest.replace(FILLER, '').replace(/[（(]\s*[)）]/g, '').trim();
  if (caption) {
    const mentions = lexicon.findRegions(rest).filter((m) => !m.self);
    if (mentions.length && !info.region) {
      info.region = mentions[0].name;
      rest = rest.slice(0, mentions[0].start) + rest.slice(mentions[0].end);
    }
    // (…增速及位次: what the columns measure, each header says for itself.)
    rest = rest.replace(/主要|经济|指标|情况|统计|一览|数据|简况|位次|排名|排位|名次|增速|增幅|表$|及其?|和|的|[()（）、，,]/g, '').trim();
  } else if (rest) {
    const region = regionOf(rest, lexicon);
    if (region) return { ...info, region };
  }
  const indicator = rest.replace(/\s+/g, '');
  if (indicator.length >= 2 && !ROW_HEADER_NAMES.test(indicator) && !/^[\d.]+$/.test(indicator)) info.indicator = indicator;
  return info;
}

/** The canonical region a header names, when the header is nothing but a region. */
function regionOf(text: string, lexicon: Lexicon): string | undefined {
  const name = text.replace(/\s+/g, '');
  const direct = lexicon.canonicalRegion(name);
  if (direct) return direct;
  const mentions = lexicon.findRegions(name);
  return mentions.length === 1 && mentions[0].start === 0 && mentions[0].end === name.length && !mentions[0].self ? mentions[0].name : undefined;
}

/** True when a cell holds a figure (a number, a percentage, a rank). */
function isFigure(text: string): boolean {
  const t = text.trim();
  if (PERIOD_ONLY.test(t)) return false;
  return t !== '' && splitFigure(t) !== undefined && /[\d０-９]|^[第前]|首位|居首|末位/.test(t);
}

/** A period without a year takes the caption's year: 1-7月 under "2022年…" is 2022年1-7月. */
function withYear(period: string | undefined, context: string | undefined): string | undefined {
  if (!period) return context;
  if (YEAR_IN.test(period) || !context) return period;
  const year = /(?:19|20)\d{2}年/.exec(context);
  return year ? `${year[0]}${period}` : period;
}

interface Cell { row: number; col: number; line?: number }

export function tableRows(table: SourceTable, path: string, options: TableOptions): DatasetRow[] {
  const { lexicon } = options;
  // Blank rows are dropped; `at` keeps each row's index in table.rows for naming cells.
  const at: number[] = [];
  const rows = table.rows.filter((r, i) => r.some((c) => c.text.trim()) && at.push(i) > 0);
  if (rows.length < 2) return [];
  const cellName = (r: number, c: number): string => (table.cellName ? table.cellName(at[r], c) : `${table.label} 第${at[r] + 1}行第${c + 1}列`);
  const width = Math.max(...rows.map((r) => r.length));
  const text = (r: number, c: number): string => clean(rows[r]?.[c]?.text ?? '');

  // Header rows: the leading rows without a figure outside the first column (at most three).
  let headerRows = 0;
  while (headerRows < Math.min(3, rows.length - 1) && !rows[headerRows].slice(1).some((c) => isFigure(c.text))) headerRows++;
  if (headerRows === 0) return [];

  const context: HeaderInfo = {};
  for (const source of [table.caption, table.title]) {
    if (!source) continue;
    const info = parseHeader(source, lexicon, true);
    context.region ??= info.region;
    context.period ??= info.period;
    context.unit ??= source === table.caption ? info.unit : undefined;
    context.scope ??= info.scope;
    context.indicator ??= source === table.caption ? info.indicator : undefined;
    // (表1　主要经济指标累计增速走势（%）: every cell is a growth.)
    context.measure ??= source === table.caption ? info.measure : undefined;
  }
  context.region ??= table.place;

  const columns: HeaderInfo[] = [];
  /** Per column, the base its header names a share of (占进出口总值比重 → 进出口总值). */
  const shareBases: (string | undefined)[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const t = text(r, c);
      if (t && !parts.includes(t)) parts.push(t);
    }
    columns.push(parseHeader(parts.join(' '), lexicon));
    shareBases.push(headerShareBase(parts.join(''), lexicon));
  }
  // A measure column (增长%) without an indicator of its own belongs to the nearest indicator on its left.
  const columnIndicator = (c: number): string | undefined => {
    for (let k = c; k >= 1; k--) {
      if (columns[k].indicator) return columns[k].indicator;
      if (k < c && !columns[k].measure && !columns[k].period) break;
    }
    return undefined;
  };
  // …and so does its period: 增长% beside 1-7月 is the growth of 1-7月.
  const columnPeriod = (c: number): string | undefined => {
    for (let k = c; k >= 1; k--) {
      if (columns[k].period) return columns[k].period;
      if (k < c && !columns[k].measure) break;
    }
    return undefined;
  };
  const unitCol = columns.findIndex((h) => h.unitColumn);
  // The title's measure holds when no column says one or names an indicator (columns of periods).
  const captionMeasure = columns.slice(1).every((h) => !h.measure && !h.indicator) ? context.measure : undefined;

  const out: DatasetRow[] = [];
  const derived: { row: DatasetRow; value: number; col: number; isTotal: boolean; cell: Cell }[] = [];
  for (let r = headerRows; r < rows.length; r++) {
    const headerText = text(r, 0);
    const isTotal = TOTAL_ROWS.test(headerText.replace(/\s+/g, ''));
    const rowInfo: HeaderInfo = isTotal ? { region: context.region } : parseHeader(headerText, lexicon);
    if (isTotal && !context.region) continue;
    // | 纱 | 万吨 | 231.5 |: a product named in one character is too short to stand as an indicator alone,
    // but it still names the row; its figures are not the column's bare 产量.
    const shortProduct = !isTotal && !rowInfo.indicator && !rowInfo.region ? /^\p{Script=Han}$/u.exec(headerText.replace(FILLER, '').trim())?.[0] : undefined;
    const rowUnit = unitCol > 0 ? text(r, unitCol) : '';
    for (let c = 1; c < width; c++) {
      if (c === unitCol) continue;
      const cellText = text(r, c);
      if (!isFigure(cellText)) continue;
      const col = columns[c];
      // | 天然气 | 亿立方米 | 311.5 | 4.6 | under 产量, 比上年增长: a product's row measures its output.
      const colWord = col.indicator ?? columnIndicator(c);
      if (shortProduct && !(colWord && PRODUCT_MEASURE.test(colWord))) continue;
      const rowWord = rowInfo.indicator ?? shortProduct;
      const indicator = rowWord && colWord && PRODUCT_MEASURE.test(colWord) && !rowWord.endsWith(colWord) ? `${rowWord}${colWord}` : rowInfo.indicator ?? colWord ?? context.indicator;
      if (!indicator) continue;
      const measure = col.measure ?? rowInfo.measure ?? captionMeasure;
      const figure = splitFigure(cellText);
      if (!figure) continue;
      // | 合计 | 253.8 | 100.0 |: the total's share of itself says nothing of the whole's indicator.
      if (isTotal && measure === 'share' && Number(figure.value) === 100) continue;
      const unit = figure.unit ?? (measure === 'growth' || measure === 'share' || measure === 'diff' ? col.unit ?? rowInfo.unit ?? (measure === captionMeasure ? context.unit : undefined) : rowInfo.unit ?? col.unit ?? (rowUnit && !/^[-—–]+$/.test(rowUnit) ? rowUnit : undefined) ?? context.unit);
      // | 跨境电商 | 243.6 | 31.4 | 3.5 | under 占进出口总值比重（%）: the row's share of that base, not of the place.
      const base = measure === 'share' && rowInfo.indicator && !indicator.includes('占') ? shareBases[c] : undefined;
      const row: DatasetRow = { path, line: rows[r][c]?.line ?? rows[r][0]?.line ?? r + 1, indicator: base ? `${indicator}占${base}比重` : indicator };
      const region = rowInfo.region ?? col.region ?? context.region;
      const period = withYear(rowInfo.period ?? columnPeriod(c), context.period) ?? context.period;
      if (region) row.region = region;
      if (period) row.period = period;
      if (measure === 'rank') row.rank = figure.value;
      else {
        if (measure) row.measure = measure;
        row.value = figure.value;
        if (unit) row.unit = unit;
      }
      if (measure === 'rank') row.measure = 'rank';
      if (measure === 'rank' && (col.scope || context.scope)) row.scope = col.scope ?? scopeOf(context);
      // | 同比增长% | 全省位次 |: a rank beside a growth column, or under 增速位次, ranks the growth.
      if (measure === 'rank' && !rowInfo.indicator?.match(/增速|增幅|增长|比重|占比/) && (col.rankBasis || columns[c - 1]?.measure === 'growth')) row.indicator = `${indicator}增速`;
      row.sourceLocation = cellName(r, c);
      // Named like the document it stands in (its caption, else the document's title), not by its path.
      if (table.caption || table.title) row.sourceDocument = clean(table.caption || table.title || '');
      out.push(row);
      const value = Number(figure.value.replace(/[,，]/g, '').replace(/[０-９．]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
      if (options.deriveRanks && rowInfo.region && !rowInfo.indicator && measure !== 'rank' && Number.isFinite(value)) {
        derived.push({ row, value, col: c, isTotal, cell: { row: r, col: c, line: row.line } });
      }
    }
  }
  if (options.deriveRanks) out.push(...rankRows(derived, context, table));
  return out;
}

function scopeOf(context: HeaderInfo): string | undefined {
  if (!context.scope) return undefined;
  return /^各/.test(context.scope) && context.region ? `${context.region.replace(/市$/, '')}${context.scope}` : context.scope;
}

/** Ranks within each column of region figures, largest first; equal figures share a rank (1, 2, 2, 4).
 * The total row (全市, or the caption's own region) is not ranked. */
function rankRows(cells: { row: DatasetRow; value: number; col: number; isTotal: boolean }[], context: HeaderInfo, table: SourceTable): DatasetRow[] {
  const out: DatasetRow[] = [];
  const byColumn = new Map<number, typeof cells>();
  for (const c of cells) {
    if (c.isTotal || (context.region && c.row.region === context.region)) continue;
    const list = byColumn.get(c.col);
    if (list) list.push(c);
    else byColumn.set(c.col, [c]);
  }
  for (const list of byColumn.values()) {
    if (list.length < 3 || new Set(list.map((c) => c.row.region)).size !== list.length) continue;
    const sorted = [...list].sort((a, b) => b.value - a.value);
    for (const c of sorted) {
      const rank = sorted.findIndex((o) => o.value === c.value) + 1;
      const basis = c.row.measure === 'growth' ? '增速' : c.row.measure === 'share' ? '比重' : '';
      const row: DatasetRow = {
        path: c.row.path,
        line: c.row.line,
        indicator: `${c.row.indicator}${basis}`,
        measure: 'rank',
        rank: String(rank),
        note: `由${table.label}中${sorted.length}个地区的数值排序得出${sorted.filter((o) => o.value === c.value).length > 1 ? '（并列）' : ''}`,
      };
      if (c.row.region) row.region = c.row.region;
      if (c.row.period) row.period = c.row.period;
      const scope = scopeOf(context);
      if (scope) row.scope = scope;
      if (c.row.sourceLocation) row.sourceLocation = c.row.sourceLocation;
      if (c.row.sourceDocument) row.sourceDocument = c.row.sourceDocument;
      out.push(row);
    }
  }
  return out;
}
