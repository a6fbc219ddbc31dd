// What the server asks the lexicon: canonical names and aliases, for hovers.
import type { Lexicon } from '../core';

/** Canonical name and aliases of an indicator phrase or name, or undefined when the lexicon does not know it. */
export function describeIndicator(lexicon: Lexicon, phrase: string): { name: string; aliases: string[] } | undefined {
  const direct = lexicon.describeIndicator(phrase);
  if (direct) return direct;
  const canonical = lexicon.canonicalIndicator(phrase);
  return canonical.known ? lexicon.describeIndicator(canonical.name) : undefined;
}
