// 东盟继续保持我市第一大贸易伙伴地位，上半年进出口89.64亿元，增长16.2%: a sentence that opens on what it
// reports on (a trade partner, a trade form, a port area) and then gives a bare measure (进出口, 货物吞吐量)
// reports that thing's measure, not the whole's. The extractor cannot always name it (东盟进出口 or
// 对东盟进出口?), but it must not hold the city's 进出口 growth against it: the topic is noted on the later
// figures, and matching lets a source contradict them only in a passage that names the topic too.
import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import { SELF_REFERENCES } from '../lexicon/regionLexicon';
import { spanIndexAt } from '../text/spanIndex';
import { PERIOD_AT_START } from './cueWords';

/** A clause that opens on a noun and goes on with how it did: 跨境电商保持高速增长, 徐圩港区表现最为亮眼. */
const TOPIC_CLAUSE = /^([\u4e00-\u9fffA-Za-z]{2,8}?)(?:继续保持|保持|继续|持续|表现|稳居|仍然|依然|延续|呈现|成为)/;
/** 四大港区中, 其中: a clause that only says where among others the next one's topic stands. */
const AMONG = /(?:^其中|中)$/;
/** Topics that are the whole economy or a part of it seen as a whole (工业经济, 消费市场, 项目建设), or how
 * well something does (住院服务效率, 保障能力): they narrow no measure. Also words of a clause's grammar. */
const WHOLE_TOPIC = /(?:经济|运行|指标|市场|生产|形势|态势|情况|发展|建设|工作|领域|总体|整体|全年|总量|规模|增速|增幅|速度|势头|水平|质量|效益|结构|动能|需求|消费|投资|外贸|财政|金融|物价|就业|民生|产业|行业|企业|工业|农业|服务业|商贸|贸易|口岸|港口|各项|主要|多数|部分|效率|能力|服务|保障|环境|体系|质效|成效|活力|韧性|动力|基础|优势|信心|预期|热度|人气|秩序|条件|机制|功能|作用|贡献|比重|占比)$/;
/** A topic that begins as a grammar word or a measure does not name a thing. */
const NOT_TOPIC_START = /^(?:各|全|本|我|该|这|那|其|从|在|对|于|由|以|随着|受|因|但|而|并|也|还|均|都|总体|整体|同比|环比|增速|增幅|比重|占比)/;

const SELF = new Set(SELF_REFERENCES);

/** The topic a sentence opens on, and the end of the clause that names it; undefined when it opens on a
 * place or the economy as a whole. */
function sentenceTopic(clauses: readonly Span[], text: string, lexicon: Lexicon): { topic: string; end: number } | undefined {
  let i = 0;
  if (clauses.length > 2 && AMONG.test(text.slice(clauses[0].start, clauses[0].end).replace(/[，,：:\s]+$/, ''))) i = 1;
  const clause = clauses[i];
  if (!clause || i + 1 >= clauses.length) return undefined;
  let words = text.slice(clause.start, clause.end).replace(/^[\s*_#>]+/, '');
  const period = PERIOD_AT_START.exec(words);
  if (period) words = words.slice(period[0].length).replace(/^[，,\s]+/, '');
  const m = TOPIC_CLAUSE.exec(words);
  if (!m) return undefined;
  const topic = m[1];
  if (NOT_TOPIC_START.test(topic) || WHOLE_TOPIC.test(topic) || SELF.has(topic)) return undefined;
  if (lexicon.findRegions(topic).length) return undefined;
  return { topic, end: clause.end };
}

/** Notes the sentence's topic on the figures of its later clauses whose names do not already say it and
 * whose clauses name no place of their own. */
export function noteSentenceTopic(claims: Claim[], clauses: readonly Span[], text: string, lexicon: Lexicon): void {
  if (!claims.length || clauses.length < 2) return;
  const found = sentenceTopic(clauses, text, lexicon);
  if (!found) return;
  const { topic, end } = found;
  // (出口表现亮眼，增长9.3%: a topic that is the measure itself narrows nothing.)
  const named = lexicon.canonicalIndicator(topic).name;
  for (const c of claims) {
    if (c.span.start < end || !c.indicator.name || c.indicator.name.includes(topic) || c.indicator.name.includes(named)) continue;
    const clause = clauses[spanIndexAt(clauses, c.span.start)];
    if (clause && lexicon.findRegions(text.slice(clause.start, c.span.start)).length) continue;
    c.topic = topic;
  }
}
