import type { Claim, Fact, InputProblem } from '../types';
import type { DatasetRow, SourceDocument } from '../sourceDocument';
import type { Lexicon } from '../lexicon/lexicon';

export interface IndexStats {
  paths: number;
  facts: number;
}

/** Facts from source documents and datasets, keyed for matching. Files can be replaced one at a time. */
export class ReferenceIndex {
  private readonly byPath = new Map<string, Fact[]>();
  constructor(readonly lexicon: Lexicon) {}
  /** Indexes (or re-indexes) one document; returns the number of facts it holds. */
  addDocument(doc: SourceDocument): number { void doc; return 0; }
  /** Indexes (or re-indexes) the rows of one dataset; returns problems with rows it could not use. */
  addRows(path: string, rows: DatasetRow[]): InputProblem[] { void path; void rows; return []; }
  removePath(path: string): void { this.byPath.delete(path); }
  get facts(): Fact[] { return [...this.byPath.values()].flat(); }
  candidates(claim: Claim): Fact[] { void claim; return []; }
  stats(): IndexStats { return { paths: this.byPath.size, facts: this.facts.length }; }
}
