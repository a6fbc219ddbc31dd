// The input problems this layer reports. The engine's messages.ts turns `kind` + `args` into text, so
// every kind and its args are listed here in one place for whoever writes the messages.
//
// `line` is 1-based (as DatasetRow.line and as a writer reads it); subtract 1 for an LSP range.
import type { InputProblem } from '../core/types';

export type SourceProblemKind =
  /** args: { detail: 'no such file or folder' | system message } */
  | 'missing'
  /** Could not be read although it exists. args: { detail, format?: 'docx' | 'pdf' | 'xlsx' } — for a
   * damaged office file detail is the reader's message; for a password-protected PDF it is 'encrypted'. */
  | 'unreadable'
  /** args: { encoding: what was used, replaced: count of U+FFFD, detail } — text kept best effort. */
  | 'encoding'
  /** args: { detail: 'png' | 'zip' | 'control-characters' | …, } — file skipped. */
  | 'binary'
  /** args: { size: bytes, limit: bytes } — file skipped, never truncated. */
  | 'too-large'
  /** args: { detail: resolved real path } — refused in an untrusted workspace. */
  | 'outside-workspace'
  /** Files in a configured folder that are not read. args: { count, extensions: '.pdf, .docx', examples } */
  | 'unsupported'
  /** A configured folder holding no readable source. args: {} */
  | 'empty-folder'
  /** A CSV file that could not be parsed (from `line` on). args: { detail, code } */
  | 'csv'
  /** A JSON dataset that is not valid JSON (error; args.detail: V8's message) or not an array of rows
   * (warning; args.detail: 'not-rows'). */
  | 'json'
  /** One dataset row left out. args: { detail: 'no-indicator' | 'no-value' | 'bad-value' | 'bad-measure' |
   * 'not-an-object', field?, value? } */
  | 'dataset-row'
  /** One dataset field ignored, row kept. args: { field, value, detail: 'bad-date' | 'bad-target' } */
  | 'dataset-field'
  /** Unknown CSV/JSON column, ignored. args: { column } */
  | 'dataset-column'
  /** hedui.config.json is not valid JSON. args: { detail } */
  | 'config-syntax'
  /** A config key has the wrong type or value; the default is used. args: { key, expected, actual } */
  | 'config-type'
  /** A config key Hedui does not know. args: { key } */
  | 'config-unknown-key'
  /** A PDF without a text layer (a scan): nothing can be read from it without OCR. args: { pages: page
   * count, emptyPages: '1, 3' — the pages without text }. Severity warning when no page has text (file
   * skipped), information when only some pages have none (the rest is read). */
  | 'no-text-layer';

export function inputProblem(
  kind: SourceProblemKind,
  path: string,
  severity: InputProblem['severity'],
  args: Record<string, string> = {},
  line?: number,
): InputProblem {
  return line === undefined ? { kind, path, severity, args } : { kind, path, severity, args, line };
}

/** 1-based line of a UTF-16 offset (\r\n, \r and \n all end a line). */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}
