// Texts that stress the extractor: very long lines, thousands of figures in one paragraph, deep
// brackets, mixed scripts, astral characters before figures, and runs built to make a careless regular
// expression backtrack. Each generator gives about `n` UTF-16 units. Shared by the robustness tests
// (small n), `npm run fuzz` (fast-check) and `npm run bench` (large n, timed).
import fc from 'fast-check';

function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
}

const FIGURES = ['1220.7亿元', '15.2%', '4.8个百分点', '第二', '388家', '１５．２％', '一千二百二十点七亿元', '2,872万标箱', '前5'];

export const HOSTILE: Record<string, (n: number) => string> = {
  /** One line, no punctuation at all, a figure every few dozen characters. */
  longLineNoPunctuation: (n) => fill('余姚地区生产总值达到1220.7亿元增长5.1个百分点有效投资同比增长15.2%高于宁波市平均4.8个百分点居宁波各县市区第二', n),
  /** Same, without any figure: the scanner must still move on. */
  longLineNoFigures: (n) => fill('全市上下深入推进高质量发展经济运行总体平稳稳中有进各项改革持续深化营商环境不断优化', n),
  /** Thousands of figures in one sentence of one paragraph. */
  figuresInOneParagraph: (n) => `余姚、慈溪地区生产总值分别为${fill('1220.7亿元、2008.3亿元、15.2%、第二、', n - 40)}增长5.1%。`,
  /** 分别 with thousands of items and figures, and 分居 with thousands of ranks. */
  distributiveRuns: (n) => `${fill('余姚、', n / 2)}分别增长${fill('5.1%、', n / 4)}分居${fill('第二、', n / 4)}。`,
  /** Thousands of clauses in one sentence, each sharing ranks out among the places of the clauses before. */
  sharedOutClauses: (n) => `${fill('余姚增长1.2%，慈溪增长2.3%，分列第1位和第2位，', n - 1)}。`,
  /** One sentence of plans and what was done against each (each 实际 ends a plan's reach, each 计划 opens one). */
  plansAndActuals: (n) => `${fill('投资计划增长5%，实际增长3.1%，', n - 1)}。`,
  /** Brackets nested thousands deep, balanced and not. */
  nestedBrackets: (n) => {
    const k = Math.floor(n / 8);
    return `${'（('.repeat(k)}余姚地区生产总值1220.7亿元${'）)'.repeat(k)}。${'【“《(['.repeat(k / 2)}增长5.1%`;
  },
  /** Latin, Cyrillic, Greek, Arabic and Hebrew (right to left), Devanagari, Thai, Hangul, kana, combining marks. */
  mixedScripts: (n) => fill('GDP增长5.1% Рост ВВП 5,1% ΑΕΠ 5.1% نمو ٥٫١٪ צמיחה 5.1% विकास ५.१% การเติบโต 5.1% 성장 5.1% 成長率５．１％ é̃̂ 1220.7亿元，', n),
  /** Astral characters (CJK Extension B, emoji with ZWJ and modifiers) right before figures. */
  astralBeforeFigures: (n) => fill('𠮷𪚥余姚地区生产总值😀1220.7亿元，👨‍👩‍👧增长👍🏽5.1%，𠀀第二。\n', n),
  /** Control and format characters: bidi overrides, zero widths, BOMs, lone surrogates. */
  controlCharacters: (n) => fill('余姚\u202e增长\u202c5.1%\u200b，\ufeff1220.7\u200d亿元\u0000\u0007\ud800增长\udc0015.2%。', n),
  digitRun: (n) => fill('1', n),
  decimalRun: (n) => fill('1.', n),
  groupedRun: (n) => fill('1,', n),
  fullwidthDigitRun: (n) => fill('１２３．', n),
  signRun: (n) => fill('-1', n),
  chineseNumeralRun: (n) => fill('一二三四五六七八九十百千万亿点零〇两', n),
  unitRun: (n) => fill('亿元万元%个百分点万美元', n),
  percentRun: (n) => fill('%', n),
  rankWordRun: (n) => fill('第第前前居位居首位', n),
  cueWordRun: (n) => fill('由到从增加到提高到分别分居均位居百分之比上年增长下降高于低于', n),
  periodRun: (n) => fill('2020年2021年1-7月今年上半年前三季度十三五期间', n),
  unclosedComments: (n) => fill('<!-- hedui-disable <!-- hedui-disable-next-line ', n),
  whitespaceRun: (n) => `${fill(' \t\u3000\r', n - 10)}增长5.1%`,
  newlineRun: (n) => `${fill('\n', n / 2)}增长5.1%${fill('\r\n', n / 2)}`,
  markdownRun: (n) => fill('#|`*>-[]()!', n),
  figuresEverywhere: (n) => fill(FIGURES.join(''), n),
};

/** A random mix: a few hostile pieces of random sizes with report fragments in between. */
export function hostileText(maxLength = 4000): fc.Arbitrary<string> {
  const names = Object.keys(HOSTILE);
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: maxLength })).map(([name, n]) => HOSTILE[name](n)) },
    { weight: 2, arbitrary: fc.constantFrom(...FIGURES, '，', '。', '\n', '余姚', '增长', '分别', '由', '到', '（', '）') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );
  return fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('').slice(0, maxLength * 2));
}
