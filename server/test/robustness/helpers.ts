// Shared by the robustness suites: throw-away projects (binary, encoded and huge inputs are generated
// here at test time, never committed) and the built CLI run as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli.js');

export interface Run { code: number | null; stdout: string; stderr: string }

export function hedui(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let built = false;
/** Builds dist/ once per mocha run (the CLI suite does the same; whichever runs first pays). */
export function buildOnce(): void {
  if (built) return;
  const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  built = true;
}

export interface Project {
  dir: string;
  path: (...parts: string[]) => string;
  write: (rel: string, content: string | Uint8Array) => string;
  remove: () => void;
}

export function project(files: Record<string, string | Uint8Array> = {}, prefix = 'hedui-robust-'): Project {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const write = (rel: string, content: string | Uint8Array): string => {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  for (const [rel, content] of Object.entries(files)) write(rel, content);
  return { dir, path: (...parts) => join(dir, ...parts), write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface JsonRange { start: { line: number; character: number }; end: { line: number; character: number } }
export interface JsonReport {
  version: number;
  files: {
    path: string;
    notes?: string[];
    diagnostics: { range: JsonRange; code: string; severity: string; message: string; actual: string; expected?: string; sources: { path: string }[] }[];
    claims: { range: JsonRange; text: string; status: string; sources: { path: string }[] }[];
  }[];
}

const lineStartsCache = new WeakMap<object, number[]>();
const boxes = new Map<string, object>();

/** UTF-16 offset of a 0-based LSP position in `text` (lines end with \n). Line starts are computed
 * once per text, so mapping thousands of ranges stays linear. */
export function offsetAt(text: string, p: { line: number; character: number }): number {
  let box = boxes.get(text);
  if (!box) {
    if (boxes.size > 8) boxes.clear();
    box = {};
    boxes.set(text, box);
  }
  let starts = lineStartsCache.get(box);
  if (!starts) {
    starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineStartsCache.set(box, starts);
  }
  return (starts[p.line] ?? text.length) + p.character;
}

/** Big-endian UTF-16 bytes. */
export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

/** Minimal but genuine file headers: enough for any sniffer to know what they are. */
export const BINARY = {
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(64, 0)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), Buffer.from('JFIF'), Buffer.alloc(64, 0x11)]),
  zip: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), Buffer.from('word/document.xml'), Buffer.alloc(64, 0)]),
  gzip: Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0]), Buffer.alloc(64, 0x42)]),
  elf: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64, 0)]),
  /** Deterministic noise with NUL bytes, like an unknown binary format. */
  noise: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3)) % 256)),
};
