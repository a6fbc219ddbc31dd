// The readers for office formats (DOCX, PDF, XLSX), loaded only when such a file is met: esbuild.mjs
// builds this module as dist/office.js and the server/CLI bundles require it on first use, so their
// start-up does not pay for mammoth, jszip or pdf.js.
import type { DatasetRow, SourceDocument } from '../core/sourceDocument';
import type { InputProblem } from '../core/types';
import { createLexicon, type Lexicon } from '../core';
import { docxToText } from './docxText';
import { pdfToText, PdfReadError } from './pdfText';
import { inputProblem } from './problems';
import { tableRows } from './tableFacts';
import { readXlsx, sheetsToRows } from './xlsxDataset';

export type OfficeFormat = 'docx' | 'pdf' | 'xlsx';

export interface OfficeOptions {
  deriveRanks?: boolean;
  lexicon?: () => Lexicon;
}

export interface OfficeOutcome {
  document?: SourceDocument;
  /** Figures from tables: for a DOCX keyed by the tables key (the document holds the prose). */
  rows?: DatasetRow[];
  problems: InputProblem[];
  /** The text as shown to the user (the virtual document); differs from document.text for DOCX, whose
   * table rows are blanked in document.text (their figures are rows instead). */
  displayText?: string;
}

function detail(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Blanks the given lines, keeping every offset and line break where it was. */
function blankLines(text: string, lines: Set<number>): string {
  if (!lines.size) return text;
  return text
    .split('\n')
    .map((l, i) => (lines.has(i + 1) ? ' '.repeat(l.length) : l))
    .join('\n');
}

export async function readOfficeFile(bytes: Uint8Array, path: string, format: OfficeFormat, options: OfficeOptions = {}): Promise<OfficeOutcome> {
  let lexicon: Lexicon | undefined;
  const getLexicon = options.lexicon ?? (() => (lexicon ??= createLexicon()));
  if (format === 'docx') {
    let read: Awaited<ReturnType<typeof docxToText>>;
    try {
      read = await docxToText(bytes);
    } catch (e) {
      return { problems: [inputProblem('unreadable', path, 'error', { detail: detail(e), format: 'docx' })] };
    }
    const rows = read.tables.flatMap((t) => tableRows(t, path, { lexicon: getLexicon(), deriveRanks: options.deriveRanks }));
    const tableLines = new Set(read.tables.flatMap((t) => t.rows.map((r) => r[0]?.line ?? 0)));
    return {
      document: { path, text: blankLines(read.text, tableLines), locate: read.locate, position: read.position },
      rows,
      problems: [],
      displayText: read.text,
    };
  }
  if (format === 'pdf') {
    let read: Awaited<ReturnType<typeof pdfToText>>;
    try {
      read = await pdfToText(bytes);
    } catch (e) {
      const reason = e instanceof PdfReadError ? e.reason : 'invalid';
      return { problems: [inputProblem('unreadable', path, 'error', { detail: reason === 'encrypted' ? 'encrypted' : detail(e), format: 'pdf' })] };
    }
    const problems: InputProblem[] = [];
    if (!read.text.trim()) {
      problems.push(inputProblem('no-text-layer', path, 'warning', { pages: String(read.pages), emptyPages: read.emptyPages.join(', '), detail: 'no text layer (scanned?) · 无文字层（扫描件？）' }));
      return { problems };
    }
    if (read.emptyPages.length) {
      problems.push(inputProblem('no-text-layer', path, 'information', { pages: String(read.pages), emptyPages: read.emptyPages.join(', ') }));
    }
    return { document: { path, text: read.text, locate: read.locate }, problems, displayText: read.text };
  }
  let sheets: Awaited<ReturnType<typeof readXlsx>>;
  try {
    sheets = await readXlsx(bytes);
  } catch (e) {
    return { problems: [inputProblem('unreadable', path, 'error', { detail: detail(e), format: 'xlsx' })] };
  }
  const { rows, problems } = sheetsToRows(sheets, path, { lexicon: getLexicon, deriveRanks: options.deriveRanks });
  return { rows, problems };
}
