// How alike two sentences are, on character bigrams of their words (figures removed). Used to pick
// the source passage a draft sentence was written from when an indicator has several facts.
const cache = new Map<string, Set<string>>();

function bigrams(text: string): Set<string> {
  const hit = cache.get(text);
  if (hit) return hit;
  const set = computeBigrams(text);
  if (cache.size > 50000) cache.clear();
  cache.set(text, set);
  return set;
}

function computeBigrams(text: string): Set<string> {
  const clean = text.replace(/[0-9０-９.,%．，。、；;:：()（）“”"\s-]+/g, '|');
  const set = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) {
    const g = clean.slice(i, i + 2);
    if (!g.includes('|')) set.add(g);
  }
  return set;
}

/** Share of the draft sentence's bigrams that the source sentence also has (0–1). */
export function contextSimilarity(draftSentence: string, sourceSentence: string): number {
  const a = bigrams(draftSentence);
  const b = bigrams(sourceSentence);
  if (!a.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return shared / a.size;
}

/** Text within `radius` characters of a span, inside the given bounds. */
export function around(text: string, start: number, end: number, radius = 30): string {
  return text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius));
}
