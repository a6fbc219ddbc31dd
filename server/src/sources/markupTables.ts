// Tables inside text sources, as grids for tableFacts.ts: HTML <table> (saved statistics pages) and
// markdown pipe tables. Each cell keeps the 1-based line it is on in the file, for provenance.
import { Parser } from 'htmlparser2';
import { positionLookup } from './mappedText';
import type { SourceTable, TableCell } from './tableFacts';

const CAPTION = /^(?:附)?表\s*[0-9０-９一二三四五六七八九十]+/;
const SKIPPED = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'svg', 'select']);
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'caption', 'section', 'article', 'br']);

/** A short line just above a table that names it (表1 …, or a heading-like line). */
function captionOf(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return CAPTION.test(t) || (t.length <= 50 && !/[。；;，,]$/.test(t)) ? t : undefined;
}

export function htmlTables(html: string): SourceTable[] {
  const lineAt = positionLookup(html);
  const tables: SourceTable[] = [];
  let title: string | undefined;
  let inTitle = false;
  let skip = 0;
  let depth = 0;
  let lastBlock = '';
  let block = '';
  let grid: { rows: TableCell[][]; caption?: string; explicitCaption?: string; spans: Map<number, { text: string; left: number }> } | undefined;
  let row: TableCell[] | undefined;
  let cell: { text: string; line: number; colspan: number; rowspan: number } | undefined;
  let inCaption = false;
  let captionText = '';

  const endBlock = () => {
    const t = block.replace(/\s+/g, ' ').trim();
    if (t) lastBlock = t;
    block = '';
  };
  const fill = (r: TableCell[]) => {
    if (!grid) return;
    for (let s = grid.spans.get(r.length); s; s = grid.spans.get(r.length)) {
      r.push({ text: s.text, line: r[0]?.line });
      if (--s.left <= 0) grid.spans.delete(r.length - 1);
    }
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) skip++;
        if (skip) return;
        if (name === 'table') {
          depth++;
          if (depth === 1) {
            endBlock();
            grid = { rows: [], caption: captionOf(lastBlock), spans: new Map() };
          }
          return;
        }
        if (depth !== 1 || !grid) {
          if (BLOCKS.has(name)) endBlock();
          return;
        }
        if (name === 'caption') {
          inCaption = true;
          captionText = '';
        } else if (name === 'tr') row = [];
        else if ((name === 'td' || name === 'th') && row) {
          cell = {
            text: '',
            line: lineAt(parser.startIndex).line + 1,
            colspan: Math.min(50, Math.max(1, Number(attribs.colspan) || 1)),
            rowspan: Math.min(500, Math.max(1, Number(attribs.rowspan) || 1)),
          };
        } else if (name === 'br' && cell) cell.text += ' ';
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (name === 'table') {
          depth = Math.max(0, depth - 1);
          if (depth === 0 && grid) {
            tables.push({ rows: grid.rows, caption: grid.explicitCaption ?? grid.caption, title, label: `表${tables.length + 1}` });
            grid = undefined;
            lastBlock = '';
          }
          return;
        }
        if (depth !== 1 || !grid) {
          if (BLOCKS.has(name)) endBlock();
          return;
        }
        if (name === 'caption') {
          inCaption = false;
          grid.explicitCaption = captionText.replace(/\s+/g, ' ').trim() || undefined;
        } else if ((name === 'td' || name === 'th') && row && cell) {
          fill(row);
          const text = cell.text.replace(/\s+/g, ' ').trim();
          for (let k = 0; k < cell.colspan; k++) {
            if (cell.rowspan > 1) grid.spans.set(row.length, { text, left: cell.rowspan - 1 });
            row.push({ text, line: cell.line });
            fill(row);
          }
          cell = undefined;
        } else if (name === 'tr' && row) {
          fill(row);
          if (row.length) grid.rows.push(row);
          row = undefined;
        }
      },
      ontext(data) {
        if (inTitle) {
          title = `${title ?? ''}${data}`.trim();
          return;
        }
        if (skip) return;
        if (inCaption) captionText += data;
        else if (cell) cell.text += data;
        else if (depth === 0) block += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return tables.filter((t) => t.rows.length >= 2);
}

/** Markdown pipe tables: a header row, a |---|:---:| delimiter row, body rows. */
export function markdownTables(text: string): SourceTable[] {
  const lines = text.split(/\r\n|\r|\n/);
  const tables: SourceTable[] = [];
  // The document's title: its # heading, else a short first line that is not a sentence or a table.
  const first = lines.find((l) => l.trim())?.trim();
  const title = lines.find((l) => /^#\s+\S/.test(l))?.replace(/^#\s+/, '').trim()
    ?? (first && first.length <= 60 && !/^[|#>-]/.test(first) && !/[。！？]$/.test(first) ? first : undefined);
  const cells = (line: string): string[] => {
    let l = line.trim();
    if (l.startsWith('|')) l = l.slice(1);
    if (l.endsWith('|') && !l.endsWith('\\|')) l = l.slice(0, -1);
    return l.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').replace(/\*\*|__|`/g, '').trim());
  };
  const isDelimiter = (line: string | undefined): boolean => line !== undefined && /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].includes('|') || !isDelimiter(lines[i + 1])) continue;
    let caption: string | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const t = lines[k].replace(/^#+\s*|[*_]/g, '').trim();
      // A dateline (2022年2月10日) above a table dates the document; it does not name the table.
      if (t && /^(19|20)\d{2}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?(\s+\d{1,2}:\d{2})?$/.test(t)) continue;
      if (t) {
        caption = captionOf(t);
        break;
      }
    }
    const rows: TableCell[][] = [cells(lines[i]).map((t) => ({ text: t, line: i + 1 }))];
    let j = i + 2;
    for (; j < lines.length && lines[j].includes('|') && lines[j].trim(); j++) rows.push(cells(lines[j]).map((t) => ({ text: t, line: j + 1 })));
    tables.push({ rows, caption, title, label: `表${tables.length + 1}` });
    i = j - 1;
  }
  return tables;
}
