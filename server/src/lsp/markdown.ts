// Small helpers for markdown in hovers.

/** Escapes text so markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** The excerpt with [start, end) in bold, everything else escaped. */
export function markExcerpt(excerpt: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(start, excerpt.length));
  const e = Math.max(s, Math.min(end, excerpt.length));
  if (e === s) return escapeMarkdown(excerpt);
  return `${escapeMarkdown(excerpt.slice(0, s))}**${escapeMarkdown(excerpt.slice(s, e))}**${escapeMarkdown(excerpt.slice(e))}`;
}
