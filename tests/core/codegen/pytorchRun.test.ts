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
      writeFileSync(file, exportCode('pytorch', analysis, spec.name, `${name}.py`));
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

  it('the module returns logits for CrossEntropyLoss, predict() the probabilities, and the docstring names the file', () => {
    for (const [name, spec] of checkedNetworks.filter(([n]) => n === 'seed' || n === 'torchvision')) {
      const fileName = `alexnet_${name}.py`;
      const file = join(dir, fileName);
      writeFileSync(file, exportCode('pytorch', analyze(spec), spec.name, fileName));
      const script = `
import importlib.util, json, torch
spec = importlib.util.spec_from_file_location("m", ${JSON.stringify(file)})
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
torch.manual_seed(0)
model = m.AlexNet().eval()
x = torch.randn(2, 3, ${spec.layers[0]?.kind === 'input' ? spec.layers[0].size : 0}, ${spec.layers[0]?.kind === 'input' ? spec.layers[0].size : 0})
with torch.no_grad():
    logits = model(x)
    probs = model.predict(x)
loss = torch.nn.CrossEntropyLoss()(logits, torch.tensor([3, 7]))
print(json.dumps({
    "shape": list(logits.shape),
    "softmaxInModule": any(isinstance(l, torch.nn.Softmax) for l in model.modules()),
    "logitsNegative": bool((logits < 0).any()),
    "probSums": [round(float(s), 5) for s in probs.sum(1)],
    "predictIsSoftmax": float((probs - torch.softmax(logits, 1)).abs().max()),
    "lossFinite": bool(torch.isfinite(loss)),
    "doc": m.__doc__,
}))
`;
      const r = JSON.parse(runPython(['-c', script])) as Record<string, unknown>;
      expect(r.shape).toEqual([2, 1000]);
      expect(r.softmaxInModule).toBe(false);
      expect(r.logitsNegative).toBe(true);
      expect(r.probSums).toEqual([1, 1]);
      expect(r.predictIsSoftmax).toBeLessThan(1e-6);
      expect(r.lossFinite).toBe(true);
      expect(String(r.doc)).toContain(`Saved as ${fileName}. Run it with: python3 ${fileName}`);
      expect(String(r.doc)).toContain('logits');
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
