// Facts from source documents and datasets, keyed by indicator for matching. Each file's facts can be
// replaced on their own, so an editor re-indexes only what changed.
import type { Claim, Fact, InputProblem } from '../types';
import type { DatasetRow, SourceDocument } from '../sourceDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { extract } from '../claims/extractClaims';
import { LineMap } from '../text/lineMap';
import { factsFromRows } from './datasetFacts';

export interface IndexStats {
  paths: number;
  facts: number;
}

const EXCERPT_MAX = 160;

export class ReferenceIndex {
  private readonly byPath = new Map<string, Fact[]>();
  private readonly byIndicator = new Map<string, Fact[]>();
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

  /** Facts stating the claim's indicator (exact canonical name). */
  candidates(claim: Claim): Fact[] {
    return this.byIndicator.get(claim.indicator.name) ?? [];
  }

  /** Facts whose indicator contains the claim's or is contained in it (余姚规上工业增加值 / 规上工业增加值). */
  related(claim: Claim): Fact[] {
    const name = claim.indicator.name;
    if (name.length < 2) return [];
    const out: Fact[] = [];
    for (const [key, facts] of this.byIndicator) {
      if (key !== name && key.length >= 2 && (key.endsWith(name) || name.endsWith(key))) out.push(...facts);
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
      for (const f of old) {
        const list = this.byIndicator.get(f.indicator.name);
        if (!list) continue;
        const kept = list.filter((x) => x.source.path !== path);
        if (kept.length) this.byIndicator.set(f.indicator.name, kept);
        else this.byIndicator.delete(f.indicator.name);
      }
    }
    if (facts.length) this.byPath.set(path, facts);
    else this.byPath.delete(path);
    for (const f of facts) {
      const list = this.byIndicator.get(f.indicator.name);
      if (list) list.push(f);
      else this.byIndicator.set(f.indicator.name, [f]);
    }
  }
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
  const excerpt = text.slice(start, end).replace(/[\r\n\t]/g, ' '); // 1:1, so excerptSpan stays valid
  return { excerpt, excerptSpan: { start: c.span.start - start, end: c.span.end - start } };
}
