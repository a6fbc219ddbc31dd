// Neovim suite: headless Neovim 0.7 as an LSP client of `node dist/server.js --stdio` on a copy of
// test-fixtures/workspace. The test body is scripts/e2e/nvim/hedui_test.lua; this driver gives it the
// positions (from test-fixtures/e2e/expectations.json), runs it with a timeout and reports its steps.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NVIM, ROOT, missingForNvim } from './lib/env.mjs';
import { Steps } from './lib/steps.mjs';
import { copyWorkspace, loadExpectations, locate } from './lib/workspace.mjs';

const SCRIPT = process.env.HEDUI_E2E_NVIM_SCRIPT || join(ROOT, 'scripts/e2e/nvim/hedui_test.lua');
const NAMES = ['start hedui-ls', 'diagnostics', 'hover', 'definition', 'quick fix', 'diagnostic clears'];

export async function runNvimSuite({ runDir, serverJs = join(ROOT, 'dist/server.js'), timeout = 60000 } = {}) {
  const steps = new Steps('nvim');
  const missing = missingForNvim();
  if (!existsSync(serverJs)) missing.push(`${serverJs} not built (npm run build)`);
  if (missing.length) {
    steps.failAll(NAMES, `cannot run: ${missing.join('; ')}`);
    return steps;
  }
  const dir = join(runDir, 'nvim');
  mkdirSync(dir, { recursive: true });
  const workspace = copyWorkspace(join(dir, 'workspace'));
  const exp = loadExpectations();
  const draftText = readFileSync(join(workspace, exp.draft), 'utf8');
  const config = {
    server: serverJs,
    workspace,
    draft: exp.draft,
    results: join(dir, 'results.json'),
    mismatches: exp.mismatches.map((m) => {
      const at = locate(draftText, m);
      const src = locate(readFileSync(join(workspace, m.source), 'utf8'), { context: m.sourceContext, figure: m.expected });
      return { ...m, line: at.line, character: at.character, byteContext: m.context, sourceLine: src.line };
    }),
    verified: exp.verified.map((v) => ({ ...v, line: locate(draftText, v).line, byteContext: v.context })),
  };
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));

  steps.log(`nvim --headless on ${workspace}`);
  const t0 = Date.now();
  const { code, output, timedOut } = await new Promise((resolve) => {
    // Its own process group, so a timeout also takes the language server down.
    // dofile under pcall: a script that does not even load must still end Neovim (cquit), not hang it.
    const boot = `lua local ok, e = pcall(dofile, ${JSON.stringify(SCRIPT)}) if not ok then io.stderr:write('hedui_test.lua: ' .. tostring(e) .. '\\n') vim.cmd('cquit 2') end`;
    const child = spawn(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', boot], {
      cwd: workspace,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HEDUI_E2E_CONFIG: configFile, XDG_CACHE_HOME: join(dir, 'cache'), XDG_STATE_HOME: join(dir, 'state'), XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data') },
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    let timedOut = false;
    const kill = (sig) => { try { process.kill(-child.pid, sig); } catch { /* gone */ } };
    const timer = setTimeout(() => { timedOut = true; kill('SIGKILL'); }, timeout);
    const onExit = () => kill('SIGKILL');
    process.on('exit', onExit);
    child.on('close', (c) => {
      clearTimeout(timer);
      process.off('exit', onExit);
      kill('SIGKILL'); // the language server, should it outlive Neovim
      resolve({ code: c, output: out, timedOut });
    });
  });
  const elapsed = Date.now() - t0;

  let report;
  try {
    report = JSON.parse(readFileSync(config.results, 'utf8'));
  } catch {
    report = undefined;
  }
  if (report) {
    for (const r of report.steps) {
      steps.results.push({ name: r.name, ok: r.ok, ms: r.ms, error: r.error || undefined });
      console.log(r.ok ? `  ✓ ${r.name} (${r.ms} ms)` : `  ✗ ${r.name} (${r.ms} ms)\n      ${String(r.error).split('\n').join('\n      ')}`);
    }
    const ran = report.steps.length;
    if (ran < NAMES.length && !report.steps.every((r) => r.ok)) {
      steps.failAll(NAMES.slice(ran), 'skipped: an earlier required step failed');
    }
  }
  if (!report || timedOut || (code !== 0 && steps.failed === 0)) {
    const why = timedOut ? `timed out after ${timeout} ms` : `exited with ${code}`;
    steps.results.push({ name: 'nvim run', ok: false, ms: elapsed, error: `${why}; output:\n${output.slice(-3000)}` });
    console.log(`  ✗ nvim run: ${why}\n      ${output.slice(-3000).split('\n').join('\n      ')}`);
  }
  if (code === 0 && steps.failed > 0) {
    steps.results.push({ name: 'nvim exit status', ok: false, ms: 0, error: 'steps failed but Neovim exited 0' });
  }
  steps.log(`Neovim ran ${elapsed} ms; lsp.log in ${join(dir, 'cache/nvim')}`);
  return steps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { makeRunDir } = await import('./lib/env.mjs');
  const runDir = makeRunDir();
  const steps = await runNvimSuite({ runDir, serverJs: process.env.HEDUI_SERVER_JS || undefined });
  console.log(steps.summary());
  process.exit(steps.failed ? 1 : 0);
}
