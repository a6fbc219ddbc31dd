// `hedui facts`: what was learned from the sources, so a writer sees why a figure was or was not checked.
import type { Fact, Language } from '../core';
import type { OutputFormat } from './args';
import { sourceRef } from './report';

const HEAD: Record<Language, string[]> = {
  zh: ['指标', '口径', '数字', '地区', '时期', '范围', '目标', '来源', '位置', '摘录'],
  en: ['indicator', 'measure', 'figure', 'region', 'period', 'scope', 'target', 'source', 'location', 'excerpt'],
};

function row(f: Fact): string[] {
  return [
    f.indicator.name, f.measure, f.text, f.region ?? '', f.period?.label ?? '', f.scope ?? '', f.target ? 'Y' : '',
    f.source.title ?? '', `${f.source.path}:${f.source.line + 1}:${f.source.character + 1}`, f.source.excerpt,
  ];
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function formatFacts(facts: Fact[], format: OutputFormat, lang: Language): string {
  if (format === 'json') {
    return JSON.stringify({ version: 1, facts: facts.map((f) => ({
      indicator: f.indicator.name, measure: f.measure, text: f.text, value: f.quantity.value, unit: f.quantity.unit,
      region: f.region, period: f.period, scope: f.scope, target: f.target, source: sourceRef(f),
    })) }, null, 2) + '\n';
  }
  if (format === 'csv') return [HEAD[lang], ...facts.map(row)].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
  return facts.map((f) => {
    const r = row(f);
    return `${r[8]}\t${r[0]}\t${r[1]}\t${r[2]}\t${r[3] || '-'}\t${r[4] || '-'}${r[5] ? `\t${r[5]}` : ''}${r[6] ? '\t目标' : ''}`;
  }).join('\n') + `\n${facts.length} facts\n`;
}
