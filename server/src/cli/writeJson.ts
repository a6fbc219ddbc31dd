// Writes a value as JSON.stringify(value, null, 2) would, piece by piece: the report of a large draft
// runs to tens of megabytes, and one string of it (twice that in memory) was the CLI's peak.

/** Collects output and hands it on in pieces of about CHUNK characters. */
const CHUNK = 1 << 16;

export function writeJson(value: unknown, write: (text: string) => void): void {
  let buffer = '';
  const push = (s: string): void => {
    buffer += s;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = '';
    }
  };
  emit(value, '', push);
  push('\n');
  if (buffer) write(buffer);
}

function hasToJson(v: object): boolean {
  return typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

function emit(v: unknown, indent: string, push: (s: string) => void): void {
  if (v === null || typeof v !== 'object' || hasToJson(v)) {
    // A leaf, or an object that says how it serialises: JSON.stringify itself, re-indented.
    const s = JSON.stringify(v, null, 2) ?? 'null';
    push(indent && s.includes('\n') ? s.replace(/\n/g, `\n${indent}`) : s);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (!v.length) return push('[]');
    push('[\n');
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      push(inner);
      // As in JSON.stringify: undefined, functions and symbols in an array become null.
      emit(x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : x, inner, push);
      push(i < v.length - 1 ? ',\n' : '\n');
    }
    push(`${indent}]`);
    return;
  }
  const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
  if (!entries.length) return push('{}');
  push('{\n');
  entries.forEach(([k, x], i) => {
    push(`${inner}${JSON.stringify(k)}: `);
    emit(x, inner, push);
    push(i < entries.length - 1 ? ',\n' : '\n');
  });
  push(`${indent}}`);
}
