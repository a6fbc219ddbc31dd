// Every province, prefecture and county of the mainland, from the statistics bureau's division codes
// as packaged by @vant/area-data (MIT), so that a report about any place reads its regions, not only
// one about Zhejiang. Bundled: nothing is fetched at run time.
import { areaList } from '@vant/area-data';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  name: string;
  level: DivisionLevel;
  /** The division it belongs to (海曙区 → 宁波市, 宁波市 → 浙江省); none when the name is shared by
   * divisions of different parents (鼓楼区 in four cities). */
  parent?: string;
}

/** Full names that are also ordinary words or phrases of report writing (老城区 改造, 开发区 建设,
 * 共同富裕县域, 会同县级部门 …): a county so named is not recognised at all. */
const COMMON_PHRASE_NAMES = new Set([
  '开发区', '高新区', '新城区', '老城区', '古城区', '城关区', '城中区', '城东区', '城西区', '城北区', '市中区', '市南区',
  '市北区', '新市区', '西市区', '港口区', '解放区', '工农区', '向阳区', '前进区', '东风区', '红旗区', '友好区', '友谊县',
  '振兴区', '新兴区', '新兴县', '宏伟区', '平安区', '太平区', '和平区', '和平县', '新华区', '长安区', '中原区',
  '富裕县', '资源县', '会同县', '延长县', '南部县', '中方县', '两当县', '大方县', '温泉县', '石棉县', '富民县', '同心县',
  '永和县', '和顺县', '永兴县', '兴业县', '长城区', '安居区', '前锋区', '湖滨区', '滨湖区', '东湖区', '北湖区', '山城区',
  '上街区', '共和县', '新区', '矿区', '城区', '郊区', '东区', '西区', '南区', '北区', '中区',
]);

/** The peoples an autonomous division is named after (威宁彝族回族苗族自治县: 彝族, 回族, 苗族). */
export const ETHNIC_NAME =
  '(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|' +
  '达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)';
export const ETHNIC_GROUP = `${ETHNIC_NAME}族?`;

/** A division's name ends in its kind; the table also lists towns, ports and parks under the
 * prefectures that have no counties (东莞, 中山), and placeholders (市辖区, 省直辖县级行政区划). */
const DIVISION_NAME = /(?:省|市|区|县|旗|盟|州|地区)$/;
const PLACEHOLDER = /直辖|行政区划|市辖区/;

/** Taiwan's, Hong Kong's and Macao's entries list townships under other conventions. */
const OTHER_SYSTEMS = /^(?:71|81|82)/;

/** Two-character counties whose first character ends no common word, so that 县 after it is the county
 * (歙县, 澧县); the rest (和县 in 和县域, 南县 in 湖南县域, 献县 in 贡献县域) are read only in full three. */
const TWO_CHARACTER_COUNTIES = new Set([
  '歙县', '黟县', '蠡县', '沛县', '泗县', '泾县', '莒县', '莘县', '郏县', '浚县', '淇县', '睢县', '攸县', '澧县', '泸县', '珙县',
  '岷县', '盂县', '沁县', '祁县', '绛县', '隰县', '蔚县', '萧县', '杞县', '嵩县', '邱县', '磁县', '魏县', '赵县', '雄县', '沧县',
  '曹县', '藤县', '忠县', '茂县', '眉县', '陇县', '乾县', '勉县', '岚县', '漳县', '蒲县',
]);

function accept(code: string, name: string): boolean {
  return !OTHER_SYSTEMS.test(code) && (name.length >= 3 || TWO_CHARACTER_COUNTIES.has(name)) && DIVISION_NAME.test(name) && !PLACEHOLDER.test(name) && !COMMON_PHRASE_NAMES.has(name);
}

/** Of those, the ones too generic to read even inside their own city (新区建设, 城区人口). */
const GENERIC_NAMES = new Set(['开发区', '高新区', '新城区', '老城区', '古城区', '新区', '矿区', '城区', '郊区', '东区', '西区', '南区', '北区', '中区', '港口区', '新市区']);

/** The districts and counties of `city` whose names are also phrases (沈阳市和平区): in a report on that
 * city, its parts. */
export function phraseNamedParts(city: string): readonly string[] {
  if (!phraseParts) {
    phraseParts = new Map();
    const { city_list: cities, county_list: counties } = areaList;
    for (const [code, name] of Object.entries(counties)) {
      const owner = cities[`${code.slice(0, 4)}00`];
      if (!owner || !COMMON_PHRASE_NAMES.has(name) || GENERIC_NAMES.has(name)) continue;
      phraseParts.set(owner, [...(phraseParts.get(owner) ?? []), name]);
    }
  }
  return phraseParts.get(city) ?? [];
}
/** City → its phrase-named parts, built on first use. */
let phraseParts: Map<string, string[]> | undefined;

let divisions: Division[] | undefined;
/** Names shared by divisions of different parents (南山区 of 深圳 and of 鹤岗) → those parents. */
let sharedParents: Map<string, string[]> | undefined;

/** The parents a shared name may have (南山区 → 深圳市, 鹤岗市); none for a name of one division. */
export function parentsOfSharedName(name: string): readonly string[] {
  chinaDivisions();
  return sharedParents?.get(name) ?? [];
}

/** The divisions, provinces first, then prefectures, then counties (each name once, at its highest level). */
export function chinaDivisions(): readonly Division[] {
  if (divisions) return divisions;
  const { province_list: provinces, city_list: cities, county_list: counties } = areaList;
  // Codes are PPCCXX: a county's prefecture is PPCC00, a prefecture's province PP0000.
  const parentOf = (code: string, level: DivisionLevel): string | undefined =>
    level === 'county' ? cities[`${code.slice(0, 4)}00`] : level === 'prefecture' ? provinces[`${code.slice(0, 2)}0000`] : undefined;
  const byName = new Map<string, Division>();
  const parents = new Map<string, string[]>();
  const add = (table: Record<string, string>, level: DivisionLevel): void => {
    for (const [code, name] of Object.entries(table)) {
      if (!accept(code, name)) continue;
      const parent = parentOf(code, level);
      const usable = parent && accept(`${code.slice(0, 4)}00`, parent) ? parent : undefined;
      const seen = byName.get(name);
      if (!seen) byName.set(name, { name, level, parent: usable });
      else if (seen.level === level && seen.parent !== usable) seen.parent = undefined;
      if (usable && (!seen || seen.level === level)) parents.set(name, [...(parents.get(name) ?? []), usable]);
    }
  };
  add(provinces, 'province');
  add(cities, 'prefecture');
  add(counties, 'county');
  divisions = [...byName.values()];
  sharedParents = new Map([...parents].filter(([name, list]) => list.length > 1 && byName.get(name)?.parent === undefined));
  return divisions;
}
