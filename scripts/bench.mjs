#!/usr/bin/env node
// npm run bench: how fast the engine indexes a large corpus and checks a large draft.
//
//   node scripts/bench.mjs [--corpus-mb 20] [--draft-mb 1] [--runs 5] [--budget-s 60] [--json] [--keep]
//                          [--prose 0.65] [--draft-prose 0.3] [--dense-mb 4]
//                          [--server-docs 20] [--server-kb 256] [--hostile-n 16384]
//
// Density: most sentences of a real report state no figure (the seeds: 29 % of sentences, 4.8 facts a
// KB). The corpus mixes sentences without figures at --prose (0.65 → about 7 facts a KB, denser than
// every seed) and the draft at --draft-prose (0.3 → about 16 a KB, denser than the public eval drafts'
// 12). Both densities are printed, with the seeds' when ../shared/seeds is there. A stress line indexes
// --dense-mb of text where nearly every sentence carries figures (about 26 a KB), for information.
//
// A check that runs past --budget-s is cancelled (through checkDraft's isCancelled) and its time
// extrapolated from the claims it got through, so a slow engine still gives a number.
// The corpus and the draft are generated deterministically (scripts/bench/corpus.mjs) into a temp
// folder; the engine (server/src/core) is bundled with esbuild into that folder and imported, so the
// numbers are those of the code as it stands, without a full build.
//
// Also measured: the extractor on hostile texts (server/test/robustness/hostileText.ts) at n and 8n,
// with the slowest and the worst ratio reported (a ratio far above 8 is superlinear), and the language
// server's heap before, with --server-docs drafts of --server-kb open, and after closing them (a child
// process with --expose-gc running server/test/lsp/stressMemoryProbe.ts on test-fixtures/workspace).
import { build } from 'esbuild';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { document, draft, rng } from './bench/corpus.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const CORPUS_MB = opt('corpus-mb', 20);
const DRAFT_MB = opt('draft-mb', 1);
const RUNS = opt('runs', 5);
const BUDGET_MS = opt('budget-s', 60) * 1000;
const SERVER_DOCS = opt('server-docs', 20);
const SERVER_KB = opt('server-kb', 256);
const HOSTILE_N = opt('hostile-n', 16384); // at 4096 characters a text takes 2 ms, and the ratio is noise
const PROSE = opt('prose', 0.65);
const DRAFT_PROSE = opt('draft-prose', 0.3);
const DENSE_MB = opt('dense-mb', 4);
const JSON_OUT = args.includes('--json');
const KEEP = args.includes('--keep');
const TARGETS = { indexMBps: 20, checkMs: 300, rssMB: 300, linearity: 8 * 1.5, hostileMs: 2000 };

const dir = mkdtempSync(join(tmpdir(), 'hedui-bench-'));
const log = (s) => { if (!JSON_OUT) process.stderr.write(s + '\n'); };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

try {
  // 1. The engine, bundled.
  const engineFile = join(dir, 'engine.mjs');
  await build({ entryPoints: [join(ROOT, 'server/src/core/index.ts')], outfile: engineFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
  const engine = await import(pathToFileURL(engineFile).href);
  const lexicon0 = engine.createLexicon();
  // Linearity of the extractor first, on an empty heap: with a 20 MB index alive, a major garbage
  // collection during the single 8n run would be measured as the extractor's time.
  // Time for n characters and for 8n (best of 3 each).
  const n = 128 * 1024;
  const sample = document(rng(99), 8 * n + 1000);
  // Plain prose: amounts, growths and filler only (few 由/分别/分居 cues to anchor backward scans).
  const plain = document(rng(98), 8 * n + 1000, [0, 8]);
  // Best of `reps` (the 8n text once: a superlinear extractor would take minutes three times over).
  const time = (text, reps = 3) => {
    let best = Infinity;
    for (let i = 0; i < reps; i++) {
      const t = performance.now();
      engine.extractClaims(text, { lexicon: lexicon0 });
      best = Math.min(best, performance.now() - t);
    }
    return best;
  };
  time(sample.slice(0, n)); // warm-up
  const tn = time(sample.slice(0, n));
  const t8n = time(sample.slice(0, 8 * n), 2);
  time(plain.slice(0, n));
  const pn = time(plain.slice(0, n));
  const p8n = time(plain.slice(0, 8 * n), 2);


  // Stress, for information: text where nearly every sentence carries figures.
  const denseDocs = [];
  for (let bytes = 0, dr = rng(31); bytes < DENSE_MB * 1048576;) {
    const text = document(dr, 175_000);
    denseDocs.push({ path: `dense-${denseDocs.length}.txt`, text });
    bytes += Buffer.byteLength(text);
  }
  const denseBytes = denseDocs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const denseIndex = new engine.ReferenceIndex(lexicon0);
  const td = performance.now();
  for (const d of denseDocs) denseIndex.addDocument(d);
  const dense = { MB: +(denseBytes / 1048576).toFixed(2), factsPerKB: +(denseIndex.stats().facts / (denseBytes / 1024)).toFixed(1), MBps: +((denseBytes / 1048576) / ((performance.now() - td) / 1000)).toFixed(2) };
  denseDocs.length = 0;

  // The seeds' density, to compare the generated corpus with real reports.
  const seedsDir = resolve(ROOT, '../shared/seeds');
  let seedsFactsPerKB;
  try {
    let facts = 0;
    let kb = 0;
    for (const name of readdirSync(seedsDir)) {
      const text = readFileSync(join(seedsDir, name), 'utf8');
      facts += engine.extractClaims(text, { lexicon: lexicon0 }).length;
      kb += Buffer.byteLength(text) / 1024;
    }
    seedsFactsPerKB = +(facts / kb).toFixed(1);
  } catch {
    seedsFactsPerKB = undefined; // not on this machine
  }

  // 2. The corpus: files of ~512 KB (UTF-8) until CORPUS_MB, and the draft.
  log(`generating ${CORPUS_MB} MB corpus and ${DRAFT_MB} MB draft in ${dir} …`);
  const r = rng(20220820);
  const sourceDir = join(dir, 'sources');
  (await import('node:fs')).mkdirSync(sourceDir);
  let bytes = 0;
  for (let i = 0; bytes < CORPUS_MB * 1024 * 1024; i++) {
    const text = document(r, 175_000, undefined, PROSE); // ≈ 512 KB of UTF-8 (3 bytes a character)
    const path = join(sourceDir, `doc-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  const draftText = draft(rng(7), Math.round(DRAFT_MB * 1024 * 1024), DRAFT_PROSE);
  writeFileSync(join(dir, 'draft.md'), draftText);

  // 3. Index throughput (files read beforehand: the engine is pure, IO is not measured).
  const docs = readdirSync(sourceDir).sort().map((name) => ({ path: `sources/${name}`, text: readFileSync(join(sourceDir, name), 'utf8') }));
  const corpusBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const lexicon = engine.createLexicon();
  const index = new engine.ReferenceIndex(lexicon);
  log(`indexing ${docs.length} files, ${(corpusBytes / 1048576).toFixed(1)} MB …`);
  // What the index keeps, per fact: heap and array buffers after a full collection, before and after
  // (the texts are read beforehand, so the index's share of them is not counted).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const retained = () => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = retained();
  const t0 = performance.now();
  for (const d of docs) index.addDocument(d);
  const indexMs = performance.now() - t0;
  const stats = index.stats();
  const indexBytes = retained() - before;

  // 4. Checking the draft: analyse + match, median of RUNS.
  log(`checking the draft (${RUNS} runs, ${BUDGET_MS / 1000} s budget each) …`);
  const checkTimes = [];
  let result;
  let claimCount = 0;
  let extrapolated = false;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const analysis = engine.analyzeDraft(draftText, { lexicon, documentDate: '2022-08-20' });
    claimCount = analysis.claims.length;
    const deadline = t + BUDGET_MS;
    result = engine.checkDraft(analysis, index, { unverified: 'hint', isCancelled: () => performance.now() > deadline });
    const ms = performance.now() - t;
    if (result.cancelled) {
      // Too slow to finish: estimate from the share of claims matched within the budget.
      checkTimes.push(ms * (claimCount / Math.max(1, result.verdicts.length)));
      extrapolated = true;
      log(`  run ${i + 1}: cancelled after ${Math.round(ms)} ms at ${result.verdicts.length}/${claimCount} claims`);
      break;
    }
    checkTimes.push(ms);
  }

  // 6. Hostile texts: extraction at n and 8n; checking one huge sentence of figures at n and 8n.
  const hostileFile = join(dir, 'hostile.mjs');
  await build({ entryPoints: [join(ROOT, 'server/test/robustness/hostileText.ts')], outfile: hostileFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
  const { HOSTILE } = await import(pathToFileURL(hostileFile).href);
  log(`extracting ${Object.keys(HOSTILE).length} hostile texts at ${HOSTILE_N} and ${8 * HOSTILE_N} characters …`);
  const hostile = Object.entries(HOSTILE).map(([name, gen]) => {
    const small = gen(HOSTILE_N);
    const large = gen(8 * HOSTILE_N);
    const tn = time(small);
    const t8 = time(large, 3); // small texts: best of three against noise
    return { name, tnMs: +tn.toFixed(1), t8nMs: +t8.toFixed(1), ratio: +(t8 / Math.max(tn, 0.5)).toFixed(1) };
  });
  const slowestHostile = hostile.reduce((a, b) => (b.t8nMs > a.t8nMs ? b : a));
  const worstHostile = hostile.filter((h) => h.t8nMs >= 20).reduce((a, b) => (b.ratio > a.ratio ? b : a), { name: '-', ratio: 0, tnMs: 0, t8nMs: 0 });
  const sentenceCheck = (n) => {
    const text = HOSTILE.figuresInOneParagraph(n);
    const small = new engine.ReferenceIndex(lexicon);
    small.addDocument({ path: 's.txt', text: HOSTILE.figuresEverywhere(2000) });
    const analysis = engine.analyzeDraft(text, { lexicon });
    const t = performance.now();
    engine.checkDraft(analysis, small, { unverified: 'hint' });
    return performance.now() - t;
  };
  log('checking one sentence of figures at n and 4n …');
  const sc1 = sentenceCheck(HOSTILE_N);
  const sc4 = sentenceCheck(4 * HOSTILE_N);

  // 8. The product end to end: `hedui check` (dist/cli.js, rebuilt from the code as it stands) reads,
  // decodes and indexes the corpus folder, then checks the draft. Its wall time and its own peak RSS
  // (the bench process above also holds the generated texts and a dense stress index).
  log('hedui check end to end (CLI) …');
  spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'ignore' });
  const rssProbe = join(dir, 'rss-probe.cjs');
  writeFileSync(rssProbe, "process.on('exit', () => process.stderr.write('\\nHEDUI_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n");
  // Peak RSS varies by tens of megabytes from run to run (V8's helper threads, malloc arenas): the CLI
  // runs up to three times and the median is reported, with every run's figure beside it.
  const cliRuns = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const tc = performance.now();
    // The report goes to a file: captured here, its tens of megabytes would count in this process's RSS.
    const reportFd = openSync(join(dir, 'report.json'), 'w');
    const cliRun = spawnSync(process.execPath, ['--require', rssProbe, join(ROOT, 'dist/cli.js'), 'check', '--reference', sourceDir, '--date', '2022-08-20', '--max-draft-bytes', String(2 * 1048576), '--format', 'json', join(dir, 'draft.md')], { encoding: 'utf8', stdio: ['ignore', reportFd, 'pipe'] });
    closeSync(reportFd);
    const cliMs = performance.now() - tc;
    const cliRss = /HEDUI_MAXRSS_KB (\d+)/.exec(cliRun.stderr ?? '');
    if (!(cliRun.status === 1 || cliRun.status === 0) || !cliRss) {
      cliRuns.push({ error: (cliRun.stderr ?? '').trim().split('\n').at(-1) || `exit ${cliRun.status}` });
      break;
    }
    cliRuns.push({ ms: cliMs, rssMB: Number(cliRss[1]) / 1024 });
  }
  const cliFailed = cliRuns.find((r) => r.error);
  const cli = cliFailed
    ? { error: cliFailed.error }
    : { ms: Math.round(median(cliRuns.map((r) => r.ms))), peakRssMB: Math.round(median(cliRuns.map((r) => r.rssMB))), peakRssAllMB: cliRuns.map((r) => Math.round(r.rssMB)) };

  // 7. The language server's heap before, with big drafts open, and after closing them.
  log(`language server memory: ${SERVER_DOCS} drafts of ${SERVER_KB} KB …`);
  const probeFile = join(dir, 'probe.cjs');
  await build({ entryPoints: [join(ROOT, 'server/test/lsp/stressMemoryProbe.ts')], outfile: probeFile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  const ws = join(dir, 'workspace');
  cpSync(join(ROOT, 'test-fixtures/workspace'), ws, { recursive: true });
  const probe = spawnSync(process.execPath, ['--expose-gc', probeFile, ws, String(SERVER_DOCS), String(SERVER_KB)], { encoding: 'utf8' });
  const server = probe.status === 0 ? JSON.parse(probe.stdout.trim().split('\n').at(-1)) : { error: probe.stderr.trim().split('\n').at(-1) };

  const rssMB = process.resourceUsage().maxRSS / 1024;
  const out = {
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}` },
    corpus: { files: docs.length, MB: +(corpusBytes / 1048576).toFixed(2), facts: stats.facts, factsPerKB: +(stats.facts / (corpusBytes / 1024)).toFixed(1), prose: PROSE },
    draft: { MB: +(Buffer.byteLength(draftText) / 1048576).toFixed(2), claims: claimCount, claimsPerKB: +(claimCount / (Buffer.byteLength(draftText) / 1024)).toFixed(1), checked: result.verdicts.length, findings: result.findings.length },
    seedsFactsPerKB,
    dense,
    indexMs: Math.round(indexMs),
    indexMBps: +((corpusBytes / 1048576) / (indexMs / 1000)).toFixed(2),
    checkMsMedian: Math.round(median(checkTimes)),
    checkMsAll: checkTimes.map((t) => Math.round(t)),
    checkExtrapolated: extrapolated,
    peakRssMB: Math.round(rssMB),
    indexRetainedMB: Math.round(indexBytes / 1048576),
    bytesPerFact: Math.round(indexBytes / Math.max(1, stats.facts)),
    linearity: { nChars: n, tnMs: +tn.toFixed(1), t8nMs: +t8n.toFixed(1), ratio: +(t8n / tn).toFixed(2) },
    linearityPlain: { nChars: n, tnMs: +pn.toFixed(1), t8nMs: +p8n.toFixed(1), ratio: +(p8n / pn).toFixed(2) },
    hostile: { nChars: HOSTILE_N, slowest: slowestHostile, worstRatio: worstHostile, all: hostile },
    hostileSentenceCheck: { nChars: HOSTILE_N, tnMs: Math.round(sc1), t4nMs: Math.round(sc4), ratio: +(sc4 / sc1).toFixed(1) },
    server,
    cli,
  };
  if (JSON_OUT) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const ok = (good) => (good ? 'ok' : 'BELOW TARGET');
    const rows = [
      ['machine', `${out.machine.cpu}, ${out.machine.cores} cores, node ${out.machine.node}, ${out.machine.platform}`, '', ''],
      ['corpus', `${out.corpus.files} files, ${out.corpus.MB} MB, ${out.corpus.facts} facts (${out.corpus.factsPerKB} a KB${seedsFactsPerKB === undefined ? '' : `; the seeds: ${seedsFactsPerKB}`})`, '', ''],
      ['draft', `${out.draft.MB} MB, ${out.draft.claims} claims (${out.draft.claimsPerKB} a KB; ${out.draft.checked} checked), ${out.draft.findings} findings`, '', ''],
      ['index throughput', `${out.indexMBps} MB/s (${out.indexMs} ms)`, `≥ ${TARGETS.indexMBps} MB/s`, ok(out.indexMBps >= TARGETS.indexMBps)],
      [`check ${out.draft.MB} MB draft`, extrapolated ? `≈ ${out.checkMsMedian} ms (extrapolated: budget of ${BUDGET_MS / 1000} s ran out)` : `${out.checkMsMedian} ms median of ${RUNS} [${out.checkMsAll.join(', ')}]`, `< ${TARGETS.checkMs} ms`, ok(out.checkMsMedian < TARGETS.checkMs)],
      ['  dense text (stress)', `${dense.MB} MB at ${dense.factsPerKB} facts a KB: ${dense.MBps} MB/s`, '', 'info'],
      cli.error
        ? ['hedui check (CLI)', `failed: ${cli.error}`, '', 'FAILED']
        : ['hedui check (CLI)', `${out.corpus.MB} MB of sources + the ${out.draft.MB} MB draft, end to end: ${(cli.ms / 1000).toFixed(1)} s (median)`, '', 'info'],
      ['peak RSS (CLI)', cli.error ? '-' : `${cli.peakRssMB} MB median of ${cli.peakRssAllMB.length} [${cli.peakRssAllMB.join(', ')}]`, `< ${TARGETS.rssMB} MB`, ok(!cli.error && cli.peakRssMB < TARGETS.rssMB)],
      ['  bench process', `${out.peakRssMB} MB (also holds the generated texts and the stress index)`, '', 'info'],
      ['  index retained', `${out.indexRetainedMB} MB, ${out.bytesPerFact} bytes a fact (heap + array buffers after GC)`, '', ''],
      ['extract n vs 8n', `${out.linearity.tnMs} ms vs ${out.linearity.t8nMs} ms, ratio ${out.linearity.ratio} (n = ${n} chars)`, `≈ 8 (≤ ${TARGETS.linearity})`, ok(out.linearity.ratio <= TARGETS.linearity)],
      ['  plain prose', `${out.linearityPlain.tnMs} ms vs ${out.linearityPlain.t8nMs} ms, ratio ${out.linearityPlain.ratio}`, `≈ 8 (≤ ${TARGETS.linearity})`, ok(out.linearityPlain.ratio <= TARGETS.linearity)],
      ['  hostile, slowest', `${slowestHostile.name}: ${slowestHostile.tnMs} ms vs ${slowestHostile.t8nMs} ms (n = ${HOSTILE_N})`, `< ${TARGETS.hostileMs} ms at 8n`, ok(slowestHostile.t8nMs < TARGETS.hostileMs)],
      ['  hostile, worst ratio', `${worstHostile.name}: ${worstHostile.tnMs} ms vs ${worstHostile.t8nMs} ms, ratio ${worstHostile.ratio}`, `≈ 8 (≤ ${TARGETS.linearity})`, ok(worstHostile.ratio <= TARGETS.linearity)],
      ['check one sentence n vs 4n', `${out.hostileSentenceCheck.tnMs} ms vs ${out.hostileSentenceCheck.t4nMs} ms, ratio ${out.hostileSentenceCheck.ratio}`, '≈ 4 (≤ 6)', ok(out.hostileSentenceCheck.ratio <= 6)],
      server.error
        ? ['server heap', `probe failed: ${server.error}`, '', 'FAILED']
        : ['server heap', `${server.baselineMB} MB → ${server.peakMB} MB (${server.docs} × ${server.kb} KB open) → ${server.afterCloseMB} MB closed`, '≤ before + max(8 MB, 10 % of rise)', ok(server.afterCloseMB - server.baselineMB <= Math.max(8, 0.1 * (server.peakMB - server.baselineMB)))],
    ];
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((row) => [...row[i]].length)));
    for (const row of rows) process.stdout.write(`${row[0].padEnd(w[0])}  ${row[1].padEnd(w[1])}  ${row[2].padEnd(w[2])}  ${row[3]}\n`);
  }
} finally {
  if (KEEP) log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
