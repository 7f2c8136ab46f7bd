/**
 * The real check of the TensorFlow.js exporter: the exported module for every built-in variant
 * and the three edited networks is run in Node (@tensorflow/tfjs, cpu backend), and its
 * printout is compared with core's analysis: shapes (channels last), per-layer and total
 * parameters. The files go under node_modules/.cache so that `import '@tensorflow/tfjs'`
 * resolves to the project's copy.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { exportCode } from '../../src/core/codegen';
import { checkedNetworks } from '../core/codegen/networks';
import { expectMatches, parsePrintout } from '../core/codegen/printout';

const dir = resolve('node_modules/.cache/alexnet-codegen-tfjs');
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exported TensorFlow.js code, run in Node', () => {
  for (const [name, spec] of checkedNetworks) {
    it(`${name}: builds, runs and prints core's shapes and parameters`, () => {
      const analysis = analyze(spec);
      const file = join(dir, `${name}.mjs`);
      writeFileSync(file, exportCode('tfjs', analysis, spec.name));
      const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
      expect(r.stderr).not.toMatch(/Error|at file:/);
      expect(r.status).toBe(0);
      const printed = parsePrintout(r.stdout);
      expectMatches(printed, analysis, 'hwc');
    });
  }
});
