// The places of one sentence as its figures read them: the subjects its clauses open on, places listed
// for a 分别 list, the place a figure's words modify (GDP达1.2万亿元的苏州), and a quote's speaker's place.
import type { Claim } from '../types';
import type { Lexicon, RegionMention } from '../lexicon/lexicon';
import type { Sentence } from '../text/segment';
import { PERIOD_AT_START } from './cueWords';
import { clauseOf, isClauseInitial, LIST_JOINT, subjectRegions, type SubjectMention } from './extractionContext';
import { PLACE_FACILITY } from './sentenceCues';

/** The places claims from `from` on name themselves (not inferred), in order of first mention. */
export function placesNamed(claims: readonly Claim[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < claims.length; i++) {
    const r = claims[i].region;
    if (r && !claims[i].regionInferred && !r.includes('、') && !out.includes(r)) out.push(r);
  }
  return out;
}

/** After the place of 从全省看, 就全国而言: the words that make it a view. */
const VIEW_FROM_PLACE = /^(?:范围|层面)?(?:来看|看|而言|来说)[，,]/;

/** The dash between two partners' names (慈溪—龙泉结对组). */
const PAIR_DASH = /[—－–-]/;

/** Region mentions of text[s.start, end) that can be subjects, in text offsets, marked clause-initial or not. */
export function subjectMentions(text: string, s: Sentence, end: number, lexicon: Lexicon, mentions: RegionMention[]): SubjectMention[] {
  const subjects = subjectRegions(text.slice(s.start, end), lexicon, mentions) as SubjectMention[];
  for (const r of subjects) {
    r.start += s.start;
    r.end += s.start;
    const prefix = text.slice(clauseOf(s, r.start).start, r.start);
    // (从全省看，26个产业园…, 就全国而言: the place a view is taken from opens the sentence as its subject.)
    const viewed = /(?:从|就)$/.test(prefix) && VIEW_FROM_PLACE.test(text.slice(r.end, r.end + 6));
    r.clauseInitial = isClauseInitial(viewed ? prefix.slice(0, -1) : prefix);
    if (text.charAt(r.end) === '、') r.listHead = true;
  }
  // 常州代管的溧阳市: a place inside the modifier of another is not the subject.
  for (let i = 1; i < subjects.length; i++) {
    const p = subjects[i - 1];
    const r = subjects[i];
    if (p.clauseInitial && r.clauseInitial && clauseOf(s, p.start) === clauseOf(s, r.start) && text.charAt(r.start - 1) === '的') p.clauseInitial = false;
    // (在龙泉，慈溪—龙泉山海协作产业园实现工业产值…: of a pair of partners, the one the sentence is set in
    // is the subject.)
    if (p.clauseInitial && r.start === p.end + 1 && PAIR_DASH.test(text.charAt(p.end)) && subjects.some((q) => q.end <= p.start && q.clauseInitial && q.name === r.name)) {
      p.clauseInitial = false;
      r.clauseInitial = true;
    }
  }
  return subjects;
}

/** 新晋万亿的(常州、烟台): words ending in 的 before listed places. */
const QUALIFIER_OF_LIST = /^[^，,。；;：:、的“”\s]{1,10}的/;

/** 余姚、慈溪… / 余姚和慈溪…: two or more places listed at the start of a phrase (after a period), else undefined. */
export function leadingRegionList(phrase: string, lexicon: Lexicon): string[] | undefined {
  // ** 巩义、新郑…: emphasis marks and spaces before the places.
  // (其中巩义、新郑分别…: a word that links to the sentence before comes first.)
  const lead = /^[\s*_#>，,]*(?:[0-9]{1,2}[.．、)]\s*)?(?:其中|同时|此外|另外|而|则)?[，,]?/.exec(phrase)?.[0].length ?? 0;
  let at = lead + (PERIOD_AT_START.exec(phrase.slice(lead))?.[0].length ?? 0);
  // 台州的温岭市、玉环市…: the places' city before them is no item.
  const owner = lexicon.regionAt(phrase, at);
  // (新晋万亿的常州、烟台: nor are the words that qualify them.)
  const qualifier = owner ? null : QUALIFIER_OF_LIST.exec(phrase.slice(at));
  if (qualifier && lexicon.regionAt(phrase, at + qualifier[0].length)) at += qualifier[0].length;
  if (owner && !owner.self && phrase.charAt(owner.end) === '的') at = owner.end + 1;
  // (杭州钱塘区、萧山区…: so is a city written right before its first district.)
  else if (owner && !owner.self) {
    const next = lexicon.regionAt(phrase, owner.end);
    if (next && !next.self && lexicon.parentRegion(next.name) === owner.name) at = owner.end;
  }
  const out: string[] = [];
  for (;;) {
    const r = lexicon.regionAt(phrase, at);
    if (!r || r.self) break;
    out.push(r.name);
    at = r.end;
    // (深圳港、广州港集装箱吞吐量: a city's port is the city's, as its figures are read; so are the places
    // a list names by the city's old town or airport, 大理古城、丽江古城分别接待游客….)
    const facility = PLACE_FACILITY.exec(phrase.slice(at, at + 3));
    if (facility && LIST_JOINT.test(phrase.slice(at + facility[0].length, at + facility[0].length + 2))) at += facility[0].length;
    const joint = LIST_JOINT.exec(phrase.slice(at, at + 2));
    if (!joint) break;
    at += joint[0].length;
  }
  return out.length >= 2 ? out : undefined;
}

/** 人均GDP居万亿城市首位的无锡, GDP达1.2万亿元的苏州: the place a figure's words modify is the figure's. */
export function placeModifiedBy(text: string, at: number, lexicon: Lexicon): string | undefined {
  // (人均20.63万元、居万亿城市首位的无锡: one of two qualities the place is named by.)
  const of = /^(?:位|名)?(?:、[^，,。；;：:、的]{1,14})?的/.exec(text.slice(at, at + 18));
  const place = of ? lexicon.regionAt(text, at + of[0].length) : undefined;
  return place && !place.self ? place.name : undefined;
}

/** Who speaks for a place: its bodies and officials. */
const SPEAKER = /局|委|办|厅|政府|管委会|部|处|中心|公司|长|书记|主任|负责人/;

/** The place of the speaker a quoted sentence is attributed to just after it (”宁海县发改局局长王建国说), if any. */
export function speakerPlace(text: string, s: Sentence, lexicon: Lexicon): string | undefined {
  if (!/^[“"「]/.test(text.charAt(s.start)) || !/[”"」]$/.test(text.charAt(s.end - 1))) return undefined;
  const after = /^[\s　]*([^，,。“”"]{2,24}?)(?:说|表示|介绍|坦言|指出|认为)/.exec(text.slice(s.end, s.end + 30));
  if (!after || !SPEAKER.test(after[1])) return undefined;
  const place = lexicon.regionAt(after[1], 0);
  return place && !place.self ? place.name : undefined;
}
