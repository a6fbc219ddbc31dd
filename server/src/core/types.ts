// The engine's plain data. Everything here is JSON-serialisable and speaks UTF-16 offsets into the
// original text (JS string indices); conversion to lines/columns happens at the edges (see lineMap.ts).

/** A half-open range [start, end) of UTF-16 code units in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** What a figure says about its indicator. */
export type Measure =
  | 'value' // an amount: 203.5亿元, 2007家
  | 'growth' // a growth rate: 增长15.2%, 下降0.7% (negative)
  | 'share' // a proportion or rate: 占…比重3.61%, 覆盖率42.18%
  | 'diff' // a difference in percentage points: 高于…4.8个百分点
  | 'rank'; // a position: 第二, 首位, 前5

/** How a figure was written, so an expected figure can be printed the same way. */
export interface Notation {
  /** 'arabic' 15.2, 'fullwidth' １５．２, 'chinese' 十五点二 / 第二. */
  digits: 'arabic' | 'fullwidth' | 'chinese';
  /** Digits after the decimal point as written: bounds the precision of a comparison. */
  decimals: number;
  /** The exact text before the number (e.g. '第', '百分之') and after it (e.g. '亿元', '%', '位'). */
  prefix: string;
  suffix: string;
  /** The unit stated elsewhere (a table header's 亿元) for a number written without it: scales, unwritten. */
  impliedSuffix?: string;
  /** Thousands separators were used (1,234). */
  grouped: boolean;
}

/** Words that qualify a figure instead of stating it exactly. */
export type Approximation = 'about' | 'over' | 'under' | 'nearly' | 'within';

export interface Quantity {
  /** The number in the unit below (1.6亿元 → 1.6e8, unit 元); growth/share/diff in percent; rank N. */
  value: number;
  /** Canonical base unit: '元', '美元', '人', '家', '%', '个百分点', '位', … or '' when none. */
  unit: string;
  /** Relative precision implied by the written decimals, in the base unit (1220.7亿元 → 0.05e8). */
  tolerance: number;
  approx?: Approximation;
  notation: Notation;
}

/** A period normalised to a comparable key. */
export interface Period {
  /** Absolute year ('2021'), a relative year ('Y0' this year, 'Y-1' last year), a span ('2016-2020'),
   * or '' when only a part of an unnamed year is known. */
  year: string;
  /** Part of the year: '' (whole/unspecified), 'M1-7' (cumulative months), 'Q2' (single quarter),
   * 'M7' (a single month), 'H2' (second half). */
  part: string;
  /** The phrase as written (今年1-7月). */
  label: string;
  /** The year / the part was taken from an earlier sentence, a heading or the title rather than
   * from the figure's own sentence: a disagreement there is a doubt, not a contradiction. */
  yearInferred?: boolean;
  partInferred?: boolean;
}

export interface Indicator {
  /** Canonical name from the lexicon, or the normalised phrase when unknown. */
  name: string;
  /** True when the lexicon knows the indicator (aliases resolved). */
  known: boolean;
  /** Where the phrase stands in the text, when it is in the same clause as the figure. */
  span?: Span;
}

/** One figure in a text, with everything needed to compare it. Sources and drafts alike. */
export interface Claim {
  span: Span;
  /** The figure exactly as written (span's text). */
  text: string;
  measure: Measure;
  quantity: Quantity;
  indicator: Indicator;
  /** Canonical region name (余姚市) or undefined when the text does not say. */
  region?: string;
  /** The region was taken from an earlier sentence, a heading or the title. */
  regionInferred?: boolean;
  period?: Period;
  /** For ranks: the field ranked within (宁波各县(市、区), 全省, 全国城市, …), normalised. */
  scope?: string;
  /** For ranks: 前N (within the top N) rather than exactly N. */
  topN?: boolean;
  /** 目标/力争/预期/计划: a target, compared only with targets. */
  target: boolean;
  /** 预计/有望/将突破: what is expected, not what was. A source that states it confirms it; none contradicts it. */
  forecast?: boolean;
  /**
   * 由A提高到B: A is 'from', B is 'to'. 比上年末增加12.4万人: a 'change' (an amount added, not the level).
   * A from-figure is compared only with from-figures, a change only with changes.
   * 到2025年底累计改造1500个, 2019年以来累计: a 'cumulative' total over years, compared only with such totals.
   */
  phase?: 'from' | 'to' | 'change' | 'cumulative';
  /** For ranks: what is ranked (the level, the growth rate, a share), when the text says. */
  basis?: 'value' | 'growth' | 'share';
  /**
   * The words that say what the figure is when they do not stand before it in its sentence: a table
   * cell's row label and column header (烟台 地区生产总值). Read for context like the words before it.
   */
  leftWords?: string;
  /**
   * What the sentence opened on when it is no place and the figure's name does not say it (东盟 in 东盟继续
   * 保持…，上半年进出口89.64亿元): the figure may be that thing's, so only a passage naming it contradicts it.
   */
  topic?: string;
  /** Index of the sentence in the text (for context and consistency checks). */
  sentence: number;
  /** The sentence's span in the text. */
  sentenceSpan: Span;
}

/** Where a fact came from. Lines and columns are 0-based, columns in UTF-16 units. */
export interface Provenance {
  /** Path as the user gave it (relative to the working folder when possible). */
  path: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  /** The sentence holding the figure, as written. */
  excerpt: string;
  /** Offset of the figure inside the excerpt, so a hover can mark it. */
  excerptSpan: Span;
  title?: string;
  /** ISO date (YYYY-MM-DD) of the document, when known: used to prefer the newest of conflicting facts. */
  date?: string;
  /** For datasets: the row number; for paged formats: page or paragraph. */
  locator?: string;
}

/** A claim found in a source document or a dataset row. */
export interface Fact extends Claim {
  id: number;
  source: Provenance;
}

export type ClaimStatus = 'verified' | 'mismatch' | 'unverified' | 'ambiguous';

export type FindingCode =
  | 'value-mismatch'
  | 'growth-mismatch'
  | 'share-mismatch'
  | 'diff-mismatch'
  | 'rank-mismatch'
  | 'unit-mismatch'
  | 'ambiguous'
  | 'unverified'
  | 'diff-inconsistent'
  | 'share-over-100'
  | 'distributive-count'
  | 'not-fully-checked';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  span: Span;
  newText: string;
}

/** The result of checking one claim. */
export interface ClaimVerdict {
  claim: Claim;
  status: ClaimStatus;
  /** The facts that support (verified) or contradict (mismatch/ambiguous) the claim, best first. */
  evidence: Fact[];
  /** For a mismatch: the source's figure in the draft's notation, and the edit that puts it in. */
  expected?: string;
  fix?: TextEdit;
  /** For a mismatch: the number agrees but the unit does not (提高1.8% where the source says 1.8个百分点). */
  unitOnly?: boolean;
}

/** Something to show the writer: a mismatch, an internal inconsistency, an unverified figure, … */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  span: Span;
  /** Message arguments; text comes from messages.ts in the requested language. */
  args: Record<string, string>;
  actual: string;
  expected?: string;
  fix?: TextEdit;
  evidence: Fact[];
}

/** A problem with the input, not with the draft: unreadable file, broken dataset row, limit hit. */
export interface InputProblem {
  path: string;
  line?: number;
  severity: 'error' | 'warning' | 'information';
  /** Machine-readable kind, e.g. 'encoding', 'binary', 'too-large', 'csv', 'json', 'config', 'missing'. */
  kind: string;
  /** Arguments for messages.ts. */
  args: Record<string, string>;
}

export type Language = 'zh' | 'en';
