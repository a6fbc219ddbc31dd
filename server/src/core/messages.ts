// Every user-facing sentence, in Chinese (default) and English. Findings and problems carry a code and
// arguments; the text is made here, at the edge, in the language the writer asked for.
import type { Finding, FindingCode, InputProblem, Language } from './types';

type Template = Record<Language, string>;

const FINDINGS: Record<FindingCode, Template> = {
  'value-mismatch': { zh: '数值与来源不符：来源为 {expected}（{source}）', en: 'Figure differs from the source: {expected} in {source}' },
  'growth-mismatch': { zh: '增速与来源不符：来源为 {expected}（{source}）', en: 'Growth rate differs from the source: {expected} in {source}' },
  'share-mismatch': { zh: '比重与来源不符：来源为 {expected}（{source}）', en: 'Share differs from the source: {expected} in {source}' },
  'diff-mismatch': { zh: '百分点差与来源不符：来源为 {expected}（{source}）', en: 'Percentage-point difference differs from the source: {expected} in {source}' },
  'rank-mismatch': { zh: '位次与来源不符：来源为 {expected}（{source}）', en: 'Rank differs from the source: {expected} in {source}' },
  'unit-mismatch': { zh: '单位与来源不符：来源为 {expected}（{source}）', en: 'Unit differs from the source: {expected} in {source}' },
  ambiguous: { zh: '来源中“{indicator}”有多个不同数值：{candidates}', en: 'The sources give several figures for “{indicator}”: {candidates}' },
  unverified: { zh: '未在来源中找到此数字（{indicator}）', en: 'No source states this figure ({indicator})' },
  'diff-inconsistent': { zh: '百分点差与文中数字不符：{a} 与 {b} 相差 {expected}', en: 'Point difference does not fit the figures it compares: {a} and {b} differ by {expected}' },
  'share-over-100': { zh: '比重超过100%：{actual}', en: 'Share above 100%: {actual}' },
  'distributive-count': { zh: '“分居”后的位次数（{ranks}）与前面的指标数（{items}）不符', en: 'The 分居 list has {ranks} ranks for {items} figures' },
  'not-fully-checked': { zh: '文件过大，仅检查了前 {checked} 个字符', en: 'File too large: only the first {checked} characters were checked' },
};

const PROBLEMS: Record<string, Template> = {
  encoding: { zh: '{path} 第 {line} 行起：{replaced} 处字节无法按 {encoding} 解码，已替换为 �，其余内容已索引', en: '{path} from line {line}: {replaced} byte sequence(s) are not valid {encoding} and were replaced by �; the rest was indexed' },
  binary: { zh: '{path}：不是文本文件，已跳过', en: '{path}: not a text file, skipped' },
  'too-large': { zh: '{path}：文件大小 {size} 超过上限 {limit}，未索引', en: '{path}: {size} exceeds the limit of {limit}; not indexed' },
  missing: { zh: '{path}：路径不存在', en: '{path}: path does not exist' },
  unsupported: { zh: '{path}：{count} 个文件类型不受支持（{extensions}），已跳过，例如 {examples}', en: '{path}: {count} file(s) of unsupported types ({extensions}) skipped, e.g. {examples}' },
  csv: { zh: '{path} 第 {line} 行：CSV 格式错误（{detail}）', en: '{path} line {line}: malformed CSV ({detail})' },
  json: { zh: '{path} 第 {line} 行：JSON 格式错误（{detail}）', en: '{path} line {line}: malformed JSON ({detail})' },
  'dataset-row': { zh: '{path} 第 {line} 行：数据行无法使用（{detail}）', en: '{path} line {line}: dataset row not usable ({detail})' },
  config: { zh: '{path} 第 {line} 行：配置错误（{detail}）', en: '{path} line {line}: configuration error ({detail})' },
  'outside-workspace': { zh: '{path}：在不受信任的工作区中，不读取工作区之外的来源', en: '{path}: outside the workspace; not read in an untrusted workspace' },
  'no-text-layer': { zh: '{path}：PDF 没有文字层（扫描件？），共 {pages} 页，无文字的页：{emptyPages}；需要先做文字识别（OCR）', en: '{path}: the PDF has no text layer (a scan?), {pages} pages, pages without text: {emptyPages}; run OCR first' },
  'empty-folder': { zh: '{path}：文件夹中没有可读取的来源', en: '{path}: the folder holds no readable source' },
  'dataset-field': { zh: '{path} 第 {line} 行：字段 {field} 的值“{value}”无效，已忽略', en: '{path} line {line}: field {field} has an invalid value “{value}”; ignored' },
  'dataset-column': { zh: '{path}：未知列“{column}”，已忽略', en: '{path}: unknown column “{column}”, ignored' },
  'config-syntax': { zh: '{path} 第 {line} 行：配置文件不是有效的 JSON（{detail}），使用默认设置', en: '{path} line {line}: not valid JSON ({detail}); defaults used' },
  'config-type': { zh: '{path} 第 {line} 行：配置项 {key} 应为 {expected}，实际为 {actual}，使用默认值', en: '{path} line {line}: {key} should be {expected}, not {actual}; default used' },
  'config-unknown-key': { zh: '{path} 第 {line} 行：未知配置项 {key}', en: '{path} line {line}: unknown setting {key}' },
  unreadable: { zh: '{path}：无法读取（{detail}）', en: '{path}: cannot be read ({detail})' },
};

function fill(template: string, args: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? '');
}

/** The finding's message in the writer's language. */
export function formatFinding(finding: Finding, lang: Language): string {
  return fill(FINDINGS[finding.code][lang], finding.args);
}

/** An input problem's message in the writer's language. */
export function formatProblem(problem: InputProblem, lang: Language): string {
  const t = PROBLEMS[problem.kind] ?? { zh: '{path}：{detail}', en: '{path}: {detail}' };
  const args = { line: problem.line !== undefined ? String(problem.line) : '?', detail: '', ...problem.args, path: problem.path };
  return fill(t[lang], args);
}

/** Short UI strings shared by the CLI and the server. */
export const LABELS: Record<string, Template> = {
  verified: { zh: '已核对', en: 'verified' },
  mismatch: { zh: '与来源不符', en: 'mismatch' },
  unverified: { zh: '未核对', en: 'unverified' },
  ambiguous: { zh: '来源不一', en: 'ambiguous' },
  fixTitle: { zh: '改为 {expected}（来源：{source}）', en: 'Change to {expected} (source: {source})' },
  summary: { zh: '{files} 个文件，{claims} 个数字：{verified} 个已核对，{mismatches} 处与来源不符，{unverified} 个未核对', en: '{files} file(s), {claims} figures: {verified} verified, {mismatches} mismatch(es), {unverified} unverified' },
  indexed: { zh: '已索引 {paths} 个来源，{facts} 条事实', en: 'Indexed {paths} source(s), {facts} facts' },
};

export function label(key: string, lang: Language, args: Record<string, string> = {}): string {
  return fill(LABELS[key]?.[lang] ?? key, args);
}
