// 园区全年新签约亿元以上项目19个，协议投资额达到152.6亿元: a firm or a park a sentence opens on is what the
// figures of its later clauses are of, until a clause names a place or a subject of its own. Without it,
// the park's 协议投资 read as the county's and was held against the county's figure.
import type { Claim, Span } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import { spanIndexAt } from '../text/spanIndex';
import { FIRM, OWNER_WORDS, ownerNamed } from './firmNames';
import { LIST_JOINT_ONLY } from './sentenceCues';

/** A firm, a park or a scenic area a name opens on (拓普集团营业收入, 园区新签约项目), with the name going on.
 * (境外收入占公司营业收入比重 opens on a share, not on a firm.) */
const SUBJECT = new RegExp(`^((?:(?:(?!占)[\u4e00-\u9fff—－–-]){2,12}?)?(?:${OWNER_WORDS}))(?=[\u4e00-\u9fff]{2})`);
/** 公司, 本公司, 该集团 opening a name: the firm spoken of, not named again. */
const DEICTIC_OWNER = /^(?:本|该)?(?:公司|集团)(?=[\u4e00-\u9fff]{2})/;
/** A later clause's own subject or whole: 全县…, 各…, 企业…. */
const OWN_WHOLE = /^(?:全|各|本|其他|其余|企业|单位)/;
/** …or another firm (in a name the lexicon does not know: 归属于上市公司股东的净利润 names a measure). */
const OWN_FIRM = new RegExp(`^[\u4e00-\u9fff]{0,10}?(?:${OWNER_WORDS})`);

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
  return m ? ownerNamed(m[1], lexicon) : undefined;
}

/** Gives the later clauses' figures of a sentence the subject its first named figure opened on, or the
 * firm its paragraph's label named (`owner`) from the first clause on; a figure of 公司 or 该集团, the
 * firm named last, in the sentence or before it (`firmBefore`). The firm named last after the sentence. */
export function carrySentenceSubject(claims: Claim[], clauses: Span[], text: string, owner?: string, firmBefore?: string): string | undefined {
  let subject: { name: string; clause: number; region?: string } | undefined = owner ? { name: owner, clause: -1 } : undefined;
  let firm = owner && FIRM.test(owner) ? owner : firmBefore;
  /** Names given the subject, for the figures after them that go on with the name unwritten (增长5.8%). */
  const renamed = new Map<string, string>();
  let previous: Claim | undefined;
  for (const c of claims) {
    const before = previous;
    previous = c;
    if (!c.indicator.name) continue;
    // (A count's name may come from the words after it, with no span: its figure's clause is its own.)
    const at = c.indicator.span ?? c.span;
    const clause = spanIndexAt(clauses, at.start);
    // (公司实现营业收入…, 该集团研发投入…: the firm spoken of is the one the sentence or the paragraph named.)
    const deictic = firm ? DEICTIC_OWNER.exec(c.indicator.name) : null;
    if (firm && deictic) {
      c.indicator = { ...c.indicator, name: `${firm}${c.indicator.name.slice(deictic[0].length)}`, known: false };
      continue;
    }
    // (归属于上市公司股东的净利润, a name the lexicon knows, names a measure, not a firm.)
    const opened = c.indicator.known ? null : SUBJECT.exec(c.indicator.name);
    // 新能源产业上市公司14家，实现营业收入2136.5亿元: the firms (parks) counted are what the clauses after report on.
    if (!opened && c.measure === 'value' && COUNTED_UNIT.test(c.quantity.unit) && COUNTED_OWNERS.test(c.indicator.name)) {
      subject = { name: c.indicator.name, clause, region: c.regionInferred ? undefined : c.region };
      continue;
    }
    if (opened) {
      // (分别增长8.1%和13.5%: figures of a list go on with names already given, and open no subject.)
      if (c.indicator.span || !subject) subject = { name: opened[1], clause, region: c.regionInferred ? undefined : c.region };
      if (FIRM.test(opened[1])) firm = opened[1];
      continue;
    }
    // (产业园实现产值5.36亿元、税收2180万元: an item listed after the subject's figure in its clause goes on too.)
    const listedAfter = subject !== undefined && clause === subject.clause && before !== undefined && c.indicator.span !== undefined && LIST_JOINT_ONLY.test(text.slice(before.span.end, c.indicator.span.start));
    if (!subject || (clause <= subject.clause && !listedAfter)) continue;
    const goesOn = renamed.get(c.indicator.name);
    if (!c.indicator.span) {
      if (goesOn) c.indicator = { ...c.indicator, name: goesOn, known: false };
      continue;
    }
    // A clause that names a place, or a subject or whole of its own, ends the subject's reach. (The place the
    // subject's own name holds, 宜昌 of 宜昌产业投资集团, is the sentence's: its later clauses go on with the firm.)
    if ((!c.regionInferred && c.region !== subject.region) || OWN_WHOLE.test(c.indicator.name) || (!c.indicator.known && OWN_FIRM.test(c.indicator.name)) || WHOLE_NAMED.test(text.slice(clauses[clause]?.start ?? at.start, at.start))) {
      subject = undefined;
      continue;
    }
    const name = `${subject.name}${c.indicator.name}`;
    renamed.set(c.indicator.name, name);
    c.indicator = { ...c.indicator, name, known: false };
  }
  return firm;
}

/** Firms, parks or scenic areas counted (上市公司, 省级开发区), in 家 or 个. */
const COUNTED_OWNERS = new RegExp(`^(?:(?!占)[\u4e00-\u9fff]){2,12}(?:${OWNER_WORDS})$`);
const COUNTED_UNIT = /^[家个]$/;
