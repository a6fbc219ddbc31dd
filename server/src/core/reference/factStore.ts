// Compact storage of facts. A corpus of half a million facts kept as objects (claim, quantity,
// notation, indicator, period, spans, provenance with its excerpt) costs about 1.5 KB a fact; here a
// document's facts are rows of one Int32Array and one Float64Array, repeated strings and objects are
// interned once per index, and the excerpt is a range of the document's text. A Fact object
// (StoredFact) is made only when asked for (evidence, `facts`), reads its row on demand and is
// JSON-serialisable through toJSON.
import type { Approximation, Claim, Fact, Indicator, Measure, Notation, Period, Provenance, Quantity, Span } from '../types';

// Int32 columns of a fact row.
const SPAN_START = 0;
const SPAN_END = 1;
const SENT_START = 2;
const SENT_END = 3;
const SENTENCE = 4;
/** The excerpt: a range of the chunk's text. */
const EXC_START = 5;
const EXC_END = 6;
/** The figure inside the excerpt. */
const EXS_START = 7;
const EXS_END = 8;
const LINE = 9;
const CHAR = 10;
const END_LINE = 11;
const END_CHAR = 12;
/** The indicator's phrase (-1: none). */
const IND_START = 13;
const IND_END = 14;
/** Row of the chunk's article table (title, date), -1 for none. */
const ARTICLE = 15;
/** Interned ids (-1: undefined). TEXT -1 means the figure's text is the chunk text at the span. */
const TEXT = 16;
const NAME = 17;
const UNIT = 18;
const NOTATION = 19;
const REGION = 20;
const PERIOD = 21;
const SCOPE = 22;
const LOCATOR = 23;
const FLAGS = 24;
/** The index's kind of fact (ReferenceIndex.kinds). */
const KIND = 25;
export const STRIDE = 26;

// FLAGS bits.
const MEASURES: readonly Measure[] = ['value', 'growth', 'share', 'diff', 'rank'];
const APPROX: readonly (Approximation | undefined)[] = [undefined, 'about', 'over', 'under', 'nearly', 'within'];
const PHASES: readonly Claim['phase'][] = [undefined, 'from', 'to', 'change', 'cumulative'];
const BASES: readonly Claim['basis'][] = [undefined, 'value', 'growth', 'share'];
/** undefined / false / true. */
const TRI: readonly (boolean | undefined)[] = [undefined, false, true];

function tri(b: boolean | undefined): number {
  return b === undefined ? 0 : b ? 2 : 1;
}

function packFlags(c: Claim): number {
  return (
    MEASURES.indexOf(c.measure) |
    (APPROX.indexOf(c.quantity.approx) << 3) |
    (tri(c.target) << 6) |
    (PHASES.indexOf(c.phase) << 18) |
    (tri(c.topN) << 10) |
    (tri(c.regionInferred) << 12) |
    (BASES.indexOf(c.basis) << 14) |
    (tri(c.indicator.known) << 16)
  );
}

const measureOf = (f: number): Measure => MEASURES[f & 7];
const approxOf = (f: number): Approximation | undefined => APPROX[(f >> 3) & 7];
const targetOf = (f: number): boolean => TRI[(f >> 6) & 3] as boolean;
const phaseOf = (f: number): Claim['phase'] => PHASES[(f >> 18) & 7];
const topNOf = (f: number): boolean | undefined => TRI[(f >> 10) & 3];
const regionInferredOf = (f: number): boolean | undefined => TRI[(f >> 12) & 3];
const basisOf = (f: number): Claim['basis'] => BASES[(f >> 14) & 3];
const knownOf = (f: number): boolean => TRI[(f >> 16) & 3] as boolean;

/** Values stored once per index, referred to by number. */
export class Interner<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();
  id(key: string, value: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value());
      this.ids.set(key, id);
    }
    return id;
  }
}

/** The index's shared tables: strings, notations, periods, and the order of document dates. */
export class Tables {
  readonly strings = new Interner<string>();
  readonly notations = new Interner<Notation>();
  readonly periods = new Interner<Period>();
  readonly dates = new Interner<string>();
  /** Rank of each date (by id) in localeCompare order, equal dates equal ranks; rebuilt when dates are added. */
  private dateRanks = new Int32Array(0);
  private readonly periodIds = new WeakMap<Period, number>();

  string(s: string | undefined): number {
    return s === undefined ? -1 : this.strings.id(s, () => s);
  }

  notation(n: Notation): number {
    return this.notations.id(`${n.digits}|${n.decimals}|${n.grouped ? 1 : 0}|${n.prefix}|${n.suffix}|${n.impliedSuffix ?? ''}`, () => n);
  }

  period(p: Period | undefined): number {
    if (!p) return -1;
    let id = this.periodIds.get(p);
    if (id === undefined) {
      id = this.periods.id(JSON.stringify(p), () => p);
      this.periodIds.set(p, id);
    }
    return id;
  }

  date(d: string | undefined): number {
    const s = d ?? '';
    return this.dates.id(s, () => s);
  }

  /** Compares like (a ?? '').localeCompare(b ?? '') on the dates' ids. */
  dateRank(id: number): number {
    if (this.dateRanks.length !== this.dates.values.length) {
      const all = this.dates.values;
      const order = all.map((_, i) => i).sort((a, b) => all[a].localeCompare(all[b]));
      const ranks = new Int32Array(all.length);
      let r = 0;
      order.forEach((id2, k) => {
        if (k > 0 && all[order[k - 1]].localeCompare(all[id2]) !== 0) r++;
        ranks[id2] = r;
      });
      this.dateRanks = ranks;
    }
    return this.dateRanks[id];
  }
}

export interface ArticleInfo {
  title?: string;
  date?: string;
  /** Tables.date id of `date`. */
  dateId: number;
}

/** Where a fact stands, for a new row. */
export interface RowPlace {
  excerptStart: number;
  excerptEnd: number;
  excerptSpan: Span;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  article: number;
  locator: string | undefined;
  /** The figure's text is `text` at the claim's span (no need to store it). */
  textAtSpan: boolean;
}

/** A source sentence's identity: its path and its number in the path. */
export function passageKey(path: string, sentence: number): string {
  return `${sentence}\u0000${path}`;
}

/**
 * The facts of one path (a document or a dataset), ids firstId … firstId + count - 1. Rows are appended
 * while the path is read (so a document's claims need not all be alive at once), then the chunk is
 * sealed and never changes.
 */
export class Chunk {
  ints: Int32Array;
  nums: Float64Array;
  count = 0;
  /** Per article of the document: title and date (set when the document has been read). */
  articles: readonly ArticleInfo[];
  private views: (StoredFact | undefined)[] | undefined;

  constructor(
    readonly tables: Tables,
    readonly path: string,
    /** The document's text; for datasets, the excerpts one after another. */
    readonly text: string,
    /** Excerpts are shown as stored (datasets) rather than with line breaks and tabs as spaces. */
    readonly rawExcerpts: boolean,
    readonly firstId: number,
    capacity: number,
    articles: readonly ArticleInfo[] = [],
  ) {
    this.ints = new Int32Array(Math.max(1, capacity) * STRIDE);
    this.nums = new Float64Array(Math.max(1, capacity) * 2);
    this.articles = articles;
  }

  /** Appends a row from a claim; returns its row number. */
  append(c: Claim, at: RowPlace): number {
    if ((this.count + 1) * STRIDE > this.ints.length) this.resize(2 * this.count + 16);
    const i = this.count++;
    this.set(i, c, at);
    return i;
  }

  /** Drops the spare capacity once every row is in. */
  seal(): void {
    if (this.count * STRIDE < this.ints.length) this.resize(this.count);
  }

  private resize(rows: number): void {
    const ints = new Int32Array(rows * STRIDE);
    ints.set(this.ints.subarray(0, this.count * STRIDE));
    const nums = new Float64Array(rows * 2);
    nums.set(this.nums.subarray(0, this.count * 2));
    this.ints = ints;
    this.nums = nums;
  }

  /** Writes row i from a claim. */
  private set(i: number, c: Claim, at: RowPlace): void {
    const t = this.tables;
    const o = i * STRIDE;
    const r = this.ints;
    r[o + SPAN_START] = c.span.start;
    r[o + SPAN_END] = c.span.end;
    r[o + SENT_START] = c.sentenceSpan.start;
    r[o + SENT_END] = c.sentenceSpan.end;
    r[o + SENTENCE] = c.sentence;
    r[o + EXC_START] = at.excerptStart;
    r[o + EXC_END] = at.excerptEnd;
    r[o + EXS_START] = at.excerptSpan.start;
    r[o + EXS_END] = at.excerptSpan.end;
    r[o + LINE] = at.line;
    r[o + CHAR] = at.character;
    r[o + END_LINE] = at.endLine;
    r[o + END_CHAR] = at.endCharacter;
    r[o + IND_START] = c.indicator.span ? c.indicator.span.start : -1;
    r[o + IND_END] = c.indicator.span ? c.indicator.span.end : -1;
    r[o + ARTICLE] = at.article;
    r[o + TEXT] = at.textAtSpan ? -1 : t.string(c.text);
    r[o + NAME] = t.string(c.indicator.name);
    r[o + UNIT] = t.string(c.quantity.unit);
    r[o + NOTATION] = t.notation(c.quantity.notation);
    r[o + REGION] = t.string(c.region);
    r[o + PERIOD] = t.period(c.period);
    r[o + SCOPE] = t.string(c.scope);
    r[o + LOCATOR] = t.string(at.locator);
    r[o + FLAGS] = packFlags(c);
    this.nums[2 * i] = c.quantity.value;
    this.nums[2 * i + 1] = c.quantity.tolerance;
  }

  setKind(i: number, kind: number): void {
    this.ints[i * STRIDE + KIND] = kind;
  }

  kind(i: number): number {
    return this.ints[i * STRIDE + KIND];
  }

  value(i: number): number {
    return this.nums[2 * i];
  }

  tolerance(i: number): number {
    return this.nums[2 * i + 1];
  }

  /** The fact of row i (made once, then kept). */
  fact(i: number): StoredFact {
    const views = (this.views ??= new Array<StoredFact | undefined>(this.count));
    return (views[i] ??= new StoredFact(this, i));
  }

  int(i: number, column: number): number {
    return this.ints[i * STRIDE + column];
  }

  str(i: number, column: number): string | undefined {
    const id = this.ints[i * STRIDE + column];
    return id < 0 ? undefined : this.tables.strings.values[id];
  }

  flags(i: number): number {
    return this.ints[i * STRIDE + FLAGS];
  }

  /** Excerpt of row i as a range of `text`, and the figure's offset inside it. */
  excerptStart(i: number): number {
    return this.ints[i * STRIDE + EXC_START];
  }
  excerptEnd(i: number): number {
    return this.ints[i * STRIDE + EXC_END];
  }
  excerptSpanStart(i: number): number {
    return this.ints[i * STRIDE + EXS_START];
  }

  /** The source sentence of row i, the same for every figure of that sentence. */
  passage(i: number): string {
    return passageKey(this.path, this.ints[i * STRIDE + SENTENCE]);
  }

  name(i: number): string {
    return this.str(i, NAME) ?? '';
  }

  measure(i: number): Measure {
    return measureOf(this.flags(i));
  }

  dateId(i: number): number {
    const a = this.ints[i * STRIDE + ARTICLE];
    return a < 0 ? this.tables.date(undefined) : this.articles[a].dateId;
  }
}

/** A fact read from its chunk row. Every property is computed on access; `source` once. */
export class StoredFact implements Fact {
  private provenance: Provenance | undefined;

  constructor(
    private readonly chunk: Chunk,
    private readonly row: number,
  ) {}

  get id(): number {
    return this.chunk.firstId + this.row;
  }
  get span(): Span {
    return { start: this.chunk.int(this.row, SPAN_START), end: this.chunk.int(this.row, SPAN_END) };
  }
  get text(): string {
    const c = this.chunk;
    return c.str(this.row, TEXT) ?? c.text.slice(c.int(this.row, SPAN_START), c.int(this.row, SPAN_END));
  }
  get measure(): Measure {
    return measureOf(this.chunk.flags(this.row));
  }
  get quantity(): Quantity {
    const c = this.chunk;
    return {
      value: c.nums[2 * this.row],
      unit: c.str(this.row, UNIT) ?? '',
      tolerance: c.nums[2 * this.row + 1],
      approx: approxOf(c.flags(this.row)),
      notation: c.tables.notations.values[c.int(this.row, NOTATION)],
    };
  }
  get indicator(): Indicator {
    const c = this.chunk;
    const start = c.int(this.row, IND_START);
    return { name: c.str(this.row, NAME) ?? '', known: knownOf(c.flags(this.row)), span: start < 0 ? undefined : { start, end: c.int(this.row, IND_END) } };
  }
  get region(): string | undefined {
    return this.chunk.str(this.row, REGION);
  }
  get regionInferred(): boolean | undefined {
    return regionInferredOf(this.chunk.flags(this.row));
  }
  get period(): Period | undefined {
    const id = this.chunk.int(this.row, PERIOD);
    return id < 0 ? undefined : this.chunk.tables.periods.values[id];
  }
  get scope(): string | undefined {
    return this.chunk.str(this.row, SCOPE);
  }
  get topN(): boolean | undefined {
    return topNOf(this.chunk.flags(this.row));
  }
  get target(): boolean {
    return targetOf(this.chunk.flags(this.row));
  }
  get phase(): Claim['phase'] {
    return phaseOf(this.chunk.flags(this.row));
  }
  get basis(): Claim['basis'] {
    return basisOf(this.chunk.flags(this.row));
  }
  get sentence(): number {
    return this.chunk.int(this.row, SENTENCE);
  }
  get sentenceSpan(): Span {
    return { start: this.chunk.int(this.row, SENT_START), end: this.chunk.int(this.row, SENT_END) };
  }
  get source(): Provenance {
    if (this.provenance) return this.provenance;
    const c = this.chunk;
    const i = this.row;
    const raw = c.text.slice(c.int(i, EXC_START), c.int(i, EXC_END));
    // 1:1, so excerptSpan stays valid; only copied when there is something to replace.
    const excerpt = c.rawExcerpts || !/[\r\n\t]/.test(raw) ? raw : raw.replace(/[\r\n\t]/g, ' ');
    const a = c.int(i, ARTICLE);
    const article = a < 0 ? undefined : c.articles[a];
    this.provenance = {
      path: c.path,
      line: c.int(i, LINE),
      character: c.int(i, CHAR),
      endLine: c.int(i, END_LINE),
      endCharacter: c.int(i, END_CHAR),
      excerpt,
      excerptSpan: { start: c.int(i, EXS_START), end: c.int(i, EXS_END) },
      title: article?.title,
      date: article?.date,
      locator: c.str(i, LOCATOR),
    };
    return this.provenance;
  }

  /** The plain object, for JSON.stringify. */
  toJSON(): Fact {
    return {
      id: this.id, span: this.span, text: this.text, measure: this.measure, quantity: this.quantity, indicator: this.indicator,
      region: this.region, regionInferred: this.regionInferred, period: this.period, scope: this.scope, topN: this.topN,
      target: this.target, phase: this.phase, basis: this.basis, sentence: this.sentence, sentenceSpan: this.sentenceSpan, source: this.source,
    };
  }
}
