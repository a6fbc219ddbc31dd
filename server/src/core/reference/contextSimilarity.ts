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

/** Share of the draft passage's bigrams that the source passage also has (0–1). */
export function contextSimilarity(draftPassage: string, sourcePassage: string): number {
  return overlap(bigramSet(draftPassage), sourcePassage);
}
