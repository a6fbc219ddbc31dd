import assert from 'node:assert/strict';
import { createLexicon } from '../../src/core';
import { check, claimAt, indexOf, lexicon, verdictOf } from './helpers';

/** The canonical names of the regions found in a text, in order. */
function regionsIn(text: string): string[] {
  return lexicon.findRegions(text).map((r) => r.name);
}

describe('regions across the country', () => {
  describe('a place is read by its full name or its short form, wherever it is', () => {
    const rows: [text: string, regions: string[]][] = [
      ['昆山市实现地区生产总值5140.6亿元', ['昆山市']],
      ['江阴地区生产总值增长5.9%', ['江阴市']],
      ['张家港、常熟、太仓三市进出口总额', ['张家港市', '常熟市', '太仓市']],
      ['深圳市南山区规模以上工业增加值', ['深圳市', '南山区']],
      ['成都市双流区、郫都区', ['成都市', '双流区', '郫都区']],
      ['延边州旅游收入', ['延边朝鲜族自治州']],
      ['西双版纳接待游客', ['西双版纳傣族自治州']],
      ['徐州、扬州、镇江三市', ['徐州市', '扬州市', '镇江市']],
      ['晋江市民营经济', ['晋江市']],
      // Zhejiang's own short forms are kept as they were.
      ['余姚、慈溪分列第一、第二', ['余姚市', '慈溪市']],
      ['宁波江北区', ['宁波市', '江北区']],
      // a stem that is also a word (日照) is a place in a list with another place
      ['日照、枣庄增速分居前两位', ['日照市', '枣庄市']],
      // so is a Zhejiang stem that is a word (钱塘江 the river)
      ['钱塘、萧山两区分别增长12.7%和8.9%', ['钱塘区', '萧山区']],
      ['钱塘江两岸', []],
      // the great regions by their usual names
      ['华东地区运输机场旅客吞吐量', ['华东地区']],
      ['华东七省市', ['华东地区']],
      // an autonomous prefecture by its stem and 州
      ['德宏州、楚雄州增速居前', ['德宏傣族景颇族自治州', '楚雄彝族自治州']],
      ['枣庄和日照分别增长', ['枣庄市', '日照市']],
      // an autonomous county by its stem and 自治县 or 县
      ['威宁自治县实现地区生产总值392.6亿元', ['威宁彝族回族苗族自治县']],
      ['峨边县、威宁县', ['峨边彝族自治县', '威宁彝族回族苗族自治县']],
      // a county named after its people: 东乡县 is 东乡族自治县, 鄂温克旗 鄂温克族自治旗
      ['东乡县农村居民人均可支配收入9215元', ['东乡族自治县']],
      // Shanghai's outer districts by their stems
      ['松江、青浦、嘉善三地', ['松江区', '青浦区', '嘉善县']],
      ['鄂温克旗、莫力达瓦达斡尔族自治旗', ['鄂温克族自治旗', '莫力达瓦达斡尔族自治旗']],
      // towns of three characters after a joint or punctuation, and towns listed by their names then counted
      ['内官营镇、巉口镇、鲁家沟镇马铃薯种植面积', ['内官营镇', '巉口镇', '鲁家沟镇']],
      ['居全区各乡镇之首，巉口、鲁家沟两镇种植面积', ['全区', '巉口镇', '鲁家沟镇']],
      ['全县城关镇', []],
      // a town whose name begins with 新 (新塘街道, 新市镇); a verb of founding before a kind of place is none
      ['；新塘街道完成39.72亿元', ['新塘街道']],
      ['，新市镇实现', ['新市镇']],
      ['新建街道卫生服务中心12个', []],
      // …but not a word before the name (在, 对)
      ['在泗门镇，对泗门镇而言', ['泗门镇', '泗门镇']],
      ['在巉口、鲁家沟两镇', ['巉口镇', '鲁家沟镇']],
      // …nor the verb before a kind of place
      ['已建成街道养老服务中心226个', []],
      // 安定区 (定西) is no phrase of report writing
      ['安定区马铃薯种植面积', ['安定区']],      // areas that span provinces, by their usual names
      ['长三角铁路累计发送旅客4.17亿人次', ['长江三角洲地区']],
      ['沪苏浙皖GDP合计', ['长江三角洲地区']],
      // (长三角三省一市: the area and its members counted, one chain)
      ['长三角三省一市新能源汽车产量', ['长江三角洲地区', '长江三角洲地区']],
      ['珠三角九市、京津冀和成渝地区', ['珠江三角洲地区', '京津冀地区', '成渝地区双城经济圈']],
      ['粤港澳大湾区内地九市', ['粤港澳大湾区']],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
  });

  describe('an ordinary word is not a place', () => {
    const rows: [text: string, regions: string[]][] = [
      // 文山会海 (文山州), 朝阳产业 (朝阳市), 日照时数 (日照市), 同仁 (同仁市): stems that are words.
      ['精简文山会海，培育朝阳产业，日照时数增加，全体同仁共同努力', []],
      // 老城区, 开发区: county names that are phrases of report writing.
      ['老城区改造和开发区建设', []],
      // 共同富裕县域 is not 富裕县; 南部县市 is not 南部县; 会同县级部门 is not 会同县.
      ['推进共同富裕县域示范，西南部县市，会同县级部门', []],
      // A district or county of one province is read in full only: its stem repeats elsewhere.
      ['鼓楼一带', []],
      // 苏锡常宁 (苏州、无锡、常州、南京) is a group of cities by one character each, not 常宁市
      ['苏锡常宁民营经济比较', []],
      ['常宁市民营经济比较', ['常宁市']],
      // words that end in 乡 (家乡, 返乡, 鱼米之乡, 山乡, 水乡) are no townships…
      ['回到家乡创业，农民工返乡，建设鱼米之乡，著名侨乡，大学生下乡', []],
      ['——黔陇山乡增收路上，走进江南水乡', []],
      // …but a township's name may end in 山 where the name starts a word
      ['威宁县龙山乡，青山乡', ['威宁彝族回族苗族自治县', '龙山乡', '青山乡']],
      // an airport is named by its city, then its own place name (咸阳, 萧山), which is not where it counts
      ['西安咸阳国际机场旅客吞吐量', ['西安市']],
      ['杭州萧山国际机场、北京大兴机场', ['杭州市', '北京市']],
      // (the place alone before 机场 is still read: 萧山 is where that airport is)
      ['萧山国际机场', ['萧山区']],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
  });

  describe('development zones are read whole, after a place or at the head of a clause', () => {
    const rows: [text: string, regions: string[]][] = [
      ['成都高新区地区生产总值', ['成都高新区']],
      ['成都市高新区', ['成都高新区']],
      ['成都东部新区', ['成都东部新区']],
      ['，天府新区实现', ['天府新区']],
      ['；深汕特别合作区GDP增长', ['深汕特别合作区']],
      ['苏州工业园区', ['苏州工业园区']],
      ['浦东新区生产总值', ['浦东新区']],
      // an own name of three or four characters at the head of a clause
      ['西海岸新区地区生产总值', ['西海岸新区']],
      ['，舟山群岛新区实现', ['舟山群岛新区']],
      ['成都市高新区', ['成都高新区']],
      // …but not words of report writing
      ['，加快建设新区', []],
      // a bare zone word names the zone of the text's own city; a verb before it is not a name
      ['推动高新区建设', ['高新区']],
      ['国家高新区核心区', ['高新区']],
      // one zone by its full or its short kind
      ['昆山经济技术开发区全年实现', ['昆山经开区']],
      ['昆山开发区全年实现', ['昆山经开区']],
      ['昆山高新技术产业开发区', ['昆山高新区']],
      ['上海自由贸易试验区', ['上海自贸区']],
      ['；山海天旅游度假区为2.3亿元', ['山海天度假区']],
      ['，山海天度假区增长16.5%', ['山海天度假区']],
      ['，国家级旅游度假区', []],
      // a park's sub-zone (片区), its name made of words of report writing
      ['，创新产业园片区规模以上工业总产值', ['创新产业园片区']],
      ['；南岗片区增长11.6%', ['南岗片区']],
      ['，其中西海岸新区新增', ['西海岸新区']],
      ['，加快开发区建设', []],
      // a free-trade zone's functional area; a time word before a zone word is none of its name
      ['，东山功能区新设企业', ['东山功能区']],
      ['，全年片区新设企业', ['片区']],
      // platforms named as cities within the city: 世纪城, 科学城, 科技城, 商务区
      ['前三季度，钱江世纪城实现一般公共预算收入38.27亿元', ['钱江世纪城']],
      ['，未来科技城新引进人才', ['未来科技城']],
      ['；光谷科学城规上工业增加值', ['光谷科学城']],
      ['，加快建设科技城', []],
      ['，上半年片区实际使用外资', ['片区']],
      ['，一季度片区新设企业', ['片区']],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
    // a zone read where a place starts (the subject at the head of a phrase) is the zone too
    const at: [text: string, region: string][] = [
      ['哈尔滨新区GDP', '哈尔滨新区'],
      ['成都市高新区地区生产总值', '成都高新区'],
      ['哈尔滨GDP', '哈尔滨市'],
    ];
    for (const [text, region] of at) it(`regionAt: ${text} → ${region}`, () => assert.equal(lexicon.regionAt(text, 0)?.name, region));
    // …but a preposition before a bare zone word is none of its name (占高新区 is no zone called 占高)
    for (const text of ['占高新区软件业务收入', '在开发区投资', '对保税区进出口']) it(`regionAt: ${text} → none`, () => assert.equal(lexicon.regionAt(text, 0), undefined));
    it('a county’s short form that runs into a zone word (安新 in 雄安新区, read in 河北) is no place', () => {
      assert.deepEqual(lexicon.localTo('河北省').findRegions('前三季度，雄安新区固定资产投资增长16.8%').map((r) => r.name), ['雄安新区']);
      assert.deepEqual(lexicon.localTo('河北省').findRegions('安新县经济').map((r) => r.name), ['安新县']);
    });
  });

  describe('a bare 片区 is the zone the document is about: [text, figure, region, indicator]', () => {
    const rows: [text: string, figure: string, region: string | undefined, indicator: string][] = [
      ['# 宜昌片区2023年工作总结\n\n全年片区新设企业4862户，同比增长12.6%。', '12.6%', '宜昌片区', '新设企业'],
      // (the zone named in the title after the city that reports on it)
      ['# 宜昌市商务局关于2024年1—6月中国（湖北）自由贸易试验区宜昌片区主要指标完成情况的通报\n\n1—6月，片区实现进出口总额168.2亿元。', '168.2亿元', '宜昌片区', '进出口总额'],
      ['# 自贸试验区七周年\n\n记者从宜昌片区管委会获悉，该片区进出口总额达到312.6亿元。', '312.6亿元', '宜昌片区', '进出口总额'],
      // a title naming the zone inside its province is about the zone, in every sentence
      ['# 中国（湖北）自由贸易试验区宜昌片区管理委员会2023年工作总结\n\n实际使用外资1.86亿美元，同比增长17.7%。', '17.7%', '宜昌片区', '实际利用外资'],
      // a city's report that names no zone: whose 片区 is unknown, and it is not the city's
      ['# 宜昌市经济运行\n\n1—6月，全市进出口总额500亿元。片区实现进出口总额168.2亿元。', '168.2亿元', undefined, '进出口总额'],
    ];
    for (const [text, figure, region, indicator] of rows) {
      it(`${text.replace(/\n/g, ' ')} → ${region} ${indicator}`, () => {
        const c = claimAt(text, figure);
        assert.deepEqual([c.region, c.indicator.name], [region, indicator]);
      });
    }
  });

  describe('a district whose name is also a phrase (和平区) is read inside its own city only', () => {
    it('和平区 in a report on 沈阳 is 沈阳’s district; nationwide it is not read', () => {
      assert.deepEqual(lexicon.localTo('沈阳市').findRegions('铁西区、和平区分列第二、第三位').map((r) => r.name), ['铁西区', '和平区']);
      assert.deepEqual(regionsIn('铁西区、和平区分列第二、第三位'), ['铁西区']);
    });
  });

  describe('a name that runs into the next word gives way to the shorter one', () => {
    const rows: [text: string, regions: string[]][] = [
      ['宁波市场主体达到120万户', ['宁波市']],
      ['河北区域协同发展', ['河北省']],
      ['宁波市级财政', ['宁波市']],
      ['全市场主体', []],
      ['全县域推进', []],
      // a stem that opens on a joint (和龙) gives way to the place right after the joint
      ['东西部协作和龙泉山海协作', ['龙泉市']],
      ['慈溪和龙泉', ['慈溪市', '龙泉市']],
      ['吉林和龙', ['吉林省', '和龙市']],
      ['和龙市经济', ['和龙市']],
    ];
    for (const [text, regions] of rows) it(text, () => assert.deepEqual(regionsIn(text), regions));
  });

  describe('inside a city, its districts and counties go by their stems: [text, figure, region]', () => {
    const rows: [text: string, figure: string, region: string | undefined][] = [
      ['# 2024年1-8月武汉市经济运行\n\n江夏社零增长7.3%。', '7.3%', '江夏区'],
      ['# 长沙市上半年经济形势\n\n雨花地区生产总值增长5.4%。', '5.4%', '雨花区'],
      // a district's own report reads its sister districts too
      ['# 江夏区2024年政府工作报告\n\n黄陂地区生产总值增长5.1%。', '5.1%', '黄陂区'],
      // 滨江, 上城 are words elsewhere, the district inside 杭州
      ['# 杭州市前三季度各区经济\n\n滨江前三季度GDP增长7.2%，比全市高2.6个百分点。', '2.6个百分点', '滨江区'],
      ['# 杭州市前三季度各区经济\n\n上城社零增长5.3%。', '5.3%', '上城区'],
      // elsewhere the stem is no place: 江夏 repeats nowhere, but the rule is one city's
      ['江夏社零增长7.3%。', '7.3%', undefined],
      // a heading's place led (领跑珠三角) is the field, not the section's subject
      ['# 深圳经济运行分析\n\n## 二、前三季度：增速领跑珠三角\n\n1—9月规上工业增加值增长11.4%。', '11.4%', '深圳市'],
      // an area reported on as a whole is the subject of its figures
      ['# 长三角观察\n\n上半年，江苏增长7.6%。上半年，长三角铁路发送旅客4.17亿人次，同比增长12.9%。', '12.9%', '长江三角洲地区'],
      // 中 after a place is 'among' (兰州中 = in Lanzhou), but not when it begins an airport's name
      ['兰州中川国际机场完成旅客吞吐量1682.4万人次。', '1682.4万人次', '兰州市'],
      ['西安咸阳国际机场完成旅客吞吐量4736.8万人次。', '4736.8万人次', '西安市'],
      // a stem that is a word stays a word: 绿水青山 is not 青山区
      ['# 武汉市经济运行\n\n坚持绿水青山，青山地区生产总值增长3.1%。', '3.1%', '武汉市'],
    ];
    for (const [text, figure, region] of rows) it(`${text.replace(/\n/g, ' ')} → ${region}`, () => assert.equal(claimAt(text, figure).region, region));
  });

  describe('places listed and summed are one subject, in any order: [text, figure, region, indicator]', () => {
    const rows: [text: string, figure: string, region: string, indicator: string][] = [
      ['江夏区、黄陂区、新洲区、蔡甸区四个新城区合计实现社会消费品零售总额760.4亿元，占全市的15.2%，同比增长6.2%。', '760.4亿元', '新洲区、江夏区、蔡甸区、黄陂区', '社会消费品零售总额'],
      ['江夏区、黄陂区、新洲区、蔡甸区四个新城区合计实现社会消费品零售总额760.4亿元，占全市的15.2%，同比增长6.2%。', '15.2%', '新洲区、江夏区、蔡甸区、黄陂区', '社会消费品零售总额占全市比重'],
      // with no growth before it, the growth after a share is its subject's
      ['江夏区、黄陂区、新洲区、蔡甸区四个新城区合计实现社会消费品零售总额760.4亿元，占全市的15.2%，同比增长6.2%。', '6.2%', '新洲区、江夏区、蔡甸区、黄陂区', '社会消费品零售总额'],
      ['# 武汉市经济运行\n\n蔡甸、江夏、黄陂、新洲四区社零合计760.4亿元。', '760.4亿元', '新洲区、江夏区、蔡甸区、黄陂区', '社会消费品零售总额'],
      ['昆山、江阴合计完成进出口总额1.2万亿元。', '1.2万亿元', '昆山市、江阴市', '进出口总额'],
      // places given as examples of a whole are no one of them
      ['上海、江苏、浙江等七省市运输机场货邮吞吐量412.6万吨。', '412.6万吨', '上海市、江苏省、浙江省', '七省市运输机场货邮吞吐量'],
      ['上海、江苏、浙江等华东七省市运输机场货邮吞吐量412.6万吨。', '412.6万吨', '华东地区', '七省市运输机场货邮吞吐量'],
    ];
    for (const [text, figure, region, indicator] of rows) {
      it(`${text.replace(/\n/g, ' ')} → ${figure}: ${region} ${indicator}`, () => {
        const c = claimAt(text, figure);
        assert.deepEqual([c.region, c.indicator.name], [region, indicator]);
      });
    }
    it('a sum of places is checked against the same sum, not against one of them', () => {
      const index = indexOf('2024年1-8月，江夏区、黄陂区、新洲区、蔡甸区四个新城区合计实现社会消费品零售总额760.4亿元，占全市的15.2%。江夏区社会消费品零售总额190.2亿元。');
      assert.equal(verdictOf(check('# 武汉市\n\n2024年1-8月，黄陂、江夏、蔡甸、新洲四个新城区社零合计760.4亿元，占全市的比重为12.5%。', index), '12.5%').expected, '15.2%');
      assert.equal(verdictOf(check('# 武汉市\n\n2024年1-8月，江夏区社会消费品零售总额760.4亿元。', index), '760.4亿元').expected, '190.2亿元');
    });
  });

  it('a configured one-character short form (甬 for 宁波市) is still read', () => {
    const withShort = createLexicon({ regions: { 宁波市: ['甬'] } });
    assert.deepEqual(withShort.findRegions('甬舟一体化').map((r) => r.name), ['宁波市']);
  });

  it('a county-level city is the region of its figure, not part of the indicator', () => {
    const c = claimAt('2023年，江阴市实现地区生产总值4948.3亿元，比上年增长5.9%。', '4948.3亿元');
    assert.equal(c.region, '江阴市');
    assert.equal(c.indicator.name, '地区生产总值');
  });

  describe('a town and its county are one place at two levels only where the draft carried the town', () => {
    // [source, draft, figure, status the draft's figure gets]
    const rows: [source: string, draft: string, figure: string, status: string][] = [
      // a town named in its own sentence is not its district: the district's 7.6% says nothing of it
      ['2024年，萧山区规上工业增加值784.25亿元，增长7.6%。', '2024年，瓜沥镇规上工业增加值增长9.4%。', '9.4%', 'unverified'],
      ['2024年，萧山区规上工业增加值增长7.6%。', '2024年，瓜沥镇规上工业增加值增长7.6%。', '7.6%', 'unverified'],
      // …but a figure after a paragraph on a town may be the city's, named by the town's trade
      ['2024年，诸暨市山下湖珍珠产业交易额532.6亿元，增长8.9%。', '山下湖镇是全国最大的淡水珍珠基地。2024年，山下湖珍珠产业交易额增长8.9%。', '8.9%', 'verified'],
      // the town's own figure still answers for it
      ['前三季度，瓜沥镇完成规上工业增加值78.63亿元，同比增长9.4%。', '前三季度，瓜沥镇规上工业增加值增长9.6%。', '9.6%', 'mismatch'],
    ];
    for (const [source, draft, figure, status] of rows) {
      it(`${draft} ← ${source}`, () => {
        assert.equal(verdictOf(check(draft, indexOf(source)), figure).status, status);
      });
    }
  });

  it('a figure quoted for the wrong county is a mismatch against that county’s own figure', () => {
    const index = indexOf('2023年，昆山市实现地区生产总值5140.6亿元；江阴市实现地区生产总值4948.3亿元。');
    const v = verdictOf(check('2023年，江阴市地区生产总值5140.6亿元。', index), '5140.6亿元');
    assert.equal(v.status, 'mismatch');
    assert.equal(v.expected, '4948.3亿元');
  });
});
