// Facts from source documents and datasets, keyed by indicator for matching. Each file's facts can be
// replaced on their own, so an editor re-indexes only what changed.
import type { Claim, Fact, InputProblem } from '../types';
import type { DatasetRow, SourceDocument } from '../sourceDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { extract } from '../claims/extractClaims';
import { LineMap } from '../text/lineMap';
import { factsFromRows } from './datasetFacts';
import { regionCompatibility, yearCompatibility } from '../match/compatibility';

export interface IndexStats {
  paths: number;
  facts: number;
}

const EXCERPT_MAX = 160;

export class ReferenceIndex {
  private readonly byPath = new Map<string, Fact[]>();
  /** Facts by indicator, then by region and year, so a claim skips whole groups that cannot match. */
  private readonly byIndicator = new Map<string, Map<string, Map<string, Fact[]>>>();
  /** Indicator names by their last two characters: a name and any name it ends (or is ended by) share them. */
  private readonly byTail = new Map<string, Set<string>>();
  private nextId = 1;

  constructor(readonly lexicon: Lexicon) {}

  /** Indexes (or re-indexes) one document; returns the number of facts it holds. */
  addDocument(doc: SourceDocument): number {
    const { claims, articles } = extract(doc.text, { lexicon: this.lexicon });
    const lines = new LineMap(doc.text);
    const position = doc.position ?? ((o: number) => lines.positionAt(o));
    let a = 0;
    const facts = claims.filter((c) => c.indicator.name).map((c): Fact => {
      // Claims come in text order: the article pointer only moves forward.
      while (a + 1 < articles.length && c.span.start >= articles[a + 1].start) a++;
      const article = articles[a];
      const start = position(c.span.start);
      const end = position(c.span.end);
      const { excerpt, excerptSpan } = excerptOf(doc.text, c);
      // The claim becomes the fact in place: copying half a million claims is what a large corpus
      // spends its time and memory on.
      return Object.assign(c, {
        id: this.nextId++,
        source: {
          path: doc.path,
          line: start.line,
          character: start.character,
          endLine: end.line,
          endCharacter: end.character,
          excerpt,
          excerptSpan,
          title: article?.title || undefined,
          date: article?.date,
          locator: doc.locate?.(c.span.start),
        },
      });
    });
    this.replace(doc.path, facts);
    return facts.length;
  }

  /** Indexes (or re-indexes) the rows of one dataset; returns problems with rows it could not use. */
  addRows(path: string, rows: DatasetRow[]): InputProblem[] {
    const { facts, problems } = factsFromRows(path, rows, this.lexicon, () => this.nextId++);
    this.replace(path, facts);
    return problems;
  }

  removePath(path: string): void {
    this.replace(path, []);
  }

  get facts(): Fact[] {
    return [...this.byPath.values()].flat();
  }

  get paths(): string[] {
    return [...this.byPath.keys()];
  }

  /** Facts stating the claim's indicator (exact canonical name), less groups whose region or year conflict. */
  candidates(claim: Claim): Fact[] {
    return this.factsOf(claim, keyOf(claim));
  }

  private factsOf(claim: Claim, key: string): Fact[] {
    const byRegion = this.byIndicator.get(key);
    if (!byRegion) return [];
    const out: Fact[] = [];
    for (const [region, groups] of byRegion) {
      if (regionCompatibility(claim.region, region || undefined) === 'conflict') continue;
      for (const facts of groups.values()) if (!periodConflicts(claim, facts[0])) for (const f of facts) out.push(f);
    }
    return out;
  }

  /** Facts whose indicator contains the claim's or is contained in it (余姚规上工业增加值 / 规上工业增加值). */
  related(claim: Claim): Fact[] {
    const name = claim.indicator.name;
    if (name.length < 2) return [];
    const out: Fact[] = [];
    for (const key of this.byTail.get(name.slice(-2)) ?? []) {
      if (key !== name && (key.endsWith(name) || name.endsWith(key))) out.push(...this.factsOf(claim, `${key}\u0000${claim.measure}`));
    }
    return out;
  }

  stats(): IndexStats {
    let facts = 0;
    for (const f of this.byPath.values()) facts += f.length;
    return { paths: this.byPath.size, facts };
  }

  private replace(path: string, facts: Fact[]): void {
    const old = this.byPath.get(path);
    if (old) {
      for (const key of new Set(old.map(keyOf))) {
        const name = key.slice(0, key.indexOf('\u0000'));
        const byRegion = this.byIndicator.get(key);
        if (!byRegion) continue;
        for (const [region, groups] of byRegion) {
          for (const [g, list] of groups) {
            const kept = list.filter((x) => x.source.path !== path);
            if (kept.length) groups.set(g, kept);
            else groups.delete(g);
          }
          if (!groups.size) byRegion.delete(region);
        }
        if (!byRegion.size) {
          this.byIndicator.delete(key);
          const measures = ['value', 'growth', 'share', 'diff', 'rank'];
          if (!measures.some((m) => this.byIndicator.has(`${name}\u0000${m}`))) this.byTail.get(name.slice(-2))?.delete(name);
        }
      }
    }
    if (facts.length) this.byPath.set(path, facts);
    else this.byPath.delete(path);
    for (const f of facts) {
      let byRegion = this.byIndicator.get(keyOf(f));
      if (!byRegion) {
        byRegion = new Map();
        this.byIndicator.set(keyOf(f), byRegion);
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
      const g = periodKey(f);
      const list = groups.get(g);
      if (list) list.push(f);
      else groups.set(g, [f]);
    }
  }
}

/** Facts are kept by indicator and measure: a growth claim never looks at values. */
function keyOf(c: Claim): string {
  return `${c.indicator.name}\u0000${c.measure}`;
}

/** Facts of one region are grouped by period (and whether its year and part were inferred). */
const periodKeys = new WeakMap<object, string>();

function periodKey(f: Fact): string {
  const p = f.period;
  if (!p) return '';
  let key = periodKeys.get(p);
  if (key === undefined) {
    key = `${p.year}|${p.yearInferred ? 1 : 0}|${p.part}|${p.partInferred ? 1 : 0}`;
    periodKeys.set(p, key);
  }
  return key;
}

/** The period rules the whole group out (the same tests compatibility() applies to each fact). */
function periodConflicts(claim: Claim, sample: Fact): boolean {
  const a = claim.period;
  const b = sample.period;
  if (!a || !b) return false;
  if (yearCompatibility(a.year, a.yearInferred, b.year, b.yearInferred) === 'conflict') return true;
  return Boolean(a.part && b.part && a.part !== b.part && !a.partInferred && !b.partInferred);
}

/** The sentence around a figure, cut to a readable length with the figure inside. */
function excerptOf(text: string, c: Claim): { excerpt: string; excerptSpan: { start: number; end: number } } {
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
  const raw = text.slice(start, end);
  // 1:1, so excerptSpan stays valid; only copied when there is something to replace.
  const excerpt = /[\r\n\t]/.test(raw) ? raw.replace(/[\r\n\t]/g, ' ') : raw;
  return { excerpt, excerptSpan: { start: c.span.start - start, end: c.span.end - start } };
}
