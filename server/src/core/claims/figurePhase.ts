// Where in a course a figure stands: the level it started from (由2019年的827.3亿元), the level reached
// (提高到67.2%), an amount added or taken away (比上年末增加12.4万人), or a total over years (2019年以来累计).
// A figure with none is the period's own level or rate.
import type { Claim, Measure } from '../types';
import type { RawFigure } from './findFigures';
import { CHANGE_BEFORE, PERIOD_AT_START, RUNNING_TOTAL } from './cueWords';

/** | 比上年末增减（万人） |: a column of amounts added or taken away. */
const CHANGE_HEADER = /(?:比|较)[^，,]{1,6}?(?:增减|增加|减少|增量|净增)$|^(?:增减|增量|净增(?:加)?)(?:量|数)?$/;

const REACHED = /(提高|提升|上升|增加|增长|下降|降低|回升|回落|放缓|加快|收窄|缩小|扩大|减少|跃升|升|降|增)(到|至)[^,，;；]{0,12}$/;

/** 由2100元调整为2250元, 上调为: a level set anew. */
const SET_TO = /(?:调整|上调|下调|提高|调高|调低)为[^,，;；]{0,12}$/;

export interface PhaseAt {
  text: string;
  /** Where the figure's sentence starts in text. */
  sentenceStart: number;
  fig: RawFigure;
  measure: Measure;
  /** The words just before the figure, in its clause (CUE_WINDOW). */
  near: string;
  /** The header words of the figure's table column, if it stands in a table. */
  header?: string;
  /** The figure is joined by 和/、 to an amount just before it that was a change (分别增加6.16万人和8.34万人). */
  joinedToChange: boolean;
}

export function phaseOf(at: PhaseAt): Claim['phase'] {
  const { near, measure } = at;
  // 由1.0∶47.5∶51.5调整为0.8∶46.7∶52.5: only the structure after 为 is read, and it is the present one.
  if (at.fig.industry) return undefined;
  const fromRel = Math.max(near.lastIndexOf('由'), near.lastIndexOf('从'));
  // 由2019年的827.3亿元, 从上年的5.1%: the figure follows 由/从 closely; 增城区、从化区…分别增长 is no from.
  const fromWords = fromRel >= 0 ? near.slice(fromRel + 1) : '';
  // (从1—5月的9.1%到上半年的9.6%: a from-figure with a period of its own is that period's level.)
  const ownPeriod = /的$/.test(fromWords) && PERIOD_AT_START.exec(fromWords)?.[0] === fromWords.slice(0, -1);
  if (fromRel >= 0 && !ownPeriod && !/(到|至)/.test(fromWords) && !SET_TO.test(fromWords) && fromWords.length <= 16 && !/[、和及与]/.test(fromWords)) return 'from';
  if (REACHED.test(near) || SET_TO.test(near)) return 'to';
  // 比上年末增加12.4万人, 减少了3家: an amount added or taken away, not the level itself.
  if (measure === 'value' && (CHANGE_BEFORE.test(near) || (at.header !== undefined && CHANGE_HEADER.test(at.header)))) return 'change';
  // 分别增加6.16万人和8.34万人: a figure joined to a change before it is a change too.
  if (measure === 'value' && at.joinedToChange) return 'change';
  // 力争到2025年底累计改造1500个, 2019年以来累计: a total over years, not the year's (今年以来累计 and
  // 1—9月累计 are the year's so far).
  if (near.includes('累计') && RUNNING_TOTAL.test(at.text.slice(at.sentenceStart, at.fig.start))) return 'cumulative';
  return undefined;
}
