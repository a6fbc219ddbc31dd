// HTML → plain text for the engine, with htmlparser2 (a tokenizer only: nothing is fetched or run).
// The page's <title> becomes the first line; navigation, headers, footers and scripts are dropped so
// that menus and "related articles" do not become facts; block elements end lines.
//
// Positions: every piece of text remembers its offset in the HTML, so `position(offset)` gives the
// line/character in the HTML file itself (as the editor shows it), not in the extracted text.
import { Parser } from 'htmlparser2';
import { MappedTextBuilder, positionLookup, type Position } from './mappedText';

export interface HtmlText {
  /** Title line, then the body text. */
  text: string;
  title?: string;
  /** Offset in `text` → 0-based line/character in the HTML source. */
  position: (offset: number) => Position;
}

/** Elements whose whole content is left out. */
const DROPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'noscript', 'template',
  'svg', 'math', 'iframe', 'object', 'canvas', 'select',
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

const CELLS = new Set(['td', 'th']);
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext']);

function isHidden(attribs: Record<string, string>): boolean {
  return 'hidden' in attribs || attribs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attribs.style ?? '');
}

export function htmlToText(html: string): HtmlText {
  const body = new MappedTextBuilder();
  const title = new MappedTextBuilder();
  // Depth counters rather than flags: dropped and preformatted elements nest. htmlparser2 reports
  // implied end tags too, so every open is matched by a close.
  let dropDepth = 0, preDepth = 0, titleDepth = 0;
  const droppedStack: boolean[] = [];

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        // <head> itself is not dropped: pages often omit </head> and <body>, and everything else it holds
        // (script, style, meta) is dropped or empty anyway.
        if (name === 'title') titleDepth++;
        const dropped = DROPPED.has(name) || isHidden(attribs);
        droppedStack.push(dropped);
        if (dropped) dropDepth++;
        if (PREFORMATTED.has(name)) preDepth++;
        if (BLOCKS.has(name)) body.addBreak(parser.startIndex);
      },
      onclosetag(name) {
        if (name === 'title') titleDepth = Math.max(0, titleDepth - 1);
        if (droppedStack.pop()) dropDepth--;
        if (PREFORMATTED.has(name)) preDepth = Math.max(0, preDepth - 1);
        if (BLOCKS.has(name)) body.addBreak(parser.startIndex);
        if (CELLS.has(name)) body.addCellSeparator(parser.startIndex);
      },
      ontext(data) {
        const start = parser.startIndex;
        const rawLength = parser.endIndex + 1 - start;
        const inTitle = titleDepth > 0;
        if (dropDepth > 0 && !inTitle) return;
        const out = inTitle ? title : body;
        // An entity (&amp; &#x4e00;) arrives alone, decoded: its source is longer than its text.
        const exact = rawLength === data.length;
        if (preDepth > 0 && !inTitle) return out.addPreformatted(data, start);
        addCollapsed(out, data, start, exact);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const titleText = title.text.trim();
  const bodyText = body.text;
  const text = titleText ? `${titleText}\n${bodyText}` : bodyText;
  const lead = titleText ? title.text.length - title.text.trimStart().length : 0;
  const bodyStart = titleText ? titleText.length + 1 : 0;
  const lookup = positionLookup(html);
  const position = (offset: number): Position =>
    lookup(offset < bodyStart ? title.sourceOffset(offset + lead) : body.sourceOffset(offset - bodyStart));
  return titleText ? { text, title: titleText, position } : { text, position };
}

/** Splits text into words and whitespace runs, keeping each word's source offset. */
function addCollapsed(out: MappedTextBuilder, data: string, start: number, exact: boolean): void {
  if (!exact) {
    if (/^\s+$/.test(data)) out.addWhitespace(start, false);
    else out.addText(data, start, false);
    return;
  }
  const re = /\s+/g;
  let from = 0;
  for (let m = re.exec(data); m; m = re.exec(data)) {
    out.addText(data.slice(from, m.index), start + from, true);
    out.addWhitespace(start + m.index, /[\r\n]/.test(m[0]));
    from = m.index + m[0].length;
  }
  out.addText(data.slice(from), start + from, true);
}
