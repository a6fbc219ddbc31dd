// Facts from source documents and datasets, keyed by indicator for matching. Each file's facts can be
// replaced on their own, so an editor re-indexes only what changed.
//
// Storage (factStore.ts): a path's facts are rows of a Chunk, made into Fact objects only when asked
// for. For matching, facts are grouped by indicator and measure, then region, then period; a group
// keeps, per fact and in candidate order, its id, value, tolerance and a "kind" (target, phase, unit,
// approximation, rank scope/basis/topN): everything compatibility() and sameValue() read besides region
// and period, which a group shares. A claim is matched by visiting the groups in place.
import type { Claim, Fact, InputProblem, Period } from '../types';
import type { DatasetRow, SourceDocument } from '../sourceDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { extract } from '../claims/extractClaims';
import { LineMap } from '../text/lineMap';
import { factsFromRows } from './datasetFacts';
import { Chunk, Tables, type ArticleInfo, type RowPlace } from './factStore';
import { regionCompatibility, yearCompatibility } from '../match/compatibility';

export interface IndexStats {
  paths: number;
  facts: number;
}

const EXCERPT_MAX = 160;

/** What compatibility() reads of a fact besides region and period; shared by many facts. */
export interface FactKind {
  measure: Claim['measure'];
  target: boolean;
  phase: Claim['phase'];
  unit: string;
  approx: Claim['quantity']['approx'];
  topN: boolean | undefined;
  scope: string | undefined;
  basis: Claim['basis'];
}

/** Facts of one indicator and measure, region and period (year, part, whether each was inferred). */
export class FactGroup {
  ids = new Int32Array(4);
  values = new Float64Array(4);
  tolerances = new Float64Array(4);
  /** Index into ReferenceIndex.kinds. */
  kinds = new Int32Array(4);
  length = 0;

  constructor(
    /** The facts' region ('' or undefined: none). */
    readonly region: string | undefined,
    /** The period of the first fact: year, part and their inferred flags are those of every fact here. */
    readonly period: Period | undefined,
  ) {}

  push(id: number, value: number, tolerance: number, kind: number): void {
    if (this.length === this.ids.length) {
      const n = this.length * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, b: T): T => (b.set(a), b);
      this.ids = grow(this.ids, new Int32Array(n));
      this.values = grow(this.values, new Float64Array(n));
      this.tolerances = grow(this.tolerances, new Float64Array(n));
      this.kinds = grow(this.kinds, new Int32Array(n));
    }
    const i = this.length++;
    this.ids[i] = id;
    this.values[i] = value;
    this.tolerances[i] = tolerance;
    this.kinds[i] = kind;
  }

  /** Drops the facts with ids in [first, end), keeping the order of the others. */
  removeIds(first: number, end: number): void {
    let k = 0;
    for (let i = 0; i < this.length; i++) {
      const id = this.ids[i];
      if (id >= first && id < end) continue;
      this.ids[k] = id;
      this.values[k] = this.values[i];
      this.tolerances[k] = this.tolerances[i];
      this.kinds[k] = this.kinds[i];
      k++;
    }
    this.length = k;
  }
}

/** Called for each group a claim may match, in candidate order; returning false stops the visit. */
export type GroupVisitor = (group: FactGroup) => boolean | void;

export class ReferenceIndex {
  private readonly tables = new Tables();
  private readonly byPath = new Map<string, Chunk>();
  /** The chunks by first id, for finding a fact by id. */
  private chunks: Chunk[] = [];
  /** Facts by indicator and measure, then by region and period, so a claim skips whole groups that cannot match. */
  private readonly byIndicator = new Map<string, Map<string, Map<string, FactGroup>>>();
  /** Indicator names by their last two characters: a name and any name it ends (or is ended by) share them. */
  private readonly byTail = new Map<string, Set<string>>();
  private readonly kindIds = new Map<string, number>();
  /** The kinds of fact (see FactGroup.kinds). */
  readonly kinds: FactKind[] = [];
  private nextId = 1;

  constructor(readonly lexicon: Lexicon) {}

  /** Indexes (or re-indexes) one document; returns the number of facts it holds. */
  addDocument(doc: SourceDocument): number {
    const { claims, articles } = extract(doc.text, { lexicon: this.lexicon });
    const lines = doc.position ? undefined : new LineMap(doc.text);
    const position = doc.position ?? ((o: number) => (lines as LineMap).positionAt(o));
    let count = 0;
    for (const c of claims) if (c.indicator.name) count++;
    const infos: ArticleInfo[] = articles.map((a) => ({ title: a.title || undefined, date: a.date, dateId: this.tables.date(a.date) }));
    const chunk = new Chunk(this.tables, doc.path, doc.text, false, this.nextId, count, infos);
    this.nextId += count;
    let a = 0;
    let i = 0;
    const at: RowPlace = { excerptStart: 0, excerptEnd: 0, excerptSpan: { start: 0, end: 0 }, line: 0, character: 0, endLine: 0, endCharacter: 0, article: -1, locator: undefined, textAtSpan: false };
    for (const c of claims) {
      if (!c.indicator.name) continue;
      // Claims come in text order: the article pointer only moves forward.
      while (a + 1 < articles.length && c.span.start >= articles[a + 1].start) a++;
      const start = position(c.span.start);
      const end = position(c.span.end);
      excerptOf(c, at);
      at.line = start.line;
      at.character = start.character;
      at.endLine = end.line;
      at.endCharacter = end.character;
      at.article = articles.length ? a : -1;
      at.locator = doc.locate?.(c.span.start);
      at.textAtSpan = isAt(c.text, doc.text, c.span.start);
      chunk.set(i++, c, at);
    }
    this.replace(doc.path, chunk, claims.filter((c) => c.indicator.name));
    return count;
  }

  /** Indexes (or re-indexes) the rows of one dataset; returns problems with rows it could not use. */
  addRows(path: string, rows: DatasetRow[]): InputProblem[] {
    const firstId = this.nextId;
    const { facts, problems } = factsFromRows(path, rows, this.lexicon, () => this.nextId++);
    // The excerpts one after another are the chunk's text; each row's title and date an "article".
    let text = '';
    const infos: ArticleInfo[] = [];
    const infoIds = new Map<string, number>();
    const places = facts.map((f): RowPlace => {
      const s = f.source;
      const start = text.length;
      text += s.excerpt;
      const key = JSON.stringify([s.title ?? null, s.date ?? null]);
      let article = infoIds.get(key);
      if (article === undefined) {
        article = infos.length;
        infos.push({ title: s.title, date: s.date, dateId: this.tables.date(s.date) });
        infoIds.set(key, article);
      }
      return {
        excerptStart: start, excerptEnd: text.length, excerptSpan: s.excerptSpan, line: s.line, character: s.character,
        endLine: s.endLine, endCharacter: s.endCharacter, article, locator: s.locator, textAtSpan: false,
      };
    });
    const chunk = new Chunk(this.tables, path, text, true, firstId, facts.length, infos);
    facts.forEach((f, i) => {
      if (f.id !== firstId + i) throw new Error('dataset fact ids are not consecutive');
      chunk.set(i, f, places[i]);
    });
    this.replace(path, chunk, facts);
    return problems;
  }

  removePath(path: string): void {
    this.replace(path, undefined, []);
  }

  get facts(): Fact[] {
    const out: Fact[] = [];
    for (const chunk of this.byPath.values()) for (let i = 0; i < chunk.count; i++) out.push(chunk.fact(i));
    return out;
  }

  get paths(): string[] {
    return [...this.byPath.keys()];
  }

  /** The fact with this id (one the index holds). */
  fact(id: number): Fact {
    const chunk = this.chunkOf(id);
    return chunk.fact(id - chunk.firstId);
  }

  /** Share of the passage's bigrams (a BigramTable-like counter) found in the fact's excerpt, or in the
   * part of it from `from` to `to` (offsets in the excerpt, as overlap() takes them). */
  excerptOverlap(id: number, count: (text: string, start: number, end: number) => number, from?: number, to?: number): number {
    const chunk = this.chunkOf(id);
    const i = id - chunk.firstId;
    const s = chunk.excerptStart(i);
    const e = chunk.excerptEnd(i);
    if (from === undefined || to === undefined) return count(chunk.text, s, e);
    return count(chunk.text, s + Math.max(0, from), Math.min(s + to, e));
  }

  /** Offset of the fact's figure in its excerpt. */
  excerptFigureStart(id: number): number {
    const chunk = this.chunkOf(id);
    return chunk.excerptSpanStart(id - chunk.firstId);
  }

  /** Orders document dates like (a ?? '').localeCompare(b ?? ''): compare the numbers. */
  dateRank(id: number): number {
    const chunk = this.chunkOf(id);
    return this.tables.dateRank(chunk.dateId(id - chunk.firstId));
  }

  /** Facts stating the claim's indicator (exact canonical name), less groups whose region or year conflict. */
  candidates(claim: Claim): Fact[] {
    const out: Fact[] = [];
    this.visit(claim, claim.indicator.name, (g) => this.collect(g, out));
    return out;
  }

  /** Facts whose indicator contains the claim's or is contained in it (余姚规上工业增加值 / 规上工业增加值). */
  related(claim: Claim): Fact[] {
    const out: Fact[] = [];
    this.visitRelated(claim, (g) => this.collect(g, out));
    return out;
  }

  /** Visits, in candidate order, the groups of facts stating `name` in the claim's measure, less those
   * whose region or period conflict with the claim's. */
  visit(claim: Claim, name: string, visitor: GroupVisitor): boolean {
    const byRegion = this.byIndicator.get(`${name}\u0000${claim.measure}`);
    if (!byRegion) return true;
    for (const [region, groups] of byRegion) {
      if (regionCompatibility(claim.region, region || undefined) === 'conflict') continue;
      for (const g of groups.values()) if (!periodConflicts(claim, g.period) && visitor(g) === false) return false;
    }
    return true;
  }

  /** visit() for each indicator name that ends the claim's or is ended by it, in related() order. */
  visitRelated(claim: Claim, visitor: GroupVisitor): void {
    const name = claim.indicator.name;
    if (name.length < 2) return;
    for (const key of this.byTail.get(name.slice(-2)) ?? []) {
      if (key !== name && (key.endsWith(name) || name.endsWith(key)) && !this.visit(claim, key, visitor)) return;
    }
  }

  stats(): IndexStats {
    let facts = 0;
    for (const c of this.byPath.values()) facts += c.count;
    return { paths: this.byPath.size, facts };
  }

  private collect(g: FactGroup, out: Fact[]): void {
    for (let i = 0; i < g.length; i++) out.push(this.fact(g.ids[i]));
  }

  private chunkOf(id: number): Chunk {
    const chunks = this.chunks;
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid].firstId <= id) lo = mid;
      else hi = mid - 1;
    }
    const chunk = chunks[lo];
    if (!chunk || id < chunk.firstId || id >= chunk.firstId + chunk.count) throw new Error(`no fact ${id}`);
    return chunk;
  }

  private kindOf(c: Claim): number {
    const q = c.quantity;
    const key = `${c.measure}|${c.target}|${c.phase}|${q.approx}|${c.topN}|${c.basis}|${q.unit}\u0000${c.scope === undefined ? '' : `=${c.scope}`}`;
    let id = this.kindIds.get(key);
    if (id === undefined) {
      id = this.kinds.length;
      this.kinds.push({ measure: c.measure, target: c.target, phase: c.phase, unit: q.unit, approx: q.approx, topN: c.topN, scope: c.scope, basis: c.basis });
      this.kindIds.set(key, id);
    }
    return id;
  }

  /** Replaces the facts of `path` by those of `chunk`, whose rows are `claims` (same order). */
  private replace(path: string, chunk: Chunk | undefined, claims: readonly Claim[]): void {
    const old = this.byPath.get(path);
    if (old) {
      const first = old.firstId;
      const end = old.firstId + old.count;
      const keys = new Set<string>();
      for (let i = 0; i < old.count; i++) keys.add(`${old.name(i)}\u0000${old.measure(i)}`);
      for (const key of keys) {
        const name = key.slice(0, key.indexOf('\u0000'));
        const byRegion = this.byIndicator.get(key);
        if (!byRegion) continue;
        for (const [region, groups] of byRegion) {
          for (const [k, g] of groups) {
            g.removeIds(first, end);
            if (!g.length) groups.delete(k);
          }
          if (!groups.size) byRegion.delete(region);
        }
        if (!byRegion.size) {
          this.byIndicator.delete(key);
          const measures = ['value', 'growth', 'share', 'diff', 'rank'];
          if (!measures.some((m) => this.byIndicator.has(`${name}\u0000${m}`))) this.byTail.get(name.slice(-2))?.delete(name);
        }
      }
      this.chunks = this.chunks.filter((c) => c !== old);
    }
    if (chunk && chunk.count) {
      this.byPath.set(path, chunk);
      // Ids only grow: the new chunk goes last.
      this.chunks.push(chunk);
    } else this.byPath.delete(path);
    if (!chunk) return;
    claims.forEach((f, i) => {
      const key = `${f.indicator.name}\u0000${f.measure}`;
      let byRegion = this.byIndicator.get(key);
      if (!byRegion) {
        byRegion = new Map();
        this.byIndicator.set(key, byRegion);
        const tail = f.indicator.name.slice(-2);
        const keys = this.byTail.get(tail);
        if (keys) keys.add(f.indicator.name);
        else this.byTail.set(tail, new Set([f.indicator.name]));
      }
      let groups = byRegion.get(f.region ?? '');
      if (!groups) {
        groups = new Map();
        byRegion.set(f.region ?? '', groups);
      }
      const k = periodKey(f.period);
      let g = groups.get(k);
      if (!g) {
        g = new FactGroup(f.region, f.period);
        groups.set(k, g);
      }
      g.push(chunk.firstId + i, f.quantity.value, f.quantity.tolerance, this.kindOf(f));
    });
  }
}

/** Facts of one region are grouped by period (and whether its year and part were inferred). */
const periodKeys = new WeakMap<object, string>();

function periodKey(p: Period | undefined): string {
  if (!p) return '';
  let key = periodKeys.get(p);
  if (key === undefined) {
    key = `${p.year}|${p.yearInferred ? 1 : 0}|${p.part}|${p.partInferred ? 1 : 0}`;
    periodKeys.set(p, key);
  }
  return key;
}

/** The period rules the whole group out (the same tests compatibility() applies to each fact). */
function periodConflicts(claim: Claim, b: Period | undefined): boolean {
  const a = claim.period;
  if (!a || !b) return false;
  if (yearCompatibility(a.year, a.yearInferred, b.year, b.yearInferred) === 'conflict') return true;
  return Boolean(a.part && b.part && a.part !== b.part && !a.partInferred && !b.partInferred);
}

/** `s` is text[at, at + s.length). */
function isAt(s: string, text: string, at: number): boolean {
  if (at + s.length > text.length) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

/** The sentence around a figure, cut to a readable length with the figure inside (a range of the text). */
function excerptOf(c: Claim, out: RowPlace): void {
  let start = c.sentenceSpan.start;
  let end = c.sentenceSpan.end;
  if (end - start > EXCERPT_MAX) {
    start = Math.max(start, c.span.start - EXCERPT_MAX / 2);
    end = Math.min(end, start + EXCERPT_MAX);
    if (c.span.end > end) {
      end = c.span.end;
      start = Math.max(c.sentenceSpan.start, end - EXCERPT_MAX);
    }
  }
  out.excerptStart = start;
  out.excerptEnd = end;
  out.excerptSpan = { start: c.span.start - start, end: c.span.end - start };
}
