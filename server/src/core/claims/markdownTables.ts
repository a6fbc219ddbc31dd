// Markdown tables in a draft or a source: | 指标 | 数值 | 增长 | rows. A figure in a cell is read with
// its row's label as the indicator and its column's header as the cue (增长 → growth, 比重 → share).

export interface TableCell {
  start: number;
  end: number;
  /** The header of the cell's column (增长, 2020年, 比重 …). */
  header: string;
  /** The first cell of the row (地区生产总值). */
  rowLabel: string;
}

const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

interface Line { start: number; text: string }

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

/** The cells of every markdown table in the text, in order. */
export function findTableCells(text: string): TableCell[] {
  if (!text.includes('|')) return [];
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, text: text.slice(start, i).replace(/\r$/, '') });
      start = i + 1;
    }
  }
  const out: TableCell[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!ROW.test(lines[i].text) || !SEPARATOR.test(lines[i + 1].text)) continue;
    const headers = cellsOf(lines[i]).map((c) => c.text);
    let j = i + 2;
    for (; j < lines.length && ROW.test(lines[j].text); j++) {
      const cells = cellsOf(lines[j]);
      const rowLabel = cells[0]?.text ?? '';
      cells.forEach((c, k) => out.push({ start: c.start, end: c.end, header: k === 0 ? '' : headers[k] ?? '', rowLabel }));
    }
    i = j - 1;
  }
  return out;
}

/** Replaces the pipes of table rows with clause breaks, one character for one (offsets kept). */
export function pipesToCommas(text: string, cells: TableCell[]): string {
  if (!cells.length) return text;
  const chars = text.split('');
  for (const c of cells) {
    if (chars[c.start - 1] === '|') chars[c.start - 1] = '，';
    if (chars[c.end] === '|') chars[c.end] = '，';
  }
  return chars.join('');
}

/** The cell holding `offset`, by binary search over cells in text order. */
export function cellAt(cells: TableCell[], offset: number): TableCell | undefined {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < cells[mid].start) hi = mid - 1;
    else if (offset >= cells[mid].end) lo = mid + 1;
    else return cells[mid];
  }
  return undefined;
}
