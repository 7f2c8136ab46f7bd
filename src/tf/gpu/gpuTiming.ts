/**
 * The timed probe between WebGL and WebGPU, for `auto` on a machine where both are real GPUs:
 * the same conv1-sized convolution (227×227×3 input, 96 filters of 11×11, stride 4: 105 M
 * multiply-adds, the seed variant's first layer) on each backend, once to warm up (shader
 * compile, upload), then timed a few times up to the values read back, median kept.
 * About 0.1–0.5 s on a real GPU; it runs once per session.
 */
import * as tf from '@tensorflow/tfjs-core';
import { type BackendName } from '../backendChoice';
import { startBackend } from '../backends';
import type { GpuTiming } from './webgpuChoice';

const timedRuns = 3;

/** Median ms of `timedRuns` conv1-sized convolutions on the backend selected now. */
async function timeConv(): Promise<number> {
  // Constant values: the time does not depend on them, and nothing random is drawn.
  const x = tf.fill<tf.Rank.R4>([1, 227, 227, 3], 0.5);
  const w = tf.fill<tf.Rank.R4>([11, 11, 3, 96], 0.01);
  const b = tf.zeros([96]);
  const once = async (): Promise<number> => {
    const t0 = performance.now();
    const y = tf.fused.conv2d({ x, filter: w, strides: 4, pad: 'valid', bias: b, activation: 'relu' });
    await y.data();
    y.dispose();
    return performance.now() - t0;
  };
  try {
    await once(); // warm-up: shader compile and upload are not what we compare
    const times: number[] = [];
    for (let i = 0; i < timedRuns; i++) times.push(await once());
    times.sort((p, q) => p - q);
    return times[Math.floor(times.length / 2)] ?? Number.POSITIVE_INFINITY;
  } finally {
    tf.dispose([x, w, b]);
  }
}

/**
 * Times the convolution on WebGPU, then WebGL, and selects `restore` again (the backend that
 * was running, if any). Undefined when either backend will not start or run it.
 */
export async function raceGpus(restore: BackendName | undefined): Promise<GpuTiming | undefined> {
  try {
    await startBackend('webgpu');
    const webgpuMs = await timeConv();
    await startBackend('webgl');
    const webglMs = await timeConv();
    return { webglMs, webgpuMs };
  } catch (err) {
    console.warn('engine: the WebGPU/WebGL timed probe failed', err);
    return undefined;
  } finally {
    if (restore) await tf.setBackend(restore).catch(() => false);
  }
}
