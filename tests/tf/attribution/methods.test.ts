/**
 * The methods on a small network of every layer kind (cpu backend): shapes and placements,
 * progress and stopping of the long jobs, SmoothGrad's determinism and its limit (σ = 0 is
 * saliency), the sanity cascade, and no tensor left behind by any of them, stopped or not.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultJob } from '../../../src/core/attribution/defaults';
import { attributionMethods, type AttributionProgress } from '../../../src/core/attribution/types';
import { conv, dense, dropout, flatten, lrn, maxpool, relu, softmax } from '../../../src/core/layers';
import { type JobContext, JobStopped, quietContext } from '../../../src/tf/attribution/context';
import { runJob, runSanity } from '../../../src/tf/attribution/run';
import { Engine } from '../../../src/tf/engine';
import type { Network } from '../../../src/tf/model';
import { specOf, useCpu } from '../helpers';
import { randomArray } from '../reference';

const mini = specOf(35, 3, [
  conv('conv1', 8, 5, 2, 1),
  relu('relu1'),
  lrn('norm1'),
  maxpool('pool1', 3, 2, 'ceil'),
  conv('conv2', 12, 3, 1, 1, 2),
  relu('relu2'),
  maxpool('pool2', 3, 2),
  flatten(),
  dropout('drop6'),
  dense('fc6', 16),
  relu('relu6'),
  dense('fc8', 10),
  softmax(),
]);
const input = { shape: [35, 35, 3], data: randomArray(35 * 35 * 3, 4) };
const engine = new Engine();
let net: Network;
let before = 0;

beforeAll(async () => {
  await useCpu();
  await engine.build(mini, 3);
  net =
    engine.network ??
    (() => {
      throw new Error('not built');
    })();
  before = tf.memory().numTensors;
});
afterAll(() => engine.dispose());

/** A context that records progress and stops the job at checkpoint `stopAt` (never by default). */
function recorder(stopAt = Infinity): JobContext & { reports: AttributionProgress[]; checks: number } {
  const r = {
    reports: [] as AttributionProgress[],
    checks: 0,
    progress: (p: AttributionProgress) => r.reports.push(p),
    checkpoint: () => (++r.checks >= stopAt ? Promise.reject(new JobStopped()) : Promise.resolve()),
  };
  return r;
}

describe('attribution methods on a small network', () => {
  it('give maps of each method’s own size, placed on the input crop', async () => {
    const sizes: Record<string, number[]> = {};
    for (const method of attributionMethods) {
      const r = await runJob(net, input, defaultJob(method, net.analysis), quietContext);
      sizes[method] = [...r.map.shape];
      expect(r.inputSize).toBe(35);
      expect(r.topClass).toBeGreaterThanOrEqual(0);
      expect(r.map.data.every(Number.isFinite)).toBe(true);
    }
    // conv2 after ReLU is 8×8 (its pool is ceil-rounded: 17 → 8); occlusion's default: 9-pixel square, stride 4.
    expect(sizes).toEqual({
      gradcam: [8, 8],
      saliency: [35, 35],
      smoothgrad: [35, 35],
      occlusion: [7, 7],
      deconvnet: [35, 35],
      guided: [35, 35],
    });
    expect(tf.memory().numTensors).toBe(before);
  });

  it('occlusion: coarse passes first, progress after each batch, the top class’s map beside', async () => {
    const ctx = recorder();
    const r = await runJob(net, input, { method: 'occlusion', classIndex: 2, size: 5, stride: 2 }, ctx);
    expect(r.map.shape).toEqual([16, 16]);
    expect(r.classIndex).toBe(2);
    expect(r.occlusion?.done.every((d) => d === 1)).toBe(true);
    const first = ctx.reports[0];
    expect(first?.total).toBe(256);
    // The first batch is the coarsest pass: rows and columns 0 and 8 (4 cells), then 4 of the next pass.
    const doneFirst = first?.partial?.occlusion?.done ?? new Uint8Array();
    for (const cell of [0, 8, 128, 136]) expect(doneFirst[cell]).toBe(1);
    expect(ctx.reports.map((p) => p.done)).toEqual(Array.from({ length: 31 }, (_, i) => (i + 1) * 8));
    expect(r.occlusion?.baseline).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops at a checkpoint with nothing left behind (occlusion, SmoothGrad, the cascade)', async () => {
    const jobs = [
      { method: 'occlusion', classIndex: 'top', size: 5, stride: 2 },
      { method: 'smoothgrad', classIndex: 'top', samples: 20, noise: 0.1 },
    ] as const;
    for (const job of jobs) await expect(runJob(net, input, job, recorder(2))).rejects.toBeInstanceOf(JobStopped);
    await expect(runSanity(net, input, defaultJob('gradcam', net.analysis), recorder(3))).rejects.toBeInstanceOf(
      JobStopped,
    );
    expect(tf.memory().numTensors).toBe(before);
  });

  it('SmoothGrad: the same settings give the same map; with σ = 0 it is saliency', async () => {
    const job = { method: 'smoothgrad', classIndex: 1, samples: 7, noise: 0.2 } as const;
    const a = await runJob(net, input, job, quietContext);
    const b = await runJob(net, input, job, quietContext);
    expect(Array.from(a.map.data)).toEqual(Array.from(b.map.data));
    const flat = await runJob(net, input, { ...job, noise: 0 }, quietContext);
    const plain = await runJob(net, input, { method: 'saliency', classIndex: 1 }, quietContext);
    const diff = Math.max(...Array.from(flat.map.data, (v, i) => Math.abs(v - (plain.map.data[i] ?? NaN))));
    expect(diff).toBeLessThan(1e-6 * Math.max(...plain.map.data));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('the sanity check randomises fc8, then fc6, then conv2 and conv1 too, and compares ranks', async () => {
    const ctx = recorder();
    const r = await runSanity(net, input, { method: 'saliency', classIndex: 'top' }, ctx);
    expect(r.steps.map((s) => s.randomised.join('+'))).toEqual([
      'fc8',
      'fc8+fc6',
      'fc8+fc6+conv2',
      'fc8+fc6+conv2+conv1',
    ]);
    expect(ctx.reports.map((p) => `${p.done}/${p.total}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    for (const s of r.steps) {
      expect(s.map.shape).toEqual([35, 35]);
      expect(s.rho).toBeGreaterThanOrEqual(-1);
      expect(s.rho).toBeLessThanOrEqual(1);
    }
    // Once every layer is re-initialised, the map is another network's.
    expect(Array.from(r.steps.at(-1)?.map.data ?? [])).not.toEqual(Array.from(r.original.map.data));
    // The engine's own weights are untouched: the original map comes back the same.
    const again = await runJob(net, input, { method: 'saliency', classIndex: 'top' }, quietContext);
    expect(Array.from(again.map.data)).toEqual(Array.from(r.original.map.data));
    expect(tf.memory().numTensors).toBe(before);
  });

  it('refuses a class that is not one of the network’s', async () => {
    await expect(runJob(net, input, { method: 'saliency', classIndex: 10 }, quietContext)).rejects.toThrow(/class 10/);
    expect(tf.memory().numTensors).toBe(before);
  });
});
