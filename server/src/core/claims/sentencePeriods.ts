// The periods of one sentence as its figures read them: periods listed for a 分别 list, a growth's base
// year, a holiday a sentence means without naming it, and the period the sentence's head sets.
import type { Measure, Period } from '../types';
import type { PeriodMention } from './periods';
import type { Context } from './extractionContext';

/** Two or more periods listed (一季度、上半年) and then 分别 before a figure: the periods, and where 分别 stands. */
export function listedPeriods(text: string, periods: PeriodMention[], end: number): { periods: Period[]; after: number } | undefined {
  if (periods.length < 2) return undefined;
  for (let i = 0; i + 1 < periods.length; i++) {
    let j = i;
    while (j + 1 < periods.length && !periods[j].comparative && !periods[j + 1].comparative && /^(?:、|和|及|与|以及)$/.test(text.slice(periods[j].end, periods[j + 1].start))) j++;
    if (j === i) continue;
    const tail = text.slice(periods[j].end, Math.min(end, periods[j].end + 24));
    const respectively = tail.search(/分别/);
    if (respectively >= 0 && !/[0-9]/.test(tail.slice(0, respectively))) return { periods: periods.slice(i, j + 1).map((p) => p.period), after: periods[j].end + respectively };
    i = j;
  }
  return undefined;
}

/** 较2022年提高2.1个百分点: a change over a year named by its number. */
const OVER_YEAR = /(?:较|比)((?:19|20)[0-9]{2})年(?:相比)?[^，,；;。0-9]{0,4}$/;

/** A change over year N with no year of its own is of year N+1, a guess (the same part of the year, or the whole). */
export function yearAfterBase(period: Period | undefined, measure: Measure, near: string): Period | undefined {
  if (period?.year || (measure !== 'diff' && measure !== 'growth')) return period;
  const base = OVER_YEAR.exec(near);
  if (!base) return period;
  const year = String(Number(base[1]) + 1);
  return { ...period, year, part: period?.part ?? '', label: period?.label ?? `${year}年`, yearInferred: true, partInferred: period?.partInferred ?? true };
}

/** A period of a year before the document's (去年, 2023年 in a report dated 2024). */
export function inPastYear(p: Period | undefined, documentDate: string | undefined): boolean {
  if (!p?.year) return false;
  if (/^Y-[0-9]$/.test(p.year)) return true;
  const now = documentDate ? Number(documentDate.slice(0, 4)) : NaN;
  return /^[0-9]{4}$/.test(p.year) && Number(p.year) < now;
}

/** 较2019年同期增长, 比2019年增长: the year a growth is measured from, when it is not the year before. */
export const GROWTH_BASE_YEAR = /(?:较|比|相比)((?:19|20)[0-9]{2})年(同期)?(?:相比)?(?:增长|下降|提高|增加|减少)?$/;
/** 与2018年相比，…累计增长52.7%: the year a sentence's growths are measured from, said in a clause before them. */
export const COMPARED_WITH_YEAR = /(?:与|同|和|跟)((?:19|20)[0-9]{2})年(同期)?相比[，,]/;

/**
 * The period the sentence's head sets: its first mention, and a part of the year right after a bare year
 * made that year's (进入2024年，萧山前三季度GDP增长5.0%。规上工业… is 2024's first three quarters).
 */
export function yearThenPart(periods: readonly PeriodMention[], topicEnd: number): Period | undefined {
  // (由2022年的25286.5亿元增加到27233.6亿元: the year of the figure a course starts from is no topic.)
  const head = periods.filter((p) => !p.comparative && !p.ofOneFigure && p.start < topicEnd);
  const first = head[0]?.period;
  const part = head[1]?.period;
  if (first?.year && first.part === 'FY' && part && !part.year && part.part && part.part !== 'FY') return { ...part, year: first.year, label: first.label + part.label };
  return first;
}

/** 假期期间, 节日期间, 假期7天: the holiday the article named last, in a sentence that names no period. */
const HOLIDAY_MEANT = /(?:节假日|节日|长假|黄金周|假期|假日)(?:期间|内|[0-9一二三四五六七八九]天)/;

export function withHolidayMeant(periods: PeriodMention[], sText: string, offset: number, ctx: Context): PeriodMention[] {
  const named = periods.find((p) => !p.comparative && p.period.part.startsWith('H:'));
  if (named) ctx.holiday = named.period;
  if (!ctx.holiday || periods.some((p) => !p.comparative)) return periods;
  const m = HOLIDAY_MEANT.exec(sText);
  if (!m) return periods;
  const meant: PeriodMention = { start: offset + m.index, end: offset + m.index + m[0].length, period: ctx.holiday, comparative: false };
  const after = periods.findIndex((p) => p.end > meant.start);
  return after < 0 ? [...periods, meant] : [...periods.slice(0, after), meant, ...periods.slice(after)];
}

/** 去年同期, 2023年同期: a year named by itself before 同期. */
const BARE_YEAR_LABEL = /^(?:去年|上年|今年|当年|(?:19|20)[0-9]{2}年)$/;

/**
 * 上半年…158.7亿元。去年同期全市完成投资146.3亿元: a year followed by 同期, the figure's own period, is that
 * year's part spoken of last (in the sentence, else before it), not its whole. (同期 says the part, so it is
 * read as stated.)
 */
export function withSamePeriodPart(periods: PeriodMention[], text: string, lastPeriod: Period | undefined): PeriodMention[] {
  if (!periods.some((m) => text.startsWith('同期', m.end))) return periods;
  let spoken = lastPeriod?.part && lastPeriod.part !== 'FY' && !lastPeriod.part.startsWith('H:') ? lastPeriod : undefined;
  return periods.map((m) => {
    if (m.comparative) return m;
    if (m.period.part === 'FY' && BARE_YEAR_LABEL.test(m.period.label) && text.startsWith('同期', m.end)) {
      return spoken ? { ...m, end: m.end + 2, period: { ...m.period, part: spoken.part, label: `${m.period.label}同期` } } : m;
    }
    if (m.period.part && m.period.part !== 'FY' && !m.period.part.startsWith('H:')) spoken = m.period;
    return m;
  });
}
