// A file may hold several articles (a crawl of a news site: "-" line, title, body, date). Each keeps
// its own title, date and main region, which set the context of its figures.
import type { Span } from '../types';
import { findDateline } from './periods';
import { PAGE_NUMBER } from '../text/segment';

export interface Article extends Span {
  title: string;
  titleSpan: Span;
  date?: string;
}

const SEPARATOR = /^\s*(-|—|---+|\*\*\*+|＊＊＊|={3,})\s*$/;

export function splitArticles(text: string): Article[] {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      lines.push({ start, end: i });
      start = i + 1;
    }
  }
  const bounds: number[] = [0];
  lines.forEach((l) => {
    if (SEPARATOR.test(text.slice(l.start, l.end)) && l.start > 0) bounds.push(l.start);
  });
  // Front matter (--- … ---) at the very top is not an article boundary.
  const articles: Article[] = [];
  bounds.forEach((b, i) => {
    const end = i + 1 < bounds.length ? bounds[i + 1] : text.length;
    articles.push(describe(text, b, end));
  });
  return articles;
}

/** A newspaper page's masthead: its page number (第1版, A2版) or the paper's name before a date. */
const MASTHEAD = new RegExp(`${PAGE_NUMBER.source}|^\\S{0,10}(?:日报|晚报|时报|商报|经济报)\\s*[　\\s]\\s*(?:19|20)[0-9]{2}年`);

/** 2024年10月 as the first of that month: a masthead's date without a day. */
function monthOf(line: string): string | undefined {
  const m = /((?:19|20)[0-9]{2})年([0-9]{1,2})月/.exec(line);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-01` : undefined;
}

/** The name of an office or a firm alone on a line: who issued the text, not what it is about. */
export const ISSUER = /^[\u4e00-\u9fff（）()]{2,24}(?:委员会|人民政府|办公室|办公厅|统计局|局|厅|委|办|中心|研究院|研究所|有限公司|公司|集团)$/;

/** A title is among the first few lines and short. */
const TITLE_LINES = 8;
const TITLE_MAX = 80;

function describe(text: string, start: number, end: number): Article {
  const body = text.slice(start, end);
  const front = /^---\n([\s\S]*?)\n---/.exec(body);
  let date: string | undefined;
  let title: string | undefined;
  if (front) {
    date = /date:\s*["']?(\d{4}-\d{2}-\d{2})/.exec(front[1])?.[1];
    title = /title:\s*["']?([^"'\n]+)/.exec(front[1])?.[1];
  }
  const lineRe = /[^\n]+/g;
  let titleSpan: Span = { start, end: start };
  /** An issuing office's line first, the title to follow. */
  let issuer: Span | undefined;
  let looked = 0;
  for (let m = lineRe.exec(body); m && looked < TITLE_LINES; m = lineRe.exec(body)) {
    const line = m[0].trim();
    if (line) looked++;
    // A whole article run into one line is body, not a title (nor is the title after an issuer further down).
    if (line.length > TITLE_MAX) {
      if (issuer) break;
      continue;
    }
    // A title has words: lines of bars or dashes from a crawl are not one.
    if (!line || SEPARATOR.test(line) || !/[\u4e00-\u9fffA-Za-z]/.test(line) || (front && m.index < front[0].length)) continue;
    // Nor is a photo caption (余姚城市新貌 (吴大庆 摄), 图片由…提供).
    if (/[（(][^）)]*摄[）)]|摄\s*[|｜]?\s*$|图片由|供图/.test(line)) continue;
    // Nor a newspaper's masthead (大众日报　2024年10月　第1版): it dates the article; its month is no topic.
    if (MASTHEAD.test(line)) {
      date ??= findDateline(line) ?? monthOf(line);
      continue;
    }
    // (An issuer over its date, 宁波市统计局 ⏎ 2024年3月5日, is the title: the date is when, not what of.)
    if (issuer && findDateline(line) !== undefined) break;
    // (泉州市发展和改革委员会 over 2024年全市电力运行情况分析: the office that issued it, then the title.)
    if (!issuer && ISSUER.test(line.replace(/^#+\s*/, ''))) {
      issuer = { start: start + m.index, end: start + m.index + m[0].length };
      continue;
    }
    titleSpan = { start: start + m.index, end: start + m.index + m[0].length };
    // (The issuer stays in the title: its place or its firm is whose the figures are.)
    title ??= `${issuer ? `${text.slice(issuer.start, issuer.end).trim().replace(/^#+\s*/, '')} ` : ''}${line.replace(/^#+\s*/, '')}`;
    issuer = undefined;
    break;
  }
  if (issuer) {
    titleSpan = issuer;
    title ??= text.slice(issuer.start, issuer.end).trim().replace(/^#+\s*/, '');
  }
  // A dateline near the top (2021年2月21日在…大会上, 2019年09月02日 09:52) dates the article;
  // dates further down are events inside it.
  date ??= findDateline(text.slice(titleSpan.start, Math.min(end, titleSpan.end + 300)));
  // A byline under the title that ends on a month (西安市经济发展研究中心　2024年11月) dates it too.
  // So does a month in brackets on a line of its own (潍坊市市场监督管理局 ⏎ （2024年1月）).
  const under = date ? '' : text.slice(titleSpan.end, Math.min(end, titleSpan.end + 120));
  const byline = date ? null : BYLINE_MONTH.exec(under) ?? BRACKETED_MONTH.exec(under);
  if (byline) date = `${byline[1]}-${byline[2].padStart(2, '0')}-01`;
  return { start, end, title: title ?? '', titleSpan, date };
}

/** The office named alone on one of the few lines under the title (2023年全市市场主体发展情况分析 ⏎ 潍坊市市场监督管理局),
 * or undefined: the office whose place the title's 全市 is. */
export function issuerUnderTitle(text: string, article: Article): string | undefined {
  const under = text.slice(article.titleSpan.end, Math.min(article.end, article.titleSpan.end + 120)).split('\n', 4);
  return under.map((line) => line.trim().replace(/\s+/g, '')).find((line) => ISSUER.test(line));
}

/** A short line of names (an office, an author) ending on a year and month, before the body. */
const BYLINE_MONTH = /^\s*(?![#>|*-])[^\n，。；,;0-9]{2,30}?[ 　]+((?:19|20)[0-9]{2})年([0-9]{1,2})月[ 　]*$/m;
/** （2024年1月）: a year and month alone in brackets on a line. */
const BRACKETED_MONTH = /^[ 　]*[（(]((?:19|20)[0-9]{2})年([0-9]{1,2})月[）)][ 　]*$/m;
