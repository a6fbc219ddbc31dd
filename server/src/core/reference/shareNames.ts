// The names of shares: what a share is of (its subject, before 占) and of what whole (its base, after 占),
// so that 税收占比, 税收收入占一般公共预算收入比重 and 煤炭消费比重 / 煤炭消费量占能源消费总量的比重 are
// known as one share written two ways, and 占全国 / 占地区生产总值 as two.

/** 经营性收入占比较上年提高, 比重比上年末提高了: words before a figure that say a share changed by it. */
const SHARE_CHANGED = /(?:占比|比重|比例|份额)[^，,；;。0-9占]{0,8}$/;
export function isShareChange(near: string): boolean {
  return SHARE_CHANGED.test(near);
}

/** What a share is a share of: 税收收入占一般公共预算收入比重 → 一般公共预算收入 ('' without 占). */
function shareBase(name: string): string {
  const at = name.indexOf('占');
  return at > 0 ? name.slice(at + 1).replace(/的?(?:比重|比例|份额)$/, '') : '';
}

/** A whole beyond any one place: 全市 or 全省 may be short for whatever the place's total is (占全市的85.0%
 * for 占全市A股上市公司的), 全国 in a city's figure is not the city's. */
const PLACE_BASE = /^(?:全国|全球|世界)$/;
const PLACE_OPENING = /^(?:全|本|我|各|世界|其中|总)/;

/** 占全国比重 and 占地区生产总值比重 (one share of the country's whole, the other of an indicator), 占新增养老床位
 * and 占养老床位 (of what was added, of all there are): two figures whatever their subject. */
export function basesDiffer(a: string, b: string): boolean {
  const x = shareBase(a);
  const y = shareBase(b);
  if (!x || !y || x === y) return false;
  // (占新增养老床位 is of what was added this year, 占养老床位 of all there are: two wholes.)
  if (x === `新增${y}` || y === `新增${x}`) return true;
  // (占全国 is short for 占全国棉花总产量: a base that opens on a place is that place's whole.)
  return (PLACE_BASE.test(x) && !PLACE_OPENING.test(y)) || (PLACE_BASE.test(y) && !PLACE_OPENING.test(x));
}

/** Words a share's subject may be written with or without: 税收 / 税收收入, 义务教育经费 / 义务教育经费总投入. */
const SUBJECT_TAIL = /^总?(?:收入|额|量|投入|支出|增加值|产值|金额|规模|数量|人数|数)$/;

/**
 * Whether two shares' names (with their base after 占 or without), `sa` and `sb` their subjects (shareSubject),
 * have one subject, the one starting the other:
 * 税收收入 / 税收占一般公共预算收入比重, 水路货运量已占到… / 水路货运量占…. A share named without its base
 * (女性乡镇党委书记, of 女性乡镇党委书记比例) that goes on past the other's subject with words of its own
 * may hold its base in them: the women among the township secretaries are no share of 女性占市人大代表比重.
 */
export function sameSubject(a: string, sa: string, b: string, sb: string): boolean {
  const [short, long, shortName, longName] = sa.length <= sb.length ? [sa, sb, a, b] : [sb, sa, b, a];
  if (!long.startsWith(short)) return false;
  return oneSubject(short, long) || ownBase(longName) || !ownBase(shortName);
}

/** 占Y比重, 相当于Y: a share's name that holds its base. */
function ownBase(name: string): boolean {
  return name.includes('占') || name.includes('相当于');
}

/** What a share is of: 税收收入占一般公共预算收入比重 → 税收收入; a name without 占 is its own subject. */
export function shareSubject(name: string): string {
  const at = name.indexOf('占');
  return at > 0 ? name.slice(0, at) : name;
}

/** Two subjects of one quantity, one written with a word the other leaves out (煤炭消费 / 煤炭消费量,
 * 税收 / 税收收入). */
export function oneSubject(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long === short || SUBJECT_TAIL.test(long.slice(short.length)));
}
