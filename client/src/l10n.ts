// The client's strings, Chinese or English after VS Code's display language.
import * as vscode from 'vscode';

const zh = {
  statusLoading: '核对：正在索引…',
  statusReady: (sources: number, facts: number) => `核对：${sources} 个来源 · ${facts} 条事实`,
  statusMismatches: (n: number) => (n ? ` · 本文件 ${n} 处不符` : ' · 本文件无不符'),
  statusTooltip: '核对（Hedui）：点击查看命令',
  statusProblems: (n: number) => `读取来源时有 ${n} 个问题（详见输出面板）`,
  statusPartial: (checked: number, total: number) => ` · 仅核对前 ${checked}/${total} 字`,
  statusPartialTooltip: (limit: number) => `草稿超过 ${limit} 字节的上限（hedui.maxDraftBytes），其余部分未核对`,
  menuPlaceholder: '核对：选择命令',
  reindex: '重新索引来源',
  showFacts: '查看事实表',
  checkWorkspace: '核对工作区内全部草稿',
  openSource: '打开光标处数字的来源',
  showOutput: '显示输出',
  reindexed: (sources: number, facts: number) => `核对：已索引 ${sources} 个来源、${facts} 条事实。`,
  factsPlaceholder: (n: number, total: number) => (n < total ? `输入以筛选 ${total} 条事实（显示前 ${n} 条）` : `输入以筛选 ${total} 条事实`),
  noFacts: '核对：还没有索引到任何事实。请检查 hedui.config.json 的 reference。',
  checking: '核对：正在核对全部草稿…',
  checkedNone: '核对：全部草稿均未发现问题。',
  checkedPlaceholder: (files: number, mismatches: number) => `${files} 个草稿中共 ${mismatches} 处不符`,
  skipped: (n: number) => `另有 ${n} 个文件超出数量上限，未核对。`,
  noSourceHere: '核对：光标处没有已核对的数字。',
  noEditor: '核对：请先打开一个草稿。',
  notRunning: '核对：语言服务器未运行（工作区中没有 hedui.config.json，也没有设置 hedui.reference）。',
  serverFailed: '核对：语言服务器启动失败。',
};

type Strings = typeof zh;

const en: Strings = {
  statusLoading: 'Hedui: indexing…',
  statusReady: (sources, facts) => `Hedui: ${sources} sources · ${facts} facts`,
  statusMismatches: (n) => (n ? ` · ${n} mismatches here` : ' · no mismatches here'),
  statusTooltip: 'Hedui: click for commands',
  statusProblems: (n) => `${n} problems reading the sources (see the Output panel)`,
  statusPartial: (checked, total) => ` · only ${checked}/${total} chars checked`,
  statusPartialTooltip: (limit) => `The draft exceeds the ${limit}-byte limit (hedui.maxDraftBytes); the rest was not checked`,
  menuPlaceholder: 'Hedui: pick a command',
  reindex: 'Re-index reference sources',
  showFacts: 'Show fact table',
  checkWorkspace: 'Check all drafts in the workspace',
  openSource: 'Open the source of the figure under the cursor',
  showOutput: 'Show output',
  reindexed: (sources, facts) => `Hedui: indexed ${sources} sources, ${facts} facts.`,
  factsPlaceholder: (n, total) => (n < total ? `Type to filter ${total} facts (first ${n} shown)` : `Type to filter ${total} facts`),
  noFacts: 'Hedui: no facts indexed yet. Check `reference` in hedui.config.json.',
  checking: 'Hedui: checking all drafts…',
  checkedNone: 'Hedui: no problems found in any draft.',
  checkedPlaceholder: (files, mismatches) => `${mismatches} mismatches in ${files} drafts`,
  skipped: (n) => `${n} more files were not checked (limit reached).`,
  noSourceHere: 'Hedui: no checked figure under the cursor.',
  noEditor: 'Hedui: open a draft first.',
  notRunning: 'Hedui: the language server is not running (no hedui.config.json in the workspace and no hedui.reference setting).',
  serverFailed: 'Hedui: the language server failed to start.',
};

export const t: Strings = vscode.env.language.toLowerCase().startsWith('zh') ? zh : en;
