// Makes the weight-file fixtures (tests/fixtures/weights, git-ignored, about 1.3 GB) with
// scripts/make-weight-fixtures.py, only when they are missing or the Python script changed:
//   node scripts/make-weight-fixtures.mjs [outDir]
// A stamp file holds the SHA-256 of the script that made them. PYTHON overrides the interpreter.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'tests/fixtures/weights';
const script = 'scripts/make-weight-fixtures.py';
const python = process.env.PYTHON ?? '/usr/bin/python3';
const stamp = join(outDir, '.stamp');
const hash = createHash('sha256').update(readFileSync(script)).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0);
console.log(`Making weight fixtures in ${outDir} (about a minute)…`);
const t0 = Date.now();
const run = spawnSync(python, [script, outDir], { stdio: 'inherit' });
if (run.status !== 0) {
  console.error(`${script} failed (exit ${run.status}); is PyTorch installed? (node scripts/ensure-python.mjs)`);
  process.exit(1);
}
writeFileSync(stamp, hash);
console.log(`Weight fixtures made in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
