// Where the editors live and whether they are there. The suites never install anything: on a CI machine
// scripts/e2e/install-editors.sh runs first; a missing editor is a failure with a clear message.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const E2E_HOME = process.env.HEDUI_E2E_HOME || join(homedir(), '.cache/hedui-e2e');
export const CODE_SERVER = join(E2E_HOME, 'code-server/node_modules/.bin/code-server');
export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = process.env.HEDUI_E2E_CHROMIUM || '/usr/bin/chromium';
export const NVIM = process.env.HEDUI_E2E_NVIM || 'nvim';
export const FIXTURE_WORKSPACE = join(ROOT, 'test-fixtures/workspace');

const INSTALL_HINT = 'run scripts/e2e/install-editors.sh (CI runs it before npm run test:e2e)';

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v "${cmd}"`], { encoding: 'utf8' }).status === 0;
}

/** Problems that make a suite impossible, as readable sentences; empty when all is there. */
export function missingForVscode() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium not found at ${CHROMIUM} (Debian package chromium)`);
  if (!existsSync(CODE_SERVER) || !existsSync(join(E2E_HOME, `code-server/.installed-${CODE_SERVER_VERSION}`))) {
    missing.push(`code-server ${CODE_SERVER_VERSION} not found at ${CODE_SERVER}`);
  }
  try {
    createRequire(join(ROOT, 'package.json')).resolve('playwright-core');
  } catch {
    missing.push('playwright-core is not installed in the project (npm install)');
  }
  return missing.map((m) => `${m}: ${INSTALL_HINT}`);
}

export function missingForNvim() {
  if (!onPath(NVIM)) return [`Neovim (${NVIM}) not on PATH (Debian package neovim): ${INSTALL_HINT}`];
  const v = spawnSync(NVIM, ['--version'], { encoding: 'utf8' }).stdout || '';
  const m = /NVIM v(\d+)\.(\d+)/.exec(v);
  if (!m || Number(m[1]) === 0 && Number(m[2]) < 7) return [`Neovim >= 0.7 needed, found: ${v.split('\n')[0]}`];
  return [];
}

/** One directory per run for screenshots, logs and the workspace copies. */
export function makeRunDir() {
  const dir = process.env.HEDUI_E2E_OUT ? resolve(process.env.HEDUI_E2E_OUT) : mkdtempSync(join(tmpdir(), 'hedui-e2e-'));
  return dir;
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}
