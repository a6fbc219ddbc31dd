#!/usr/bin/env node
// npm run probes: the labelled probe sets in test-fixtures/probes, each checked and scored as the
// public evaluation is (`hedui check --format json`, then ../shared/eval/score.mjs).
//
//   node scripts/probes.mjs [SET…] [--details] [--cli FILE]
//
// --cli: another build of the CLI than dist/cli.js (one bundled elsewhere while dist/ is in use).
//
// A set is a folder with sources/ (what the drafts quote), drafts/*.md and gold.jsonl (the evaluation's
// format: ../shared/eval/README.md). The sets are written in our own words, in genres the seeds do not
// cover, to measure the engine on reports it was not tuned on; a line a set prints, per set:
// precision / recall / fix / verified and falseVerified, then the totals over every set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
const probes = join(root, 'test-fixtures', 'probes');
if (!existsSync(scorer)) {
  console.error(`probes: ${scorer} not found (the scorer lives beside the checkout)`);
  process.exit(2);
}
const args = process.argv.slice(2);
const details = args.includes('--details');
const cliAt = args.indexOf('--cli');
const cli = cliAt >= 0 ? args[cliAt + 1] : join(root, 'dist', 'cli.js');
const wanted = args.filter((a, i) => !a.startsWith('--') && (cliAt < 0 || i !== cliAt + 1));
const sets = readdirSync(probes, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(probes, d.name, 'gold.jsonl')) && (!wanted.length || wanted.includes(d.name)))
  .map((d) => d.name).sort();
const out = join(root, '.hedui-tmp', 'probes');
mkdirSync(out, { recursive: true });
const total = { wrong: 0, flagged: 0, fixedRight: 0, correct: 0, correctVerified: 0, correctFlagged: 0, unsupportedFlagged: 0, falseVerified: 0 };
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '-').padStart(5);
for (const set of sets) {
  const dir = join(probes, set);
  const check = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '--reference', join(dir, 'sources'), join(dir, 'drafts')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (check.status === 2) {
    console.log(`${set.padEnd(14)} could not run: ${check.stderr.trim().split('\n').at(-1)}`);
    continue;
  }
  const report = join(out, `${set}.json`);
  writeFileSync(report, check.stdout);
  const scored = spawnSync(process.execPath, [scorer, dir, report, '--json'], { encoding: 'utf8' });
  const r = JSON.parse(scored.stdout);
  for (const k of Object.keys(total)) total[k] += r[k] ?? 0;
  const fp = r.correctFlagged + r.unsupportedFlagged;
  console.log(`${set.padEnd(14)} precision ${pct(r.flagged, r.flagged + fp)} recall ${pct(r.flagged, r.wrong)} fix ${pct(r.fixedRight, r.flagged)} verified ${pct(r.correctVerified, r.correct)} falseVerified ${r.falseVerified}`);
  if (details) {
    for (const m of r.misses) console.log(`    miss  ${m.draft}:${m.line} ${m.figure} (${m.kind}) want ${m.expected}: ${m.why}`);
    for (const f of r.falseAlarms) console.log(`    false ${f.draft}:${f.line} ${f.figure} (${f.status}): ${f.said}`);
  }
}
const fp = total.correctFlagged + total.unsupportedFlagged;
console.log(`${'all'.padEnd(14)} precision ${pct(total.flagged, total.flagged + fp)} recall ${pct(total.flagged, total.wrong)} fix ${pct(total.fixedRight, total.flagged)} verified ${pct(total.correctVerified, total.correct)} falseVerified ${total.falseVerified} (${sets.length} sets)`);
