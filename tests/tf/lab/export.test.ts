/**
 * A trained lab network leaves the lab as a .pth (core/weights/labDict.ts writeLabPth) and
 * comes back anywhere: PyTorch loads it (torch.load, load_state_dict(strict=True) on the
 * network its _metadata describes) and gives the same logits for Fashion-MNIST test images as
 * the app's engine does after importing the same file like any other (readWeightsFile, then
 * Engine.build with its layers and a forward with the Fashion-MNIST preset); and the trainer's
 * own predictions agree.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchIndices, evalBatch, makeBatch } from '../../../src/core/lab/batches';
import { fashionRgba, readFashionSplit } from '../../../src/core/lab/fashion';
import { labSpec } from '../../../src/core/lab/network';
import { paperSwitches } from '../../../src/core/lab/settings';
import { presetPreprocess } from '../../../src/core/presetPreprocess';
import { writeLabPth } from '../../../src/core/weights/labDict';
import { readWeightsFile } from '../../../src/core/weights/read';
import { Engine } from '../../../src/tf/engine';
import { importedSource } from '../importedSource';
import { LabTrainer } from '../../../src/tf/lab/trainer';
import { generateWeights, weightSpecs } from '../../../src/tf/weights';
import { useCpu } from '../helpers';

const python = process.env.PYTHON ?? '/usr/bin/python3';
const dir = mkdtempSync(join(tmpdir(), 'alexnet-lab-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(useCpu);

const load = (name: string) => readFashionSplit(new Uint8Array(gunzipSync(readFileSync(`public/lab/${name}.fmnz`))));

describe('the exported lab network', () => {
  it('loads in PyTorch and in the engine, and both give the trainer’s predictions', async () => {
    const train = load('train');
    const test = load('test');
    const arch = { ...paperSwitches, activation: 'tanh' as const, overlap: true, dropout: 0 };
    const spec = labSpec(arch);
    const init = weightSpecs(spec).map((w) => ({
      layerId: w.layerId,
      weights: generateWeights(w, 2),
      bias: new Float32Array(w.biases),
    }));
    const trainer = new LabTrainer(spec, init);
    const count = 60;
    let predicted: Uint8Array;
    let file: Uint8Array;
    try {
      // A few steps, so that the weights are trained ones (biases no longer zero).
      for (let s = 0; s < 4; s++) {
        const b = makeBatch(train, batchIndices(train.count, 32, 1, s));
        await trainer.step(b.images, b.labels, new Map(), { learningRate: 0.05, momentum: 0.9, weightDecay: 0 });
      }
      const images = evalBatch(test, 0, count).images;
      predicted = await trainer.predict(images, count);
      file = writeLabPth(spec, await trainer.weights());
      writeFileSync(join(dir, 'lab.pth'), file);
      writeFileSync(join(dir, 'images.f32'), new Uint8Array(images.buffer));
    } finally {
      trainer.dispose();
    }

    const run = spawnSync(
      python,
      ['scripts/lab_torch.py', 'predict', join(dir, 'lab.pth'), join(dir, 'images.f32'), join(dir, 'logits.f32')],
      { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' } },
    );
    expect(run.stderr).not.toMatch(/Traceback|Error/);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      images: count,
      tensors: ['conv1', 'conv2', 'fc3', 'fc4', 'fc5'].flatMap((id) => [`${id}.weight`, `${id}.bias`]),
    });
    const b = readFileSync(join(dir, 'logits.f32'));
    const torchLogits = new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

    // The app's import path: the file's bytes, read as any weight file is.
    const net = await readWeightsFile(file, { fileName: 'lab.pth' });
    expect(net.spec).toEqual(spec);
    expect(net.preset).toBe('fashion');
    const engine = new Engine();
    try {
      await engine.build(net.spec, -1, { source: importedSource(net.layers), sourceKey: net.sha256 });
      let worst = 0;
      for (let i = 0; i < count; i++) {
        const input = presetPreprocess(fashionRgba(test, i), 'fashion', 28).input;
        expect(input.shape).toEqual([28, 28, 1]);
        const { activations } = await engine.forward(input);
        const fc5 = new Map(activations).get('fc5')?.data ?? new Float32Array(0);
        const ref = torchLogits.subarray(i * 10, i * 10 + 10);
        fc5.forEach((v, k) => (worst = Math.max(worst, Math.abs(v - (ref[k] ?? NaN)))));
        const argmax = (v: ArrayLike<number>) =>
          Array.from(v).reduce((m, x, k, a) => (x > (a[m] ?? -Infinity) ? k : m), 0);
        expect(argmax(fc5), `image ${i}: engine`).toBe(predicted[i]);
        expect(argmax(ref), `image ${i}: PyTorch`).toBe(predicted[i]);
      }
      expect(worst).toBeLessThan(1e-4);
    } finally {
      engine.dispose();
    }
  });
});
