// Units a figure may carry. Scales (万, 亿) multiply; the base unit decides what can be compared.

export const SCALES: [string, number][] = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['千万', 1e7], ['百万', 1e6], ['亿', 1e8], ['万', 1e4], ['千', 1e3],
];

/** Base units, longest first so 平方公里 wins over 公里 and 人次 over 人. */
export const UNITS: string[] = [
  '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '标准箱', '标箱', '人次', '美元', '欧元', '港元', '日元', '人民币',
  '吨标准煤', '千升', '架次', '辆次', '千伏安', '兆伏安',
  // 举办读者活动2.36万场次, 书刊外借1892.6万册次: the whole word, so a fix keeps it; the same count as 场, 册.
  '场次', '册次',
  '千克', '公斤', '公顷', '公里', '千米', '小时', '分钟', '千瓦', '兆瓦', '微克',
  // Rainfall and temperature (降水量1086.4毫米, 平均气温17.8℃), in water and weather reports.
  '毫米', '厘米', '℃', '摄氏度',
  '元', '人', '家', '个', '件', '名', '户', '条', '项', '所', '座', '台', '辆', '套', '处', '只', '吨', '米', '亩', '笔',
  '张', '份', '场', '床', '册', '栋', '间', '头', '株', '棵', '岁', '天', '倍', '艘', '列', '架', '部', '篇', '次', '位', '支', '枚', '斤', '羽',
  // Events counted (发生生产安全事故186起, 查处案件32宗), cases of medicine (器官捐献67例, 手术1.2万例).
  '起', '宗', '例',
  // Cigarettes by the case and leaf by the dan (卷烟销量45.6万箱, 收购烟叶32.8万担, 均价1620元/担).
  '箱', '担',
  // Concentrations and yields per mu (PM2.5浓度19微克/立方米, 单产415.4公斤/亩): the whole unit, so a fix
  // replaces all of it.
  '微克/立方米', '毫克/立方米', '毫克/升', '公斤/亩', '千克/亩',
  // Rates per thousand (出生率8.89‰): compared as written, never with percentages.
  '‰',
  // Rates per 100,000 (孕产妇死亡率7.86/10万).
  '/10万', '/十万',
].sort((a, b) => b.length - a.length);

/** Units that are the same thing written differently. */
const UNIT_ALIASES: Record<string, string> = { 场次: '场', 册次: '册', 摄氏度: '℃', '/十万': '/10万', 人民币: '元', 平方千米: '平方公里', 千米: '公里', 公斤: '千克', 标准箱: '标箱', '公斤/亩': '千克/亩' };

export function canonicalUnit(unit: string): string {
  return UNIT_ALIASES[unit] ?? unit;
}

/** Reads a scale at `at`; returns [text, factor] or undefined. */
export function readScale(text: string, at: number): [string, number] | undefined {
  for (const [s, f] of SCALES) if (text.startsWith(s, at)) return [s, f];
  return undefined;
}

// Units by first character (each list longest first): one lookup instead of trying every unit.
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const list = UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u.charCodeAt(0), list);
}

/** Whether a base unit can start at this character. */
export function startsUnit(code: number): boolean {
  return UNITS_BY_FIRST.has(code);
}

/** What a unit's character is no unit before: 个月, 个季度 (periods, not counts), 次数, 担保, 担任 (a verb). */
const NOT_A_UNIT_BEFORE: Readonly<Record<string, RegExp>> = { 个: /[月季]/, 次: /数/, 担: /[任保当负起]/ };

/** Reads a base unit at `at`, refusing 个月/个季度 (periods, not counts). */
export function readUnit(text: string, at: number): string | undefined {
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(at));
  if (!candidates) return undefined;
  for (const u of candidates) {
    if (!text.startsWith(u, at)) continue;
    const next = text.charAt(at + u.length);
    if (NOT_A_UNIT_BEFORE[u]?.test(next)) return undefined;
    return u + (next === '/' || next === '／' ? perUnit(text, at + u.length + 1) : '');
  }
  return undefined;
}

/** A rate's second unit after its slash (路网密度7.12公里/平方公里, 6087元/平方米, 0.67万人次/公里·日): the
 * whole unit is the figure's, so 公里 and 公里/平方公里 never compare and a fix replaces all of it. */
function perUnit(text: string, at: number): string {
  const scale = /^[百千万]/.test(text.charAt(at)) && !text.startsWith('千米', at) && !text.startsWith('千克', at) && !text.startsWith('千瓦', at) ? text.charAt(at) : '';
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(at + scale.length));
  const unit = candidates?.find((u) => !u.includes('/') && text.startsWith(u, at + scale.length));
  if (!unit) return '';
  const day = text.startsWith('·日', at + scale.length + unit.length) ? '·日' : '';
  return `/${scale}${unit}${day}`;
}
