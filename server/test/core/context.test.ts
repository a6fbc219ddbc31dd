import assert from 'node:assert/strict';
import { parsePeriod, resolvePeriod } from '../../src/core/claims/periods';
import { normaliseScope } from '../../src/core/claims/rankScope';
import { claimAt, claimsOf, indexOf, lexicon } from './helpers';
import type { Measure } from '../../src/core/types';

describe('context of a figure', () => {
  describe('region: [text, figure, region]', () => {
    const rows: [string, string, string | undefined][] = [
      // the place a view is taken from (从全省看, 就全国而言) is the subject of what follows
      ['# 慈溪市协作工作汇报\n\n我市帮扶资金4500万元。从全省看，26个山海协作产业园实现工业产值1386亿元。', '1386亿元', '浙江省'],
      ['# 慈溪市协作工作汇报\n\n我市帮扶资金4500万元。就全省而言，规上工业增加值增长6.0%。', '6.0%', '浙江省'],
      ['# 慈溪市协作工作汇报\n\n我市帮扶资金4500万元。从宁波看，规上工业增加值增长6.0%。', '6.0%', '宁波市'],
      // a place's level compared with is that place's, 同期 or not, even opening its own sentence
      ['# 赣州价格\n\n三季度全市CPI上涨0.7%，高于全国同期0.3%的涨幅。', '0.3%', '全国'],
      ['# 赣州价格\n\n三季度全市CPI上涨0.7%。与全国同期0.3%的涨幅相比，我市物价涨幅略高。', '0.3%', '全国'],
      ['# 赣州价格\n\n三季度全市CPI上涨0.7%。与全国0.3%的涨幅相比，我市物价涨幅略高。', '0.3%', '全国'],
      // 全市 after a paragraph on a town is the city, never the town; 全镇 is the town
      ['# 诸暨市上半年经济\n\n店口镇以铜材加工闻名。全市规上工业总产值增长8.3%。', '8.3%', '诸暨市'],
      ['# 诸暨市上半年经济\n\n店口镇以铜材加工闻名。全镇规上工业总产值增长8.3%。', '8.3%', '店口镇'],
      // a town by what it is strong or big in (工业强镇, 人口大镇) is no town of that name
      ['# 诸暨市上半年经济\n\n在店口等工业强镇带动下，全市规上工业总产值超百亿元的镇乡街道已有3个。', '3个', '诸暨市'],
      // a town whose name starts 古 (古市镇), however 古镇 reads as an old town
      ['分乡镇看，古市镇村级集体经营性收入总量最大，达到1865万元；象溪镇增速最快，为28.6%。', '1865万元', '古市镇'],
      ['分乡镇看，古市镇村级集体经营性收入总量最大，达到1865万元；象溪镇增速最快，为28.6%。', '28.6%', '象溪镇'],
      ['全县已建成特色古镇12个。', '12个', undefined],
      // 山区乡镇 are the towns of the hills, no township 山区乡
      ['玉岩、枫坪、安民等山区乡镇农村居民人均可支配收入增长9.0%。', '9.0%', undefined],
      // a two-character county whose first character ends no common word
      ['# 黄山旅游\n\n各区县中，歙县接待游客增长13.5%，增速最快。', '13.5%', '歙县'],
      ['# 常德金融\n\n分地区看，澧县贷款同比增长14.7%。', '14.7%', '澧县'],
      // a later 分别 of the sentence pairs with the places listed earlier in it
      ['# 山东\n\n2023年，青岛、济南教育支出分别为336.2亿元和268.9亿元，占本级一般公共预算支出的比重分别为19.7%和19.1%。', '19.1%', '济南市'],
      // the city's core (中心城区, 主城区) is a part of it, not the city
      ['# 赣州城建\n\n全年全市完成城建投资486.3亿元。其中，中心城区完成城建投资263.5亿元，增长9.2%。', '9.2%', '中心城区'],
      ['# 赣州城建\n\n全年全市完成城建投资486.3亿元。其中，中心城区完成城建投资263.5亿元，增长9.2%。', '486.3亿元', '赣州市'],
      // a place singled out (仅…就) opens its clause all the same
      ['# 台州税收\n\n全市企业享受研发费用加计扣除政策。其中，仅温岭市就有1136户企业享受该项政策，减免企业所得税9.7亿元。', '9.7亿元', '温岭市'],
      // a zone after 其中 is the zone, not the city
      ['# 青岛\n\n青岛去年新增学位5.8万个，其中西海岸新区新增1.6万个。', '1.6万个', '西海岸新区'],
      // a banner by its first character, inside its city
      ['# 鄂尔多斯市2024年经济\n\n鄂前旗新能源装机486.3万千瓦，居全市第一；达旗452.7万千瓦。', '452.7万千瓦', '达拉特旗'],
      ['# 鄂尔多斯市2024年经济\n\n鄂前旗新能源装机486.3万千瓦，居全市第一。', '486.3万千瓦', '鄂托克前旗'],
      // a title's one place, joined to another topic by 与, is what the document is about
      ['# 西部陆海新通道建设与广西对东盟经贸合作情况报告\n\n目的地拓展至全球532个港口。其中钦州港开行班列最多。\n\n1—11月，北部湾港集装箱吞吐量840.3万标箱。', '840.3万标箱', '广西壮族自治区'],
      // 全区 in a text that names only the region's parts is the region they all belong to
      ['# 2024年前三季度全区及盟市经济运行情况分析\n\n1—9月，全区规模以上工业增加值同比增长7.8%。呼和浩特增长6.0%，包头增长13.6%，兴安盟增长5.1%。', '7.8%', '内蒙古自治区'],
      // 首府 in a report on an autonomous region is its capital
      ['# 关于全区上半年新能源发展情况的汇报\n\n截至6月底，内蒙古全区新能源汽车保有量24.6万辆。首府新能源汽车保有量6.8万辆，居全区首位。', '6.8万辆', '呼和浩特市'],
      // an autonomous county by its stem and 自治县, then by its stem in its province
      ['# 贵州省乡村振兴综述\n\n威宁自治县实现GDP 392.6亿元。威宁是贵州面积最大的县，去年种下马铃薯160.5万亩。', '160.5万亩', '威宁彝族回族苗族自治县'],
      // a figure that is a place's level, right after the place compared with
      ['昆山研发投入强度达到3.95%，而晋江仅为2.05%，低于全国2.65%的平均水平。', '2.65%', '全国'],
      // … and a rate named after it (的增速, 的比重) is that place's rate, not the subject's
      ['前三季度，台州规上工业增加值增长8.1%，高于全省5.9%的增速。', '5.9%', '浙江省'],
      ['温州研发经费占地区生产总值的比重为2.9%，低于全省3.2%的比重。', '3.2%', '浙江省'],
      // a customs office is named after its seat; it reports on the province
      ['据南宁海关统计，今年前三季度，广西外贸进出口总值5386.2亿元。其中，出口2815.7亿元。', '2815.7亿元', '广西壮族自治区'],
      // in the clause
      ['余姚有效投资同比增长15.2%。', '15.2%', '余姚市'],
      // 这座县级市的… is the place the paragraph is about
      ['# 江苏县域经济观察\n\n昆山去年地区生产总值达5140.6亿元。这座县级市的一般公共预算收入规模居全省县（市）首位。', '首位', '昆山市'],
      ['2020年，宁波地区生产总值12408.7亿元。', '12408.7亿元', '宁波市'],
      ['海曙区规上工业增加值增长6.9%。', '6.9%', '海曙区'],
      // 第二 in 第二产业 is no rank after the place
      ['2023年，苏州第二产业增加值增长3.2%。', '3.2%', '苏州市'],
      // in an earlier clause of the sentence
      ['今年1-7月，余姚完成有效投资同比增长15.2%，高于宁波市平均4.8个百分点。', '4.8个百分点', '余姚市'],
      // a paragraph that opens on one place, with figures, is about it; one that opens on two is not
      ['# 北京\n\n## 海淀区\n\n海淀区增长6.0%。\n\n朝阳区经济总量排在第二位，增长5.6%。一般公共预算收入增长4.2%。', '4.2%', '朝阳区'],
      ['# 北京\n\n## 海淀区\n\n海淀区增长6.0%。\n\n朝阳区增长5.6%；丰台区增长4.1%。一般公共预算收入增长4.2%。', '4.2%', '海淀区'],
      // a title listing several places: 全市 is the city above them
      ['# 嘉兴海宁、桐乡、嘉善、平湖四县（市）上半年经济运行比较\n\n## 一、全市面上情况\n\n1—6月，全市制造业投资增长13.8%。', '13.8%', '嘉兴市'],
      // a text about its whole (全市十个区县) that names a part first is about the whole the part is in
      ['# 关于上半年全市十个区县（市）经济运行情况的比较\n\n从体量看，鄞州（1562.4亿元）、北仑（1481.7亿元）稳居前二。\n\n消费方面，上半年社零总额2563.8亿元。', '2563.8亿元', '宁波市'],
      // …also when the whole (全市各县（市、区）) is no subject of its own and a county-level city (项城市) comes first
      ['# 县域供销经济发展情况分析\n\n2023年，全市各县（市、区）供销社主要指标全面增长。\n\n项城市销售总额98.62亿元，居全市第一；郸城县紧随其后，太康县位列第三。\n\n## 四、企业效益\n\n亏损企业亏损额下降16.8%。', '16.8%', '周口市'],
      ['# 经济运行\n\n全市各区县（市）中，余姚市增长最快，增速为8.2%。\n\n慈溪市增长6.1%。\n\n## 二、消费\n\n社零总额增长5.1%。', '5.1%', '宁波市'],
      // a quote is about the place of who said it, named just after it
      ['县域擂台\n\n本报讯　今年前三季度，全市GDP同比增长5.5%。鄞州以2398.6亿元稳坐头把交椅。\n\n“前三季度GDP增长7.1%，这个成绩来之不易。”宁海县发改局局长王建国说。', '7.1%', '宁海县'],
      // a place picked from a counted group (在全市16个区中) is a field, not the subject of what follows
      ['# 简报\n\n## 一、浦东新区\n\n地区生产总值8162.58亿元，在全市16个区中排名第一，占全市的比重为38.5%。', '38.5%', '浦东新区'],
      // a section on the country as a whole (一、全国：…) is about the country, whatever the title names
      ['# 前三季度软件业运行分析：全国稳中有进，山东增速领跑\n\n## 一、全国：收入保持两位数增长\n\n盈利方面，行业利润总额11569亿元，增长8.7%。', '8.7%', '全国'],
      ['# 软件业运行分析\n\n## 二、全国总体情况\n\n利润总额11569亿元。', '11569亿元', '全国'],
      // 全国 at the head of its clause, after a holiday, is who did what is counted
      // (…but 全国工业百强县 is a field its rank is in)
      ['# 晋江经济观察\n\n2023年，晋江县域经济基本竞争力位列全国百强县第4位，全国工业百强县排名第2位。', '第2位', '晋江市'],
      ['# 杭州文旅观察\n\n文化和旅游部数据中心测算，今年国庆假期全国国内出游7.65亿人次。', '7.65亿人次', '全国'],
      ['# 杭州文旅观察\n\n今年“五一”假期，全国国内出游2.95亿人次。', '2.95亿人次', '全国'],
      // the place a figure is most of (问题金额以浏阳最多，为…) is its place, not the list before
      ['长沙县、浏阳市一般公共预算收入分别为112.38亿元、89.47亿元。三县（市）审计查出问题金额以浏阳最多，为12.46亿元。', '12.46亿元', '浏阳市'],
      ['区县（市）整改率以雨花区最高、达99.1%。', '99.1%', '雨花区'],
      // Guangdong's parts beside 珠三角, listed with one 地区 for all
      ['# 广东省通信业统计公报\n\n全年珠三角地区完成电信业务收入1251.4亿元，占全省的81.4%；粤东、粤西、粤北地区合计完成电信业务收入286.0亿元，占全省的18.6%。', '18.6%', '粤东地区、粤北地区、粤西地区'],
      // (counted without 个: 在华东七省市中, 在长三角41城中)
      ['2024年上半年，江苏旅客吞吐量2761.5万人次，在华东七省市中居第四位，占辖区的14.3%。', '14.3%', '江苏省'],
      // a group's sum is no one place's figure, nor the whole's: its place is the group as written
      ['# 黄山市旅游观察\n\n黄山区、屯溪区、歙县三地合计接待国内游客占全市的56.5%。', '56.5%', '屯溪区、歙县、黄山区'],
      ['# 襄阳市财政运行综述\n\n6个县（市）收入合计增长7.2%。', '7.2%', '6个县(市)'],
      ['# 常德市金融运行\n\n8个县市合计新增贷款120亿元。', '120亿元', '8个县市'],
      // (共 alone sums too; 公共 and 共同 do not)
      ['# 宜昌市科普工作\n\n2023年，13个县市区共筹集科普经费19870万元。', '19870万元', '13个县市区'],
      ['# 宜昌市财政\n\n5个县公共预算收入120亿元。', '120亿元', '宜昌市'],
      // the growth of a group's sum, in a clause naming no place, is the group's too; a place named after it is its own
      ['# 苏锡六市县域经济（2023年）\n\n江阴市290.36亿元。六市一般公共预算收入合计1562.34亿元，增长4.9%。', '4.9%', '六市'],
      ['# 黄山市旅游观察\n\n黄山区、屯溪区、歙县三地合计接待游客3200万人次，增长12.1%，其中黄山区增长15.2%。', '12.1%', '屯溪区、歙县、黄山区'],
      ['# 黄山市旅游观察\n\n黄山区、屯溪区、歙县三地合计接待游客3200万人次，增长12.1%，其中黄山区增长15.2%。', '15.2%', '黄山区'],
      ['# 常德市金融运行\n\n8个县市（不含武陵区）贷款比年初合计增加212.2亿元。', '212.2亿元', '8个县市'],
      // in an earlier sentence
      ['余姚经济持续向好。全年一般公共预算收入114.2亿元。', '114.2亿元', '余姚市'],
      // a paragraph that opens on a place without figures is about that place, whatever the heading names
      ['## 二、闵行区和嘉定区\n\n闵行区增长5.9%。\n\n嘉定区则受汽车行业调整拖累较大。规上工业总产值同比下降3.2%。', '3.2%', '嘉定区'],
      // 全市 stands for the document's own city
      ['宁波市政府工作报告\n\n2020年，全市地区生产总值达到12408.7亿元。', '12408.7亿元', '宁波市'],
      ['余姚市统计公报\n\n全市一般公共预算收入114.2亿元。', '114.2亿元', '余姚市'],
      // 这座县级市, 这座城市: the place the paragraph is about
      ['# 百强县观察\n\n昆山一般公共预算收入440.6亿元。这座县级市的人均地区生产总值约24.2万元。', '24.2万元', '昆山市'],
      ['# 城市观察\n\n今年上半年，合肥经济增长6.4%。这座城市的工业投资增长10.1%。', '10.1%', '合肥市'],
      // from a heading
      ['# 简报\n\n## 海曙区\n\n规上工业增加值增长6.9%。', '6.9%', '海曙区'],
      // a newspaper's section title in 【】 is a heading
      ['中部城市观察\n\n【宜昌：化工园区“绿”起来】\n\n上半年，全市新能源电池材料产业产值增长24.7%。', '24.7%', '宜昌市'],
      // 首府, 省会 before a place are epithets: the place is the subject
      ['新疆经济观察\n\n首府乌鲁木齐市地区生产总值达到4168.5亿元、增长6.5%。', '6.5%', '乌鲁木齐市'],
      // a newspaper's section title as a place and its theme; a dateline (本报北京7月30日电) is no section
      ['龙头区成色如何\n\n　　滨海新区：工业和港口双轮驱动\n\n　　本报天津7月29日电　上半年，新区规上工业增加值增长6.1%。', '6.1%', '滨海新区'],
      ['龙头区成色如何\n\n　　滨海新区：工业和港口双轮驱动\n\n　　朝阳区：服务业和外资稳中有进\n\n　　本报北京7月30日电　“朝阳区是首都对外开放的重要窗口。上半年，全区实际利用外资26.9亿美元。”', '26.9亿美元', '朝阳区'],
      // a numbered heading: the 、 after its number does not make the place an item of a list
      ['# 杭州市各区县数字经济发展比较\n\n## 二、滨江区\n\n营业收入同比增长4.7%。', '4.7%', '滨江区'],
      ['杭州市各区县比较\n\n（三）萧山区\n\n营业收入同比增长4.7%。', '4.7%', '萧山区'],
      // a comparison base is not the subject
      ['高于宁波市平均4.8个百分点。', '4.8个百分点', undefined],
      // 全市 is a city: in a district's report it is the city above; 全区 the district in view
      ['海曙区政府工作报告\n\n全市地区生产总值增长5.5%。', '5.5%', '宁波市'],
      ['杭州数字经济观察\n\n滨江区数字经济核心产业增加值增长8.1%。全区R&D经费投入强度达到11.26%。', '11.26%', '滨江区'],
      ['宁波市统计公报\n\n全区规上工业增加值增长6.9%。', '6.9%', undefined],
      // places of the whole's kind named after it, two or more, are its peers, not it
      ['前三季度水利投资分析\n\n今年前三季度，全省水利投资完成448.3亿元。中部兄弟省份中，湖北、安徽分别完成598.4亿元和655.8亿元。', '448.3亿元', undefined],
      ['前三季度水利投资分析\n\n今年前三季度，全省水利投资完成448.3亿元。湖北完成598.4亿元。', '448.3亿元', '湖北省'],
      // (a county-level city within the place named first is its part, not its peer)
      ['# 学位更足——2023年我市各县市区教育巡礼\n\n*芜湖日报记者 2024年2月21日*\n\n走进鸠江区新落成的学校……\n\n2023年，全市新增学位4.18万个。无为市新增学位1.08万个。', '4.18万个', '芜湖市'],
      // a title's place before 各县 is the document's, not the first county its text names
      ['2023年宁波市各县(市、区)主要经济指标\n\n鄞州区地区生产总值2969.5亿元。全市地区生产总值16452.8亿元。', '16452.8亿元', '宁波市'],
      // a subject set in the second clause, before any figure, carries to the next sentence
      ['杭州数字经济观察\n\n作为数字经济主阵地，滨江区2023年实现核心产业增加值1926.4亿元。全区R&D经费投入强度达到11.26%。', '11.26%', '滨江区'],
      // markdown emphasis before the subject
      ['**七、板块和周边。** 江阴市地区生产总值3801.2亿元。', '3801.2亿元', '江阴市'],
      // 全省 is the province above the place in view; 全国 the country when a national figure follows it
      ['昆山市统计局\n\n全省地区生产总值增长5.8%。', '5.8%', '江苏省'],
      ['无锡市统计局\n\n前三季度全市地区生产总值11156.7亿元。全省实现地区生产总值98900亿元。', '98900亿元', '江苏省'],
      ['全国居民人均可支配收入39218元。', '39218元', '全国'],
      // the place right before a figure that is its level, compared with
      ['2023年，浙江、江苏三产占比分别为51.6%和56.1%，与上海75.2%的水平相比仍有较大提升空间。', '75.2%', '上海市'],
      // …or what the country's ports or railways did (完成, 实现 a few words on), whatever the dateline says
      ['新华社天津10月24日电 前三季度全国港口完成货物吞吐量129.0亿吨，同比增长3.4%。', '129.0亿吨', '全国'],
      // …or a measure the lexicon does not know, its figure right after it
      ['# 新疆棉花丰收\n\n公告显示，2023年全国棉花产量561.8万吨，比上年下降6.1%。', '561.8万吨', '全国'],
      // 全疆, 全川: a province's whole by its one-character name, whatever the heading says
      ['# 伊犁文旅简报\n\n2023年，全疆旅游业强劲复苏，实现旅游收入2967.1亿元。', '2967.1亿元', '新疆维吾尔自治区'],
      ['成都市统计局\n\n全川规模以上工业增加值增长6.1%。', '6.1%', '四川省'],
      // 全州 is the prefecture in view; 全州县 the county in Guangxi
      ['# 昌吉州能源简报\n\n2023年，全州原煤产量约2.93亿吨。', '2.93亿吨', '昌吉回族自治州'],
      ['# 昌吉州能源简报\n\n全州县粮食产量30万吨。', '30万吨', '全州县'],
      // …but 全国文明城市, 全国排名 do not make the country the subject
      ['余姚城市新貌\n\n余姚成功蝉联全国文明城市。全国文明城市建设再出发。截至2月底，道德信用贷款余额38.66亿元。', '38.66亿元', '余姚市'],
      ['宁波市统计公报\n\n一般公共预算收入1723.1亿元，全国排名上升至第10位。', '第10位', '宁波市'],
      ['成都统计月报\n\n分区域看，东部新区投资增长21.6%。', '21.6%', '东部新区'],
      // a place, 湾 and a zone word name the bay's zone, not the place
      ['台州工业经济简析\n\n台州湾新区规上工业增加值增长11.8%。', '11.8%', '台州湾新区'],
      // a title's place whose parts are compared is the document's, unless it is a rank's field
      ['前8月武汉各区经济成绩单出炉　东湖高新区工业增速领跑\n\n放眼全市，1-8月社会消费品零售总额增长5.6%。', '5.6%', '武汉市'],
      ['有效投资增速居宁波各县(市、区)首位 余姚加快建设现代化\n\n今年初，总部基地项目开工，总投资达28.2亿元。', '28.2亿元', '余姚市'],
      // an epithet or a modifier before the subject
      ['苏南县域经济\n\n“领头羊”昆山去年地区生产总值达5140.6亿元。', '5140.6亿元', '昆山市'],
      ['苏南县域经济\n\n紧随其后的江阴，全年实现地区生产总值4948.9亿元。', '4948.9亿元', '江阴市'],
      ['江苏县域经济\n\n常州代管的溧阳市去年增长7.3%。', '7.3%', '溧阳市'],
      // of a pair of partners, the one the sentence is set in; alone, the first named
      ['山海协作综述\n\n在龙泉，慈溪—龙泉山海协作产业园全年实现工业产值68.7亿元。', '68.7亿元', '龙泉市'],
      ['山海协作综述\n\n慈溪—龙泉山海协作产业园全年实现工业产值68.7亿元。', '68.7亿元', '慈溪市'],
      // a section under a city's heading reads the city's counties by their short names
      ['# 广东县域观察\n\n## 惠州：县域经济\n\n今年一季度，博罗GDP增长4.9%。', '4.9%', '博罗县'],
      // …and a zone's heading (东湖高新区, no parts of its own) keeps the document's city's short names
      ['# 前8月武汉各区经济成绩单出炉\n\n## 东湖高新区\n\n光谷增长很快。\n\n## 新城区\n\n黄陂社零增长6.1%。', '6.1%', '黄陂区'],
      // a province's report reads the counties of its cities by their short names
      ['# 广东区县经济观察\n\n今年一季度，博罗GDP增长4.9%。', '4.9%', '博罗县'],
      // a sibling section's city does not hide this section's place
      ['# 广东县域经济\n\n## 增城：广州的增长极\n\n增城增长6.1%。\n\n## 博罗：县域一哥\n\n2023年，全县规模以上工业增加值增长10.5%。', '10.5%', '博罗县'],
      ['# 宁波经济\n\n## 一、海曙\n\n海曙区增长6.1%。\n\n## 二、杭州对比\n\n萧山增长5.1%。\n\n## 三、余姚\n\n全市增长4.5%。', '4.5%', '余姚市'],
      // a district whose name is shared (南山区 of 深圳 and of 鹤岗) reads the parts of the city its article names
      ['# 南山区经济发展情况简析\n\n2023年，深圳南山GDP达到8566.6亿元。\n\n福田上半年GDP增长5.6%。', '5.6%', '福田区'],
      // places counted (两地, 两县（市）) stand for the places the paragraph listed before
      ['# 榆林经济\n\n神木、府谷同属榆林，是县域经济的“双子星”。2023年，两地GDP合计3200.32亿元。', '3200.32亿元', '府谷县、神木市'],
      // a list's head is no subject of the clauses after it, unless they share figures out among its places
      ['# 江西工业\n\n上半年全省规上工业增加值增长7.5%；赣州、九江、上饶增速分列全省前三位；工业技改投资增长12.6%。', '12.6%', '江西省'],
      ['# 广东人口\n\n佛山、东莞分别增加6.16万人和8.34万人，增量分列全省第三、第四位。', '第四位', '东莞市'],
      // the figure after a place compared with (高于重庆的3.03人) is that place's
      ['成都每千人口执业（助理）医师3.98人，高于重庆的3.03人。', '3.03人', '重庆市'],
      ['宁波GDP增速5.5%，低于全省的5.6%。', '5.6%', '浙江省'],
      // …else those the paragraph before named, one by one, when they are as many
      ['# 成渝比较\n\n成都常住人口2140.3万人；同期重庆常住人口减少21.91万人。\n\n两地城镇化率分别为80.5%和71.67%。', '71.67%', '重庆市'],
      // a place is not ranked within itself: what 居宁波全市第三 ranks is the document's place in 宁波
      ['# 余姚数字化改革\n\n宁波市智能公共数据平台余姚分平台已归集本地数据２．２亿条，累计上架组件总量居宁波全市第三。', '第三', '余姚市'],
      // a place measured against in the title (对标嘉兴) is not the subject; the subtitle's place is
      ['# 对标嘉兴　找准差距\n\n——湖州市居民增收工作情况汇报\n\n2023年，全市全体居民人均可支配收入65928元。', '65928元', '湖州市'],
      // 当年 is the year in context, and a place after it is the subject
      ['# 博罗\n\n2023年，惠州市博罗县实现地区生产总值925.78亿元。当年惠州全市地区生产总值5639.68亿元。', '5639.68亿元', '惠州市'],
      // a section heading that opens on a county's stem and a colon names that county
      ['# 县域经济观察\n\n## 栾川：一座山带火一座城\n\n2023年全县地区生产总值438.6亿元。', '438.6亿元', '栾川县'],
      // a place opening its clause on 的 owns what follows
      ['分区域看，溧阳市一般公共预算收入增幅居各辖市区第一，金坛区的增幅则排在第三。', '第三', '金坛区'],
      ['2023年，台州的温岭市地区生产总值增长6.1%。', '6.1%', '温岭市'],
      // the group a subject is picked from (三市中) stands before it
      ['# 青岛经济\n\n三市中烟台以10.2%的增速领跑。', '10.2%', '烟台市'],
      // where a list was published or a meeting held (在北京发布) is no subject, of the sentence or the text
      ['赛迪顾问在北京发布榜单。百强县入围门槛为1023.6亿元。', '1023.6亿元', undefined],
      ['# 数字经济大会\n\n会议在杭州召开。会上，全省数字经济核心产业增加值增长8.1%。', '8.1%', undefined],
      // …also by the name of the city's parts (县（市、区）中), or after the whole (全市各区中)
      ['# 南通市老龄事业发展\n\n每千名老年人拥有养老床位39.6张；县（市、区）中海安市以44.2张居全市第一。', '44.2张', '海安市'],
      ['# 南通市老龄事业发展\n\n每千名老年人拥有养老床位39.6张；全市各区中海安市以44.2张居全市第一。', '44.2张', '海安市'],
      ['# 南通市老龄事业发展\n\n每千名老年人拥有养老床位39.6张；区县（市）里海安市以44.2张居全市第一。', '44.2张', '海安市'],
      // 全市 in a text on its parts is their city, also when the city is named beside them (泉州市 is their whole, no part)
      // 中 that begins a word after a place (荆州市中央和省级资金) is no group the place is picked from
      ['2023年，荆州市中央和省级资金占全部投资的39.5%。', '39.5%', '荆州市'],
      ['2023年，荆州市中小企业增加值增长5%。', '5%', '荆州市'],
      // …zones no division table holds (株洲高新区) do not hide the city of the places named with them
      ['# 前三季度全市开放型经济运行情况\n\n前三季度，全市进出口总额528.7亿元。\n\n醴陵市进出口78.9亿元，攸县增长6.2%，株洲高新区增长9.1%。', '528.7亿元', '株洲市'],
      ['# 前三季度我市经营主体发展情况\n\n前三季度，全市新设经营主体19.13万户。\n\n分地区看，晋江市新设4.27万户；安溪县增长8.1%；石狮市增长4.6%。\n\n全省看，泉州市总量居首。', '19.13万户', '泉州市'],
    ];
    for (const [text, figure, region] of rows) it(`${text.replace(/\n/g, '⏎')} → ${region ?? '(none)'}`, () => assert.equal(claimAt(text, figure).region, region));
    it('a heading for another region replaces the carried one', () => {
      const text = '## 余姚\n\n有效投资增长15.2%。\n\n## 海曙区\n\n工业投资增长20.3%。';
      assert.deepEqual(claimsOf(text).map((c) => c.region), ['余姚市', '海曙区']);
    });
  });

  // A whole year's part is 'FY' (or '' where the engine leaves it open): both mean "not a part of the year".
  const WHOLE = 'whole';
  describe('period phrases normalise to one key: [phrase, year, part]', () => {
    const rows: [string, string, string][] = [
      ['2020年', '2020', WHOLE],
      ['今年', 'Y0', WHOLE],
      ['去年', 'Y-1', WHOLE],
      ['上年', 'Y-1', WHOLE],
      ['上半年', '', 'M1-6'],
      ['前7个月', '', 'M1-7'],
      // a holiday is a period of its own, however written; 10月1日至7日 is the National Day holiday
      ['国庆假期', '', 'H:国庆'],
      ['国庆中秋8天假期', '', 'H:中秋国庆'],
      ['“十一”黄金周', '', 'H:国庆'],
      ['10月1日至7日', '', 'H:国庆'],
      ['2024年春节假期', '2024', 'H:春节'],
      ['劳动节期间', '', 'H:五一'],
      ['“五一”', '', 'H:五一'],
      ['十一月份', '', 'M11'],
      ['2月10日至17日', '', 'D2.10-2.17'],
      // a season of the weather is a period of its own
      ['2023年汛期', '2023', 'S:汛期'],
      ['今年主汛期', 'Y0', 'S:主汛期'],
      ['梅汛期', '', 'S:梅汛期'],
      ['梅雨季', '', 'S:梅雨期'],
      ['春季', '', 'S:春季'],
      ['早稻生长季', '', 'S:早稻生长季'],
      // so is a school term
      ['今年秋季学期', 'Y0', 'S:秋季学期'],
      ['2024年春季学期', '2024', 'S:春季学期'],
      // so is a travel season transport reports count in, however written
      ['2024年春运期间', '2024', 'S:春运'],
      ['今年暑运', 'Y0', 'S:暑运'],
      ['暑期运输期间', '', 'S:暑运'],
      ['前七个月', '', 'M1-7'],
      ['1-7月', '', 'M1-7'],
      ['1至7月', '', 'M1-7'],
      ['1月到7月', '', 'M1-7'],
      ['1—7月', '', 'M1-7'],
      ['今年1-7月', 'Y0', 'M1-7'],
      ['2022年1-7月', '2022', 'M1-7'],
      ['前三季度', '', 'M1-9'],
      // the twelve months and the year's end are the whole year
      ['2023年1-12月', '2023', 'FY'],
      ['2023年12月底', '2023', 'FY'],
      ['年末', '', 'FY'],
      ['年底', '', 'FY'],
      ['年底前', '', 'FY'],
      ['2023年年底', '2023', 'FY'],
      ['上年末', 'Y-1', WHOLE],
      ['12月份', '', 'M12'],
      ['一季度', '', 'M1-3'],
      ['二季度', '', 'Q2'],
      ['7月', '', 'M7'],
      ['7月份', '', 'M7'],
      ['十三五', '2016-2020', ''],
      ['“十三五”期间', '2016-2020', ''],
      ['十四五', '2021-2025', ''],
      ['2016-2020年', '2016-2020', ''],
      ['五年来', 'Y-5..Y-1', ''],
    ];
    for (const [label, year, part] of rows) {
      it(`${label} → ${year || '-'} ${part || '-'}`, () => {
        const p = parsePeriod(label);
        assert.ok(p, `${label} not read as a period`);
        assert.equal(p.year, year);
        if (part === WHOLE) assert.ok(p.part === '' || p.part === 'FY', `part ${p.part}`);
        else assert.equal(p.part, part);
      });
    }
  });

  it('a day (7月24日, a dateline) is not a period', () => {
    assert.equal(claimAt('7月24日，记者获悉，全市规上工业增加值增长8.1%。', '8.1%').period, undefined);
  });

  describe('a part of the year said earlier in the paragraph is firm (it may conflict with 1-8月); another paragraph’s is not carried', () => {
    it('上半年，… 。工业机器人产量增长27.4%。', () => assert.equal(claimAt('经济观察\n\n上半年，全市经济平稳。工业机器人产量增长27.4%。', '27.4%').period?.partInferred, false));
    it('上半年，… ⏎ 工业机器人产量增长27.4%。', () => assert.equal(claimAt('经济观察\n\n上半年，全市经济平稳。\n\n工业机器人产量增长27.4%。', '27.4%').period, undefined));
    it('去年…(a whole year)。上半年…: the year after it is a guess', () => {
      const p = claimAt('新郑市去年在全国百强县中排第23位。上半年新郑增长6.7%。', '6.7%').period;
      assert.deepEqual([p?.part, p?.partInferred, p?.yearInferred], ['M1-6', false, true]);
    });
    describe('分季度看，一季度…，上半年…。分产业看…: periods gone through one by one are no topic', () => {
      const rows: [string, string, string][] = [
        ['前三季度全市实现地区生产总值11156.7亿元。分季度看，一季度增长6.1%，上半年增长5.9%。分产业看，第一产业增加值93.5亿元。', '93.5亿元', 'M1-9'],
        ['全年全市销售体育彩票28.64亿元。分时段看，上半年销售13.42亿元，增长10.9%；第四季度销售8.05亿元。分区县看，岚山区销售4.86亿元，增长11.2%。', '11.2%', 'FY'],
        ['全年完成交通投资512亿元。分阶段看，一季度完成98亿元。分地区看，芜湖完成76亿元。', '76亿元', 'FY'],
        // the year an amount is set against is its base, not its period
        ['前三季度，义乌进出口总值已达到去年全年的81.6%。', '81.6%', 'M1-9'],
      ];
      for (const [text, figure, part] of rows) it(`${text} → ${figure} ${part}`, () => assert.equal(claimAt(text, figure).period?.part, part));
    });
    it('进入2024年，萧山前三季度…。…: a bare year then a part is that year\'s part, for the paragraph', () => {
      const p = claimAt('# 杭州\n\n进入2024年，萧山前三季度GDP增长5.0%。规上工业增加值682.4亿元，占全市的19.1%。', '19.1%').period;
      assert.deepEqual([p?.year, p?.part, p?.partInferred], ['2024', 'M1-9', false]);
    });
    it('2022年上半年，… 。…增长: the year said with the part holds', () => {
      const p = claimAt('2022年上半年，全市经济平稳。规上工业增加值增长5.1%。', '5.1%').period;
      assert.deepEqual([p?.year, p?.yearInferred], ['2022', false]);
    });
  });

  describe('a part of the year the first paragraph under a heading opens on is the section\'s; a later paragraph\'s, a whole heading\'s or a start month is not: [text, figure, part]', () => {
    const title = '# 前三季度全省物价形势分析\n\n';
    const rows: [string, string, string][] = [
      [`${title}## 二、食品价格是主要推手\n\n9月份，食品价格同比上涨3.6%。\n\n非食品方面，服务价格上涨0.3%。`, '0.3%', 'M9'],
      [`${title}## 二、食品价格是主要推手\n\n1-8月，食品价格同比上涨2.6%。\n\n服务价格上涨0.5%。`, '0.5%', 'M1-8'],
      // only the first paragraph under the heading speaks for the section
      [`${title}## 二、食品价格是主要推手\n\n食品价格涨幅扩大。\n\n9月份，鲜菜价格上涨21.4%。\n\n服务价格上涨0.3%。`, '0.3%', 'M1-9'],
      // a new heading ends it
      [`${title}## 一、居民消费价格\n\n9月份，居民消费价格上涨0.5%。\n\n## 二、服务价格\n\n服务价格上涨0.3%。`, '0.3%', 'M1-9'],
      // a heading that names its period keeps it
      [`${title}## 二、前三季度食品价格\n\n9月份，食品价格同比上涨3.6%。\n\n服务价格上涨0.3%。`, '0.3%', 'M1-9'],
      // a season of the weather, its dates in brackets, is the period of the figures after it
      ['2023年汛期（4月15日—10月15日），全市平均降水量862.7毫米，比常年同期偏少11.3%。', '862.7毫米', 'S:汛期'],
      ['秋季（9—11月）：全市平均气温20.6℃，偏高1.3℃。', '20.6℃', 'S:秋季'],
      ['分季节看，秋季平均气温20.6℃，为历史同期最高。', '20.6℃', 'S:秋季'],
      ['今年汛期全市平均降水量较常年同期偏少11.3%。', '11.3%', 'S:汛期'],
      ['学前教育毛入园率达到93.7%，普惠性幼儿园覆盖率今年秋季学期进一步升至92.8%。', '92.8%', 'S:秋季学期'],
      // a season named past the sentence's first clause is its clause's
      ['防汛抗旱方面，汛期全市平均降雨量较常年同期偏少8.2%，洪涝灾害直接经济损失比上年下降41.2%。', '8.2%', 'S:汛期'],
      ['2023年，防汛抗旱方面，汛期全市平均降雨量较常年同期偏少8.2%，洪涝灾害直接经济损失比上年下降41.2%。', '41.2%', 'FY'],
      ['汛期预报准确率稳步提高，24小时晴雨预报准确率达到87.3%。', '87.3%', 'S:汛期'],
      ['2023年，全市防汛期间转移群众1.38万人。', '1.38万人', 'FY'],
      // so is the period of what a clause expects (全年有望超过600件)
      ['# 2024年前三季度知识产权工作汇报\n\nPCT国际专利申请463件，全年有望超过600件；马德里商标国际注册申请241件，增长6.8%。', '241件', 'M1-9'],
      ['# 2024年前三季度知识产权工作汇报\n\nPCT国际专利申请463件，全年预计超过600件。', '600件', 'FY'],
      // (…a period that opens the clause of a figure is that figure's, expected or not)
      ['# 2024年前三季度知识产权工作汇报\n\nPCT国际专利申请463件，全年达到600件，马德里商标国际注册申请241件。', '241件', 'FY'],
      // …not a season's work or sale
      ['2023年，全市春季招聘会提供岗位1.2万个。', '1.2万个', 'FY'],
      // after an item's label (（一）经济总量稳居前列。), the sentence opening the item opens the section
      ['# 晋江市经济运行分析\n\n## 二、主要指标完成情况\n\n（一）经济总量稳居前列。2023年，全市实现地区生产总值3386.9亿元。\n\n（二）财政实力稳步增强。全市一般公共预算收入155.3亿元。', '155.3亿元', 'FY'],
      ['# 2024年上半年晋江市经济运行分析\n\n## 二、主要指标完成情况\n\n（一）经济总量稳居前列。1-5月，全市工业用电量增长8.8%。\n\n（二）财政实力稳步增强。全市一般公共预算收入95.3亿元。', '95.3亿元', 'M1-5'],
      // a paragraph of prose between states no period: a breakdown after it goes on with the one before it…
      ['# 前三季度全省交通运输经济运行综述\n\n## 投资：三季度明显提速\n\n1-9月，全省完成交通投资852.3亿元。\n\n项目负责人告诉记者，施工进度比计划提前了约一个月。\n\n分地区看，赣州市完成交通投资152.4亿元。', '152.4亿元', 'M1-9'],
      // (…but not past a heading, which names its own)
      ['# 前三季度全省交通运输经济运行综述\n\n## 投资\n\n1-9月，全省完成交通投资852.3亿元。\n\n## 运输：三季度明显回暖\n\n分地区看，赣州市完成货运量1.26亿吨。', '1.26亿吨', 'Q3'],
      // a month something starts in is no period of the section
      ['# 2023年全省就业和工资情况\n\n## 四、工资收入\n\n10月起全省上调最低工资标准。\n\n外出农民工月均收入4865元。', '4865元', 'FY'],
    ];
    for (const [text, figure, part] of rows) it(`${text.replace(title, '')} → ${part}`, () => assert.equal(claimAt(text, figure).period?.part, part));
  });

  describe('a sentence without figures sets the paragraph\'s period in its head; a framing first clause makes the head two: [paragraph, figure, part or none]', () => {
    const rows: [string, string, string | undefined][] = [
      ['作为海南旅游的“金字招牌”，三亚在国庆假期继续领跑全省。据统计，三亚接待游客86.54万人次。', '86.54万人次', 'H:国庆'],
      // 假期 opening a later paragraph is the holiday the article spoke of last
      ['# 2025年前三季度黄山文旅\n\n国庆中秋8天假期，全市共接待游客612.8万人次。\n\n假期过夜游客占游客总量的38.3%。', '38.3%', 'H:中秋国庆'],
      // the days of a holiday named after them are that holiday (10月1日至8日国庆中秋假期 is no bare 国庆)
      ['10月1日至8日国庆中秋假期，全市共接待游客486.3万人次。', '486.3万人次', 'H:中秋国庆'],
      // a numbered sub-section that runs into its text ((一)总体情况。…) keeps its section's holiday
      ['# 2025年假期简报\n\n## 一、“五一”假期\n\n（一）总体情况。全市共接待游客312.6万人次。\n\n（二）过夜游客。过夜游客146.8万人次。', '146.8万人次', 'H:五一'],
      ['2025年假期简报\n\n一、“五一”假期\n\n（一）总体情况。全市共接待游客312.6万人次。', '312.6万人次', 'H:五一'],
      ['在各方努力下，全市上半年经济平稳。规上工业增加值增长5.1%。', '5.1%', 'M1-6'],
      // a first clause that says something keeps the sentence's topic to itself
      ['企业创始人说，上半年还计划拓展拉美市场。规上工业增加值增长5.1%。', '5.1%', undefined],
      // a holiday that labels a heading is the section's period
      ['# 假日经济观察\n\n## 三、国庆：人均花费全国居首\n\n三亚旅游总收入20.23亿元。', '20.23亿元', 'H:国庆'],
      // 假期期间, 假期7天: the holiday the article named last, in a later paragraph
      ['国庆假期7天，全省接待游客362.88万人次。\n\n海口则吸引了大量游客。假期期间，海口接待游客110.17万人次。', '110.17万人次', 'H:国庆'],
      ['## 国庆假期海南旅游市场综述\n\n海口全力保障供给。假期7天，海口接待游客110.17万人次。', '110.17万人次', 'H:国庆'],
      // without a holiday named before, 假期 is no period
      ['海口全力保障供给。假期期间，海口接待游客110.17万人次。', '110.17万人次', undefined],
      // a paragraph breaking the figures down by place goes on with the period the one before opened on,
      // not with a later sentence's
      ['前三季度，全市快递业务量增长12.1%。在电商节点带动下，四季度当季快递业务量增长23.5%。\n\n分县区看，海州区快递业务量占全市的比重为27.4%。', '27.4%', 'M1-9'],
      ['全年全市快递业务量增长12.1%。在电商节点带动下，四季度当季快递业务量增长23.5%。\n\n分县区看，海州区快递业务量占全市的比重为27.4%。', '27.4%', 'FY'],
    ];
    for (const [text, figure, part] of rows) {
      it(`${text} → ${part ?? 'none'}`, () => assert.equal(claimAt(text, figure).period?.part, part));
      it(`(indexed) ${text} → ${part ?? 'none'}`, () => {
        const facts = indexOf(text).facts.filter((f) => f.text === figure);
        assert.deepEqual(facts.map((f) => f.period?.part), [part]);
      });
    }
  });

  describe('a part of the year named after 其中 holds to its clause\'s semicolon, or to its sentence when it opens one: [sentence, figure, part]', () => {
    const text = '截至9月末，开展职业技能培训11.4万人次，同比增长4.6%，其中第三季度培训4.1万人次；新增技能人才2.45万人。';
    const opening = '1-6月，全市城市更新项目完成投资158.7亿元。其中，第二季度完成投资90.4亿元，同比增长7.9%。分领域看，城中村改造完成投资52.4亿元，增长34.6%。';
    const rows: [string, string, string][] = [[text, '4.1万人次', 'Q3'], [text, '2.45万人', 'M1-9'], [text, '4.6%', 'M1-9'], [opening, '90.4亿元', 'Q2'], [opening, '52.4亿元', 'M1-6'], [opening, '34.6%', 'M1-6']];
    for (const [t, figure, part] of rows) it(`${t} ${figure} → ${part}`, () => assert.equal(claimAt(t, figure).period?.part, part));
  });

  describe('a year a state is judged against (好于上年, 优于去年同期) is no period of the figures after it, the year after 占比 is: [text, figure, year, part]', () => {
    const rows: [string, string, string, string][] = [
      ['# 2024年前三季度全市农业农村经济形势分析\n\n秋粮长势好于上年，预计全年粮食总产量能够稳定在490万吨以上。', '490万吨', '2024', 'FY'],
      ['# 2024年前三季度全市农业农村经济形势分析\n\n前三季度农产品质量明显优于去年同期，抽检合格率达到98.6%。', '98.6%', '2024', 'M1-9'],
      // (when an activity was busiest, 集中在一季度和9月中下旬, is no period of the figures after it)
      ['1-9月国内海洋捕捞产量70.12万吨，主要受伏季休渔影响，国内捕捞生产集中在一季度和9月中下旬；远洋渔业产量41.25万吨，增长10.6%。', '10.6%', 'Y0', 'M1-9'],
      ['2024年，全市降水集中在6月中旬，全年降水量1520毫米。', '1520毫米', '2024', 'FY'],
      // (the 比 of 占比 compares nothing: the year after it is the share's)
      ['# 2025年前三季度全市通信业运行情况\n\n全市将推动千兆宽带用户占比2026年突破35%。', '35%', '2026', 'FY'],
      ['# 2025年前三季度全市通信业运行情况\n\n全市将推动千兆宽带用户占比年底前突破35%。', '35%', '2025', 'FY'],
      // (a title's bare year and the part of it named after its place are one period)
      ['# 2025年湖州市前三季度卫生健康汇报\n\n出院者平均住院日7.5天。', '7.5天', '2025', 'M1-9'],
      ['# 2024年宁波市上半年经济运行分析\n\n全市规上工业增加值增长8.1%。', '8.1%', '2024', 'M1-6'],
      ['# 2023年与2024年前三季度对比\n\n全市规上工业增加值增长8.1%。', '8.1%', '2023', 'FY'],
      // (a period looked at, 从前三季度看, is the figures' own, not the start of a span)
      ['# 2024年义乌市场主体发展分析\n\n从前三季度看，全市新设市场主体增长8.3%。', '8.3%', '2024', 'M1-9'],
      ['# 2024年义乌市场主体发展分析\n\n从上半年的情况来看，全市新设企业增长6.1%。', '6.1%', '2024', 'M1-6'],
      // (…and so is one looked at through the data of its parts, 从前三季度镇街数据看)
      ['# 萧山区2024年经济运行分析\n\n从前三季度镇街数据看，瓜沥镇规上工业增加值增长9.4%。', '9.4%', '2024', 'M1-9'],
      ['# 萧山区2024年经济运行分析\n\n从1-9月主要指标来看，全区规上工业增加值增长6.2%。', '6.2%', '2024', 'M1-9'],
      // (the year after 占 is the whole's period: the share is of the part named before it)
      ['# 2023年全市土地市场分析\n\n单是第四季度的供地量就占到全年的36.2%。', '36.2%', '2023', 'Q4'],
      ['# 2023年全市土地市场分析\n\n第四季度供地912.7公顷，占全年供地总量的38.2%。', '38.2%', '2023', 'Q4'],
      // (when a list was drawn up is its count's period, not the period of the progress made on it)
      ['# 2024年前三季度城市体检整改进展\n\n2023年梳理的127项问题已整改113项，整改完成率为89.0%。', '89.0%', '2024', 'M1-9'],
      ['# 2024年前三季度城市体检整改进展\n\n2023年梳理的127项问题已整改113项，整改完成率为89.0%。', '127项', '2023', 'FY'],
      ['# 2024年前三季度城市体检整改进展\n\n2023年共梳理问题127项，整改完成率为77.2%。', '77.2%', '2023', 'FY'],
    ];
    for (const [text, figure, year, part] of rows) {
      it(`${text.split('\n').pop()} ${figure} → ${year} ${part}`, () => {
        const p = claimAt(text, figure).period;
        assert.equal(p?.year, year);
        assert.equal(p?.part, part);
      });
    }
  });

  describe('a base written with its figure (比上年全年的6267元) gives that figure its period: [sentence, figure, year, part]', () => {
    const rows: [string, string, string, string][] = [
      ['1-9月商品住宅均价为6087元，比上年全年的6267元有所回落。', '6267元', 'Y-1', 'FY'],
      ['1-9月商品住宅均价为6087元，比上年全年的6267元有所回落。', '6087元', '', 'M1-9'],
      // so does a figure the draft's is measured against (快于, 高于)
      ['前三季度，全省生产总值同比增长5.0%，也明显快于上年全年4.1%的增速。', '4.1%', 'Y-1', 'FY'],
      ['前三季度，全省生产总值同比增长5.0%，也明显快于上年全年4.1%的增速。', '5.0%', '', 'M1-9'],
      ['上半年，全市居民人均可支配收入增长5.8%，高于2023年全年5.1%的增幅。', '5.1%', '2023', 'FY'],
      // and a figure set in a 与…相比 bracket with its period
      ['1-9月，全市死亡人数下降8.2%，与2024年全年死亡人数下降11.4%相比，降幅有所收窄。', '11.4%', '2024', 'FY'],
      ['1-9月，全市死亡人数下降8.2%，与2024年全年死亡人数下降11.4%相比，降幅有所收窄。', '8.2%', '', 'M1-9'],
    ];
    for (const [t, figure, year, part] of rows) {
      it(`${t} ${figure} → ${year || '-'} ${part}`, () => {
        const p = claimAt(t, figure).period;
        assert.equal(p?.part, part);
        if (year) assert.equal(p?.year, year);
      });
    }
  });

  describe('the year of a target reached (完成全年目标) is no period of the figures after it: [sentence, figure, part]', () => {
    const rows: [string, string, string][] = [
      ['截至9月底，全市常住人口签约覆盖率达到45.1%，提前完成全年目标；重点人群签约服务覆盖率达到82.4%。', '82.4%', 'M1-9'],
      ['1-8月，城镇新增就业完成全年目标的85.2%，失业率为4.9%。', '4.9%', 'M1-8'],
      // (nor of a target nearly reached)
      ['前三季度新落地集采药品52个，累计落地数量已接近全年目标；通过集采节约费用7.34亿元，同比增长9.1%。', '9.1%', 'M1-9'],
    ];
    for (const [text, figure, part] of rows) it(`${text} ${figure} → ${part}`, () => assert.equal(claimAt(text, figure).period?.part, part));
  });

  describe('when a cause struck (受8月高温干旱影响) is no period of the figure: [sentence, figure, part or none]', () => {
    const rows: [string, string, string | undefined][] = [
      ['晚稻受8月高温干旱影响，产量为68.26万吨。', '68.26万吨', undefined],
      ['受一季度疫情冲击，上半年全市地区生产总值增长2.1%。', '2.1%', 'M1-6'],
      ['1-8月，全市受台风影响，水果产量下降3.1%。', '3.1%', 'M1-8'],
      // (a period that is the figure's own, after the cause, holds)
      ['受高温影响，8月份全市用电量增长12.3%。', '12.3%', 'M8'],
    ];
    for (const [text, figure, part] of rows) it(`${text} ${figure} → ${part ?? 'none'}`, () => assert.equal(claimAt(text, figure).period?.part, part));
  });

  describe('the year a span starts from (2020年末以来) is no period of the figure: [sentence, figure, year or none]', () => {
    const rows: [string, string, string | undefined][] = [
      ['养老床位总数达到24.1万张，2020年末以来年均增长8.5%。', '8.5%', undefined],
      ['2024年，养老床位总数由2020年末的19.8万张增加到24.1万张，年均增长5.8%。', '5.8%', '2024'],
      ['2024年，养老床位总数由2020年末的19.8万张增加到24.1万张，年均增长5.8%。', '19.8万张', '2020'],
    ];
    for (const [text, figure, year] of rows) it(`${text} ${figure} → ${year ?? 'none'}`, () => assert.equal(claimAt(text, figure).period?.year, year));
  });

  describe('same period however it is written, in a sentence', () => {
    const phrasings = ['今年1-7月', '今年1至7月', '今年1月到7月', '今年前7个月', '今年前七个月'];
    for (const p of phrasings) {
      it(`${p}，余姚有效投资增长15.2%`, () => {
        const c = claimAt(`${p}，余姚有效投资增长15.2%。`, '15.2%');
        assert.deepEqual([c.period?.year, c.period?.part], ['Y0', 'M1-7']);
      });
    }
  });

  describe('documentDate resolves relative years', () => {
    const rows: [string, string | undefined, string][] = [
      ['今年1-7月，余姚有效投资增长15.2%。', '2022-08-20', '2022'],
      ['去年余姚地区生产总值增长5.1%。', '2021-03-01', '2020'],
      ['今年1-7月，余姚有效投资增长15.2%。', undefined, 'Y0'],
      ['2020年余姚地区生产总值增长5.1%。', '2022-08-20', '2020'],
      // a holiday is the one just past: in the month it ends, or the year before when the text is older
      ['国庆假期，全省重点零售企业销售额增长5.2%。', '2024-10-08', '2024'],
      ['国庆假期，全省重点零售企业销售额增长5.2%。', '2024-09-20', '2023'],
      ['春节假期，全省接待游客增长20.1%。', '2024-10-08', '2024'],
    ];
    for (const [text, date, year] of rows) {
      it(`${text} @ ${date ?? 'no date'} → ${year}`, () => {
        const c = claimsOf(text, date).find((x) => x.measure === 'growth');
        assert.equal(c?.period?.year, year);
      });
    }
    it('a dateline in the text dates it', () => {
      const text = '余姚投资跑出加速度\n2022年8月20日 宁波日报\n\n今年1-7月，余姚有效投资增长15.2%。';
      assert.equal(claimAt(text, '15.2%').period?.year, '2022');
    });
    it('a byline with its date is no section heading: its year is not the year of the figures under it', () => {
      const text = '数字经济成效显现 杭州各区县比学赶超\n\n杭州日报记者  2024年3月12日\n\n在滨江，产业集群加速成长。全区营业收入2896.5亿元，增长7.4%。';
      assert.equal(claimAt(text, '7.4%').period, undefined);
    });
    it('a masthead (大众日报　2024年10月　第1版) dates the text but is not its title: its month is no period', () => {
      const text = '大众日报　2024年10月　第1版\n\n前三季度全省经济运行“成绩单”出炉\n\n今年前三季度，青岛地区生产总值增长5.7%。\n\n济南增长5.6%。';
      assert.equal(claimAt(text, '5.7%').period?.year, '2024');
      assert.equal(claimAt(text, '5.6%').period?.part, claimAt(text, '5.7%').period?.part);
    });
    it('a masthead naming its city (《泉州晚报》…第2版) is no heading: 全市 is the place the title names', () => {
      const text = '《泉州晚报》2024年8月5日　第2版　时评\n\n稳居第4位之后，晋江还要跑出怎样的“加速度”\n\n全市经营主体达到31.2万户，比上年增长7.4%。';
      assert.equal(claimAt(text, '31.2万户').region, '晋江市');
      assert.equal(claimAt(text, '7.4%').region, '晋江市');
    });
    it('a byline under the title that ends on a month (价格监测处　2024年10月) dates the text', () => {
      const text = '# 前三季度浙江物价形势分析\n\n省发展改革委价格监测处　2024年10月\n\n今年前三季度，全省CPI上涨0.3%。';
      assert.equal(claimAt(text, '0.3%').period?.year, '2024');
      assert.equal(claimAt('# 物价形势分析\n\n## 2024年10月\n\n今年全省CPI上涨0.3%。', '0.3%').period?.year, 'Y0');
    });
    it('a self reference in a title (全省经济运行) names no place: 全省 is the province of the places the text names', () => {
      const text = '前三季度全省经济运行“成绩单”出炉\n\n青岛济南烟台稳居前三\n\n记者从省统计局获悉，前三季度，全省实现地区生产总值71602.3亿元。';
      assert.equal(claimAt(text, '71602.3亿元').region, '山东省');
    });
    it('in a report on 山西 its cities go by stems that are words elsewhere (大同, 长治)', () => {
      const text = '# 山西省就业形势分析\n\n从各市看，太原新增就业9.6万人；运城、临汾紧随其后，分别新增5.1万人、4.6万人；长治新增4.3万人。大同城镇新增就业2.2万人。';
      assert.deepEqual(['5.1万人', '4.6万人', '4.3万人', '2.2万人'].map((f) => claimAt(text, f).region), ['运城市', '临汾市', '长治市', '大同市']);
      assert.equal(claimAt('# 全国就业形势\n\n坚持长治久安，全国城镇新增就业1244万人。', '1244万人').region, '全国');
    });
    it('a government work report heard by a province\'s congress is about that province', () => {
      const text = '# 政府工作报告（节选）\n\n——2024年1月24日在内蒙古自治区第十四届人民代表大会第二次会议上\n\n## 一、2023年工作回顾\n\n全区城镇新增就业19.6万人。';
      assert.equal(claimAt(text, '19.6万人').region, '内蒙古自治区');
    });
    it('当年 is the year the text speaks of, not this year', () => {
      const text = '# 博罗\n\n2023年，惠州市博罗县实现地区生产总值925.78亿元。当年惠州全市地区生产总值5639.68亿元。';
      assert.equal(claimAt(text, '5639.68亿元', '2024-10-01').period?.year, '2023');
    });
    it('resolvePeriod: 五年来 in a 2021 text is 2016-2020', () => {
      assert.equal(resolvePeriod(parsePeriod('五年来'), '2021-01-20')?.year, '2016-2020');
    });
  });

  describe('a size that counted places pass is a threshold, no figure: [sentence, threshold]', () => {
    const rows: [string, string][] = [
      ['百强县中有42个县（市）一般公共预算收入超过100亿元。', '100亿元'],
      ['全市有15家企业营业收入突破10亿元。', '10亿元'],
      // (…and so is a size that 以上 or 以下 after it sets, before the class it picks out)
      ['全市集体经济年经营性收入50万元以上的村达到120个。', '50万元'],
      ['年营业收入2000万元以上的工业企业有1520家。', '2000万元'],
      ['年收入30万元以上村占比达到72%。', '30万元'],
    ];
    for (const [text, threshold] of rows) it(`${text} → no claim on ${threshold}`, () => assert.deepEqual(claimsOf(text).filter((c) => c.text === threshold).map((c) => c.indicator.name), []));
  });

  describe('a comparison base is not the period of the figure', () => {
    it('比2015年上升8位 has no period 2015', () => {
      const c = claimAt('2020年，余姚县域经济竞争力排名比2015年上升8位。', '8位');
      assert.notEqual(c.period?.year, '2015');
    });
    it('均超2019年同期 in a heading is the base the figures beat, not their year', () => {
      const c = claimAt('## 一、国庆成绩单：五城客流均超2019年同期\n\n成都国庆假期接待游客2156.7万人次。', '2156.7万人次');
      assert.deepEqual([c.period?.year, c.period?.part], ['', 'H:国庆']);
    });
    it('恢复至2019年的103.6% is set against 2019, not of it', () => {
      const c = claimAt('2023年，硕放机场旅客吞吐量825.7万人次，恢复至2019年的103.6%。', '103.6%');
      assert.equal(c.period?.year, '2023');
    });
    it('较2022年提高 with no year of its own is a guess at 2023', () => {
      const c = claimAt('核心产业占GDP的比重为28.3%，较2022年提高2.1个百分点。', '2.1个百分点');
      assert.deepEqual([c.period?.year, c.period?.yearInferred], ['2023', true]);
      assert.equal(claimAt('2024年上半年，出口较2019年增长12%。', '12%').period?.year, '2024');
    });
    it('增速低于1—5月 compares with 1—5月: the next clause\'s figure is still the first half\'s', () => {
      const c = claimAt('上半年社零增长2.6%，增速低于1—5月；固定资产投资下降5.9%。', '5.9%');
      assert.equal(c.period?.part, 'M1-6');
    });
    it('a period in a title\'s comment after a comma (…，四季度迎来翘尾) is not the article\'s', () => {
      assert.equal(claimAt('# 广州楼市2024：降幅逐季收窄，四季度迎来“翘尾”\n\n新开工面积763.15万平方米，同比减少28.4%。', '28.4%').period, undefined);
      assert.equal(claimAt('# 前三季度，广州楼市降幅逐季收窄\n\n新开工面积763.15万平方米，同比减少28.4%。', '28.4%').period?.part, 'M1-9');
    });
    it('a subtitle after a dash (——2023年主要城市经济数据观察) dates a title that names no period', () => {
      const c = claimAt('# 26城跻身万亿俱乐部\n\n——2023年主要城市经济数据观察\n\n记者梳理发现，增速领跑。\n\n从增速看，常州、烟台分别增长6.8%和6.2%。', '6.2%');
      assert.deepEqual([c.period?.year, c.period?.part], ['2023', 'FY']);
      assert.equal(claimAt('# 26城跻身万亿俱乐部\n\n记者梳理发现，增速领跑。\n\n从增速看，常州、烟台分别增长6.8%和6.2%。', '6.2%').period, undefined);
    });
    it('仅次于1999年: the year a record stands second to is no period of the record\'s', () => {
      assert.equal(claimAt('2023年，全市平均梅雨量586.4毫米，仅次于1999年，列历史第二位。', '第二位').period?.year, '2023');
    });
    it('春节假期（2月10日至17日）: the days in brackets are the holiday\'s', () => {
      assert.equal(claimAt('春节假期（2月10日至17日）全省累计接待游客4535.23万人次。', '4535.23万人次').period?.part, 'H:春节');
    });
  });

  describe('rank scopes normalise: [as written, same as]', () => {
    const rows: [string, string][] = [
      ['宁波各县(市、区)', '宁波各区县(市)'],
      ['宁波各县(市、区)', '宁波市各县市区'],
      ['宁波各县（市、区）', '宁波各县(市、区)'],
      // the ministry that publishes a ranking is no part of its field
      ['科技部国家高新区综合评价', '国家高新区综合评价'],
      ['在科技部最新公布的国家高新区综合评价中', '国家高新区综合评价'],
      ['宁波各区县(市)', '宁波市各区、县(市)'],
      // a national list by name
      ['全国百强县', '百强县'],
      // a province's cities however written (设区市, 地级市, 各市)
      ['全省设区市', '全省各市'],
      ['全省11个地级市', '全省各市'],
      // 省会城市 is the capitals, not the cities (会城市) of a 省
      ['全国省会城市', '省会城市'],
      ['27个省会城市', '省会城市'],
      ['全国15个副省级城市', '副省级城市'],
      ['全国各省（区、市）', '各省份'],
      // the year of a list's edition and its qualifiers are not its field; its publisher tags it
      ['2023年度全国百强县', '百强县'],
      ['赛迪顾问发布的2024全国百强县', '2023年赛迪百强县'],
      ['国庆假期全国热门旅游目的地', '国庆全国热门旅游目的地'],
      ['中郡研究所的县域经济基本竞争力百强县', '中郡百强县'],
      ['青岛所辖县级市', '青岛县级市'],
      // the ranking of a field is the field (从全省位次看)
      ['全省位次', '全省'],
      // the places assessed are the field, not the assessment (在全省21个市（州）年度评估中)
      ['全省21个市（州）年度评估', '全省21个市（州）'],
      // a record over the years is one field, however its start is said
      ['有完整气象记录以来', '历史'],
      ['1953年有完整气象记录以来', '历史'],
      ['以来历史同期', '历史'],
      ['历史同期', '历史'],
      ['有气象记录以来', '有记录以来'],
    ];
    for (const [a, b] of rows) it(`${a} = ${b}`, () => assert.equal(normaliseScope(a, lexicon), normaliseScope(b, lexicon)));
    // The districts or counties of a place are that place's, however the place is given.
    const inText: [string, string, string | undefined][] = [
      ['# 济南经济观察\n\n章丘区增速居各区县首位。', '首位', '济南市|区县'],
      ['# 济南经济观察\n\n章丘区地区生产总值增速居全市各区县首位。', '首位', '济南市|区县'],
      ['余姚GDP增速连续3年位列宁波各区县(市)第一。', '第一', '宁波市|区县市'],
      ['慈溪市增速居各县(市、区)第二。', '第二', '宁波市|区县市'],
      // a county-level city has no counties: 全市 there is the city it belongs to
      ['石狮增速在全市各县（市、区）中位居第二。', '第二', '泉州市|区县市'],
      ['# 余姚经济\n\n余姚市有效投资增速居全市各区县(市)首位。', '首位', '宁波市|区县市'],
      ['# 城市观察\n\n宁波经济总量居全省第二。', '第二', '浙江省|辖区'],
      // a district or county first in its whole city: first among the city's districts and counties
      ['# 哈尔滨\n\n双城区粮食产量42.8亿斤，居全市首位。', '首位', '哈尔滨市|辖区'],
      // a province in the whole country is among the provinces; a city there is left as written
      ['# 海南经济\n\n货物贸易出口增长20.7%，增速居全国第三位。', '第三位', '省区市'],
      ['# 宁波经济\n\n港口货物吞吐量居全国第十。', '第十', '全国|'],
      // a list someone published, in the clause before (…发布…名单，), or putting the place at its rank (名单把晋江排在)
      ['同期，中郡县域经济研究所发布第二十三届全国县域经济基本竞争力百强县（市）名单，晋江市居第5位。', '第5位', '百强县@中郡'],
      ['中郡研究所的基本竞争力百强县（市）名单则把晋江排在第5位。', '第5位', '百强县@中郡'],
      // the one ranked just before (排在…之后, 仅次于) is no field
      ['汽车制造业研发经费排在电子设备制造业之后，居各行业第2位。', '第2位', '行业'],
      ['电气机械制造业研发经费排在汽车制造业之后居第3位。', '第3位', undefined],
      // how it stands (仍, 依然) is no part of the field
      ['# 赣州\n\n全市房地产开发投资812.46亿元，总量在全省仍排名第三。', '第三', '江西省|辖区'],
      ['# 西安\n\n全年归集住房公积金582.47亿元，增幅8.6%，但增速在全省仅列第四位。', '第四位', '陕西省|辖区'],
      ['# 西安\n\n全年归集住房公积金582.47亿元，增速在全省只排第四位。', '第四位', '陕西省|辖区'],
      // a field after 在, up to the rank's cue (中心城区 is a place: the ranks in it)
      ['# 渝北\n\n渝北区地区生产总值增长6.3%，增速在中心城区排名第二。', '第二', '中心城区|'],
      // a clause setting the ranks in a field (放在全省县（市、区）中比较，) is their field
      ['# 舟山渔业\n\n放在全省县（市、区）中比较，岱山县水产品产量排第二位。', '第二位', '浙江省|区县市'],
      // a published list a sentence opened on is the field of the paragraph's later ranks
      ['2024年7月赛迪顾问发布的百强县榜单中，全省入围县市增至10个。仙桃排第38位。', '第38位', '百强县@赛迪'],
      // an evaluation a clause opened on is the field of a rank in a bare whole after it, however it was held
      ['在科技部火炬中心发布的国家高新区综合评价结果中，合肥高新区位列全国第10位。', '第10位', '国家高新区综合评价'],
      ['在科技部火炬中心组织的国家高新区综合评价中，我区跃升至全国第11位。', '第11位', '国家高新区综合评价'],
      ['在全省营商环境评价中，我市位列全省第3位。', '第3位', '全省|营商环境评价'],
      // …but not a list that is no evaluation: the rank's own whole stands
      ['在长三角城市中，宁波港口货物吞吐量居全国第一。', '第一', '全国|'],
    ];
    for (const [text, figure, scope] of inText) it(`${text.split('\n').at(-1)} → ${scope}`, () => assert.equal(claimAt(text, figure).scope, scope));
    const different: [string, string][] = [['赛迪百强县', '中郡百强县'], ['中西部城市', '城市'], ['全国百强县', '全国工业百强县'], ['全省', '全国'], ['宁波各县(市、区)', '全省'], ['宁波各县(市、区)', '绍兴各县(市、区)'], ['历史', '全省']];
    for (const [a, b] of different) it(`${a} ≠ ${b}`, () => assert.notEqual(normaliseScope(a, lexicon), normaliseScope(b, lexicon)));
    it('in sentences: 居宁波各县(市、区)首位 and 位列宁波各区县(市)第一 have one scope', () => {
      const a = claimAt('余姚有效投资增速居宁波各县(市、区)首位。', '首位');
      const b = claimAt('余姚有效投资增速位列宁波各区县(市)第一。', '第一');
      assert.ok(a.scope);
      assert.equal(a.scope, b.scope);
    });
  });

  describe('what a phrase names: [sentence, figure, indicator]', () => {
    const rows: [string, string, string][] = [
      // a share of the subject's own whole (the year's, of a quarter's) is the subject's share; supplied is its amount
      ['单是第四季度的供地量就占到全年的36.2%。', '36.2%', '供地量'],
      ['第四季度供地912.7公顷，占全年供地总量的38.2%。', '38.2%', '供地量'],
      ['第四季度供地912.7公顷，占全年供地总量的38.2%。', '912.7公顷', '供地量'],
      ['光是工业用地就占全市供地的34.0%。', '34.0%', '工业用地占全市供地量比重'],
      // the colon of a time of day ends no label
      ['早高峰时段（7:00—9:00）客运量占全日客运量的24.3%。', '24.3%', '早高峰时段客运量占全日客运量比重'],
      ['早高峰时段（7:00—9:00）客运量占全日客运量的24.3%，晚高峰时段（17:00—19:00）占21.6%。', '21.6%', '晚高峰时段'],
      // a profit not qualified is the total profit (净利润, 营业利润 are others)
      ['全市规上工业企业利润增长9.2%。', '9.2%', '规模以上工业企业利润总额'],
      ['交通旅游产业发展集团利润增长9.2%。', '9.2%', '交通旅游产业发展集团利润总额'],
      ['拓普集团净利润增长9.2%。', '9.2%', '拓普集团净利润'],
      ['营业利润增长3.0%。', '3.0%', '营业利润'],
      // a per-head figure named before or after its 人均
      ['工资性收入人均12406元，增长8.0%。', '8.0%', '人均工资性收入'],
      // …or alone after a clause opening on the income it is of
      ['经营净收入的增长快于工资性收入，人均增长9.4%。', '9.4%', '人均经营净收入'],
      ['财产净收入总量虽小，人均仅1025元，但增速在四项收入中最快，达到11.8%。', '1025元', '人均财产净收入'],
      ['财产净收入总量虽小，人均仅1025元，但增速在四项收入中最快，达到11.8%。', '11.8%', '人均财产净收入'],
      // a firm a sentence opens on owns its later clauses, a measure's name that holds 公司 is no firm
      ['常州恒远新能源股份有限公司实现营业收入612.8亿元，同比增长8.9%；实现归属于母公司股东的净利润38.6亿元。', '38.6亿元', '恒远新能源归属于上市公司股东的净利润'],
      // a firm by its name, without its legal form; a port's firm is not the port
      ['常州恒远新能源股份有限公司实现营业收入612.8亿元。', '612.8亿元', '恒远新能源营业收入'],
      ['# 日照港2024年经营发展综述\n\n2024年，日照港股份有限公司营业收入达到78.4亿元。全年公司完成货物吞吐量4.91亿吨。', '4.91亿吨', '日照港公司货物吞吐量'],
      // a firm's own report: its figures are the firm's (公司, 本公司)
      ['# 常州恒远新能源股份有限公司2023年年度报告摘要\n\n报告期内，公司实现营业收入612.83亿元。', '612.83亿元', '恒远新能源营业收入'],
      ['# 常州恒远新能源股份有限公司2023年年度报告摘要\n\n本公司研发投入21.5亿元。', '21.5亿元', '恒远新能源研发投入'],
      // firms counted are what the clauses after them report on
      ['新能源产业上市公司14家，实现营业收入2136.5亿元，同比增长9.7%。', '2136.5亿元', '新能源产业上市公司营业收入'],
      // …and a share of a firm's whole opens on no firm
      ['境外收入占公司营收的40.0%。公司全年研发投入占营收的3.98%。', '3.98%', '公司研发投入占营业收入比重'],
      // 实现 before 营收 as before 营业收入; a class of firms (上市公司) is no firm 公司 refers back to
      ['今年一季度，全市上市公司实现营收同比增长4.2%。', '4.2%', '上市公司营业收入'],
      ['全市上市公司实现营业收入1086.5亿元。公司研发投入21.5亿元。', '21.5亿元', '公司研发投入'],
      // what came in (到位) is the income, the capital
      ['全年全市一般公共预算收入到位253.68亿元。', '253.68亿元', '一般公共预算收入'],
      ['全年实际到位内资85.2亿元，内资到位增长8%。', '8%', '到位内资'],
      // a bare head ranked in a sentence that names nothing fuller, in a view on rank, is the paragraph's
      ['## 一、收入\n\n全年全市一般公共预算收入到位253.68亿元，同比增长6.3%。\n从全省位次看，我市收入总量排在第二，但增速仅列全省第六位。', '第二', '一般公共预算收入'],
      // a rate a place stands by, named after it (以…的完成率居首位), is of that; 完成率 keeps its 完成
      ['乡镇（街道）中，唐江镇以111.4%的到位资金完成率居首位。', '111.4%', '到位资金完成率'],
      ['唐江镇以111.4%的完成率居首位。', '111.4%', '完成率'],
      // a firm named by its place and one word keeps its place (日照港股份有限公司)
      ['2024年，日照港股份有限公司营业收入达到78.4亿元。', '78.4亿元', '日照港公司营业收入'],
      // 日照 before 时数 is sunshine, in a 日照市 report too
      ['# 日照市2023年气候公报\n\n全年日照时数2100小时。', '2100小时', '日照时数'],
      // what the clause before says a thing is, then its bare measure
      ['从货类看，金属矿石仍是第一大货类，吞吐量为2.29亿吨。', '2.29亿吨', '金属矿石吞吐量'],
      // …or its mainstay (主力军, 主力, 支柱), in or out of quotes
      ['行业分布上，批发和零售业依旧是“主力军”，全年新设19.72万户。', '19.72万户', '批发和零售业新设'],
      ['分行业看，制造业是拉动投资增长的主力，投资增长12.1%。', '12.1%', '制造业投资'],
      // …or the only one that did something, and then any bare volume (客运量, 货运量) is its
      ['巡游出租汽车是唯一出现下滑的方式，客运量比上年减少了3.7%。', '3.7%', '巡游出租汽车客运量'],
      ['铁矿石是唯一保持增长的大宗货类，货运量增长4.2%。', '4.2%', '铁矿石货运量'],
      // an amount whose name follows it by 的 (4.87亿人次的客运量占…), and a share of that name in its clause
      ['轨道交通是拉动增长的主力，4.87亿人次的客运量占到总量的56.5%。', '4.87亿人次', '轨道交通客运量'],
      ['轨道交通是拉动增长的主力，4.87亿人次的客运量占到总量的56.5%。', '56.5%', '轨道交通客运量'],
      ['全年实现31.5亿元的营业收入，同比增长8.2%。', '31.5亿元', '营业收入'],
      ['全年实现31.5亿元的营业收入，同比增长8.2%。', '8.2%', '营业收入'],
      // (not a size or a record it set)
      ['全年实现31.5亿元的历史新高。', '31.5亿元', ''],
      // the measure of an act (缴存额, 投资额) after a clause on how someone's act fared is that one's
      ['灵活就业人员缴存增长较快，全年缴存额增长45.7%。', '45.7%', '灵活就业人员缴存额'],
      ['民间投资增长较快，投资额增长8.1%。', '8.1%', '民间投资'],
      // money paid into or drawn from a housing fund (缴存, 提取) is its amount; 公积金 is the housing fund
      ['四个管理部中，浏阳市缴存增长8.7%；望城区缴存9.63亿元。', '8.7%', '住房公积金缴存额'],
      ['全年住房公积金提取增长5.1%。', '5.1%', '住房公积金提取额'],
      ['公积金个人住房贷款市场占有率比上年末提高0.45个百分点。', '0.45个百分点', '住房公积金个人住房贷款市场占有率'],
      // the count (笔数) and the sum (金额) of what a sum of money before was lent in
      ['全年发放个人住房贷款175.64亿元，笔数和金额分别增长16.8%和12.3%。', '16.8%', '发放个人住房贷款笔数'],
      ['全年发放个人住房贷款175.64亿元，笔数和金额分别增长16.8%和12.3%。', '12.3%', '发放个人住房贷款'],
      ['全年发放个人住房贷款175.64亿元，金额增长12.3%。', '12.3%', '发放个人住房贷款'],
      // (after how a flow fared, a volume is not the flow's)
      ['从季度走势看，客流逐季走高，第四季度客运量达到2.33亿人次。', '2.33亿人次', '客运量'],
      // (and a clause saying 其 after it names its subject once)
      ['民营经济依然是主力军，其增加值增长6.2%。', '6.2%', '民营经济增加值'],
      // 部分 after what a part is names nothing
      ['全市外贸进出口总额增长5%，其中出口部分增长7.6%。', '7.6%', '出口总额'],
      // a size that picks out firms is a threshold
      ['营业收入超过100亿元的公司有8家。', '8家', '营业收入100亿元以上公司'],
      // a part's share of a whole is the same per head or in total
      ['全年人均工资性收入15874元，在可支配收入中占到53.2%。', '53.2%', '工资性收入占可支配收入比重'],
      ['人均工资性收入占人均可支配收入的比重为53.2%。', '53.2%', '工资性收入占可支配收入比重'],
      ['转移净收入在可支配收入中的比重为16.4%。', '16.4%', '转移净收入占可支配收入比重'],
      // 总额 after a figure of what it totals names nothing of its own
      ['全县农村居民人均可支配收入比上年增长8.1%，总额达到29836元。', '29836元', '农村居民人均可支配收入'],
      // 总量 before 占 is the amount just named
      ['南昌市进出口总值1126.8亿元，下降12.4%，总量占全省的24.6%。', '24.6%', '进出口总额占全省比重'],
      // a park's (a firm's) verb names nothing, and the items listed after its first figure are its too
      ['越西—慈溪东西部协作产业园实现产值5.36亿元、税收2180万元，二者分别增长28.6%和14.9%。', '2180万元', '越西—慈溪东西部协作产业园税收收入'],
      ['越西—慈溪东西部协作产业园实现产值5.36亿元、税收2180万元，二者分别增长28.6%和14.9%。', '14.9%', '越西—慈溪东西部协作产业园税收收入'],
      ['慈溪—龙泉山海协作产业园实现工业产值68.7亿元，增长14.2%。', '68.7亿元', '慈溪—龙泉山海协作产业园工业产值'],
      ['越西—慈溪东西部协作产业园入驻企业17家，全年实现产值5.36亿元；缴纳税收2180万元。', '2180万元', '越西—慈溪东西部协作产业园税收收入'],
      // what the clause before says rose most, or how it turned, is what the bare rate after it is of
      ['前三季度，服务价格上涨1.3%。八大类中涨幅最高的是教育文化娱乐类，上涨2.3%。', '2.3%', '教育文化娱乐类'],
      ['前三季度，服务价格上涨1.3%。降幅最大的是交通通信类，下降1.8%。', '1.8%', '交通通信类'],
      ['前三季度食品价格同比下降1.9%。猪肉价格走出低谷，累计上涨4.8%，三季度当季涨幅更是达到16.3%。', '4.8%', '猪肉'],
      ['前三季度食品价格同比下降1.9%。猪肉价格走出低谷，累计上涨4.8%，三季度当季涨幅更是达到16.3%。', '16.3%', '猪肉'],
      ['前三季度食品价格同比下降1.9%。鲜菜价格持续回落，同比下降3.2%。', '3.2%', '鲜菜'],
      // a share written before what it is of (全市38.7%的进出口总额), the whole said once for a list of them
      ['2023年，片区以占全市0.13%的国土面积，贡献了全市38.7%的进出口总额和42.5%的实际使用外资。', '0.13%', '国土面积占全市比重'],
      ['2023年，片区以占全市0.13%的国土面积，贡献了全市38.7%的进出口总额和42.5%的实际使用外资。', '38.7%', '进出口总额占全市比重'],
      ['2023年，片区以占全市0.13%的国土面积，贡献了全市38.7%的进出口总额和42.5%的实际使用外资。', '42.5%', '实际利用外资占全市比重'],
      ['民营经济贡献了全省70%以上的技术创新成果、80%以上的城镇劳动就业。', '80%', '民营经济城镇劳动就业占全省比重'],
      // (…but a share's own word after it names nothing: 占全市38.7%的份额)
      ['进出口总额占全市38.7%的份额。', '38.7%', '进出口总额占全市比重'],
      // the villages' collective economy however written
      ['全县401个行政村集体经济总收入3.26亿元。', '3.26亿元', '村级集体经济总收入'],
      ['村集体经济总收入增长15.7%。', '15.7%', '村级集体经济总收入'],
      // an amount reached in a clause of its own is what the clause before says is largest
      ['分乡镇看，古市镇村级集体经营性收入总量最大，达到1865万元。', '1865万元', '村级集体经营性收入'],
      ['分乡镇看，古市镇村级集体经营性收入总量最大，达到1865万元；象溪镇增速最快，为28.6%。', '28.6%', '村级集体经营性收入'],
      // a rate reached in a clause of its own is the share the clause before says is largest, and a growth after it the part's
      ['出警构成中，抢险救援占比最高，达到41.5%，同比增长7.9%。', '41.5%', '抢险救援'],
      ['出警构成中，抢险救援占比最高，达到41.5%，同比增长7.9%。', '7.9%', '抢险救援'],
      ['从用地结构看，工业用地所占比重最大，为38.2%。', '38.2%', '工业用地'],
      ['分区看，洛龙区公园绿化活动场地服务半径覆盖率最高，为93.1%，而瀍河回族区仅为81.2%。', '93.1%', '公园绿化活动场地服务半径覆盖率'],
      ['分区看，洛龙区公园绿化活动场地服务半径覆盖率最高，为93.1%，而瀍河回族区仅为81.2%。', '81.2%', '公园绿化活动场地服务半径覆盖率'],
      // the next place's amount, after a share and the fall of the amount it is of, is that amount again
      ['从各县市区看，岳阳楼区发生火灾612起，占全市总数的19.6%，同比下降10.2%；平江县428起，居第二位。', '428起', '火灾起数'],
      // a plan's 计划 is no part of its name (nor of what was done against it)
      ['地区生产总值计划增长6%左右，实际完成7973.1亿元。', '7973.1亿元', '地区生产总值'],
      ['一般公共预算收入计划增长5%，实际增长3.1%。', '5%', '一般公共预算收入'],
      // a sum's 合计 says how it was counted, not what
      ['五户重点企业合计营业收入占市属企业总量的68.8%。', '68.8%', '五户重点企业营业收入占市属企业营业收入比重'],
      ['五户重点企业合计营业收入717.0亿元。', '717.0亿元', '五户重点企业营业收入'],
      // the verb of a rate's course (升高至, 攀升到) is no part of its name
      ['城镇化率攀升至71.2%。', '71.2%', '常住人口城镇化率'],
      ['全市森林覆盖率升高到62.1%。', '62.1%', '森林覆盖率'],
      ['第三产业比重稳步上升，继续攀升到52.9%。', '52.9%', '服务业增加值占地区生产总值比重'],
      // how a figure departs from the normal (偏高, 则多, 转为偏少) is no part of its name
      ['早稻生长季日照时数较常年同期偏多9.8%，平均气温则偏高1.4℃。', '1.4℃', '平均气温'],
      ['今年汛期全市平均降水量偏少11.3%；汛期高温日数则多达48.2天。', '48.2天', '高温日数'],
      ['上半年全市降水量较常年同期偏多36.2%，第三季度则转为偏少13.0%。', '13.0%', '降水量'],
      // a share of a bare zone's total keeps its base (占高新区…, not a zone called 占高)
      ['2023年，齐鲁软件园实现软件业务收入2132.8亿元，占高新区软件业务收入的近八成。', '八成', '齐鲁软件园软件业务收入占高新区软件业务收入比重'],
      // a measure the lexicon knows, named after the industry that earned it, needs no industry before it
      ['2023年，全市软件和信息技术服务业实现软件业务收入4618.2亿元。', '4618.2亿元', '软件业务收入'],
      ['2023年，全市旅游业实现旅游总收入1120亿元。', '1120亿元', '旅游总收入'],
      ['2023年，全市规上工业企业实现利润总额88亿元。', '88亿元', '规模以上工业企业利润总额'],
      // an industry's firms, the verb and the industry said again name nothing; 资质等级以上 is 资质以上, and what
      // a document says it will call something (以下简称…) is no part of the name
      ['1-9月，全市2468家资质等级以上建筑业企业（以下简称资质以上建筑业企业）完成建筑业总产值8724.3亿元。', '8724.3亿元', '资质以上建筑业企业总产值'],
      ['1-9月，全市资质以上建筑业企业完成总产值8724.3亿元。', '8724.3亿元', '资质以上建筑业企业总产值'],
      ['2023年，全市规上工业企业实现工业增加值1000.5亿元。', '1000.5亿元', '规模以上工业增加值'],
      ['2023年，全市软件业企业实现软件业务收入50.5亿元。', '50.5亿元', '软件业务收入'],
      // where the work was done (在本市完成的, 在外省完成的) qualifies the output; 本市 is no subject there
      ['1-9月，在本市完成的产值占比降至36.2%。', '36.2%', '市内产值'],
      ['1-9月，全市建筑业企业在外省完成的产值增长6.1%。', '6.1%', '建筑业企业省外产值'],
      // 其 is a pronoun, 其他 and 其余 are words of the name
      ['11月份，其他用品及服务价格上涨4.6%。', '4.6%', '其他用品及服务'],
      // 低保 = 最低生活保障, 周岁 = 岁, 老年人口 at those ages = 人口; 已有 and 每人每月 are no part of a name
      ['城市、农村最低生活保障标准分别提高到每人每月750元和600元。', '600元', '农村低保标准'],
      ['城市和农村低保标准分别提高到每人每月750元和650元。', '650元', '农村低保标准'],
      ['年末全市60周岁及以上老年人口754.63万人。', '754.63万人', '60岁及以上人口'],
      ['全市医养结合机构已有321家。', '321家', '医养结合机构'],
      // (总数 adds nothing to what is counted)
      ['## 四、2025年目标任务\n\n到2025年底全市养老床位总数达到25.8万张。', '25.8万张', '养老床位'],
      // a modal before the verb (要完成, 仍需完成, 可完成) is no part of the name
      ['今年全省水利投资要完成550亿元以上。', '550亿元', '水利投资'],
      ['四季度，全省水利投资仍需完成101.7亿元。', '101.7亿元', '水利投资'],
      // 完成额 (the amount done) names what the sentence before measured; 次之 after a figure names nothing
      ['全省水利投资完成448.3亿元。完成额排在全国第8位。', '第8位', '水利投资'],
      ['吉安以53.2亿元次之，景德镇增长12.7%。', '53.2亿元', '地区生产总值'],
      // a title on a kind of investment: a place's bare amount and growth are that investment's
      ['# 前三季度全省水利投资运行情况\n\n分地区看，吉安以53.2亿元次之，景德镇增长12.7%。', '53.2亿元', '水利投资'],
      ['# 前三季度全省水利投资运行情况\n\n分地区看，吉安以53.2亿元次之，景德镇增长12.7%。', '12.7%', '水利投资'],
      ['# 前三季度全省投资运行情况\n\n分地区看，景德镇增长12.7%。', '12.7%', '固定资产投资'],
      // a title on the whole economy that names a side after it: a place's bare growth is its GDP's
      ['# 前三季度海南经济运行简析：服务业托底，外贸外资逆势走强\n\n三亚增长2.2%，低于全省0.9个百分点。', '2.2%', '地区生产总值'],
      ['# 稳中有进：前三季度全市外贸运行情况\n\n三亚增长2.2%。', '2.2%', '进出口总额'],
      ['# 前三季度工业经济运行情况\n\n三亚增长2.2%。', '2.2%', '规模以上工业增加值'],
      // a share of what follows it (90%的老年人) is no share of the figure before
      ['全市65周岁及以上人口为580.32万人，超过90%的老年人选择居家养老。', '90%', ''],
      ['全市65周岁及以上人口占比为18.2%。超过90%的老年人选择居家养老。', '90%', ''],
      ['城镇调查失业率平均为5.4%，低于5.5%左右的年度预期目标。', '5.5%', '城镇调查失业率'],
      // e-commerce and parcels by their short names
      ['宁波、温州网零分别增长7.2%和8.1%。', '8.1%', '网络零售额'],
      ['全省快递量完成279.6亿件。', '279.6亿件', '快递业务量'],
      // 高企 inside a longer name is 高新技术企业 (not the 高企 of 提高企业)
      ['弋江区有效高企482家，居第二。', '482家', '有效高新技术企业'],
      ['全年新增高企112家。', '112家', '新增高新技术企业'],
      // what was sold online, however worded; 更是 only stresses the figure after it
      ['限上单位通过公共网络实现的零售额增长14.8%。', '14.8%', '限额以上网上零售额'],
      ['家用电器和音像器材类零售额全年增长18.6%，12月当月更是大增76.3%。', '76.3%', '家用电器和音像器材类'],
      // 现价 says how a growth was valued; a bare 增加值 after an industry's size is that industry's
      ['成都文化产业增加值为2136.8亿元，现价增速9.6%。', '9.6%', '文化产业增加值'],
      ['杭州体育产业总规模达1312亿元，增加值占全市GDP的2.21%。', '1312亿元', '体育产业总规模'],
      ['杭州体育产业总规模达1312亿元，增加值占全市GDP的2.21%。', '2.21%', '体育产业增加值占地区生产总值比重'],
      // 全市 in the base is the city itself, as 占GDP says; a county's 全市 is its city, another base
      ['余姚体育产业增加值占全市GDP的2.21%。', '2.21%', '体育产业增加值占全市地区生产总值比重'],
      // …but in a report on the county-level city, a share of 全市 its sentence names no place for is of itself
      ['# 晋江市民营经济运行分析\n\n前三季度，民营经济增加值占全市地区生产总值的比重为86.7%。', '86.7%', '民营经济增加值占地区生产总值比重'],
      ['# 泉州市民营经济运行分析\n\n前三季度，晋江市民营经济增加值占全市地区生产总值的比重为26.7%。', '26.7%', '民营经济增加值占全市地区生产总值比重'],
      // 其 after a clause on the weight of something is that thing
      ['2023年，民营经济在全市经济中的分量进一步加重，其增加值占GDP的比重升至86.8%。', '86.8%', '民营经济增加值占地区生产总值比重'],
      // the tax someone paid, however written
      ['# 晋江市民营经济\n\n全年，民营企业纳税241.6亿元，占全市税收总额的比重较上年提升1.4个百分点。', '1.4个百分点', '民营企业税收占税收总额比重'],
      ['# 晋江市民营经济\n\n全年民营企业缴纳税收241.6亿元，占全市税收总额的82.7%。', '82.7%', '民营企业税收占税收总额比重'],
      // (…not the taxes and fees whose payment was put off)
      ['全年新增减税降费71.3亿元，延缓缴纳税费7.5亿元。', '7.5亿元', '延缓缴纳税费'],
      // …and so is one after a sector's output (a sector need not end in 产业)
      ['体育服务业增加值为32.5亿元。体育用品及相关产品制造总产出为53.1亿元，增加值为11.9亿元，增长8.0%。', '11.9亿元', '体育用品及相关产品制造增加值'],
      ['规模以上工业总产值2816.4亿元，增加值为640.2亿元。', '640.2亿元', '规模以上工业增加值'],
      ['2023年浙江民营经济增加值占全省GDP的比重为67.2%。', '67.2%', '民营经济增加值占地区生产总值比重'],
      ['2023年全省体育产业总规模达到6289.3亿元，实现增加值2103.6亿元。', '2103.6亿元', '体育产业增加值'],
      // what a city's old town received is the old town's, not the city's (and 分别 names nothing)
      ['春节假期，大理古城、丽江古城分别接待游客158.73万人次和126.34万人次。', '158.73万人次', '古城接待游客'],
      // what the firms named earlier in the sentence earned, they also made (实现利润总额)
      ['全年规模以上工业企业实现营业收入11247.3亿元，比上年增长2.9%；实现利润总额528.6亿元，增长8.7%。', '528.6亿元', '规模以上工业企业利润总额'],
      ['全年利润总额528.6亿元，增长8.7%。', '528.6亿元', '利润总额'],
      // a view (从…看) opens on what it looks at, which names the places' figures after it
      ['从优良天数比例看，防城港以98.9%居全区首位，北海、河池分别为97.8%和98.2%。', '98.2%', '空气优良率'],
      // the culture industries by their statistical name
      ['2023年全省文化及相关产业增加值7253.6亿元。', '7253.6亿元', '文化产业增加值'],
      // retail categories by any name, for the units above the size limit; 及 inside an item of a 分别 list
      ['南京家电类、通讯器材类分别增长35.6%和21.3%。', '35.6%', '家用电器和音像器材类'],
      ['限上家用电器和音像器材类零售额增长18.6%。', '18.6%', '家用电器和音像器材类'],
      ['金银珠宝类和石油及制品类零售额分别下降4.9%和6.8%。', '6.8%', '石油及制品类'],
      ['家用电器和音像器材类、通讯器材类零售额分别增长21.3%和35.6%。', '35.6%', '通讯器材类'],
      // a label before a colon that opens the sentence names the places' bare figures after it
      ['四城实际使用外资普遍承压：郑州下降18.6%，青岛下降24.2%。', '24.2%', '实际利用外资'],
      // a sector's change of growth is of its value added, as its growth is
      ['汽车制造业降幅较上半年收窄1.3个百分点。', '1.3个百分点', '汽车制造业增加值'],
      // 新开工面积 (开工面积) is the buildings' newly started floor area, whoever reports it
      ['新开工面积763.15万平方米，同比减少28.4%。', '763.15万平方米', '房屋新开工面积'],
      ['房地产开发企业房屋新开工面积95376万平方米。', '95376万平方米', '房屋新开工面积'],
      // 折合人民币 converts the amount before; 降幅小于全国 compares its fall: neither names anything
      ['全市实际使用外资7.36亿美元，折合人民币52.4亿元，同比下降18.6%，降幅小于全国8.5个百分点。', '52.4亿元', '实际利用外资'],
      ['全市实际使用外资7.36亿美元，折合人民币52.4亿元，同比下降18.6%，降幅小于全国8.5个百分点。', '8.5个百分点', '实际利用外资'],
      // 社融 by its short name; 同比多增 (more added than a year before) is no name of its own
      ['前三季度社融增量同比少增1600亿元。', '1600亿元', '社会融资规模增量'],
      ['全年社会融资规模增量35.59万亿元，同比多增3.41万亿元。', '3.41万亿元', '社会融资规模增量'],
      // a verb written alone for the places of a list goes on with the name it began
      ['太原新增就业9.6万人，稳居全省首位；运城、临汾紧随其后，分别新增5.1万人、4.6万人。', '4.6万人', '城镇新增就业'],
      ['上半年，全省城镇新增就业22.1万人。分地区看，赣州上半年新增4.12万人。', '4.12万人', '城镇新增就业'],
      // what 其中 singles out is a part: the places after it go on with the headline
      ['杭州市房地产开发投资增长1.8%，其中住宅投资增长3.4%。分区域看，萧山、余杭分别增长12.7%和8.9%。', '8.9%', '房地产开发投资'],
      ['杭州市房地产开发投资增长1.8%，其中住宅投资增长3.4%。', '3.4%', '住宅投资'],
      // help and reach are no part of what is counted; 创业 and 创新 are nouns
      ['全年帮助城镇失业人员实现再就业21.6万人。', '21.6万人', '城镇失业人员再就业'],
      ['创业担保贷款发放31.5亿元。', '31.5亿元', '发放创业担保贷款'],
      ['全区发放创业担保贷款31.5亿元。', '31.5亿元', '发放创业担保贷款'],
      // what is lent, however the lending is said, is no balance outstanding
      ['全市办理住房公积金贷款68.5亿元。', '68.5亿元', '发放住房公积金贷款'],
      ['全年向外地缴存职工发放异地贷款3.2亿元。', '3.2亿元', '向外地缴存职工发放异地贷款'],
      ['年末涉农贷款3.2万亿元。', '3.2万亿元', '涉农贷款余额'],
      // a subject counted in 笔 and in 元: the amount keeps its name, the count is its 笔数
      ['全市跨境电商进出口4.87万笔、236.52亿元。', '4.87万笔', '跨境电商进出口额笔数'],
      // accidents counted are their number, the dead a number of people, and a field's dead are the field's
      ['全年全市共发生各类生产安全事故186起、死亡172人，同比分别下降14.7%和11.3%。', '14.7%', '生产安全事故起数'],
      ['全年全市共发生各类生产安全事故186起、死亡172人，同比分别下降14.7%和11.3%。', '11.3%', '死亡人数'],
      // (领域 after a field's name adds nothing: 道路运输领域死亡人数 = 道路运输死亡人数)
      ['道路运输领域发生事故112起、死亡104人，同比分别下降12.5%和8.8%。', '8.8%', '道路运输死亡人数'],
      ['工矿商贸领域事故起数、死亡人数分别下降18.4%和15.9%。', '15.9%', '工矿商贸死亡人数'],
      ['道路运输领域死亡人数占全市事故死亡总数的61.1%。', '61.1%', '道路运输死亡人数占全市事故死亡比重'],
      ['全市跨境电商进出口4.87万笔、236.52亿元。', '236.52亿元', '跨境电商进出口额'],
      ['创新投入31.5亿元。', '31.5亿元', '创新投入'],
      // energy and carbon intensity by any name of GDP
      ['2023年全省单位GDP能耗下降2.6%。', '2.6%', '单位地区生产总值能耗'],
      ['全市万元GDP能耗下降3.1%。', '3.1%', '单位地区生产总值能耗'],
      ['单位生产总值能源消耗降低2.1%。', '2.1%', '单位地区生产总值能耗'],
      ['单位GDP二氧化碳排放下降3.1%。', '3.1%', '单位地区生产总值二氧化碳排放'],
      // an average that opens its clause after a place is that place's figure, not a word of its name
      ['余姚有效投资增长15.2%，宁波市平均增长10.4%。', '10.4%', '有效投资'],
      // a per-head measure goes on to the next item of its list; 拥有 per head is no part of the name
      ['每千人口执业（助理）医师4.39人、注册护士5.16人。', '5.16人', '每千常住人口注册护士数'],
      ['执业（助理）医师2.91万人、注册护士3.72万人。', '3.72万人', '注册护士'],
      ['每千人口拥有3岁以下婴幼儿托位数达到4.8个。', '4.8个', '每千人口3岁以下婴幼儿托位数'],
      ['其中，第一产业实现增加值359.6亿元，增长2.4%。', '359.6亿元', '第一产业增加值'],
      // who says so, 把 and 目前 are none of the name; all of an indicator as a share's base is the indicator
      ['第三方测评显示，居民满意度达到95.2%。统计数据显示基础设施投资占全部固定资产投资的比重为24.3%。', '24.3%', '基础设施投资占固定资产投资比重'],
      ['2024年，全市将把生活垃圾分类覆盖率提高到98%以上。', '98%', '生活垃圾分类覆盖率'],
      ['智慧停车平台目前已接入泊位8.6万个。', '8.6万个', '智慧停车平台接入泊位'],
      ['抽样调查显示居民满意度达到95.2%。', '95.2%', '居民满意度'],
      // trade sectors listed after one of the units above the quota are of those units too
      ['分行业看，限额以上批发业销售额增长8.1%，零售业销售额增长5.9%，住宿业营业额增长9.2%，餐饮业营业额增长11.9%。', '11.9%', '限额以上餐饮业营业额'],
      ['分行业看，限额以上批发业销售额增长8.1%，零售业销售额增长5.9%。', '5.9%', '限额以上零售业销售额'],
      // (…not another sector after one of the firms above a size)
      ['规模以上工业增加值增长6.1%，建筑业增加值增长3.2%。', '3.2%', '建筑业增加值'],
      // a definition in brackets after the name is none of it
      ['监测合格率（达到《国民体质测定标准》合格以上等级的人数比例）为93.8%。', '93.8%', '监测合格率'],
      ['前三季度全县家庭农场实现经营收入12.6亿元，同比增长9.8%。', '12.6亿元', '家庭农场经营收入'],
      ['全县农民专业合作社完成经营性收入8.2亿元。', '8.2亿元', '农民专业合作社经营性收入'],
      // (an abbreviation inside another word is none: 经营收入 holds no 营收)
      ['前三季度全县家庭农场经营收入同比增长9.8%。', '9.8%', '家庭农场经营收入'],
      ['全市规上企业营收增长3.0%。', '3.0%', '规模以上企业营业收入'],
      ['武汉天河国际机场完成旅客吞吐量2582.3万人次。', '2582.3万人次', '天河机场旅客吞吐量'],
      // days of good air, whichever cities monitored them; particles by their chemical or their code name
      ['全区12个盟市所在地城市环境空气质量平均优良天数比例为89.8%。', '89.8%', '空气优良率'],
      ['全区各盟市平均优良天数比例为89.8%。', '89.8%', '空气优良率'],
      ['细颗粒物（PM2.5）平均浓度为22微克/立方米。', '22微克/立方米', 'PM2.5平均浓度'],
      ['可吸入颗粒物平均浓度为61微克/立方米。', '61微克/立方米', 'PM10平均浓度'],
      // installed capacity, with or without 容量, shared by the items of a list
      ['风电装机容量7010.6万千瓦，增长38.6%。', '38.6%', '风电装机'],
      ['风电、光伏装机分别增长38.6%和46.7%。', '38.6%', '风电装机'],
      // a gap in growth after a share is the growth's (增速比全市高)
      ['# 广州市各区\n\n天河GDP为3225.6亿元，增长3.5%，占全市的21.9%，增速比全市高1.0个百分点。', '1.0个百分点', '地区生产总值'],
      // those insured, however the bulletin and the report word it
      ['年末参加城乡居民基本养老保险人数2286.4万人。', '2286.4万人', '居民养老保险参保人数'],
      ['全省城乡居民基本养老保险参保人数为2268.4万人。', '2268.4万人', '居民养老保险参保人数'],
      ['截至6月底，全省基本养老保险参保3571.2万人。', '3571.2万人', '基本养老保险参保人数'],
      // a count's size is the count
      ['全省普通高校毕业生规模达43.6万人。', '43.6万人', '普通高校毕业生'],
      // a verb alone goes on with the indicator it is part of
      ['赣州全年城镇新增就业7.36万人；九江新增4.98万人。', '4.98万人', '城镇新增就业'],
      // what changed most, named in the clause before the rate
      ['个人所得税下降2.3%，与房地产相关的契税降幅最大，达21.5%。', '21.5%', '契税'],
      ['小学在校生增长2.9%，达到24.36万人；初中在校生增幅更大，为7.4%。', '7.4%', '初中在校生'],
      // (the thing compared, written with its own rate, is that rate's)
      ['全年国内旅游收入826.4亿元，比上年增长11.2%，快于游客人次9.6%的增幅。', '9.6%', '接待游客'],
      ['义务教育经费占全部教育经费的43.4%；普通高中教育经费增长最快，增幅为11.2%。', '11.2%', '普通高中教育经费'],
      // a clause on what turned names the rate after it
      ['鲜菜价格上涨6.4%，猪肉价格由涨转降，环比下降1.1%。', '1.1%', '猪肉'],
      // a price index, or a selling price, is the price (二手住宅销售价格指数 = 二手住宅价格); CPI keeps its own name
      ['9月份，二手住宅销售价格指数环比下降0.5%，同比下降5.9%。', '5.9%', '二手住宅'],
      ['9月份，二手住宅价格同比下降5.9%。', '5.9%', '二手住宅'],
      ['9月份，新建商品住宅销售价格同比下降3.6%。', '3.6%', '新建商品住宅'],
      ['全市进口下降2.1%，出口由负转正，增长1.1%。', '1.1%', '出口总额'],
      // a bare measure after a label on a thing is that thing's; a label on the whole economy names nothing
      ['新能源汽车是最大亮点：全年产量74.6万辆，比上年增长140.2%。', '140.2%', '新能源汽车产量'],
      ['城中村改造成为最大亮点：上半年完成投资52.4亿元，同比增长43.6%。', '43.6%', '城中村改造投资'],
      // 则 between a name and its verb sets it against what came before
      ['棚户区改造投资下降10.6%；老旧小区改造则完成投资38.3亿元。', '38.3亿元', '老旧小区改造投资'],
      ['第二产业则实现增加值120.5亿元。', '120.5亿元', '第二产业增加值'],
      ['集成电路表现亮眼：产量12.4亿块，增长20.1%。', '20.1%', '集成电路产量'],
      ['全市经济运行稳中向好：产量74.6万辆。', '74.6万辆', '产量'],
      // a note of what is left out is no part of the name; a part that names its own 收入 takes no other head
      ['全省邮政行业业务收入（不包括邮政储蓄银行直接营业收入）累计完成451.25亿元；其中，快递业务收入累计完成300.86亿元。', '451.25亿元', '邮政行业业务收入'],
      ['全省邮政行业业务收入（不包括邮政储蓄银行直接营业收入）累计完成451.25亿元；其中，快递业务收入累计完成300.86亿元。', '300.86亿元', '快递业务收入'],
      // 在 of 在校生, 在建项目 is part of the word
      ['2023年末全省在校生达到2198.47万人。', '2198.47万人', '在校生'],
      ['全市在建项目1200个。', '1200个', '在建项目'],
      // a total after a clause naming what grew is that thing's
      ['全省在校生达到2198.47万人；专任教师队伍进一步壮大，总数为117.62万人。', '117.62万人', '专任教师'],
      // trade with a partner named alone after 对
      ['欧美市场表现分化：对欧盟增长6.3%，对美国则下降5.4%。', '5.4%', '美国进出口'],
      // a contribution to growth names no later growth
      ['# 广西\n\n崇左进出口1572.6亿元，拉动全区外贸增长6.9个百分点。钦州、防城港分别增长8.4%和3.2%。', '8.4%', '进出口总额'],
      // bare trade after a clause on a kind of trade
      ['边境小额贸易表现抢眼，进出口1128.9亿元、增长25.6%。', '1128.9亿元', '边境小额贸易进出口'],
      ['# 广州市各区\n\n天河GDP为3225.6亿元，增长3.5%，占全市的21.9%，比上年提高0.4个百分点。', '0.4个百分点', '地区生产总值占全市比重'],
      ['全年规上工业完成总产值3210.5亿元。', '3210.5亿元', '规模以上工业总产值'],
      ['全市实现地区生产总值14594.9亿元。', '14594.9亿元', '地区生产总值'],
      // 生产原煤 is the output of 原煤; 二产投资 the investment in the secondary industry
      ['全区全年生产原煤121118.2万吨，同比增长3.1%。', '121118.2万吨', '原煤产量'],
      ['投资中，二产投资增长23.6%。', '23.6%', '第二产业投资'],
      // how much of its target an indicator reached, named before or in the clause before
      ['1-8月，城镇新增就业完成全年目标的85.2%。', '85.2%', '城镇新增就业目标完成率'],
      ['城镇新增就业4.62万人，完成年度目标任务的82.5%。', '82.5%', '城镇新增就业目标完成率'],
      // …with the target's own figure between (完成年度目标任务12000人的82.2%): the figures after it go on with the indicator
      ['全区城镇新增就业9862人，完成年度目标任务12000人的82.2%，同比增长6.4%，总量居全市第1位。', '82.2%', '城镇新增就业目标完成率'],
      ['全区城镇新增就业9862人，完成年度目标任务12000人的82.2%，同比增长6.4%，总量居全市第1位。', '6.4%', '城镇新增就业'],
      ['全区城镇新增就业9862人，完成年度目标任务12000人的82.2%，同比增长6.4%，总量居全市第1位。', '第1位', '城镇新增就业'],
      // a cap reached (仅为省下达年度控制指标的) is a target too; the dead of accidents are the dead however named
      ['全年事故死亡人数为省下达年度控制指标的78.1%。', '78.1%', '死亡人数目标完成率'],
      ['全年死亡人数仅为省下达年度控制指标的87.1%。', '87.1%', '死亡人数目标完成率'],
      ['全年发生生产安全事故186起，生产安全事故死亡人数下降11.4%。', '11.4%', '死亡人数'],
      // (what reached its plan is named as its amount is: the verb before it is no part of the name)
      ['1-9月，全市卫生健康领域完成固定资产投资17.8亿元，同比增长9.2%，完成年度计划的76.4%。', '76.4%', '卫生健康固定资产投资目标完成率'],
      // a target named by its work (扩面目标, 招商目标) is still the year's target
      ['9月末，全市城镇职工基本养老保险参保人数已完成年度扩面目标的112.5%。', '112.5%', '职工养老保险参保人数目标完成率'],
      ['城乡居民基本医疗保险基金收入772.3亿元，完成预算的98.6%；支出779.8亿元，完成预算的103.1%。', '103.1%', '居民医疗保险基金支出预算完成率'],
      ['居民医保基金收入完成预算的98.6%，支出则完成预算的113.1%。', '113.1%', '居民医疗保险基金支出预算完成率'],
      ['全省医保基金收入1512.7亿元，收入进度达到全年预算的74.9%。', '74.9%', '医疗保险基金收入预算完成率'],
      ['城乡居民基本医疗保险基金收入772.3亿元，完成预算的98.6%；支出779.8亿元。', '779.8亿元', '居民医疗保险基金支出'],
      ['前三季度，全省基本医保基金累计收入1512.7亿元，同比增长5.6%。基金支出同比增长9.7%。', '9.7%', '医疗保险基金支出'],
      ['一般公共预算收入580亿元，增长6%；支出1200亿元，增长4%。', '1200亿元', '一般公共预算支出'],
      ['全体居民人均可支配收入52000元，增长5%；支出31000元，增长6%。', '31000元', '支出'],
      ['民生支出占比70.5%。2024年，收入预期增长5%左右。', '5%', '收入'],
      ['全市三项社会保险基金（基本养老保险、失业保险、工伤保险，下同）收入合计1686.42亿元；支出合计1598.73亿元，同比增长7.2%。', '7.2%', '三项社会保险基金支出'],
      ['国有资本经营预算收入则超额完成，为预算的115.7%。', '115.7%', '国有资本经营预算收入预算完成率'],
      ['全省地方一般公共预算收入3360.5亿元，为年初预算的103.2%，比上年增长8.3%。', '8.3%', '一般公共预算收入'],
      ['1—9月，全市地方一般公共预算收入完成162.4亿元，同比增长3.5%，完成年度预算的76.8%。', '76.8%', '一般公共预算收入预算完成率'],
      // a goods category's retail sales are the category, as sources list it
      ['家用电器和音像器材类零售额增长16.5%。', '16.5%', '家用电器和音像器材类'],
      // 一是, 二是 number the items of a list; 紧盯 aims at the indicator
      ['建议：一是紧盯规上工业增加值增长8.5%以上的年度目标；二是力争全年货物进出口突破750亿元。', '750亿元', '进出口总额'],
      ['建议：一是紧盯规上工业增加值增长8.5%以上的年度目标；二是力争全年货物进出口突破750亿元。', '8.5%', '规模以上工业增加值'],
      // what is expected (将, 有望) is said of the indicator, not part of its name
      ['义乌预计全年进出口总额将达到5660.5亿元。', '5660.5亿元', '进出口总额'],
      ['义乌外贸有望保持18.2%的增长。', '18.2%', '进出口总额'],
      // an industry's output with or without 产业; a group of industries keeps it
      ['绿色化工产业实现产值2136.8亿元。', '2136.8亿元', '绿色化工产值'],
      ['绿色化工产值下降6.3%。', '6.3%', '绿色化工产值'],
      ['电子信息产业营收1896.3亿元。', '1896.3亿元', '电子信息营业收入'],
      ['战略性新兴产业产值增长12.1%。', '12.1%', '战略性新兴产业产值'],
      // 共建 is a word (共建国家), not 共 (in all) before a verb; 增至 ends the words
      ['对沿线共建国家进出口178.63亿元。', '178.63亿元', '沿线共建国家进出口'],
      ['全省入围县市增至10个。', '10个', '入围县市'],
      // 升至, 进一步 end the words before a figure; a share that rises to a level is still the share
      ['第三产业增加值12914.2亿元，增长5.9%，占GDP比重升至52.4%，较上年提升0.6个百分点。', '0.6个百分点', '服务业增加值占地区生产总值比重'],
      ['上半年规上工业增速进一步升至10.9%。', '10.9%', '规模以上工业增加值'],
      // a place's share of its province's economy is its economy's
      ['5. 合肥占安徽经济总量的26.9%，较上年提高0.2个百分点。', '26.9%', '地区生产总值占全省比重'],
      // 三产 before 占GDP比重 is the sector's value added
      ['三产占GDP的比重较上年提高0.8个百分点。', '0.8个百分点', '服务业增加值占地区生产总值比重'],
      // a figure converted (按年平均汇率折算为, 折合约) is the same indicator in another unit
      ['全市人均地区生产总值89831元，按年平均汇率折算为12748美元。', '12748美元', '人均地区生产总值'],
      ['全市人均GDP折合约12478美元。', '12478美元', '人均地区生产总值'],
      // …unless an opening names what is measured; the measure named after the rate may hold the indicator's word
      ['# 宁波\n\n数字经济核心产业制造业增加值方面，余姚以18.6%的增幅领跑。', '18.6%', '数字经济核心产业制造业增加值'],
      ['# 宁波\n\n规上工业方面，宁海以12.5%的增加值增速领跑各区县(市)。', '12.5%', '规模以上工业增加值'],
      // an aspect the lexicon knows, however short (税收占比方面), names the bare figures after it
      ['税收占比方面，南京以84.7%为六城最高；厦门、温州分别为76.2%和75.9%。', '75.9%', '税收收入'],
      // the one part that grew at all (仅个人按揭贷款实现增长) names the rate after it
      ['年末全市商品房待售面积较上年末减少3.7%；开发企业到位资金中仅个人按揭贷款实现增长，增幅为2.1%。', '2.1%', '个人按揭贷款余额'],
      ['平均住院日缩短0.4天，降至8.0天。', '8.0天', '平均住院日'],
      // …and so is the rank of its fall after it
      ['单位地区生产总值能耗比上年下降3.6%，超额完成省下达的年度目标任务（下降3.2%），降幅居全省13个设区市第四位。', '第四位', '单位地区生产总值能耗'],
      // how a rate moved (加快至, 放缓至) is no part of what it is of
      ['上半年用电量增长6.8%，第三季度增速加快至9.8%。', '9.8%', '用电量'],
      // an average price however worded; 每平方米 before the figure is its unit, no part of the name
      ['1-9月商品住宅均价为每平方米6087元。', '6087元', '商品住宅均价'],
      ['1-9月全市商品住宅平均销售价格6087元/平方米。', '6087元/平方米', '商品住宅均价'],
      // a base's figure is of the base's indicator, whatever verb follows it (有所回落)
      ['商品住宅均价为6087元，比上年全年的6267元有所回落。', '6267元', '商品住宅均价'],
      // 其 is the subject the clause before said was something (仍是…主体); not a place, not 其中
      ['规上工业仍是用能主体，其综合能源消费量占全市能源消费总量的69.0%。', '69.0%', '规模以上工业能耗占全市能源消费比重'],
      ['民营经济依然是主力军，其增加值增长6.2%。', '6.2%', '民营经济增加值'],
      // capacity installed is one name with or without 容量
      ['新能源装机容量达到2386万千瓦。', '2386万千瓦', '新能源装机'],
      // 能耗强度 is the energy per unit of GDP; a sector's 能耗 its 综合能源消费量
      ['全市能耗强度下降2.4%。', '2.4%', '单位地区生产总值能耗'],
      ['规上工业能耗强度下降3.1%。', '3.1%', '规模以上工业能耗强度'],
      ['焦化行业前三季度综合能源消费量842.3万吨标准煤，同比下降1.9%。', '1.9%', '焦化行业能耗'],
      ['焦化行业前三季度能耗同比下降1.9%。', '1.9%', '焦化行业能耗'],
      ['年末新能源装机容量占全市电力装机的84.5%。', '84.5%', '新能源装机占全市电力装机比重'],
      ['新能源装机占全市电力装机容量的84.5%。', '84.5%', '新能源装机占全市电力装机比重'],
      // the non-fossil share of energy consumed, however worded
      ['非化石能源消费量占能源消费总量的比重达到31.8%，比上年提高2.6个百分点。', '2.6个百分点', '非化石能源消费比重'],
      ['从消费结构看，非化石能源消费占比升至31.8%。', '31.8%', '非化石能源消费比重'],
      // a figureless sentence on the places in general (各县（市、区）…均实现增长), after a view, names their figures after it
      ['分地区看，1-9月各县（市、区）总诊疗人次均实现增长。高邮市、宝应县分别增长6.3%和5.9%。', '5.9%', '医疗卫生机构诊疗人次'],
      // 高龄 says the age class itself: 80岁及以上高龄老人 = 高龄老人
      ['80周岁及以上高龄老人20.6万人，占老年人口的14.0%。', '14.0%', '高龄老人占老年人口比重'],
      // a share with no whole named (占16.32%) is its subject's, and so is its change
      ['年末60周岁及以上人口146.51万人，占16.32%，比上年末提高0.72个百分点。', '16.32%', '60岁及以上人口'],
      ['年末60周岁及以上人口146.51万人，占16.32%，比上年末提高0.72个百分点。', '0.72个百分点', '60岁及以上人口'],
      // the growth after a share told in words (占…近一半) is its subject's
      ['外贸方面分化最为明显。昆山进出口总额占六市合计近一半，但同比下降6.8%。', '6.8%', '进出口总额'],
      ['出口同比下降6.2%；对“一带一路”共建国家的进出口已占到全省外贸的一半以上，达到50.5%。', '50.5%', '一带一路共建国家进出口'],
      // a bare measure after a sector and how it fared (异军突起) is the sector's
      ['新能源产业异军突起，产值增长42.7%。', '42.7%', '新能源产值'],
      // funds named before or after what was done with them; 城乡低保 is all 低保; pension schemes by their short names
      ['全年低保资金支出8.76亿元，较上年增长2.5%。', '8.76亿元', '支出低保资金'],
      ['全年共支出城乡低保资金8.76亿元。', '8.76亿元', '支出低保资金'],
      ['两项补贴资金累计发放2.71亿元。', '2.71亿元', '发放两项补贴资金'],
      ['第三季度城镇职工基本养老保险基金收入108.2亿元。', '108.2亿元', '职工养老保险基金收入'],
      ['城乡居民基本养老保险参保人数514.09万人。', '514.09万人', '居民养老保险参保人数'],
      // health counts named without their kind of institution are all institutions'; 医院 and 基层 are parts
      ['前三季度，全市医疗卫生机构共完成诊疗3021.7万人次，同比增长5.6%。', '5.6%', '医疗卫生机构诊疗人次'],
      ['医院诊疗量增长较快，全年增幅为11.2%。', '11.2%', '医院诊疗人次'],
      ['基层诊疗人次增长4.3%。', '4.3%', '基层医疗卫生机构诊疗人次'],
      ['1-9月出院人数61.3万人。', '61.3万人', '医疗卫生机构出院人数'],
      ['每千常住人口床位数较上年增加0.28张，达到6.59张。', '6.59张', '每千常住人口医疗卫生机构床位数'],
      ['每千常住人口医疗卫生机构床位6.59张。', '6.59张', '每千常住人口医疗卫生机构床位数'],
      ['重点人群签约覆盖率为82.4%。', '82.4%', '重点人群家庭医生签约服务覆盖率'],
      ['全市居民人均预期寿命达到81.62岁。', '81.62岁', '人均预期寿命'],
      // 城建 is 城市建设
      ['其中，中心城区完成城建投资263.5亿元，增长9.2%。', '263.5亿元', '城市建设投资'],
      // 按X排名 says by what the places after it are ranked
      ['按空气质量综合指数排序，我市在全省设区市中排第二位。', '第二位', '环境空气质量综合指数'],
      ['按照研发投入强度排名，慈溪居全市第三。', '第三', '研发投入强度'],
      // an index's value has no unit and is no figure, but it names the rates and ranks after it
      ['全市环境空气质量综合指数为2.45，比上年改善3.5%，在全省9个设区市中居第三位。', '3.5%', '环境空气质量综合指数'],
      ['全市环境空气质量综合指数为2.45，比上年改善3.5%，在全省9个设区市中居第三位。', '第三位', '环境空气质量综合指数'],
      ['全市营商环境评价得分为86.2，比上年提高2.1%。', '2.1%', '营商环境评价得分'],
      // …and an aspect in the middle of a sentence names the figures of the clause after it
      ['上海总量增至53926.71亿元；名义增量方面，上海、北京分别为2312.6亿元和2145.1亿元。', '2145.1亿元', '名义增量'],
      // the counties' part of an indicator, however written
      ['2023年，全省县域GDP达到30185亿元。', '30185亿元', '县域地区生产总值'],
      ['2023年，全省县域经济实现地区生产总值30185亿元。', '30185亿元', '县域地区生产总值'],
      // 银行业金融机构 is 银行业
      ['9月末全省银行业金融机构不良贷款率0.79%。', '0.79%', '银行业不良贷款率'],
      // a holiday says when, not what
      ['全市27个重点商圈（街区）假期累计实现销售额48.63亿元。', '48.63亿元', '重点商圈销售额'],
      // 增产 is a growth of output
      ['山西粮食增产1.9%。', '1.9%', '粮食产量'],
      // a bracketed gloss the lexicon knows names the figure
      ['城镇常住人口占全省常住人口的比重（常住人口城镇化率）为64.97%，比上年末提高1.01个百分点。', '1.01个百分点', '常住人口城镇化率'],
      // a place's bare growth compared with its province is its economy's
      ['与所在省份相比，大连增速高于全省0.3个百分点。', '0.3个百分点', '地区生产总值'],
      // a sector's share said alone is its value added's share of GDP
      ['三产增加值增长6.5%，服务业占比提高到46.8%。', '46.8%', '服务业增加值占地区生产总值比重'],
      // 建议 and 目标定在 are not part of the indicator
      ['建议今年GDP预期目标定在增长6.5%左右。', '6.5%', '地区生产总值'],
      // a place in a list of strongest counties is ranked by its strength; 宜都 keeps its 都
      ['中郡研究所的县域经济基本竞争力百强县名单中，仙桃排第45位，宜都排第56位。', '第56位', '综合实力'],
      ['襄阳高新区在国家高新区综合评价中排第31位。', '第31位', '综合实力'],
      // an assessment a clause opens on, with a bare whole after it, is what ranks, as it is said after it
      ['在市政府年度消防工作考核中，我市位居全省第二位，获评优秀等次。', '第二位', '市政府年度消防工作考核'],
      ['市政府年度消防工作考核在全省排名第三位。', '第三位', '市政府年度消防工作考核'],
      // 还是, 依然 before the verb are not part of the indicator
      ['1—5月规上工业增加值还是下降1.3%。', '1.3%', '规模以上工业增加值'],
      // (…nor is 就 before them: 产量就已增长)
      ['早在1-9月，全市远洋渔业产量就已同比增长12.4%。', '12.4%', '远洋渔业产量'],
      // a size that picks out a class is a threshold: what is counted is that class
      ['GDP超过五百亿元的县市达到24个。', '24个', '地区生产总值500亿元以上县市'],
      ['全省地区生产总值超过500亿元的县市达到21个。', '21个', '地区生产总值500亿元以上县市'],
      // (any class of things counted after it: 超亿元的基层社, 超千万元的村)
      ['全市年销售额超亿元的基层社达到23个。', '23个', '年销售额1亿元以上基层社'],
      ['全县集体经营性收入超过50万元的村有86个。', '86个', '集体经营性收入50万元以上村'],
      // (…with 以上 or 以下 after the size instead of a verb before it, 的 or none, and a share of the class too)
      ['全市集体经济年经营性收入50万元以上的村达到120个，占比达到85.3%。', '120个', '集体经济年经营性收入50万元以上村'],
      ['全市集体经济年经营性收入50万元以上的村达到120个，占比达到85.3%。', '85.3%', '集体经济年经营性收入50万元以上村'],
      ['年营业收入2000万元以上的工业企业有1520家。', '1520家', '年营业收入2000万元以上工业企业'],
      ['全县营业收入超亿元企业达到326家。', '326家', '营业收入1亿元以上企业'],
      ['人均年收入1万元以下的村减少到12个。', '12个', '人均年收入1万元以下村'],
      // what a bound picks out names the figure after it (矿化度小于等于2克/升的地下水资源量)
      ['2023年全市矿化度小于等于2克/升的地下水资源量9.74亿立方米，比上年增加13.5%。', '13.5%', '地下水资源量'],
      ['全市埋深小于5米的地下水资源量9.74亿立方米。', '9.74亿立方米', '地下水资源量'],
      // a list's share (and the head before its 占) is each item's
      ['滨海旅游业、海洋渔业和海洋船舶工业增加值占主要海洋产业增加值的比重分别为36.3%、21.6%和10.0%。', '36.3%', '滨海旅游业增加值占主要海洋产业增加值比重'],
      ['滨海旅游业、海洋渔业和海洋船舶工业占主要海洋产业增加值的比重分别为36.3%、21.6%和10.0%。', '21.6%', '海洋渔业占主要海洋产业增加值比重'],
      // (…and so it is when the clause before listed them: 位居前三，增加值占…的比重分别为)
      ['从规模看，滨海旅游业、海洋渔业和海洋船舶工业位居前三，增加值占主要海洋产业增加值的比重分别为36.3%、21.6%和10.0%。', '10.0%', '海洋船舶工业增加值占主要海洋产业增加值比重'],
      // periods listed before 分别 go to the figures in order
      ['一季度、上半年全省GDP分别增长4.8%和4.9%。', '4.9%', '地区生产总值'],
      // a zone by its zone word alone is the subject
      ['上半年，新区规上工业增加值增长6.1%。', '6.1%', '规模以上工业增加值'],
      // a zone named after its city (哈尔滨新区) is the subject, not part of the indicator
      ['哈尔滨新区GDP增速比全市高3.1个百分点。', '3.1个百分点', '地区生产总值'],
      // Y在X中的占比 is Y占X比重
      ['2023年，沈阳第三产业在GDP中的占比为59.5%。', '59.5%', '服务业增加值占地区生产总值比重'],
      // 在X中的占比 is 占X比重, however the share moved to its figure (升至); a share of an amount just named is that amount's
      ['2023年全省县域经济总量达到27638.4亿元，在全省经济总量中的占比升至55.3%，按可比价计算增长4.9%。', '55.3%', '县域地区生产总值占全省地区生产总值比重'],
      ['2023年全省县域经济总量达到27638.4亿元，在全省经济总量中的占比升至55.3%，按可比价计算增长4.9%。', '4.9%', '县域地区生产总值'],
      // (…and so does a rank by its growth, its course starting from a period)
      ['全市规上文化企业营业收入同比增长9.6%，增速在全省的位次由上半年的第4位前移至第3位。', '第3位', '规模以上文化企业营业收入'],
      // 虽 (though) names nothing: 降幅虽比…收窄 is the change of the fall just named
      ['全年房地产开发投资下降8.2%，降幅虽比前三季度收窄4.1个百分点，但仍拖累投资增长。', '4.1个百分点', '房地产开发投资'],
      ['前三季度，全县村级集体经济经营性收入同比增长12.8%，增幅虽比去年同期回落3.8个百分点。', '3.8个百分点', '村级集体经济经营性收入'],
      // X中Y比重 is Y占X比重, however the share is said (所占比重, 比例) and with 具有 before Y
      ['高级专业技术人员中女性比重为41.2%。', '41.2%', '女性占高级专业技术人员比重'],
      ['高级专业技术人员中女性所占比重为41.2%。', '41.2%', '女性占高级专业技术人员比重'],
      ['全市人大代表中女性的比例为28.4%。', '28.4%', '女性占全市人大代表比重'],
      ['幼儿园专任教师中专科及以上学历比例为86.7%。', '86.7%', '专科及以上学历占幼儿园专任教师比重'],
      ['幼儿园专任教师中具有专科及以上学历的比例达到86.7%。', '86.7%', '专科及以上学历占幼儿园专任教师比重'],
      // 得分居 is 得分 and 居, not 分居 sharing out ranks
      ['我市综合得分居全省第6位。', '第6位', '综合得分'],
      ['该县考核总分居全市第2位。', '第2位', '考核总分'],
      // 两项指标分别…: the figures go to the amounts named before, in order
      ['全年接待游客1.35亿人次、旅游收入1692.5亿元，两项指标分别增长58.6%、128.3%。', '58.6%', '接待游客'],
      ['全年接待游客1.35亿人次、旅游收入1692.5亿元，两项指标分别增长58.6%、128.3%。', '128.3%', '旅游总收入'],
      ['宁波舟山港货物吞吐量连续多年位居全球首位。', '首位', '港口货物吞吐量'],
      ['余姚GDP增速连续3年位列宁波各区县(市)第一。', '第一', '地区生产总值'],
      // 总量/规模 say by what the figure before is ranked, and a bare figure after it takes that figure's name
      ['南山区GDP达到8566.1亿元，总量居各区首位；福田区增长5.3%。', '首位', '地区生产总值'],
      ['南山区GDP达到8566.1亿元，总量居各区首位；福田区增长5.3%。', '5.3%', '地区生产总值'],
      // …and so is a per-head level ranked after a per-head figure
      ['全市人均体育场地面积为3.98平方米，较上年增加0.31平方米，人均水平排在全省第二位。', '第二位', '人均体育场地面积'],
      ['村均集体经济总收入583.4万元，村均经营性收入321.3万元，村均经营性收入水平居全省第三位。', '第三位', '村均经营性收入'],
      ['实际使用外资74.3亿美元，规模居全省首位。', '首位', '实际利用外资'],
      // the subject and what stands before it are not the indicator
      ['2023年，全省实现地区生产总值128222.2亿元。', '128222.2亿元', '地区生产总值'],
      ['全国居民人均可支配收入39218元。', '39218元', '居民人均可支配收入'],
      ['同期，苏锡常地区的常州市实现地区生产总值7795.3亿元。', '7795.3亿元', '地区生产总值'],
      ['“领头羊”昆山去年地区生产总值达5140.6亿元。', '5140.6亿元', '地区生产总值'],
      // a cause (受…影响, 在…带动下) is not what was measured; 年末 says when
      ['昆山进出口总额7386.3亿元，受外需走弱影响比上年下降6.8%。', '6.8%', '进出口总额'],
      ['在新能源汽车带动下，规上工业增加值增长9.1%。', '9.1%', '规模以上工业增加值'],
      ['工业项目集中投产带动第二产业增加值增长15.7%。', '15.7%', '第二产业增加值'],
      // a contribution to growth is its contributor's, however written; 对经济增长的贡献率 alone is the figure before's
      ['全省服务业增加值增长3.9%，对经济增长的贡献率超过九成。', '九成', '服务业对经济增长贡献率'],
      // 人均 alone is the per-head figure named before; a qualified list's bare growth is its places' GDP
      ['合肥人均GDP约13万元，与人均20.63万元、居万亿城市首位的无锡相去甚远。', '20.63万元', '人均地区生产总值'],
      ['新晋万亿的常州、烟台去年分别增长6.2%和6.8%。', '6.2%', '地区生产总值'],
      // ordinals written with one 第 and one name; 农村牧区 is a qualifier like 农村
      ['第二、三产业增加值分别增长7.2%和7.9%。', '7.2%', '第二产业增加值'],
      ['第二、三产业增加值分别增长7.2%和7.9%。', '7.9%', '服务业增加值'],
      ['第一、二、三产业分别增长3.1%、7.9%和7.2%。', '3.1%', '第一产业'],
      ['城镇、农村牧区居民人均可支配收入分别增长8.0%和5.1%。', '8.0%', '城镇居民人均可支配收入'],
      // a crop planted over an area, then harvested by weight, is its planted area and its output
      ['去年，这里种下马铃薯160.5万亩，收获261.3万吨。', '160.5万亩', '马铃薯种植面积'],
      ['去年，这里种下马铃薯160.5万亩，收获261.3万吨。', '261.3万吨', '马铃薯产量'],
      ['巉口、鲁家沟两镇种植面积分别为7.9万亩和8.2万亩。', '7.9万亩', '种植面积'],
      // a count written before what it counts, after another such count
      ['支持7个国家区域医疗中心和25个省级区域医疗中心建设。', '25个', '省级区域医疗中心建设'],
      // (those a verb of helping counts are counted by what they were helped to do, not all of them)
      ['全年帮助1.2万户个体工商户获得信用贷款。', '1.2万户', '个体工商户获得信用贷款'],
      ['全年帮助326家企业完成上市辅导。', '326家', '企业完成上市辅导'],
      // a note in brackets holds no clause break (含生育保险，下同)
      ['1—9月，全省基本医疗保险基金（含生育保险，下同）收入1512.7亿元。', '1512.7亿元', '医疗保险基金收入'],
      // …nor when it holds a date: a year is no figure (按2023年末口径统计，下同); 合计实现 is 实现
      ['2023年，全市121家A股上市公司（按2023年末口径统计，下同）合计实现营业收入10427.5亿元。', '10427.5亿元', 'A股上市公司营业收入'],
      // 共 before a verb says how much, not what (共举办 = 举办); in 公共 it is part of a word
      ['全年全市公共图书馆共举办各类读者活动2.36万场次。', '2.36万场次', '公共图书馆举办读者活动'],
      ['全年公共实训基地培训1.2万人次。', '1.2万人次', '公共实训基地培训'],
      // a count named with its unit is the count (总流通人次 = 总流通, 书刊外借册次 = 书刊外借)
      ['全年全市公共图书馆总流通人次达到2316.8万人次。', '2316.8万人次', '公共图书馆总流通'],
      ['书刊外借册次则增长10.2%。', '10.2%', '书刊外借'],
      ['参与读者人次增幅达到19.3%。', '19.3%', '参与读者'],
      ['全年参观人次达到286.4万人次，增幅为35.1%。', '35.1%', '参观人次'],
      // 创意, 创作 and 创汇 are words of a name, not the verb 创
      ['九大行业中，文化娱乐休闲服务行业营收增长29.3%，创意设计服务行业营收增长22.7%。', '22.7%', '创意设计服务行业营业收入'],
      // the statisticians' 文化及相关产业 is the 文化产业 reports write, its firms 文化企业, however qualified
      ['全市335家规模以上文化及相关产业企业实现营业收入389.74亿元。', '389.74亿元', '规模以上文化企业营业收入'],
      ['全市规上文化企业实现营业收入389.74亿元。', '389.74亿元', '规模以上文化企业营业收入'],
      ['全市文化及相关产业增加值达到86.4亿元。', '86.4亿元', '文化产业增加值'],
      // a listed company's figures by their short names: A股公司, 归母净利润, 扣非净利润, 募资
      ['宁波A股公司营收增长4.3%。', '4.3%', 'A股上市公司营业收入'],
      ['拓普集团归母净利润21.51亿元。', '21.51亿元', '拓普集团归属于上市公司股东净利润'],
      ['拓普集团实现归属于母公司股东的净利润21.51亿元。', '21.51亿元', '拓普集团归属于上市公司股东净利润'],
      ['宁波银行实现净利润254.4亿元。', '254.4亿元', '银行净利润'],
      ['扣非净利润20.33亿元。', '20.33亿元', '扣除非经常性损益后的净利润'],
      ['杭州新增A股上市公司首发募资142.8亿元。', '142.8亿元', '新增A股上市公司首发募集资金'],
      // what is most (以雨花区最高, 雨花区…最高) is what is measured, less the superlative and the place
      ['三县（市）审计查出问题金额以浏阳最多，为12.46亿元。', '12.46亿元', '问题金额'],
      ['区县（市）整改率以雨花区最高、达99.1%。', '99.1%', '整改率'],
      ['区县（市）中雨花区整改率最高、达99.1%。', '99.1%', '整改率'],
      // an audit's problem sums: 查出, 发现, 各类 or not, are one; what was put right of them is 金额整改率
      ['省审计厅查出各类问题金额386.42亿元。', '386.42亿元', '问题金额'],
      ['审计了62个省直部门，发现问题金额28.94亿元。', '28.94亿元', '问题金额'],
      ['应整改326.80亿元，已整改289.47亿元，占应整改金额的88.6%。', '88.6%', '金额整改率'],
      // electricity: what is used or generated is its amount; a power source alone is what it generated
      ['前三季度第三产业用电增长10.6%。', '10.6%', '第三产业用电量'],
      ['城乡居民生活用电同比增长6.7%。', '6.7%', '城乡居民生活用电量'],
      ['其中，火电5952.3亿千瓦时，增长8.6%；风电1236.1亿千瓦时。', '5952.3亿千瓦时', '火电发电量'],
      ['其中，火电5952.3亿千瓦时，增长8.6%；风电1236.1亿千瓦时。', '1236.1亿千瓦时', '风电发电量'],
      // the season of peak load says when, not what
      ['迎峰度夏前新增变电容量1580万千伏安。', '1580万千伏安', '新增变电容量'],
      // the clause before names what fell most; the fall after it is that rate, not the share before
      ['沪深主板公司营收占全市的85.0%；科创板公司净利润降幅最大，下降12.4%。', '12.4%', '科创板公司净利润'],
      // who joined an insurance are its insured; 医保 is 基本医疗保险
      ['2023年底，全省参加基本医疗保险的共有8512.4万人。', '8512.4万人', '基本医疗保险参保人数'],
      ['居民医保参保6357.8万人。', '6357.8万人', '城乡居民基本医疗保险参保人数'],
      ['前三季度，全省医保基金累计收入1512.7亿元。', '1512.7亿元', '医疗保险基金收入'],
      // what the part used for something is of its whole (用于产业发展的占58.3%)
      ['全年争取衔接资金9.86亿元，用于产业发展的占58.3%。', '58.3%', '用于产业发展'],
      // an industry's share with no base, or after the economy's amount, is its value added's share of GDP
      ['全年GDP达到25698.2亿元，三产占比升至42.9%，较上年提高1.8个百分点。', '42.9%', '服务业增加值占地区生产总值比重'],
      ['全年GDP达到25698.2亿元，三产占比升至42.9%，较上年提高1.8个百分点。', '1.8个百分点', '服务业增加值占地区生产总值比重'],
      ['GDP为1000亿元，三产500亿元。', '500亿元', '服务业增加值'],
      // one sector's share of another is by value added, whether or not the writer says so
      ['非煤工业占规上工业比重达到38.6%。', '38.6%', '非煤工业增加值占规模以上工业增加值比重'],
      ['非煤工业增加值占规模以上工业增加值的比重为38.6%。', '38.6%', '非煤工业增加值占规模以上工业增加值比重'],
      // 都 ends a place's name (成都), not only a list (指标都)
      ['上海、北京、成都分别为2487.45万人、2185.8万人和2140.3万人。', '2140.3万人', ''],
      ['服务业增加值对全省经济增长的贡献率超过九成。', '九成', '服务业对经济增长贡献率'],
      ['非煤产业对全省经济增长的贡献率超过60%。', '60%', '非煤产业对经济增长贡献率'],
      // the currency a figure is stated in (按美元计为) is not its name: the amount before it is
      ['全年实际使用外资243.9亿元，按美元计为34.6亿美元，比上年下降14.6%。', '34.6亿美元', '实际利用外资'],
      ['全年实际使用外资243.9亿元，按美元计为34.6亿美元，比上年下降14.6%。', '14.6%', '实际利用外资'],
      ['年末全市常住人口1295.8万人。', '1295.8万人', '常住人口'],
      ['成都2023年末常住人口2140.3万人。', '2140.3万人', '常住人口'],
      // names of one indicator
      ['各项贷款余额45178.1亿元。', '45178.1亿元', '金融机构本外币贷款余额'],
      ['年末本外币贷款余额增长15.2%。', '15.2%', '金融机构本外币贷款余额'],
      ['1—9月，青岛市货物贸易进出口总值6883.2亿元。', '6883.2亿元', '进出口总额'],
      // a farm report's short words: 总产 is the output, 播种 the sown area
      ['今年周口小麦总产524.8万吨。', '524.8万吨', '小麦产量'],
      ['今年全省夏粮播种6012.5万亩。', '6012.5万亩', '夏粮播种面积'],
      ['五常市粮食总产量由2022年的278.4万吨增加到2023年的283.7万吨，总产居全省第二位。', '第二位', '粮食产量'],
      // a city's port (青岛港, 连云港港) is the city: what is left is what it handled
      ['2023年，厦门港集装箱吞吐量1255.4万标箱。', '1255.4万标箱', '集装箱吞吐量'],
      ['前三季度，连云港港完成集装箱吞吐量479.6万标准箱。', '479.6万标准箱', '集装箱吞吐量'],
      ['其中，进口总值2870.7亿元。', '2870.7亿元', '进口总额'],
      // (a retail category is reported for the units above the size limit: 限上 names nothing)
      ['限上通讯器材类零售额增长12.8%。', '12.8%', '通讯器材类'],
      // a place's bare growth in a report on industry is its industry's; elsewhere its economy's
      ['# 2024年上半年江西工业经济运行简析\n\n赣州上半年增长9.4%，继续领跑全省。', '9.4%', '规模以上工业增加值'],
      ['# 粤鲁闽三省海洋经济比较\n\n从增速看，2023年山东增长6.3%，快于福建的5.6%。', '5.6%', '海洋生产总值'],
      ['# 2024年上半年江西经济运行简析\n\n赣州上半年增长9.4%，继续领跑全省。', '9.4%', '地区生产总值'],
      ['# 2024年1—10月成都消费市场形势分析\n\n锦江区增长6.2%。', '6.2%', '社会消费品零售总额'],
      ['2024年，宁波、天津增速分别为5.1%和5.4%。', '5.4%', '地区生产总值'],
      // 这一指标 is the indicator the figure before named; 尽管 and 投入强度 alone
      ['苏州每万人口高价值发明专利拥有量43.2件，居全省第二位；合肥这一指标为36.8件。', '36.8件', '每万人口高价值发明专利拥有量'],
      ['苏州基础研究经费占比仅为2.6%，尽管基础研究经费增长12.7%。', '12.7%', '基础研究经费'],
      ['昆山全年R&D经费172.5亿元，投入强度3.63%。', '3.63%', '研发投入强度'],
      // 建成 says what was done to what is counted (not in 建成区, the built-up area)
      ['高标准农田方面，全省累计建成8986.2万亩。', '8986.2万亩', '高标准农田'],
      ['全省累计建成高标准农田7986.2万亩。', '7986.2万亩', '高标准农田'],
      ['建成区面积达到560平方公里。', '560平方公里', '建成区面积'],
      // rates per thousand by their names; a share named alone before its places' figures
      ['2024年全省出生率为8.89‰，自然增长率为3.60‰。', '3.60‰', '人口自然增长率'],
      ['民生支出占一般公共预算支出的比重，晋江为76.8%，慈溪为87.3%。', '87.3%', '民生支出占一般公共预算支出比重'],
      // an area sold (built, started) alone is that area (an area sold is of commodity housing, 商品房)
      ['12月当月销售124.60万平方米，同比增长23.5%。', '124.60万平方米', '商品房销售面积'],
      // a verb alone in a list goes on with what the figure before counted
      ['2024年，武汉筹集保障性租赁住房4.68万套（间），西安筹集3.2万套（间）。', '3.2万套', '筹集保障性租赁住房'],
      // a kind of loan is counted by its balance, written or not
      ['9月末，全省涉农贷款增长12.2%。', '12.2%', '涉农贷款余额'],
      ['9月末，全省涉农贷款余额2.54万亿元，同比增长11.2%。', '11.2%', '涉农贷款余额'],
      // the group a count is picked from names nothing measured
      ['分区域看，11个设区市中有7个增速高于全省平均水平。', '7个', ''],
      ['限额以上单位通讯器材类零售额增长18.2%。', '18.2%', '通讯器材类'],
      // 乡村市场 is the countryside's retail sales, not a township 其中乡
      ['今年前三季度社零总额11712.4亿元，其中乡村市场增长4.4%。', '4.4%', '乡村消费品零售额'],
      ['出口规模达到5000亿元。', '5000亿元', '出口总额'],
      ['研发投入占地区生产总值比重达3.6%。', '3.6%', '研发投入强度'],
      ['R&D经费支出占GDP的比重为3.61%。', '3.61%', '研发投入强度'],
      // a zone at the head of the words is the subject; 首次, 总量 are not part of the name; 全社会 is
      ['分区域看，东部新区投资增长21.6%。', '21.6%', '投资'],
      ['社会消费品零售总额首次突破万亿元，达到10486.2亿元。', '10486.2亿元', '社会消费品零售总额'],
      ['全社会研发投入占地区生产总值比重提高到5.81%。', '5.81%', '研发投入强度'],
      ['全社会研究与试验发展（R&D）经费投入占地区生产总值比重为6.46%。', '6.46%', '研发投入强度'],
      // the sector alone stands for its value added; its enterprises are counted on their own
      ['规上工业增长8.1%。', '8.1%', '规模以上工业增加值'],
      ['规上工业增速方面，滁州、芜湖分列全省第一、第二，合肥居第四位。', '第四位', '规模以上工业增加值'],
      ['规上工业企业达到5100家。', '5100家', '规模以上工业企业'],
      // abbreviations: 营收, 人均GDP, 年产量; 五年累计 and 仅 say how, not what
      ['工程机械产业集群全年营收2872.6亿元。', '2872.6亿元', '工程机械产业集群营业收入'],
      ['按常住人口计算，人均GDP约13.7万元。', '13.7万元', '人均地区生产总值'],
      ['五年累计接待游客超过1.3亿人次。', '1.3亿人次', '接待游客'],
      ['柳州仅增长2.8%。', '2.8%', '地区生产总值'],
      // trade with a partner, and the whole place's trade however written
      ['对东盟贸易占全市外贸的比重为18.9%。', '18.9%', '东盟进出口占全市进出口总额比重'],
      ['对东盟进出口41.26亿元，占全市进出口总额的比重为18.9%。', '18.9%', '东盟进出口占全市进出口总额比重'],
      // the whole's trade, written or not, is the base of a part of trade; 共建 keeps its 共
      ['对共建“一带一路”国家进出口占全省的比重为9.2%。', '9.2%', '共建一带一路国家进出口占全省进出口总额比重'],
      ['对共建“一带一路”国家进出口2105.3亿元，占全省进出口总额的36.1%。', '36.1%', '共建一带一路国家进出口占全省进出口总额比重'],
      // 存、贷款余额: two balances that share their owner and their name
      ['8月末，金融机构本外币存、贷款余额分别增长6.4%和7.2%。', '6.4%', '金融机构本外币存款余额'],
      ['8月末，金融机构本外币存、贷款余额分别增长6.4%和7.2%。', '7.2%', '金融机构本外币贷款余额'],
      // a label before a colon names the figure after it
      ['- 南宁3月末金融机构存款余额：约1.43万亿元', '1.43万亿元', '金融机构本外币存款余额'],
      ['- 横州茉莉花鲜花年产量（2023年）：11.5万吨', '11.5万吨', '茉莉花鲜花产量'],
      // a part named alone after 其中 is measured as the whole before it
      ['全市汽车产量63.52万辆，其中新能源汽车46.71万辆，增长56.3%。', '46.71万辆', '新能源汽车产量'],
      ['两场旅客吞吐量合计7492.4万人次，其中天府机场3013.8万人次、双流机场4478.6万人次。', '4478.6万人次', '双流机场旅客吞吐量'],
      ['全省机场国际及地区旅客吞吐量196.3万人次，其中禄口机场完成139.8万人次。', '139.8万人次', '禄口机场国际及地区旅客吞吐量'],
      // a station keeps the place it is named by (长沙站 is not 长沙南站), and 期间 after a season is no part of the name
      ['从车站看，长沙南站累计发送旅客612.8万人次；长沙站发送旅客198.5万人次。', '612.8万人次', '长沙南站发送旅客'],
      ['从车站看，长沙南站累计发送旅客612.8万人次；长沙站发送旅客198.5万人次。', '198.5万人次', '长沙站发送旅客'],
      ['春运期间高铁动车组发送旅客占铁路发送总量的74.2%。', '74.2%', '高铁动车组发送旅客占铁路发送比重'],
      // (and facilities listed clause by clause after it, each with its own growth)
      ['辖区机场完成货邮吞吐量48.6万吨。其中，西安咸阳国际机场完成35.7万吨，同比增长16.2%；兰州中川国际机场完成7.2万吨，同比增长9.8%。', '7.2万吨', '中川机场货邮吞吐量'],
      ['辖区机场完成货邮吞吐量48.6万吨。其中，西安咸阳国际机场完成35.7万吨，同比增长16.2%；兰州中川国际机场完成7.2万吨，同比增长9.8%。', '9.8%', '中川机场货邮吞吐量'],
      // (港 of 洋山港 is not the 港 of the whole's 港口)
      ['全省沿海港口完成货物吞吐量8.5亿吨，其中洋山港2.6亿吨。', '2.6亿吨', '洋山港货物吞吐量'],
      // exports of a kind of trade are that trade's, 其中 in its own clause or sentence; exports of all goods are exports
      ['广西以一般贸易方式进出口2236.7亿元，增长13.5%。其中，出口1218.4亿元，增长16.9%。', '1218.4亿元', '一般贸易出口'],
      ['民营企业进出口3000亿元，其中，出口1800亿元。', '1800亿元', '民营企业出口'],
      ['商品进出口总额10914.28亿元、增长0.1%，其中出口6502.6亿元、增长5.8%。', '6502.6亿元', '出口总额'],
      // a count of places (11个州（市）) names nothing the figures after it measure
      ['前三季度全省生产总值增长4.5%。从增速看，16个州（市）中有11个州（市）增速高于全省平均水平。西双版纳州、德宏州分别增长7.3%、6.8%。', '6.8%', '地区生产总值'],
      // 以X紧随其后: what follows the figure says where it stands, not what it counts
      ['前三季度胶州实现地区生产总值1216.4亿元；龙口以1098.3亿元紧随其后。', '1098.3亿元', '地区生产总值'],
      // 实现 between a sector and its measure; 规上产值 is 规上工业产值; 收入额 is 收入
      ['白酒产业实现规模以上工业产值1620.5亿元。', '1620.5亿元', '白酒产业规模以上工业产值'],
      ['白酒产业规上产值增长13.2%。', '13.2%', '白酒产业规模以上工业产值'],
      ['餐饮收入额291.14亿元，增长12.3%。', '12.3%', '餐饮收入'],
      // a sector's share of the economy is its value added's; X中Y占比 is Y's share of X
      ['第三产业占GDP比重为60.8%。', '60.8%', '服务业增加值占地区生产总值比重'],
      ['一般公共预算收入中税收占比76.2%。', '76.2%', '税收收入占一般公共预算收入比重'],
      // an opening that views the size names the economy
      ['## 二、州市\n\n从总量看，昆明、曲靖分居全省第一、第二位。', '第二位', '地区生产总值'],
      // a sector's growth is its value added's
      ['全年规上工业增加值增长7.9%，医药制造业则下降4.3%。', '4.3%', '医药制造业增加值'],
      ['第三产业增长5.8%。', '5.8%', '服务业增加值'],
      // 这一增速 points back at the indicator before; 开行量 is what 开行 counts
      ['上半年规上工业增加值增长7.2%；1—5月这一增速为7.8%。', '7.8%', '规模以上工业增加值'],
      ['中欧班列长安号开行量增长18.3%。', '18.3%', '中欧班列长安号'],
      // examples named before 等 are not part of what is counted
      ['余姚累计上架区块链投票、短信服务等组件4个。', '4个', '上架组件'],
      ['全年引进华为、阿里等企业12家。', '12家', '引进企业'],
      // the local budget revenue by its older names
      ['地方财政收入1165.2亿元，其中税收收入占比66.9%。', '1165.2亿元', '一般公共预算收入'],
      ['地方一般公共预算收入812.4亿元。', '812.4亿元', '一般公共预算收入'],
      // a trade mode is its imports and exports together
      ['一般贸易占进出口总额的比重为56.5%。', '56.5%', '一般贸易进出口占进出口总额比重'],
      ['经济总量达到4948.9亿元。', '4948.9亿元', '地区生产总值'],
      // a sector as a share's base is measured as the subject is; a part of GDP's 占比 is of GDP
      ['高新技术产业增加值占规上工业比重达到83.5%。', '83.5%', '高新技术产业增加值占规模以上工业增加值比重'],
      ['第三产业增加值占比提升至62.8%。', '62.8%', '服务业增加值占地区生产总值比重'],
      ['第三产业增加值占地区生产总值的比重比上年提高0.9个百分点。', '0.9个百分点', '服务业增加值占地区生产总值比重'],
      ['高新技术产业增加值占比71.4%。', '71.4%', '高新技术产业增加值'],
      ['工业投资占全部投资的比重提高到35.7%。', '35.7%', '工业投资占固定资产投资比重'],
      // a place and nothing but 增长 before a growth: its economy's; another figure's name still goes first
      ['长沙上半年增长4.9%。', '4.9%', '地区生产总值'],
      ['上半年新郑增长6.7%，比郑州全市高出1.1个百分点。', '6.7%', '地区生产总值'],
      ['宜宾力争全年增长7%以上，绵阳力争增长7.5%。', '7.5%', '地区生产总值'],
      ['宜宾提出全年地区生产总值力争增长7%以上。', '7%', '地区生产总值'],
      // 全社会 adds nothing to an indicator the lexicon knows
      ['全社会研发经费投入强度达到3.6%。', '3.6%', '研发投入强度'],
      // the amount of an indicator the lexicon knows, written before it with 的
      ['10001.6亿元的社会消费品零售总额首次突破万亿元。', '10001.6亿元', '社会消费品零售总额'],
      // 在…中的占比 is the share of what it names
      ['高技术制造业增加值增长8.5%，在规上工业中的占比达到33.1%。', '33.1%', '高技术制造业增加值占规模以上工业增加值比重'],
      ['全省卫生健康支出为1062.8亿元，在一般公共预算支出中占9.8%。', '9.8%', '卫生健康支出占一般公共预算支出比重'],
      ['卫生健康支出在一般公共预算支出中所占比重为8.9%。', '8.9%', '卫生健康支出占一般公共预算支出比重'],
      ['全市工业投资增长10%，余姚增长5%。', '5%', '工业投资'],
      ['今年以来，余姚增长迅速，增长12%。', '12%', ''],
      ['常州代管的溧阳市去年增长7.3%。', '7.3%', '地区生产总值'],
      // a place's rank in a list like 百强县 is its overall strength, unless the words name a figure
      ['新郑市去年在全国百强县中排第23位。', '第23位', '综合实力'],
      ['宜兴去年经济增长5.6%，位列百强县第8位。', '第8位', '综合实力'],
      ['昆山GDP居全国百强县首位。', '首位', '地区生产总值'],
      ['浏阳市去年地区生产总值1682.5亿元，在全国百强县中排名第9位，上半年增速居长沙各区县（市）第二位。', '第二位', '地区生产总值'],
      // … and names nothing after it: the place's bare growth in the next sentence is its economy's
      ['新郑市去年在全国百强县中排第23位。上半年新郑增长6.7%。', '6.7%', '地区生产总值'],
      // what is first of its kind is a title: 成为…首个
      ['成为中部地区首个经济总量突破2万亿元的城市。', '2万亿元', '地区生产总值'],
      ['地区生产总值达到20011.7亿元，成为中部地区首个经济总量突破2万亿元的城市，在副省级城市中居第五位。', '第五位', '地区生产总值'],
      // a paragraph's topic: a sentence without figures opening on an indicator; the last growth, not the last rank
      ['全市规模以上工业增加值增速总体保持高位。一季度增长8.9%。', '8.9%', '规模以上工业增加值'],
      ['前三季度全市地区生产总值同比增长5.9%，人均地区生产总值保持全省首位。从季度走势看，上半年增长6.1%。', '6.1%', '地区生产总值'],
      ['我们要推动规上工业增加值稳步增长。一季度增长8.9%。', '8.9%', ''],
      // 新能源 is a word, not 新 + 能源; 预期 is not part of the name
      ['新能源汽车产量增长76.4%。', '76.4%', '新能源汽车产量'],
      ['胶州、龙口全体居民人均可支配收入分别增长6.0%和5.9%。', '5.9%', '居民人均可支配收入'],
      ['全年地区生产总值预期增长6%左右。', '6%', '地区生产总值'],
      // what a share was of does not grow in the next sentence: the place's bare growth is its economy's
      ['太仓税收占比达86.2%。太仓增长5.2%。', '5.2%', '地区生产总值'],
      // a sentence naming two amounts hands the next place's bare amount its headline, the first
      ['昆山GDP达5140.6亿元，一般公共预算收入455.3亿元。江阴以4950.1亿元居次。', '4950.1亿元', '地区生产总值'],
      ['研发投入强度达3.1%。比上年提高0.2个百分点。', '0.2个百分点', '研发投入强度'],
      // a section number is no item of a list; 在高基数上 says how, not what
      ['## 一、经济总量稳居全省首位', '首位', '地区生产总值'],
      ['外贸进出口在高基数上增长1.1%。', '1.1%', '进出口总额'],
      // a rank after a multiple ranks the figure that multiplied
      ['萧山跨境电商进出口额较2020年增长一倍，居全市第二位。', '第二位', '跨境电商进出口额'],
      // an indicator the lexicon knows, written after its amount
      ['放眼全省，这几个县级市合计创造了20381.5亿元地区生产总值。', '20381.5亿元', '地区生产总值'],
      // verbs of change and of milestones are not part of the name; words before a colon are a label
      ['居民消费价格上涨0.4%。', '0.4%', '居民消费价格'],
      ['新能源汽车零售额大增38.5%。', '38.5%', '新能源汽车零售额'],
      ['外贸出口逆势增长1.6%。', '1.6%', '出口总额'],
      ['中欧班列（成渝）开行5300列以上。', '5300列', '中欧班列'],
      ['高新技术企业数量一年增长了17.3%。', '17.3%', '高新技术企业'],
      ['固定资产投资增速保持两位数，达到10.0%。', '10.0%', '固定资产投资'],
      ['规上工业增加值增长较快，其中汽车制造业增长15.0%。', '15.0%', '汽车制造业增加值'],
      // a manufacturing division by its official name, however written: 行业, 制造业, or nothing after a list
      ['全年专用设备、电气机械行业增加值分别增长12.3%和11.7%。', '11.7%', '电气机械和器材制造业增加值'],
      ['全年专用设备、电气机械行业增加值分别增长12.3%和11.7%。', '12.3%', '专用设备制造业增加值'],
      ['电气机械和器材制造业增加值增长11.7%。', '11.7%', '电气机械和器材制造业增加值'],
      ['医药行业增长6.4%，比上年加快2.4个百分点。', '6.4%', '医药制造业增加值'],
      ['钢铁行业利润下降3.1%。', '3.1%', '黑色金属冶炼和压延加工业利润总额'],
      ['汽车工业产值增长9.2%。', '9.2%', '汽车制造业产值'],
      // a sector's firms made its value added; the ride-hailing car by its short name, whatever it completed
      ['全市规上工业企业完成增加值2186.4亿元。', '2186.4亿元', '规模以上工业增加值'],
      ['网络预约出租汽车完成订单量4215万单。', '4215万', '网约车订单量'],
      // public finance: spending on a field is that field's spending; debt is counted by what is outstanding;
      // land sold for use by any name; how a share was summed, and what is still needed, are no part of the name
      ['全市用于民生方面的支出达到485.60亿元。', '485.60亿元', '民生支出'],
      ['其中用于民生的支出占比为79.3%。', '79.3%', '民生支出'],
      ['年末政府债务余额1397.52亿元，其中专项债务837.84亿元。', '837.84亿元', '专项债务余额'],
      ['全年化解隐性债务12.5亿元。', '12.5亿元', '化解隐性债务'],
      ['三大主体税种合计占税收收入的58.6%。', '58.6%', '三大主体税种占税收收入比重'],
      ['四季度还需完成一般公共预算收入60.38亿元。', '60.38亿元', '一般公共预算收入'],
      ['土地出让收入下降19.2%。', '19.2%', '国有土地使用权出让收入'],
      // 后者 is what was compared with, or the second of a pair listed; 前者 the first
      ['主体税种中，企业所得税增长9.3%，增速快于国内增值税，后者全年完成78.25亿元。', '78.25亿元', '国内增值税'],
      ['出口和进口分别增长5%和3%，前者占比达60%，后者增速回落2个百分点。', '2个百分点', '进口总额'],
      // a bare 比例 (该比例, 这一比重) is the share the sentence named; a whole is its total, 总量 written or not
      ['Ⅰ～Ⅱ类水质比例达到89.3%，同比提高2.9个百分点；第三季度该比例较上半年提高3.9个百分点。', '3.9个百分点', 'Ⅰ~Ⅱ类水质比例'],
      ['Ⅰ～Ⅱ类水质比例达到89.3%；第三季度这一比重为91.7%。', '91.7%', 'Ⅰ~Ⅱ类水质比例'],
      ['全年过夜游客占国内游客总量的比重为37.5%。', '37.5%', '接待过夜游客占接待国内游客比重'],
      // a measure of traffic both sides share, written on one side only
      ['国际及地区旅客占全场旅客吞吐量的比重为4.7%。', '4.7%', '国际及地区旅客吞吐量占全场旅客吞吐量比重'],
      ['国际及地区旅客吞吐量在全场旅客中的占比为4.7%。', '4.7%', '国际及地区旅客吞吐量占全场旅客吞吐量比重'],
      // a place's bare growth, 仅为 or after places counted (两地), is the report's topic's
      ['# 2024年台州市工业经济运行\n\n椒江区增速仅为4.1%，居全市末位。', '4.1%', '规模以上工业增加值'],
      ['# 2024年台州市工业经济运行\n\n临海、路桥两地分别增长8.9%和8.8%。', '8.8%', '规模以上工业增加值'],
      // what the clause before says grew faster or slower names the figures after it; 同期 says when, not what
      ['医药制造业增速回升，全年增长6.4%，比上年加快2.4个百分点。', '6.4%', '医药制造业增加值'],
      ['医药制造业增速回升，全年增长6.4%，比上年加快2.4个百分点。', '2.4个百分点', '医药制造业增加值'],
      ['规上工业总产值同期达到8241.6亿元。', '8241.6亿元', '规模以上工业总产值'],
      // 两者 is the figure's subject before, then what the clause before says grew
      ['全市基础教育和中等职业教育在校生达到63.07万人，专任教师队伍同步扩大，两者分别比上年增长1.6%和2.3%。', '1.6%', '基础教育和中等职业教育在校生'],
      ['全市基础教育和中等职业教育在校生达到63.07万人，专任教师队伍同步扩大，两者分别比上年增长1.6%和2.3%。', '2.3%', '专任教师'],
      // 该类 is the class of goods just named
      ['前三季度家用电器和音像器材类零售额增长23.6%；而1-8月该类商品零售额增幅仅为14.8%。', '14.8%', '家用电器和音像器材类'],
      // a ratio's gloss (与地区生产总值之比) is no comparison base; what was carried out (落实) is no part of the name
      ['R&D经费投入强度（与地区生产总值之比）为2.88%，比上年提高0.09个百分点。', '0.09个百分点', '研发投入强度'],
      ['全年落实企业研发费用加计扣除减免税额28.7亿元。', '28.7亿元', '企业研发费用加计扣除减免税额'],
      // visitors by any count: domestic, overnight and inbound each their own; a scenic spot's visitors are those it received
      ['前三季度，全市国内游客接待量达到6983.4万人次。', '6983.4万人次', '接待国内游客'],
      ['A级旅游景区全年接待游客5126.7万人次。', '5126.7万人次', 'A级景区接待游客'],
      ['齐云山景区游客增长15.3%。', '15.3%', '齐云山景区接待游客'],
      ['过夜游客占比升至38.7%。', '38.7%', '接待过夜游客'],
      ['入境旅游外汇收入增长13.7%。', '13.7%', '国际旅游外汇收入'],
      // a bare measure after a sector and what befell it is the sector's; a share said by 所占比重 is named by its subject,
      // one said by its base alone is the figure before's; what is expected is no part of the name
      ['牧业受生猪价格低迷拖累，产值为365.7亿元，在总产值中的占比比上年回落0.4个百分点。', '365.7亿元', '牧业产值'],
      ['牧业受生猪价格低迷拖累，产值为365.7亿元，在总产值中的占比比上年回落0.4个百分点。', '0.4个百分点', '牧业产值占总产值比重'],
      // …and so is one after an activity's course or lead
      ['在体育服务业中，体育竞赛表演活动增长最快，增加值为3.8亿元，增长35.2%。', '3.8亿元', '体育竞赛表演活动增加值'],
      ['全市规上工业中，电子信息产业继续回升，营业收入为412.6亿元。', '412.6亿元', '电子信息营业收入'],
      // (a place is no owner: its bare measure is named by its context)
      ['余姚增长最快，增加值为3.8亿元。', '3.8亿元', '增加值'],
      ['全年牧业产值356.7亿元，牧业产值所占比重为26.3%。', '26.3%', '牧业产值'],
      ['预计全年粮食总产量能够稳定在490万吨以上。', '490万吨', '粮食产量'],
      // 优良天数占比 is the share of good days; what a clause before says grew more is what rose by the points after it
      ['从天数看，优良天数占比提升0.6个百分点，达到99.2%。', '99.2%', '空气优良率'],
      ['优良天数占比提升0.6个百分点；优级天数比例的增幅更大，提高了4.8个百分点。', '4.8个百分点', '优级天数'],
      // a growth after how far ahead of schedule is the amount's; 投资总额 is 投资, and a bare 投资 after it that
      ['1-9月，全市一般公共预算收入完成221.58亿元，完成年度预算的78.6%，高于序时进度3.6个百分点，同比增长6.3%，增幅居全省市州第四位。', '6.3%', '一般公共预算收入'],
      ['1-9月，全市一般公共预算收入完成221.58亿元，完成年度预算的78.6%，高于序时进度3.6个百分点，同比增长6.3%，增幅居全省市州第四位。', '3.6个百分点', '一般公共预算收入预算完成率'],
      ['全年公路水路交通固定资产投资总额达到326.8亿元，投资规模跃升至全省第三位。', '第三位', '公路水路交通固定资产投资'],
      // the figure a place stands by, named after it (以43.1亿元的投资额位列第三), is of that; 投资额 is 投资
      ['# 台州市交通投资\n\n分县域看，玉环以43.1亿元的投资额位列第三。', '43.1亿元', '投资'],
      ['# 台州市交通投资\n\n分县域看，玉环以43.1亿元的投资额位列第三。', '第三', '投资'],
      ['# 宁波经济\n\n鄞州以2398.6亿元的总量稳坐头把交椅。', '2398.6亿元', '地区生产总值'],
      // a part's bare share (其中…占比) is of the amount just named; spending on a field is its spending, in a share too
      ['年末全市共有养老床位3.12万张，其中护理型床位占比为61.5%。', '61.5%', '护理型床位占养老床位比重'],
      ['前三季度新增养老床位1630张，其中护理型床位占比62.3%。', '62.3%', '护理型床位占新增养老床位比重'],
      ['全年一般公共预算支出完成612.35亿元，其中用于民生的支出占比为79.3%。', '79.3%', '民生支出占一般公共预算支出比重'],
      // what loans or deposits rose by since the year began is what was newly lent or deposited
      ['前三季度贷款比年初增加364.7亿元，但同比少增12.8亿元。', '364.7亿元', '新增贷款'],
      ['9月末住户存款比年初增加100亿元。', '100亿元', '新增住户存款'],
      // carried from the balance too; the change after it is that amount's, the growth the balance's
      ['9月末，全市本外币各项贷款余额4736.5亿元，比年初增加364.7亿元，同比少增21.8亿元，同比增长9.7%。', '364.7亿元', '新增贷款'],
      ['9月末，全市本外币各项贷款余额4736.5亿元，比年初增加364.7亿元，同比少增21.8亿元，同比增长9.7%。', '21.8亿元', '新增贷款'],
      ['9月末，全市本外币各项贷款余额4736.5亿元，比年初增加364.7亿元，同比少增21.8亿元，同比增长9.7%。', '9.7%', '金融机构本外币贷款余额'],
      // a share after it is of what was newly lent, however the share is worded
      ['8个县市贷款比年初合计增加212.2亿元，占全市新增贷款的58.2%。', '58.2%', '新增贷款占全市比重'],
      ['8个县市合计新增贷款212.2亿元，在全市新增贷款中占到58.2%。', '58.2%', '新增贷款占全市比重'],
      // 领先全省平均 is a comparison base, like 高出
      ['前三季度，全市农林牧渔业总产值同比增长4.1%，领先全省平均0.3个百分点。', '0.3个百分点', '农林牧渔业总产值'],
      // a bare head is the fuller name the sentence gave it before, for the same place
      ['全年粮食播种面积1183.6万亩；粮食总产量491.7万吨，增长1.2%，总产量居全省第三位。', '第三位', '粮食产量'],
      ['全市生态环保领域项目完成投资28.4亿元；分地区看，沙县区完成投资4.1亿元。', '4.1亿元', '投资'],
      // in a report on public finance, a place's bare growth is its budget revenue's
      ['# 2024年襄阳市财政运行情况综述\n\n谷城县以8.1%的增幅居全市第一。', '8.1%', '一般公共预算收入'],
      ['全年地区生产总值迈上3.46万亿元新台阶。', '3.46万亿元', '地区生产总值'],
      ['分区域看：东部新区规上工业增加值增长21.6%。', '21.6%', '规模以上工业增加值'],
      ['台州湾新区规上工业增加值增长11.8%。', '11.8%', '规模以上工业增加值'],
      // 单季 and 当月 say which stretch of time, not what grew
      ['1-9月，规上工业增加值增长8.2%。其中，第三季度单季增长7.6%，9月当月增长9.4%。', '7.6%', '规模以上工业增加值'],
      ['二季度单季度地区生产总值增长5.2%。', '5.2%', '地区生产总值'],
      // a period inside the phrase goes, and the verb after it: the owner before it stays
      ['郑州新郑国际机场上半年完成货邮吞吐量37.6万吨。', '37.6万吨', '机场货邮吞吐量'],
      ['新郑国际机场货邮吞吐量居全国机场第五位。', '第五位', '机场货邮吞吐量'],
      // an airport by its short name (白云机场 = 白云国际机场)
      ['白云机场旅客吞吐量居全国第一。', '第一', '白云机场旅客吞吐量'],
      ['白云国际机场旅客吞吐量6316.8万人次、居全国第一。', '6316.8万人次', '白云机场旅客吞吐量'],
      // the size and the growth ranked together
      ['深圳GDP同比增长5.4%，总量和增速双双位居珠三角九市首位。', '首位', '地区生产总值'],
      // a province's report reads the counties of its cities by their short names
      ['# 广东区县经济观察\n\n今年一季度，博罗GDP增长4.9%。', '4.9%', '地区生产总值'],
      // 约占…的: the share of the amount before; a counted group of places is the subject
      ['上述六个县级市合计实现地区生产总值20381.5亿元，约占全省经济总量的15.9%。', '15.9%', '地区生产总值占全省比重'],
      // the whole place's own figure as the base, however written
      ['# 佛山\n\n顺德、南海两区GDP占佛山全市的比重分别为31.4%和28.5%。', '28.5%', '地区生产总值占全市比重'],
      ['顺德区GDP达到4166.6亿元，占全市经济总量的31.4%。', '31.4%', '地区生产总值占全市比重'],
      ['长安镇实现地区生产总值905.1亿元，占全市的7.9%。', '7.9%', '地区生产总值占全市比重'],
      ['余姚地区生产总值占宁波的比重为7.7%。', '7.7%', '地区生产总值占全市比重'],
      ['上述六个县级市合计实现地区生产总值20381.5亿元，约占全省经济总量的15.9%。', '20381.5亿元', '地区生产总值'],
      ['晋江、南安、石狮三地地区生产总值合计6078.88亿元。', '6078.88亿元', '地区生产总值'],
      ['两地规上工业增加值分别增长5.1%和6.2%。', '6.2%', '规模以上工业增加值'],
      ['全省规上工业增加值增长8.3%。三市中烟台以10.2%的增速领跑。', '10.2%', '规模以上工业增加值'],
      // places counted after a list rank nothing of their own: 两区 ranks the places' overall strength
      ['在全国综合实力百强区榜单中，两区分居第二、第三位。', '第三位', '综合实力'],
      // a modifier before an indicator the lexicon knows
      ['对照年初确定的GDP增长5%左右等目标。', '5%', '地区生产总值'],
      // 同口径 (on a comparable basis) says how, not what
      ['一般公共预算收入1944.2亿元、同口径增长5.6%。', '5.6%', '一般公共预算收入'],
      // a milestone after an amount is not what it counts
      ['全市经济总量迈上3万亿元新台阶。', '3万亿元', '地区生产总值'],
      // a clause without figures that opens on an indicator names the bare figure after it, mid-sentence too
      ['一般公共预算收入增长6.5%；社零规模再创新高，增长6.7%。', '6.7%', '社会消费品零售总额'],
      // a quarter alone (单季) is the period's, not the indicator's; 企业 between 规上工业 and its output adds nothing
      ['第三季度规上工业增加值单季增长12.1%。', '12.1%', '规模以上工业增加值'],
      ['1—9月，全区规上工业企业完成总产值2286.4亿元。', '2286.4亿元', '规模以上工业总产值'],
      // one amount over another (与…的比率) is the first's share of the second
      ['社会物流总费用与GDP的比率为15.1%。', '15.1%', '社会物流总费用占地区生产总值比重'],
      ['社会物流总费用与地区生产总值的比率为15.1%，比全省平均水平高1.3个百分点。', '1.3个百分点', '社会物流总费用占地区生产总值比重'],
      // a port's foreign and domestic trade goods are the tonnes it handled
      ['外贸货物吞吐量1.86亿吨，增长7.8%；内贸货物增幅仅为3.9%。', '3.9%', '内贸货物吞吐量'],
      // what was sold, named before or after the sale; lotteries by their short names
      ['全年全市销售体育彩票28.64亿元，比上年增长12.7%。', '12.7%', '体育彩票销售额'],
      ['莒县体彩销售增长12.1%。', '12.1%', '体育彩票销售额'],
      // what was bought, raised or brought in, named before or after the act, with its 量 or 额 or without
      ['全年烟叶收购量32.8万担，比上年增长4.1%。', '32.8万担', '收购烟叶'],
      ['全年烟叶收购32.8万担。', '32.8万担', '收购烟叶'],
      ['全市科普经费筹集额28650万元，比上年增长9.7%。', '9.7%', '筹集科普经费'],
      ['全年高层次人才引进1260人。', '1260人', '引进高层次人才'],
      ['全年收购烟叶32.8万担。', '32.8万担', '收购烟叶'],
      // an amount against an earlier year's is one ratio, however the year is written
      ['前三季度进出口总值已达到去年全年的81.6%。', '81.6%', '进出口总值相当于往年'],
      ['前三季度义乌进出口总值已相当于2023年全年的81.6%。', '81.6%', '进出口总值相当于往年'],
      // the people discharged are counted by the verb alone
      ['住院方面，前三季度全市出院67.9万人，同比增长8.6%。', '8.6%', '医疗卫生机构出院人数'],
      // a share with no whole named, and the change of that share
      ['以一般贸易方式进出口2623.9亿元，增长9.4%，占43.6%，比重下降1.7个百分点。', '1.7个百分点', '一般贸易进出口'],
      // 只有 after a place contrasted names nothing: the figure measures what the one before it did
      ['天元区每千常住人口执业（助理）医师为5.82人，而炎陵县只有2.61人。', '2.61人', '每千常住人口执业(助理)医师数'],
      // a total (共) before the verb adds nothing to what was done; one place alone (一地就) is no part of the name
      ['全年税务部门共组织税费收入1386.52亿元。', '1386.52亿元', '税务部门组织税费收入'],
      // 同年 (the same year) says when, as 当年 does, not what
      ['烟农售烟收入达到40.65亿元，同年缴纳烟叶税8.13亿元。', '8.13亿元', '烟叶税'],
      // a part of the sales is named by what was sold, 销量 or 销售 on its side or not
      ['全年一类烟销售10.35万箱，增长5.6%，占总销量的比重为26.8%。', '26.8%', '一类烟占总销量比重'],
      ['一类烟在总销量中的比重上升到26.8%。', '26.8%', '一类烟占总销量比重'],
      // goods sold counted in their own units (箱, 辆, 吨) are the volume sold, not the money: 销售 = 销量 = 销售量
      ['2023年，全市销售卷烟45.6万箱，其中一类烟销售10.35万箱。', '45.6万箱', '卷烟销量'],
      ['2023年，全市销售卷烟45.6万箱，其中一类烟销售10.35万箱。', '10.35万箱', '一类烟销量'],
      ['全年卷烟销售量45.6万箱，比上年增长2.3%。', '2.3%', '卷烟销量'],
      ['全年新能源汽车销售12.3万辆，增长35.2%。', '35.2%', '新能源汽车销量'],
      ['温岭一地就减免企业所得税9.7亿元。', '9.7亿元', '减免企业所得税'],
      // the sales are the amount sold: 销售 = 销售额
      ['第四季度体彩销售额同比增长16.2%。', '16.2%', '体育彩票销售额'],
      ['第四季度销售8.05亿元，增长16.2%。', '16.2%', '销售额'],
      // a sector's R&D funds are what it spent on R&D
      ['计算机、通信和其他电子设备制造业研发经费占全部规上企业的38.9%。', '38.9%', '计算机、通信和其他电子设备制造业研发经费支出占全部规模以上企业比重'],
      // …and its words are no part of the name: 调整为 after a from-figure is no noun counted
      ['我市一类区域月最低工资标准由2100元调整为2250元，三类区域由1870元调整为2000元。', '2000元', '三类区域'],
      // a rate named by its verb alone is the rate of what the figure before counted
      ['年末电子社会保障卡签发316.7万张，签发率63.6%，签发率居全省第4位。', '第4位', '电子社会保障卡签发率'],
      ['电子社保卡签发率达到63.6%。', '63.6%', '电子社会保障卡签发率'],
      // the items a count of them sums up (A、B、C三项) add nothing to the name
      ['全年城镇职工基本养老保险、失业保险、工伤保险三项社会保险基金总收入236.8亿元。', '236.8亿元', '三项社会保险基金总收入'],
      ['2024年，全区地区生产总值迈上新台阶，总量达到1382.6亿元。', '1382.6亿元', '地区生产总值'],
      ['全市经济总量跨上新台阶，达到1.2万亿元。', '1.2万亿元', '地区生产总值'],
      // places listed and nothing but 分别增长: their economies
      ['广州、佛山、东莞前三季度分别增长1.9%、2.0%和4.8%。', '2.0%', '地区生产总值'],
      ['芙蓉区、天心区等五个区县地区生产总值增长6.1%。', '6.1%', '地区生产总值'],
      // a count is the things counted: 总数/数量 add nothing
      ['年末规上工业企业总数达到7512家。', '7512家', '规模以上工业企业'],
      ['高新技术企业数量达到800家。', '800家', '高新技术企业'],
      ['截至12月末，全省移动电话用户总数达18762.5万户。', '18762.5万户', '移动电话用户'],
      ['年末户籍人口总数为1017.2万人。', '1017.2万人', '户籍人口'],
      // a total after the amount added is the total of the same things
      ['高新技术企业净增1700家、总数达到1.3万家。', '1.3万家', '高新技术企业'],
      ['新认定高新技术企业862家、总数达到4350家。', '4350家', '高新技术企业'],
      // an industry named bare after another industry's output goes on with that measure; alone, its growth is its value added's
      ['船舶海工产业产值增长15.8%，新一代信息技术产业增长12.6%。', '12.6%', '新一代信息技术产值'],
      ['规上工业增加值增长8.1%，新一代信息技术产业增长12.6%。', '12.6%', '新一代信息技术产业增加值'],
      ['新增专精特新“小巨人”企业52家、总数达到254家。', '254家', '专精特新小巨人企业'],
      ['新增专精特新“小巨人”企业52家、总数达到254家。', '52家', '新增专精特新小巨人企业'],
      ['新增专精特新“小巨人”企业52家，总数居副省级城市第五位。', '第五位', '专精特新小巨人企业'],
      // 税收 in a share is the tax revenue
      ['全市税收占一般公共预算收入的比重为73.1%。', '73.1%', '税收收入占一般公共预算收入比重'],
      // 总量 ranks the economy when no figure stands before it, and the amount (not a share) when one does
      ['# 成都经济“半年报”：总量稳居副省级城市第三', '第三', '地区生产总值'],
      ['成都高新区GDP达到1625.3亿元，占全市的14.6%，总量稳居榜首。', '榜首', '地区生产总值'],
      // (a rank by growth after a share ranks the growth)
      ['全市一般公共预算教育支出131.05亿元，增长6.8%，占一般公共预算支出的16.7%，增幅居全省第4位。', '第4位', '一般公共预算教育支出'],
      ['规上工业增加值增长8%。总量居全省第三。', '第三', '规模以上工业增加值'],
      // a loan balance of one scheme is not the banks' total
      ['道德信用贷款余额38.66亿元。', '38.66亿元', '道德信用贷款余额'],
      // ranks after 分别排在/位列 pair with the listed names in turn, one claim each
      ['山钢集团、山东港口集团分别排在第八、第十位。', '第十位', '山东港口集团'],
      ['山钢集团、山东港口集团分别排在第八、第十位。', '第八', '山钢集团'],
      // a trade flow named alone after a channel's other flow is the channel's; after trade itself, trade's
      ['跨境电商出口3994.8亿元，增长19.6%；进口1037.8亿元，增长11.3%。', '1037.8亿元', '跨境电商进口'],
      ['跨境电商出口3994.8亿元，增速达到19.6%；进口增速为13.1%。', '13.1%', '跨境电商进口'],
      ['商品进出口总额10914.28亿元、增长0.1%，其中出口6502.6亿元、增长5.8%。', '5.8%', '出口总额'],
      // …not when the clause names a place of its own
      ['厦门对共建“一带一路”国家进出口占比45.9%；思明区进出口4012.8亿元。', '4012.8亿元', '进出口总额'],
      // a label on a channel names the flow after it
      ['跨境电商表现明显好于外贸大盘：全年实现进出口5032.6亿元，同比增长17.8%。', '17.8%', '跨境电商进出口额'],
      ['外贸表现好于预期：全年实现进出口4.90万亿元。', '4.90万亿元', '进出口总额'],
      ['鄞州区跨境电商规模236.4亿元。', '236.4亿元', '跨境电商进出口额'],
      // 全 that begins a word is part of the name (全程, 全员, 全要素), not 全 of a place
      ['全市全程网办率为86.9%。', '86.9%', '全程网办率'],
      ['全员劳动生产率为18.6万元/人。', '18.6万元/人', '全员劳动生产率'],
      ['全要素生产率提高1.2%。', '1.2%', '全要素生产率'],
      // 园区 alone in a city's report is its parks together, kept in the name (新区 alone is the zone the text is about)
      ['# 株洲市经济运行\n\n园区规上工业增加值增长8.1%。', '8.1%', '园区规模以上工业增加值'],
      // a fund's balance over the years (累计结存) is not the year's (当期结存): 累计 stays
      ['当期结存18.57亿元，年末累计结存213.45亿元。', '213.45亿元', '累计结存'],
      ['年末基本医疗保险基金累计结存213.45亿元。', '213.45亿元', '医疗保险基金累计结存'],
      // the price level by its statistical name is the CPI
      ['1-10月，全市居民消费价格总水平同比上涨0.4%。', '0.4%', '居民消费价格'],
      // a sector counted in households is no value added: its share is of the count, not of the economy
      ['全年新设第一产业经营主体0.52万户，占新设总量的2.0%；第三产业21.70万户，占82.4%。', '21.70万户', '第三产业户数'],
      ['全年新设第一产业经营主体0.52万户，占新设总量的2.0%；第三产业21.70万户，占82.4%。', '82.4%', '第三产业户数'],
      ['第三产业1234亿元，占55.2%。', '55.2%', '服务业增加值占地区生产总值比重'],
      // 新设 alone names nothing: it goes on with what the sentence before had newly registered
      ['晋江市新设经营主体5.86万户，继续领跑全市。南安市新设3.74万户，紧随其后。', '3.74万户', '新设经营主体'],
      // the count of what was done, by its verb alone, is of what the figure before counted
      ['今年全市共组织申报高新技术企业1126家，申报数量同比增长14.7%。', '14.7%', '申报高新技术企业'],
      // 以旧换新 is a policy's name, not 以 + what was measured
      ['以旧换新累计带动销售额46.8亿元。', '46.8亿元', '以旧换新带动销售额'],
      // the words that framed a period name nothing once it is gone (进入第三季度后)
      ['上半年全市进出口增长12.7%，进入第三季度后增速比二季度加快6.8个百分点。', '6.8个百分点', '进出口总额'],
      // a clause saying which way a thing moved names the amount of the move after it
      ['职工养老保险参保人数342.8万人，比上年末净增6.6万人。城乡居民基本养老保险参保人数则继续下降，比上年末减少1.6万人。', '1.6万人', '居民养老保险参保人数'],
      ['与之相反，住宅用地供应收缩明显，同比减少14.2%，占比降至18.0%。', '14.2%', '住宅用地供应'],
      ['住宅用地供应明显收缩，同比减少14.2%。', '14.2%', '住宅用地供应'],
      // (反弹 is such a move; places listed before it are the places of the figures after 分别)
      ['高阳县、涞水县死亡人数出现反弹，分别增长50.0%和66.7%。', '66.7%', '死亡人数'],
      ['工矿商贸领域死亡人数出现反弹，同比增长12.5%。', '12.5%', '工矿商贸死亡人数'],
      // a rate and the place where it is highest (处置率最高的是安州区，为41.5%) name the figures after it
      ['全市闲置土地处置率为92.3%。分县（市、区）看，批而未供土地处置率最高的是安州区，为41.5%；三台县、江油市分别为36.2%和33.8%。', '41.5%', '批而未供土地处置率'],
      ['全市闲置土地处置率为92.3%。分县（市、区）看，批而未供土地处置率最高的是安州区，为41.5%；三台县、江油市分别为36.2%和33.8%。', '33.8%', '批而未供土地处置率'],
      // an amount written before what it is of, set as a goal (以完成317亿元交通投资为目标): 为目标 is no part of it
      ['2024年，建议以完成317亿元交通投资为目标，加快推进重大项目建设。', '317亿元', '交通运输固定资产投资'],
      ['力争以引进50个重点项目为重点，扩大有效投资。', '50个', '引进重点项目'],
      // a thing a cause struck (晚稻受…影响) names the bare measure after it
      ['分季看，早稻产量61.28万吨；晚稻受8月高温干旱影响，产量为68.26万吨。', '68.26万吨', '晚稻产量'],
      // what a rank or an amount is said to be like (与上年一样), or how it rose (抬升至), names nothing
      ['晋江与上年一样排在百强县第4位。', '第4位', '综合实力'],
      ['入围门槛已抬升至1032.6亿元。', '1032.6亿元', '入围门槛'],
      // funds set aside are named by what they are, not by the verb (安排资金 alone keeps it)
      ['今年我市安排市本级人才发展专项资金6.0亿元，比上年增长15.4%。', '6.0亿元', '市本级人才发展专项资金'],
      ['市本级统筹安排人才发展专项资金5.2亿元，比上年增长15.6%。', '5.2亿元', '市本级人才发展专项资金'],
      ['全年下达财政衔接推进乡村振兴补助资金9.86亿元。', '9.86亿元', '财政衔接推进乡村振兴补助资金'],
      // the day a figure was reached is when, not what
      ['受持续高温影响，7月31日全市最高用电负荷达到1058.3万千瓦。', '1058.3万千瓦', '最高用电负荷'],
      ['2024年7月31日最高用电负荷达到1058.3万千瓦。', '1058.3万千瓦', '最高用电负荷'],
      ['昆山连续20年蝉联百强县榜首。', '榜首', '综合实力'],
      // …or that it kept growing fast (继续保持高速增长), a name the lexicon does not know too
      ['1-9月，全省公路完成投资571.6亿元。水运投资继续保持高速增长，完成81.2亿元，同比增长19.7%。', '81.2亿元', '水运投资'],
      ['1-9月，全省公路完成投资571.6亿元。水运投资继续保持高速增长，完成81.2亿元，同比增长19.7%。', '19.7%', '水运投资'],
      ['全区民间投资保持两位数增长，完成126.4亿元。', '126.4亿元', '民间投资'],
      // what was raised, not the figure before it
      ['年末全市城乡低保对象为7.12万人，城乡低保标准自7月1日起统一上调，增幅为8.3%。', '8.3%', '低保标准'],
      ['年末全市城乡低保对象为7.12万人，城乡低保标准统一上调，增幅为8.3%。', '8.3%', '低保标准'],
      // …quarter by quarter (逐季攀升), in the whole place (全区)
      ['从全年走势看，全区实际利用外资逐季攀升，上半年完成0.92亿美元，前三季度累计1.38亿美元。', '0.92亿美元', '实际利用外资'],
      ['从全年走势看，全区实际利用外资逐季攀升，上半年完成0.92亿美元，前三季度累计1.38亿美元。', '1.38亿美元', '实际利用外资'],
      // an indicator that opens a sentence on its course (仍在下行区间) names the rate after it
      ['房地产开发投资仍在下行区间，同比下降15.3%。', '15.3%', '房地产开发投资'],
      // how a thing fares, in the clause before its rate, names it
      ['全年新设经营主体26.35万户，同比增长5.8%。新设企业增势更为强劲，增长11.6%。', '11.6%', '新设企业'],
      // a paragraph breaking the section's figure down by place goes on with its name (分县（市、区）看 too)
      ['## 一、水利投资\n\n1—9月，全市完成水利投资72.68亿元。\n\n资金结构上，中央和省级资金占到位资金的41.1%。\n\n分县（市、区）看，监利市完成13.05亿元。', '13.05亿元', '水利投资'],
      // items a lead-in announces, one a paragraph, go on with its indicator (and a target's share reached is its)
      ['## 二、各县（市、区）收入\n\n1-9月，各县（市、区）一般公共预算收入完成情况如下：\n\n枣阳市完成18.64亿元，增长7.8%；\n\n襄州区完成15.27亿元，增长6.9%，完成年度预算的76.4%。', '6.9%', '一般公共预算收入'],
      ['## 二、各县（市、区）收入\n\n1-9月，各县（市、区）一般公共预算收入完成情况如下：\n\n枣阳市完成18.64亿元，增长7.8%；\n\n襄州区完成15.27亿元，增长6.9%，完成年度预算的76.4%。', '76.4%', '一般公共预算收入预算完成率'],
      // (…until an item ends the list)
      ['# 财政\n\n各县（市、区）一般公共预算收入完成情况如下：\n\n枣阳市完成18.64亿元。\n\n襄州区增长6.9%。', '6.9%', '地区生产总值'],
      // a view on what grew names the places' rates after it
      ['从用电增速看，射阳县增长11.6%居全市首位。', '11.6%', '用电量'],
      // …and a view of an amount (从X总量看, 从X量看, 从X融资看) names the places' amounts, even one by 以
      ['从知识产权质押融资看，温岭市以31.5亿元居全市首位，同比增长33.9%；黄岩区、椒江区分别为24.8亿元和22.6亿元。', '31.5亿元', '知识产权质押融资'],
      ['从知识产权质押融资看，温岭市以31.5亿元居全市首位，同比增长33.9%；黄岩区、椒江区分别为24.8亿元和22.6亿元。', '22.6亿元', '知识产权质押融资'],
      // (a view of no amount leaves a place's figure by 以 its economy's)
      ['从全年看，宁海以7.3%的增速居全市首位。', '7.3%', '地区生产总值'],
      ['从专利授权总量看，温岭市6418件，居全市第一位；临海市5206件，居第二位。', '5206件', '专利授权'],
      ['从发明专利授权量看，1—9月椒江区906件，同比增长28.7%，居全市第一位。', '28.7%', '发明专利授权量'],
      // …and so does one opening on a view of its growth or size
      ['## 三、区县发展各具特色\n\n东港区体育产业增加值15.2亿元，占全市的32.8%。\n\n从增速看，山海天旅游度假区增长16.5%，岚山区增长10.9%。', '10.9%', '体育产业增加值'],
      ['## 三、区县发展\n\n全市地区生产总值增长5.6%。\n\n从增速看，岚山区增长10.9%。', '10.9%', '地区生产总值'],
      // a paragraph going through the periods of the one before's figure goes on with its name
      ['前三季度，全市新设经营主体19.13万户，同比增长5.2%。\n\n从季度走势看，上半年累计增速为4.7%；三季度当季增长6.4%。', '4.7%', '新设经营主体'],
      // …the section's headline, not the last figure named before
      ['前三季度，全市新设经营主体19.13万户，同比增长5.2%。新设个体工商户增速为2.6%。\n\n从季度走势看，上半年累计增速为4.7%。', '4.7%', '新设经营主体'],
      // trade with partners, however written: 对X的进出口, one-character partners, a list sharing the last item's flow
      ['对非洲和东盟的进出口分别增长35.2%和21.5%。', '35.2%', '非洲进出口'],
      ['对非洲和东盟的进出口分别增长35.2%和21.5%。', '21.5%', '东盟进出口'],
      ['对非洲、东盟进出口分别增长35.2%和21.5%。', '35.2%', '非洲进出口'],
      ['对美出口增长4.1%。', '4.1%', '美国出口'],
      ['机电产品和高新技术产品出口分别增长8.2%和11.6%。', '8.2%', '机电产品出口'],
      // (the flows themselves stay the flows)
      ['出口、进口分别增长3%和4%。', '4%', '进口总额'],
    ];
    for (const [text, figure, name] of rows) it(`${text} ${figure} → ${name}`, () => assert.equal(claimAt(text, figure).indicator.name, name));
    it('a rank after 分别排在 is one claim, not one per listed name', () => {
      const claims = claimsOf('山钢集团、山东港口集团分别排在第八、第十位。');
      assert.deepEqual(claims.map((c) => `${c.text} ${c.indicator.name}`), ['第八 山钢集团', '第十位 山东港口集团']);
    });
  });

  describe('a school level a clause opens on names the roster after it, in its paragraph, written one way: [paragraph, figure, indicator]', () => {
    const rows: [string, string, string][] = [
      ['初中118所，比上年增加2所。招生4.26万人，比上年增长1.9%；在校生12.47万人，比上年增长4.7%。', '4.7%', '初中在校生'],
      ['初中118所，比上年增加2所。招生4.26万人，比上年增长1.9%；在校生12.47万人，比上年增长4.7%。', '4.26万人', '初中招生'],
      ['初中118所。专任教师中本科及以上学历比例为93.8%，比上年提高1.4个百分点。', '1.4个百分点', '本科及以上学历占初中专任教师比重'],
      ['初中118所。专任教师中具有本科及以上学历的比例为93.8%。', '93.8%', '本科及以上学历占初中专任教师比重'],
      ['全年普通高中招生2.71万人，比上年增长3.3%；在校生7.86万人，比上年增长5.8%。', '5.8%', '普通高中在校生'],
      // a later clause's level takes over
      ['普通高中在校生7.86万人；中等职业学校在校生4.32万人，毕业生1.38万人。', '1.38万人', '中职毕业生'],
      // one level however written
      ['中等职业学校27所。毕业生1.38万人，毕业生就业（升学）率为97.2%。', '97.2%', '中职毕业生就业率'],
      ['中职毕业生就业（升学）率保持在97.2%。', '97.2%', '中职毕业生就业率'],
      // (高中阶段 spans 普通高中 and 中职: no level of its own)
      ['高中阶段在校生15.1万人。', '15.1万人', '高中阶段在校生'],
      // the paragraph ends the level
      ['初中118所。\n\n在校生63.07万人，比上年增长1.6%。', '1.6%', '在校生'],
      // a level listed with others opens no roster
      ['小学、初中在校生分别增长2.9%和4.7%。招生4.26万人。', '4.26万人', '招生'],
    ];
    for (const [text, figure, name] of rows) it(`${text.replace(/\n/g, '⏎')} ${figure} → ${name}`, () => assert.equal(claimAt(text, figure).indicator.name, name));
  });

  describe('an unknown name is written one way: 的 before its last word, 对象 for the people covered, no 各类, 实有 or 总数: [sentence, figure, indicator]', () => {
    const rows: [string, string, string][] = [
      ['全年新增各类经营主体26.35万户。', '26.35万户', '新增经营主体'],
      ['全市实有经营主体168.42万户。', '168.42万户', '经营主体'],
      ['全市经营主体总数达到168.42万户。', '168.42万户', '经营主体'],
      // (a known name keeps its own form)
      ['全市实有床位5.2万张。', '5.2万张', '医疗卫生机构床位数'],
      ['专任教师中本科及以上学历的比例达到93.8%。', '93.8%', '本科及以上学历占专任教师比重'],
      ['初中专任教师中本科及以上学历的比例达到93.8%。', '93.8%', '本科及以上学历占初中专任教师比重'],
      ['普通高中专任教师中研究生学历比例为18.2%。', '18.2%', '研究生学历占普通高中专任教师比重'],
      // A verb alone after amounts (上半年发放…) goes on with the last amount of the verb, listed or not.
      ['全市发放城镇住房保障家庭租赁补贴1.2亿元。\n\n1-9月，全市发放个人住房贷款4.02万笔、218.37亿元。其中，上半年发放139.11亿元，同比增长11.6%。', '139.11亿元', '发放个人住房贷款'],
      // A contribution whose clause opens on 对 is of what the clause before spoke of.
      ['从拉动力量看，第二产业是经济增长的主引擎，对全县经济增长的贡献率达到47.2%。', '47.2%', '第二产业对经济增长贡献率'],
      // An amount put against a whole (相当于…的) is its share; 该行业 is the industry just named.
      ['全市数字经济规模达到6080亿元，相当于全市地区生产总值的47.0%。', '47.0%', '数字经济占全市地区生产总值比重'],
      ['全年旅游总收入为805.7亿元，规模相当于全市地区生产总值的75.7%。', '75.7%', '旅游总收入占全市地区生产总值比重'],
      ['光伏年发电量相当于节约标准煤12万吨。', '12万吨', '光伏年发电量相当于节约标准煤'],
      ['规上电子信息制造业增加值增速比全市规上工业快4.9个百分点；今年前三季度，该行业增加值增速提升至13.8%。', '13.8%', '规模以上电子信息制造业增加值'],
      // The weather's terms: a year's 年平均气温 is its 平均气温, a place's 平均降水量 its 降水量.
      ['全市年平均气温19.1℃，比常年偏高0.9℃。', '19.1℃', '平均气温'],
      ['全年降水量仅1452.6毫米。', '1452.6毫米', '降水量'],
      ['全市平均降水量862.7毫米。', '862.7毫米', '降水量'],
      ['年日照时数1912.4小时。', '1912.4小时', '日照时数'],
      ['全市平均高温日数48.2天。', '48.2天', '高温日数'],
      // a section named after an indicator breaks it down
      ['# 江西\n\n## 六、一般公共预算收入：上饶增速领先\n\n从增速看，上饶市增长10.1%，居全省首位；吉安市增长9.8%，居第二。', '第二', '一般公共预算收入'],
      // …and so does a view that names part of it (从投资总量看 in a section on 交通运输固定资产投资)
      ['## 一、交通运输固定资产投资\n\n全年全省完成交通运输固定资产投资1136.5亿元。\n\n从投资总量看，赣州市完成198.6亿元，同比增长8.6%，占全省交通投资的17.5%，居全省第一位；上饶市完成156.3亿元，同比增长11.2%。', '198.6亿元', '交通运输固定资产投资'],
      ['## 一、交通运输固定资产投资\n\n全年全省完成交通运输固定资产投资1136.5亿元。\n\n从投资总量看，赣州市完成198.6亿元，同比增长8.6%，占全省交通投资的17.5%，居全省第一位；上饶市完成156.3亿元，同比增长11.2%。', '156.3亿元', '交通运输固定资产投资'],
      ['## 一、交通运输固定资产投资\n\n全年全省完成交通运输固定资产投资1136.5亿元。\n\n从投资总量看，赣州市完成198.6亿元，同比增长8.6%，占全省交通投资的17.5%，居全省第一位；上饶市完成156.3亿元，同比增长11.2%。', '11.2%', '交通运输固定资产投资'],
      // a rank after a share, then a place's bare amount: the amount goes back past the share
      ['赣州市完成交通投资198.6亿元，占全省的17.5%，居全省第一位；上饶市完成156.3亿元，居第二位。', '156.3亿元', '交通运输固定资产投资'],
      // under an opening on growth a rank is by growth, of what a share before was of
      ['# 江西前三季度\n\n南昌市总量继续领跑，地区生产总值占全省的比重为22.7%。\n增速方面，吉安比上半年前移两位，跃居全省第一，赣州、上饶分别列第二和第四。', '第四', '地区生产总值'],
      // one place's figure is the indicator's, not its group's (the group's sum keeps the group)
      ['# 常州市2023年预算执行\n\n各辖市区一般公共预算收入合计570.67亿元，增长7.1%。其中，武进区198.36亿元，增长6.1%。', '198.36亿元', '一般公共预算收入'],
      ['# 常州市2023年预算执行\n\n各辖市区一般公共预算收入合计570.67亿元，增长7.1%。其中，武进区198.36亿元，增长6.1%。', '570.67亿元', '各辖市区一般公共预算收入'],
      // an opening 在…上 names what the figures after it measure
      ['在创业担保贷款发放上，于都县以6.35亿元居全市第1位，宁都县以5.12亿元居第2位。', '5.12亿元', '发放创业担保贷款'],
      // the amount a problem involves is named by the problem
      ['部门预算执行审计发现，一些部门违规发放津贴补贴，涉及金额321.6万元。', '321.6万元', '部门违规发放津贴补贴'],
      ['审计发现，6个部门违规发放津贴补贴312.6万元。', '312.6万元', '部门违规发放津贴补贴'],
      // a base compared with (与上年末相比) is no part of the name
      ['截至年末，城镇登记失业率为2.86%，与上年末相比回落0.12个百分点。', '0.12个百分点', '城镇登记失业率'],
      // what was paid out, however the verb stands
      ['全年发放创业担保贷款52.7亿元，比上年增长11.8%。', '52.7亿元', '发放创业担保贷款'],
      ['全年创业担保贷款发放额为52.7亿元，增速达18.1%。', '18.1%', '发放创业担保贷款'],
      ['全年创业担保贷款发放总额52.7亿元。', '52.7亿元', '发放创业担保贷款'],
      // how much of what was just named (日数之多, 暖的程度) is no name of its own
      ['全市平均高温日数较常年多了14.6天，日数之多列历史第二位。', '第二位', '高温日数'],
      ['全市平均气温19.1℃，暖的程度仅次于2022年，列有完整气象记录以来第二位。', '第二位', '平均气温'],
      // The housing provident fund's terms: 归集 = 缴存, 个贷率 = 个人住房贷款率; a share written 比率.
      ['全年归集住房公积金582.47亿元，增长8.6%。', '582.47亿元', '住房公积金缴存额'],
      ['全年缴存额582.47亿元，比上年增长8.6%。', '8.6%', '住房公积金缴存额'],
      ['年末个贷率为85.18%。', '85.18%', '个人住房贷款率'],
      ['提取额占当年缴存额的比率为73.64%。', '73.64%', '住房公积金提取额占住房公积金缴存额比重'],
      // A firm or a park a sentence opens on owns the figures of its later clauses, until one names its own.
      ['园区全年新签约亿元以上项目19个，协议投资额达到152.6亿元。', '152.6亿元', '园区协议投资'],
      ['拓普集团全年实现营业收入100.2亿元，净利润20.1亿元。', '20.1亿元', '拓普集团净利润'],
      ['景区全年接待游客120万人次，门票收入达到1.2亿元，全县旅游收入增长10%。', '1.2亿元', '景区门票收入'],
      ['景区全年接待游客120万人次，门票收入达到1.2亿元，全县旅游收入增长10%。', '10%', '旅游总收入'],
      ['园区实缴税金总额186.7亿元，增长6.3%，其中税收收入152.4亿元，增长5.8%。', '5.8%', '园区税收收入'],
      ['全年全市园区新签约亿元以上项目412个，合同投资额2385.6亿元，分别增长8.1%和13.5%。', '13.5%', '园区合同投资'],
      // …the place its own name holds (宜昌 of 宜昌产业投资集团) is the sentence's, no place of a later clause's own…
      ['宜昌产业投资集团1-9月实现营业收入289.4亿元，同比增长14.7%；实现利润总额6.97亿元，增长21.3%。', '6.97亿元', '产业投资集团利润总额'],
      ['拓普集团营业收入120.5亿元，宁波市规上工业增加值增长6.1%。', '6.1%', '规模以上工业增加值'],
      // …and a paragraph's label naming only a firm or a park owns the figures of the paragraph.
      ['（一）宜昌产业投资集团。1-9月实现利润总额6.97亿元，增长21.3%。9月末资产负债率为61.2%。', '61.2%', '产业投资集团资产负债率'],
      ['3. 城发集团：全年实现营业收入316.2亿元，增长6.9%。', '6.9%', '城发集团营业收入'],
      ['二、重点企业。全年市属企业实现营业收入1163.8亿元。', '1163.8亿元', '市属企业营业收入'],
      // A share named by what it is of, 比例 (比重) after it or 占比: one name; 的 inside a name joins only.
      ['全市经常参加体育锻炼人口比例达到43.6%。', '43.6%', '经常参加体育锻炼人口'],
      ['经常参加体育锻炼的人口占比提升至43.6%。', '43.6%', '经常参加体育锻炼人口'],
      ['城镇人口比重为71.2%。', '71.2%', '城镇人口'],
      ['居民的人均可支配收入52680元。', '52680元', '居民人均可支配收入'],
      ['享受重度残疾人护理补贴的人数增长4.3%。', '4.3%', '享受重度残疾人护理补贴人数'],
      ['享受重度残疾人护理补贴的对象4.95万人。', '4.95万人', '享受重度残疾人护理补贴人数'],
      ['享受重度残疾人护理补贴对象4.95万人。', '4.95万人', '享受重度残疾人护理补贴人数'],
      ['特困供养对象1.2万人。', '1.2万人', '特困供养人数'],
    ];
    for (const [text, figure, name] of rows) it(`${text} ${figure} → ${name}`, () => assert.equal(claimAt(text, figure).indicator.name, name));
  });

  describe('an amount after 增加/减少 is a change, not the level: [sentence, figure, phase]', () => {
    const rows: [string, string, string | undefined][] = [
      ['年末全市常住人口为954.4万人，比上年末增加12.4万人。', '954.4万人', undefined],
      ['年末全市常住人口为954.4万人，比上年末增加12.4万人。', '12.4万人', 'change'],
      ['粮食播种面积146.2万亩，比上年减少了3.5万亩。', '3.5万亩', 'change'],
      // an amount after 高于 a base, or 比 a base 多出, is how far the level is above it
      ['全市每千人拥有企业44.5户，比上年末增加4.1户，高于全省平均水平2.3户。', '2.3户', 'change'],
      ['每千人拥有企业数达到44.5户，比全省平均水平多出3.2户。', '3.2户', 'change'],
      // (高于全省的4.5万元 is the base's level, not how far above it)
      ['全市城镇居民人均可支配收入5.6万元，高于全省的4.5万元。', '4.5万元', undefined],
      ['今年500强入围门槛275.78亿元，比上年提高21.11亿元。', '21.11亿元', 'change'],
      ['全年粮食作物播种面积8725.6万亩，比上年扩大64.3万亩。', '64.3万亩', 'change'],
      ['耕地撂荒面积比上年缩小2.1万亩。', '2.1万亩', 'change'],
      // a span of time shortened or lengthened (缩短0.4天) is a change, and the verb is no part of the name
      ['医院平均住院日8.2天，比上年缩短0.4天。', '0.4天', 'change'],
      ['平均住院日缩短0.4天，降至8.0天。', '0.4天', 'change'],
      // the second of 分别增加x和y is a change too
      ['佛山、东莞分别增加8.34万人和6.16万人。', '6.16万人', 'change'],
      ['全年城镇新增就业27.6万人。', '27.6万人', undefined],
      ['高新技术企业净增1700家、总数达到1.3万家。', '1700家', 'change'],
      ['全年常住人口净增超17万人。', '17万人', 'change'],
      ['全年粮食产量2119.16万吨，比上年增产305.7万吨。', '305.7万吨', 'change'],
      // an amount by which one place exceeds another is no level either
      ['昆明2023年GDP为7864.76亿元，比贵阳多出约2710亿元。', '2710亿元', 'change'],
      // 从 inside a place's name (从化区) is no from-figure
      ['增城区、从化区、花都区地区生产总值分别增长6.1%、5.3%、4.9%。', '5.3%', undefined],
      // a from-figure with a period of its own is that period's level; without one it is only the start
      ['地区生产总值由2019年的827.3亿元增加到2024年的1186.5亿元。', '827.3亿元', undefined],
      ['增速从1—5月的9.1%到上半年的9.6%。', '9.1%', undefined],
      ['高新技术企业由1200家增加到1800家。', '1200家', 'from'],
      ['高新技术企业净增1700家、总数达到1.3万家。', '1.3万家', undefined],
      ['高新技术企业由1200家增加到1800家。', '1800家', 'to'],
      // a level set anew (调整为) is reached as one raised to
      ['二类区域由1970元调整为2140元，三类区域由1870元调整为2000元。', '1870元', 'from'],
      ['二类区域由1970元调整为2140元，三类区域由1870元调整为2000元。', '2000元', 'to'],
      // 累计 over years is a running total; 累计 over the year so far is the year's figure
      ['力争到2025年底，全市累计改造城镇老旧小区超过1500个。', '1500个', 'cumulative'],
      ['截至2024年底，全市累计发放房票4.1万张。', '4.1万张', 'cumulative'],
      ['截至年底累计发放房票4.1万张。', '4.1万张', 'cumulative'],
      ['“十四五”以来，单位GDP能耗累计下降10.8%。', '10.8%', 'cumulative'],
      ['五年来累计新增城镇就业52.3万人。', '52.3万人', 'cumulative'],
      ['今年以来，全市累计完成固定资产投资1208亿元。', '1208亿元', undefined],
      ['1—9月，全市累计实现进出口总额3542.6亿元。', '3542.6亿元', undefined],
      ['2025年，新开工改造城镇老旧小区350个。', '350个', undefined],
    ];
    for (const [text, figure, phase] of rows) it(`${text} ${figure} → ${phase ?? 'level'}`, () => assert.equal(claimAt(text, figure).phase, phase));
  });

  it('重庆、济南均增长6.1%，并列第四: the tied rank is each place\'s', () => {
    const tied = claimsOf('郑州以7.4%的增速领跑；重庆、济南均增长6.1%，并列第四。').filter((c) => c.text === '第四');
    assert.deepEqual(tied.map((c) => c.region), ['重庆市', '济南市']);
  });

  describe('sentences that list places and figures: [sentence, figure, measure, region, scope]', () => {
    const rows: [string, string, string, string, string | undefined][] = [
      // a county's economic strength ranked in the country is its place among the top counties
      ['其中，江阴县域经济基本竞争力已连续21年位列全国第三。', '第三', 'rank', '江阴市', '百强县'],
      ['江阴经济总量居全国第八。', '第八', 'rank', '江阴市', '全国|'],
      // places named after 的是 share out the figures 分别 gives in the next clause
      ['死亡人数降幅居前三位的是信丰县、于都县和南康区，分别下降33.3%、28.6%和25.0%。', '28.6%', 'growth', '于都县', undefined],
      // 我市 before a rank is the place ranked, in an evaluation ranked by its own score
      ['# 赣州市应急管理局2023年工作总结\n\n在全省设区市安全生产目标管理考核中，我市位列第二。', '第二', 'rank', '赣州市', '全省|设区市安全生产目标管理考核'],
      // an airport's figure ranked in the country is ranked among the country's airports
      ['郑州机场货邮吞吐量82.5万吨，居全国第五位。', '第五位', 'rank', '郑州市', '机场'],
      // cities a list names by their old towns (大理古城、丽江古城) pair with the figures in order
      ['春节假期，大理古城、丽江古城分别接待游客158.73万人次和126.34万人次。', '126.34万人次', 'value', '丽江市', undefined],
      // towns listed by their names alone, then counted (两镇), pair with the figures in order
      ['内官营镇种植规模居全区各乡镇之首，巉口、鲁家沟两镇种植面积分别为7.9万亩和8.2万亩。', '8.2万亩', 'value', '鲁家沟镇', undefined],
      // 依次 distributes the ranks like 分居
      ['上海、苏州、杭州、南京GDP分别为47218.7亿元、24653.4亿元、20095亿元、17421.4亿元，依次排在全国城市第1、第6、第8、第10位。', '第8', 'rank', '杭州市', '城市'],
      // under 增速方面, a bare rate (均为4.6%) is a growth
      ['4. 增速方面，常州增长6.8%，居八城首位；杭州、宁波分别为5.5%和5.6%；苏州、南京均为4.6%。', '4.6%', 'growth', '苏州市', undefined],
      // 全国GDP前十城市 is a field, not the country's figure
      ['苏州增长6.1%，在全国GDP前十城市中增速排名第一，高于全国1.3个百分点。', '第一', 'rank', '苏州市', '前十城市'],
      // a field's size after a place is no figure; the class's count and measure are not its field
      ['合肥增长5.8%，增速在长三角9个万亿城市中排第三位。', '第三位', 'rank', '合肥市', '长江三角洲地区|万亿城市'],
      ['合肥全市增速在长三角9个GDP万亿元城市中居第四位。', '第四位', 'rank', '合肥市', '长江三角洲地区|万亿城市'],
      ['2024年上半年，江苏旅客吞吐量2761.5万人次，在华东七省市中居第四位。', '第四位', 'rank', '江苏省', '华东地区|七省市'],
      ['2024年，江苏旅客吞吐量2761.5万人次，在长三角41城中居第四位。', '第四位', 'rank', '江苏省', '长江三角洲地区|41城'],
      // a city's short name that is also a word (日照) before 港 is the city whose port it is
      ['2024年日照港完成货物吞吐量6.12亿吨。', '6.12亿吨', 'value', '日照市', undefined],
      // places of the clause before, then what they are measured by and 分别: the list's places
      ['乡镇（街道）中，唐江镇以111.4%的到位资金完成率居首位，凤岗镇、蓉江街道紧随其后，完成率分别为110.0%和105.0%。', '105.0%', 'share', '蓉江街道', undefined],
      // what a field is ranked by, after it (万亿城市增速第一), is the basis, not the field
      ['2024年常州GDP增长6.1%，与合肥并列万亿城市增速第一。', '第一', 'rank', '常州市', '万亿城市'],
      // a conjunction (而) or a group picked from (十强中) does not hide the place after it
      ['重庆以5.7%的增速再度反超，而广州由上年增长4.6%回落至2.1%。', '2.1%', 'growth', '广州市', undefined],
      ['2023年，十强中广州居第四、重庆居第五。', '第五', 'rank', '重庆市', undefined],
      // the words after a rank of one list are the next rank's field when they name one, not when they name a place
      ['1—6月，江西规上工业增加值增长7.5%，居全国第8位、中部六省第2位。', '第2位', 'rank', '江西省', '中部六省'],
      ['厦门港集装箱吞吐量1255.4万标箱，全球排名第十四、全国沿海港口排名第六。', '第六', 'rank', '厦门市', '沿海港口'],
      ['在全国百强县榜单中，贵州仁怀市居第38位、盘州市居第91位。', '第91位', 'rank', '盘州市', '百强县'],
      // 后移至 is one too
      ['省会南昌较1—5月回落0.3个百分点，位次后移至第4位。', '第4位', 'rank', '南昌市', undefined],
      // the period a course of ranks starts from (由上半年的第4位) is no field; 在全省的位次 is the field 全省
      ['景德镇市规上文化企业营业收入同比增长9.6%，增速在全省的位次由上半年的第4位前移至第3位。', '第3位', 'rank', '景德镇市', '江西省|辖区'],
      ['景德镇市规上文化企业营业收入同比增长9.6%，增速在全省的位次由上半年的第4位前移至第3位。', '第4位', 'rank', '景德镇市', '江西省|辖区'],
      ['景德镇市规上文化企业营业收入同比增长9.6%，增速在全省的位次前移至第3位。', '第3位', 'rank', '景德镇市', '江西省|辖区'],
      // 挤进 is one too: the words before it name no indicator
      ['湘阴县首次挤进全省县域经济前十。', '前十', 'rank', '湘阴县', '全省|县域经济'],
      // 屈居 is a rank's cue
      ['杭州居长三角城市第二位，苏州屈居第三。', '第三', 'rank', '苏州市', '长江三角洲地区|城市'],
      // places counted (三市) after their list go to a 分别 list's figures in the listed order
      ['仙桃、潜江、天门是湖北三个省直管市。2023年，三市地区生产总值分别为1068.36亿元、928.63亿元、783.52亿元。', '928.63亿元', 'value', '潜江市', undefined],
      // a count of places of a class is the province's, not the place named before it
      ['仙桃GDP为1068.36亿元，大冶达到1012.47亿元；GDP超过五百亿元的县市达到24个。', '24个', 'value', '湖北省', undefined],
      // the places' city before a 分别 list (台州的温岭市、玉环市) is no item of it
      ['其中，台州的温岭市、玉环市、临海市分别列第26位、第54位、第60位。', '第54位', 'rank', '玉环市', undefined],
      // a list marker (9.) before the places of a 分别 list
      ['9. 无锡、合肥分别增长5.8%和5.9%。', '5.9%', 'growth', '合肥市', undefined],
      // a view on size after the period (2023年，从总量看) names the economy's size, ranked by its value
      ['2023年，从总量看，青岛、烟台继续分居全省第一、第三位。', '第三位', 'rank', '烟台市', '山东省|辖区'],
      // after a label's colon a new clause begins: its place is the subject
      ['# 宁波\n\n临港和城区相对偏弱：北仑增长5.0%，江北增长5.2%。', '5.0%', 'growth', '北仑区', undefined],
      // the place a figure's words modify (…首位的无锡) is the figure's, and the subject of what follows
      ['# 合肥\n\n合肥人均GDP为130074元。同期，人均GDP居万亿城市首位的无锡达到20.63万元。', '首位', 'rank', '无锡市', '万亿城市'],
      ['# 合肥\n\n合肥人均GDP为130074元。同期，人均GDP居万亿城市首位的无锡达到20.63万元。', '20.63万元', 'value', '无锡市', undefined],
      ['# 合肥\n\n合肥人均GDP约13万元，与人均20.63万元、居万亿城市首位的无锡相去甚远，也明显低于深圳的19.25万元。', '20.63万元', 'value', '无锡市', undefined],
      // a place compared with after a rank: the figure is that place's, measured as the last amount
      ['# 合肥\n\n合肥人均GDP约13万元，与人均20.63万元、居万亿城市首位的无锡相去甚远，也明显低于深圳的19.25万元。', '19.25万元', 'value', '深圳市', undefined],
      // a rank tied (并列第四) after places that share a figure is each place's
      ['郑州以7.4%的增速领跑；重庆、济南均增长6.1%，并列第四。', '第四', 'rank', '重庆市', undefined],
      // words that qualify listed places (新晋万亿的常州、烟台) do not hide the list
      ['新晋万亿的常州、烟台去年分别增长6.2%和6.8%。', '6.8%', 'growth', '烟台市', undefined],
      // a place that opens its clause on 排名 is the one ranked
      ['# 海南旅游\n\n在携程发布的国庆假期热门目的地榜单中，三亚排名第六位。', '第六位', 'rank', '三亚市', '热门目的地'],
      ['# 海南旅游\n\n据统计，三亚市排名第六。', '第六', 'rank', '三亚市', undefined],
      // 在全市排第二: the whole a rank is in is no subject
      ['# 宁波\n\n上半年社零总额2563.8亿元；象山社零增速7.0%，在全市排第二。', '第二', 'rank', '象山县', '宁波市|辖区'],
      // a county in 全省 is among the province's counties; 连续三个季度 says how long, not what
      ['# 宁波\n\n象山增长6.9%，列全省第17位。', '第17位', 'rank', '象山县', '浙江省|辖区'],
      ['# 宁波\n\n宁海县增长7.1%，增速连续三个季度居全市首位。', '首位', 'rank', '宁海县', '宁波市|辖区'],
      // an amount in yuan under 从体量看 is the economy's size
      ['# 宁波\n\n从体量看，鄞州（1562.4亿元）、北仑（1481.7亿元）稳居前二。', '1481.7亿元', 'value', '北仑区', undefined],
      // a place's own figure by 以 (宁海以7.3%的增速…, 鄞州以2398.6亿元…) is its economy's
      ['# 宁波\n\n从速度看，宁海以7.3%的增速居全市首位。', '7.3%', 'growth', '宁海县', undefined],
      ['# 宁波\n\n从总量看，鄞州以2398.6亿元稳坐头把交椅。', '2398.6亿元', 'value', '鄞州区', undefined],
      // a list marker (5.) before the subject
      ['5. 合肥占安徽经济总量的26.9%。', '26.9%', 'share', '合肥市', undefined],
    ];
    for (const [text, figure, measure, region, scope] of rows) {
      it(`${text} ${figure} → ${measure} ${region} ${scope ?? ''}`, () => {
        const c = claimAt(text, figure);
        assert.deepEqual([c.measure, c.region, c.scope], [measure, region, scope]);
      });
    }
  });

  /** One test per row: the figure's period is that year (this year as '') and part. */
  function periodRows(rows: [string, string, string, string][]): void {
    for (const [text, figure, year, part] of rows) {
      it(`${text} ${figure} → ${year}/${part}`, () => {
        const p = claimAt(text, figure).period;
        assert.deepEqual([p?.year.replace(/^Y0$/, ''), p?.part], [year, part]);
      });
    }
  }

  describe('periods listed before 分别 go to the figures in order: [sentence, figure, year, part]', () => {
    const rows: [string, string, string, string][] = [
      ['一季度、上半年全省GDP分别增长4.8%和4.9%。', '4.8%', '', 'M1-3'],
      ['一季度、上半年全省GDP分别增长4.8%和4.9%。', '4.9%', '', 'M1-6'],
      // a second 分别 list in the sentence goes over the same periods
      ['第一季度、第二季度和第三季度分别完成旅客吞吐量1089.5万人次、1158.6万人次和1324.7万人次，同比分别增长12.8%、14.9%和17.3%。', '12.8%', '', 'M1-3'],
      ['第一季度、第二季度和第三季度分别完成旅客吞吐量1089.5万人次、1158.6万人次和1324.7万人次，同比分别增长12.8%、14.9%和17.3%。', '14.9%', '', 'Q2'],
      ['2022年、2023年余姚GDP分别为1400亿元和1500亿元。', '1400亿元', '2022', 'FY'],
      ['2022年、2023年余姚GDP分别为1400亿元和1500亿元。', '1500亿元', '2023', 'FY'],
      // quarters listed with one 季度 (二、三季度)
      ['二、三季度分别增长2.2%和2.3%。', '2.2%', '', 'Q2'],
      ['二、三季度分别增长2.2%和2.3%。', '2.3%', '', 'Q3'],
      ['一、二季度分别增长1.2%和2.2%。', '1.2%', '', 'M1-3'],
      ['2024年三、四季度分别增长2.3%和3.1%。', '3.1%', '2024', 'Q4'],
      // a base written with its own figure (比去年底的390.6万千瓦) is in that figure's period
      ['2024年上半年，新型储能装机562.3万千瓦，比去年底的390.6万千瓦增长44.0%。', '390.6万千瓦', 'Y-1', 'FY'],
      ['2024年上半年，新型储能装机562.3万千瓦，比去年底的390.6万千瓦增长44.0%。', '44.0%', '2024', 'M1-6'],
      // (较上半年16.9%的增速: so is a rate written straight after its period, and the figures after keep theirs)
      ['2024年前三季度，全市规模以上工业增加值增长8.2%，较上半年16.9%的增速回落8.7个百分点。', '16.9%', '2024', 'M1-6'],
      ['2024年前三季度，全市规模以上工业增加值增长8.2%，较上半年16.9%的增速回落8.7个百分点。', '8.7个百分点', '2024', 'M1-9'],
      ['前三季度规上工业增加值增长8.0%，与一季度的7.3%相比提高0.7个百分点。', '7.3%', '', 'M1-3'],
      // 2023年全年 is one period, after another year in the sentence
      ['今年班列开行10125列；2023年全年为9580列，比上年增长8.6%。', '9580列', '2023', 'FY'],
      // (a section number before a period is no quarter)
      ['## 二、2024年前三季度：增速格局\n\n苏州增长6.1%。', '6.1%', '2024', 'M1-9'],
      // a year before 同期 is its part of the year spoken of last, in the sentence or before it
      ['2024年上半年，全市城市更新完成投资158.7亿元。去年同期全市完成投资146.3亿元。', '146.3亿元', 'Y-1', 'M1-6'],
      ['2024年前三季度，全市完成投资238.6亿元，2023年同期为215.4亿元。', '215.4亿元', '2023', 'M1-9'],
      // (with no part spoken of, the year stays whole)
      ['去年同期全市完成投资146.3亿元。', '146.3亿元', 'Y-1', 'FY'],
    ];
    periodRows(rows);
  });

  describe('the period of a figure started from or compared with is that figure’s alone: [sentence, figure, year, part]', () => {
    const rows: [string, string, string, string][] = [
      ['2023年，厦门港集装箱吞吐量由2019年的1112.2万标箱增加到1255.4万标箱。', '1112.2万标箱', '2019', 'FY'],
      ['2023年，厦门港集装箱吞吐量由2019年的1112.2万标箱增加到1255.4万标箱。', '1255.4万标箱', '2023', 'FY'],
      // …and with no year of its own the figure reached is the heading's, not the start's
      ['# 2023年浙江省电子商务综述\n\n全省网络零售额由2022年的25286.5亿元增加到27233.6亿元。', '27233.6亿元', '2023', 'FY'],
      ['# 2023年浙江省电子商务综述\n\n全省网络零售额由2022年的25286.5亿元增加到27233.6亿元。', '25286.5亿元', '2022', 'FY'],
      ['前三季度，山东生猪出栏量已超过黑龙江2023年全年的2395.6万头；禽肉产量增长7.5%。', '2395.6万头', '2023', 'FY'],
      ['前三季度，山东生猪出栏量已超过黑龙江2023年全年的2395.6万头；禽肉产量增长7.5%。', '7.5%', '', 'M1-9'],
      ['2024年，广州由上年增长4.6%回落至2.1%，回落2.5个百分点。', '2.1%', '2024', 'FY'],
      // a running total set inside its clause (衣着价格前11个月累计上涨) is that clause's; the next keeps the month
      ['# 2024年11月份价格运行\n\n11月份，衣着价格前11个月累计上涨1.3%；交通通信价格降幅最大，为3.1%。', '1.3%', '2024', 'M1-11'],
      ['# 2024年11月份价格运行\n\n11月份，衣着价格前11个月累计上涨1.3%；交通通信价格降幅最大，为3.1%。', '3.1%', '2024', 'M11'],
      // a period in a heading's comment after a comma is no section's
      ['## 三、商品房销售：降幅仍大，四季度边际改善\n\n2024年，广州商品房销售面积1009.52万平方米。', '1009.52万平方米', '2024', 'FY'],
      // 同期 is the period the sentence before spoke of last
      ['2023年全省外贸进出口5818.4亿元；今年前三季度同比增长2.8%。同期全省一般公共预算收入增长3.3%。', '3.3%', '', 'M1-9'],
    ];
    periodRows(rows);
  });

  describe('a rate its course verb reaches goes on from the growth before: [sentence, figure, measure, period part]', () => {
    const rows: [string, string, string, string][] = [
      ['洛阳规上工业1—5月增长9.1%，上半年升至9.6%，前三季度达到10.4%。', '9.6%', 'growth', 'M1-6'],
      ['洛阳规上工业1—5月增长9.1%，上半年升至9.6%，前三季度达到10.4%。', '10.4%', 'growth', 'M1-9'],
      ['洛阳规上工业增速从1—5月的9.1%到上半年的9.6%，再到前三季度的10.4%。', '10.4%', 'growth', 'M1-9'],
      ['洛阳规上工业增速从1—5月的9.1%到上半年的9.6%，再到前三季度的10.4%。', '9.1%', 'growth', 'M1-5'],
      // a quoted sentence that goes on from the paragraph's growth
      ['前三季度，洛阳规模以上工业增加值增长10.4%。“从1—5月的9.1%到上半年的9.6%，工业增势逐季向好。”', '9.6%', 'growth', 'M1-6'],
    ];
    for (const [text, figure, measure, part] of rows) {
      it(`${text} ${figure} → ${measure} ${part}`, () => {
        const c = claimAt(text, figure);
        assert.deepEqual([c.measure, c.indicator.name, c.period?.part], [measure, '规模以上工业增加值', part]);
      });
    }
  });

  describe('a year before the plan\'s under a plan heading is what was done: [text, figure, target]', () => {
    const rows: [string, string, boolean][] = [
      ['## 四、2025年目标任务\n\n2024年，全市新增养老床位1.1万张。', '1.1万张', false],
      ['## 四、2025年目标任务\n\n全市新增养老床位1.5万张。', '1.5万张', true],
      // (tasks a heading says are going well are reviewed, not planned)
      ['## 二、城市更新重点任务有序推进\n\n1-9月已开工老旧小区365个，开工率为96.1%。', '96.1%', false],
      ['## 二、2025年城市更新重点任务\n\n全年开工老旧小区380个。', '380个', true],
      // an evaluation by targets (目标管理考核, 目标责任考核) is no target
      ['在全省设区市安全生产目标管理考核中，我市位列第二。', '第二', false],
      ['在全市高质量发展目标责任考核中，余姚位列第一。', '第一', false],
    ];
    for (const [text, figure, target] of rows) it(`${text} ${figure} → ${target}`, () => assert.equal(Boolean(claimAt(text, figure).target), target));
  });

  describe('targets are told from actuals: [sentence, figure, target]', () => {
    const rows: [string, string, boolean][] = [
      ['力争地区生产总值突破2350亿元。', '2350亿元', true],
      // what was done against a plan (计划…，实际…) is an actual, until another plan is named
      ['地区生产总值计划增长6%左右，实际完成7973.1亿元，增长5.9%，经济总量居全省第4位。', '6%', true],
      ['地区生产总值计划增长6%左右，实际完成7973.1亿元，增长5.9%，经济总量居全省第4位。', '5.9%', false],
      // (so is what has been done by now against it)
      ['今年全市计划改造城镇老旧小区380个，1-9月已开工365个，开工率为96.1%，居全省第2位。', '380个', true],
      ['今年全市计划改造城镇老旧小区380个，1-9月已开工365个，开工率为96.1%，居全省第2位。', '96.1%', false],
      ['全年计划投资50亿元，已完成32亿元。', '32亿元', false],
      ['地区生产总值计划增长6%左右，实际完成7973.1亿元，增长5.9%，经济总量居全省第4位。', '第4位', false],
      ['规上工业增加值计划增长7%，实际增长8.2%，高于计划1.2个百分点；一般公共预算收入计划增长5%，实际增长3.1%。', '1.2个百分点', false],
      ['规上工业增加值计划增长7%，实际增长8.2%，高于计划1.2个百分点；一般公共预算收入计划增长5%，实际增长3.1%。', '5%', true],
      ['规上工业增加值计划增长7%，实际增长8.2%，高于计划1.2个百分点；一般公共预算收入计划增长5%，实际增长3.1%。', '3.1%', false],
      // (好于预期, 超预期: what was expected is a comparison, no target)
      ['外贸形势好于预期，进出口总额增长6.4%。', '6.4%', false],
      ['一季度经济运行超预期，地区生产总值增长6.1%。', '6.1%', false],
      // (实际使用外资 is a name, no actual set against the plan)
      ['力争实际使用外资增长10%。', '10%', true],
      ['今年的预期目标是地区生产总值增长6.5%以上。', '6.5%', true],
      ['计划完成有效投资500亿元。', '500亿元', true],
      // 争取 funds from above is money secured, an actual; 争取 a result is a target
      ['从资金来源看，争取中央和省级资金34.15亿元，占全部投资的39.5%。', '39.5%', false],
      ['全年争取上级资金12.6亿元。', '12.6亿元', false],
      ['争取全年地区生产总值增长6%。', '6%', true],
      // 预期 in 人均预期寿命 is the name of a measure, no expectation
      ['全市居民人均预期寿命81.62岁，比上年提高0.31岁。孕产妇死亡率5.12/10万。', '5.12/10万', false],
      ['全市居民人均预期寿命81.62岁，比上年提高0.31岁。', '81.62岁', false],
      // a target reached, its figure in brackets: that figure is the target, the rank after it is not
      ['单位地区生产总值能耗比上年下降3.6%，超额完成省下达的年度目标任务（下降3.2%），降幅居全省13个设区市第四位。', '3.2%', true],
      ['单位地区生产总值能耗比上年下降3.6%，超额完成省下达的年度目标任务（下降3.2%），降幅居全省13个设区市第四位。', '第四位', false],
      // the share of its target reached is an actual
      ['前三季度，固定资产投资完成年度计划的78.3%。', '78.3%', false],
      // …and so are the figures after it, and how far ahead of schedule
      ['全年全市完成交通投资326.8亿元，完成年度计划的112.4%，投资总量居全省第四位。', '第四位', false],
      // a programme carried out (实施…倍增计划) is no plan of figures
      ['实施高新技术企业倍增计划，高新技术企业总数达到1962家，总量居全省第二位。', '1962家', false],
      ['1-9月，全市完成交通投资241.5亿元，完成年度计划的76.2%，高于时序进度1.2个百分点。', '1.2个百分点', false],
      ['仁怀提出，今年地区生产总值增长8%左右，一般公共预算收入增长6%以上。', '6%', true],
      // a list named a target after its figures (…等目标)
      ['对照年初确定的GDP增长5%左右、规上工业增加值增长6%等目标，全年任务依然艰巨。', '6%', true],
      ['对照年初确定的GDP增长5%左右、规上工业增加值增长6%等目标，全年任务依然艰巨。', '5%', true],
      // …but a figure held up against the target is an actual
      ['全年任务依然艰巨，对照目标，规上工业增加值仅增长3.4%。', '3.4%', false],
      ['到2025年，研发投入强度达到3.5%。', '3.5%', true],
      // 由…增长到2023年的…: a year reached, not a deadline
      ['地区生产总值由2018年的1452.51亿元增长到2023年的2436.15亿元，规模以上工业企业由580家增加到812家。', '812家', false],
      // 从2019年到2024年: a span of years, not a deadline
      ['从2019年到2024年，宁波舟山港集装箱吞吐量年均增长7.4%。', '7.4%', false],
      ['主要目标：城镇登记失业率控制在3%以内。', '3%', true],
      ['全年地区生产总值增长5.1%，完成年度目标。', '5.1%', false],
      // how far a figure fell short of its target is an actual, whatever else the sentence says
      ['潞城区单位GDP能耗仅下降1.1%，比年度目标少降0.6个百分点，排名全市末位；襄垣县同样未完成年度目标。', '0.6个百分点', false],
      ['潞城区单位GDP能耗仅下降1.1%，比年度目标少降0.6个百分点，排名全市末位。', '0.6个百分点', false],
      ['固定资产投资增长4.6%，比预期目标低0.4个百分点；实际使用外资9.2亿美元，完成计划的92.0%。', '0.4个百分点', false],
      // (a target missed past a semicolon is another part's)
      ['今年固定资产投资力争增长6%左右；去年投资未完成年度目标。', '6%', true],
      ['地区生产总值1220.7亿元，增长5.1%。', '5.1%', false],
      ['## 三、2021年主要工作安排\n\n地区生产总值增长7%左右。', '7%', true],
      // …but under a heading on plans, a past year's figure (the report is of 2024) is what was done
      ['# 西安新能源汽车产业分析\n\n西安市经济发展研究中心　2024年11月\n\n## 七、全年展望\n\n2023年，西安新能源汽车产量达到100.39万辆。今年新能源汽车产量要突破110万辆。', '100.39万辆', false],
      ['# 西安新能源汽车产业分析\n\n西安市经济发展研究中心　2024年11月\n\n## 七、全年展望\n\n2023年，西安新能源汽车产量达到100.39万辆。今年新能源汽车产量要突破110万辆。', '110万辆', true],
      ['# 西安新能源汽车产业分析\n\n西安市经济发展研究中心　2024年11月\n\n## 七、全年展望\n\n2025年，全市汽车产业产值达到3000亿元。', '3000亿元', true],
      // a heading on reaching the target reviews what was done
      ['## 一、总体：稳中有进，完成全年目标仍需加力\n\n前三季度全省GDP增长5.8%。', '5.8%', false],
      ['## 一、2023年：两地就业目标均超额完成\n\n城镇调查失业率方面，山西全年平均为5.3%。', '5.3%', false],
      ['## 四、全年结果与下一步目标\n\n从全年看，禄口机场旅客吞吐量达到3018.5万人次，创历史新高。', '3018.5万人次', false],
      ['## 四、全年结果与下一步目标\n\n到2025年，禄口机场旅客吞吐量力争达到3300万人次。', '3300万人次', true],
      // a target reached holds the target; what follows it is reported
      ['全区城镇新增就业19.6万人，超额完成18万人的年度目标；城镇调查失业率平均值为5.4%。', '18万人', true],
      ['全区城镇新增就业19.6万人，超额完成18万人的年度目标；城镇调查失业率平均值为5.4%。', '5.4%', false],
      ['全区城镇新增就业19.6万人，超额完成18万人的年度目标；今年目标为20万人。', '20万人', true],
      ['全区城镇新增就业9862人，完成年度目标任务12000人的82.2%，同比增长6.4%。', '12000人', true],
      ['全区城镇新增就业9862人，完成年度目标任务12000人的82.2%，同比增长6.4%。', '6.4%', false],
      ['# 2021年宁波主要预期目标解读\n\n2020年，宁波地区生产总值增长3.3%。', '3.3%', false],
      // an estimate of the year is not a target
      ['预计全年地区生产总值增长5.8%左右。', '5.8%', false],
      // a target named after its figure
      ['2024年，全市将锚定地区生产总值增长6%左右的目标。', '6%', true],
      ['规上工业增加值增长7.2%，高于6.5%的年度目标。', '6.5%', true],
      ['晋江提出地区生产总值增长百分之七点五左右。', '百分之七点五', true],
      ['全年共提出建议320件。', '320件', false],
      // progress toward a target is an actual; a target named long after 提出 is still one
      ['赣州新增4.12万人，目标完成进度达到57.2%；九江新增2.65万人，居全省第三位。', '第三位', false],
      ['赣州提出2024年每千人口执业（助理）医师达到2.95人。', '2.95人', true],
      // 计划总投资 is what a project will cost, 计划单列市 a kind of city: neither a plan for the figure
      ['上半年新引进重点项目116个、计划总投资1560亿元。', '1560亿元', false],
      ['宁波GDP增长5.4%，增速居5个计划单列市第二。', '5.4%', false],
      // a deadline (年底前) makes a plan; a deadline already met does not
      ['推动千兆宽带用户占比年底前突破34%。', '34%', true],
      ['2025年底前，全市5G基站数量达到1.2万个。', '1.2万个', true],
      ['去年年底前已建成5G基站1.2万个。', '1.2万个', false],
      // so does the year ahead (新的一年，)
      ['新的一年，全市将推动渔民人均纯收入增长6.5%左右。', '6.5%', true],
      ['过去一年，全市渔民人均纯收入增长6.7%。', '6.7%', false],
    ];
    for (const [text, figure, target] of rows) it(`${text} → ${target ? 'target' : 'actual'}`, () => assert.equal(claimAt(text, figure).target, target));
    describe('target words are not part of the indicator: [sentence, figure, indicator]', () => {
      const names: [string, string, string][] = [
        ['力争地区生产总值突破2350亿元。', '2350亿元', '地区生产总值'],
        ['全市将锚定地区生产总值增长6%左右的目标。', '6%', '地区生产总值'],
        ['到2025年，力争余姚地区生产总值突破2350亿元。', '2350亿元', '地区生产总值'],
        ['到2025年，余姚地区生产总值目标为2500亿元。', '2500亿元', '地区生产总值'],
        ['计划完成有效投资500亿元。', '500亿元', '有效投资'],
        ['阳逻港集装箱吞吐量221.6万标箱，全年有望完成350万标箱的目标。', '350万标箱', '阳逻港集装箱吞吐量'],
        ['全区城镇新增就业19.6万人，超额完成18万人的年度目标。', '18万人', '城镇新增就业'],
        ['全区城镇新增就业9862人，完成年度目标任务12000人的82.2%。', '12000人', '城镇新增就业'],
        // (年底前, 年末前: the deadline is the period, no word of the name)
        ['推动千兆宽带用户占比年底前突破34%。', '34%', '千兆宽带用户'],
        ['今年年末前全市5G基站达到1.2万个。', '1.2万个', '5G基站'],
        ['去年年底前已建成5G基站1.2万个。', '1.2万个', '5G基站'],
      ];
      for (const [text, figure, name] of names) it(`${text} → ${name}`, () => assert.equal(claimAt(text, figure).indicator.name, name));
    });
    describe('a target with no words of its own is the figure before it, aimed at: [sentence, figure, measure, indicator]', () => {
      const rows: [string, string, Measure, string][] = [
        ['社会消费品零售总额增长5.6%，距全年8%左右的预期目标仍有差距。', '8%', 'growth', '社会消费品零售总额'],
        ['规上工业增加值增长7.2%，高于6.5%的年度目标。', '6.5%', 'growth', '规模以上工业增加值'],
        // a share's target stays a share
        ['研发投入强度达到3.1%，距3.5%的目标还有差距。', '3.5%', 'share', '研发投入强度'],
      ];
      for (const [text, figure, measure, name] of rows) {
        it(`${text} ${figure} → ${measure} of ${name}`, () => {
          const c = claimAt(text, figure);
          assert.equal(c.measure, measure);
          assert.equal(c.indicator.name, name);
          assert.equal(c.target, true);
        });
      }
    });
  });
});
