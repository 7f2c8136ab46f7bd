import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { it } from 'vitest';
import { readFashionSplit } from '../../../src/core/lab/fashion';
import { labSpec } from '../../../src/core/lab/network';
import { paperSwitches } from '../../../src/core/lab/settings';
import { batchIndices, dropoutMask, evalBatch, makeBatch } from '../../../src/core/lab/batches';
import { LabTrainer } from '../../../src/tf/lab/trainer';
import { generateWeights, weightSpecs } from '../../../src/tf/weights';

it('times', async () => {
  await tf.setBackend(process.env.BK ?? 'wasm');
  await tf.ready();
  console.log('backend', tf.getBackend());
  const train = readFashionSplit(new Uint8Array(gunzipSync(readFileSync('public/lab/train.fmnz'))));
  const test = readFashionSplit(new Uint8Array(gunzipSync(readFileSync('public/lab/test.fmnz'))));
  const act = (process.env.ACT ?? 'relu') as 'relu' | 'tanh';
  const spec = labSpec({
    ...paperSwitches,
    activation: act,
    lrn: process.env.LRN !== '0',
    dropout: Number(process.env.DROP ?? 0.5),
  });
  const paper = process.env.INIT === 'paper';
  const init = weightSpecs(spec).map((w) => ({
    layerId: w.layerId,
    weights: paper ? generateWeights(w, 1).map((v) => (v * 0.01) / w.std) : generateWeights(w, 1),
    bias: new Float32Array(w.biases).fill(paper && ['conv2', 'fc3', 'fc4'].includes(w.layerId) ? 1 : 0),
  }));
  const tr = new LabTrainer(spec, init);
  const B = 128;
  const ev = evalBatch(test, 0, 2000);
  const t0 = performance.now();
  let sumErr = 0;
  const steps = Number(process.env.STEPS ?? 40);
  for (let s = 0; s < steps; s++) {
    const idx = batchIndices(train.count, B, 1, s);
    const b = makeBatch(train, idx, { augment: false, seed: 1, step: s });
    const masks = spec.layers.some((l) => l.kind === 'dropout')
      ? new Map([
          ['drop3', dropoutMask(B, 256, 0.5, 1, 'drop3', s)],
          ['drop4', dropoutMask(B, 128, 0.5, 1, 'drop4', s)],
        ])
      : new Map<string, Float32Array>();
    const ts = performance.now();
    const r = await tr.step(b.images, b.labels, masks, {
      learningRate: Number(process.env.LR ?? 0.01),
      momentum: 0.9,
      weightDecay: 0.0005,
    });
    sumErr += r.errors;
    if (s % 5 === 4) {
      console.log(s, r.loss.toFixed(3), (sumErr / (5 * B)).toFixed(3), (performance.now() - ts).toFixed(0), 'ms');
      sumErr = 0;
    }
  }
  const t1 = performance.now();
  const pred = await tr.predict(ev.images, ev.count);
  let wrong = 0;
  pred.forEach((p, i) => {
    if (p !== ev.labels[i]) wrong++;
  });
  console.log(
    'steps',
    steps,
    'ms/step',
    ((t1 - t0) / steps).toFixed(0),
    'eval 2000 ms',
    (performance.now() - t1).toFixed(0),
    'test err',
    wrong / 2000,
    'tensors',
    tf.memory().numTensors,
  );
  tr.dispose();
}, 600000);
