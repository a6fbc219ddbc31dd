// Inside one city its districts and counties go by their stems (江夏、黄陂、新洲 in a report on 武汉市),
// inside one province those of all its cities: stems the nationwide lexicon cannot read, since they
// repeat across provinces (鼓楼区, 朝阳区) or are words.
import { chinaDivisions, ETHNIC_GROUP, phraseNamedParts } from './chinaDivisions';

/** Stems of districts that are ordinary words of report writing (绿水青山, 金山银山, 光明前景): read in full
 * only. (Inside their own city 福田, 南山, 龙华, 鼓楼, 滨江, 上城 are rarely anything but the district: read there.) */
const WORD_STEMS = new Set([
  '青山', '金山', '银山', '光明', '和平', '太平', '平安', '长安', '新华', '中原', '红旗', '向阳', '城关', '新城',
  '老城', '开发', '高新', '经开', '城中', '城东', '城西', '城南', '城北', '市中', '河东', '河西', '东城', '西城', '江南', '江北',
  '西湖', '南湖', '北湖', '东湖', '滨湖', '湖滨', '钱塘', '下城', '白云', '海港', '港口', '东港',
  '北山', '东山', '西山', '新兴', '振兴', '前进', '解放', '胜利', '工农', '友好', '友谊', '安定', '永安', '吉利', '兴业',
  '宏伟', '新市', '长城', '山城', '安居', '前锋', '上街', '中山', '平山',
  '清河', '红山', '元宝', '立山', '中心', '矿区', '郊区', '城区', '新区', '东区', '西区', '南区', '北区', '中区',
]);

/** The autonomous regions' capitals, which their own reports call 首府. */
const REGION_CAPITALS: Readonly<Record<string, string>> = {
  内蒙古自治区: '呼和浩特市',
  广西壮族自治区: '南宁市',
  西藏自治区: '拉萨市',
  宁夏回族自治区: '银川市',
  新疆维吾尔自治区: '乌鲁木齐市',
};

const SUFFIX = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUP})+自治(?:县|旗)|区|县|市|旗)$`);

/** A district's or county's stem: 栾川县 → 栾川, 江夏区 → 江夏, 威宁彝族回族苗族自治县 → 威宁. */
export function countyStem(name: string): string | undefined {
  return SUFFIX.exec(name)?.[1];
}

/** The short name of a banner of four characters or more, as Inner Mongolia writes it (达拉特旗 → 达旗). */
export function bannerShortForm(name: string): string | undefined {
  const m = /^(.)(.+?)([左右])?翼?([前中后])?旗$/.exec(name);
  return m && name.length >= 4 ? `${m[1]}${m[3] ?? ''}${m[4] ?? ''}旗` : undefined;
}

/**
 * Stem → full name for the districts and counties of `city` whose stem names nothing else here: not
 * another listed form (`taken`), not a word, not shared by two of the city's parts.
 */
export function localShortForms(city: string, taken: ReadonlyMap<string, string>): Map<string, string> {
  const stems = new Map<string, string | null>();
  // In a province's report (广东区县经济观察) the counties of all its cities: 博罗, 增城, 顺德.
  const province = /(省|自治区)$/.test(city);
  const cities = province ? new Set(chinaDivisions().filter((d) => d.parent === city).map((d) => d.name)) : undefined;
  for (const d of chinaDivisions()) {
    if (d.level !== 'county' || !(cities ? d.parent !== undefined && cities.has(d.parent) : d.parent === city)) continue;
    // 鄂托克前旗 → 鄂前旗, 准格尔旗 → 准旗, 科尔沁右翼前旗 → 科右前旗: banners by their first character.
    const banner = bannerShortForm(d.name);
    if (banner && !taken.has(banner)) stems.set(banner, stems.has(banner) ? null : d.name);
    const stem = countyStem(d.name);
    if (!stem || WORD_STEMS.has(stem) || taken.has(stem)) continue;
    stems.set(stem, stems.has(stem) ? null : d.name);
  }
  // 大同、长治 in a report on 山西 (or on 大同市 itself): cities whose stems are words elsewhere (大同社会,
  // 长治久安) are those cities here.
  for (const name of cities ?? [city]) {
    const stem = /市$/.test(name) ? countyStem(name) : undefined;
    if (stem && !WORD_STEMS.has(stem) && !taken.has(stem)) stems.set(stem, stems.has(stem) ? null : name);
  }
  // 首府新能源汽车保有量6.8万辆 in a report on 内蒙古: the capital of the autonomous region.
  const capital = REGION_CAPITALS[city];
  if (capital && !taken.has('首府')) stems.set('首府', capital);
  const out = new Map([...stems].filter((e): e is [string, string] => e[1] !== null));
  // 和平区 in a report on 沈阳: a name the nationwide lexicon skips as a phrase is the city's part here.
  if (!province) for (const name of phraseNamedParts(city)) if (!taken.has(name)) out.set(name, name);
  return out;
}
