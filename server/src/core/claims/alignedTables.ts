// Tables laid out with spaces, as statistical yearbooks and bulletins copied out of a PDF are:
//
//   表2  2023年各县（市、区）生产安全事故情况
//                                          单位：起、人、%
//   地区          事故起数   死亡人数   死亡人数同比增减
//   章贡区           16         14          -17.6
//
// Read into the same cells as a markdown table (markdownTables.ts): a row's first cell is its label, a
// column's header its cue, and the unit of a bare number comes from the header, the 单位 line above the
// table, or a 单位 column of the row.
import { linesOf, type Line, type TableCell } from './markdownTables';

interface Piece { start: number; end: number; text: string }

/** Two spaces or more, a tab or an ideographic space part the cells of a row. */
const GAP = /[ \t\u3000]{2,}|\t|\u3000/g;
const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?$/;
const EMPTY = /^(?:-|—|–|…|\/)$/;
/** A unit written in its own column (起, 公顷, 万元), never a word of a sentence. */
const UNIT_CELL = /^[\u4e00-\u9fff%‰/（）()]{1,6}$/;
/** A change written out in a cell: 提高6.4个百分点, 下降0.3%. */
const FIGURE_CELL = /^[\u4e00-\u9fff]{0,4}-?[0-9]+(?:\.[0-9]+)?[\u4e00-\u9fff%‰]{0,5}$/;
const SENTENCE_PUNCTUATION = /[。；;，,！？]/;
const UNITS_LINE = /^\s*(?:计量)?单位[:：]\s*(.+?)\s*$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A column of rates: its numbers are per cent when the table's units say so. */
const RATE_HEADER = /(?:增减|增长|增速|增幅|降幅|占比|比重|比例|率)(?:[(（]%[)）])?$/;
/** A column counting things: 事故起数 in 起, 死亡人数 in 人. */
const COUNT_HEADER: [RegExp, string][] = [[/起数$/, '起'], [/人数$/, '人'], [/户数$/, '户'], [/家数$/, '家'], [/个数$/, '个'], [/件数$/, '件'], [/次数$/, '次']];
/** A unit the header already gives: 同比增减（%）, 金额（万元）. */
const BRACKET_UNIT = /[（(][^（）()]{1,6}[）)]\s*$/;

function piecesOf(line: Line): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  const text = line.text;
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); ; m = GAP.exec(text)) {
    const to = m ? m.index : text.length;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim();
    if (cell) out.push({ start: line.start + from + lead, end: line.start + from + lead + cell.length, text: cell });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function isHeader(pieces: Piece[]): boolean {
  return pieces.length >= 3 && pieces.every((p) => !NUMBER.test(p.text) && !SENTENCE_PUNCTUATION.test(p.text) && p.text.length <= 16);
}

/** A row of the table: a label, then numbers (or a unit, or a dash) in every column. */
function isRow(pieces: Piece[], columns: number): boolean {
  if (pieces.length !== columns || NUMBER.test(pieces[0].text) || SENTENCE_PUNCTUATION.test(pieces[0].text)) return false;
  const rest = pieces.slice(1);
  return rest.some((p) => NUMBER.test(p.text)) && rest.every((p) => NUMBER.test(p.text) || EMPTY.test(p.text) || UNIT_CELL.test(p.text) || FIGURE_CELL.test(p.text));
}

/** The unit the numbers of a column are in, when its header does not say. */
function columnUnit(header: string, units: readonly string[] | undefined, rowUnit: string | undefined): string | undefined {
  if (BRACKET_UNIT.test(header)) return undefined;
  if (RATE_HEADER.test(header)) return !units || units.includes('%') ? '%' : undefined;
  if (rowUnit) return rowUnit;
  for (const [pattern, unit] of COUNT_HEADER) if (pattern.test(header) && (!units || units.includes(unit))) return unit;
  return units?.length === 1 ? units[0] : undefined;
}

/** The title and the units line above a header (within three lines, blank lines skipped). */
function above(lines: readonly Line[], header: number): { caption?: string; units?: string[] } {
  const out: { caption?: string; units?: string[] } = {};
  for (let k = header - 1; k >= 0 && k >= header - 3; k--) {
    const t = lines[k].text.trim();
    if (!t) continue;
    const units = UNITS_LINE.exec(t);
    if (units && !out.units) out.units = units[1].split(/[、，,\s]+/).filter(Boolean);
    else if (!SENTENCE_PUNCTUATION.test(t) && t.length <= 60) {
      out.caption = t.replace(/\s{2,}/g, ' ');
      break;
    } else break;
  }
  return out;
}

/** The cells of every space-aligned table in the text, in order. */
export function findAlignedTableCells(text: string): TableCell[] {
  // Most texts have no run of four spaces: they hold no such table.
  if (!text.includes('    ') && !text.includes('\t') && !text.includes('\u3000\u3000')) return [];
  const lines = linesOf(text);
  const out: TableCell[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    if (!/\S[ \t\u3000]{2,}\S/.test(lines[i].text) || lines[i].text.includes('|')) continue;
    const head = piecesOf(lines[i]);
    if (!isHeader(head)) continue;
    const rows: Piece[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const pieces = piecesOf(lines[j]);
      if (!isRow(pieces, head.length)) break;
      rows.push(pieces);
    }
    // (Two rows at least: a line of three words and one of numbers may be anything.)
    if (rows.length < 2) continue;
    const headers = head.map((p) => p.text);
    const { caption, units } = above(lines, i);
    const unitColumn = headers.findIndex((h) => UNIT_HEADER.test(h));
    for (const row of rows) {
      const rowLabel = row[0].text;
      // (万件（套）: what the bracket adds is no part of the unit.)
      const rowUnit = unitColumn > 0 ? row[unitColumn].text.replace(/[（(][^（）()]*[)）]$/, '') : undefined;
      row.forEach((p, k) => {
        // (The 单位 cell itself holds no number: a cell still, so its row's numbers stand in clauses of their own.)
        const unit = k > 0 && k !== unitColumn ? columnUnit(headers[k], units, rowUnit) : undefined;
        const header = k === 0 ? '' : unit ? `${headers[k]}（${unit}）` : headers[k];
        const cell: TableCell = { start: p.start, end: p.end, header, rowLabel, headers, column: k };
        if (caption) cell.caption = caption;
        out.push(cell);
      });
    }
    i = j - 1;
  }
  return out;
}
