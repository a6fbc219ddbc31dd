// DOCX → text, one paragraph per line, with mammoth (docx → HTML) and htmlparser2 (HTML → lines).
// Table rows are lines too (cells separated by tabs), and each table is also returned as a grid so its
// figures become dataset rows (tableFacts.ts).
//
// Positions: line n of the text is paragraph (or table row) n of the document, so a fact's line is
// where it stands in the extracted text that hover and go-to-source show; `locate` names the paragraph
// the way a writer counts them in Word (第12段, table rows not counted) or the table row (表2 第3行).
import { Parser } from 'htmlparser2';
import type { SourceTable, TableCell } from './tableFacts';

export interface ParagraphText {
  /** Paragraphs and table rows, one per line. */
  text: string;
  /** Offset → 第N段 / 表N 第M行. */
  locate: (offset: number) => string | undefined;
  /** Offset → 0-based line (paragraph index) and character. */
  position: (offset: number) => { line: number; character: number };
  tables: SourceTable[];
  title?: string;
  warnings: string[];
}

type LineKind = { kind: 'paragraph'; number: number } | { kind: 'row'; table: number; row: number };

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre', 'blockquote']);
const CAPTION = /^(?:附)?表\s*[0-9０-９一二三四五六七八九十]+/;

/** Lines + their kinds → the text with its locate/position lookups. */
export function linesToText(lines: string[], kinds: LineKind[]): Pick<ParagraphText, 'text' | 'locate' | 'position'> {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const lineOf = (offset: number): number => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  return {
    text: lines.join('\n'),
    position: (offset) => {
      const line = lineOf(Math.max(0, offset));
      return { line, character: Math.min(Math.max(0, offset - (starts[line] ?? 0)), lines[line]?.length ?? 0) };
    },
    locate: (offset) => {
      const k = kinds[lineOf(Math.max(0, offset))];
      if (!k) return undefined;
      return k.kind === 'paragraph' ? `第${k.number}段` : `表${k.table} 第${k.row}行`;
    },
  };
}

/** mammoth's HTML → paragraphs and tables. */
export function docxHtmlToText(html: string): Omit<ParagraphText, 'warnings'> {
  const lines: string[] = [];
  const kinds: LineKind[] = [];
  const tables: SourceTable[] = [];
  let paragraphs = 0;
  let buffer = '';
  let depth = 0; // table nesting: only the outermost table is a grid, inner ones are cell text
  let grid: { rows: TableCell[][]; caption?: string; spans: Map<number, { text: string; left: number }> } | undefined;
  let row: TableCell[] | undefined;
  let cell: { text: string; colspan: number; rowspan: number } | undefined;
  let title: string | undefined;

  const flushParagraph = () => {
    const t = buffer.replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!t) return;
    if (cell) {
      cell.text = cell.text ? `${cell.text} ${t}` : t;
      return;
    }
    lines.push(t);
    kinds.push({ kind: 'paragraph', number: ++paragraphs });
    title ??= t;
  };
  const previousParagraph = (): string | undefined => {
    const i = lines.length - 1;
    const k = kinds[i];
    if (!k || k.kind !== 'paragraph') return undefined;
    const t = lines[i];
    return CAPTION.test(t) || (t.length <= 50 && !/[。；;]$/.test(t)) ? t : undefined;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'table') {
          depth++;
          if (depth === 1) {
            flushParagraph();
            grid = { rows: [], caption: previousParagraph(), spans: new Map() };
          }
          return;
        }
        if (depth > 1) return;
        if (name === 'tr' && grid) row = [];
        else if ((name === 'td' || name === 'th') && row) {
          cell = { text: '', colspan: Math.max(1, Number(attribs.colspan) || 1), rowspan: Math.max(1, Number(attribs.rowspan) || 1) };
        } else if (name === 'br') buffer += ' ';
        else if (PARAGRAPHS.has(name)) flushParagraph();
      },
      onclosetag(name) {
        if (name === 'table') {
          depth--;
          if (depth === 0 && grid) {
            tables.push({ rows: grid.rows, caption: grid.caption, label: `表${tables.length + 1}`, title });
            grid = undefined;
          }
          return;
        }
        if (depth > 1) return;
        if ((name === 'td' || name === 'th') && row && cell && grid) {
          flushParagraph();
          fillSpans(row, grid.spans);
          const text = cell.text;
          for (let k = 0; k < cell.colspan; k++) {
            if (cell.rowspan > 1) grid.spans.set(row.length, { text, left: cell.rowspan - 1 });
            row.push({ text });
            fillSpans(row, grid.spans);
          }
          cell = undefined;
        } else if (name === 'tr' && row && grid) {
          fillSpans(row, grid.spans);
          const number = tables.length + 1;
          const line = lines.length + 1;
          for (const c of row) c.line = line;
          grid.rows.push(row);
          lines.push(row.map((c) => c.text).join('\t'));
          kinds.push({ kind: 'row', table: number, row: grid.rows.length });
          row = undefined;
        } else if (PARAGRAPHS.has(name)) flushParagraph();
      },
      ontext(data) {
        buffer += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flushParagraph();
  const mapped = linesToText(lines, kinds);
  return title === undefined ? { ...mapped, tables } : { ...mapped, tables, title };
}

/** Cells carried down from a rowspan above fill the columns they cover. */
function fillSpans(row: TableCell[], spans: Map<number, { text: string; left: number }>): void {
  for (let s = spans.get(row.length); s; s = spans.get(row.length)) {
    row.push({ text: s.text });
    if (--s.left <= 0) spans.delete(row.length - 1);
  }
}

/** Reads a .docx file's bytes. Throws when the file is not a readable DOCX (the caller reports it). */
export async function docxToText(bytes: Uint8Array): Promise<ParagraphText> {
  const mammoth = await import('mammoth');
  const convert = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  const images = mammoth.images ?? (mammoth as unknown as { default: typeof mammoth }).default.images;
  // Pictures carry no text: an empty src keeps mammoth from base64-encoding every image into the HTML.
  const convertImage = images.imgElement(() => Promise.resolve({ src: '' }));
  const result = await convert({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: true, convertImage });
  return { ...docxHtmlToText(result.value), warnings: result.messages.map((m) => m.message) };
}
