// PDF → text, from the text layer, with pdfjs-dist 4.x (the last line that runs on Node 20). pdf.js is
// big, so it is not in the server bundle: esbuild.mjs copies its legacy build and the CMaps (needed for
// Chinese fonts that use predefined CMaps such as UniGB-UCS2-H) to dist/pdfjs/, and it is imported here,
// the first time a PDF is read. From the sources (tests, tsx) it is taken from node_modules.
//
// Lines that a paragraph was wrapped into are joined again (a sentence broken over two lines is one
// sentence for the extractor); `locate` gives the page (第3页). A PDF whose pages carry no text at all
// (a scan) is reported by the caller as 'no-text-layer'.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfText {
  text: string;
  /** 1-based page of an offset, as "第3页". */
  locate: (offset: number) => string | undefined;
  /** 1-based page number of an offset. */
  pageAt: (offset: number) => number;
  pages: number;
  /** Pages that have no text (scanned pages), 1-based. */
  emptyPages: number[];
}

export class PdfReadError extends Error {
  constructor(message: string, readonly reason: 'encrypted' | 'invalid') {
    super(message);
  }
}

interface PdfJsFiles { module: string; worker: string; cmaps: string }

/** dist/pdfjs beside the bundle, else the installed package. */
export function pdfJsFiles(): PdfJsFiles {
  const bundled = join(__dirname, 'pdfjs');
  if (existsSync(join(bundled, 'pdf.mjs'))) {
    return { module: join(bundled, 'pdf.mjs'), worker: join(bundled, 'pdf.worker.mjs'), cmaps: join(bundled, 'cmaps') + sep };
  }
  const req = createRequire(__filename);
  const pkg = dirname(req.resolve('pdfjs-dist/package.json'));
  return { module: join(pkg, 'legacy/build/pdf.mjs'), worker: join(pkg, 'legacy/build/pdf.worker.mjs'), cmaps: join(pkg, 'cmaps') + sep };
}

let loading: Promise<{ pdfjs: PdfJs; cmaps: string }> | undefined;

/** Loads pdf.js once; the worker runs in this thread (pdf.js's "fake worker"), so nothing is spawned. */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; cmaps: string }> {
  loading ??= (async () => {
    const files = pdfJsFiles();
    // A variable specifier: esbuild leaves this import() alone, Node loads the ES module at run time.
    const importEsm = (path: string): Promise<unknown> => import(pathToFileURL(path).href);
    const worker = (await importEsm(files.worker)) as { WorkerMessageHandler: unknown };
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = (await importEsm(files.module)) as PdfJs;
    return { pdfjs, cmaps: files.cmaps };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

const SENTENCE_END = /[。！？!?；;：:」』”）)]$/;
const STARTS_BLOCK = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]\s*\S|(?:附)?表\s*\d|图\s*\d|第[一二三四五六七八九十\d]+[章节条部分])/;
const CJK = /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/;

interface Line { text: string; width: number; x: number }

/** A page's text items → lines (pdf.js marks line ends with hasEOL; a jump in y ends a line too). */
function pageLines(items: (TextItem | TextMarkedContent)[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let x = 0, right = 0, y: number | undefined;
  const end = () => {
    if (text.trim()) lines.push({ text: text.trim(), width: right - x, x });
    text = '';
    y = undefined;
  };
  for (const item of items) {
    if (!('str' in item)) continue;
    const [, , , , ix, iy] = item.transform as number[];
    if (y !== undefined && Math.abs(iy - y) > Math.max(2, item.height * 0.5)) end();
    if (!text) x = ix;
    if (y === undefined) y = iy;
    text += item.str;
    right = Math.max(right, ix + item.width);
    if (item.hasEOL) end();
  }
  end();
  return lines;
}

/** Joins wrapped lines: a line that fills the width and does not end a sentence continues on the next. */
function reflow(lines: Line[]): string[] {
  const full = Math.max(0, ...lines.map((l) => l.width));
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    current = current ? joinWrapped(current, l.text) : l.text;
    const next = lines[i + 1];
    const wraps = next !== undefined && l.width >= full * 0.85 && !SENTENCE_END.test(l.text) && !STARTS_BLOCK.test(next.text);
    if (!wraps) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

function joinWrapped(a: string, b: string): string {
  return CJK.test(a[a.length - 1]) || CJK.test(b[0]) || /-$/.test(a) ? a + b : `${a} ${b}`;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { pdfjs, cmaps } = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    cMapUrl: cmaps,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    const message = e instanceof Error ? e.message : String(e);
    throw new PdfReadError(message, name === 'PasswordException' ? 'encrypted' : 'invalid');
  }
  try {
    const parts: string[] = [];
    const pageStarts: number[] = [];
    const emptyPages: number[] = [];
    let length = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      page.cleanup();
      const text = reflow(pageLines(content.items)).join('\n');
      if (!text.trim()) emptyPages.push(p);
      const piece = (parts.length ? '\n' : '') + text;
      pageStarts.push(length + (parts.length ? 1 : 0));
      parts.push(piece);
      length += piece.length;
    }
    const pageAt = (offset: number): number => {
      let lo = 0, hi = pageStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pageStarts[mid] <= offset) lo = mid; else hi = mid - 1;
      }
      return lo + 1;
    };
    return { text: parts.join(''), locate: (o) => `第${pageAt(o)}页`, pageAt, pages: doc.numPages, emptyPages };
  } finally {
    await doc.destroy();
  }
}
