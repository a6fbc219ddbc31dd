// What the server asks the lexicon. The engine's Lexicon type (so far) only exposes the user's
// additions, so aliases of built-in indicators are not visible here; see the report/issue.
import type { Lexicon } from '../core';

/** The canonical name and its aliases, as far as the lexicon tells (canonical first). */
export function lexiconAliases(lexicon: Lexicon, name: string): string[] {
  const table = lexicon.additions.indicators ?? {};
  if (table[name]) return [name, ...table[name]];
  for (const [canonical, aliases] of Object.entries(table)) if (aliases.includes(name)) return [canonical, ...aliases];
  return [];
}
