// Checks inside the draft that need no source: a 个百分点 difference against the two figures it
// compares, a share above 100%, a 分居 list whose ranks outnumber the figures they rank.
import type { Claim, Finding } from '../types';

/** Ratios written like shares that may pass 100 %: 完成年度目标的109.7%, a debt ratio, 产销率. */
const MAY_EXCEED_WHOLE = /(完成率|进度|债务率|自给率|产销率|周转率|相当于)/;

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
        const before = list.filter((o) => o.span.end <= c.span.start && (o.measure === 'growth' || o.measure === 'share') && o.quantity.unit === '%');
        const clause = text.slice(before[before.length - 1]?.span.end ?? c.span.start, c.span.start);
        if (before.length !== 2 || !/(比|较|高于|低于|提高|下降|回升|回落|上升)/.test(clause)) continue;
        const computed = Math.abs(before[1].quantity.value - before[0].quantity.value);
        const tol = Math.max(c.quantity.tolerance, before[0].quantity.tolerance + before[1].quantity.tolerance) + 1e-9;
        if (Math.abs(computed - Math.abs(c.quantity.value)) > tol) {
          const decimals = Math.max(c.quantity.notation.decimals, before[0].quantity.notation.decimals, before[1].quantity.notation.decimals);
          const expected = `${computed.toFixed(decimals)}${c.quantity.notation.suffix}`;
          out.push({
            code: 'diff-inconsistent', severity: 'warning', span: c.span,
            args: { actual: c.text, a: before[0].text, b: before[1].text, expected },
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
      const semi = Math.max(sentenceText.lastIndexOf('；', dist.index), sentenceText.lastIndexOf(';', dist.index));
      const from = list[0].sentenceSpan.start + semi + 1;
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
