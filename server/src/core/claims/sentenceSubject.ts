// 园区全年新签约亿元以上项目19个，协议投资额达到152.6亿元: a firm or a park a sentence opens on is what the
// figures of its later clauses are of, until a clause names a place or a subject of its own. Without it,
// the park's 协议投资 read as the county's and was held against the county's figure.
import type { Claim, Span } from '../types';

/** The words that end the name of a firm, a park or a scenic area (拓普集团, 视高园区). */
export const OWNER_WORDS = '园区|开发区|高新区|经开区|产业园|工业园|景区|集团|公司';
/** A firm, a park or a scenic area a name opens on (拓普集团营业收入, 园区新签约项目), with the name going on. */
const SUBJECT = new RegExp(`^((?:[\u4e00-\u9fff]{2,10}?)?(?:${OWNER_WORDS}))(?=[\u4e00-\u9fff]{2})`);
/** A later clause's own subject or whole: 全县…, 各…, 企业…, another firm. */
const OWN_SUBJECT = new RegExp(`^(?:全|各|本|其他|其余|企业|单位|[\u4e00-\u9fff]{0,10}?(?:${OWNER_WORDS}))`);

/** 全县, 本市, 我区: the whole place, named in the clause before its figure's name. */
const WHOLE_NAMED = /[全本我该][省市区县镇乡]|各/;

/** Gives the later clauses' figures of a sentence the subject its first named figure opened on. */
export function carrySentenceSubject(claims: Claim[], clauses: Span[], text: string): void {
  let subject: { name: string; clause: number } | undefined;
  /** Names given the subject, for the figures after them that go on with the name unwritten (增长5.8%). */
  const renamed = new Map<string, string>();
  for (const c of claims) {
    if (!c.indicator.name) continue;
    // (A count's name may come from the words after it, with no span: its figure's clause is its own.)
    const at = c.indicator.span ?? c.span;
    const clause = clauses.findIndex((k) => at.start >= k.start && at.start < k.end);
    const opened = SUBJECT.exec(c.indicator.name);
    if (opened) {
      // (分别增长8.1%和13.5%: figures of a list go on with names already given, and open no subject.)
      if (c.indicator.span || !subject) subject = { name: opened[1], clause };
      continue;
    }
    if (!subject || clause <= subject.clause) continue;
    const goesOn = renamed.get(c.indicator.name);
    if (!c.indicator.span) {
      if (goesOn) c.indicator = { ...c.indicator, name: goesOn, known: false };
      continue;
    }
    // A clause that names a place, or a subject or whole of its own, ends the subject's reach.
    if (!c.regionInferred || OWN_SUBJECT.test(c.indicator.name) || WHOLE_NAMED.test(text.slice(clauses[clause]?.start ?? at.start, at.start))) {
      subject = undefined;
      continue;
    }
    const name = `${subject.name}${c.indicator.name}`;
    renamed.set(c.indicator.name, name);
    c.indicator = { ...c.indicator, name, known: false };
  }
}
