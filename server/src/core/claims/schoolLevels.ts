// Education bulletins list each school level's roster without repeating the level:
// 初中118所，比上年增加2所。招生4.26万人…；在校生12.47万人…；专任教师中本科及以上学历比例为93.8%.
// The level a clause opens on names the bare roster figures after it, in its paragraph, and is written
// one way whatever the text calls it (中职 = 中等职业学校 = 中等职业教育).

/** Each level by its names, longest first within a level. */
const LEVELS: readonly (readonly [string, readonly string[]])[] = [
  ['普通高校', ['普通高等学校', '普通高等院校', '普通高等教育', '普通高校', '高等院校', '高校']],
  ['研究生', ['研究生教育', '研究生']],
  ['成人本专科', ['成人高等教育', '成人本专科']],
  ['中职', ['中等职业学校', '中等职业教育', '中职学校', '中职']],
  ['技工学校', ['技工院校', '技工学校']],
  ['普通高中', ['普通高中', '高中']],
  ['初中', ['普通初中', '初中']],
  ['小学', ['普通小学', '小学']],
  ['幼儿园', ['学前教育', '幼儿园']],
  ['特殊教育', ['特殊教育学校', '特殊教育']],
];

const NAMES = LEVELS.flatMap(([level, names]) => names.map((n) => [n, level] as const)).sort((a, b) => b[0].length - a[0].length);
const LEVEL_OF = new Map(NAMES);
const LEVEL_WORDS = NAMES.map(([n]) => n).join('|');

/** What a roster counts: the heads a level's figures are named by when the level is left out. */
const ROSTER = '(?:招生|招收|在校生|在校学生|在园幼儿|毕业生|专任教师|教职工)';

/** A clause that opens on a level (全市共有初中118所, 2023年普通高中招生…, 中等职业教育方面). */
const LEVEL_OPENING = new RegExp(`^[\\s*_#>]*(?:(?:19|20)[0-9]{2}年|全年|年末|今年)?[，,]?(?:全市|全县|全区|全省)?(?:共有)?(${LEVEL_WORDS})(?![\u4e00-\u9fff]{0,2}(?:阶段|和|与|及|、))`);

/** A roster phrase, with or without its level: 在校生, 初中在校生, 中职毕业生就业率. */
const ROSTER_PHRASE = new RegExp(`^(?:(${LEVEL_WORDS})的?)?(${ROSTER}.*)$`);

/** The level a clause opens on, in its one written form. */
export function levelOpening(clause: string): string | undefined {
  const m = LEVEL_OPENING.exec(clause);
  return m ? LEVEL_OF.get(m[1]) : undefined;
}

/**
 * A roster phrase named by its level: its own when it has one, else the level in view. Undefined when
 * `phrase` is no roster phrase, or has no level of its own and none is in view.
 */
export function rosterOfLevel(phrase: string, level: string | undefined): string | undefined {
  // (本科及以上学历占专任教师比重, as 专任教师中本科及以上学历比例 is named: the roster is the share's base.)
  const base = SHARE_OF_ROSTER.exec(phrase);
  const m = ROSTER_PHRASE.exec(base ? base[2] : phrase);
  if (!m) return undefined;
  const own = m[1] ? LEVEL_OF.get(m[1]) : level;
  return own ? `${base?.[1] ?? ''}${own}${m[2]}` : undefined;
}

/** A share whose base is a roster: 本科及以上学历占(初中)专任教师比重 (group 1 up to the base, 2 the base on). */
const SHARE_OF_ROSTER = new RegExp(`^([^占]{2,}占)((?:(?:${LEVEL_WORDS})的?)?${ROSTER}比重)$`);
