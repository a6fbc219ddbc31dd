// What a draft leaves unsaid (the year of 今年, the place of 全市) may be read off the figures of it that
// sources verify: when they agree, the rest of the draft is read the same way.

/** Verified figures that must agree before their answer is taken as the draft's. */
const MIN_VOTES = 2;

/** The value most votes agree on: at least MIN_VOTES and two thirds of all, else undefined (no close second). */
export function agreedValue<T>(votes: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  let total = 0;
  for (const v of votes) {
    counts.set(v, (counts.get(v) ?? 0) + 1);
    total++;
  }
  let best: T | undefined;
  let most = 0;
  for (const [value, n] of counts) {
    if (n > most) {
      best = value;
      most = n;
    }
  }
  return most >= MIN_VOTES && most * 3 >= total * 2 ? best : undefined;
}
