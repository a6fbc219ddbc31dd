// Where things are in a JSON file, so problems can name a line: JSON.parse gives values but no
// positions, and its error messages give a character offset at best.
import { lineOfOffset } from './problems';

export interface JsonLocation {
  /** Offset of the value's first character. */
  value: number;
  /** Offset of the property name's opening quote, for object members. */
  key?: number;
}

/** 1-based line of a JSON.parse error. V8 says "(line L column C)" (Node 22+), "at position N", or for
 * an unexpected token only quotes the text around it: `Unexpected token ']', ..."<10 chars>]<10 chars>"...`,
 * from which the offset is recovered. Past the end means "where the text stops". */
export function jsonErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  const end = text.trimEnd().length;
  const lineCol = /line (\d+) column \d+/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineOfOffset(text, Math.min(Number(pos[1]), end));
  const quoted = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (quoted) {
    const [, token, cut, excerpt] = quoted;
    const start = text.indexOf(excerpt);
    // With a leading "..." the excerpt starts 10 characters before the token (V8's context width).
    const offset = cut ? start + 10 : start + excerpt.indexOf(token);
    if (start >= 0) return lineOfOffset(text, Math.min(offset, end));
  }
  return lineOfOffset(text, end);
}

/** Offsets of every value down to `maxDepth` levels, keyed by a JSON-pointer-like path ('' is the root,
 * '/rows/3', '/severities/unverified'). Keys are not escaped. The text must be valid JSON. */
export function jsonLocations(text: string, maxDepth: number): Map<string, JsonLocation> {
  type Frame = { kind: 'object' | 'array'; pointer: string; index: number; key: string; keyAt: number; expectKey: boolean };
  const found = new Map<string, JsonLocation>();
  const stack: Frame[] = [];

  const recordValue = (at: number): void => {
    if (stack.length > maxDepth) return;
    const top = stack[stack.length - 1];
    if (!top) found.set('', { value: at });
    else if (top.kind === 'array') found.set(`${top.pointer}/${top.index}`, { value: at });
    else found.set(`${top.pointer}/${top.key}`, { value: at, key: top.keyAt });
  };
  const childPointer = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    return top.kind === 'array' ? `${top.pointer}/${top.index}` : `${top.pointer}/${top.key}`;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\uFEFF') continue;
    const top = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      recordValue(i);
      stack.push({ kind: c === '{' ? 'object' : 'array', pointer: childPointer(), index: 0, key: '', keyAt: i, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      if (top?.kind === 'array') top.index++;
      else if (top) top.expectKey = true;
    } else if (c === ':') {
      if (top) top.expectKey = false;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectKey) {
        top.key = JSON.parse(text.slice(i, j + 1)) as string;
        top.keyAt = i;
      } else recordValue(i);
      i = j;
    } else {
      recordValue(i);
      while (i + 1 < text.length && !/[,\]}\s]/.test(text[i + 1])) i++;
    }
  }
  return found;
}
