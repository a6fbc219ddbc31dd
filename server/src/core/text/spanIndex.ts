// Finding which of a text's ordered, non-overlapping spans (clauses, table cells) holds an offset.
import type { Span } from '../types';

/** The index of the span holding `at` in `spans` (in text order, not overlapping), or -1. A binary
 * search: a sentence may hold thousands of clauses, a table thousands of cells. */
export function spanIndexAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < spans[mid].start) hi = mid - 1;
    else if (at >= spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
