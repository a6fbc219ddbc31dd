// A fresh copy of the fixture workspace per suite run: the editors edit and save files, fixtures never change.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_WORKSPACE, ROOT } from './env.mjs';

export const EXPECTATIONS_FILE = join(ROOT, 'test-fixtures/e2e/expectations.json');

export function loadExpectations() {
  return JSON.parse(readFileSync(EXPECTATIONS_FILE, 'utf8'));
}

export function copyWorkspace(dest) {
  if (!existsSync(FIXTURE_WORKSPACE)) throw new Error(`fixture workspace missing: ${FIXTURE_WORKSPACE}`);
  cpSync(FIXTURE_WORKSPACE, dest, { recursive: true });
  return dest;
}

/**
 * Where `figure` stands in `text`, found inside its (unique) `context`: 0-based line and UTF-16
 * character, plus the 1-based column Monaco's "Go to Line" takes. Throws when the fixture changed.
 */
export function locate(text, { context, figure }) {
  const ctx = context ?? figure;
  const at = text.indexOf(ctx);
  if (at < 0) throw new Error(`fixture changed: "${ctx}" not found`);
  if (text.indexOf(ctx, at + 1) >= 0) throw new Error(`fixture changed: "${ctx}" is not unique`);
  const inner = ctx.indexOf(figure);
  if (inner < 0) throw new Error(`expectations broken: "${figure}" not inside "${ctx}"`);
  const offset = at + inner;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { offset, line, character, column: character + 1, length: figure.length, lineText: text.split('\n')[line] };
}
