/**
 * The real check of the PyTorch exporter: every built-in variant and three edited networks
 * are exported, run with Debian's PyTorch (/usr/bin/python3, installed by
 * scripts/ensure-python.mjs), and what they print is compared with core's analysis.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { exportCode } from '../../../src/core/codegen';
import { checkedNetworks } from './networks';
import { expectMatches, parsePrintout } from './printout';

const python = process.env.PYTHON ?? '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'alexnet-codegen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runPython(args: string[], input?: string): string {
  const r = spawnSync(python, args, { encoding: 'utf8', input, env: { ...process.env, OMP_NUM_THREADS: '1' } });
  expect(r.stderr, 'python stderr').not.toMatch(/Traceback|Error/);
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('exported PyTorch code, run in PyTorch', () => {
  for (const [name, spec] of checkedNetworks) {
    it(`${name}: prints core's shapes, per-layer and total parameters`, () => {
      const analysis = analyze(spec);
      expect(analysis.ok).toBe(true);
      const file = join(dir, `${name}.py`);
      writeFileSync(file, exportCode('pytorch', analysis, spec.name));
      const printed = parsePrintout(runPython([file]));
      expect(printed.rows.length).toBe(analysis.layers.length);
      expectMatches(printed, analysis, 'chw');
    });
  }

  it('LRN: the exported nn.LocalResponseNorm computes the paper formula with the spec’s α', () => {
    // The paper's norm1 (α = 1e-4 multiplying the sum) and an α/n one must both come out right.
    const [, paper] = checkedNetworks.find(([n]) => n === 'paper') ?? [];
    const [, edited] = checkedNetworks.find(([n]) => n === 'edited-input195') ?? [];
    for (const spec of [paper, edited]) {
      if (!spec) throw new Error('network missing');
      const file = join(dir, `lrn_${spec.id}_${spec.layers.length}.py`);
      writeFileSync(file, exportCode('pytorch', analyze(spec), spec.name));
      const lrn = spec.layers.find((l) => l.kind === 'lrn');
      if (lrn?.kind !== 'lrn') throw new Error('no LRN');
      const alpha = lrn.alphaConvention === 'paper' ? lrn.alpha : lrn.alpha / lrn.size;
      const script = `
import importlib.util, torch
spec = importlib.util.spec_from_file_location("m", ${JSON.stringify(file)})
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
layer = [x for x in m.AlexNet().features if isinstance(x, torch.nn.LocalResponseNorm)][0]
torch.manual_seed(1)
a = torch.rand(1, 16, 4, 4) * 30
n, r = ${lrn.size}, ${(lrn.size - 1) / 2}
sq = torch.nn.functional.pad(a * a, (0, 0, 0, 0, r, r))
s = torch.stack([sq[:, c:c + n].sum(1) for c in range(16)], 1)
b = a / (${lrn.k} + ${alpha} * s) ** ${lrn.beta}
print(float((layer(a) - b).abs().max() / b.abs().max()))
`;
      const err = Number(runPython(['-c', script]).trim());
      expect(err).toBeLessThan(1e-5);
    }
  });

  it('Keras code parses as Python (ast.parse) for every network', () => {
    const sources = checkedNetworks.map(([, spec]) => exportCode('keras', analyze(spec), spec.name));
    const out = runPython(
      [
        '-c',
        'import ast, json, sys\nsources = json.load(sys.stdin)\nfor s in sources: ast.parse(s)\nprint("parsed", len(sources))',
      ],
      JSON.stringify(sources),
    );
    expect(out.trim()).toBe(`parsed ${checkedNetworks.length}`);
  });
});
