// Deterministic generator of Chinese report text for the benchmark and the fuzz script: templated
// sentences with varied regions, indicators, periods and figures. Same seed, same text.

export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const REGIONS = ['余姚', '慈溪', '海曙区', '江北区', '镇海区', '北仑区', '鄞州区', '奉化区', '宁海县', '象山县', '宁波', '杭州', '温州', '嘉兴', '绍兴', '义乌', '诸暨', '乐清', '瑞安', '温岭', '临海', '海宁', '桐乡', '长兴'];
const VALUE_INDICATORS = [
  ['地区生产总值', '亿元', 100, 15000, 1], ['一般公共预算收入', '亿元', 10, 1600, 1], ['规上工业增加值', '亿元', 20, 5000, 1],
  ['社会消费品零售总额', '亿元', 50, 5000, 1], ['有效投资', '亿元', 10, 2000, 1], ['外贸出口', '亿元', 10, 7000, 1],
  ['实际利用外资', '亿美元', 0.5, 50, 2], ['城镇居民人均可支配收入', '元', 40000, 80000, 0], ['农村居民人均可支配收入', '元', 20000, 45000, 0],
  ['高新技术企业', '家', 50, 4000, 0], ['新增城镇就业', '万人', 1, 30, 1], ['研发费用', '亿元', 5, 300, 1], ['工业投资', '亿元', 5, 900, 1],
];
const SHARE_INDICATORS = ['研发投入强度', '森林覆盖率', '城镇化率', '高新技术产业增加值占规上工业增加值比重', '数字经济核心产业增加值占GDP比重', '空气优良率'];
const PERIODS = ['2019年', '2020年', '2021年', '今年', '去年', '上半年', '前三季度', '1-7月', '今年1至7月', '前7个月', '一季度', '“十三五”期间'];
const SCOPES = ['宁波各县(市、区)', '全省', '全市', '宁波各区县(市)', '全国百强县'];
const RANKS = ['首位', '第二', '第三', '第2位', '第4位', '第一', '前5', '前十'];
const FILLERS = [
  '全市上下深入推进高质量发展，经济运行总体平稳、稳中有进。',
  '各项改革持续深化，营商环境不断优化，市场主体活力进一步激发。',
  '坚持项目为王，扎实开展“项目攻坚年”活动，一批重大项目加快落地。',
  '聚焦共同富裕，民生实事项目全面完成，群众获得感持续增强。',
  '科技创新能力稳步提升，人才集聚效应逐步显现。',
];

// Sentences without figures, as most of a report is: what was done, where, when. They name regions
// and periods (which the extractor must still read for context) but state no figure.
const PROSE = [
  (g, p) => `${p}，${g}坚持稳中求进工作总基调，统筹推进经济社会发展各项工作，重点任务顺利推进。`,
  (g) => `${g}深入实施创新驱动发展战略，加快建设科创平台，推动产业链和创新链深度融合。`,
  (g) => `围绕打造先进制造业基地，${g}持续推进传统产业改造提升，培育壮大战略性新兴产业集群。`,
  (g, p) => `${p}以来，${g}扎实开展“三服务”活动，帮助企业解决用工、用地、融资等实际困难。`,
  (g) => `${g}着力优化营商环境，深化“最多跑一次”改革，企业开办和项目审批时间进一步压缩。`,
  (g) => `城乡融合发展步伐加快，${g}美丽乡村建设和农村人居环境整治取得明显成效。`,
  (g) => `${g}坚持生态优先、绿色发展，扎实推进污染防治攻坚战，生态环境质量持续改善。`,
  (g, p) => `${p}，${g}教育、医疗、养老等公共服务供给不断丰富，基层治理体系进一步完善。`,
  (g) => `对标先进找差距，${g}还面临产业结构偏重、创新要素集聚不足、要素保障趋紧等问题，需要在今后工作中认真加以解决。`,
  (g) => `下一步，${g}将紧扣高质量发展主题，抓好项目建设、招商引资和民生保障，确保各项目标任务全面完成。`,
  (g) => `${g}积极融入长三角一体化发展，加强与周边地区在交通、产业、科创等领域的合作。`,
  (g) => `数字化改革纵深推进，${g}一批多跨协同应用场景上线运行，政府治理效能持续提升。`,
];

function pick(r, list) { return list[Math.floor(r() * list.length)]; }
function fig(r, lo, hi, decimals) { return (lo + r() * (hi - lo)).toFixed(decimals); }

/**
 * One sentence; `kinds` (0–8) limits the templates with figures (default: all); `prose` is the chance
 * of a sentence without figures instead (0: every sentence from the templates).
 */
export function sentence(r, kinds, prose = 0) {
  const region = pick(r, REGIONS);
  const period = pick(r, PERIODS);
  if (prose > 0 && r() < prose) return pick(r, PROSE)(region, period);
  const kind = kinds ? pick(r, kinds) : Math.floor(r() * 9);
  switch (kind) {
    case 0: {
      const [name, unit, lo, hi, d] = pick(r, VALUE_INDICATORS);
      return `${period}，${region}${name}${fig(r, lo, hi, d)}${unit}，同比增长${fig(r, -5, 30, 1)}%。`;
    }
    case 1: {
      const [name, unit, lo, hi, d] = pick(r, VALUE_INDICATORS);
      return `${region}${period}实现${name}${fig(r, lo, hi, d)}${unit}，比上年增长${fig(r, 0, 20, 1)}%，增速居${pick(r, SCOPES)}${pick(r, RANKS)}。`;
    }
    case 2:
      return `${period}，${region}${pick(r, SHARE_INDICATORS)}达到${fig(r, 1, 90, 2)}%，比上年提高${fig(r, 0, 5, 1)}个百分点。`;
    case 3: {
      const [name] = pick(r, VALUE_INDICATORS);
      return `${region}${name}增速为${fig(r, 1, 25, 1)}%，高于${pick(r, REGIONS)}平均${fig(r, 0.1, 8, 1)}个百分点。`;
    }
    case 4:
      return `${region}城镇和农村居民人均可支配收入分别达到${fig(r, 40000, 80000, 0)}元和${fig(r, 20000, 45000, 0)}元，分别增长${fig(r, 2, 9, 1)}%和${fig(r, 3, 10, 1)}%。`;
    case 5:
      return `${period}，${region}规上工业企业研发费用${fig(r, 5, 90, 1)}亿元，占营业收入比重达${fig(r, 1, 5, 2)}%，分居${pick(r, SCOPES)}第二、第一。`;
    case 6: {
      const [name, unit, lo, hi, d] = pick(r, VALUE_INDICATORS);
      return `到2025年，力争${region}${name}突破${fig(r, lo, hi, d)}${unit}。`;
    }
    case 7: {
      const [name, unit, lo, hi, d] = pick(r, VALUE_INDICATORS);
      return `${region}${name}由${fig(r, lo, hi / 2, d)}${unit}增加到${fig(r, hi / 2, hi, d)}${unit}，年均增长${fig(r, 1, 12, 1)}%。`;
    }
    default:
      return pick(r, FILLERS);
  }
}

/** An article of about `chars` characters: a title, a dateline, paragraphs of sentences. */
export function article(r, chars, kinds, prose = 0) {
  const year = 2019 + Math.floor(r() * 4);
  const out = [`${pick(r, REGIONS)}经济运行情况通报（第${1 + Math.floor(r() * 40)}期）`, `${year}年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日`, ''];
  let length = 0;
  while (length < chars) {
    let p = '';
    const n = 2 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) p += sentence(r, kinds, prose);
    out.push(p, '');
    length += p.length;
  }
  return out.join('\n');
}

/** A document of about `chars` characters: articles separated by "-" lines, as in crawled files. */
export function document(r, chars, kinds, prose = 0) {
  const parts = [];
  let length = 0;
  while (length < chars) {
    const a = article(r, 2000 + Math.floor(r() * 6000), kinds, prose);
    parts.push(a);
    length += a.length;
  }
  return parts.join('\n-\n');
}

/** A markdown draft of at least `bytes` bytes of UTF-8; `prose` as for `sentence`. */
export function draft(r, bytes, prose = 0) {
  const out = ['# 经济运行分析（基准测试草稿）', ''];
  let length = 0;
  let section = 1;
  while (length < bytes) {
    if (r() < 0.05) out.push(`## ${section++}、${pick(r, REGIONS)}`, '');
    let p = '';
    for (let i = 0; i < 3; i++) p += sentence(r, undefined, prose);
    out.push(p, '');
    length += Buffer.byteLength(p) + 2;
  }
  return out.join('\n');
}
