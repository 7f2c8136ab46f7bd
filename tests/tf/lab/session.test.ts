/**
 * The lab's training loop as the worker runs it (LabSession, wasm backend in Node): a seed
 * repeats a run step for step; pause and resume, and a kept checkpoint continued in a new
 * session, give the same run as one that never stopped; reset frees every tensor; Figure 1's
 * mode stops at the target; progress is batched.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFashionSplit, subset } from '../../../src/core/lab/fashion';
import type { StepPoint } from '../../../src/core/lab/series';
import { defaultShared, paperSwitches } from '../../../src/core/lab/settings';
import type { LabCheckpoint, LabResponse, LabRunConfig } from '../../../src/tf/lab/protocol';
import { LabSession, evaluationInterval, labData } from '../../../src/tf/lab/session';

beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
});

const load = (name: string) => readFashionSplit(new Uint8Array(gunzipSync(readFileSync(`public/lab/${name}.fmnz`))));
const all = load('train');
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
// 400 images in batches of 16: 25 steps an epoch, evaluated at step 20 and at the end.
const data = labData(subset(all, range(0, 400)), subset(all, range(400, 100)), subset(load('test'), range(0, 200)));

const config: LabRunConfig = {
  switches: { ...paperSwitches, augment: true },
  shared: { ...defaultShared, batch: 16, epochs: 1, seed: 3, learningRate: 0.02 },
  backend: 'wasm',
  data: { train: '', test: '' },
  stopAtTarget: false,
};

/** A session whose messages are recorded; `onStep` may act between steps. */
function recorder(onProgress?: (s: LabSession, m: LabResponse) => void) {
  const messages: LabResponse[] = [];
  const session: LabSession = new LabSession(
    (m) => {
      messages.push(m);
      onProgress?.(session, m);
    },
    () => new Promise((r) => setTimeout(r, 0)),
    20,
  );
  const steps = () => messages.flatMap((m) => (m.type === 'progress' ? m.steps : []));
  const statuses = () => messages.flatMap((m) => (m.type === 'status' ? [m.status] : []));
  const checkpoints = () => messages.flatMap((m) => (m.type === 'progress' && m.checkpoint ? [m.checkpoint] : []));
  return { session, messages, steps, statuses, checkpoints };
}

const losses = (s: readonly StepPoint[]) => s.map((p) => [p.iteration, p.loss, p.error]);

describe('a lab training run', () => {
  let reference: ReturnType<typeof recorder>;

  it('runs its epochs, evaluates every 20 steps (here) and at the end, and frees its tensors on reset', async () => {
    const before = tf.memory().numTensors;
    reference = recorder();
    await reference.session.start(config, data);
    expect(reference.statuses()).toEqual(['running', 'done']);
    expect(reference.steps().map((p) => p.iteration)).toEqual(range(1, 25));
    const evals = reference.messages.flatMap((m) => (m.type === 'progress' && m.evaluation ? [m.evaluation] : []));
    expect(evals.map((e) => e.point.iteration)).toEqual([20, 25]);
    const last = evals[1];
    expect(last?.confusion.reduce((a, b) => a + b, 0)).toBe(200);
    expect(last?.point.testError).toBeLessThan(0.9); // learning has started
    // conv1 before training, at 1, 2, 4, 8, 16 steps, and at each evaluation.
    const shots = reference.messages.flatMap((m) => (m.type === 'progress' && m.filters ? [m.filters.iteration] : []));
    expect(shots).toEqual([0, 1, 2, 4, 8, 16, 20, 25]);
    // Batched: fewer progress messages than steps.
    expect(reference.messages.filter((m) => m.type === 'progress').length).toBeLessThan(25);
    reference.session.reset();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('repeats exactly with the same seed, and differs with another', async () => {
    const again = recorder();
    await again.session.start(config, data);
    expect(losses(again.steps())).toEqual(losses(reference.steps()));
    again.session.reset();
    const other = recorder();
    await other.session.start({ ...config, shared: { ...config.shared, seed: 4 } }, data);
    expect(losses(other.steps())).not.toEqual(losses(reference.steps()));
    other.session.reset();
  });

  it('pauses and resumes into the same run', async () => {
    let paused = false;
    const r = recorder((s, m) => {
      if (!paused && m.type === 'progress' && m.steps.some((p) => p.iteration >= 8)) {
        paused = true;
        s.pause();
      }
    });
    await r.session.start(config, data);
    expect(r.statuses()).toEqual(['running', 'paused']);
    const at = r.steps().length;
    expect(at).toBeGreaterThanOrEqual(8);
    expect(at).toBeLessThan(25);
    await r.session.resume();
    expect(r.statuses()).toEqual(['running', 'paused', 'running', 'done']);
    expect(losses(r.steps())).toEqual(losses(reference.steps()));
    r.session.reset();
  });

  it('continues a kept checkpoint in a new session exactly', async () => {
    const kept: LabCheckpoint | undefined = reference.checkpoints()[0];
    expect(kept?.iteration).toBe(20);
    const r = recorder();
    await r.session.start(config, data, kept);
    expect(losses(r.steps())).toEqual(losses(reference.steps().slice(20)));
    const end = r.checkpoints().at(-1);
    const ref = reference.checkpoints().at(-1);
    expect(end?.iteration).toBe(25);
    expect([...(end?.layers[4]?.weights ?? [])]).toEqual([...(ref?.layers[4]?.weights ?? [])]);
    r.session.reset();
  });

  it('evaluates about every 2,560 images', () => {
    expect([32, 64, 128, 256, 1024].map(evaluationInterval)).toEqual([80, 40, 20, 10, 5]);
  });

  it('stops at the target training error in Figure 1’s mode', async () => {
    const r = recorder();
    await r.session.start({ ...config, stopAtTarget: true, shared: { ...config.shared, target: 85 } }, data);
    const done = r.messages.find((m) => m.type === 'status' && m.status === 'done');
    expect(done).toMatchObject({ reason: 'target' });
    const steps = r.steps();
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(steps.length).toBeLessThan(25);
    const window = steps.slice(-10);
    expect(window.reduce((a, p) => a + p.error, 0) / 10).toBeLessThanOrEqual(0.85);
    r.session.reset();
  });
});
