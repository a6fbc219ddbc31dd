// code-server on loopback with its own config, user-data and extensions dirs, started in its own
// session (setsid) so that stopping it kills the whole process group, in every exit path.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER } from './env.mjs';

export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.wordBasedSuggestions': 'off',
  'editor.suggestOnTriggerCharacters': false,
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  'files.autoSave': 'off',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'window.restoreWindows': 'none',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const running = new Set();
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
// Last resort on any exit of the test process (normal end, uncaught error, Ctrl+C).
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    for (const pid of running) killGroup(pid, 'SIGKILL');
    process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 })[sig]);
  });
}

export class CodeServer {
  constructor(dir) {
    this.dir = dir;
    this.userData = join(dir, 'user-data');
    this.extensions = join(dir, 'extensions');
    this.logFile = join(dir, 'code-server.log');
    // Without these it writes into ~/.config/code-server and ~/.local/share/code-server.
    this.env = {
      ...process.env,
      XDG_CONFIG_HOME: join(dir, 'xdg-config'),
      XDG_DATA_HOME: join(dir, 'xdg-data'),
      XDG_CACHE_HOME: join(dir, 'xdg-cache'),
    };
    for (const d of [this.userData, join(this.userData, 'User'), this.extensions]) mkdirSync(d, { recursive: true });
    writeFileSync(join(this.userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    this.proc = undefined;
  }

  cli(args) {
    const r = spawnSync(CODE_SERVER, ['--user-data-dir', this.userData, '--extensions-dir', this.extensions, ...args], {
      env: this.env,
      encoding: 'utf8',
      timeout: 60000,
    });
    if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
    return r.stdout;
  }

  installExtension(vsix) {
    const out = this.cli(['--install-extension', vsix, '--force']);
    return out.trim();
  }

  listExtensions() {
    return this.cli(['--list-extensions', '--show-versions']).trim().split('\n').filter(Boolean);
  }

  async start(workspace, { timeout = 30000 } = {}) {
    this.port = await freePort();
    const config = join(this.dir, 'config.yaml');
    writeFileSync(config, `bind-addr: 127.0.0.1:${this.port}\nauth: none\ncert: false\n`);
    const args = [
      '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--user-data-dir', this.userData, '--extensions-dir', this.extensions, workspace,
    ];
    const fd = openSync(this.logFile, 'a');
    // detached: the child calls setsid(), so its pid is the process group id of everything it starts.
    this.proc = spawn(CODE_SERVER, args, { env: this.env, detached: true, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    this.pgid = this.proc.pid;
    running.add(this.pgid);
    let exited;
    this.proc.on('exit', (code, signal) => { exited = `exited early (code ${code}, signal ${signal})`; });
    const url = `http://127.0.0.1:${this.port}`;
    const deadline = Date.now() + timeout;
    for (;;) {
      if (exited) throw new Error(`code-server ${exited}; log ${this.logFile}:\n${this.tail()}`);
      try {
        const res = await fetch(`${url}/healthz`);
        if (res.status === 200) break;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error(`code-server not healthy after ${timeout} ms; log:\n${this.tail()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    this.url = url;
    return url;
  }

  tail(lines = 30) {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** SIGTERM to the group, SIGKILL after a grace period. Safe to call twice. */
  async stop(graceMs = 3000) {
    if (!this.pgid || !running.has(this.pgid)) return;
    const pgid = this.pgid;
    killGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && killGroup(pgid, 0)) await new Promise((r) => setTimeout(r, 100));
    killGroup(pgid, 'SIGKILL');
    running.delete(pgid);
  }
}
