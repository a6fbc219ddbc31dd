#!/usr/bin/env node
// npm run fuzz: property-based fuzzing of the engine with fast-check.
//
//   node scripts/fuzz.mjs [--seconds 60] [--runs N] [--seed S]
//
// Properties, over random report-like text (server/test/core/textArbitrary.ts):
//   findFigures        no exception; spans inside the text, start ≤ end, ordered, finite values
//   extractClaims      no exception; text.slice(span) === claim.text; spans inside the sentence
//   parseChineseNumber no exception; finite results non-negative
//   analyzeDraft       no exception; tokens, suppressions, findings and fixes inside the text;
//   + checkDraft       a -mismatch always has evidence; source excerpts hold their figure
//   hostile            random mixes of hostile texts (server/test/robustness/hostileText.ts: unpunctuated
//                      lines, figure floods, deep brackets, mixed scripts, astral characters, regex-
//                      pathological runs), indexed and checked against themselves: no exception, every
//                      span inside the text, claim text = its span; the slowest run is reported
// Runs for --seconds (default 60) or until --runs runs per property. Exit 1 on a counterexample.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : undefined;
};
const RUNS = opt('runs');
const SECONDS = opt('seconds') ?? (RUNS ? Infinity : 60);
const SEED = opt('seed') ?? Date.now() % 2147483647;
const BATCH = 100;

const dir = mkdtempSync(join(tmpdir(), 'hedui-fuzz-'));
try {
  // Bundle the engine and the text arbitraries so this plain .mjs can call them.
  const entry = join(dir, 'entry.ts');
  const src = (p) => JSON.stringify(join(ROOT, p));
  writeFileSync(entry, [
    `export * from ${src('server/src/core/index.ts')};`,
    `export { findFigures } from ${src('server/src/core/claims/findFigures.ts')};`,
    `export { parseChineseNumber } from ${src('server/src/core/numbers/chineseNumerals.ts')};`,
    `export { toHalfWidth } from ${src('server/src/core/text/fullwidth.ts')};`,
    `export { reportText, chineseNumeralText } from ${src('server/test/core/textArbitrary.ts')};`,
    `export { hostileText } from ${src('server/test/robustness/hostileText.ts')};`,
  ].join('\n'));
  const out = join(dir, 'fuzz-engine.mjs');
  // fast-check stays external so the arbitraries and this script share one instance.
  const fastCheckUrl = import.meta.resolve('fast-check');
  const sharedFastCheck = {
    name: 'shared-fast-check',
    setup(b) { b.onResolve({ filter: /^fast-check$/ }, () => ({ path: fastCheckUrl, external: true })); },
  };
  await build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', plugins: [sharedFastCheck] });
  const e = await import(pathToFileURL(out).href);
  const lexicon = e.createLexicon();

  const slowest = { ms: 0, length: 0, sample: '' };
  const inside = (s, n) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n;
  const fail = (msg) => { throw new Error(msg); };

  const properties = {
    findFigures: fc.property(e.reportText(80), (raw) => {
      const text = e.toHalfWidth(raw);
      let last = 0;
      for (const f of e.findFigures(text)) {
        if (!inside(f, text.length) || f.end === f.start) fail(`bad span ${JSON.stringify([f.start, f.end])}`);
        if (f.start < last) fail('figures overlap');
        if (!Number.isFinite(f.value)) fail(`value ${f.value}`);
        last = f.end;
      }
    }),
    extractClaims: fc.property(e.reportText(80), (text) => {
      for (const c of e.extractClaims(text, { lexicon })) {
        if (!inside(c.span, text.length)) fail(`span ${JSON.stringify(c.span)} outside ${text.length}`);
        if (text.slice(c.span.start, c.span.end) !== c.text) fail(`slice “${text.slice(c.span.start, c.span.end)}” ≠ claim.text “${c.text}”`);
        if (!(c.sentenceSpan.start <= c.span.start && c.span.end <= c.sentenceSpan.end)) fail('claim outside its sentence');
        if (!Number.isFinite(c.quantity.value)) fail(`value ${c.quantity.value}`);
      }
    }),
    parseChineseNumber: fc.property(fc.oneof(e.chineseNumeralText(), fc.string({ maxLength: 12 })), (s) => {
      const r = e.parseChineseNumber(s);
      if (Number.isFinite(r.value) && (r.value < 0 || r.decimals < 0)) fail(`${s} → ${JSON.stringify(r)}`);
    }),
    analyzeDraft: fc.property(e.reportText(50), e.reportText(50), fc.constantFrom(undefined, '2021-01-20', '2022-08-20'), (source, draft, documentDate) => {
      const index = new e.ReferenceIndex(lexicon);
      index.addDocument({ path: 'fuzz-source.txt', text: source });
      const analysis = e.analyzeDraft(draft, { lexicon, documentDate });
      for (const c of analysis.claims) if (draft.slice(c.span.start, c.span.end) !== c.text) fail('claim text ≠ span');
      for (const t of analysis.tokens) if (!inside(t.span, draft.length)) fail('token outside');
      for (const s of analysis.suppressed) if (!inside(s, draft.length)) fail('suppression outside');
      const result = e.checkDraft(analysis, index, { unverified: 'hint' });
      for (const f of result.findings) {
        if (!inside(f.span, draft.length)) fail(`finding outside: ${f.code}`);
        if (f.fix && !inside(f.fix.span, draft.length)) fail('fix outside');
        if (f.code.endsWith('-mismatch') && !f.evidence.length) fail('mismatch without evidence');
      }
      for (const fact of index.facts) {
        const x = fact.source;
        if (x.excerpt.slice(x.excerptSpan.start, x.excerptSpan.end) !== fact.text) fail('excerptSpan does not hold the figure');
      }
    }),
    hostile: fc.property(e.hostileText(1500), (text) => {
      const t0 = Date.now();
      for (const c of e.extractClaims(text, { lexicon })) {
        if (!inside(c.span, text.length)) fail(`span ${JSON.stringify(c.span)} outside ${text.length}`);
        if (text.slice(c.span.start, c.span.end) !== c.text) fail('claim text ≠ span');
      }
      const index = new e.ReferenceIndex(lexicon);
      index.addDocument({ path: 'hostile.txt', text });
      const analysis = e.analyzeDraft(text, { lexicon });
      for (const t of analysis.tokens) if (!inside(t.span, text.length)) fail('token outside');
      for (const f of e.checkDraft(analysis, index, { unverified: 'hint' }).findings) {
        if (!inside(f.span, text.length) || (f.fix && !inside(f.fix.span, text.length))) fail(`finding outside: ${f.code}`);
      }
      const ms = Date.now() - t0;
      if (ms > slowest.ms) Object.assign(slowest, { ms, length: text.length, sample: text.slice(0, 60) });
    }),
  };

  const started = Date.now();
  const counts = Object.fromEntries(Object.keys(properties).map((k) => [k, 0]));
  let round = 0;
  let failed = false;
  outer: for (;;) {
    for (const [name, property] of Object.entries(properties)) {
      if (RUNS !== undefined && counts[name] >= RUNS) continue;
      const numRuns = RUNS !== undefined ? Math.min(BATCH, RUNS - counts[name]) : BATCH;
      const seed = (SEED + round * 7919 + name.length) % 2147483647;
      const details = fc.check(property, { numRuns, seed });
      counts[name] += details.numRuns;
      if (details.failed) {
        failed = true;
        process.stderr.write(`\n✗ ${name}: counterexample after ${counts[name]} runs (seed ${seed})\n`);
        process.stderr.write(`  ${JSON.stringify(details.counterexample)}\n  ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n`);
        break outer;
      }
    }
    round++;
    const done = RUNS !== undefined && Object.values(counts).every((c) => c >= RUNS);
    if (done || (Date.now() - started) / 1000 >= SECONDS) break;
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`fuzz ${failed ? 'FAILED' : 'ok'} in ${secs} s (seed ${SEED}):\n`);
  for (const [name, n] of Object.entries(counts)) process.stdout.write(`  ${name.padEnd(20)} ${n} runs\n`);
  process.stdout.write(`  slowest hostile run: ${slowest.ms} ms for ${slowest.length} characters (${JSON.stringify(slowest.sample)}…)\n`);
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
