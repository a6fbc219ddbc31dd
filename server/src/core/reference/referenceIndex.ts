// Facts from source documents and datasets, keyed by indicator for matching. Each file's facts can be
// replaced on their own, so an editor re-indexes only what changed.
//
// Storage (factStore.ts): a path's facts are rows of a Chunk, made into Fact objects only when asked
// for. For matching, facts are grouped by indicator and measure, then region, then period; a group
// keeps, per fact and in candidate order, its id, value, tolerance and a "kind" (target, phase, unit,
// approximation, rank scope/basis/topN): everything compatibility() and sameValue() read besides region
// and period, which a group shares. A claim is matched by visiting the groups in place.
import type { Claim, Fact, InputProblem, Period } from '../types';
import type { DatasetRow, SourceDocument } from '../sourceDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { extract } from '../claims/extractClaims';
import { OWNER_WORDS } from '../claims/firmNames';
import { COUNT_UNIT_WORDS } from '../claims/indicatorPhrase';
import { LineMap } from '../text/lineMap';
import { factsFromRows } from './datasetFacts';
import { Chunk, Tables, type ArticleInfo, type RowPlace } from './factStore';
import { periodCompatibility, regionCompatibility, type Compatibility } from '../match/compatibility';
import { basesDiffer, isShareChange, oneSubject, sameSubject, shareSubject } from './shareNames';

export interface IndexStats {
  paths: number;
  facts: number;
}

const EXCERPT_MAX = 160;

/** What compatibility() reads of a fact besides region and period; shared by many facts. */
export interface FactKind {
  measure: Claim['measure'];
  target: boolean;
  phase: Claim['phase'];
  unit: string;
  approx: Claim['quantity']['approx'];
  topN: boolean | undefined;
  scope: string | undefined;
  basis: Claim['basis'];
}

/** Facts of one indicator and measure, region and period (year, part, whether each was inferred). */
export class FactGroup {
  /** The facts' ids, in the order they were added (candidate order). */
  ids: number[] = [];

  constructor(
    /** The facts' region ('' or undefined: none). */
    readonly region: string | undefined,
    /** The period of the first fact: year, part and their inferred flags are those of every fact here. */
    readonly period: Period | undefined,
  ) {}

  get length(): number {
    return this.ids.length;
  }

  /** Drops the facts with ids in [first, end), keeping the order of the others. */
  removeIds(first: number, end: number): void {
    this.ids = this.ids.filter((id) => id < first || id >= end);
  }
}

/** Called for each group a claim may match, in candidate order (group g of table t: positions
 * t.start[g] … t.start[g + 1] - 1), with whether the group's region and period are those of the claim
 * (compatibility 'same') or only compatible ('unknown'); returning false stops the visit. For related
 * indicators, `shortForm` says the group's name is the claim's written without a share's base (税收占比
 * for 税收占一般公共预算收入比重) or the other way round. `part` says the group and the claim are a whole and
 * a part of it (工业投资 for 民间工业投资, or 乡村旅游收入 for a 旅游收入 whose words say nothing of 乡村):
 * its figure may confirm the claim's in a like passage, never contradict it. `wholeOfNamedPart` says the
 * claim names the part by its qualifier (民间工业投资, 异地快递业务收入) and the group is the whole: its
 * figure does not confirm the claim's either. */
export type GroupVisitor = (t: KeyTable, g: number, samePlace: boolean, shortForm?: boolean, part?: boolean, wholeOfNamedPart?: boolean) => boolean | void;

/** Words that make a part of a quantity: its private, urban, new-energy, high-tech share; or a sum over
 * a group of places (百强县一般公共预算收入合计), of which one place's figure is no rival. */
const PART_QUALIFIER = /(民间|同城|异地|国际及港澳台|跨境|线上|网上|民营|国有|外商|外资|港澳台|城镇|农村|乡村|城市|新能源|高技术|高新技术|战略性新兴|数字经济核心|百强县|百强区|千亿县|万亿城市|(?:东部|中部|西部)(?:地区)?|[1-5]G|第[一二三]产业|二三产业|[一二三]产|发明|实用新型|外观设计)$/;
/** What a class of facilities or firms measures: 机场旅客吞吐量 is all the airports', 禄口机场旅客吞吐量 one's. */
const FACILITIES = /^(?:机场|港口|港区|港|口岸|景区|园区|开发区|高新区|企业|公司|集团|银行|医院)/;
/** A class's measure (机场旅客吞吐量), not the class counted (企业, 14家 of them). */
function classMeasured(name: string): boolean {
  const m = FACILITIES.exec(name);
  return m !== null && name.length > m[0].length;
}
/** …and one of them named (禄口机场 of 禄口机场旅客吞吐量): no measure of the whole place's. (Not a
 * firm: 山东黄金集团利润总额 is what a source says of the group in its clause before.) */
const ONE_FACILITY = /^(?![全各])[\u4e00-\u9fff]{2,}(?:机场|港口|港区|口岸|景区|站)$/;
/** A firm or a park a draft's name opens on (拓普集团营业收入, 园区协议投资): its own figure, which the
 * place's (营业收入, 协议投资) cannot contradict. */
const OWNER = new RegExp(`(?:${OWNER_WORDS})$`);

/** The facts of one indicator and measure in candidate order (by region, then period group), as
 * contiguous columns: what matching reads, made from the groups on first use after a change. */
export class KeyTable {
  /** Group g holds positions start[g] … start[g + 1] - 1. */
  readonly start: Int32Array;
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly tolerances: Float64Array;
  readonly kinds: Int32Array;
  /** Per group, its positions sorted by value (NaN values left out): sorted[start[g]] … sorted[sortedEnd[g] - 1],
   * their values in sortedValues. */
  readonly sorted: Int32Array;
  readonly sortedValues: Float64Array;
  readonly sortedEnd: Int32Array;
  readonly maxTolerance: Float64Array;
  /** The groups a claim visits, by the claim's region and period (placeKey): group * 2 + samePlace. */
  readonly visits = new Map<string, Int32Array>();

  constructor(
    readonly groups: readonly FactGroup[],
    /** Region of each group as regionCompatibility reads it. */
    readonly regions: readonly (string | undefined)[],
    chunkOf: (id: number) => Chunk,
  ) {
    const n = groups.length;
    this.start = new Int32Array(n + 1);
    let total = 0;
    groups.forEach((g, k) => {
      this.start[k] = total;
      total += g.length;
    });
    this.start[n] = total;
    this.ids = new Int32Array(total);
    this.values = new Float64Array(total);
    this.tolerances = new Float64Array(total);
    this.kinds = new Int32Array(total);
    this.sorted = new Int32Array(total);
    this.sortedValues = new Float64Array(total);
    this.sortedEnd = new Int32Array(n);
    this.maxTolerance = new Float64Array(n);
    const order: number[] = [];
    const values = this.values;
    groups.forEach((g, k) => {
      const s = this.start[k];
      let maxTolerance = -Infinity;
      order.length = 0;
      g.ids.forEach((id, i) => {
        const chunk = chunkOf(id);
        const row = id - chunk.firstId;
        const at = s + i;
        this.ids[at] = id;
        values[at] = chunk.value(row);
        this.tolerances[at] = chunk.tolerance(row);
        this.kinds[at] = chunk.kind(row);
        // NaN tolerances left out: such a fact states no figure.
        if (this.tolerances[at] > maxTolerance) maxTolerance = this.tolerances[at];
        if (!Number.isNaN(values[at])) order.push(at);
      });
      this.maxTolerance[k] = maxTolerance;
      order.sort((a, b) => values[a] - values[b]);
      order.forEach((pos, j) => {
        this.sorted[s + j] = pos;
        this.sortedValues[s + j] = values[pos];
      });
      this.sortedEnd[k] = s + order.length;
    });
  }

  /** Appends to `out` the positions in group g whose value is in [lo, hi], in no particular order. */
  valuesWithin(g: number, lo: number, hi: number, out: number[]): void {
    const v = this.sortedValues;
    let a = this.start[g];
    let b = this.sortedEnd[g];
    const end = b;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (v[mid] < lo) a = mid + 1;
      else b = mid;
    }
    for (let k = a; k < end && v[k] <= hi; k++) out.push(this.sorted[k]);
  }
}

/** What regionCompatibility and periodCompatibility read of a claim. */
function placeKey(claim: Claim): string {
  const p = claim.period;
  const period = p ? `${p.year}|${p.yearInferred ? 1 : 0}|${p.part}|${p.partInferred ? 1 : 0}` : '\u0001';
  return `${claim.region === undefined ? '\u0001' : claim.region}${claim.regionInferred ? '\u0002' : ''}\u0000${period}`;
}

/** Visit lists kept per table before they are dropped (the claims of a draft repeat a few places). */
const VISITS_KEPT = 4096;

export class ReferenceIndex {
  private readonly tables = new Tables();
  private readonly byPath = new Map<string, Chunk>();
  /** The chunks by first id, for finding a fact by id. */
  private chunks: Chunk[] = [];
  /** Facts by indicator and measure, then by region and period, so a claim skips whole groups that cannot match. */
  private readonly byIndicator = new Map<string, Map<string, Map<string, FactGroup>>>();
  /** Indicator names by their last two characters: a name and any name it ends (or is ended by) share them. */
  private readonly byTail = new Map<string, Set<string>>();
  /** Names of shares by the first two characters of their subject (税收收入占…比重 under 税收). */
  private readonly sharesByHead = new Map<string, Set<string>>();
  /** byIndicator as KeyTables, per key; dropped when the key's groups change. */
  private readonly tablesByKey = new Map<string, KeyTable>();
  private readonly kindIds = new Map<string, number>();
  /** The kinds of fact (see FactGroup.kinds). */
  readonly kinds: FactKind[] = [];
  private nextId = 1;
  private lastChunk: Chunk | undefined;
  /** Every amount (measure value) by its number, whatever its indicator: made on first use (amountsWithin),
   * dropped when a document comes or goes. */
  private amounts: { values: Float64Array; ids: Int32Array } | undefined;

  constructor(readonly lexicon: Lexicon) {}

  /** Indexes (or re-indexes) one document; returns the number of facts it holds. */
  addDocument(doc: SourceDocument): number {
    this.remove(doc.path);
    const lines = doc.position ? undefined : new LineMap(doc.text);
    const position = doc.position ?? ((o: number) => (lines as LineMap).positionAt(o));
    const chunk = new Chunk(this.tables, doc.path, doc.text, false, this.nextId, 256);
    let a = 0;
    const at: RowPlace = { excerptStart: 0, excerptEnd: 0, excerptSpan: { start: 0, end: 0 }, line: 0, character: 0, endLine: 0, endCharacter: 0, article: -1, locator: undefined, textAtSpan: false };
    // Claims arrive a paragraph at a time and become rows at once: a large document's claims are
    // never all alive together.
    const { articles } = extract(doc.text, { lexicon: this.lexicon, spans: false }, undefined, (claims, articles) => {
      for (const c of claims) {
        if (!c.indicator.name) continue;
        // Claims come in text order: the article pointer only moves forward.
        while (a + 1 < articles.length && c.span.start >= articles[a + 1].start) a++;
        const start = position(c.span.start);
        const end = position(c.span.end);
        excerptOf(c, at);
        at.line = start.line;
        at.character = start.character;
        at.endLine = end.line;
        at.endCharacter = end.character;
        at.article = articles.length ? a : -1;
        at.locator = doc.locate?.(c.span.start);
        at.textAtSpan = isAt(c.text, doc.text, c.span.start);
        this.group(chunk, chunk.append(c, at), c);
      }
    });
    chunk.articles = articles.map((x) => ({ title: x.title || undefined, date: x.date, dateId: this.tables.date(x.date) }));
    this.register(chunk);
    return chunk.count;
  }

  /** Indexes (or re-indexes) the rows of one dataset; returns problems with rows it could not use. */
  addRows(path: string, rows: DatasetRow[]): InputProblem[] {
    this.remove(path);
    const firstId = this.nextId;
    let next = firstId;
    const { facts, problems } = factsFromRows(path, rows, this.lexicon, () => next++);
    // The excerpts one after another are the chunk's text; each row's title and date an "article".
    let text = '';
    const infos: ArticleInfo[] = [];
    const infoIds = new Map<string, number>();
    const places = facts.map((f): RowPlace => {
      const s = f.source;
      const start = text.length;
      text += s.excerpt;
      const key = JSON.stringify([s.title ?? null, s.date ?? null]);
      let article = infoIds.get(key);
      if (article === undefined) {
        article = infos.length;
        infos.push({ title: s.title, date: s.date, dateId: this.tables.date(s.date) });
        infoIds.set(key, article);
      }
      return {
        excerptStart: start, excerptEnd: text.length, excerptSpan: s.excerptSpan, line: s.line, character: s.character,
        endLine: s.endLine, endCharacter: s.endCharacter, article, locator: s.locator, textAtSpan: false,
      };
    });
    const chunk = new Chunk(this.tables, path, text, true, firstId, facts.length, infos);
    facts.forEach((f, i) => {
      if (f.id !== firstId + i) throw new Error('dataset fact ids are not consecutive');
      this.group(chunk, chunk.append(f, places[i]), f);
    });
    this.register(chunk);
    return problems;
  }

  removePath(path: string): void {
    this.remove(path);
  }

  get facts(): Fact[] {
    const out: Fact[] = [];
    for (const chunk of this.byPath.values()) for (let i = 0; i < chunk.count; i++) out.push(chunk.fact(i));
    return out;
  }

  get paths(): string[] {
    return [...this.byPath.keys()];
  }

  /** The fact with this id (one the index holds). */
  fact(id: number): Fact {
    const chunk = this.chunkOf(id);
    return chunk.fact(id - chunk.firstId);
  }

  /** The chunk holding the fact with this id (row id - chunk.firstId). */
  chunkOf(id: number): Chunk {
    const last = this.lastChunk;
    if (last && id >= last.firstId && id < last.firstId + last.count) return last;
    const chunks = this.chunks;
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid].firstId <= id) lo = mid;
      else hi = mid - 1;
    }
    const chunk = chunks[lo];
    if (!chunk || id < chunk.firstId || id >= chunk.firstId + chunk.count) throw new Error(`no fact ${id}`);
    this.lastChunk = chunk;
    return chunk;
  }

  /** Orders document dates like (a ?? '').localeCompare(b ?? ''): compare the numbers. */
  dateRank(chunk: Chunk, row: number): number {
    return this.tables.dateRank(chunk.dateId(row));
  }

  /** Facts stating the claim's indicator (exact canonical name), less groups whose region or year conflict. */
  candidates(claim: Claim): Fact[] {
    const out: Fact[] = [];
    this.visit(claim, claim.indicator.name, (t, g) => this.collect(t, g, out));
    return out;
  }

  /** Facts whose indicator contains the claim's or is contained in it (余姚规上工业增加值 / 规上工业增加值). */
  related(claim: Claim, written = ''): Fact[] {
    const out: Fact[] = [];
    this.visitRelated(claim, (t, g) => this.collect(t, g, out), written);
    return out;
  }

  /** Visits, in candidate order, the groups of facts stating `name` in the claim's measure, less those
   * whose region or period conflict with the claim's. */
  visit(claim: Claim, name: string, visitor: GroupVisitor): boolean {
    const t = this.table(`${name}\u0000${claim.measure}`);
    if (!t) return true;
    const place = placeKey(claim);
    let list = t.visits.get(place);
    if (!list) {
      const out: number[] = [];
      const regions = new Map<string | undefined, Compatibility>();
      t.groups.forEach((g, k) => {
        const r = t.regions[k];
        let region = regions.get(r);
        if (region === undefined) regions.set(r, (region = regionCompatibility(claim.region, r, claim.regionInferred === true)));
        if (region === 'conflict') return;
        const period = periodCompatibility(claim.period, g.period);
        if (period !== 'conflict') out.push(k * 2 + (region === 'same' && period === 'same' ? 1 : 0));
      });
      if (t.visits.size >= VISITS_KEPT) t.visits.clear();
      t.visits.set(place, (list = Int32Array.from(out)));
    }
    for (let j = 0; j < list.length; j++) if (visitor(t, list[j] >> 1, (list[j] & 1) === 1) === false) return false;
    return true;
  }

  private table(key: string): KeyTable | undefined {
    let t = this.tablesByKey.get(key);
    if (!t) {
      const byRegion = this.byIndicator.get(key);
      if (!byRegion) return undefined;
      const groups: FactGroup[] = [];
      const regions: (string | undefined)[] = [];
      for (const [region, gs] of byRegion) {
        for (const g of gs.values()) {
          groups.push(g);
          regions.push(region || undefined);
        }
      }
      t = new KeyTable(groups, regions, (id) => this.chunkOf(id));
      this.tablesByKey.set(key, t);
    }
    return t;
  }

  /** visit() for each indicator name that ends the claim's or is ended by it, then its lexicon neighbours (related() order). */
  visitRelated(claim: Claim, visitor: GroupVisitor, written = ''): void {
    const name = claim.indicator.name;
    if (name.length < 2) return;
    if (!this.visitTails(claim, name, visitor, written)) return;
    // 参观人次 (a verb alone, kept with its unit when named) is 科普场馆参观 as the sources name it.
    const verbCount = SHORT_COUNT_NAME.exec(name);
    if (verbCount && !this.visitTails(claim, verbCount[1], visitor, written)) return;
    // 发明专利授权 / 发明专利授权量, 商标注册 / 商标注册量: a count written with and without 量 is one quantity.
    const bare = name.endsWith('量') ? name.slice(0, -1) : name;
    const counted = bare === name ? `${name}量` : bare;
    if (VERB_COUNTED.test(bare) && !this.visit(claim, counted, (t, g, samePlace) => visitor(t, g, samePlace, true))) return;
    // `written`: the words before the draft's figure, for a word that names two indicators (财政收入).
    for (const key of this.lexicon.neighbours(name, written)) if (!this.visit(claim, key, visitor)) return;
    // Shares of one subject over bases worded differently (税收占比 / 税收收入占一般公共预算收入比重,
    // 占规上工业的比重 / 占规模以上工业增加值比重): related too, so read in context like the names above.
    // (So are their changes in points, when the draft's words say a share changed: 经营性收入占比较上年提高.)
    if (claim.measure !== 'share' && !(claim.measure === 'diff' && isShareChange(written))) return;
    const subject = shareSubject(name);
    if (subject.length < 2) return;
    for (const key of this.sharesByHead.get(subject.slice(0, 2)) ?? []) {
      if (key === name || key.endsWith(name) || name.endsWith(key)) continue; // visited above
      const other = shareSubject(key);
      if (!sameSubject(name, subject, key, other)) continue;
      // (煤炭消费比重 for 煤炭消费量占能源消费总量的比重: one subject with and without 量 is one share's short form.)
      const shortForm = oneSubject(other, subject) && (other === key || subject === name);
      if (basesDiffer(name, key)) continue;
      if (!this.visit(claim, key, shortForm ? (t, g, samePlace) => visitor(t, g, samePlace, true) : visitor)) return;
    }
  }

  /** visit() for each indicator name that ends `name` or is ended by it; false when the visitor stopped. */
  private visitTails(claim: Claim, name: string, visitor: GroupVisitor, written: string): boolean {
    for (const key of this.byTail.get(name.slice(-2)) ?? []) {
      if (key === name || otherQuantities(key, name)) continue;
      if (!key.endsWith(name) && !name.endsWith(key)) continue;
      // 余姚规上工业增加值 / 规上工业增加值 name one quantity; 民间工业投资 / 工业投资 a part and its whole.
      // (A draft's bare 营业收入 may be the part its context names: the part's figure still contradicts it.)
      // (…but 乡村旅游收入 does not contradict 实现旅游收入 when the draft's words say nothing of 乡村.)
      // The words the longer of the two names has before the shorter.
      const head = key.length < name.length ? name.slice(0, name.length - key.length) : key.slice(0, key.length - name.length);
      const qualifier = key.length > name.length ? PART_QUALIFIER.exec(head)?.[1] : undefined;
      const namedPart = name.length > key.length && PART_QUALIFIER.test(head);
      const part = namedPart || (qualifier !== undefined && !written.includes(qualifier))
        || classMeasured(key.length < name.length ? key : name)
        || ONE_FACILITY.test(head) || (name.length > key.length && OWNER.test(head));
      if (!this.visit(claim, key, part ? (t, g, samePlace) => visitor(t, g, samePlace, false, true, namedPart) : visitor)) return false;
    }
    return true;
  }


  /** Ids of the amounts (measure value) whose number lies in [lo, hi], in any unit and under any indicator. */
  amountsWithin(lo: number, hi: number): number[] {
    const { values, ids } = (this.amounts ??= this.sortAmounts());
    let a = 0;
    let b = values.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (values[mid] < lo) a = mid + 1;
      else b = mid;
    }
    const out: number[] = [];
    for (let i = a; i < values.length && values[i] <= hi; i++) out.push(ids[i]);
    return out;
  }

  private sortAmounts(): { values: Float64Array; ids: Int32Array } {
    let n = 0;
    for (const chunk of this.chunks) for (let i = 0; i < chunk.count; i++) if (chunk.measure(i) === 'value') n++;
    const unsorted = new Float64Array(n);
    const order = new Int32Array(n);
    const idsOf = new Int32Array(n);
    let k = 0;
    for (const chunk of this.chunks) {
      for (let i = 0; i < chunk.count; i++) {
        if (chunk.measure(i) !== 'value') continue;
        unsorted[k] = chunk.value(i);
        idsOf[k] = chunk.firstId + i;
        order[k] = k;
        k++;
      }
    }
    order.sort((a, b) => unsorted[a] - unsorted[b]);
    const values = new Float64Array(n);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      values[i] = unsorted[order[i]];
      ids[i] = idsOf[order[i]];
    }
    return { values, ids };
  }

  stats(): IndexStats {
    let facts = 0;
    for (const c of this.byPath.values()) facts += c.count;
    return { paths: this.byPath.size, facts };
  }

  private collect(t: KeyTable, g: number, out: Fact[]): void {
    for (let i = t.start[g]; i < t.start[g + 1]; i++) out.push(this.fact(t.ids[i]));
  }

  private kindOf(c: Claim): number {
    const q = c.quantity;
    const key = `${c.measure}|${c.target}|${c.phase}|${q.approx}|${c.topN}|${c.basis}|${q.unit}\u0000${c.scope === undefined ? '' : `=${c.scope}`}`;
    let id = this.kindIds.get(key);
    if (id === undefined) {
      id = this.kinds.length;
      this.kinds.push({ measure: c.measure, target: c.target, phase: c.phase, unit: q.unit, approx: q.approx, topN: c.topN, scope: c.scope, basis: c.basis });
      this.kindIds.set(key, id);
    }
    return id;
  }

  /** Takes the facts of `path` out of the index. */
  private remove(path: string): void {
    const old = this.byPath.get(path);
    this.lastChunk = undefined;
    if (!old) return;
    this.amounts = undefined;
    const first = old.firstId;
    const end = old.firstId + old.count;
    const keys = new Set<string>();
    for (let i = 0; i < old.count; i++) keys.add(`${old.name(i)}\u0000${old.measure(i)}`);
    for (const key of keys) {
      this.tablesByKey.delete(key);
      const name = key.slice(0, key.indexOf('\u0000'));
      const byRegion = this.byIndicator.get(key);
      if (!byRegion) continue;
      for (const [region, groups] of byRegion) {
        for (const [k, g] of groups) {
          g.removeIds(first, end);
          if (!g.length) groups.delete(k);
        }
        if (!groups.size) byRegion.delete(region);
      }
      if (!byRegion.size) {
        this.byIndicator.delete(key);
        const measures = ['value', 'growth', 'share', 'diff', 'rank'];
        if (!measures.some((m) => this.byIndicator.has(`${name}\u0000${m}`))) this.byTail.get(name.slice(-2))?.delete(name);
        if (key.endsWith('\u0000share')) this.sharesByHead.get(shareSubject(name).slice(0, 2))?.delete(name);
      }
    }
    this.chunks = this.chunks.filter((c) => c !== old);
    this.byPath.delete(path);
  }

  /** Seals a fully read chunk and makes its facts findable by id and path. */
  private register(chunk: Chunk): void {
    chunk.seal();
    this.amounts = undefined;
    this.nextId = chunk.firstId + chunk.count;
    if (!chunk.count) return;
    this.byPath.set(chunk.path, chunk);
    // Ids only grow: the new chunk goes last.
    this.chunks.push(chunk);
  }

  /** Files row `row` of `chunk` (the claim `f`) under its indicator, measure, region and period. */
  private group(chunk: Chunk, row: number, f: Claim): void {
    const key = `${f.indicator.name}\u0000${f.measure}`;
    this.tablesByKey.delete(key);
    let byRegion = this.byIndicator.get(key);
    if (!byRegion) {
      byRegion = new Map();
      this.byIndicator.set(key, byRegion);
      const tail = f.indicator.name.slice(-2);
      const keys = this.byTail.get(tail);
      if (keys) keys.add(f.indicator.name);
      else this.byTail.set(tail, new Set([f.indicator.name]));
      if (f.measure === 'share') {
        const head = shareSubject(f.indicator.name).slice(0, 2);
        const shares = this.sharesByHead.get(head);
        if (shares) shares.add(f.indicator.name);
        else this.sharesByHead.set(head, new Set([f.indicator.name]));
      }
    }
    let groups = byRegion.get(f.region ?? '');
    if (!groups) {
      groups = new Map();
      byRegion.set(f.region ?? '', groups);
    }
    const k = periodKey(f.period);
    let g = groups.get(k);
    if (!g) {
      g = new FactGroup(f.region, f.period);
      groups.set(k, g);
    }
    chunk.setKind(row, this.kindOf(f));
    g.ids.push(chunk.firstId + row);
  }
}

/** Facts of one region are grouped by period (and whether its year and part were inferred). */
const periodKeys = new WeakMap<object, string>();

function periodKey(p: Period | undefined): string {
  if (!p) return '';
  let key = periodKeys.get(p);
  if (key === undefined) {
    key = `${p.year}|${p.yearInferred ? 1 : 0}|${p.part}|${p.partInferred ? 1 : 0}`;
    periodKeys.set(p, key);
  }
  return key;
}

/** `s` is text[at, at + s.length). */
function isAt(s: string, text: string, at: number): boolean {
  if (at + s.length > text.length) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

/** The sentence around a figure, cut to a readable length with the figure inside (a range of the text). */
function excerptOf(c: Claim, out: RowPlace): void {
  let start = c.sentenceSpan.start;
  let end = c.sentenceSpan.end;
  if (end - start > EXCERPT_MAX) {
    start = Math.max(start, c.span.start - EXCERPT_MAX / 2);
    end = Math.min(end, start + EXCERPT_MAX);
    if (c.span.end > end) {
      end = c.span.end;
      start = Math.max(c.sentenceSpan.start, end - EXCERPT_MAX);
    }
  }
  out.excerptStart = start;
  out.excerptEnd = end;
  out.excerptSpan = { start: c.span.start - start, end: c.span.end - start };
}

/** Two names of which one is not a kind of the other, however alike they are written. */
export function otherQuantities(a: string, b: string): boolean {
  // 人均地区生产总值 is not a kind of 地区生产总值: a figure per head (per mu, per unit) is another quantity.
  // 进出口总额 is not a kind of 出口总额, nor 进出口 of 出口.
  // 新增A股上市公司 (added in a year) is not A股上市公司 (all there are).
  return (PER_UNIT.test(a) !== PER_UNIT.test(b) && !(PER_HEAD_WITHIN.test(a) && PER_HEAD_WITHIN.test(b))) || IMPORT_EXPORT.test(a) !== IMPORT_EXPORT.test(b) || ADDED.test(a) !== ADDED.test(b);
}

const PER_UNIT = /^(人均|户均|亩均|单位)/;
/** (农村居民人均经营净收入 is as much per head as 人均经营净收入: 人均 after whose it is.) */
const PER_HEAD_WITHIN = /人均|户均|亩均/;
/** Names of what was added in a period (新增, 净增, 新引进…, after 力争 or the like), as against what there is. */
const ADDED = /^.{0,3}?(?:新增|净增|新引进|新培育|新认定|新设|新签约|新开工)/;
/** Trade both ways: another quantity than exports or imports alone. */
const IMPORT_EXPORT = /进出口/;

/** A count named by a verb alone and its unit (参观人次): the names that end on the verb are its qualified
 * forms (longer stems lose the unit when named: canonicalIndicatorName). */
const SHORT_COUNT_NAME = new RegExp(`^([\u4e00-\u9fff]{2})(?:${COUNT_UNIT_WORDS})$`);
/** Names ending on what was done (授权, 申请, 注册, 登记): counted with or without 量. */
const VERB_COUNTED = /(?:授权|申请|注册|登记|受理|办结|审结|发放|签约)$/;
