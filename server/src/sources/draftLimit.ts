// Drafts past the size limit (`maxDraftBytes`) are checked up to the limit and reported as not fully
// checked (FindingCode 'not-fully-checked'): never silently truncated, never left to hang the CLI or
// the editor. The cut falls on the last line break within the limit (else the last sentence end), so
// no figure or sentence is split, and never inside a surrogate pair.
import type { Finding } from '../core/types';

export interface LimitedDraft {
  /** What to analyse: the whole draft, or its beginning when it is over the limit. */
  text: string;
  /** UTF-16 length of the part checked. */
  checked: number;
  /** UTF-16 length of the whole draft. */
  total: number;
  /** UTF-8 size of the whole draft. */
  bytes: number;
  limit: number;
  truncated: boolean;
}

const SENTENCE_END = /[。！？!?；;]/;
/** The diagnostic marks the start of the unchecked part, not megabytes of it. */
const MARK_LENGTH = 80;

export function limitDraft(text: string, maxBytes: number): LimitedDraft {
  const total = text.length;
  // A UTF-16 unit is at most 3 UTF-8 bytes: most drafts are decided without counting.
  if (total * 3 <= maxBytes) return { text, checked: total, total, bytes: -1, limit: maxBytes, truncated: false };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= maxBytes) return { text, checked: total, total, bytes, limit: maxBytes, truncated: false };
  // encodeInto converts whole code points only: `read` never ends inside a surrogate pair.
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(Math.max(0, maxBytes)));
  let cut = text.lastIndexOf('\n', read - 1) + 1;
  if (cut <= 0) {
    for (let i = read - 1; i >= 0; i--) {
      if (SENTENCE_END.test(text[i])) {
        cut = i + 1;
        break;
      }
    }
  }
  if (cut <= 0) cut = read;
  return { text: text.slice(0, cut), checked: cut, total, bytes, limit: maxBytes, truncated: true };
}

/** The finding that says so, placed at the first character not checked (in the full draft's offsets). */
export function notFullyCheckedFinding(fullText: string, limited: LimitedDraft): Finding {
  const start = limited.checked;
  const lineEnd = fullText.indexOf('\n', start);
  let end = Math.min(lineEnd < 0 ? fullText.length : lineEnd, start + MARK_LENGTH);
  // Do not end between the halves of a surrogate pair.
  if (end > start && end < fullText.length && /[\uDC00-\uDFFF]/.test(fullText[end])) end--;
  if (end <= start) end = Math.min(fullText.length, start + ((fullText.codePointAt(start) ?? 0) > 0xffff ? 2 : 1));
  return {
    code: 'not-fully-checked',
    severity: 'warning',
    span: { start, end },
    args: {
      checked: String(limited.checked),
      total: String(limited.total),
      bytes: String(limited.bytes),
      limit: String(limited.limit),
    },
    actual: '',
    evidence: [],
  };
}
