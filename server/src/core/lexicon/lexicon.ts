// placeholder replaced below
export interface LexiconAdditions {
  /** Canonical indicator name → aliases. */
  indicators?: Record<string, string[]>;
  /** Canonical region name → short forms. */
  regions?: Record<string, string[]>;
}
export interface Lexicon {
  readonly additions: LexiconAdditions;
}
export function createLexicon(additions: LexiconAdditions = {}): Lexicon {
  return { additions };
}
