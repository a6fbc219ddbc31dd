// Offsets ↔ LSP positions (0-based line, UTF-16 character). JS string indices are UTF-16 already, so
// a position's character is a plain index difference; never count with [...text], which counts code points.
export interface Position { line: number; character: number }

export class LineMap {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  get lineCount(): number { return this.starts.length; }
  positionAt(offset: number): Position {
    let o = Math.max(0, Math.min(offset, this.text.length));
    // Inside a CRLF pair is not a position of its own: it is the end of the line.
    if (o > 0 && this.text[o] === '\n' && this.text[o - 1] === '\r') o--;
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }
  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line];
    let end = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    // A character past the end of the line stops before the line break.
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return Math.min(start + Math.max(0, pos.character), end);
  }
  lineText(line: number): string {
    const start = this.starts[line] ?? this.text.length;
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
