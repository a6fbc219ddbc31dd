// Bytes → text. Chinese sources come as UTF-8 (with or without BOM), UTF-16 from Windows tools, or
// GBK/GB18030 from older sites and Excel exports. iconv-lite is used for GB18030 rather than
// TextDecoder('gbk'), whose availability depends on the runtime's ICU build.
import * as iconv from 'iconv-lite';
import type { InputProblem } from '../core/types';
import { inputProblem, lineOfOffset } from './problems';
import { binaryMagic, sniffBinary, sniffUtf16WithoutBom } from './sniffBinary';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | string;

export type DecodeResult =
  | { kind: 'text'; text: string; encoding: TextEncodingName; problems: InputProblem[] }
  | { kind: 'binary'; detail: string; problems: InputProblem[] };

export interface DecodeOptions {
  /** A charset the file declares about itself (HTML <meta charset>). Used when there is no BOM and the
   * bytes are not valid UTF-8. */
  declaredEncoding?: string;
}

const REPLACEMENT = '\uFFFD';

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i >= 0; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
}

/** Decoded text, with an 'encoding' problem when some bytes could not be decoded (they become U+FFFD). */
function textResult(text: string, encoding: TextEncodingName, path: string): DecodeResult {
  const replaced = countReplacements(text);
  if (replaced <= 0) return { kind: 'text', text, encoding, problems: [] };
  const line = lineOfOffset(text, text.indexOf(REPLACEMENT));
  const problem = inputProblem('encoding', path, 'warning', { encoding, replaced: String(replaced), detail: 'undecodable-bytes' }, line);
  return { kind: 'text', text, encoding, problems: [problem] };
}

/** Normalises charset labels to what iconv-lite knows; GB2312 and GBK are read as their superset GB18030. */
export function normaliseCharset(label: string): string | undefined {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (/^(gb2312|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn)$/.test(l)) return 'gb18030';
  if (/^utf-?8$/.test(l)) return 'utf-8';
  return iconv.encodingExists(l) ? l : undefined;
}

export function decodeText(bytes: Uint8Array, path: string, options: DecodeOptions = {}): DecodeResult {
  const bom = bomEncoding(bytes);
  if (bom) return textResult(decodeWith(bytes.subarray(bom.length), bom.encoding), bom.encoding, path);

  const magic = binaryMagic(bytes);
  if (magic) return binary(magic, path);
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) return textResult(decodeWith(bytes, utf16), utf16, path);
  const notText = sniffBinary(bytes);
  if (notText) return binary(notText, path);

  // Valid UTF-8 wins even over a declared charset: GBK text with Chinese in it is practically never
  // valid UTF-8, while pages re-saved as UTF-8 often keep their old <meta charset=gbk>.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { kind: 'text', text: utf8, encoding: 'utf-8', problems: [] };

  const declared = options.declaredEncoding ? normaliseCharset(options.declaredEncoding) : undefined;
  if (declared && declared !== 'utf-8') return textResult(decodeWith(bytes, declared), declared, path);

  // Invalid UTF-8: try GB18030; keep whichever reading loses fewer bytes.
  const gb = decodeWith(bytes, 'gb18030');
  const gbLost = countReplacements(gb);
  if (gbLost === 0) return { kind: 'text', text: gb, encoding: 'gb18030', problems: [] };
  const lossyUtf8 = decodeWith(bytes, 'utf-8');
  return countReplacements(lossyUtf8) <= gbLost ? textResult(lossyUtf8, 'utf-8', path) : textResult(gb, 'gb18030', path);
}

function binary(detail: string, path: string): DecodeResult {
  return { kind: 'binary', detail, problems: [inputProblem('binary', path, 'warning', { detail })] };
}
