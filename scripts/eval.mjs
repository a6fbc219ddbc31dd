#!/usr/bin/env node
// npm run eval: `hedui check --format json` on the public evaluation drafts against ../shared/seeds,
// scored by ../shared/eval/score.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const set = join(shared, 'eval', 'public');
if (!existsSync(set)) {
  console.error(`eval: ${set} not found (the evaluation set lives beside the checkout)`);
  process.exit(2);
}
const check = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', '--format', 'json', '--reference', join(shared, 'seeds'), join(set, 'drafts')], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (check.status === 2) {
  console.error(check.stderr);
  process.exit(2);
}
mkdirSync(join(root, '.hedui-tmp'), { recursive: true });
const reportPath = join(root, '.hedui-tmp', 'eval-report.json');
writeFileSync(reportPath, check.stdout);
const score = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), set, reportPath, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
