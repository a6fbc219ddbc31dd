// A draft often names the year once (2023年，全省县域GDP…) and then quotes a section of figures without
// any period (仙桃GDP为1068.36亿元…潜江GDP为982.63亿元). Such a figure can verify a source's 2023 figure
// but never contradict it. When the periodless figures of one section that sources verify agree on the
// period, the section's other periodless figures are read in it and may be contradicted like dated ones.
import type { Claim, ClaimVerdict, Period } from '../types';
import { sectionStarts } from '../text/segment';
import { agreedValue } from './agreedValue';

/** Per claim (by position in `verdicts`), the period its section's verified periodless figures agree on. */
export function sectionPeriods(text: string, verdicts: readonly ClaimVerdict[]): (Period | undefined)[] {
  const starts = sectionStarts(text);
  const sectionOf = (c: Claim): number => {
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= c.span.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at;
  };
  const votes = new Map<number, string[]>();
  const periods = new Map<string, Period>();
  for (const v of verdicts) {
    const p = v.status === 'verified' && !v.claim.period ? v.evidence[0]?.period : undefined;
    if (!p || !/^(19|20)[0-9]{2}$/.test(p.year)) continue;
    const key = `${p.year}|${p.part}`;
    periods.set(key, { year: p.year, part: p.part, label: p.label });
    const section = sectionOf(v.claim);
    let list = votes.get(section);
    if (!list) votes.set(section, (list = []));
    list.push(key);
  }
  const agreed = new Map<number, Period | undefined>();
  for (const [section, list] of votes) {
    const key = agreedValue(list);
    agreed.set(section, key === undefined ? undefined : periods.get(key));
  }
  return verdicts.map((v) => (v.claim.period ? undefined : agreed.get(sectionOf(v.claim))));
}
