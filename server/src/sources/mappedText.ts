// Builds the plain text of a marked-up file while remembering where each piece came from, so a figure
// found in the text can be shown at its place in the original file. HTML whitespace rules are applied
// here: runs of whitespace collapse, block boundaries become line breaks.

export interface Position { line: number; character: number }

/** A stretch of output text taken from `sourceStart` in the original. `exact` stretches map one code
 * unit to one code unit; the others (entities, inserted breaks) map every unit to `sourceStart`. */
interface Segment { textStart: number; sourceStart: number; length: number; exact: boolean }

type Pending = { kind: 'newline' | 'tab' | 'space'; at: number; hadLineBreak: boolean };

const PRIORITY = { space: 0, tab: 1, newline: 2 } as const;

// Han, CJK punctuation and full-width forms: a line break between two of these in the HTML source
// is line wrapping, not a word gap, and a space there would split "地区\n生产总值".
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;
  private last = '';
  private pending: Pending | undefined;

  /** Collapsible whitespace from the source. */
  addWhitespace(at: number, hadLineBreak: boolean): void {
    this.setPending({ kind: 'space', at, hadLineBreak });
  }

  /** A block boundary (<p>, <br>, <div> …). */
  addBreak(at: number): void {
    this.setPending({ kind: 'newline', at, hadLineBreak: true });
  }

  /** A table cell boundary. */
  addCellSeparator(at: number): void {
    this.setPending({ kind: 'tab', at, hadLineBreak: false });
  }

  /** Text without collapsible whitespace; `exact` when it is a verbatim copy of the source. */
  addText(text: string, at: number, exact: boolean): void {
    if (!text) return;
    this.flushPending(text);
    this.emit(text, at, exact);
  }

  /** Verbatim text, whitespace kept (<pre>). */
  addPreformatted(text: string, at: number): void {
    if (!text) return;
    this.flushPending(text);
    this.emit(text, at, true);
  }

  get text(): string {
    return this.parts.join('');
  }

  /** Maps an offset of the built text to an offset in the source. */
  sourceOffset(offset: number): number {
    const segs = this.segments;
    if (segs.length === 0) return 0;
    let lo = 0, hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].textStart <= offset) lo = mid; else hi = mid - 1;
    }
    const s = segs[lo];
    const inside = Math.max(0, Math.min(offset - s.textStart, s.length));
    return s.exact ? s.sourceStart + inside : s.sourceStart;
  }

  private setPending(p: Pending): void {
    const cur = this.pending;
    if (!cur) this.pending = p;
    else if (PRIORITY[p.kind] > PRIORITY[cur.kind]) this.pending = { ...p, hadLineBreak: p.hadLineBreak || cur.hadLineBreak };
    else cur.hadLineBreak ||= p.hadLineBreak;
  }

  private flushPending(next: string): void {
    const p = this.pending;
    this.pending = undefined;
    // Nothing is inserted at the start of the text or of a line.
    if (!p || this.length === 0 || this.last === '\n') return;
    if (p.kind === 'newline') this.emit('\n', p.at, false);
    else if (p.kind === 'tab') this.emit('\t', p.at, false);
    else if (!(p.hadLineBreak && CJK.test(this.last) && CJK.test(next[0]))) this.emit(' ', p.at, false);
  }

  private emit(text: string, at: number, exact: boolean): void {
    this.parts.push(text);
    this.segments.push({ textStart: this.length, sourceStart: at, length: text.length, exact });
    this.length += text.length;
    this.last = text[text.length - 1];
  }
}

/** 0-based line/character (UTF-16 units) of offsets in `text`. */
export function positionLookup(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset: number) => {
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - starts[lo] };
  };
}
