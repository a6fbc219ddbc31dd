// Facts from source documents and datasets, keyed by indicator for matching. Each file's facts can be
// replaced on their own, so an editor re-indexes only what changed.
import type { Claim, Fact, InputProblem } from '../types';
import type { DatasetRow, SourceDocument } from '../sourceDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { extract } from '../claims/extractClaims';
import { LineMap } from '../text/lineMap';
import { factsFromRows } from './datasetFacts';
import { compatibility } from '../match/compatibility';

export interface IndexStats {
  paths: number;
  facts: number;
}

const EXCERPT_MAX = 160;

export class ReferenceIndex {
  private readonly byPath = new Map<string, Fact[]>();
  /** Facts by indicator, then by region and year, so a claim skips whole groups that cannot match. */
  private readonly byIndicator = new Map<string, Map<string, Fact[]>>();
  /** Indicator names by their last two characters: a name and any name it ends (or is ended by) share them. */
  private readonly byTail = new Map<string, Set<string>>();
  private nextId = 1;

  constructor(readonly lexicon: Lexicon) {}

  /** Indexes (or re-indexes) one document; returns the number of facts it holds. */
  addDocument(doc: SourceDocument): number {
    const { claims, articles } = extract(doc.text, { lexicon: this.lexicon });
    const lines = new LineMap(doc.text);
    const position = doc.position ?? ((o: number) => lines.positionAt(o));
    const facts = claims.filter((c) => c.indicator.name).map((c): Fact => {
      const article = [...articles].reverse().find((a) => c.span.start >= a.start) ?? articles[0];
      const start = position(c.span.start);
      const end = position(c.span.end);
      const { excerpt, excerptSpan } = excerptOf(doc.text, c);
      return {
        ...c,
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
      };
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
    return this.factsOf(claim, claim.indicator.name);
  }

  private factsOf(claim: Claim, name: string): Fact[] {
    const groups = this.byIndicator.get(name);
    if (!groups) return [];
    const out: Fact[] = [];
    for (const facts of groups.values()) if (!groupConflicts(claim, facts[0])) out.push(...facts);
    return out;
  }

  /** Facts whose indicator contains the claim's or is contained in it (余姚规上工业增加值 / 规上工业增加值). */
  related(claim: Claim): Fact[] {
    const name = claim.indicator.name;
    if (name.length < 2) return [];
    const out: Fact[] = [];
    for (const key of this.byTail.get(name.slice(-2)) ?? []) {
      if (key !== name && (key.endsWith(name) || name.endsWith(key))) out.push(...this.factsOf(claim, key));
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
      for (const name of new Set(old.map((f) => f.indicator.name))) {
        const groups = this.byIndicator.get(name);
        if (!groups) continue;
        for (const [key, list] of groups) {
          const kept = list.filter((x) => x.source.path !== path);
          if (kept.length) groups.set(key, kept);
          else groups.delete(key);
        }
        if (!groups.size) {
          this.byIndicator.delete(name);
          this.byTail.get(name.slice(-2))?.delete(name);
        }
      }
    }
    if (facts.length) this.byPath.set(path, facts);
    else this.byPath.delete(path);
    for (const f of facts) {
      let groups = this.byIndicator.get(f.indicator.name);
      const key = groupKey(f);
      if (groups) {
        const list = groups.get(key);
        if (list) list.push(f);
        else groups.set(key, [f]);
      } else {
        groups = new Map([[key, [f]]]);
        this.byIndicator.set(f.indicator.name, groups);
        const tail = f.indicator.name.slice(-2);
        const keys = this.byTail.get(tail);
        if (keys) keys.add(f.indicator.name);
        else this.byTail.set(tail, new Set([f.indicator.name]));
      }
    }
  }
}

/** Facts in one group share region, year and whether the year was inferred. */
function groupKey(f: Fact): string {
  return `${f.region ?? ''}|${f.period?.year ?? ''}|${f.period?.yearInferred ? 1 : 0}`;
}

/** Region or year rule the whole group out (the same tests compatibility() applies to each fact). */
function groupConflicts(claim: Claim, sample: Fact): boolean {
  const probe: Claim = { ...claim, period: claim.period && { ...claim.period, part: '' } };
  const fact: Claim = { ...claim, region: sample.region, regionInferred: sample.regionInferred, period: sample.period && { ...sample.period, part: '' } };
  return compatibility(probe, fact) === 'conflict';
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
