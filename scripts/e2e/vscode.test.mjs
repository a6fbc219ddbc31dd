// VS Code suite: the packaged .vsix in a fresh code-server 4.100.3 (VS Code 1.100.3), driven through
// Debian's Chromium with playwright-core, on a copy of test-fixtures/workspace. Every check is what a
// person would see: squiggles under figures, rows in Problems, the hover, the quick fix menu, colours,
// the status bar. Waits are on DOM state with timeouts, never fixed sleeps.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, ROOT, missingForVscode } from './lib/env.mjs';
import { CodeServer } from './lib/codeServer.mjs';
import { Steps, assert, waitFor } from './lib/steps.mjs';
import { copyWorkspace, loadExpectations, locate } from './lib/workspace.mjs';

const EXTENSION_ID = process.env.HEDUI_E2E_EXTENSION_ID || 'hedui.hedui';
const BROWSER_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];
const STEP_NAMES = [
  'install the .vsix into a fresh code-server',
  'code-server workbench opens the workspace',
  'open the draft',
  'status bar shows the index',
  'wrong figures get a warning squiggle, right ones none',
  'Problems lists every mismatch',
  'indicators are coloured by semantic tokens',
  'hover on a wrong figure shows the source and its figure',
  'Go to Definition (F12) on a wrong figure opens the source at its line',
  'quick fix menu offers the correction; applying it fixes the text and clears the warning',
  'editing a right figure to a wrong one raises a warning within 5 s',
  'fix all corrects every mismatch',
];

// ---------------------------------------------------------------------------------------------------
// In-page helpers (run in the browser through page.evaluate).

/** Rectangles of `figure` inside `context` in the visible text editor, or null. */
function pageFindText({ context, figure }) {
  const lines = document.querySelectorAll('.part.editor .monaco-editor .view-lines .view-line');
  for (const line of lines) {
    const text = (line.textContent || '').replace(/\u00a0/g, ' ');
    const at = text.indexOf(context);
    if (at < 0) continue;
    const start = at + context.indexOf(figure);
    const end = start + figure.length;
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let pos = 0;
    let started = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.textContent.length;
      if (!started && start < pos + len) {
        range.setStart(node, start - pos);
        started = true;
      }
      if (started && end <= pos + len) {
        range.setEnd(node, end - pos);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, line: text };
      }
      pos += len;
    }
  }
  return null;
}

/** Squiggles (class and rectangle) overlapping a rectangle, in the visible text editor. */
function pageSquigglesOver(rect) {
  const out = [];
  for (const el of document.querySelectorAll('.part.editor .monaco-editor .view-overlays [class*="squiggly-"]')) {
    const r = el.getBoundingClientRect();
    const overlapX = Math.min(r.right, rect.x + rect.width) - Math.max(r.left, rect.x);
    const overlapY = Math.min(r.bottom, rect.y + rect.height) - Math.max(r.top, rect.y);
    if (overlapX > 1 && overlapY > 1) out.push(el.className);
  }
  return out;
}

/** The computed text colour of the token span covering the middle of `figure` inside `context`. */
function pageColourAt({ context, figure }) {
  const lines = document.querySelectorAll('.part.editor .monaco-editor .view-lines .view-line');
  for (const line of lines) {
    const text = (line.textContent || '').replace(/\u00a0/g, ' ');
    const at = text.indexOf(context);
    if (at < 0) continue;
    const mid = at + context.indexOf(figure) + Math.floor(figure.length / 2);
    let pos = 0;
    for (const span of line.querySelectorAll('span > span')) {
      const len = (span.textContent || '').length;
      if (mid < pos + len) return { colour: getComputedStyle(span).color, className: span.className, text: span.textContent };
      pos += len;
    }
  }
  return null;
}

/** The title of a fix-all command the extension contributes, if any (titles may be %nls% keys). */
function fixAllCommandTitle() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  let nls = {};
  try {
    nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
  } catch { /* no translations */ }
  for (const c of pkg.contributes?.commands ?? []) {
    const title = String(c.title).replace(/^%(.+)%$/, (_, k) => nls[k] ?? k);
    if (/fix\s*all/i.test(title) || /fixAll/i.test(c.command)) return c.category ? `${c.category}: ${title}` : title;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------

export async function runVscodeSuite({ runDir, vsix }) {
  const dir = join(runDir, 'vscode');
  const shots = join(dir, 'screenshots');
  mkdirSync(shots, { recursive: true });
  let page;
  const shoot = async (name) => {
    if (!page) return undefined;
    const file = join(shots, `${name.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '').slice(0, 80)}.png`);
    await page.screenshot({ path: file, timeout: 5000 });
    return file;
  };
  const steps = new Steps('vscode', { onFailure: (name, i) => shoot(`${String(i).padStart(2, '0')}-FAILED-${name}`) });
  steps.log(`screenshots: ${shots}`);

  const missing = missingForVscode();
  if (!vsix) missing.push('no .vsix (npm run package did not produce one)');
  if (missing.length) {
    steps.failAll(STEP_NAMES, `cannot run: ${missing.join('; ')}`);
    return steps;
  }

  const { chromium } = await import('playwright-core');
  const exp = loadExpectations();
  const workspace = copyWorkspace(join(dir, 'workspace'));
  const draftText = readFileSync(join(workspace, exp.draft), 'utf8');
  const cs = new CodeServer(join(dir, 'code-server'));
  let browser;
  const [S_INSTALL, S_OPEN_WB, S_OPEN, S_STATUS, S_SQUIGGLES, S_PROBLEMS, S_TOKENS, S_HOVER, S_DEFINITION, S_QUICKFIX, S_EDIT, S_FIXALL] = STEP_NAMES;

  const findText = (target) => page.evaluate(pageFindText, target);
  const squigglesOver = async (target) => {
    const rect = await findText(target);
    if (!rect) return null;
    return page.evaluate(pageSquigglesOver, rect);
  };
  /** Puts the caret at a 1-based line/column through "Go to Line" (Ctrl+G), as a keyboard user would. */
  const goTo = async (line, column) => {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 });
    await waitFor(async () => (await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).count()) > 0, {
      timeout: 5000,
      message: `the caret at Ln ${line}, Col ${column}`,
    });
  };
  /** Opens a workspace file with Quick Open (Ctrl+P) and waits for its tab to be the active one. */
  const openFile = async (rel) => {
    const name = rel.split('/').pop();
    const tab = page.locator('.part.editor .tab.active', { hasText: name });
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10000 });
      await input.fill(rel);
      // Enter only once the filtered list has the file focused (the list updates asynchronously).
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor({ state: 'visible', timeout: 10000 });
      await page.keyboard.press('Enter');
      try {
        await tab.waitFor({ timeout: 5000 });
        return;
      } catch (e) {
        if (attempt >= 2) throw e;
        steps.log(`Quick Open did not open ${rel}; trying once more`);
        await page.keyboard.press('Escape');
      }
    }
  };
  /** Closes the panel (Problems) if a failed step left it open, so that later steps start clean. */
  const closePanel = async () => {
    if (await page.locator('.part.panel').isVisible().catch(() => false)) {
      await page.keyboard.press('Control+J'); // View: Toggle Panel
      await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 5000 });
    }
  };
  const runCommand = async (label) => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 5000 });
    await input.fill(`>${label}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    await row.waitFor({ state: 'visible', timeout: 5000 });
    const rows = await page.locator('.quick-input-list .monaco-list-row').allTextContents();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 });
    return rows;
  };
  const flagged = async (target) => {
    const over = await squigglesOver(target);
    return over && over.some((c) => /squiggly-(warning|error)/.test(c)) ? over : false;
  };
  const clean = async (target) => {
    const over = await squigglesOver(target);
    return over !== null && over.length === 0;
  };

  try {
    await steps.step(S_INSTALL, async () => {
      const out = cs.installExtension(vsix);
      const list = cs.listExtensions();
      assert(list.some((l) => l.toLowerCase().startsWith(`${EXTENSION_ID}@`)), `${EXTENSION_ID} not installed: ${out}\n${list.join('\n')}`);
      steps.log(`installed: ${list.join(', ')}`);
    }, { required: true });

    await steps.step(S_OPEN_WB, async () => {
      const url = await cs.start(workspace);
      // Its own XDG dirs: Chromium writes "Crash Reports" into ~/.config/chromium otherwise.
      const xdg = join(dir, 'chromium');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: BROWSER_ARGS,
        env: { ...process.env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_CACHE_HOME: join(xdg, 'cache') },
      });
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30000 });
    }, { required: true });

    await steps.step(S_OPEN, async () => {
      await openFile(exp.draft);
      const firstLine = draftText.split('\n').find((l) => l.trim());
      await page.locator('.part.editor .monaco-editor .view-lines', { hasText: firstLine }).waitFor({ timeout: 15000 });
    }, { required: true });

    await steps.step(S_STATUS, async () => {
      // The extension's item, once the index is loaded: it names the number of sources.
      const count = new RegExp(`(^|\\D)${exp.sourceCount}(\\D|$)`);
      const item = page.locator('.statusbar-item').filter({ hasText: /核对|hedui/i }).filter({ hasText: count });
      await item.first().waitFor({ timeout: 20000 }).catch(async () => {
        const all = await page.locator('.statusbar-item').allInnerTexts();
        throw new Error(`no status bar item naming Hedui/核对 with ${exp.sourceCount} (sources); items: ${JSON.stringify(all.filter((t) => t.trim()))}`);
      });
      const texts = await item.allTextContents();
      steps.log(`status bar: ${texts.map((t) => JSON.stringify(t.trim())).join(', ')}`);
    });

    await steps.step(S_SQUIGGLES, async () => {
      // First, every mismatch is flagged (the index loads in the background)…
      for (const m of exp.mismatches) {
        const over = await waitFor(() => flagged(m), { timeout: 20000, message: `a squiggle under ${m.figure}` });
        assert(over.some((c) => c.includes('squiggly-warning')), `${m.figure} is flagged, but not as a warning: ${over.join(' | ')}`);
      }
      // …then no correct figure is.
      for (const v of exp.verified) {
        const over = await squigglesOver(v);
        assert(over !== null, `${v.figure} not visible in the editor`);
        assert(over.length === 0, `the correct figure ${v.figure} has a squiggle: ${over.join(' | ')}`);
      }
    });

    await steps.step(S_PROBLEMS, async () => {
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 10000 });
      const draftName = exp.draft.split('/').pop();
      // A file row for the draft, then per mismatch a row with the source's figure at the figure's position.
      const wanted = exp.mismatches.map((m) => {
        const at = locate(draftText, m);
        return { figure: m.figure, expected: m.expected, position: `[Ln ${at.line + 1}, Col ${at.column}]` };
      });
      const rowsText = await waitFor(async () => {
        const texts = await panel.locator('.monaco-tl-row').allTextContents();
        const ok = texts.some((t) => t.includes(draftName))
          && wanted.every((w) => texts.some((t) => t.includes(w.expected) && t.includes(w.position)));
        return ok ? texts : false;
      }, { timeout: 10000, message: `a Problems row per mismatch (source figure + position: ${wanted.map((w) => `${w.expected} ${w.position}`).join(', ')})` }).catch(async (e) => {
        const texts = await panel.locator('.monaco-tl-row').allTextContents();
        throw new Error(`${e.message}\nrows:\n${texts.join('\n')}`);
      });
      const verifiedAt = exp.verified.map((v) => {
        const at = locate(draftText, v);
        return { figure: v.figure, position: `[Ln ${at.line + 1}, Col ${at.column}]` };
      });
      const wrongly = verifiedAt.filter((v) => rowsText.some((t) => t.includes(v.position) && !t.includes('.txt') && !t.includes('.md')));
      assert(wrongly.length === 0, `correct figures listed in Problems: ${wrongly.map((v) => `${v.figure} ${v.position}`).join(', ')}`);
      steps.log(`Problems: ${rowsText.length} rows`);
    });
    // Panel closed again (also when the step failed), so that widgets have room.
    await closePanel().catch(() => {});

    await steps.step(S_TOKENS, async () => {
      const ind = exp.indicator;
      const res = await waitFor(async () => {
        const a = await page.evaluate(pageColourAt, { context: ind.context, figure: ind.text });
        const b = await page.evaluate(pageColourAt, { context: ind.context, figure: ind.plain });
        return a && b && a.colour !== b.colour ? { a, b } : false;
      }, { timeout: 10000, message: `"${ind.text}" coloured differently from plain "${ind.plain}"` });
      steps.log(`"${ind.text}" ${res.a.colour} (${res.a.className}) vs "${ind.plain}" ${res.b.colour} (${res.b.className})`);
      // And the colour is the semantic token's: ask VS Code's token inspector, as a theme author would.
      const at = locate(draftText, { context: ind.context, figure: ind.text });
      await goTo(at.line + 1, at.column + 1);
      await runCommand('Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      await widget.waitFor({ state: 'visible', timeout: 10000 });
      const info = await waitFor(async () => {
        const t = await widget.innerText();
        return /semantic token type/.test(t) ? t : false;
      }, { timeout: 10000, message: `a semantic token type for "${ind.text}" in the token inspector` }).catch(async (e) => {
        throw new Error(`${e.message}\n${await widget.innerText().catch(() => '')}`);
      });
      const type = /semantic token type\s+(\S+)/.exec(info)?.[1];
      const head = (await widget.locator('.tiw-token').innerText()).split('\n')[0];
      steps.log(`token inspector: "${head}" semantic token type ${type}`);
      assert(head.includes(ind.text), `the inspected token is "${head}", not "${ind.text}"`);
      assert(await widget.locator('.tiw-metadata-semantic').count() > 0, `"${ind.text}"'s colour does not come from its semantic token:\n${info}`);
      await page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden', timeout: 5000 });
    });

    const m1 = exp.mismatches[0];
    await steps.step(S_HOVER, async () => {
      const rect = await findText(m1);
      assert(rect, `${m1.figure} not visible`);
      await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
      const sourceName = m1.source.split('/').pop();
      const stem = sourceName.replace(/\.[^.]+$/, '');
      // The extension's own hover (.markdown-hover), not the problem's hover that VS Code shows too.
      const hover = page.locator('.monaco-hover .markdown-hover', { hasText: stem }).filter({ hasText: m1.expected });
      try {
        await hover.first().waitFor({ state: 'visible', timeout: 10000 });
      } catch (e) {
        const texts = await page.locator('.monaco-hover .markdown-hover').allInnerTexts();
        throw new Error(`no hover naming ${stem} and ${m1.expected}; hover texts seen: ${JSON.stringify(texts)}`);
      }
      // Let the fade-in finish, so that the screenshot shows the hover as a person reads it.
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover')].some((el) => {
        if (!el.offsetParent) return false;
        for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return false;
        return true;
      }), null, { timeout: 5000 }).catch(() => {});
      const shot = await shoot('hover');
      steps.log(`hover screenshot: ${shot}`);
      await page.mouse.move(5, 450);
      await page.keyboard.press('Escape');
    });

    await steps.step(S_DEFINITION, async () => {
      const at = locate(draftText, m1);
      const sourceName = m1.source.split('/').pop();
      const src = locate(readFileSync(join(workspace, m1.source), 'utf8'), { context: m1.sourceContext, figure: m1.expected });
      await goTo(at.line + 1, at.column + 1);
      await page.keyboard.press('F12');
      await page.locator('.tab.active', { hasText: sourceName }).waitFor({ timeout: 10000 }).catch(async () => {
        throw new Error(`F12 did not open ${sourceName}; active tab: ${await page.locator('.tab.active').first().innerText().catch(() => '?')}`);
      });
      await waitFor(async () => (await page.locator('.statusbar-item', { hasText: new RegExp(`^\\s*Ln ${src.line + 1}, Col`) }).count()) > 0, {
        timeout: 5000,
        message: `the caret on line ${src.line + 1} of ${sourceName}`,
      }).catch(async (e) => {
        throw new Error(`${e.message}; status bar: ${JSON.stringify((await page.locator('.statusbar-item').allInnerTexts()).filter((t) => /Ln \d/.test(t)))}`);
      });
      // Back to the draft (Alt+Left would be the browser's Back).
      await openFile(exp.draft);
    });

    await steps.step(S_QUICKFIX, async () => {
      const at = locate(draftText, m1);
      await goTo(at.line + 1, at.column + 1);
      await page.keyboard.press('Control+.');
      const widget = page.locator('.action-widget');
      await widget.waitFor({ state: 'visible', timeout: 10000 });
      const wanted = widget.locator('.monaco-list-row', { hasText: m1.expected });
      await wanted.first().waitFor({ timeout: 10000 }).catch(async () => {
        throw new Error(`no quick fix mentioning ${m1.expected}: ${JSON.stringify(await widget.locator('.monaco-list-row').allInnerTexts())}`);
      });
      steps.log(`quick fixes: ${JSON.stringify(await widget.locator('.monaco-list-row').allInnerTexts())}`);
      // A mouse click is intercepted by .context-view-pointerBlock: choose with the keyboard.
      for (let i = 0; i < 20; i++) {
        const focused = await widget.locator('.monaco-list-row.focused').first().innerText().catch(() => '');
        if (focused.includes(m1.expected)) break;
        await page.keyboard.press('ArrowDown');
        await waitFor(async () => (await widget.locator('.monaco-list-row.focused').first().innerText().catch(() => '')) !== focused, { timeout: 2000, message: 'focus to move' }).catch(() => {});
      }
      const focused = await widget.locator('.monaco-list-row.focused').first().innerText();
      assert(focused.includes(m1.expected), `could not focus the quick fix for ${m1.expected}; focused: ${focused}`);
      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden', timeout: 5000 });
      const fixed = { context: m1.context.replace(m1.figure, m1.expected), figure: m1.expected };
      await waitFor(() => findText(fixed), { timeout: 5000, message: `the text to read "${fixed.context}"` });
      await waitFor(() => clean(fixed), { timeout: 10000, message: `the squiggle under ${m1.expected} to clear` });
      for (const m of exp.mismatches.slice(1)) assert(await flagged(m), `the other mismatch ${m.figure} lost its squiggle`);
    });

    await steps.step(S_EDIT, async () => {
      const br = exp.breakRight;
      const at = locate(draftText, { context: br.context, figure: br.replace });
      await goTo(at.line + 1, at.column);
      for (let i = 0; i < br.replace.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.type(br.with);
      const broken = { context: br.context.replace(br.replace, br.with), figure: br.figure.replace(br.replace, br.with) };
      await waitFor(() => findText(broken), { timeout: 5000, message: `the text to read "${broken.context}"` });
      const t0 = Date.now();
      await waitFor(() => flagged(broken), { timeout: 5000, message: `a squiggle under ${broken.figure} within 5 s of the edit` });
      steps.log(`squiggle ${Date.now() - t0} ms after typing ${broken.figure}`);
    });

    await steps.step(S_FIXALL, async () => {
      // The extension's own fix-all command when it contributes one, else VS Code's "Fix All", which
      // runs the source.fixAll code actions (hedui's is source.fixAll.hedui).
      const label = fixAllCommandTitle() || 'Fix All';
      steps.log(`command palette: "${label}"`);
      const rows = await runCommand(label);
      steps.log(`palette offered: ${JSON.stringify(rows.slice(0, 3))}`);
      const br = exp.breakRight;
      const targets = [
        ...exp.mismatches.map((m) => ({ context: m.context.replace(m.figure, m.expected), figure: m.expected })),
        { context: br.context, figure: br.figure },
      ];
      for (const t of targets) {
        await waitFor(() => findText(t), { timeout: 10000, message: `the text to read "${t.context}"` });
        await waitFor(() => clean(t), { timeout: 10000, message: `no squiggle under ${t.figure}` });
      }
      const left = await page.locator('.part.editor .monaco-editor .view-overlays [class*="squiggly-warning"], .part.editor .monaco-editor .view-overlays [class*="squiggly-error"]').count();
      assert(left === 0, `${left} squiggles left after fix all`);
    });
  } finally {
    try {
      if (browser) await browser.close();
    } catch { /* already gone */ }
    await cs.stop();
    steps.log(`code-server log: ${cs.logFile}`);
  }
  return steps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { makeRunDir } = await import('./lib/env.mjs');
  const runDir = makeRunDir();
  const vsix = process.argv[2] || process.env.HEDUI_VSIX;
  const steps = await runVscodeSuite({ runDir, vsix });
  console.log(steps.summary());
  process.exit(steps.failed ? 1 : 0);
}
