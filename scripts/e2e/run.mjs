// `npm run test:e2e`: builds, packages the .vsix, then runs the Neovim suite and the VS Code
// (code-server + Chromium) suite. Exits non-zero when any step fails, and when an editor is missing:
// CI installs them with scripts/e2e/install-editors.sh, so absence is an error, never a silent pass.
//
// Environment:
//   HEDUI_E2E_NO_BUILD=1   use dist/ as it is (e.g. to check that a deliberately broken dist/server.js
//                          is caught); the .vsix is still packaged from it unless HEDUI_VSIX is given
//   HEDUI_VSIX=path        install this .vsix instead of packaging one
//   HEDUI_E2E_ONLY=nvim|vscode   run one suite
//   HEDUI_E2E_OUT=dir      where screenshots and logs go (default: a new temp dir, printed)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ROOT, makeRunDir, missingForNvim, missingForVscode, readJson } from './lib/env.mjs';
import { runNvimSuite } from './nvim.test.mjs';
import { runVscodeSuite } from './vscode.test.mjs';

const t0 = Date.now();
const only = process.env.HEDUI_E2E_ONLY;
const runDir = makeRunDir();
console.log(`[e2e] output (screenshots, logs, workspace copies): ${runDir}`);

const problems = [];
const missing = [...(only === 'vscode' ? [] : missingForNvim()), ...(only === 'nvim' ? [] : missingForVscode())];
if (missing.length) {
  console.log('[e2e] ERROR: editors missing, the suites that need them will FAIL:');
  for (const m of missing) console.log(`[e2e]   - ${m}`);
}

function npmRun(script) {
  const t = Date.now();
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: process.env.CI || 'true' } });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  console.log(`[e2e] npm run ${script}: exit ${r.status} in ${Date.now() - t} ms`);
  if (r.status !== 0) {
    console.log(out.split('\n').slice(-30).map((l) => `[e2e]   ${l}`).join('\n'));
    problems.push(`npm run ${script} failed (exit ${r.status})`);
  }
  return { ok: r.status === 0, out };
}

if (process.env.HEDUI_E2E_NO_BUILD) {
  console.log('[e2e] HEDUI_E2E_NO_BUILD: using dist/ as it is');
} else {
  npmRun('build');
}

let vsix = process.env.HEDUI_VSIX && resolve(process.env.HEDUI_VSIX);
if (!vsix && only !== 'nvim') {
  const scripts = readJson(join(ROOT, 'package.json')).scripts || {};
  if (!scripts.package) {
    problems.push('package.json has no "package" script: cannot make the .vsix');
  } else {
    const started = Date.now() - 1000;
    const { ok, out } = npmRun('package');
    if (ok) {
      const printed = /Packaged:\s*(\S+\.vsix)/.exec(out)?.[1];
      const named = printed && (isAbsolute(printed) ? printed : resolve(ROOT, printed));
      const candidates = [ROOT, join(ROOT, 'dist')].flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.vsix')).map((f) => join(d, f)) : []));
      const fresh = candidates.filter((f) => statSync(f).mtimeMs >= started).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
      vsix = named && existsSync(named) ? named : fresh[0];
      if (vsix) console.log(`[e2e] packaged: ${vsix}`);
      else problems.push('npm run package succeeded but no fresh .vsix was found');
    }
  }
}

const suites = [];
if (only !== 'vscode') {
  console.log('[e2e] Neovim suite');
  suites.push(await runNvimSuite({ runDir }));
}
if (only !== 'nvim') {
  console.log('[e2e] VS Code suite (code-server + Chromium)');
  suites.push(await runVscodeSuite({ runDir, vsix }));
}

const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0) + problems.length;
console.log('');
for (const s of suites) console.log(`[e2e] ${s.summary()}`);
for (const p of problems) console.log(`[e2e] FAILED: ${p}`);
for (const m of missing) console.log(`[e2e] FAILED: ${m}`);
console.log(`[e2e] output: ${runDir}`);
console.log(`[e2e] ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || missing.length > 0 ? 1 : 0);
