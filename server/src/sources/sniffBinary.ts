// Recognises files that are not text so they are skipped with a clear reason instead of being indexed
// as garbage. Only the first bytes are looked at: cheap on large files.

const SAMPLE_BYTES = 8192;

/** Known file signatures. Office files (docx/xlsx) and epub are ZIPs; wps/doc/xls are OLE2. */
const MAGIC: { name: string; bytes: number[]; offset?: number }[] = [
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ole2', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'bmp', bytes: [0x42, 0x4d], offset: 0 },
  { name: 'webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: 'elf', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'exe', bytes: [0x4d, 0x5a] },
  { name: 'sqlite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
];

function startsWith(bytes: Uint8Array, magic: number[], offset: number): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** The file type's name when the bytes start with a known binary signature. */
export function binaryMagic(bytes: Uint8Array): string | undefined {
  for (const m of MAGIC) {
    // 'BM' and 'MZ' are two printable letters: only trust them when the file is not otherwise text.
    if ((m.name === 'bmp' || m.name === 'exe') && !hasControlBytes(bytes)) continue;
    if (startsWith(bytes, m.bytes, m.offset ?? 0)) return m.name;
  }
  return undefined;
}

function hasControlBytes(bytes: Uint8Array): boolean {
  return countControlBytes(bytes.subarray(0, SAMPLE_BYTES)) > 0;
}

/** Control bytes that never appear in text: everything below 0x20 except tab, LF, VT, FF, CR, ESC. */
function countControlBytes(sample: Uint8Array): number {
  let n = 0;
  for (const b of sample) if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) n++;
  return n;
}

/** UTF-16 without BOM: ASCII characters leave a NUL in every other byte, on one side only. */
export function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES & ~1);
  if (sample.length < 4) return undefined;
  let even = 0, odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const pairs = sample.length / 2;
  // Mostly-Chinese UTF-16 has few NULs, so require only a modest share, but all on the same side.
  if (odd >= pairs * 0.2 && even === 0) return 'utf-16le';
  if (even >= pairs * 0.2 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Why the bytes are not text ('png', 'zip', 'nul-bytes', 'control-characters'), or undefined for text.
 * Call after BOM checks: UTF-16 text legitimately holds NUL bytes. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const magic = binaryMagic(bytes);
  if (magic) return magic;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return 'nul-bytes';
  // A few stray control bytes happen in pasted text; many mean a binary format we do not know.
  if (sample.length > 0 && countControlBytes(sample) / sample.length > 0.05) return 'control-characters';
  return undefined;
}
