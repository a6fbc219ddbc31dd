// Markdown tables in a draft or a source: | 指标 | 数值 | 增长 | rows. A figure in a cell is read with
// its row's label as the indicator and its column's header as the cue (增长 → growth, 比重 → share);
// in a table of places (| 城市 | 地区生产总值（亿元） | 同比增长（%） |) the row's label is the region and
// the headers name the indicator and the unit of the bare numbers under them.
import type { Lexicon } from '../lexicon/lexicon';
import { findFigures, type RawFigure } from './findFigures';
import { spanIndexAt } from '../text/spanIndex';

export interface TableCell {
  start: number;
  end: number;
  /** The header of the cell's column (增长, 2020年, 比重 …). */
  header: string;
  /** The first cell of the row (地区生产总值). */
  rowLabel: string;
  /** Every header of the table, and the cell's column among them. */
  headers: readonly string[];
  column: number;
  /** The table's title on the line above it (表2　各设区市规上工业增加值增速及位次), if any. */
  caption?: string;
}

const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A line of text and where it starts (a trailing \r dropped). */
export interface Line { start: number; text: string }

/** The text's lines, each with its offset. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      lines.push({ start, text: text.slice(start, i).replace(/\r$/, '') });
      start = i + 1;
    }
  }
  return lines;
}

function cellsOf(line: Line): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const first = line.text.indexOf('|');
  const last = line.text.lastIndexOf('|');
  let from = first + 1;
  for (let i = from; i <= last; i++) {
    if (line.text[i] !== '|') continue;
    out.push({ start: line.start + from, end: line.start + i, text: line.text.slice(from, i).trim() });
    from = i + 1;
  }
  return out;
}

/** A column header naming a share's base: 占进出口总值比重（%）, 占全部比重. */
const SHARE_BASE_HEADER = /占([\u4e00-\u9fff]{2,12}?)的?(?:比重|比例|份额)/;

/** The base a share column's header names (进出口总值 in 占进出口总值比重（%）), unless it is a place
 * (占全省比重: the place's share, named by the place). */
export function headerShareBase(header: string, lexicon: Lexicon): string | undefined {
  const base = SHARE_BASE_HEADER.exec(header)?.[1];
  return base && !lexicon.findRegions(base).length ? base : undefined;
}

/** The cells of every markdown table in the text, in order. */
export function findTableCells(text: string): TableCell[] {
  if (!text.includes('|')) return [];
  const lines = linesOf(text);
  const out: TableCell[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!ROW.test(lines[i].text) || !SEPARATOR.test(lines[i + 1].text)) continue;
    const headers = cellsOf(lines[i]).map((c) => c.text);
    const caption = captionAbove(lines, i);
    let j = i + 2;
    for (; j < lines.length && ROW.test(lines[j].text); j++) {
      const cells = cellsOf(lines[j]);
      const rowLabel = cells[0]?.text ?? '';
      cells.forEach((c, k) => {
        const cell: TableCell = { start: c.start, end: c.end, header: k === 0 ? '' : headers[k] ?? '', rowLabel, headers, column: k };
        if (caption) cell.caption = caption;
        out.push(cell);
      });
    }
    i = j - 1;
  }
  return out;
}

/** A short line without sentence punctuation just above a table's header row (one blank line between at most). */
function captionAbove(lines: readonly Line[], header: number): string | undefined {
  for (let k = header - 1; k >= 0 && k >= header - 2; k--) {
    // (**表2　…** : markdown emphasis is no part of it.)
    const t = lines[k].text.replace(/^[\s*_#]+|[\s*_]+$/g, '');
    if (!t) continue;
    return t.length <= 60 && !ROW.test(t) && !/[。；;]$/.test(t) ? t : undefined;
  }
  return undefined;
}

/** Replaces the pipes of table rows (and the first space after a cell of a table laid out with spaces)
 * with clause breaks, one character for one (offsets kept). */
export function pipesToCommas(text: string, cells: TableCell[]): string {
  if (!cells.length) return text;
  const chars = text.split('');
  for (const c of cells) {
    if (chars[c.start - 1] === '|') chars[c.start - 1] = '，';
    const after = chars[c.end];
    if (after === '|' || after === ' ' || after === '\t' || after === '\u3000') chars[c.end] = '，';
  }
  return chars.join('');
}

/** The cell holding `offset`, by binary search over cells in text order. */
export function cellAt(cells: TableCell[], offset: number): TableCell | undefined {
  const i = spanIndexAt(cells, offset);
  return i < 0 ? undefined : cells[i];
}

/** The unit a header gives the bare numbers under it: 地区生产总值（亿元）, 同比增长(%), 金额（单位：万元）. */
const HEADER_UNIT = /[（(]\s*(?:单位[:：])?\s*([^（）()]{1,6}?)\s*[）)]\s*$/;
/** A cell that holds nothing but a number. */
const BARE_NUMBER = /^(\s*)(-?[0-9]+(?:\.[0-9]+)?)\s*$/;

function headerUnit(header: string): string | undefined {
  const unit = HEADER_UNIT.exec(header)?.[1];
  // 比上年末提高（百分点）: a column of points.
  return unit === '百分点' ? '个百分点' : unit;
}

/** A header without its unit: 地区生产总值（亿元） → 地区生产总值. */
export function headerWords(header: string): string {
  return header.replace(HEADER_UNIT, '').trim();
}

/**
 * `found` (the figures of text[from, to)) with the bare numbers of cells whose header gives their unit
 * (| 7852.2 | under 地区生产总值（亿元）), each spanning the number alone; in text order.
 */
export function withHeaderUnits(text: string, from: number, to: number, cells: readonly TableCell[], found: RawFigure[]): RawFigure[] {
  const added: RawFigure[] = [];
  for (let i = firstCellFrom(cells, from); i < cells.length && cells[i].start < to; i++) {
    const c = cells[i];
    // (A title's unit, 主要指标累计增速走势（%）, holds for headers without one.)
    const unit = c.column > 0 ? headerUnit(c.header) ?? (c.caption ? headerUnit(c.caption) : undefined) : undefined;
    const m = unit ? BARE_NUMBER.exec(text.slice(c.start, c.end)) : null;
    if (!unit || !m) continue;
    const [fig] = findFigures(`${m[2]}${unit}`);
    if (!fig || fig.start !== 0 || fig.end !== m[2].length + unit.length) continue;
    const start = c.start + m[1].length;
    added.push({ ...fig, start, end: start + m[2].length, suffix: '', impliedSuffix: unit });
  }
  if (!added.length) return found;
  return [...found, ...added].sort((a, b) => a.start - b.start);
}

function firstCellFrom(cells: readonly TableCell[], offset: number): number {
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The place a cell's row or column names, when its label or header is nothing but a place. */
export function cellPlace(cell: TableCell, lexicon: Lexicon): string | undefined {
  for (const label of [cell.rowLabel.trim(), headerWords(cell.header)]) {
    const r = lexicon.regionAt(label, 0);
    if (r && !r.self && r.end === label.length) return r.name;
  }
  return undefined;
}

/**
 * What a cell's figure measures when its row is a place: its header's words, else those of the nearest
 * header to its left that names something (同比增长（%） after 地区生产总值（亿元）). `clean` turns words
 * into an indicator ('' for nothing but measure words).
 */
export function cellIndicatorFromHeaders(cell: TableCell, clean: (words: string) => string): string {
  for (let k = cell.column; k >= 1; k--) {
    const words = headerWords(cell.headers[k] ?? '');
    // 位次, 1—5月位次, 位次变化: a column of ranks names nothing measured.
    if (RANK_HEADER.test(words)) continue;
    const name = clean(words);
    if (name) return name;
  }
  // …else what the table's title says it measures (表2　各设区市规上工业增加值增速及位次).
  return cell.caption ? clean(captionWords(cell.caption)) : '';
}

/**
 * The words that cue a cell's measure (增长, 比重): its header's, after the table's title's when the
 * header is no more than a period (| 1—2月 | under 主要指标累计增速走势（%）).
 */
export function cellCue(cell: TableCell): string {
  return cell.caption && !/[\u4e00-\u9fff]{2}/.test(cell.header) ? `${cell.caption}${cell.header}` : cell.header;
}

const RANK_HEADER = /(位次|排名|名次|排位|排序)(变化|变动)?$/;

/** A table's title less its number, its field (各设区市) and its measure words: 规上工业增加值. */
function captionWords(caption: string): string {
  let s = caption.replace(/^表\s*[0-9一二三四五六七八九十]+[\s\u3000:：.、]*/, '');
  s = s.replace(/^.*?各(?:设区市|市州|县（市、区）|县\(市、区\)|县市区|区县（市）|区县|县区|城市|市|县|区)/, '');
  for (let guard = 0; guard < 4; guard++) s = s.replace(/(?:及|和|与|、)?(?:增速|增幅|增长|比重|占比|情况|位次|排名|排位|排序|主要指标)$/, '');
  return s;
}
