// Checks inside the draft that need no source: a 个百分点 difference against the two figures it
// compares, a share above 100%, a 分居 list whose ranks outnumber the figures they rank.
import type { Claim, Finding } from '../types';
import { semicolonPartAt } from '../text/segment';

/** Ratios written like shares that may pass 100 %: 完成年度目标的109.7%, a debt ratio, 产销率. */
const MAY_EXCEED_WHOLE = /(完成率|进度|债务率|自给率|产销率|周转率|相当于)/;

const BASE_WORD = /(比|较|高于|低于)/;
/** The base word and what follows it, to the point figure: 比宁波市平均高. */
const BASE_THEN = new RegExp(`${BASE_WORD.source}(.*)$`);
const CHANGE = '(提高|提升|上升|回升|增加|加快|高出|高|下降|下滑|回落|降低|减少|放缓|收窄|扩大|缩小|低|快|慢)';
const CHANGE_VERB = new RegExp(`^${CHANGE}了?$`);
const CHANGE_TAIL = new RegExp(`${CHANGE}了?$`);
const sameSeries = (a: Claim, b: Claim) =>
  a.measure === b.measure && a.indicator.name !== '' && a.indicator.name === b.indicator.name && a.region === b.region && (a.period?.label ?? '') !== (b.period?.label ?? '');
const isPercent = (o: Claim) => (o.measure === 'growth' || o.measure === 'share') && o.quantity.unit === '%';

/**
 * The two percentages a 个百分点 figure is the difference of, when the draft writes both: 由A提高到B，
 * 提高X; A，比…的B提高X; A(of P)，B(of Q)，P比Q高X. A difference from a base the draft does not write
 * (比全国高, 较年初下降) compares nothing in the sentence, so it is left to the sources.
 */
function comparedPair(text: string, list: Claim[], diff: Claim): [Claim, Claim] | undefined {
  // Amounts may stand between the two percentages; another percentage, rank or difference may not.
  const figures = list.filter((o) => o.span.end <= diff.span.start && (o.quantity.unit === '%' || o.measure === 'diff' || o.measure === 'rank'));
  const [a, b] = figures.slice(-2);
  if (!a || !b || !isPercent(a) || !isPercent(b)) return undefined;
  const between = text.slice(a.span.end, b.span.start);
  const gap = text.slice(b.span.end, diff.span.start);
  if (/[；;。！？!?]/.test(gap)) return undefined;
  const base = BASE_THEN.exec(gap);
  if (!base) {
    // (由1—8月的15.8%提高到…: a start with a period of its own is no from-figure, but starts the course.)
    if (b.phase === 'to' && (a.phase === 'from' || /[由从][^，,；;]{0,16}$/.test(text.slice(a.sentenceSpan.start, a.span.start)))) return [a, b];
    // 1—2月A，1—10月B，提高X: one measure of one indicator at two periods, side by side.
    if (sameSeries(a, b) && !/[；;]/.test(between) && CHANGE_TAIL.test(gap) && gap.length <= 8) return [a, b];
    // A，比…的B提高X: the base is the second figure itself.
    const verb = gap.replace(/[）)的水平\s]/g, '');
    return BASE_WORD.test(between) && !/[；;]/.test(between) && CHANGE_VERB.test(verb) ? [a, b] : undefined;
  }
  // P比Q高X: Q must be the place, period or indicator of one of the two figures.
  if (a.measure !== b.measure) return undefined;
  const named = base[2].replace(/[，,\s]/g, '').replace(CHANGE_TAIL, '').replace(/(平均|水平|的|增速|增幅|同期)+$/, '');
  if (named.length < 2) return undefined;
  const names = (o: Claim) => [o.region ?? '', o.period?.label ?? '', o.indicator.name].some((w) => w.length >= 2 && (w.includes(named) || named.includes(w)));
  return names(a) || names(b) ? [a, b] : undefined;
}

export function consistencyFindings(text: string, claims: Claim[]): Finding[] {
  const out: Finding[] = [];
  const bySentence = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  for (const list of bySentence.values()) {
    for (const c of list) {
      if (c.measure === 'share' && c.quantity.unit === '%' && c.quantity.value > 100 + c.quantity.tolerance && !MAY_EXCEED_WHOLE.test(c.indicator.name)) {
        out.push({ code: 'share-over-100', severity: 'warning', span: c.span, args: { actual: c.text }, actual: c.text, evidence: [] });
      }
      if (c.measure === 'diff') {
        const pair = comparedPair(text, list, c);
        if (!pair) continue;
        const [a, b] = pair;
        const computed = Math.abs(b.quantity.value - a.quantity.value);
        const tol = Math.max(c.quantity.tolerance, a.quantity.tolerance + b.quantity.tolerance) + 1e-9;
        if (Math.abs(computed - Math.abs(c.quantity.value)) > tol) {
          const decimals = Math.max(c.quantity.notation.decimals, a.quantity.notation.decimals, b.quantity.notation.decimals);
          const expected = `${computed.toFixed(decimals)}${c.quantity.notation.suffix}`;
          out.push({
            code: 'diff-inconsistent', severity: 'warning', span: c.span,
            args: { actual: c.text, a: a.text, b: b.text, expected },
            actual: c.text, expected, fix: { span: c.span, newText: expected }, evidence: [],
          });
        }
      }
    }
    const sentenceText = list.length ? text.slice(list[0].sentenceSpan.start, list[0].sentenceSpan.end) : '';
    const dist = /(分居|分列|分别位居|分别居|分别列)/.exec(sentenceText);
    if (dist) {
      const at = list[0].sentenceSpan.start + dist.index;
      const ranks = list.filter((c) => c.measure === 'rank' && c.span.start > at);
      // Only the figures since the last ；, where a 分居 list's subjects stand.
      const from = list[0].sentenceSpan.start + semicolonPartAt(sentenceText, dist.index).start;
      const items = list.filter((c) => c.measure !== 'rank' && c.span.end <= at && c.span.start >= from);
      if (ranks.length && items.length && ranks.length !== items.length) {
        out.push({
          code: 'distributive-count', severity: 'warning', span: { start: ranks[0].span.start, end: ranks[ranks.length - 1].span.end },
          args: { ranks: String(ranks.length), items: String(items.length) }, actual: ranks.map((r) => r.text).join('、'), evidence: [],
        });
      }
    }
  }
  return out;
}
