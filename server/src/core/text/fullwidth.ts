// Full-width ASCII (１５．２％) → half-width, one UTF-16 unit for one, so offsets in the normalised
// text are offsets in the original. NFKC is not used: it changes the length of some characters (①, ㎡).

/** Returns the text with U+FF01–FF5E mapped to ASCII and U+3000 to a space; same length. */
export function toHalfWidth(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped = -1;
    if (c >= 0xff01 && c <= 0xff5e) mapped = c - 0xfee0;
    else if (c === 0x3000) mapped = 0x20;
    if (mapped >= 0) {
      out += text.slice(last, i) + String.fromCharCode(mapped);
      last = i + 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** True when the digits of text[start, end) were written full-width. */
export function isFullWidthDigits(original: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}

/** Writes ASCII digits, '.', '%' and '-' full-width (for an expected figure in a full-width draft). */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9.%\-+,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
