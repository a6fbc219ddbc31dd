// 园区全年新签约亿元以上项目19个，协议投资额达到152.6亿元: a firm or a park a sentence opens on is what the
// figures of its later clauses are of, until a clause names a place or a subject of its own. Without it,
// the park's 协议投资 read as the county's and was held against the county's figure.
import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import { spanIndexAt } from '../text/spanIndex';

/** The words that end the name of a firm, a park or a scenic area (拓普集团, 视高园区). */
export const OWNER_WORDS = '园区|开发区|高新区|经开区|产业园|工业园|景区|集团|公司';
/** A firm, a park or a scenic area a name opens on (拓普集团营业收入, 园区新签约项目), with the name going on. */
const SUBJECT = new RegExp(`^((?:[\u4e00-\u9fff]{2,10}?)?(?:${OWNER_WORDS}))(?=[\u4e00-\u9fff]{2})`);
/** A later clause's own subject or whole: 全县…, 各…, 企业…, another firm. */
const OWN_SUBJECT = new RegExp(`^(?:全|各|本|其他|其余|企业|单位|[\u4e00-\u9fff]{0,10}?(?:${OWNER_WORDS}))`);

/** 全县, 本市, 我区: the whole place, named in the clause before its figure's name. */
const WHOLE_NAMED = /[全本我该][省市区县镇乡]|各/;

/** （一）宜昌产业投资集团。, 3. 城发集团：: a paragraph's label that names only a firm, a park or a scenic area. */
const OWNER_LABEL = new RegExp(`^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[0-9]{1,2}[.．、])?\\s*([\u4e00-\u9fff]{2,16}?(?:${OWNER_WORDS}))[。：:]?$`);

/**
 * The firm or park a paragraph's label names (its place left out, as a name's is), or undefined: the
 * whole sentence, or, `runIn` (the sentence goes on with figures), its words up to a colon (城发集团：…).
 */
export function ownerLabel(sentence: string, runIn: boolean, lexicon: Lexicon): string | undefined {
  const colon = runIn ? sentence.slice(0, 24).search(/[：:]/) : sentence.length - 1;
  const m = OWNER_LABEL.exec(sentence.slice(0, colon + 1).trim());
  if (!m) return undefined;
  const place = lexicon.findRegions(m[1]).find((r) => r.start === 0);
  const owner = place ? m[1].slice(place.end) : m[1];
  return owner.length >= 2 && !OWNER_ALONE.test(owner) ? owner : undefined;
}
/** 集团, 公司: a kind of owner, no name of one. */
const OWNER_ALONE = new RegExp(`^(?:${OWNER_WORDS})$`);

/** Gives the later clauses' figures of a sentence the subject its first named figure opened on, or the
 * firm its paragraph's label named (`owner`) from the first clause on. */
export function carrySentenceSubject(claims: Claim[], clauses: Span[], text: string, owner?: string): void {
  let subject: { name: string; clause: number; region?: string } | undefined = owner ? { name: owner, clause: -1 } : undefined;
  /** Names given the subject, for the figures after them that go on with the name unwritten (增长5.8%). */
  const renamed = new Map<string, string>();
  for (const c of claims) {
    if (!c.indicator.name) continue;
    // (A count's name may come from the words after it, with no span: its figure's clause is its own.)
    const at = c.indicator.span ?? c.span;
    const clause = spanIndexAt(clauses, at.start);
    const opened = SUBJECT.exec(c.indicator.name);
    if (opened) {
      // (分别增长8.1%和13.5%: figures of a list go on with names already given, and open no subject.)
      if (c.indicator.span || !subject) subject = { name: opened[1], clause, region: c.regionInferred ? undefined : c.region };
      continue;
    }
    if (!subject || clause <= subject.clause) continue;
    const goesOn = renamed.get(c.indicator.name);
    if (!c.indicator.span) {
      if (goesOn) c.indicator = { ...c.indicator, name: goesOn, known: false };
      continue;
    }
    // A clause that names a place, or a subject or whole of its own, ends the subject's reach. (The place the
    // subject's own name holds, 宜昌 of 宜昌产业投资集团, is the sentence's: its later clauses go on with the firm.)
    if ((!c.regionInferred && c.region !== subject.region) || OWN_SUBJECT.test(c.indicator.name) || WHOLE_NAMED.test(text.slice(clauses[clause]?.start ?? at.start, at.start))) {
      subject = undefined;
      continue;
    }
    const name = `${subject.name}${c.indicator.name}`;
    renamed.set(c.indicator.name, name);
    c.indicator = { ...c.indicator, name, known: false };
  }
}
