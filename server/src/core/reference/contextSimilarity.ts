// How alike two passages are, on character bigrams of their words (figures and punctuation removed).
// Used to pick the source passage a draft sentence was written from when an indicator has several
// facts. Bigrams are numbers (two UTF-16 units), so a comparison allocates nothing per fact.

const SKIP = /[0-9０-９.,%．，。、；;:：()（）“”"\s\-]/;

function isWordChar(ch: string): boolean {
  return !SKIP.test(ch);
}

/** The bigrams of a (draft) passage, computed once and compared against many sources. */
export function bigramSet(text: string): Set<number> {
  const set = new Set<number>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (isWordChar(text[i]) && isWordChar(text[i + 1])) set.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  }
  return set;
}

/** Share of `draft`'s bigrams that also occur in source[start, end) (0–1). */
export function overlap(draft: Set<number>, source: string, start = 0, end = source.length): number {
  if (!draft.size) return 0;
  // Matches are few (at most the draft's bigrams): a short array dedupes them without a Set per call.
  const seen: number[] = [];
  const stop = Math.min(end, source.length);
  for (let i = Math.max(0, start); i + 1 < stop; i++) {
    const g = source.charCodeAt(i) * 65536 + source.charCodeAt(i + 1);
    if (draft.has(g) && !seen.includes(g)) seen.push(g);
  }
  return seen.length / draft.size;
}

/** Word characters by UTF-16 code unit, the same test as isWordChar (built on first use). */
let wordChars: Uint8Array | undefined;

function wordCharTable(): Uint8Array {
  if (!wordChars) {
    wordChars = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) wordChars[c] = isWordChar(String.fromCharCode(c)) ? 1 : 0;
  }
  return wordChars;
}

/** bigramSet + overlap for one passage compared with many: an open-addressing table of its bigrams,
 * so counting a source's matches is a hash probe per character and no allocation. overlapIn(text, s, e)
 * equals overlap(bigramSet(passage), text, s, e). */
export class BigramTable {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly filled: Uint8Array;
  private readonly seen: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private stamp = 0;

  constructor(readonly passage: string) {
    const words = wordCharTable();
    let pairs = 0;
    for (let i = 0; i + 1 < passage.length; i++) if (words[passage.charCodeAt(i)] && words[passage.charCodeAt(i + 1)]) pairs++;
    let bits = 4;
    while (1 << bits < pairs * 4) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new Int32Array(1 << bits);
    this.filled = new Uint8Array(1 << bits);
    this.seen = new Int32Array(1 << bits);
    let size = 0;
    for (let i = 0; i + 1 < passage.length; i++) {
      const a = passage.charCodeAt(i);
      const b = passage.charCodeAt(i + 1);
      if (!words[a] || !words[b]) continue;
      const key = (a << 16) | b;
      let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.filled[h] && this.keys[h] !== key) h = (h + 1) & this.mask;
      if (!this.filled[h]) {
        this.filled[h] = 1;
        this.keys[h] = key;
        size++;
      }
    }
    this.size = size;
  }

  /** Share of the passage's bigrams that also occur in source[start, end) (0–1). */
  overlapIn(source: string, start = 0, end = source.length): number {
    if (!this.size) return 0;
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { keys, filled, seen, shift, mask, stamp } = this;
    let found = 0;
    const stop = Math.min(end, source.length);
    let i = Math.max(0, start);
    if (i + 1 >= stop) return 0;
    let a = source.charCodeAt(i);
    for (; i + 1 < stop; i++) {
      const b = source.charCodeAt(i + 1);
      const key = (a << 16) | b;
      a = b;
      let h = Math.imul(key, 0x9e3779b1) >>> shift;
      while (filled[h]) {
        if (keys[h] === key) {
          if (seen[h] !== stamp) {
            seen[h] = stamp;
            found++;
          }
          break;
        }
        h = (h + 1) & mask;
      }
    }
    return found / this.size;
  }
}
