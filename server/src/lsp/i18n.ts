// The server's own strings (hover labels, code action titles, progress). Finding messages come from
// the engine's messages.ts. Chinese by default; English when the client's locale starts with "en".
import type { ClaimStatus, Language } from '../core';

export function languageOf(locale: string | undefined): Language {
  return locale && locale.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export interface Messages {
  lang: Language;
  indexing: string;
  status: Record<ClaimStatus, string>;
  notReady: string;
  sourceSays: (figure: string) => string;
  source: string;
  line: (n: number) => string;
  openSource: string;
  indicator: string;
  aliases: string;
  noAliases: string;
  unknownIndicator: string;
  fixTo: (expected: string, title: string) => string;
  fixAll: (n: number) => string;
  ignore: string;
  openSourceAction: (title: string) => string;
  internalError: (where: string) => string;
  noSourceFound: string;
  problemPrefix: string;
}

const zh: Messages = {
  lang: 'zh',
  indexing: '核对：正在索引来源',
  status: { verified: '✓ 与来源一致', mismatch: '✗ 与来源不符', unverified: '？未找到来源', ambiguous: '？来源说法不一' },
  notReady: '来源索引尚未完成',
  sourceSays: (f) => `来源数字：**${f}**`,
  source: '来源',
  line: (n) => `第${n}行`,
  openSource: '打开来源',
  indicator: '指标',
  aliases: '别名',
  noAliases: '（无别名）',
  unknownIndicator: '词表中没有这个指标',
  fixTo: (e, t) => `改为 ${e}（来源：${t}）`,
  fixAll: (n) => `核对：修正本文件全部 ${n} 处不符数字`,
  ignore: '忽略此数字',
  openSourceAction: (t) => `打开来源：${t}`,
  internalError: (w) => `核对（Hedui）内部错误：${w}。详情见输出面板。`,
  noSourceFound: '这个数字没有对应的来源',
  problemPrefix: '核对：',
};

const en: Messages = {
  lang: 'en',
  indexing: 'Hedui: indexing sources',
  status: { verified: '✓ Matches the source', mismatch: '✗ Differs from the source', unverified: '? No source found', ambiguous: '? Sources disagree' },
  notReady: 'The sources are still being indexed',
  sourceSays: (f) => `Source figure: **${f}**`,
  source: 'Source',
  line: (n) => `line ${n}`,
  openSource: 'Open source',
  indicator: 'Indicator',
  aliases: 'Aliases',
  noAliases: '(no aliases)',
  unknownIndicator: 'Not in the lexicon',
  fixTo: (e, t) => `Change to ${e} (source: ${t})`,
  fixAll: (n) => `Hedui: fix all ${n} mismatched figures in this file`,
  ignore: 'Ignore this figure',
  openSourceAction: (t) => `Open source: ${t}`,
  internalError: (w) => `Hedui internal error in ${w}. See the output panel for details.`,
  noSourceFound: 'No source backs this figure',
  problemPrefix: 'Hedui: ',
};

export function messagesFor(lang: Language): Messages {
  return lang === 'en' ? en : zh;
}
