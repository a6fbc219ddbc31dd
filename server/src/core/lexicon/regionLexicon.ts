// Shipped lexicon of regions: canonical name → short forms. Zhejiang is listed by hand with its short
// forms (the first corpus is Ningbo's); the rest of the country comes from the division codes.
import { chinaDivisions, ETHNIC_GROUP, ETHNIC_NAME } from './chinaDivisions';

const NINGBO_DISTRICTS = ['海曙区', '江北区', '镇海区', '北仑区', '鄞州区', '奉化区', '余姚市', '慈溪市', '宁海县', '象山县'];
const ZHEJIANG_CITIES = ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '衢州市', '舟山市', '台州市', '丽水市'];
const ZHEJIANG_COUNTIES = [
  '上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区', '桐庐县', '淳安县', '建德市',
  '鹿城区', '龙湾区', '瓯海区', '洞头区', '乐清市', '瑞安市', '永嘉县', '平阳县', '苍南县', '文成县', '泰顺县', '龙港市',
  '南湖区', '秀洲区', '海宁市', '平湖市', '桐乡市', '嘉善县', '海盐县', '吴兴区', '南浔区', '德清县', '长兴县', '安吉县',
  '越城区', '柯桥区', '上虞区', '诸暨市', '嵊州市', '新昌县', '婺城区', '金东区', '兰溪市', '义乌市', '东阳市', '永康市',
  '武义县', '浦江县', '磐安县', '柯城区', '衢江区', '江山市', '常山县', '开化县', '龙游县', '定海区', '普陀区', '岱山县',
  '嵊泗县', '椒江区', '黄岩区', '路桥区', '临海市', '温岭市', '玉环市', '天台县', '仙居县', '三门县', '莲都区', '龙泉市',
  '青田县', '缙云县', '遂昌县', '松阳县', '云和县', '庆元县', '景宁畲族自治县',
];
const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省',
  '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
];
const LARGE_CITIES = [
  '广州市', '深圳市', '南京市', '苏州市', '无锡市', '武汉市', '成都市', '西安市', '青岛市', '厦门市', '大连市', '沈阳市',
  '长沙市', '郑州市', '济南市', '合肥市', '福州市', '哈尔滨市', '长春市', '昆明市', '南昌市', '东莞市', '佛山市', '常州市',
];
/** Shanghai's outer districts, written by their stems in reports on the Yangtze delta (松江、嘉兴…九城市). */
const SHANGHAI_DISTRICTS = ['浦东新区', '闵行区', '松江区', '青浦区', '嘉定区', '奉贤区', '崇明区'];
const FUNCTIONAL_AREAS: Record<string, string[]> = {
  前湾新区: ['宁波前湾新区', '杭州湾新区'],
  // Bare 高新区/保税区 name a zone of whatever city the text is about; 成都高新区 is read as a zone of its own.
  宁波高新区: [],
  宁波保税区: [],
  高新区: [],
  经开区: [],
  航空港区: [],
  保税区: [],
  // The city's core apart from its counties (中心城区完成城建投资263.5亿元, 占全市的54.2%): a part, not the city.
  中心城区: [],
  主城区: [],
  宁波舟山港: [],
  梅山: [],
};
/** Areas that span provinces, reported on as wholes (长三角铁路发送旅客4.17亿人次). */
const MACRO_REGIONS: Record<string, string[]> = {
  长江三角洲地区: ['长三角', '长三角地区', '长江三角洲', '沪苏浙皖', '苏浙皖沪', '江浙沪皖', '三省一市'],
  珠江三角洲地区: ['珠三角', '珠三角地区', '珠江三角洲'],
  京津冀地区: ['京津冀'],
  粤港澳大湾区: ['大湾区'],
  成渝地区双城经济圈: ['成渝地区'],
  // The great regions by their usual names (东北, 西南 alone are directions: those in full only).
  华东地区: ['华东'],
  华北地区: ['华北'],
  华南地区: ['华南'],
  华中地区: ['华中'],
  东北地区: [],
  西南地区: [],
  西北地区: [],
  // Guangdong's own division, reported on beside 珠三角.
  粤东地区: ['粤东'],
  粤西地区: ['粤西'],
  粤北地区: ['粤北'],
  粤东西北地区: ['粤东西北'],
};
/** The country as a whole: 全国居民人均可支配收入 is the nation's figure, not the indicator's words. */
const NATION: Record<string, string[]> = { 全国: ['我国'] };

const ADMIN_SUFFIX = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUP})+自治(?:州|县|旗|区)|自治区|特别行政区|新区|林区|特区|地区|市|区|县|省|盟)$`);

/** A county named after its people: 东乡族自治县, 鄂温克族自治旗. */
const PEOPLE_NAMED = new RegExp(`^(${ETHNIC_NAME})族自治(?:县|旗)$`);

/** Drops the admin suffix for the short form: 余姚市 → 余姚, 内蒙古自治区 → 内蒙古, 延边朝鲜族自治州 → 延边,
 * 东乡族自治县 → 东乡. */
function shortForm(name: string): string | undefined {
  return PEOPLE_NAMED.exec(name)?.[1] ?? ADMIN_SUFFIX.exec(name)?.[1];
}

function withShortForms(names: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const n of names) {
    const s = shortForm(n);
    out[n] = s ? [s] : [];
  }
  return out;
}

// A short form that is also a common word (路桥 roads and bridges, 钱塘江 the river) would turn
// ordinary text into regions: such names are recognised only in full.
const AMBIGUOUS_SHORT_FORMS = new Set(['西湖', '南湖', '普陀', '天台', '江山', '钱塘', '滨江', '衢江', '椒江', '路桥', '上城', '开化']);

const CURATED: Record<string, string[]> = {
  ...withShortForms([...PROVINCES, ...ZHEJIANG_CITIES, ...LARGE_CITIES, ...NINGBO_DISTRICTS, ...ZHEJIANG_COUNTIES, ...SHANGHAI_DISTRICTS]),
  ...FUNCTIONAL_AREAS,
  ...MACRO_REGIONS,
  ...NATION,
};
for (const [name, forms] of Object.entries(CURATED)) CURATED[name] = forms.filter((f) => !AMBIGUOUS_SHORT_FORMS.has(f));
/** 全疆, 全川, 全粤: a province's whole by its one-character name, as its reports write it. */
const PROVINCE_WHOLES: Record<string, string> = {
  新疆维吾尔自治区: '全疆', 四川省: '全川', 福建省: '全闽', 广东省: '全粤', 河南省: '全豫', 湖南省: '全湘', 江西省: '全赣',
  贵州省: '全黔', 云南省: '全滇', 广西壮族自治区: '全桂', 海南省: '全琼', 甘肃省: '全陇', 山西省: '全晋', 河北省: '全冀',
};
for (const [name, whole] of Object.entries(PROVINCE_WHOLES)) CURATED[name].push(whole);

/** Stems of cities elsewhere that are ordinary words (日照 sunshine, 文山会海, 朝阳产业, 同仁 colleagues):
 * those cities are recognised in full only. */
const COMMON_WORD_STEMS = new Set([
  '大同', '长治', '朝阳', '白山', '黑河', '兴安', '日照', '中山', '来宾', '普洱', '红河', '文山', '怒江', '阿里', '安康', '白银',
  '玉树', '海西', '沙河', '三河', '孝义', '新民', '北镇', '灯塔', '榆树', '磐石', '临江', '大安', '龙井', '五常', '无为', '天长',
  '樟树', '高密', '应城', '阳春', '东方', '会理', '安宁', '弥勒', '合作', '同仁', '新星', '白杨', '四会', '双河', '北票', '永安',
]);

/**
 * The rest of the country: full names of every division; short forms for provinces, prefectures and
 * county-level cities (昆山, 江阴), where the stem names one place only and is not an ordinary word.
 * A district or county (鼓楼区, 和平县) is recognised in full: their stems repeat across provinces.
 */
function nationwide(curated: Record<string, string[]>): { forms: Record<string, string[]>; listedOnly: Map<string, string> } {
  const taken = new Set(Object.entries(curated).flatMap(([name, forms]) => [name, ...forms]));
  const LEVEL = { province: 0, prefecture: 1, county: 2 } as const;
  // For each stem, the best (lowest) level that has it and how many divisions share that level.
  const stems = new Map<string, { level: number; count: number }>();
  for (const d of chinaDivisions()) {
    const stem = shortForm(d.name);
    if (!stem) continue;
    const seen = stems.get(stem);
    const level = LEVEL[d.level];
    if (!seen || level < seen.level) stems.set(stem, { level, count: 1 });
    else if (level === seen.level) seen.count++;
  }
  const fullNames = new Set(chinaDivisions().map((d) => d.name));
  const out: Record<string, string[]> = {};
  const listedOnly = new Map<string, string>();
  for (const d of chinaDivisions()) {
    if (d.name in curated) continue;
    const stem = shortForm(d.name);
    const named = stem !== undefined && (d.level !== 'county' || d.name.endsWith('市'));
    const unique = named && stems.get(stem)?.level === LEVEL[d.level] && stems.get(stem)?.count === 1;
    const usable = unique && !taken.has(stem) && !fullNames.has(stem);
    out[d.name] = usable && !COMMON_WORD_STEMS.has(stem) ? [stem] : [];
    // 德宏傣族景颇族自治州 is written 德宏州, 峨边彝族自治县 峨边县 or 峨边自治县, 鄂温克族自治旗 鄂温克旗.
    const autonomous = /自治(州|县|旗)$/.exec(d.name);
    if (autonomous && stem) out[d.name].push(stem + autonomous[1], `${stem}自治${autonomous[1]}`);
    if (usable && COMMON_WORD_STEMS.has(stem)) listedOnly.set(stem, d.name);
  }
  return { forms: out, listedOnly };
}

const NATIONWIDE = nationwide(CURATED);
export const REGIONS: Record<string, string[]> = { ...NATIONWIDE.forms, ...CURATED };

/**
 * Short forms that are also ordinary words (日照), read as places only in a list with another place
 * (日照、枣庄增速分居全省前两位): stem → full name.
 */
export const LISTED_ONLY_FORMS: ReadonlyMap<string, string> = new Map([
  ...NATIONWIDE.listedOnly,
  // (钱塘、萧山两区: so are the curated places whose stems are words, 钱塘江 the river.)
  ...Object.keys(CURATED).flatMap((name): [string, string][] => {
    const stem = shortForm(name);
    return stem && AMBIGUOUS_SHORT_FORMS.has(stem) ? [[stem, name]] : [];
  }),
]);

/** Canonical region → the region it belongs to, from the division codes; the functional areas by hand. */
export const REGION_PARENTS: ReadonlyMap<string, string> = new Map([
  ...chinaDivisions().flatMap((d): [string, string][] => (d.parent ? [[d.name, d.parent]] : [])),
  ...Object.keys(FUNCTIONAL_AREAS).filter((n) => n.startsWith('宁波') || n === '前湾新区').map((n): [string, string] => [n, '宁波市']),
]);

/** Words that stand for the zone a document is about (片区实现进出口总额 in a report on 宜昌片区). */
export const ZONE_SELF_REFERENCES = ['片区', '该片区', '本片区', '全片区'];

/** Words that stand for the document's own region (全市 in a Yuyao report means 余姚市). */
export const SELF_REFERENCES = ['全省', '本省', '我省', '该省', '全市', '本市', '该市', '我市', '全区', '本区', '该区', '我区', '全县', '本县', '该县', '这座城市', '这个城市', '该城市', '这座县级市', '这个县级市', '该县级市', '这个区', '这个县', '全镇', '该镇', '本镇', '全街道', '该街道', '全州', '本州', '该州', '我州', ...ZONE_SELF_REFERENCES];
