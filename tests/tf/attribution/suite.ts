/**
 * The attribution methods on the imported torchvision fixture, against
 * PyTorch on the very same input (the app's own preprocessing of the fixture photo, handed to
 * scripts/attribution_reference.py): Grad-CAM at conv5 after its ReLU for the top class, its
 * channel weights, gradient saliency, occlusion on a 6×6 grid (square 64, stride 32), and the
 * deconvnet and guided-backprop projections of conv5's most active unit. Every map must agree
 * within 1e-3 of the reference map's range. No tensor may be left behind.
 *
 * `torchSuite` runs on the backend it is given: the cpu backend (tfjs's reference; occlusion's
 * 36 forwards take two minutes there, so it is left to wasm) and wasm, the backend the browser
 * runs on machines without a GPU, whose gradient kernels (MaxPoolGrad, Conv2DBackpropInput)
 * are its own.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { presetPreprocess } from '../../../src/core/presetPreprocess';
import type { TensorData } from '../../../src/core/tensorData';
import { readWeightsFile } from '../../../src/core/weights/read';
import { quietContext } from '../../../src/tf/attribution/context';
import { runJob } from '../../../src/tf/attribution/run';
import { Engine } from '../../../src/tf/engine';
import { importedSource } from '../importedSource';
import type { Network } from '../../../src/tf/model';
import { fixture, fixtureDir } from '../../core/weights/helpers';
import { type TorchAttributions, errorOverRange, picture, torchAttributions } from './helpers';

const file = 'alexnet-zip.pth';

export function torchSuite(backend: 'cpu' | 'wasm', withOcclusion: boolean): void {
  const engine = new Engine();
  let net: Network;
  let input: TensorData;
  let ref: TorchAttributions;
  let tensorsBefore = 0;

  beforeAll(async () => {
    await tf.setBackend(backend);
    await tf.ready();
    const imported = await readWeightsFile(fixture(file), { fileName: file });
    input = presetPreprocess(picture(), imported.preset, 224).input;
    ref = torchAttributions(`${fixtureDir}/${file}`, input, 64, 32);
    await engine.build(imported.spec, 0, { source: importedSource(imported.layers), sourceKey: imported.sha256 });
    net =
      engine.network ??
      (() => {
        throw new Error('not built');
      })();
    tensorsBefore = tf.memory().numTensors;
  }, 600_000);

  afterAll(() => engine.dispose());

  const refMap = (name: string) => ref.maps.get(name) ?? new Float32Array(0);

  describe(`attributions equal PyTorch’s on the torchvision fixture (${backend})`, () => {
    test('Grad-CAM at conv5 after ReLU, top class: the 13×13 map and the 256 channel weights', async () => {
      const r = await runJob(net, input, { method: 'gradcam', classIndex: 'top', layerId: 'conv5' }, quietContext);
      expect(r.topClass).toBe(ref.meta.top);
      expect(r.classIndex).toBe(ref.meta.top);
      expect(r.map.shape).toEqual([13, 13]);
      expect(r.gradcam?.layerId).toBe('relu5');
      expect(errorOverRange(r.map.data, refMap('gradcam'))).toBeLessThan(1e-3);
      expect(errorOverRange(r.gradcam?.weights ?? [], refMap('gradcam_weights'))).toBeLessThan(1e-3);
      // Not a degenerate comparison: the map has structure.
      expect(Math.max(...refMap('gradcam'))).toBeGreaterThan(0);
      expect(tf.memory().numTensors).toBe(tensorsBefore);
    }, 300_000);

    test('gradient saliency: max over colour channels of |∂logit/∂input|, 224×224', async () => {
      const r = await runJob(net, input, { method: 'saliency', classIndex: 'top' }, quietContext);
      expect(r.map.shape).toEqual([224, 224]);
      expect(errorOverRange(r.map.data, refMap('saliency'))).toBeLessThan(1e-3);
      expect(tf.memory().numTensors).toBe(tensorsBefore);
    }, 300_000);

    if (withOcclusion)
      test('occlusion, square 64 at stride 32: the top class’s probability on a 6×6 grid', async () => {
        const r = await runJob(
          net,
          input,
          { method: 'occlusion', classIndex: 'top', size: 64, stride: 32 },
          quietContext,
        );
        expect(r.map.shape).toEqual([6, 6]);
        expect(r.occlusion?.starts).toEqual(ref.meta.starts);
        expect(errorOverRange(r.map.data, refMap('occlusion'))).toBeLessThan(1e-3);
        // The target is the top class here, so both maps are the same map.
        expect(Array.from(r.occlusion?.top.data ?? [])).toEqual(Array.from(r.map.data));
        expect(tf.memory().numTensors).toBe(tensorsBefore);
      }, 600_000);

    for (const [method, name] of [
      ['deconvnet', 'deconv'],
      ['guided', 'guided'],
    ] as const) {
      test(`${method} projection of conv5's most active unit, 224×224×3`, async () => {
        const r = await runJob(net, input, { method, layerId: 'conv5', channel: 'top' }, quietContext);
        const unit = r.projection?.unit;
        expect([unit?.channel, unit?.y, unit?.x]).toEqual([ref.meta.channel, ...ref.meta.unit]);
        expect(unit?.value).toBeCloseTo(ref.meta.value, 3);
        expect(r.projection?.rgb.shape).toEqual([224, 224, 3]);
        expect(errorOverRange(r.projection?.rgb.data ?? [], refMap(name))).toBeLessThan(1e-3);
        expect(tf.memory().numTensors).toBe(tensorsBefore);
      }, 300_000);
    }
  });
}
