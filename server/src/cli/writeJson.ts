// Writes a value as JSON.stringify(value, null, 2) would, piece by piece: the report of a large draft
// runs to tens of megabytes, and one string of it (twice that in memory) was the CLI's peak. The
// pieces come from a generator so the writer can wait for a slow pipe to drain between them.

/** Pieces of about this many characters. */
const CHUNK = 1 << 16;

/** JSON.stringify(value, null, 2) + '\n', in pieces. */
export function* jsonPieces(value: unknown): Generator<string> {
  let buffer = '';
  for (const s of emit(value, '')) {
    buffer += s;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  yield `${buffer}\n`;
}

/** Writes the pieces to a stream, waiting for 'drain' whenever it asks to (a pipe to a slow reader). */
export async function writeJson(value: unknown, out: NodeJS.WritableStream): Promise<void> {
  for (const piece of jsonPieces(value)) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
}

function hasToJson(v: object): boolean {
  return typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

function* emit(v: unknown, indent: string): Generator<string> {
  if (v === null || typeof v !== 'object' || hasToJson(v)) {
    // A leaf, or an object that says how it serialises: JSON.stringify itself, re-indented.
    const s = JSON.stringify(v, null, 2) ?? 'null';
    yield indent && s.includes('\n') ? s.replace(/\n/g, `\n${indent}`) : s;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (!v.length) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      yield inner;
      // As in JSON.stringify: undefined, functions and symbols in an array become null.
      yield* emit(x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : x, inner);
      yield i < v.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
  if (!entries.length) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [k, x] = entries[i];
    yield `${inner}${JSON.stringify(k)}: `;
    yield* emit(x, inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}
