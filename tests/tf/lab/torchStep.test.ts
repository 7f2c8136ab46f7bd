/**
 * Training steps of the lab's trainer (tfjs, cpu backend) against the same steps in PyTorch
 * (scripts/lab_torch.py, torch.optim.SGD with momentum and weight decay on the weights): the
 * same initial weights, the same batches, the same dropout masks; after two steps (so that the
 * momentum of the first acts on the second) every weight agrees within 1e-4.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchIndices, dropoutMask, makeBatch } from '../../../src/core/lab/batches';
import { readFashionSplit } from '../../../src/core/lab/fashion';
import { type LabArchitecture, labSpec } from '../../../src/core/lab/network';
import { labTorchTensors } from '../../../src/core/weights/labDict';
import { LabTrainer, type LayerWeights } from '../../../src/tf/lab/trainer';
import { generateWeights, weightSpecs } from '../../../src/tf/weights';
import { useCpu } from '../helpers';

const python = process.env.PYTHON ?? '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'alexnet-lab-step-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(useCpu);

const train = readFashionSplit(new Uint8Array(gunzipSync(readFileSync('public/lab/train.fmnz'))));

/** He-normal weights from the seed and small non-zero biases, so the bias path is checked too. */
function initial(arch: LabArchitecture): LayerWeights[] {
  return weightSpecs(labSpec(arch)).map((w) => ({
    layerId: w.layerId,
    weights: generateWeights(w, 11),
    bias: Float32Array.from({ length: w.biases }, (_, i) => 0.01 * Math.sin(i + 1)),
  }));
}

function write(name: string, data: Float32Array): void {
  writeFileSync(join(dir, `${name}.f32`), new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
}

const cases: [string, LabArchitecture, { momentum: number; weightDecay: number }][] = [
  [
    'ReLU, LRN, overlapping pooling, dropout 0.5, momentum and weight decay',
    { activation: 'relu', dropout: 0.5, lrn: true, overlap: true },
    { momentum: 0.9, weightDecay: 0.0005 },
  ],
  [
    'tanh, no LRN, 2/2 pooling, no dropout, plain SGD',
    { activation: 'tanh', dropout: 0, lrn: false, overlap: false },
    { momentum: 0, weightDecay: 0 },
  ],
];

describe('a lab training step, tfjs against PyTorch', () => {
  for (const [name, arch, opt] of cases) {
    it(name, async () => {
      const spec = labSpec(arch);
      const init = initial(arch);
      const steps = 2;
      const n = 16;
      const lr = 0.05;
      const trainer = new LabTrainer(spec, init);
      const before = tf.memory().numTensors;
      const images = new Float32Array(steps * n * 784);
      const labels = new Float32Array(steps * n);
      const dropIds = spec.layers.filter((l) => l.kind === 'dropout').map((l) => l.id);
      const masks = new Map(dropIds.map((id) => [id, new Float32Array(0)]));
      const losses: number[] = [];
      try {
        for (let s = 0; s < steps; s++) {
          const batch = makeBatch(train, batchIndices(train.count, n, 5, s), { augment: true, seed: 5, step: s });
          images.set(batch.images, s * n * 784);
          labels.set(batch.labels, s * n);
          const stepMasks = new Map<string, Float32Array>();
          for (const id of dropIds) {
            const units = id === 'drop3' ? 256 : 128;
            const m = dropoutMask(n, units, arch.dropout, 5, id, s);
            stepMasks.set(id, m);
            const all = masks.get(id) ?? new Float32Array(0);
            const grown = new Float32Array(all.length + m.length);
            grown.set(all);
            grown.set(m, all.length);
            masks.set(id, grown);
          }
          const r = await trainer.step(batch.images, batch.labels, stepMasks, { learningRate: lr, ...opt });
          losses.push(r.loss);
        }
        expect(tf.memory().numTensors).toBe(before);
        const after = labTorchTensors(spec, await trainer.weights());

        const tensors: Record<string, number[]> = { images: [steps, n, 1, 28, 28], labels: [steps, n] };
        for (const t of labTorchTensors(spec, init)) {
          tensors[t.name] = [...t.shape];
          write(t.name, t.data);
        }
        write('images', images);
        write('labels', labels);
        for (const [id, m] of masks) {
          tensors[id] = [steps, n, m.length / (steps * n)];
          write(id, m);
        }
        const meta = { spec, lr, ...opt, steps, batch: n, tensors };
        writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
        const run = spawnSync(python, ['scripts/lab_torch.py', 'step', dir], {
          encoding: 'utf8',
          env: { ...process.env, OMP_NUM_THREADS: '1' },
        });
        expect(run.stderr).not.toMatch(/Traceback|Error/);
        expect(run.status).toBe(0);
        const read = (f: string) => {
          const b = readFileSync(join(dir, 'after', `${f}.f32`));
          return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
        };
        const torchLoss = read('loss');
        losses.forEach((l, i) => expect(Math.abs(l - (torchLoss[i] ?? NaN))).toBeLessThan(1e-4));
        for (const t of after) {
          const ref = read(t.name);
          expect(ref.length, t.name).toBe(t.data.length);
          let worst = 0;
          t.data.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - (ref[i] ?? NaN)))));
          expect(worst, `${t.name}: largest difference`).toBeLessThan(1e-4);
        }
        // The step moved the weights: the comparison is not of two untouched copies.
        const moved = after[0]?.data.some(
          (v, i) => Math.abs(v - (labTorchTensors(spec, init)[0]?.data[i] ?? v)) > 1e-4,
        );
        expect(moved).toBe(true);
      } finally {
        trainer.dispose();
      }
    });
  }
});
