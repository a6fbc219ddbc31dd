// Splits a text into paragraphs, headings and sentences, keeping offsets. Crawled reports often run a
// whole report into one line with a space between paragraphs ("…回顾 2020年是…"), so a space
// between two Chinese characters is also a paragraph break.
import type { Span } from '../types';

export interface Sentence extends Span {
  index: number;
  /** Paragraph number (0-based), for carrying context forward. */
  paragraph: number;
  /** Heading level (1 = title) when this sentence is a heading. */
  heading?: number;
  /** Clauses: split at ，,；;：: (commas between digits excepted). */
  clauses: Span[];
}

// Character tests by code, not by regular expression: segmenting runs once per character of every
// source, and a regular expression call per character was a tenth of indexing time.
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f; // 。！？!?
const isClauseBreak = (c: number): boolean => c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a; // ，,；;：:
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x1680 || c === 0x202f || c === 0x205f;
const isQuote = (c: number): boolean => c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x22;
const isCjkOrPunct = (c: number): boolean => (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || isQuote(c);
/** What may open a paragraph after a separating space: CJK, full-width forms, quotes, digits, brackets. */
/** What a space may stand after where it joins two paragraphs of crawled text: not a comma, which no
 * paragraph ends on (a table row's cells, | 苏州工业园区 | 418.9 |, read with commas for pipes). */
const joinsParagraphs = (c: number): boolean => isCjkOrPunct(c) && c !== 0xff0c && c !== 0x3001;
/** Marks that end a clause or sentence: no paragraph opens on one. */
const CLOSING_MARKS: ReadonlySet<number> = new Set([0xff0c, 0x3001, 0x3002, 0xff1b, 0xff1a, 0xff01, 0xff1f]);
const opensParagraph = (c: number): boolean => !CLOSING_MARKS.has(c) && ((c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0xffef) || isQuote(c) || isDigit(c) || c === 0x28 || c === 0xff08);
/** Closing marks that stay with the sentence they end: ”’"』」)） */
const isCloser = (c: number): boolean => c === 0x201d || c === 0x2019 || c === 0x22 || c === 0x300f || c === 0x300d || c === 0x29 || c === 0xff09;

const DATELINE = /(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日|(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}|记者|通讯员|来源[:：]|发布时间|[0-9]{1,2}月[0-9]{1,2}日(?:电|讯)/;

/** 第2版, A3版: a newspaper's page number, in its masthead. */
export const PAGE_NUMBER = /第\s*[0-9一二三四五六七八九十]+\s*版|[A-Z][0-9]{1,2}版/;
const PAGE_LABEL = /(机构|来源|单位|作者|编辑|责编|时间|日期|地址|电话|邮箱|记者|摄影|审核|校对|关键词|标签|分类)$/;

/** Level of an outline heading: 一、 (2), （一） (3), 1. (4); undefined when the paragraph is not one. */
function outlineLevel(text: string): number | undefined {
  if (/^#{1,6}\s/.test(text)) return Math.min(6, (/^#+/.exec(text)?.[0].length ?? 1));
  // | 地区 | 一般公共预算收入（亿元） |: a table's header row is no section title.
  if (text.charCodeAt(0) === 0x7c) return undefined;
  const short = text.length <= 60 && !/[。！？!?]$/.test(text.trim());
  // 杭州日报记者 2024年3月12日: a byline or dateline is no section, and its year is not the section's.
  if (!short || DATELINE.test(text)) return undefined;
  if (/^第[一二三四五六七八九十]+[章节部分篇]/.test(text)) return 2;
  if (/^[一二三四五六七八九十]+、/.test(text)) return 2;
  // 【宜昌：化工园区“绿”起来】: a newspaper's section title in lenticular brackets.
  if (/^【[^【】]{2,30}】$/.test(text.trim())) return 2;
  if (/^[(（][一二三四五六七八九十]+[)）]/.test(text)) return 3;
  // A short line of its own without sentence punctuation: a title inside a file of several articles.
  if (text.length >= 6 && text.length <= 40 && !/[，,。；;：:！？]/.test(text) && /[\u4e00-\u9fff]{4}/.test(text)) return 2;
  // 滨海新区：工业和港口双轮驱动: a newspaper's section title, a name and its theme (no figure: 目标：增长6% is a sentence).
  // (发布机构：合肥市统计局, 责任编辑：… are labels of the page.)
  const titled = /^([\u4e00-\u9fff]{2,10})[：:][^，,。；;！？0-9%]{4,24}$/.exec(text.trim());
  if (titled && !PAGE_LABEL.test(titled[1])) return 2;
  return undefined;
}

/** Paragraphs of a text: spans between line breaks (and spaces that join paragraphs of crawled text), trimmed. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      push(i);
      start = i + 1;
    } else if ((c === 0x20 || c === 0x3000) && i > 0 && joinsParagraphs(text.charCodeAt(i - 1)) && i + 1 < text.length && opensParagraph(text.charCodeAt(i + 1))) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return spans;
}

/** An inline heading at the start of a paragraph that runs on into body text: "一、2020年工作回顾2020年极不平凡。" */
function leadingHeadingEnd(text: string, p: Span): number | undefined {
  const body = text.slice(p.start, p.end);
  const m = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/.exec(body);
  if (!m) return undefined;
  const rest = body.slice(m[1].length);
  const head = rest.slice(0, 40);
  const stop = head.search(/[。，,；;！？:：]/);
  const window = stop < 0 ? head : head.slice(0, stop);
  // A heading ends on the word that names the section (…工作回顾和“十三五”发展成就, 2021年主要工作安排).
  let end = -1;
  for (const k of window.matchAll(/(目标|安排|回顾|成就|任务|情况|举措|展望|思路|要求|成效)/g)) end = (k.index ?? 0) + k[0].length;
  // Otherwise where the first sentence starts with a year (…工作回顾2020年是…).
  if (end < 0) {
    const cut = /(?<=[\u4e00-\u9fff”])(?=(19|20)\d{2}年)/.exec(window.slice(4));
    if (cut) end = 4 + cut.index;
  }
  if (end < 2 || end >= rest.length) return undefined;
  return p.start + m[1].length + end;
}

/** Where a note in brackets opened before i closes, if it holds no figure and i is inside it
 * (基本医疗保险基金（含生育保险，下同）收入: the note's comma ends no clause); else -1. */
function noteCloseAfter(text: string, s: Span, open: number, i: number): number {
  for (let j = i + 1; j < s.end && j <= open + NOTE_MAX; j++) {
    const c = text.charCodeAt(j);
    if (c === 0xff09 || c === 0x29) return j;
    if (isDigit(c)) {
      const date = dateDigitsEnd(text, j);
      if (date < 0) return -1;
      j = date;
      continue;
    }
    if (c === 0xff08 || c === 0x28 || isSentenceEnd(c)) return -1;
  }
  return -1;
}
const NOTE_MAX = 40;

/** Where the digits at j end when they write a date (按2023年末口径统计，下同: a year is no figure), else -1. */
function dateDigitsEnd(text: string, j: number): number {
  let k = j;
  while (k < text.length && isDigit(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return c === 0x5e74 || c === 0x6708 || c === 0x65e5 ? k : -1; // 年月日
}

function clausesOf(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let start = s.start;
  let open = -1;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 0x28) open = i;
    else if (c === 0xff09 || c === 0x29) open = -1;
    else if (open >= 0 && isDigit(c)) {
      const date = dateDigitsEnd(text, i);
      if (date < 0) open = -1;
      else i = date - 1;
      continue;
    }
    if (!isClauseBreak(c)) continue;
    if (open >= 0) {
      const close = noteCloseAfter(text, s, open, i);
      if (close > 0) {
        i = close;
        open = -1;
        continue;
      }
    }
    if ((c === 0x2c || c === 0x3a) && i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    // 地区生产总值：1220.7亿元 — a short label before a colon belongs to the figure after it
    // (but 主要预期目标为：… introduces a list and ends its clause).
    if ((c === 0x3a || c === 0xff1a) && i - start <= 16 && !/(为|是|如下|包括|有|：|:)$/.test(text.slice(start, i)) && !/[0-9]/.test(text.slice(start, i))) continue;
    if (i > start) out.push({ start, end: i });
    start = i + 1;
  }
  if (s.end > start) out.push({ start, end: s.end });
  return out;
}

/** Where each section of a text starts: the offsets of its heading paragraphs, in order. */
export function sectionStarts(text: string): number[] {
  const out: number[] = [];
  for (const p of paragraphSpans(text)) if (outlineLevel(text.slice(p.start, Math.min(p.end, p.start + 80))) !== undefined) out.push(p.start);
  return out;
}

/** Sentences of one paragraph (number `paragraph` of the text), numbered from `firstIndex`. */
export function paragraphSentences(text: string, p: Span, paragraph: number, firstIndex: number): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number, heading?: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    if (end > start) out.push({ start, end, index: firstIndex + out.length, paragraph, heading, clauses: clausesOf(text, { start, end }) });
  };
  const body = text.slice(p.start, p.end);
  const level = outlineLevel(body);
  // (The first line is the title, unless it is a masthead or a dateline: 《泉州晚报》2024年8月5日　第2版.)
  if (level !== undefined || (paragraph === 0 && body.length <= 80 && !/[。！？]/.test(body) && !DATELINE.test(body) && !PAGE_NUMBER.test(body))) {
    push(p.start, p.end, level ?? 1);
    return out;
  }
  let start = p.start;
  const inline = leadingHeadingEnd(text, p);
  if (inline !== undefined) {
    // (（一）总体情况。… under 一、“五一”假期: a sub-section, as outlineLevel reads （一）, keeps its section's holiday.)
    push(p.start, inline, /^[(（]/.test(body) ? 3 : 2);
    start = inline;
  }
  for (let i = start; i < p.end; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      let end = i + 1;
      while (end < p.end && isCloser(text.charCodeAt(end))) end++;
      push(start, end);
      start = end;
      i = end - 1;
    }
  }
  push(start, p.end);
  return out;
}

/** The part of a sentence between semicolons that holds offset `at` (sentence offsets). */
export function semicolonPartAt(sentence: string, at: number): Span {
  const start = Math.max(sentence.lastIndexOf('；', at), sentence.lastIndexOf(';', at)) + 1;
  const next = sentence.slice(at).search(/[；;]/);
  return { start, end: next < 0 ? sentence.length : at + next };
}
