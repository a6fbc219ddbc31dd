// Dataset rows (CSV/JSON, schema in docs/datasets.md) → facts, normalised exactly like figures found
// in text: the value is read by the same figure finder, so "1220.7" + "亿元" means what 1220.7亿元 means.
import type { Fact, InputProblem, Measure } from '../types';
import type { DatasetRow } from '../sourceDocument';
import type { Lexicon } from '../lexicon/lexicon';
import { findFigures, notationOf } from '../claims/findFigures';
import { parsePeriod } from '../claims/periods';
import { canonicalIndicatorName } from '../claims/indicatorPhrase';
import { anchorPartsScope, normaliseScope, ownerOfParts, OVERALL_RANKING, OVERALL_STRENGTH, wholeOfKind, withPartsOfBareWhole } from '../claims/rankScope';
import { baseKey } from '../claims/comparisonBase';
import { toHalfWidth } from '../text/fullwidth';

const MEASURES: Record<string, Measure> = {
  value: 'value', 数值: 'value', 总量: 'value', growth: 'growth', 增速: 'growth', 增长: 'growth',
  share: 'share', 比重: 'share', 占比: 'share', diff: 'diff', 百分点: 'diff', rank: 'rank', 位次: 'rank', 排名: 'rank',
};

/** 地区生产总值全国城市排名: what is ranked, then its field (全国…, 全省…, 全市…, X各…), then 排名. */
const RANK_FIELD_IN_NAME = /^(.*?)((?:全国|全省|全市|全区|全县|[\u4e00-\u9fff]{2,4}各)[^排位]{0,16}?)(?:排名|位次|排位)$/;

/** The measure a row's measure column names (value, 增速, …), if it names one. */
function measureOfRow(row: DatasetRow): Measure | undefined {
  return row.measure ? MEASURES[row.measure.trim().toLowerCase()] ?? MEASURES[row.measure.trim()] : undefined;
}

/** The words that make a rank of a row's figure rank by its measure (增速 for a growth's rank). */
const RANK_BASIS_WORDS: Partial<Record<Measure, string>> = { growth: '增速', share: '比重' };

/**
 * A row that states a figure and its rank (临沂市, 地区生产总值, value 6105.2, rank 第五): two facts,
 * the figure and the rank of the indicator by that measure.
 */
function withOwnRank(row: DatasetRow): DatasetRow[] {
  const measure = measureOfRow(row);
  if (!row.rank?.trim() || !measure || measure === 'rank' || measure === 'diff' || row.value === undefined || String(row.value).trim() === '') return [row];
  const { rank, ...figure } = row;
  const ranked: DatasetRow = { ...row, measure: 'rank', value: undefined, unit: undefined, indicator: `${row.indicator ?? ''}${RANK_BASIS_WORDS[measure] ?? ''}` };
  return [figure, ranked];
}

export function factsFromRows(path: string, rows: DatasetRow[], lexicon: Lexicon, nextId: () => number): { facts: Fact[]; problems: InputProblem[] } {
  const facts: Fact[] = [];
  const problems: InputProblem[] = [];
  for (const row of rows.flatMap(withOwnRank)) {
    const problem = (detail: string) => problems.push({ path, line: row.line, severity: 'warning', kind: 'dataset-row', args: { detail } });
    if (!row.indicator?.trim()) { problem('indicator'); continue; }
    const measure: Measure | undefined = row.measure ? measureOfRow(row) : row.rank ? 'rank' : undefined;
    if (row.measure && !measure) { problem(`measure=${row.measure}`); continue; }
    const isRank = measure === 'rank';
    const raw = isRank ? String(row.rank ?? row.value ?? '') : `${row.value ?? ''}${row.unit ?? ''}`;
    const figText = toHalfWidth(isRank && /^[0-9]+$/.test(raw.trim()) ? `第${raw.trim()}位` : raw.trim());
    const fig = findFigures(figText).find((f) => f.start === 0);
    if (!fig) { problem(`value=${raw}`); continue; }
    const m: Measure = measure ?? (fig.kind === 'points' ? 'diff' : fig.kind === 'percent' ? (/增速|增长|增幅/.test(row.indicator) ? 'growth' : 'share') : fig.kind === 'rank' ? 'rank' : 'value');
    // 地区生产总值增长 / 第三产业增加值比重: the measure word says what the figure is, not what it is of.
    const words = row.indicator.trim().replace(/[(（]%[)）]$/, '');
    // 地区生产总值全国城市排名, 全国百强县排名: a rank's indicator names its field too, when no scope column does.
    const field = m === 'rank' && !row.scope?.trim() ? RANK_FIELD_IN_NAME.exec(words) : null;
    const rankedWords = field ? field[1] : words;
    const bare = m === 'growth' ? words.replace(/(同比增长|比上年增长|增长速度|增长率|增速|增幅|增长)$/, '') : m === 'share' ? words.replace(/(的)?(比重|占比)$/, '') : m === 'rank' ? rankedWords.replace(/(排名|位次|排位)$/, '') : words;
    const writtenScope = row.scope?.trim() || field?.[2];
    const overall = m === 'rank' && !bare && writtenScope !== undefined && OVERALL_RANKING.test(writtenScope);
    const { name, known } = overall ? { name: OVERALL_STRENGTH, known: false } : canonicalIndicatorName(bare || words, lexicon, m);
    const region = row.region ? lexicon.canonicalRegion(row.region.trim()) ?? row.region.trim() : undefined;
    const excerpt = [row.region, row.period, row.indicator, raw].filter(Boolean).join(' ');
    const figAt = excerpt.lastIndexOf(raw);
    facts.push({
      id: nextId(),
      span: { start: 0, end: fig.end },
      text: raw,
      measure: m,
      quantity: {
        value: fig.value,
        unit: fig.unit,
        tolerance: 0.5 * Math.pow(10, -fig.decimals) * fig.scale,
        approx: fig.approx,
        notation: notationOf(fig, figText),
      },
      indicator: { name, known },
      region,
      period: row.period ? parsePeriod(row.period.trim()) : undefined,
      // A difference's scope is its base (全省, 上半年), keyed as in text; a rank's is its ranking scope.
      // A field of parts (各区县) is the region's city's, as in text.
      // (全省16市 for 烟台市 is 山东省's cities; 全省 alone for a city, any of its province's parts.)
      scope: writtenScope ? (m === 'diff' ? baseKey(writtenScope, lexicon) : anchorPartsScope(withPartsOfBareWhole(normaliseScope(writtenScope, lexicon), region, lexicon), (written, field) => (written ? wholeOfKind(written, region, lexicon) ?? written : ownerOfParts(region, field, lexicon)))) : undefined,
      topN: fig.topN,
      target: row.target ?? false,
      // A row is one passage: the facts of one line (a wide table's columns) stand together.
      sentence: row.line,
      sentenceSpan: { start: 0, end: 0 },
      // As in text: a rank of a named indicator ranks its level unless its words say growth or share.
      basis: isRank ? (/增速|增幅|增长/.test(row.indicator) ? 'growth' : /比重|占比/.test(row.indicator) ? 'share' : bare && !overall ? 'value' : undefined) : undefined,
      source: {
        path,
        line: Math.max(0, row.line - 1),
        character: 0,
        endLine: Math.max(0, row.line - 1),
        endCharacter: 0,
        excerpt: row.note ? `${excerpt}（${row.note}）` : excerpt,
        excerptSpan: { start: figAt, end: figAt + raw.length },
        title: row.sourceDocument,
        date: row.date,
        locator: row.sourceLocation,
      },
    });
  }
  return { facts, problems };
}
